# Async generators: asend/athrow/aclose, finalization of a generator left suspended
# (closed by asyncio.run's shutdown_asyncgens), and async comprehensions.
import asyncio

kept = []


async def ticker(log):
    try:
        i = 0
        while True:
            got = yield i
            if got is not None:
                log.append(("got", got))
            i += 1
    except ValueError as e:
        log.append(("athrow", str(e)))
        yield -1
    finally:
        await asyncio.sleep(0)
        log.append("ticker finally")


async def main(log):
    g = ticker(log)
    print(await g.__anext__(), await g.asend("hello"), await g.__anext__())
    print(await g.athrow(ValueError("bad")))
    await g.aclose()
    print(log)
    log.clear()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    left = ticker(log)
    kept.append(left)
    print(await left.__anext__(), "and left suspended")
    print([x async for x in ticker(log) if x < 0 or x > 100] if False else "skip")


log = []
asyncio.run(main(log))
print("after run:", log)

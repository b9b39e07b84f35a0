# asyncio.Runner and asyncio.run: one loop for several run() calls, closing
# (leftover tasks cancelled, async generators finalized), misuse errors.
import asyncio


async def tag(value):
    await asyncio.sleep(0)
    return value, asyncio.get_running_loop()


async def background(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("background cancelled at close")
        raise


async def agen(log):
    try:
        yield 1
        yield 2
    finally:
        log.append("async generator finalized")


log = []
with asyncio.Runner() as runner:
    (a, loop1), (b, loop2) = runner.run(tag("a")), runner.run(tag("b"))
    print(a, b, loop1 is loop2, runner.get_loop() is loop1, loop1.is_closed(), loop1.is_running())

    kept = []

    async def start_background():
        asyncio.create_task(background(log))
        kept.append(agen(log))
        print("first item", await kept[0].__anext__())
        await asyncio.sleep(0)
        return "started"

    print(runner.run(start_background()))
    print("before close", log)
print("after close", log, loop1.is_closed())

coro = tag("again")
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError", e)
coro.close()
try:
    runner.get_loop()
except RuntimeError as e:
    print("RuntimeError", e)
runner.close()
print("second close is harmless")

r = asyncio.Runner()
r.close()
print("closing an unused runner is harmless")
r = asyncio.Runner(debug=True)
print("debug loop", r.get_loop().get_debug())
r.close()

try:
    asyncio.Runner().run(42)
except ValueError as e:
    print("ValueError", e)


async def nested_run():
    coro = tag("inner")
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()
    coro = tag("inner2")
    try:
        asyncio.Runner().run(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()
    return "nested done"

print(asyncio.run(nested_run()))

factory_loops = []


def factory():
    loop = asyncio.new_event_loop()
    factory_loops.append(loop)
    return loop


with asyncio.Runner(loop_factory=factory) as runner:
    value, loop = runner.run(tag("factory"))
    print(value, loop is factory_loops[0])
print(factory_loops[0].is_closed())


async def raises():
    await asyncio.sleep(0)
    raise LookupError("from the coroutine")

try:
    asyncio.run(raises())
except LookupError as e:
    print("LookupError", e)


async def returns_after_tasks():
    results = []

    async def worker(i):
        await asyncio.sleep(0.001 * i)
        results.append(i)

    await asyncio.gather(*(worker(i) for i in range(3)))
    return results

print(asyncio.run(returns_after_tasks()))
print(asyncio.run(tag("debug"), debug=False)[0])

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)

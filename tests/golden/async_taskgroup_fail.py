# A TaskGroup whose member fails: siblings are cancelled (their finally blocks run),
# the parent body is cancelled, and the errors come out in an ExceptionGroup.
import asyncio


async def member(name, delay, log):
    try:
        await asyncio.sleep(delay)
        log.append(name + " done")
    finally:
        log.append(name + " finally")


async def boom(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def main():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(member("a", 0.001, log))
            tg.create_task(member("b", 1, log))
            tg.create_task(boom(0.005, ValueError("first")))
            tg.create_task(boom(0.005, KeyError("second")))
            await asyncio.sleep(1)
            log.append("body not reached")
    except ExceptionGroup as eg:
        print(str(eg))
        print(sorted(type(e).__name__ for e in eg.exceptions))
    print(log)
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(member(str(i), 0.001 * i, log)) for i in range(3)]
    print([t.done() for t in ts])


asyncio.run(main())

# A TaskGroup whose child fails cancels its parent task; the group must
# uncancel() it so later timeouts in the same task still raise TimeoutError.
import asyncio

async def fetch(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return name

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("ok", 0.05))
            tg.create_task(fetch("bad", 0.001, fail=True))
    except ExceptionGroup as eg:
        print("group:", eg, [str(e) for e in eg.exceptions])
    print("cancelling after group:", asyncio.current_task().cancelling())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout hit")
    try:
        await asyncio.wait_for(fetch("slow", 1), timeout=0.01)
    except asyncio.TimeoutError:
        print("wait_for timed out")
    t = asyncio.timeout(1)
    async with t:
        pass
    try:
        async with t:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await asyncio.wait_for(fetch("fast", 0), timeout=1))

asyncio.run(main())

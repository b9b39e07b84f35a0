# asyncio.to_thread / loop.run_in_executor: blocking natives go to worker
# threads while other tasks run; coil callables give their results.
import asyncio
import concurrent.futures as cf
import time


def work(x, *, scale=1):
    return x * scale


async def ticker(out):
    for i in range(5):
        out.append(i)
        await asyncio.sleep(0.04)


async def main():
    loop = asyncio.get_running_loop()
    ticks = []
    start = time.monotonic()
    results = await asyncio.gather(
        asyncio.to_thread(time.sleep, 0.3), asyncio.to_thread(time.sleep, 0.3), ticker(ticks))
    elapsed = time.monotonic() - start
    # The two sleeps overlap each other and the ticker: about 0.3 s in all.
    print(results, ticks, elapsed < 0.55)

    fut = loop.run_in_executor(None, work, 2)
    print("pending", fut.done())
    print(await fut)
    print(await asyncio.to_thread(work, 3, scale=10))
    print(await loop.run_in_executor(None, time.sleep, 0.01))
    try:
        await asyncio.to_thread(int, "x")
    except ValueError as e:
        print("ValueError", e)
    try:
        await loop.run_in_executor(None, time.sleep, -1)
    except ValueError as e:
        print("ValueError", e)

    with cf.ThreadPoolExecutor(max_workers=2) as ex:
        print(await loop.run_in_executor(ex, sum, [1, 2, 3]))
    loop.set_default_executor(cf.ThreadPoolExecutor(max_workers=2))
    print(await loop.run_in_executor(None, work, 4))
    try:
        loop.set_default_executor(object())
    except TypeError as e:
        print(e)

    task = asyncio.create_task(asyncio.to_thread(time.sleep, 0.05))
    await asyncio.sleep(0)
    print("task done early:", task.done())
    await task
    print("task done:", task.done())

    cancelled = loop.run_in_executor(None, work, 5)
    cancelled.cancel()
    await asyncio.sleep(0.01)
    print("cancelled:", cancelled.cancelled())


asyncio.run(main())

loop = asyncio.new_event_loop()
print(loop.run_until_complete(loop.run_in_executor(None, work, 6)))
loop.run_until_complete(loop.shutdown_default_executor())
try:
    loop.run_in_executor(None, work, 7)
except RuntimeError as e:
    print(e)
loop.close()

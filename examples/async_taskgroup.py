# TaskGroup: all tasks finish together; a failure cancels the rest and raises an ExceptionGroup.
import asyncio


async def work(n):
    await asyncio.sleep(0.01 * n)
    return n * 10


async def fail():
    await asyncio.sleep(0.015)
    raise ValueError("task failed")


async def main():
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(work(n)) for n in range(1, 4)]
    print([t.result() for t in tasks])
    try:
        async with asyncio.TaskGroup() as tg:
            slow = tg.create_task(work(10))
            tg.create_task(fail())
    except ExceptionGroup as eg:
        print("caught", [str(e) for e in eg.exceptions])
    print("slow task cancelled:", slow.cancelled())


asyncio.run(main())

# A producer and three consumers share an asyncio.Queue; join() waits for all work.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    print("produced", n, "items")


async def consumer(name, q, seen):
    while True:
        item = await q.get()
        seen.append((name, item))
        await asyncio.sleep(0.001)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=4)
    seen = []
    workers = [asyncio.create_task(consumer(f"c{i}", q, seen)) for i in range(3)]
    await producer(q, 12)
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("consumed", sorted(item for _, item in seen))


asyncio.run(main())

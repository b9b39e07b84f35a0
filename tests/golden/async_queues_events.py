# Native asyncio.Queue / PriorityQueue / LifoQueue and Event: CPython's semantics and messages.
import asyncio

async def queues():
    q = asyncio.Queue(maxsize=2)
    print(q.maxsize, q.qsize(), q.empty(), q.full())
    q.put_nowait(1); q.put_nowait(2)
    print(q.full(), str(q))
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print("full", repr(e), type(e).__module__)
    async def putter():
        await q.put(3)
        print("put 3 done")
    t = asyncio.create_task(putter())
    await asyncio.sleep(0)
    print(str(q))
    print(await q.get(), await q.get(), await q.get())
    await t
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("empty", repr(e))
    # cancellation of a getter
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("cancelled getter", str(q))
    # wait_for timeout on get
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except asyncio.TimeoutError:
        print("timeout", str(q))
    # priority / lifo
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 1, 3, 9, 2, 6]:
        pq.put_nowait((x, str(x)))
    print(str(pq))
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue()
    for x in range(4):
        await lq.put(x)
    print([await lq.get() for _ in range(4)])
    # join / task_done
    jq = asyncio.Queue()
    for i in range(3):
        jq.put_nowait(i)
    async def worker():
        while True:
            item = await jq.get()
            await asyncio.sleep(0.001)
            jq.task_done()
    w = asyncio.create_task(worker())
    await jq.join()
    print("joined", jq.qsize(), str(jq))
    w.cancel()
    try:
        jq.task_done()
    except ValueError as e:
        print(e)
    try:
        q.put()
    except TypeError as e:
        print(e)
    class MyQ(asyncio.Queue):
        def __init__(self):
            super().__init__(3)
            self.extra = 1
    m = MyQ()
    await m.put("a")
    print(str(m), m.extra, isinstance(m, asyncio.Queue), m.maxsize)
    bad = asyncio.PriorityQueue()
    bad.put_nowait({})
    try:
        bad.put_nowait({})
    except TypeError as e:
        print(e, bad.qsize())
    # many getters, wake order
    q2 = asyncio.Queue()
    res = []
    async def g2(i):
        res.append((i, await q2.get()))
    ts = [asyncio.create_task(g2(i)) for i in range(3)]
    await asyncio.sleep(0)
    for i in range(3):
        q2.put_nowait(i * 10)
    await asyncio.gather(*ts)
    print(res)
    print(asyncio.Queue.__mro__)


async def events():
    ev = asyncio.Event()
    print(repr(ev)[-9:], ev.is_set())
    res = []
    async def w(i):
        r = await ev.wait()
        res.append((i, r))
    ts = [asyncio.create_task(w(i)) for i in range(4)]
    await asyncio.sleep(0)
    print(repr(ev).split('[')[1])
    ts[1].cancel()
    await asyncio.sleep(0)
    print(repr(ev).split('[')[1], ts[1].cancelled())
    ev.set()
    print(repr(ev).split('[')[1])
    await asyncio.sleep(0)
    print(res, repr(ev).split('[')[1])
    print(await ev.wait())
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print("timeout", repr(ev).split('[')[1])
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    ev.set()
    print(await t)
    # released waiter cancelled before resuming
    ev.clear()
    t2 = asyncio.create_task(w(9))
    await asyncio.sleep(0)
    ev.set(); t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        print("t2 cancelled", repr(ev).split('[')[1])
    print(res)



async def main():
    await queues()
    await events()


asyncio.run(main())

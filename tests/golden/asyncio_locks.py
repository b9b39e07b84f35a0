# asyncio Lock, Event, Condition, Semaphore and BoundedSemaphore: FIFO
# fairness, cancellation of waiters, reprs and error messages.
import asyncio


def shown(obj):
    text = repr(obj)
    return text[:text.index(" at ")] + text[text.index(" ["):]


async def lock_fairness():
    lock = asyncio.Lock()
    log = []

    async def worker(name, hold):
        async with lock:
            log.append(name + "+")
            await asyncio.sleep(hold)
            log.append(name + "-")

    tasks = [asyncio.create_task(worker(n, 0)) for n in "abcd"]
    await asyncio.sleep(0)
    print("lock", shown(lock), lock.locked())
    await asyncio.gather(*tasks)
    print("order", log, shown(lock))

    # a newcomer does not overtake a waiter that was already woken
    await lock.acquire()
    got = []

    async def waiter(name):
        await lock.acquire()
        got.append(name)
        lock.release()

    w1 = asyncio.create_task(waiter("queued"))
    await asyncio.sleep(0)
    lock.release()
    w2 = asyncio.create_task(waiter("newcomer"))
    await asyncio.gather(w1, w2)
    print("woken first", got)

    # a cancelled waiter passes its turn on
    await lock.acquire()
    got.clear()
    ts = [asyncio.create_task(waiter(n)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0)
    ts[0].cancel()
    await asyncio.sleep(0)
    print("with waiters", shown(lock))
    lock.release()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print("after cancel", got, [type(r).__name__ for r in res], shown(lock))

    # cancelled after being woken but before running: the next waiter gets the lock
    await lock.acquire()
    got.clear()
    ts = [asyncio.create_task(waiter(n)) for n in ("x1", "x2")]
    await asyncio.sleep(0)
    lock.release()
    ts[0].cancel()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print("woken then cancelled", got, [type(r).__name__ for r in res], lock.locked())

    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    print(await lock.acquire(), lock.locked())
    lock.release()
    async with lock as value:
        print("async with gives", value, lock.locked())
    print("after with", lock.locked())
    try:
        async with lock:
            raise KeyError("inside")
    except KeyError as e:
        print("KeyError", e, lock.locked())


async def event_demo():
    ev = asyncio.Event()
    print("event", shown(ev), ev.is_set())
    log = []

    async def waiter(i):
        r = await ev.wait()
        log.append((i, r))

    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print(shown(ev))
    ev.set()
    print(shown(ev), ev.is_set())
    await asyncio.gather(*ts)
    print(log, await ev.wait())
    ev.clear()
    t = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("wait cancelled", shown(ev))
    ev.set()
    ev.set()
    print(ev.is_set())


async def condition_demo():
    cond = asyncio.Condition()
    print("condition", shown(cond), cond.locked())
    for call in (cond.wait(), ):
        try:
            await call
        except RuntimeError as e:
            print("RuntimeError", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print("RuntimeError", e)

    items = []
    log = []

    async def consumer(name):
        async with cond:
            r = await cond.wait_for(lambda: items)
            log.append((name, items.pop(0), bool(r), cond.locked()))

    ts = [asyncio.create_task(consumer(n)) for n in ("c1", "c2", "c3")]
    await asyncio.sleep(0)
    print(shown(cond))
    async with cond:
        items.append(1)
        cond.notify()
        print("notified one", shown(cond))
    await asyncio.sleep(0)
    async with cond:
        items.extend([2, 3])
        cond.notify(5)
    await asyncio.gather(*ts)
    print(log, shown(cond))

    # notify_all wakes in FIFO order; each waiter reacquires the lock in turn
    order = []

    async def sleeper(name):
        async with cond:
            result = await cond.wait()
            order.append((name, result))

    ts = [asyncio.create_task(sleeper(n)) for n in ("s1", "s2", "s3")]
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    print(order)

    # a cancelled wait still reacquires the lock before raising
    async def cancelled_waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print("cancelled wait holds lock:", cond.locked())
                raise

    t = asyncio.create_task(cancelled_waiter())
    await asyncio.sleep(0)
    await cond.acquire()
    t.cancel()
    await asyncio.sleep(0)
    print("holder still has it", cond.locked(), t.done())
    cond.release()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled", cond.locked())

    # cancelled while taking the lock back after being notified: the wait
    # still ends holding the lock, and raises a fresh CancelledError
    async def notified_then_cancelled():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError as e:
                print("reacquire cancelled:", repr(e), cond.locked())
                raise

    t = asyncio.create_task(notified_then_cancelled())
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
        await asyncio.sleep(0)
        t.cancel("first")
        await asyncio.sleep(0)
        t.cancel("second")
        await asyncio.sleep(0)
    try:
        await t
    except asyncio.CancelledError as e:
        print("task:", repr(e), t.cancelled())

    # a waiter cancelled before being notified does not use up a notify()
    woke = []

    async def sleeper2(i):
        async with cond:
            await cond.wait()
            woke.append(i)

    ts = [asyncio.create_task(sleeper2(i)) for i in range(3)]
    await asyncio.sleep(0)
    ts[0].cancel()
    async with cond:
        cond.notify(1)
    for _ in range(5):
        await asyncio.sleep(0)
    print(woke, [t.done() for t in ts])
    async with cond:
        cond.notify(0)
        cond.notify(-1)
        cond.notify_all()
    await asyncio.gather(*ts, return_exceptions=True)
    print(woke)

    # sharing a lock
    lock = asyncio.Lock()
    c2 = asyncio.Condition(lock)
    async with lock:
        print("shared lock", c2.locked())
    print(c2.locked())


async def semaphore_demo():
    sem = asyncio.Semaphore(2)
    print("semaphore", shown(sem), sem.locked())
    log = []

    async def user(name):
        async with sem:
            log.append(name + "+")
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            log.append(name + "-")

    ts = [asyncio.create_task(user(n)) for n in "abcde"]
    await asyncio.sleep(0)
    print(shown(sem), sem.locked())
    await asyncio.gather(*ts)
    print(log, shown(sem))

    zero = asyncio.Semaphore(0)
    print(shown(zero), zero.locked())
    got = []

    async def taker(name):
        await zero.acquire()
        got.append(name)

    ts = [asyncio.create_task(taker(n)) for n in ("t1", "t2", "t3")]
    await asyncio.sleep(0)
    print(shown(zero))
    ts[1].cancel()
    zero.release()
    zero.release()
    res = await asyncio.gather(*ts, return_exceptions=True)
    print(got, [type(r).__name__ for r in res], shown(zero))
    zero.release()
    print(await zero.acquire(), zero.locked())

    # release before the woken waiter runs, then cancel it: the value is kept
    s = asyncio.Semaphore(0)
    t = asyncio.create_task(s.acquire())
    await asyncio.sleep(0)
    s.release()
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled after wakeup", shown(s))

    for bad in (lambda: asyncio.Semaphore(-1), lambda: asyncio.BoundedSemaphore(-2)):
        try:
            bad()
        except ValueError as e:
            print("ValueError", e)

    b = asyncio.BoundedSemaphore(2)
    print(shown(b))
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError", e, shown(b))
    async with b:
        async with b:
            print(shown(b), b.locked())
    s = asyncio.Semaphore(1)
    s.release()
    s.release()
    print("unbounded", shown(s))


async def main():
    await lock_fairness()
    await event_demo()
    await condition_demo()
    await semaphore_demo()


asyncio.run(main())


class MyLock(asyncio.Lock):
    pass


class MySemaphore(asyncio.BoundedSemaphore):
    pass


print(shown(MyLock()), shown(MySemaphore(3)), shown(asyncio.Condition(MyLock())))

# a primitive that has made a task wait is bound to that task's event loop
shared = asyncio.Lock()


async def contend():
    await shared.acquire()
    t = asyncio.create_task(shared.acquire())
    await asyncio.sleep(0)
    shared.release()
    await t
    shared.release()
    return "first loop ok"

print(asyncio.run(contend()))


async def contend_again():
    try:
        await contend()
    except RuntimeError as e:
        return str(e)[str(e).index("]") + 2:]

print(asyncio.run(contend_again()))

# wait_for, wait, as_completed and shield: results, timeouts, cancellation
# in both directions, and argument errors.
import asyncio


async def value_after(delay, value):
    await asyncio.sleep(delay)
    return value


async def fail_after(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def wait_for_cases():
    print("plain", await asyncio.wait_for(value_after(0, "v"), None), await asyncio.wait_for(value_after(0, 1), 1))
    try:
        await asyncio.wait_for(value_after(1, "late"), 0.001)
    except TimeoutError as e:
        print("timed out", type(e).__name__, type(e.__cause__).__name__)
    try:
        await asyncio.wait_for(fail_after(0, KeyError("inner")), 1)
    except KeyError as e:
        print("inner error", e)

    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result("ready")
    print("zero timeout, done", await asyncio.wait_for(done, 0))
    t = asyncio.create_task(value_after(1, "x"))
    try:
        await asyncio.wait_for(t, 0)
    except TimeoutError:
        print("zero timeout, pending -> TimeoutError", t.cancelled())
    try:
        await asyncio.wait_for(value_after(0, "never started"), -5)
    except TimeoutError:
        print("negative timeout -> TimeoutError")

    # the awaited task refuses cancellation: its value comes back
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "refused"
    started = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print("stubborn", await asyncio.wait_for(stubborn(), 0.001), await asyncio.wait_for(started, 0))
    try:
        await asyncio.wait_for(stubborn(), 0)
    except TimeoutError:
        print("not started: cancelled before it could refuse")

    # cancelling the caller cancels the inner task too
    inner_log = []

    async def inner():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            inner_log.append("inner cancelled")
            raise

    outer = asyncio.create_task(asyncio.wait_for(inner(), 5))
    await asyncio.sleep(0.001)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", inner_log)

    fut = loop.create_future()
    waiter = asyncio.create_task(asyncio.wait_for(fut, 5))
    await asyncio.sleep(0)
    fut.set_result("won the race")
    waiter.cancel()
    try:
        print("result wins over cancel:", await waiter)
    except asyncio.CancelledError:
        print("cancel wins")

    for bad in (1, "x"):
        try:
            await asyncio.wait_for(bad, 1)
        except TypeError as e:
            print("TypeError", e)


async def wait_cases():
    tasks = [asyncio.create_task(value_after(d, n)) for n, d in (("a", 0.01), ("b", 0), ("c", 0.4))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed", sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.2)
    print("timeout", sorted(t.result() for t in done), [t.done() for t in pending])
    done, pending = await asyncio.wait(tasks)
    print("all", sorted(t.result() for t in done), pending)

    mixed = [asyncio.create_task(value_after(0, "ok")), asyncio.create_task(fail_after(0.001, ValueError("bad"))),
             asyncio.create_task(value_after(0.5, "slow"))]
    done, pending = await asyncio.wait(mixed, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception", len(done), len(pending), [type(t.exception()).__name__ for t in mixed if t.done()])
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(mixed, return_when=asyncio.FIRST_EXCEPTION)
    print("after cancel", len(done), len(pending), mixed[2].cancelled())

    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_later(0.001, f.set_result, 7)
    done, pending = await asyncio.wait([f, f])
    print("duplicates collapse", len(done), f.result())

    for args, kwargs in [((set(),), {}), ((tasks,), {"return_when": "SOMETIMES"}), ((tasks[0],), {}),
                         (([value_after(0, 1)],), {}), ((value_after(0, 1),), {})]:
        try:
            await asyncio.wait(*args, **kwargs)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
        for a in args:
            if asyncio.iscoroutine(a):
                a.close()
            elif isinstance(a, list):
                for x in a:
                    if asyncio.iscoroutine(x):
                        x.close()


async def as_completed_cases():
    order = []
    for fut in asyncio.as_completed([value_after(0.02, "slow"), value_after(0, "fast"), value_after(0.01, "mid")]):
        order.append(await fut)
    print("as_completed", order)

    got = []
    try:
        for fut in asyncio.as_completed([value_after(0, "quick"), value_after(1, "too slow")], timeout=0.01):
            got.append(await fut)
    except TimeoutError:
        print("as_completed timeout after", got)

    errs = []
    for fut in asyncio.as_completed([fail_after(0, ValueError("e1")), value_after(0.001, "ok")]):
        try:
            errs.append(await fut)
        except ValueError as e:
            errs.append(f"ValueError {e}")
    print(errs)

    lone = asyncio.sleep(0)
    gen = asyncio.as_completed(lone)
    print("lazy", type(gen).__name__)
    try:
        next(gen)
    except TypeError as e:
        print("TypeError", e)
    lone.close()
    print("empty", list(asyncio.as_completed([])))


async def shield_cases():
    log = []

    async def precious():
        await asyncio.sleep(0.01)
        log.append("precious finished")
        return "kept"

    inner = asyncio.create_task(precious())
    outer = asyncio.shield(inner)
    caller = asyncio.create_task(asyncio.wait_for(outer, 5))
    await asyncio.sleep(0)
    caller.cancel()
    try:
        await caller
    except asyncio.CancelledError:
        print("caller cancelled", outer.cancelled(), inner.cancelled())
    print("inner result", await inner, log)

    loop = asyncio.get_running_loop()
    done = loop.create_future()
    done.set_result(1)
    print("done passes through", asyncio.shield(done) is done)

    inner = asyncio.create_task(fail_after(0, OSError("inner failed")))
    try:
        await asyncio.shield(inner)
    except OSError as e:
        print("exception relayed", e)

    inner = asyncio.create_task(value_after(1, None))
    outer = asyncio.shield(inner)
    inner.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("inner cancel relayed", outer.cancelled())

    print("coroutine wrapped", await asyncio.shield(value_after(0, "wrapped")))


async def main():
    await wait_for_cases()
    await wait_cases()
    await as_completed_cases()
    await shield_cases()


asyncio.run(main())

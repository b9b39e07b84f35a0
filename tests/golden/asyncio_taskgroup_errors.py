# TaskGroup: how member failures are gathered into an ExceptionGroup, how the
# body's own exception joins them, SystemExit/KeyboardInterrupt escaping
# unwrapped, outside cancellation, nesting, reprs and misuse errors.
import asyncio


async def fail_after(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def succeed_after(delay, value, log=None):
    try:
        await asyncio.sleep(delay)
        return value
    except asyncio.CancelledError:
        if log is not None:
            log.append(f"{value} cancelled")
        raise


def describe(eg):
    inner = [f"{type(e).__name__}({e})" if not isinstance(e, BaseExceptionGroup) else describe(e)
             for e in eg.exceptions]
    return f"{type(eg).__name__}[{eg.message!r}: {', '.join(inner)}]"


async def scenario(title, body):
    try:
        result = await body()
        print(title, "->", result)
    except BaseExceptionGroup as eg:
        print(title, "->", describe(eg), "cause:", eg.__cause__, "suppress:", eg.__suppress_context__)
    except BaseException as e:
        print(title, "->", type(e).__name__, e)


async def all_ok():
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(succeed_after(0.001 * i, i)) for i in range(4)]
    return [t.result() for t in ts]


async def errors_in_completion_order():
    log = []
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail_after(0.5, ValueError("never raised")))
        tg.create_task(fail_after(0, TypeError("first")))
        tg.create_task(succeed_after(1, "slow", log))
        # the two failures end in the same loop iteration, so both are collected
        tg.create_task(fail_after(0, KeyError("also first")))
    return log


async def body_raises_too():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail_after(0, ValueError("member")))
        await asyncio.sleep(0)
        raise RuntimeError("body")


async def body_raises_alone():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(succeed_after(1, "sibling", log))
            raise ZeroDivisionError("only the body")
    finally:
        print("  sibling log:", log)


async def base_error_escapes():
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(succeed_after(1, "peer", log))
            tg.create_task(fail_after(0, ValueError("ignored")))
            tg.create_task(fail_after(0, SystemExit(3)))
    finally:
        print("  peer log:", log)


async def keyboard_interrupt_in_body():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(succeed_after(0.001, "x"))
        raise KeyboardInterrupt("stop")


async def nested():
    async with asyncio.TaskGroup() as outer:
        outer.create_task(succeed_after(1, "outer member"))

        async def inner_group():
            async with asyncio.TaskGroup() as inner:
                inner.create_task(fail_after(0, OSError("deep")))
                inner.create_task(fail_after(0, ValueError("deep too")))
        outer.create_task(inner_group())


async def member_handles_cancel():
    log = []

    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log.append("cleanup")
            await asyncio.sleep(0.001)
            log.append("cleanup done")
            raise

    async with asyncio.TaskGroup() as tg:
        tg.create_task(stubborn())
        tg.create_task(fail_after(0.001, LookupError("trigger")))
    return log


async def cancelled_from_outside():
    log = []

    async def runner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(succeed_after(1, "a", log))
            tg.create_task(succeed_after(1, "b", log))
            await asyncio.sleep(1)

    t = asyncio.create_task(runner())
    await asyncio.sleep(0.001)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("runner cancelled")
    return sorted(log), t.cancelled()


async def cancelled_from_outside_while_exiting():
    log = []

    async def runner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(succeed_after(1, "m", log))

    t = asyncio.create_task(runner())
    await asyncio.sleep(0.001)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("cancelled")
    return log, t.cancelled()


async def failure_and_outside_cancel():
    async def runner():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0, ValueError("boom")))
            await asyncio.sleep(1)
    t = asyncio.create_task(runner())
    for _ in range(3):
        await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except BaseException as e:
        return type(e).__name__


async def misuse():
    tg = asyncio.TaskGroup()
    print("  fresh:", repr(tg))
    coro = succeed_after(0, 1)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("  RuntimeError", e)
    coro.close()
    async with tg:
        print("  inside:", repr(tg))
        t = tg.create_task(succeed_after(0.001, "v"), name="named")
        print("  with task:", repr(tg), t.get_name())
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print("  RuntimeError", e)
    print("  after:", repr(tg), t.result())
    coro = succeed_after(0, 1)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("  RuntimeError", e)
    coro.close()

    g = asyncio.TaskGroup()
    seen = []
    try:
        async with g:
            g.create_task(fail_after(0, ValueError("x")))
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                seen.append(repr(g))
                coro = succeed_after(0, 1)
                try:
                    g.create_task(coro)
                except RuntimeError as e:
                    seen.append(str(e))
                coro.close()
                raise
    except ExceptionGroup as eg:
        seen.append(repr(g))
    print("  shutting down:", seen)


async def empty_group():
    async with asyncio.TaskGroup() as tg:
        pass
    return repr(tg)


async def late_tasks_during_exit():
    results = []

    async def spawner(tg, n):
        await asyncio.sleep(0)
        if n:
            tg.create_task(spawner(tg, n - 1))
        results.append(n)

    async with asyncio.TaskGroup() as tg:
        tg.create_task(spawner(tg, 3))
    return results


async def main():
    await scenario("all ok", all_ok)
    await scenario("errors", errors_in_completion_order)
    await scenario("body raises too", body_raises_too)
    await scenario("body raises alone", body_raises_alone)
    await scenario("SystemExit escapes", base_error_escapes)
    await scenario("KeyboardInterrupt in body", keyboard_interrupt_in_body)
    await scenario("nested", nested)
    await scenario("member handles cancel", member_handles_cancel)
    await scenario("cancelled from outside", cancelled_from_outside)
    await scenario("cancelled while exiting", cancelled_from_outside_while_exiting)
    await scenario("failure then outside cancel", failure_and_outside_cancel)
    await scenario("empty", empty_group)
    await scenario("late tasks", late_tasks_during_exit)
    await misuse()
    print("cancelling:", asyncio.current_task().cancelling())


# The member's SystemExit is also re-raised by the event loop itself, so it
# comes out of asyncio.run() once main() is done.
try:
    asyncio.run(main())
except SystemExit as e:
    print("SystemExit out of asyncio.run:", e)

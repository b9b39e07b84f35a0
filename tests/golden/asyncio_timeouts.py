# asyncio.timeout / timeout_at / Timeout: states and reprs, reschedule,
# expiry turning the cancellation into TimeoutError, nesting, and errors.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.timeout(1)
    try:
        t.reschedule(2)
    except RuntimeError as e:
        print("RuntimeError", e)
    print(repr(t), t.when() is not None, t.expired())

    async with asyncio.timeout(None) as t:
        print(repr(t), t.when())
        t.reschedule(None)
        print(repr(t))
    print(repr(t), t.expired())
    try:
        t.reschedule(3)
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        async with t:
            pass
    except RuntimeError as e:
        print("RuntimeError", e)

    async with asyncio.timeout_at(loop.time() + 100) as t:
        print(repr(t).startswith("<Timeout [active] when="), t.expired())

    try:
        async with asyncio.timeout(0) as t:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("expired:", repr(e), type(e.__cause__).__name__, t.expired(), repr(t))

    async with asyncio.timeout(-1) as t:
        pass
    print("no await, no expiry:", repr(t), t.expired())

    try:
        async with asyncio.timeout(-1) as t:
            await asyncio.sleep(0)
    except TimeoutError:
        print("past deadline expires at the first await", repr(t))

    try:
        async with asyncio.timeout(0.01) as t:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("inside sees CancelledError, expired:", t.expired(), repr(t))
                raise
    except TimeoutError:
        print("outside sees TimeoutError")

    try:
        async with asyncio.timeout(0.01) as t:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                raise ValueError("replaced")
    except ValueError as e:
        print("other exception passes:", e, t.expired(), repr(t))

    async with asyncio.timeout(0.01) as t:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed inside")
    print("swallowed: no TimeoutError", t.expired(), asyncio.current_task().cancelling())

    try:
        async with asyncio.timeout(0.2) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner expired", inner.expired(), outer.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer expired", outer.expired())

    async def victim():
        async with asyncio.timeout(10):
            await asyncio.sleep(1)

    task = asyncio.create_task(victim())
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("outside cancel stays CancelledError", task.cancelled())

    t = asyncio.Timeout(None)
    print(repr(t), t.when())
    try:
        async with t:
            t.reschedule(loop.time() - 1)
            print(repr(t).startswith("<Timeout [active] when="))
            await asyncio.sleep(1)
    except TimeoutError:
        print("rescheduled into the past")

    async with asyncio.timeout(0.001) as t:
        t.reschedule(None)
        await asyncio.sleep(0.01)
    print("deadline removed", t.expired(), repr(t))

    async with asyncio.timeout(None) as t:
        t.reschedule(loop.time() + 10)
        t.reschedule(loop.time() + 20)
        await asyncio.sleep(0)
    print("moved deadline", t.expired())

    print(await asyncio.wait_for(asyncio.sleep(0, "fine"), 1), asyncio.current_task().cancelling())


asyncio.run(main())

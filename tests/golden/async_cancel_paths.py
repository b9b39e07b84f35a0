# Every cancellation path: sleep, gather, wait_for, shield, finally blocks, a task that
# swallows its cancellation, cancel messages, cancelling()/uncancel().
import asyncio

log = []


async def sleeper(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append((name, "cancelled", e.args))
        raise
    finally:
        log.append((name, "finally"))


async def swallower():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("swallowed")
    await asyncio.sleep(0)
    return "kept going"


async def main():
    t = asyncio.create_task(sleeper("sleep"))
    await asyncio.sleep(0)
    print("cancel:", t.cancel("stop now"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaited cancelled task:", e.args)
    print(t.cancelled(), t.done(), log)
    log.clear()

    g = asyncio.gather(sleeper("g1"), sleeper("g2"))
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled")
    print(sorted(map(str, log)))
    log.clear()

    a = asyncio.create_task(sleeper("child"))
    outer = asyncio.gather(a, asyncio.sleep(0.01, result="ok"))
    await asyncio.sleep(0)
    a.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("gather saw a cancelled child")
    log.clear()

    try:
        await asyncio.wait_for(sleeper("wf"), timeout=0.01)
    except TimeoutError:
        print("wait_for timed out", log)
    log.clear()

    inner = asyncio.create_task(asyncio.sleep(0.02, result="inner ok"))
    s = asyncio.shield(inner)
    s.cancel()
    print("shield cancelled:", s.cancelled(), "inner cancelled:", inner.cancelled())
    print(await inner)

    t = asyncio.create_task(swallower())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, log, t.cancelled(), t.cancelling(), t.uncancel())

    t = asyncio.create_task(sleeper("early"))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before it started:", log)


asyncio.run(main())

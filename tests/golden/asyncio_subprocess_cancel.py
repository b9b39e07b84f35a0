# Fault paths of asyncio child processes: a task blocked in communicate() is
# cancelled (the child keeps running, nothing is killed, no descriptor is
# left open once the child is gone); wait() cancelled; a cancelled start;
# communicate() under wait_for with a timeout.
import asyncio
import os
import sys
from asyncio.subprocess import PIPE


def open_fds():
    return len(os.listdir("/proc/self/fd"))


async def cancel_communicate():
    proc = await asyncio.create_subprocess_exec(
        "sh", "-c", "read line; echo got $line >&2; exec sleep 30", stdin=PIPE, stdout=PIPE,
        stderr=PIPE)
    task = asyncio.ensure_future(proc.communicate(b"hello\n"))
    await asyncio.sleep(0.2)
    print("stdin closed by communicate:", proc.stdin.is_closing())
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("communicate cancelled")
    await asyncio.sleep(0.05)
    print("child still running:", proc.returncode is None)
    os.kill(proc.pid, 0)  # raises if the child were gone
    proc.kill()
    print("exit after kill:", await proc.wait())
    print("stderr left after the cancelled read:", await proc.stderr.read())


async def cancel_wait():
    proc = await asyncio.create_subprocess_exec("sleep", "30")
    waiter = asyncio.ensure_future(proc.wait())
    await asyncio.sleep(0.01)
    waiter.cancel()
    try:
        await waiter
    except asyncio.CancelledError:
        print("wait cancelled, child running:", proc.returncode is None)
    proc.terminate()
    print("exit after terminate:", await proc.wait())


async def cancel_start():
    task = asyncio.ensure_future(asyncio.create_subprocess_exec(
        "sleep", "30", stdin=PIPE, stdout=PIPE, stderr=PIPE))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("start cancelled")


async def timeout_communicate():
    proc = await asyncio.create_subprocess_exec("sleep", "30", stdout=PIPE)
    try:
        await asyncio.wait_for(proc.communicate(), 0.1)
    except asyncio.TimeoutError:
        print("communicate timed out, child running:", proc.returncode is None)
    proc.kill()
    print("exit:", await proc.wait())


# Each step runs in its own event loop; the loop's own descriptors (its
# poller) go with it, so any descriptor left afterwards would be a leak.
for step in (cancel_communicate, cancel_wait, cancel_start, timeout_communicate):
    before = open_fds()
    asyncio.run(step())
    print("descriptors back to where they were:", open_fds() == before)

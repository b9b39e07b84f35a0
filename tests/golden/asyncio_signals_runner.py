# asyncio.run and Ctrl-C (SIGINT): the first one cancels the main task, which
# may clean up; run() then raises KeyboardInterrupt and restores the handler.
import asyncio, os, signal


async def main():
    try:
        os.kill(os.getpid(), signal.SIGINT)
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        print("main cancelled, cleaning up")
        await asyncio.sleep(0)
        raise
    print("not reached")


try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt from asyncio.run")
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)


async def swallow():
    # A task that swallows the cancellation finishes normally.
    try:
        os.kill(os.getpid(), signal.SIGINT)
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        return "swallowed"


print(asyncio.run(swallow()))

# A SIGINT handler of the program's own is left alone.
signal.signal(signal.SIGINT, lambda s, f: print("own handler", s))


async def own():
    os.kill(os.getpid(), signal.SIGINT)
    await asyncio.sleep(0.05)
    return "own done"

print(asyncio.run(own()))
signal.signal(signal.SIGINT, signal.default_int_handler)

# Runner.run(context=): the coroutine runs in the given context.
import contextvars
var = contextvars.ContextVar("var", default="unset")


async def show():
    return var.get()

ctx = contextvars.copy_context()
ctx.run(var.set, "in ctx")
with asyncio.Runner() as runner:
    print(runner.run(show()), runner.run(show(), context=ctx))
    var.set("outer")
    print(runner.run(show()))

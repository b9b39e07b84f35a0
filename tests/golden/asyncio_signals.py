# loop.add_signal_handler / remove_signal_handler: signals sent to ourselves
# run their callbacks on the loop; argument errors; removal restores the
# default action (SIGINT's default_int_handler); closing the loop removes them.
import asyncio, os, signal


async def main():
    loop = asyncio.get_running_loop()
    got = []
    done = asyncio.Event()

    def on_usr1(tag):
        got.append(tag)
        print("SIGUSR1 handled", tag, len(got), asyncio.get_running_loop() is loop)
        if len(got) == 3:
            os.kill(os.getpid(), signal.SIGTERM)

    def on_term():
        print("SIGTERM -> shutdown")
        done.set()

    loop.add_signal_handler(signal.SIGUSR1, on_usr1, "x")
    loop.add_signal_handler(signal.SIGTERM, on_term)
    print(sorted(loop._signal_handlers))
    h = loop._signal_handlers[signal.SIGUSR1]
    print(type(h).__name__, isinstance(h, asyncio.Handle), h._args, h.cancelled())
    for i in range(3):
        os.kill(os.getpid(), signal.SIGUSR1)
        await asyncio.sleep(0.01)
    await asyncio.wait_for(done.wait(), 5)
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    print(signal.getsignal(signal.SIGUSR1))
    for bad in ("1", 0, signal.NSIG + 1, None):
        try:
            loop.add_signal_handler(bad, print)
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        loop.remove_signal_handler("x")
    except TypeError as e:
        print("TypeError", e)
    try:
        loop.add_signal_handler(signal.SIGKILL, print)
    except RuntimeError as e:
        print("RuntimeError", e)
    print(signal.SIGKILL in loop._signal_handlers)

    async def coro():
        pass
    for c in (coro, coro()):
        try:
            loop.add_signal_handler(signal.SIGUSR2, c)
        except TypeError as e:
            print("TypeError", e)
        if asyncio.iscoroutine(c):
            c.close()
    loop.add_signal_handler(signal.SIGINT, print)
    print(loop.remove_signal_handler(signal.SIGINT),
          signal.getsignal(signal.SIGINT) is signal.default_int_handler)

    # A handler raising goes to the exception handler; a replaced one is dropped.
    def boom():
        raise ValueError("boom")
    seen = []
    loop.set_exception_handler(lambda l, ctx: seen.append((ctx["message"][:22], type(ctx["exception"]).__name__)))
    loop.add_signal_handler(signal.SIGUSR2, boom)
    os.kill(os.getpid(), signal.SIGUSR2)
    await asyncio.sleep(0.05)
    print(seen)
    loop.add_signal_handler(signal.SIGUSR2, lambda: print("second handler"))
    os.kill(os.getpid(), signal.SIGUSR2)
    await asyncio.sleep(0.05)
    loop.set_exception_handler(None)


asyncio.run(main())
print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGUSR2))

# Closing a loop removes what it still handles.
loop = asyncio.new_event_loop()
loop.add_signal_handler(signal.SIGHUP, print)
loop.add_signal_handler(signal.SIGUSR1, print)
print(len(loop._signal_handlers), signal.getsignal(signal.SIGHUP) not in (signal.SIG_DFL, None))
loop.close()
print(len(loop._signal_handlers), signal.getsignal(signal.SIGHUP), signal.getsignal(signal.SIGUSR1))
try:
    loop.add_signal_handler(signal.SIGHUP, print)
except RuntimeError as e:
    print("RuntimeError", e)

# signal: the enums, installing handlers and running them at the next safe
# point (after os.kill / raise_signal, during sleep, in a busy loop),
# handlers that raise, SIGINT's default handler, timers, argument errors.
import os
import signal
import time

print(signal.SIGINT, repr(signal.SIGINT), signal.SIGTERM.name, signal.SIGTERM.value, signal.NSIG)
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.SIG_DFL == 0, signal.SIG_IGN == 1)
print(list(signal.Handlers), list(signal.Sigmasks))
print(signal.Signals(9), repr(signal.Signals(9)), signal.Signals["SIGUSR1"])
print(repr(signal.SIGIOT), repr(signal.SIGCLD), repr(signal.SIGPOLL))
print(isinstance(signal.SIGHUP, int), signal.SIGHUP + 1, type(signal.SIGHUP).__name__)
print([s.name for s in signal.Signals][:6], len(list(signal.Signals)))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGUSR1)))

seen = []


def handler(signum, frame):
    seen.append(signal.Signals(signum).name)


print(repr(signal.signal(signal.SIGUSR1, handler)))
print(signal.getsignal(signal.SIGUSR1) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print("after os.kill:", seen)
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal:", seen)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored:", seen)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))

# A handler gets a frame.
frames = []
signal.signal(signal.SIGUSR2, lambda n, f: frames.append(f is not None))


def inner():
    signal.raise_signal(signal.SIGUSR2)


inner()
print("frame given:", frames)

# A handler that raises: the exception comes out where the signal is handled.
def failing(signum, frame):
    raise RuntimeError(f"handler for {signal.Signals(signum).name}")


signal.signal(signal.SIGUSR2, failing)
try:
    os.kill(os.getpid(), signal.SIGUSR2)
    print("not reached")
except RuntimeError as e:
    print("caught:", e)

# SIGINT's default handler raises KeyboardInterrupt.
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt:
    print("default_int_handler raised")
old = signal.signal(signal.SIGINT, lambda n, f: seen.append("custom SIGINT"))
signal.raise_signal(signal.SIGINT)
print(seen[-1], old is signal.default_int_handler)
signal.signal(signal.SIGINT, signal.default_int_handler)

# Timers: a handler runs while sleeping (the sleep goes on), and in a loop.
ticks = []
signal.signal(signal.SIGALRM, lambda n, f: ticks.append("tick"))
signal.setitimer(signal.ITIMER_REAL, 0.05)
start = time.monotonic()
time.sleep(0.2)
print("sleep:", ticks, time.monotonic() - start >= 0.19)
signal.setitimer(signal.ITIMER_REAL, 0.02)
n = 0
while len(ticks) < 2:
    n += 1
print("loop:", ticks)
signal.setitimer(signal.ITIMER_REAL, 0.02, 0.02)
while len(ticks) < 5:
    pass
print(signal.setitimer(signal.ITIMER_REAL, 0)[1] > 0, signal.getitimer(signal.ITIMER_REAL))
print(signal.alarm(10), signal.alarm(0))
signal.setitimer(signal.ITIMER_REAL, 0.03)
signal.pause()
print("after pause:", len(ticks))

# A handler that stops a sleep early by raising.
class Stop(Exception):
    pass


def stopper(n, f):
    raise Stop("woken")


signal.signal(signal.SIGALRM, stopper)
signal.setitimer(signal.ITIMER_REAL, 0.05)
start = time.monotonic()
try:
    time.sleep(5)
except Stop as e:
    print(type(e).__name__, e, time.monotonic() - start < 2)
signal.signal(signal.SIGALRM, signal.SIG_DFL)

# Other functions.
print(signal.strsignal(signal.SIGKILL), signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGRTMIN + 1))
valid = signal.valid_signals()
print(type(valid).__name__, signal.SIGKILL in valid, 0 in valid, signal.NSIG in valid)
print(sorted(valid)[:3])
print(signal.ItimerError.__name__, [c.__name__ for c in signal.ItimerError.__mro__])
old_mask = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
print(old_mask, signal.SIGUSR1 in signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1]))
print(signal.sigpending())

# Argument errors.
for args in [(0, signal.SIG_DFL), (signal.NSIG, signal.SIG_DFL), (signal.SIGINT, 5), (signal.SIGINT, "x"),
             (signal.SIGKILL, signal.SIG_IGN), (signal.SIGSTOP, handler)]:
    try:
        signal.signal(*args)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
for call in (lambda: signal.getsignal(0), lambda: signal.strsignal(100), lambda: signal.setitimer(99, 1),
             lambda: signal.getitimer(99), lambda: signal.raise_signal(-1)):
    try:
        call()
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)

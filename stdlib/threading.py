"""Thread primitives for coil, which runs one thread only.

coil has no operating-system threads: there is exactly one thread, the main
thread, and `Thread.start()` raises RuntimeError("can't start new thread").
Everything else behaves as CPython's threading module does when used from a
single thread: locks count and check ownership, conditions, semaphores,
events and barriers keep their state, and `local()` objects are ordinary
attribute holders.

Where CPython would block forever (acquiring a lock that this very thread
already holds without a timeout, waiting on a condition or event that nobody
else can signal) coil raises RuntimeError instead of hanging. With a timeout
the call sleeps for that long and then reports failure, as CPython would.
"""

import sys as _sys
import time as _time

__all__ = [
    "get_ident", "get_native_id", "active_count", "activeCount", "Condition",
    "current_thread", "currentThread", "enumerate", "main_thread", "TIMEOUT_MAX",
    "Event", "Lock", "RLock", "Semaphore", "BoundedSemaphore", "Thread",
    "Barrier", "BrokenBarrierError", "Timer", "ThreadError", "ExceptHookArgs",
    "setprofile", "settrace", "local", "stack_size", "excepthook",
    "gettrace", "getprofile",
]

TIMEOUT_MAX = 9223372036.0

ThreadError = RuntimeError

# The one thread's identifier; any positive number does.
_THE_IDENT = 1
_NO_THREADS = "can't start new thread"


def get_ident():
    """The identifier of the current (and only) thread."""
    return _THE_IDENT


def get_native_id():
    """The native identifier of the current (and only) thread."""
    return _THE_IDENT


def _never_returns(what):
    raise RuntimeError(
        f"{what} would block forever: coil runs a single thread, so nothing else can release it")


def _check_wait_args(blocking, timeout):
    """Validates acquire()'s arguments; returns the seconds to wait (None: forever)."""
    if timeout is None:
        timeout = -1
    if not blocking:
        if timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        return 0
    if timeout == -1:
        return None
    if timeout < 0:
        raise ValueError("timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timestamp out of range for platform time_t")
    return timeout


def _pause(seconds):
    if seconds:
        _time.sleep(seconds)


class lock:
    """A primitive (non re-entrant) lock."""

    __module__ = "_thread"

    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        wait = _check_wait_args(blocking, timeout)
        if not self._held:
            self._held = True
            return True
        if wait is None:
            _never_returns("acquiring a Lock that is already held")
        _pause(wait)
        return False

    acquire_lock = acquire

    def release(self):
        if not self._held:
            raise RuntimeError("release unlocked lock")
        self._held = False

    release_lock = release

    def locked(self):
        return self._held

    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def _at_fork_reinit(self):
        self._held = False

    def __repr__(self):
        state = "locked" if self._held else "unlocked"
        return f"<{state} _thread.lock object at {hex(id(self))}>"


Lock = lock
allocate_lock = lock


class RLock:
    """A re-entrant lock: the owning thread may acquire it again; each
    acquire needs a matching release."""

    __module__ = "_thread"

    def __init__(self):
        self._owner = None
        self._depth = 0

    def acquire(self, blocking=True, timeout=-1):
        wait = _check_wait_args(blocking, timeout)
        me = get_ident()
        if self._depth == 0 or self._owner == me:
            self._owner = me
            self._depth += 1
            return True
        if wait is None:
            _never_returns("acquiring an RLock held by another thread")
        _pause(wait)
        return False

    __enter__ = acquire

    def release(self):
        if self._depth == 0 or self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._depth -= 1
        if self._depth == 0:
            self._owner = None

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return self._depth > 0 and self._owner == get_ident()

    def _at_fork_reinit(self):
        self._owner = None
        self._depth = 0

    def __repr__(self):
        state = "locked" if self._depth else "unlocked"
        owner = self._owner if self._owner is not None else 0
        return (f"<{state} _thread.RLock object owner={owner} "
                f"count={self._depth} at {hex(id(self))}>")


def _holds(lk):
    """Whether the current thread holds lk (a Lock, RLock or look-alike)."""
    probe = getattr(lk, "_is_owned", None)
    if probe is not None:
        return probe()
    # A plain lock: it is ours if it is held (there is only one thread).
    if lk.acquire(False):
        lk.release()
        return False
    return True


class Condition:
    """A condition variable bound to a lock (an RLock unless one is given)."""

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self._waiting = 0
        # The condition's own acquire/release are its lock's.
        self.acquire, self.release = self._lock.acquire, self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        return f"<Condition({self._lock}, {self._waiting})>"

    def _is_owned(self):
        return _holds(self._lock)

    def wait(self, timeout=None):
        if not _holds(self._lock):
            raise RuntimeError("cannot wait on un-acquired lock")
        if timeout is None:
            _never_returns("Condition.wait() without a timeout")
        if timeout > 0:
            _pause(timeout)
        return False

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is None:
            _never_returns("Condition.wait_for() without a timeout on a false predicate")
        deadline = _time.monotonic() + timeout
        while not result:
            left = deadline - _time.monotonic()
            if left <= 0:
                break
            self.wait(left)
            result = predicate()
        return result

    def notify(self, n=1):
        if not _holds(self._lock):
            raise RuntimeError("cannot notify on un-acquired lock")

    def notify_all(self):
        self.notify(0)

    notifyAll = notify_all


class Semaphore:
    """A counter that acquire() decrements and release() increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def __repr__(self):
        return (f"<{type(self).__module__}.{type(self).__qualname__} at {hex(id(self))}: "
                f"value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        if timeout is None:
            _never_returns("acquiring a Semaphore whose value is 0")
        _pause(timeout)
        return False

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._value += n

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._limit = value

    def __repr__(self):
        return (f"<{type(self).__module__}.{type(self).__qualname__} at {hex(id(self))}: "
                f"value={self._value}/{self._limit}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        if self._value + n > self._limit:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """A flag that can be set and cleared, and waited for."""

    def __init__(self):
        self._flag = False

    def __repr__(self):
        state = "set" if self._flag else "unset"
        return f"<{type(self).__module__}.{type(self).__qualname__} at {hex(id(self))}: {state}>"

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            _never_returns("Event.wait() on an unset event without a timeout")
        if timeout > 0:
            _pause(timeout)
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """A meeting point for `parties` threads. With a single thread only a
    barrier of one party can ever be passed."""

    def __init__(self, parties, action=None, timeout=None):
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._broken = False

    def __repr__(self):
        if self._broken:
            return f"<{type(self).__module__}.{type(self).__qualname__} at {hex(id(self))}: broken>"
        return (f"<{type(self).__module__}.{type(self).__qualname__} at {hex(id(self))}: "
                f"waiters=0/{self._parties}>")

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        if self._parties == 1:
            if self._action is not None:
                try:
                    self._action()
                except BaseException:
                    self._broken = True
                    raise
            return 0
        if timeout is None:
            timeout = self._timeout
        if timeout is None:
            _never_returns("Barrier.wait() with other parties that can never arrive")
        _pause(timeout)
        self._broken = True
        raise BrokenBarrierError

    def reset(self):
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return 0

    @property
    def broken(self):
        return self._broken


class local:
    """Thread-local data: with one thread, an ordinary attribute holder."""

    __module__ = "_thread"

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        return object.__new__(cls)

    def __repr__(self):
        return f"<_thread._local object at {hex(id(self))}>"


_thread_numbers = [0]


def _next_thread_name():
    _thread_numbers[0] += 1
    return f"Thread-{_thread_numbers[0]}"


class Thread:
    """A thread of control. coil cannot start new threads: start() raises
    RuntimeError; run() may still be called directly."""

    _is_main = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        if name is None:
            name = _next_thread_name()
            if target is not None:
                label = getattr(target, "__name__", None)
                if label is not None:
                    name = f"{name} ({label})"
        else:
            name = str(name)
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        if daemon is None:
            daemon = current_thread().daemon
        self._daemonic = daemon
        self._ident = None
        self._native_id = None
        self._started_flag = False
        self._finished = False
        self._stderr = _sys.stderr

    def _state(self):
        if self._finished:
            return "stopped"
        if self._started_flag:
            return "started"
        return "initial"

    def __repr__(self):
        status = self._state()
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += f" {self._ident}"
        return f"<{type(self).__name__}({self._name}, {status})>"

    def start(self):
        if self._started_flag:
            raise RuntimeError("threads can only be started once")
        raise RuntimeError(_NO_THREADS)

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started_flag:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

    def is_alive(self):
        return self._started_flag and not self._finished

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        if self._started_flag:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = bool(value)

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    _is_main = True

    def __init__(self):
        self._target = None
        self._name = "MainThread"
        self._args = ()
        self._kwargs = {}
        self._daemonic = False
        self._ident = _THE_IDENT
        self._native_id = _THE_IDENT
        self._started_flag = True
        self._finished = False
        self._stderr = _sys.stderr

    def start(self):
        raise RuntimeError("threads can only be started once")


class Timer(Thread):
    """Calls a function after a delay (in a new thread, so not under coil)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.finished = Event()
        self.interval, self.function = interval, function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs

    def cancel(self):
        """Stops the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        cancelled = self.finished.wait(self.interval)
        if not cancelled:
            self.function(*self.args, **self.kwargs)
        self.finished.set()


_main = _MainThread()

# Thread objects not yet collected (test.support checks it for leaks); with one
# thread, only the main one.
from _weakrefset import WeakSet as _WeakSet
_dangling = _WeakSet([_main])


def current_thread():
    return _main


currentThread = current_thread


def main_thread():
    return _main


def active_count():
    return 1


activeCount = active_count


def enumerate():
    return [_main]


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


_hooks = {"trace": None, "profile": None}


def settrace(func):
    _hooks["trace"] = func


def gettrace():
    return _hooks["trace"]


def setprofile(func):
    _hooks["profile"] = func


def getprofile():
    return _hooks["profile"]


class ExceptHookArgs(tuple):
    """(exc_type, exc_value, exc_traceback, thread), as given to excepthook."""

    def __new__(cls, args):
        values = tuple(args)
        if len(values) != 4:
            raise TypeError(f"ExceptHookArgs expects 4 items, got {len(values)}")
        return tuple.__new__(cls, values)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def excepthook(args):
    """Reports an exception that escaped a thread's run() on stderr."""
    if args.exc_type is SystemExit:
        return
    out = _sys.stderr
    if out is None and args.thread is not None:
        out = getattr(args.thread, "_stderr", None)
    if out is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    import traceback
    out.write(f"Exception in thread {name}:\n")
    out.write("".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)))
    if hasattr(out, "flush"):
        out.flush()


__excepthook__ = excepthook

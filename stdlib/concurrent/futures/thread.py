"""ThreadPoolExecutor on coil's single-threaded heap.

A coil callable cannot run on another OS thread, so the executor decides
per call where it runs:

* A native with offloadable work (see src/modules/_offload.rs: time.sleep,
  zlib.compress / decompress, the hashlib constructors and HASH.update,
  socket.getaddrinfo / gethostbyname, os.read / os.write) runs
  on a real worker thread; the future is RUNNING meanwhile and is finished
  when someone looks at it (done(), result(), wait(), as_completed(),
  shutdown(wait=True)) or, when an asyncio loop watches it, by that loop as
  soon as the worker ends. Such calls overlap each other and the caller.
* Any other call runs on the calling thread (a native it calls blocks
  that thread as usual). With no asyncio loop running it
  runs at once, inside submit(): the pool behaves as if a worker had picked
  it up straight away and the caller had waited for it. With a loop running
  (run_in_executor, to_thread, or submit from a coroutine) it is queued on
  the loop, so submit() returns a pending future as CPython's does and the
  call runs in a later iteration of the loop, or earlier if someone blocks
  on its result. Until it starts it can be cancelled.

At most max_workers offloaded calls of one executor run at once; the others
wait in order (PENDING, so they can be cancelled) and start as earlier ones
are seen to end. The worker threads themselves come from one process-wide
pool (src/modules/_offload.rs). The initializer runs once, before the first
call. thread_name_prefix is kept.
"""

import itertools
import os
import weakref
import _asyncio
import _offload
from concurrent.futures import _base

__all__ = ('ThreadPoolExecutor', 'BrokenThreadPool')

# Set when the interpreter exits: no new calls are accepted then.
_shutdown = False
# The executors alive, for the exit hook.
_executors = weakref.WeakSet()


def _python_exit():
    """At exit, lets the calls still outstanding in any executor end, as
    CPython joins its worker threads."""
    global _shutdown
    _shutdown = True
    for executor in list(_executors):
        executor._drain()


import atexit
atexit.register(_python_exit)
del atexit


class BrokenThreadPool(_base.BrokenExecutor):
    """Raised when the pool's initializer failed."""


class _WorkItem(object):
    """A coil call waiting to run for a future."""

    def __init__(self, future, fn, args, kwargs):
        self.future, self.call = future, (fn, args, kwargs)

    def run(self):
        future = self.future
        if not future.set_running_or_notify_cancel():
            return
        fn, args, kwargs = self.call
        self.call = None
        try:
            value = fn(*args, **kwargs)
        except BaseException as exc:
            future.set_exception(exc)
            # The traceback holds this frame: let go of the future.
            del future, exc
            return
        future.set_result(value)


class _DeferredDriver(object):
    """Drives a future whose call waits on an event loop's queue: looking
    at the future or waiting for it runs the call at once."""

    job = None

    def __init__(self, item):
        self.item = item

    def run(self):
        item = self.item
        if item is not None:
            self.item = None
            item.run()

    def poll(self):
        self.run()

    def block(self, timeout):
        self.run()

    def watch(self, loop):
        pass


class _JobDriver(object):
    """Drives a future whose call is offloaded native work."""

    def __init__(self, future, job, pool):
        self.future = future
        self.job = job
        self.pool = pool

    def settle(self, job=None):
        """Finishes the future if the work has ended; whether it has."""
        future = self.future
        if future is None:
            return True
        if not self.job.done():
            return False
        self.future = None
        try:
            result = self.job.result()
        except BaseException as exc:
            future.set_exception(exc)
        else:
            future.set_result(result)
        # A worker is free: the next queued call may start.
        self.pool._pump()
        return True

    def poll(self):
        self.settle()

    def block(self, timeout):
        self.job.wait(timeout)
        self.settle()

    def watch(self, loop):
        self.job.notify(loop, self.settle)


class _QueuedDriver(object):
    """Drives a future whose offloadable call waits for one of the pool's
    max_workers workers: it starts when an earlier call ends."""

    job = None

    def __init__(self, pool, call):
        self.pool = pool
        self.call = call
        self.loops = []

    def poll(self):
        self.pool._pump()

    def block(self, timeout):
        jobs = [d.job for d in self.pool._running]
        if jobs:
            _offload.wait_any(jobs, timeout)
        self.pool._pump()

    def watch(self, loop):
        # The loop learns when a running call ends; that starts this one,
        # which then hands the loop on (see ThreadPoolExecutor._start).
        self.loops.append(loop)
        for driver in self.pool._running:
            driver.watch(loop)


class ThreadPoolExecutor(_base.Executor):
    """An executor for calls that may block (see the module's notes)."""

    # For thread names, as CPython numbers its pools.
    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        # CPython's default: the CPUs plus four for I/O waits, at most 32.
        workers = min((os.cpu_count() or 1) + 4, 32) if max_workers is None else max_workers
        if workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if not (initializer is None or callable(initializer)):
            raise TypeError("initializer must be a callable")
        self._max_workers = workers
        self._thread_name_prefix = thread_name_prefix or ("ThreadPoolExecutor-%d" % self._counter())
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = False
        self._broken = False
        self._shutdown = False
        self._outstanding = []      # futures not known to be done
        self._running = []          # the _JobDrivers of offloaded calls
        self._queue = []            # futures of offloaded calls not started
        self._pumping = False
        _executors.add(self)

    def _initialize(self):
        self._initialized = True
        if self._initializer is None:
            return
        try:
            self._initializer(*self._initargs)
        except BaseException:
            _base._logger().critical('Exception in initializer:', exc_info=True)
            self._broken = 'A thread initializer failed, the thread pool is not usable anymore'

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        if _shutdown:
            raise RuntimeError('cannot schedule new futures after interpreter shutdown')
        if not self._initialized:
            self._initialize()
            if self._broken:
                future = _base.Future()
                future.set_exception(BrokenThreadPool(self._broken))
                return future
        future = _base.Future()
        self._outstanding = [f for f in self._outstanding if f._state in (_base.PENDING, _base.RUNNING)]
        if _offload.offloadable(fn):
            self._outstanding.append(future)
            driver = _QueuedDriver(self, (fn, args, kwargs))
            future._driver = driver
            self._queue.append(future)
            self._pump()
            return future
        item = _WorkItem(future, fn, args, kwargs)
        loop = _asyncio._get_running_loop()
        if loop is None:
            item.run()
            return future
        driver = _DeferredDriver(item)
        future._driver = driver
        self._outstanding.append(future)
        loop.call_soon(driver.run)
        return future

    submit.__doc__ = _base.Executor.submit.__doc__

    def _pump(self):
        """Notes which offloaded calls have ended and starts queued ones
        while fewer than max_workers run."""
        if self._pumping:
            return
        self._pumping = True
        try:
            while True:
                self._running = [d for d in self._running if not d.settle()]
                if not self._queue or len(self._running) >= self._max_workers:
                    return
                self._start(self._queue.pop(0))
        finally:
            self._pumping = False

    def _start(self, future):
        queued = future._driver
        fn, args, kwargs = queued.call
        if not future.set_running_or_notify_cancel():
            return
        try:
            job = _offload.submit(fn, *args, **kwargs)
        except Exception as exc:
            # The native rejected its arguments, as its worker would report.
            future.set_exception(exc)
            return
        driver = _JobDriver(future, job, self)
        future._driver = driver
        self._running.append(driver)
        for loop in queued.loops:
            driver.watch(loop)

    def _drain(self):
        """Lets every outstanding call end."""
        while self._outstanding:
            future = self._outstanding.pop(0)
            future._block(None)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            queued, self._queue = self._queue, []
            for future in queued:
                future.cancel()
            for future in self._outstanding:
                if future._state == _base.PENDING:
                    future.cancel()
        if wait:
            self._drain()

    shutdown.__doc__ = _base.Executor.shutdown.__doc__

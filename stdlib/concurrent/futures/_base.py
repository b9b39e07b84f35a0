"""The executor-neutral half of concurrent.futures: Future, Executor, wait()
and as_completed(), and the exceptions, as CPython 3.11 has them.

coil's heap has one thread, so nobody but the waiting code itself can make
progress on a future while it waits. An executor therefore gives each future
it makes a *driver* (the `_driver` attribute), an object with
  poll()        make what progress is possible without blocking,
  block(t)      make progress, blocking at most t seconds (None: no limit),
  watch(loop)   have the asyncio `loop` finish the future when it can.
Every method that looks at a future's state or waits for it goes through
its driver first. A future without one (made by hand) is finished only by
whoever calls set_result / set_exception."""

import time
import types
from collections import namedtuple

# What wait() waits for.
FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED = 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

# A future's states: each name is its own value, as CPython's are.
_FUTURE_STATES = ['PENDING', 'RUNNING', 'CANCELLED', 'CANCELLED_AND_NOTIFIED', 'FINISHED']
PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED = _FUTURE_STATES

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}


def __getattr__(name):
    # LOGGER is made on first use: importing logging is slow, and most
    # programs never log from here.
    if name == 'LOGGER':
        import logging
        global LOGGER
        LOGGER = logging.getLogger("concurrent.futures")
        return LOGGER
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _logger():
    try:
        return LOGGER
    except NameError:
        return __getattr__('LOGGER')

# How long one blocking step of a wait lasts when nothing can wake it early
# (futures finished by hand, or by a signal handler).
_IDLE_STEP = 0.05


class Error(Exception):
    """Base class for the exceptions of futures."""


class CancelledError(Error):
    """The future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The future is not in a state that allows the operation."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run calls."""


class Future(object):
    """The eventual result of a call handed to an executor."""

    def __init__(self):
        self._state = PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []
        self._waiters = []
        self._driver = None

    @property
    def _condition(self):
        # CPython's futures guard their state with a Condition, which some
        # code takes; one thread needs none, so it is made only on demand.
        cond = self.__dict__.get('_cond')
        if cond is None:
            import threading
            cond = self.__dict__['_cond'] = threading.Condition()
        return cond

    def __repr__(self):
        name = self.__class__.__name__
        state = _STATE_TO_DESCRIPTION_MAP[self._state]
        if self._state == FINISHED:
            if self._exception:
                return '<%s at %#x state=%s raised %s>' % (
                    name, id(self), state, self._exception.__class__.__name__)
            return '<%s at %#x state=%s returned %s>' % (
                name, id(self), state, self._result.__class__.__name__)
        return '<%s at %#x state=%s>' % (name, id(self), state)

    # -- progress through the driver

    def _poll(self):
        driver = self._driver
        if driver is not None and self._state in (PENDING, RUNNING):
            driver.poll()

    def _block(self, timeout):
        """Waits up to timeout seconds (None: no limit) for the future to end."""
        end = None if timeout is None else time.monotonic() + timeout
        while self._state in (PENDING, RUNNING):
            left = None if end is None else end - time.monotonic()
            if left is not None and left <= 0:
                return
            driver = self._driver
            if driver is not None:
                driver.block(left)
            else:
                time.sleep(_IDLE_STEP if left is None else min(left, _IDLE_STEP))

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _logger().exception('exception calling callback for %r', self)

    # -- the public interface

    def cancel(self):
        """Cancels the future unless it is running or done; whether it is
        (now) cancelled."""
        if self._state in (RUNNING, FINISHED):
            return False
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            return True
        self._state = CANCELLED
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        self._poll()
        return self._state == RUNNING

    def done(self):
        self._poll()
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    def __get_result(self):
        error = self._exception
        if not error:
            return self._result
        try:
            raise error
        finally:
            # The traceback would keep this frame, and so the future, alive.
            del error, self

    def add_done_callback(self, fn):
        """Calls fn(future) when the future ends (now, if it has)."""
        if self._state not in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            _logger().exception('exception calling callback for %r', self)

    def result(self, timeout=None):
        """The call's return value; raises what it raised, CancelledError
        if it was cancelled, TimeoutError if it is not done in time."""
        try:
            self._block(timeout)
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                raise CancelledError()
            if self._state == FINISHED:
                return self.__get_result()
            raise TimeoutError()
        finally:
            self = None

    def exception(self, timeout=None):
        """The exception the call raised (None if it returned)."""
        self._block(timeout)
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state == FINISHED:
            return self._exception
        raise TimeoutError()

    # -- for executors and tests

    def set_running_or_notify_cancel(self):
        """Marks the future running (True), or, if it was cancelled, notes
        that the cancellation was seen (False)."""
        if self._state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED
            return False
        if self._state == PENDING:
            self._state = RUNNING
            return True
        _logger().critical('Future %s in unexpected state: %s', id(self), self._state)
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result = result
        self._state = FINISHED
        self._driver = None
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._exception = exception
        self._state = FINISHED
        self._driver = None
        self._invoke_callbacks()

    __class_getitem__ = classmethod(types.GenericAlias)


class Executor(object):
    """The interface of the executors."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs); a Future of its result."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with the calls made by the executor; the
        iterator raises TimeoutError when a result is not there in time."""
        if timeout is not None:
            end_time = timeout + time.monotonic()
        futures = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                futures.reverse()
                while futures:
                    if timeout is None:
                        yield _result_or_cancel(futures.pop())
                    else:
                        yield _result_or_cancel(futures.pop(), end_time - time.monotonic())
            finally:
                for f in futures:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Frees the executor's resources (after its calls end, if wait)."""
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


DoneAndNotDoneFutures = namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _finished(f):
    # A future cancelled but not yet seen by its executor (CANCELLED) is not
    # finished for wait() and as_completed(), as in CPython.
    f._poll()
    return f._state in (CANCELLED_AND_NOTIFIED, FINISHED)


def _block_on_any(futures, timeout):
    """Blocks until one of futures may have progressed, at most timeout
    seconds (None: no limit)."""
    jobs = []
    for f in futures:
        driver = f._driver
        job = getattr(driver, 'job', None)
        if job is not None:
            jobs.append(job)
        elif driver is not None:
            # A driver that can only progress by being run: run it.
            driver.block(timeout)
            return
    step = _IDLE_STEP if timeout is None else min(timeout, _IDLE_STEP)
    if jobs:
        import _offload
        _offload.wait_any(jobs, timeout)
    elif step > 0:
        time.sleep(step)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures fs; a named pair of sets (done, not_done).
    return_when is FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED."""
    fs = set(fs)
    end = None if timeout is None else time.monotonic() + timeout
    while True:
        done = set(f for f in fs if _finished(f))
        not_done = fs - done
        if not not_done:
            break
        if return_when == FIRST_COMPLETED and done:
            break
        if return_when == FIRST_EXCEPTION and any(
                not f.cancelled() and f._exception is not None for f in done):
            break
        left = None if end is None else end - time.monotonic()
        if left is not None and left <= 0:
            break
        _block_on_any(not_done, left)
    return DoneAndNotDoneFutures(done, not_done)


def as_completed(fs, timeout=None):
    """An iterator over the futures fs yielding each as it ends (those
    already done first). Raises TimeoutError if some are not done within
    timeout seconds of the call."""
    end = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    finished = [f for f in fs if _finished(f)]
    pending = fs - set(finished)
    return _as_completed(finished, pending, total, end)


def _as_completed(finished, pending, total, end):
    try:
        yield from finished
        del finished
        while pending:
            left = None if end is None else end - time.monotonic()
            if left is not None and left < 0:
                raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            ready = [f for f in pending if _finished(f)]
            if not ready:
                _block_on_any(pending, left)
                continue
            for f in ready:
                pending.remove(f)
                yield f
    finally:
        pending = None

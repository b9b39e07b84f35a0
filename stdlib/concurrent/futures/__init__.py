"""concurrent.futures: run calls asynchronously through executors and wait
for their results with Future objects.

coil has one thread for its heap, so its executors work this way (see
concurrent/futures/thread.py for the details): a call of a native that
only blocks (time.sleep, the zlib one-shots, hashing) runs on a real worker
thread while the caller goes on; any other call runs on the calling thread,
at once, or, when an asyncio loop is running, from that loop's queue or
as soon as someone waits for its result."""

from concurrent.futures._base import (
    FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError, TimeoutError,
    InvalidStateError, BrokenExecutor, Future, Executor, wait, as_completed)

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
           'ThreadPoolExecutor')


def __dir__():
    return __all__ + ('__author__', '__doc__')


def __getattr__(name):
    # The executors are imported on first use, as CPython does.
    if name == 'ThreadPoolExecutor':
        from concurrent.futures.thread import ThreadPoolExecutor as value
    elif name == 'ProcessPoolExecutor':
        from concurrent.futures.process import ProcessPoolExecutor as value
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


__author__ = 'Brian Quinlan (brian@sweetapp.com)'

"""ProcessPoolExecutor on coil, which cannot start worker processes running
coil code: the calls are made in this process, exactly as the
ThreadPoolExecutor makes them (see thread.py), so they give the results the
worker processes would, without their isolation: a call sees and changes
this process's state, and its function and arguments are not pickled."""

import os
from concurrent.futures import _base
from concurrent.futures.thread import ThreadPoolExecutor

__all__ = ('ProcessPoolExecutor', 'BrokenProcessPool')


class BrokenProcessPool(_base.BrokenExecutor):
    """Raised when a worker of the pool ended abruptly (never, on coil) or
    its initializer failed."""


class ProcessPoolExecutor(_base.Executor):
    """An executor for CPU-bound calls (made in-process on coil)."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if max_tasks_per_child is not None:
            if not isinstance(max_tasks_per_child, int):
                raise TypeError("max_tasks_per_child must be an integer")
            elif max_tasks_per_child <= 0:
                raise ValueError("max_tasks_per_child must be >= 1")
        self._max_workers = max_workers
        self._mp_context = mp_context
        self._pool = ThreadPoolExecutor(max_workers, initializer=initializer, initargs=initargs)

    def submit(self, fn, /, *args, **kwargs):
        pool = self._pool
        if pool._broken:
            raise BrokenProcessPool(pool._broken)
        if pool._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        return pool.submit(fn, *args, **kwargs)

    submit.__doc__ = _base.Executor.submit.__doc__

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return super().map(fn, *iterables, timeout=timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._pool.shutdown(wait, cancel_futures=cancel_futures)

    shutdown.__doc__ = _base.Executor.shutdown.__doc__

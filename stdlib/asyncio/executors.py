"""The event loop's executor methods (run_in_executor, set_default_executor,
shutdown_default_executor, added to the native loop class with
_asyncio._extend_loop) and the bridges between asyncio futures and
concurrent.futures ones: wrap_future and run_coroutine_threadsafe.

How the calls run is concurrent.futures.thread's business: an offloadable
native (time.sleep, ...) on a worker thread, whose end wakes the loop; any
other callable on the loop's thread, from the loop's queue. A wrapped
concurrent future asks its driver to have the loop finish it (watch), so
awaiting it never blocks the loop."""

import weakref
import _asyncio
from asyncio import exceptions
from asyncio.events import get_event_loop

__all__ = ('wrap_future', 'run_coroutine_threadsafe')

# Per loop: its default executor, and whether shutdown_default_executor ran.
_default_executors = weakref.WeakKeyDictionary()
_shut_down = weakref.WeakSet()


def _futures():
    import concurrent.futures
    return concurrent.futures


def _convert_exc(exc):
    cf = _futures()
    kind = type(exc)
    if kind is cf.CancelledError:
        return exceptions.CancelledError(*exc.args)
    if kind is cf.InvalidStateError:
        return exceptions.InvalidStateError(*exc.args)
    return exc


def _copy_to_asyncio(source, dest):
    """Gives the asyncio future dest the outcome of the finished source."""
    if dest.cancelled():
        return
    if source.cancelled():
        dest.cancel()
        return
    exc = source.exception()
    if exc is not None:
        dest.set_exception(_convert_exc(exc))
    else:
        dest.set_result(source.result())


def _copy_to_concurrent(source, dest):
    """Gives the concurrent future dest the outcome of the finished source."""
    if source.cancelled():
        dest.cancel()
    if not dest.set_running_or_notify_cancel():
        return
    exc = source.exception()
    if exc is not None:
        dest.set_exception(_convert_exc(exc))
    else:
        dest.set_result(source.result())


def _chain_future(source, dest):
    """Makes dest follow source's outcome, and source follow dest's cancellation.
    Either may be an asyncio or a concurrent.futures future."""
    cf = _futures()
    if not (_asyncio.isfuture(source) or isinstance(source, cf.Future)):
        raise TypeError('A future is required for source argument')
    if not (_asyncio.isfuture(dest) or isinstance(dest, cf.Future)):
        raise TypeError('A future is required for destination argument')
    source_loop = source.get_loop() if _asyncio.isfuture(source) else None
    dest_loop = dest.get_loop() if _asyncio.isfuture(dest) else None

    def set_state(future, other):
        if _asyncio.isfuture(future):
            _copy_to_asyncio(other, future)
        else:
            _copy_to_concurrent(other, future)

    def on_dest_done(d):
        if d.cancelled():
            if source_loop is None or source_loop is dest_loop:
                source.cancel()
            elif not source_loop.is_closed():
                source_loop.call_soon_threadsafe(source.cancel)

    def on_source_done(s):
        if dest.cancelled() and dest_loop is not None and dest_loop.is_closed():
            return
        if dest_loop is None or dest_loop is source_loop:
            set_state(dest, s)
        elif not dest_loop.is_closed():
            dest_loop.call_soon_threadsafe(set_state, dest, s)

    dest.add_done_callback(on_dest_done)
    source.add_done_callback(on_source_done)
    driver = getattr(source, '_driver', None)
    if driver is not None and dest_loop is not None:
        driver.watch(dest_loop)


def wrap_future(future, *, loop=None):
    """An asyncio future following the concurrent.futures future `future`."""
    if _asyncio.isfuture(future):
        return future
    cf = _futures()
    assert isinstance(future, cf.Future), f'concurrent.futures.Future is expected, got {future!r}'
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future)
    return new_future


class _LoopDriver(object):
    """Drives the concurrent future of run_coroutine_threadsafe: with no
    other thread to run the loop, waiting for the future runs it here
    (when it is not running already)."""

    job = None

    def __init__(self, loop, future):
        self.loop = loop
        self.future = future

    def poll(self):
        pass

    def block(self, timeout):
        loop = self.loop
        if loop.is_running() or loop.is_closed():
            import time
            time.sleep(0.05 if timeout is None else min(timeout, 0.05))
            return
        waiter = wrap_future(self.future, loop=loop)
        if timeout is None:
            loop.run_until_complete(waiter)
            return
        handle = loop.call_later(timeout, loop.stop)
        try:
            waiter.add_done_callback(lambda _: loop.stop())
            loop.run_forever()
        finally:
            handle.cancel()

    def watch(self, loop):
        pass


def run_coroutine_threadsafe(coro, loop):
    """Submits the coroutine coro to loop; a concurrent.futures Future of
    its result."""
    if not _asyncio.iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    future = _futures().Future()
    future._driver = _LoopDriver(loop, future)

    def start():
        try:
            _chain_future(_asyncio.ensure_future(coro, loop=loop), future)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

    loop.call_soon_threadsafe(start)
    return future


# ---------------------------------------------------------------- loop methods

def _check_open(loop):
    if loop.is_closed():
        raise RuntimeError('Event loop is closed')


def _submit(loop, executor, func, args, kwargs):
    _check_open(loop)
    if executor is None:
        if loop in _shut_down:
            raise RuntimeError('Executor shutdown has been called')
        executor = _default_executors.get(loop)
        if executor is None:
            executor = _futures().ThreadPoolExecutor(thread_name_prefix='asyncio')
            _default_executors[loop] = executor
    return wrap_future(executor.submit(func, *args, **kwargs), loop=loop)


def run_in_executor(self, executor, func, *args):
    """Runs func(*args) in executor (None: the loop's default one); an
    asyncio future of its result."""
    if self.get_debug() and not callable(func):
        raise TypeError(f'a callable object was expected by run_in_executor(), got {func!r}')
    return _submit(self, executor, func, args, {})


def set_default_executor(self, executor):
    """Sets the executor run_in_executor(None, ...) uses."""
    if not isinstance(executor, _futures().ThreadPoolExecutor):
        raise TypeError('executor must be ThreadPoolExecutor instance')
    _default_executors[self] = executor


async def shutdown_default_executor(self):
    """Waits for the calls of the default executor to end, then shuts it
    down; run_in_executor(None, ...) fails from now on."""
    _shut_down.add(self)
    executor = _default_executors.pop(self, None)
    if executor is None:
        return
    outstanding = list(getattr(executor, '_outstanding', ()))
    if outstanding:
        waiters = [wrap_future(f, loop=self) for f in outstanding]
        await _asyncio.gather(*waiters, return_exceptions=True)
    executor.shutdown(wait=True)


_asyncio._extend_loop({
    'run_in_executor': run_in_executor,
    'set_default_executor': set_default_executor,
    'shutdown_default_executor': shutdown_default_executor,
})

"""Tasks and ways of waiting on several awaitables: wait_for, wait,
as_completed and shield. Task, create_task, gather, sleep and ensure_future
are native (_asyncio); the rest is written here on top of futures and their
done callbacks."""

from _asyncio import (Task, create_task, current_task, all_tasks, sleep, gather, ensure_future,
                      get_running_loop, _get_running_loop, isfuture, iscoroutine)
from asyncio import exceptions
from asyncio.events import get_event_loop

__all__ = ('Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
           'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
           'current_task', 'all_tasks')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_Cancelled = exceptions.CancelledError


async def _wrap_awaitable(awaitable):
    # The runtime's ensure_future() turns an awaitable that is neither a
    # future nor a coroutine into a task running this.
    return await awaitable


def _ringer(future):
    """A callable that resolves future (with None) the first time it is
    called; used both as a done callback and as a timer callback."""
    def ring(*_):
        if not future.done():
            future.set_result(None)
    return ring


async def _cancel_and_settle(fut, loop):
    """Cancel fut and return once it has finished (it may refuse the
    cancellation and finish some other way)."""
    settled = loop.create_future()
    ring = _ringer(settled)
    fut.add_done_callback(ring)
    try:
        fut.cancel()
        await settled
    finally:
        fut.remove_done_callback(ring)


def _outcome_after_timeout(fut):
    """fut's result after we cancelled it for being late; its cancellation
    becomes TimeoutError."""
    try:
        return fut.result()
    except _Cancelled as cancel:
        raise TimeoutError() from cancel


async def wait_for(fut, timeout):
    """Await fut, but cancel it and raise TimeoutError when it takes longer
    than timeout seconds (None: no limit). Cancelling the caller cancels
    fut too."""
    loop = get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)

    if timeout <= 0:
        # No time at all: take the outcome if there is one already.
        if not fut.done():
            await _cancel_and_settle(fut, loop)
            return _outcome_after_timeout(fut)
        return fut.result()

    woken = loop.create_future()
    ring = _ringer(woken)
    timer = loop.call_later(timeout, ring)
    fut.add_done_callback(ring)
    try:
        try:
            await woken
        except _Cancelled:
            # We were cancelled. If fut has already finished, its outcome
            # is what the caller gets; otherwise fut is cancelled as well.
            if not fut.done():
                fut.remove_done_callback(ring)
                await _cancel_and_settle(fut, loop)
                raise
        else:
            if not fut.done():
                # The timer went off first.
                fut.remove_done_callback(ring)
                await _cancel_and_settle(fut, loop)
                return _outcome_after_timeout(fut)
        return fut.result()
    finally:
        timer.cancel()


def _stops_all_completed(fut, remaining):
    return remaining <= 0


def _stops_first_completed(fut, remaining):
    return True


def _stops_first_exception(fut, remaining):
    if remaining <= 0:
        return True
    return not fut.cancelled() and fut.exception() is not None


_STOP_RULES = (
    (FIRST_COMPLETED, _stops_first_completed),
    (FIRST_EXCEPTION, _stops_first_exception),
    (ALL_COMPLETED, _stops_all_completed),
)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures and tasks in fs until return_when says enough
    of them have finished, or timeout seconds have passed; returns the sets
    (done, pending). Nothing is cancelled."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    for name, rule in _STOP_RULES:
        if return_when == name:
            break
    else:
        raise ValueError(f'Invalid return_when value: {return_when}')

    loop = get_running_loop()
    unique = set(fs)
    for item in unique:
        if iscoroutine(item):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    futures = {ensure_future(item, loop=loop) for item in unique}
    return await _wait_until(futures, timeout, rule, loop)


async def _wait_until(futures, timeout, rule, loop):
    woken = loop.create_future()
    ring = _ringer(woken)
    timer = None
    if timeout is not None:
        timer = loop.call_later(timeout, ring)
    remaining = len(futures)

    def finished(fut):
        nonlocal remaining
        remaining -= 1
        if rule(fut, remaining):
            if timer is not None:
                timer.cancel()
            ring()

    for fut in futures:
        fut.add_done_callback(finished)
    try:
        await woken
    finally:
        if timer is not None:
            timer.cancel()
        for fut in futures:
            fut.remove_done_callback(finished)

    done = set()
    pending = set()
    for fut in futures:
        (done if fut.done() else pending).add(fut)
    return done, pending


class _Arrivals:
    """Collects the futures given to as_completed() in the order they
    finish; after the timeout, each one still missing arrives as None."""

    def __init__(self, futures, timeout, loop):
        from asyncio.queues import Queue
        self._ready = Queue()
        self._missing = dict.fromkeys(futures)
        self._timer = None
        for fut in self._missing:
            fut.add_done_callback(self._arrived)
        if self._missing and timeout is not None:
            self._timer = loop.call_later(timeout, self._expire)

    def __len__(self):
        return len(self._missing)

    def _arrived(self, fut):
        if not self._missing:
            return
        del self._missing[fut]
        self._ready.put_nowait(fut)
        if not self._missing and self._timer is not None:
            self._timer.cancel()

    def _expire(self):
        for fut in self._missing:
            fut.remove_done_callback(self._arrived)
            self._ready.put_nowait(None)
        self._missing.clear()

    async def next_result(self):
        fut = await self._ready.get()
        if fut is None:
            raise TimeoutError
        return fut.result()


def as_completed(fs, *, timeout=None):
    """Yield one awaitable per item of fs; awaiting the k-th gives the result
    of the k-th to finish (or raises its exception, or TimeoutError once
    timeout seconds have passed)."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    loop = get_event_loop()
    futures = [ensure_future(item, loop=loop) for item in dict.fromkeys(fs)]
    arrivals = _Arrivals(futures, timeout, loop)
    for _ in range(len(arrivals)):
        yield arrivals.next_result()


def shield(arg):
    """An outer future mirroring arg's outcome, whose cancellation does not
    reach arg: cancelling the outer one leaves arg running."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def relay(finished):
        if outer.cancelled():
            if not finished.cancelled():
                # Nobody will look at it through outer: mark it retrieved.
                finished.exception()
            return
        if finished.cancelled():
            outer.cancel()
            return
        error = finished.exception()
        if error is None:
            outer.set_result(finished.result())
        else:
            outer.set_exception(error)

    def detach(_):
        if not inner.done():
            inner.remove_done_callback(relay)

    inner.add_done_callback(relay)
    outer.add_done_callback(detach)
    return outer

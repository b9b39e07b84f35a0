"""Queues: FIFO, LIFO and priority, with waiting put/get.

The items and waiters live in a native core (src/runtime/queue.rs); the methods
below are its builtins, so `put`, `get` and `join` return native coroutines."""

import _asyncio
from _asyncio import QueueEmpty, QueueFull
from asyncio import mixins

__all__ = ('Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty')


class Queue(mixins._LoopBoundMixin):
    """A queue, useful for coordinating producer and consumer coroutines."""

    _order = 0

    def __init__(self, maxsize=0):
        _asyncio._queue_init(self, maxsize, self._order)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    _format = _asyncio._queue_format
    qsize = _asyncio._queue_qsize
    empty = _asyncio._queue_empty
    full = _asyncio._queue_full
    put = _asyncio._queue_put
    put_nowait = _asyncio._queue_put_nowait
    get = _asyncio._queue_get
    get_nowait = _asyncio._queue_get_nowait
    task_done = _asyncio._queue_task_done
    join = _asyncio._queue_join

    @property
    def maxsize(self):
        """Number of items allowed in the queue."""
        return _asyncio._queue_maxsize(self)


class PriorityQueue(Queue):
    """A subclass of Queue; retrieves entries in priority order (lowest first)."""

    _order = 2


class LifoQueue(Queue):
    """A subclass of Queue that retrieves most recently added entries first."""

    _order = 1

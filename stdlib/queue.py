"""FIFO, LIFO and priority queues (coil's own, single-threaded implementation).

coil runs one thread, so a blocking call that could only be satisfied by
another thread (get() on an empty queue or put() on a full one without a
timeout, join() with unfinished tasks) raises RuntimeError instead of hanging.
With a timeout the call sleeps for that long and then raises Empty or Full,
as CPython would when no other thread acts.
"""

from collections import deque
import heapq
import threading
import time

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue",
           "SimpleQueue"]


class Empty(Exception):
    """Raised when an item is wanted from a queue that has none."""


class Full(Exception):
    """Raised when an item is offered to a queue that has no room."""


def _stuck(what):
    raise RuntimeError(
        what + " would block forever: coil runs a single thread, "
        "so no other thread can change the queue")


def _await(ready, block, timeout, failure, what):
    """Return when ready() holds, raise *failure* if it never can."""
    if block and timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    if ready():
        return
    if not block:
        raise failure
    if timeout is None:
        _stuck(what)
    if timeout:
        time.sleep(timeout)
    if not ready():
        raise failure


class Queue:
    """A first-in first-out queue with an optional size limit."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self.unfinished_tasks = 0
        self.mutex = guard = threading.Lock()
        self.not_empty, self.not_full, self.all_tasks_done = (
            threading.Condition(guard) for _ in range(3))
        self._init(maxsize)

    # Storage hooks, replaced by the subclasses below (and by users).
    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _has_room(self):
        return self.maxsize <= 0 or self._qsize() < self.maxsize

    # public interface
    def task_done(self):
        left = self.unfinished_tasks - 1
        if left < 0:
            raise ValueError("task_done() called too many times")
        self.unfinished_tasks = left

    def join(self):
        if self.unfinished_tasks:
            _stuck("Queue.join() with unfinished tasks")

    def qsize(self):
        return self._qsize()

    def empty(self):
        return self._qsize() == 0

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        _await(self._has_room, block, timeout, Full(),
               "Queue.put() on a full queue")
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        _await(self._qsize, block, timeout, Empty(),
               "Queue.get() on an empty queue")
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class PriorityQueue(Queue):
    """Retrieves the smallest entry first (a heap)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


class LifoQueue(Queue):
    """Retrieves the most recently added entry first (a stack)."""

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._items = deque()

    def put(self, item, block=True, timeout=None):
        self._items.append(item)

    def put_nowait(self, item):
        self._items.append(item)

    def get(self, block=True, timeout=None):
        _await(lambda: self._items, block, timeout, Empty(),
               "SimpleQueue.get() on an empty queue")
        return self._items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

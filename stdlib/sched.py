"""A general purpose event scheduler.

scheduler(timefunc, delayfunc) keeps a queue of events, each an action to
call at a given time with a priority; run() waits (with delayfunc) until
each is due and calls it.  Times are in whatever unit timefunc returns.
"""

__all__ = ["scheduler"]

import heapq
import itertools
import threading
import time
from collections import namedtuple

Event = namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')
for _field, _doc in (
        ('time', 'When the event is due, in the units of timefunc().'),
        ('priority', 'Orders events due at the same time (lower first).'),
        ('sequence', 'Insertion counter breaking ties of time and priority.'),
        ('action', 'The callable run as action(*argument, **kwargs).'),
        ('argument', 'Positional arguments of the action.'),
        ('kwargs', 'Keyword arguments of the action.')):
    getattr(Event, _field).__doc__ = _doc
del _field, _doc

_NO_KWARGS = object()


class scheduler:

    def __init__(self, timefunc=time.monotonic, delayfunc=time.sleep):
        """timefunc() gives the current time; delayfunc(t) waits t units."""
        self._queue = []
        self._lock = threading.RLock()
        self.timefunc = timefunc
        self.delayfunc = delayfunc
        self._counter = itertools.count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action(*argument, **kwargs) at the absolute time; return
        the event (usable with cancel())."""
        if kwargs is _NO_KWARGS:
            kwargs = {}
        with self._lock:
            event = Event(time, priority, next(self._counter), action,
                          argument, kwargs)
            heapq.heappush(self._queue, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action delay time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action,
                             argument, kwargs)

    def cancel(self, event):
        """Remove event from the queue (ValueError if it is not there)."""
        with self._lock:
            self._queue.remove(event)
            heapq.heapify(self._queue)

    def empty(self):
        """True when no event is queued."""
        with self._lock:
            return not self._queue

    def run(self, blocking=True):
        """Run the events as they become due, until the queue is empty.
        With blocking false, run those already due and return the delay
        until the next one (None when the queue is empty)."""
        while True:
            with self._lock:
                if not self._queue:
                    return None
                head = self._queue[0]
                now = self.timefunc()
                due = head.time <= now
                if due:
                    heapq.heappop(self._queue)
            if not due:
                if not blocking:
                    return head.time - now
                self.delayfunc(head.time - now)
                continue
            head.action(*head.argument, **head.kwargs)
            # Give other threads a chance to run.
            self.delayfunc(0)

    @property
    def queue(self):
        """The pending events, in the order they will run."""
        with self._lock:
            pending = self._queue[:]
        return [heapq.heappop(pending) for _ in range(len(pending))]

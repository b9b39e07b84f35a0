"""Coordination between tasks: Lock, Event, Condition, Semaphore,
BoundedSemaphore and Barrier, with CPython 3.11's semantics.

A blocked task waits on a future of its own; futures are served oldest
first, and a waiter that gives up (its task was cancelled) steps out
wherever it stands. Event's flag and waiters are native
(src/modules/asyncio/event.rs); the rest is written here.
"""

import _asyncio
from asyncio import exceptions
from asyncio import mixins

__all__ = ('Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier')

_Cancelled = exceptions.CancelledError


def _describe(primitive, state):
    """repr() of a primitive: object's own repr with [state] appended."""
    plain = object.__repr__(primitive)
    return f'{plain[:-1]} [{state}]>'


def _with_waiters(state, count):
    if count:
        return f'{state}, waiters:{count}'
    return state


# The futures of the tasks blocked on a primitive live in a dict used as an
# ordered set: a newcomer goes to the back, the oldest is served first, and a
# task that gives up leaves from wherever it stands in O(1).

def _join(waiting, loop):
    """A new future at the back of the waiting line."""
    ticket = loop.create_future()
    waiting[ticket] = None
    return ticket


def _any_live(waiting):
    """Whether some future in the line has not been cancelled."""
    for ticket in waiting:
        if not ticket.cancelled():
            return True
    return False


class _AcquireOnEnter:
    """`async with primitive:` acquires it and releases it on the way out."""

    async def __aenter__(self):
        await self.acquire()
        # Entering gives None, not acquire()'s True.
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_AcquireOnEnter, mixins._LoopBoundMixin):
    """A mutual-exclusion lock for tasks.

    acquire() waits until the lock is free and takes it; release() frees it
    and lets the longest-waiting task take it next. A task arriving while
    others wait queues behind them even if the lock happens to be free."""

    def __init__(self):
        self._held = False
        self._waiters = {}

    def __repr__(self):
        state = 'locked' if self._held else 'unlocked'
        return _describe(self, _with_waiters(state, len(self._waiters)))

    def locked(self):
        """Whether some task holds the lock."""
        return self._held

    async def acquire(self):
        """Wait for the lock and take it; returns True."""
        waiting = self._waiters
        if not self._held and not (waiting and _any_live(waiting)):
            self._held = True
            return True
        ticket = _join(waiting, self._get_loop())
        try:
            try:
                await ticket
            finally:
                del waiting[ticket]
        except _Cancelled:
            # We may have been handed the lock just before the cancellation
            # arrived: whoever is next must not be left waiting.
            if not self._held:
                self._hand_over()
            raise
        self._held = True
        return True

    def release(self):
        """Free the lock (RuntimeError when it is not held)."""
        if not self._held:
            raise RuntimeError('Lock is not acquired.')
        self._held = False
        self._hand_over()

    def _hand_over(self):
        # Only the oldest waiter is considered: if it is already woken, it
        # will take the lock when it runs.
        for ticket in self._waiters:
            if not ticket.done():
                ticket.set_result(True)
            return


class Event(mixins._LoopBoundMixin):
    """A flag tasks can wait for: wait() returns once set() is called and
    keeps returning at once until clear()."""

    def __init__(self):
        _asyncio._event_init(self)

    def __repr__(self):
        state = 'set' if self.is_set() else 'unset'
        return _describe(self, _with_waiters(state, _asyncio._event_waiters(self)))

    is_set = _asyncio._event_is_set
    set = _asyncio._event_set
    clear = _asyncio._event_clear
    wait = _asyncio._event_wait


class Condition(_AcquireOnEnter, mixins._LoopBoundMixin):
    """A lock (a new Lock unless one is given) plus a line of tasks waiting
    to be notified. wait() and notify() need the lock held."""

    def __init__(self, lock=None):
        self._waiters = {}
        self._lock = Lock() if lock is None else lock
        # The lock's own methods stand in for the condition's.
        for name in ('locked', 'acquire', 'release'):
            setattr(self, name, getattr(self._lock, name))

    def __repr__(self):
        state = 'locked' if self.locked() else 'unlocked'
        return _describe(self, _with_waiters(state, len(self._waiters)))

    async def wait(self):
        """Release the lock, sleep until notified, take the lock back.

        The lock is held again when this returns or raises, also when the
        task is cancelled while sleeping or while taking the lock back."""
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            waiting = self._waiters
            ticket = _join(waiting, self._get_loop())
            try:
                await ticket
                return True
            finally:
                del waiting[ticket]
        finally:
            interrupted = await self._take_back()
            if interrupted:
                raise _Cancelled

    async def _take_back(self):
        """Reacquire the lock, however often we are cancelled meanwhile;
        tells whether we were."""
        interrupted = False
        while True:
            try:
                await self.acquire()
            except _Cancelled:
                interrupted = True
            else:
                return interrupted

    async def wait_for(self, predicate):
        """wait() until predicate() is true; returns that true value."""
        outcome = predicate()
        while not outcome:
            await self.wait()
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        """Wake up to n of the waiting tasks, the longest waiting first."""
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        if n <= 0:
            return
        woken = 0
        for ticket in self._waiters:
            if ticket.done():
                continue
            ticket.set_result(False)
            woken += 1
            if woken >= n:
                break

    def notify_all(self):
        """Wake every waiting task."""
        self.notify(len(self._waiters))


class Semaphore(_AcquireOnEnter, mixins._LoopBoundMixin):
    """A counter of free slots: acquire() takes one (waiting while none is
    free, in arrival order), release() gives one back."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._value = value
        self._waiters = {}

    def __repr__(self):
        if self.locked():
            state = 'locked'
        else:
            state = f'unlocked, value:{self._value}'
        return _describe(self, _with_waiters(state, len(self._waiters)))

    def locked(self):
        """Whether acquire() would have to wait."""
        if self._value == 0:
            return True
        waiting = self._waiters
        return bool(waiting) and _any_live(waiting)

    async def acquire(self):
        """Take a slot, waiting for one if need be; returns True."""
        if not self.locked():
            self._value -= 1
            return True
        waiting = self._waiters
        ticket = _join(waiting, self._get_loop())
        try:
            try:
                await ticket
            finally:
                del waiting[ticket]
        except _Cancelled:
            if not ticket.cancelled():
                # A slot was reserved for us by _wake_next: give it back.
                self._value += 1
                self._wake_next()
            raise
        if self._value > 0:
            self._wake_next()
        return True

    def release(self):
        """Give a slot back, waking the longest-waiting task."""
        self._value += 1
        self._wake_next()

    def _wake_next(self):
        # The woken task's slot is taken from the count right away.
        for ticket in self._waiters:
            if not ticket.done():
                self._value -= 1
                ticket.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    """A Semaphore whose release() refuses to go above the initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._ceiling = value

    def release(self):
        if self._value < self._ceiling:
            super().release()
        else:
            raise ValueError('BoundedSemaphore released too many times')


# A Barrier's phases: tasks arrive while it fills; the last arrival lets the
# batch go (draining); reset() while tasks wait sends them away (resetting);
# abort() breaks it for good. Newcomers wait while it drains or resets.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 'filling', 'draining', 'resetting', 'broken'


class Barrier(mixins._LoopBoundMixin):
    """Holds tasks at wait() until `parties` of them have arrived, then lets
    them all go on; each gets its arrival index, 0 to parties - 1."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _FILLING
        self._count = 0        # tasks inside wait()

    def __repr__(self):
        state = self._state
        if not self.broken:
            state = f'{state}, waiters:{self.n_waiting}/{self.parties}'
        return _describe(self, state)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        """Waits for the batch to fill; returns this task's arrival index.
        BrokenBarrierError when the barrier is reset or aborted meanwhile."""
        async with self._cond:
            # Wait for the previous batch to leave (or a reset to finish).
            await self._cond.wait_for(lambda: self._state not in (_DRAINING, _RESETTING))
            if self._state == _BROKEN:
                raise exceptions.BrokenBarrierError("Barrier aborted")
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._state = _DRAINING
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state != _FILLING)
                    if self._state in (_BROKEN, _RESETTING):
                        raise exceptions.BrokenBarrierError("Abort or reset of barrier")
                return index
            finally:
                self._count -= 1
                self._leave()

    def _leave(self):
        # The last task out ends a drain or reset, and wakes those held at the door.
        if self._count == 0:
            if self._state in (_DRAINING, _RESETTING):
                self._state = _FILLING
            self._cond.notify_all()

    async def reset(self):
        """Back to filling; tasks waiting now get BrokenBarrierError."""
        async with self._cond:
            if self._count > 0:
                self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    async def abort(self):
        """Breaks the barrier: waiting and future wait() calls raise BrokenBarrierError."""
        async with self._cond:
            self._state = _BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        """How many tasks make a batch."""
        return self._parties

    @property
    def n_waiting(self):
        """How many tasks wait for the batch to fill."""
        return self._count if self._state == _FILLING else 0

    @property
    def broken(self):
        """Whether abort() broke the barrier."""
        return self._state == _BROKEN

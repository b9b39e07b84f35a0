"""asyncio.timeout() and timeout_at(): a block that must finish by a
deadline. When the deadline passes, the task running the block is
cancelled, and that cancellation leaves the block as TimeoutError."""

from _asyncio import get_running_loop, current_task
from asyncio import exceptions

__all__ = ('Timeout', 'timeout', 'timeout_at')

# The life of a Timeout, as its repr() names the stages.
_NEW = 'created'
_ACTIVE = 'active'
_FIRING = 'expiring'        # the task was cancelled, the block not yet left
_FIRED = 'expired'
_DONE = 'finished'


class Timeout:
    """An async context manager with a deadline in loop.time() terms (None:
    no deadline). Use timeout() or timeout_at() to make one."""

    def __init__(self, when):
        self._when = when
        self._stage = _NEW
        self._task = None
        self._timer = None
        self._cancels_before = 0   # task.cancelling() when the block began

    def __repr__(self):
        extra = ''
        if self._stage is _ACTIVE:
            deadline = None if self._when is None else round(self._when, 3)
            extra = f' when={deadline}'
        return f'<Timeout [{self._stage}]{extra}>'

    def when(self):
        """The deadline, or None."""
        return self._when

    def expired(self):
        """Whether the deadline passed while the block was running."""
        return self._stage is _FIRING or self._stage is _FIRED

    def reschedule(self, when):
        """Move the deadline of an active block (None removes it)."""
        if self._stage is not _ACTIVE:
            if self._stage is _NEW:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {self._stage} Timeout")
        self._when = when
        self._disarm()
        if when is None:
            return
        loop = get_running_loop()
        if when > loop.time():
            self._timer = loop.call_at(when, self._fire)
        else:
            self._timer = loop.call_soon(self._fire)

    def _disarm(self):
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _fire(self):
        self._timer = None
        self._task.cancel()
        self._stage = _FIRING

    async def __aenter__(self):
        if self._stage is not _NEW:
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._task = task
        self._stage = _ACTIVE
        self._cancels_before = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        self._disarm()
        if self._stage is _ACTIVE:
            self._stage = _DONE
        elif self._stage is _FIRING:
            self._stage = _FIRED
            # Take back our cancel request; if no one else asked for a
            # cancellation meanwhile, the CancelledError is ours to convert.
            ours_only = self._task.uncancel() <= self._cancels_before
            if ours_only and exc_type is exceptions.CancelledError:
                raise TimeoutError from exc_val
        return None


def timeout(delay):
    """A Timeout for `async with` that expires delay seconds from now
    (never when delay is None)."""
    loop = get_running_loop()
    if delay is None:
        return Timeout(None)
    return Timeout(loop.time() + delay)


def timeout_at(when):
    """A Timeout for `async with` that expires when loop.time() reaches
    when (never when it is None)."""
    return Timeout(when)

"""TaskGroup: tasks started inside `async with TaskGroup() as tg:` are all
finished when the block is left. The first failure cancels the others and
the body; the failures then come out together in an ExceptionGroup."""

from _asyncio import get_running_loop, current_task
from asyncio import exceptions

__all__ = ('TaskGroup',)

_Cancelled = exceptions.CancelledError


def _must_escape(exc):
    """SystemExit and KeyboardInterrupt are re-raised as they are, not
    wrapped in a group."""
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


def _group_of(errors):
    message = 'unhandled errors in a TaskGroup'
    for error in errors:
        if not isinstance(error, Exception):
            return BaseExceptionGroup(message, errors)
    return ExceptionGroup(message, errors)


class TaskGroup:
    """An asynchronous context manager owning the tasks made by its
    create_task()."""

    def __init__(self):
        self._loop = None
        self._parent_task = None
        self._tasks = {}            # unfinished members, in creation order
        self._errors = []           # member failures, in the order they came
        self._escaping = None       # the first SystemExit / KeyboardInterrupt
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._parent_cancelled = False  # we cancelled the parent task
        self._drained = None        # resolved when the last member finishes

    def __repr__(self):
        words = []
        if self._tasks:
            words.append(f'tasks={len(self._tasks)}')
        if self._errors:
            words.append(f'errors={len(self._errors)}')
        if self._aborting:
            words.append('cancelling')
        elif self._entered:
            words.append('entered')
        return '<TaskGroup' + ''.join(' ' + word for word in words) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        self._entered = True
        if self._loop is None:
            self._loop = get_running_loop()
        self._parent_task = current_task(self._loop)
        if self._parent_task is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and _must_escape(exc) and self._escaping is None:
            self._escaping = exc

        # A CancelledError leaving the body is passed on, unless it is
        # only the cancellation we asked for ourselves.
        passing_on = exc if et is _Cancelled else None
        if self._parent_cancelled and self._parent_task.uncancel() == 0:
            passing_on = None

        if et is not None and not self._aborting:
            self._abort()
        interrupted = await self._wait_for_members()
        if interrupted is not None:
            passing_on = interrupted

        if self._escaping is not None:
            raise self._escaping
        if passing_on is not None and not self._errors:
            raise passing_on
        if et is not None and et is not _Cancelled:
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = None
            raise _group_of(errors) from None

    async def _wait_for_members(self):
        """Wait until every member has finished. If the parent is cancelled
        meanwhile (by someone else), cancel the members and return that
        CancelledError; otherwise return None."""
        interrupted = None
        while self._tasks:
            self._drained = self._loop.create_future()
            try:
                await self._drained
            except _Cancelled as cancel:
                if not self._aborting:
                    interrupted = cancel
                    self._abort()
            self._drained = None
        return interrupted

    def create_task(self, coro, *, name=None, context=None):
        """Start coro as a member task of the group."""
        refusal = self._refusal()
        if refusal is not None:
            raise RuntimeError(f"TaskGroup {self!r} {refusal}")
        task = self._loop.create_task(coro, name=name)
        self._tasks[task] = None
        task.add_done_callback(self._member_done)
        return task

    def _refusal(self):
        """Why no task may be added now, or None."""
        if not self._entered:
            return 'has not been entered'
        if self._exiting and not self._tasks:
            return 'is finished'
        if self._aborting:
            return 'is shutting down'
        return None

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _member_done(self, task):
        self._tasks.pop(task, None)
        drained = self._drained
        if drained is not None and not self._tasks and not drained.done():
            drained.set_result(True)

        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            return
        self._errors.append(error)
        if _must_escape(error) and self._escaping is None:
            self._escaping = error

        parent = self._parent_task
        if parent.done():
            # Too late to interrupt the parent: report the failure instead.
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent task {parent} is already completed',
                'exception': error,
                'task': task,
            })
            return
        if not self._aborting and not self._parent_cancelled:
            # First failure: stop the siblings and interrupt the body.
            self._abort()
            self._parent_cancelled = True
            parent.cancel()

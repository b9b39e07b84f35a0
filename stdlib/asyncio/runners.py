"""asyncio.run() and asyncio.Runner: make an event loop, run coroutines to
completion on it, and take it down cleanly afterwards."""

# An embedding host's sandbox may hide these from scripts: asyncio runs without
# them (no context to carry over, Ctrl-C left to the host).
try:
    import sys
except ImportError:
    sys = None
try:
    import _signal
except ImportError:
    _signal = None
from _asyncio import _get_running_loop, iscoroutine, all_tasks, gather
from asyncio.events import new_event_loop, set_event_loop
from asyncio.exceptions import CancelledError
from asyncio import coroutines

__all__ = ('Runner', 'run')


class Runner:
    """Owns one event loop, made on first use, for any number of run()
    calls; close() (or leaving a `with Runner() as runner:` block) cancels
    what is still running and closes the loop.

    debug, when not None, is passed to the loop's set_debug(). loop_factory
    makes the loop instead of new_event_loop(); a loop made that way is not
    installed as the current event loop."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._phase = 'new'             # then 'running', then 'closed'
        self._installed_loop = False    # whether we called set_event_loop()
        self._context = None            # what run() runs coroutines in by default
        self._interrupt_count = 0       # Ctrl-C presses during run()

    def __enter__(self):
        self._ensure_loop()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def get_loop(self):
        """The runner's event loop (made now if need be)."""
        self._ensure_loop()
        return self._loop

    def run(self, coro, *, context=None):
        """Run coro as a task on the runner's loop and return its result.

        It runs in context (default: the runner's own copy of the context it
        was made in). While it runs, a first Ctrl-C cancels it (run() then
        raises KeyboardInterrupt), a second one interrupts at once."""
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._ensure_loop()
        loop = self._loop
        if context is None:
            context = self._context
        task = loop.create_task(coro, context=context)
        on_sigint = None
        if _signal is not None and _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler:
            on_sigint = lambda signum, frame: self._on_sigint(task)
            try:
                _signal.signal(_signal.SIGINT, on_sigint)
            except ValueError:
                on_sigint = None
        self._interrupt_count = 0
        try:
            return loop.run_until_complete(task)
        except CancelledError:
            if self._interrupt_count > 0:
                uncancel = getattr(task, "uncancel", None)
                if uncancel is not None and uncancel() == 0:
                    raise KeyboardInterrupt()
            raise
        finally:
            if on_sigint is not None and _signal.getsignal(_signal.SIGINT) is on_sigint:
                _signal.signal(_signal.SIGINT, _signal.default_int_handler)

    def _on_sigint(self, main_task):
        self._interrupt_count += 1
        if self._interrupt_count == 1 and not main_task.done():
            main_task.cancel()
            # Wake the loop should it be waiting.
            self._loop.call_soon_threadsafe(lambda: None)
            return
        raise KeyboardInterrupt()

    def close(self):
        """Finish with the loop: cancel leftover tasks, finalize async
        generators, close it. Closing twice, or before any use, is harmless."""
        if self._phase != 'running':
            return
        loop = self._loop
        try:
            _cancel_leftovers(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._installed_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._phase = 'closed'

    def _ensure_loop(self):
        if self._phase == 'running':
            return
        if self._phase == 'closed':
            raise RuntimeError("Runner is closed")
        if self._loop_factory is not None:
            self._loop = self._loop_factory()
        else:
            self._loop = new_event_loop()
            if not self._installed_loop:
                set_event_loop(self._loop)
                self._installed_loop = True
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        elif coroutines._is_debug_mode():
            self._loop.set_debug(True)
        # Without contextvars loaded there is no variable to carry over.
        contextvars = sys.modules.get('contextvars') if sys is not None else None
        if contextvars is not None:
            self._context = contextvars.copy_context()
        self._phase = 'running'


def run(main, *, debug=None):
    """Run the coroutine main on a new event loop, close the loop, and
    return main's result."""
    if _get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_leftovers(loop):
    """Cancel the tasks still pending on loop, let them finish, and report
    any that ended with an exception other than the cancellation."""
    try:
        leftovers = all_tasks(loop)
    except TypeError:
        # A loop of another kind (from loop_factory) has none of our tasks.
        return
    if not leftovers:
        return
    for task in leftovers:
        task.cancel()
    loop.run_until_complete(gather(*leftovers, return_exceptions=True))
    for task in leftovers:
        if task.cancelled():
            continue
        error = task.exception()
        if error is None:
            continue
        loop.call_exception_handler({
            'message': 'unhandled exception during asyncio.run() shutdown',
            'exception': error,
            'task': task,
        })

"""IsolatedAsyncioTestCase: a TestCase whose test methods, set-up, tear-down
and cleanups may be coroutines; each test runs in its own event loop."""

import asyncio

from .case import TestCase, _enter, _warn

__unittest = True

__all__ = ["IsolatedAsyncioTestCase"]


def _copy_context():
    try:
        import contextvars
    except ImportError:
        return None
    return contextvars.copy_context()


class IsolatedAsyncioTestCase(TestCase):
    """setUp, asyncSetUp, the test, asyncTearDown, tearDown and the cleanups
    all run in one asyncio.Runner created for the test (and in one
    contextvars context when that module exists)."""

    def __init__(self, methodName="runTest"):
        super().__init__(methodName)
        self._asyncio_runner = None
        self._asyncio_context = _copy_context()

    async def asyncSetUp(self):
        "Asynchronous counterpart of setUp, awaited after it."

    async def asyncTearDown(self):
        "Asynchronous counterpart of tearDown, awaited before it."

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        """Register a coroutine function to be awaited as a cleanup."""
        self.addCleanup(func, *args, **kwargs)

    async def enterAsyncContext(self, cm):
        """Enter the asynchronous context manager cm and exit it as a cleanup."""
        kind = type(cm)
        try:
            enter, leave = kind.__aenter__, kind.__aexit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the asynchronous "
                            "context manager protocol"
                            % (kind.__module__, kind.__qualname__)) from None
        entered = await enter(cm)
        self.addAsyncCleanup(leave, cm, None, None, None)
        return entered

    def _in_context(self, func, *args, **kwargs):
        if self._asyncio_context is None:
            return func(*args, **kwargs)
        return self._asyncio_context.run(func, *args, **kwargs)

    def _await(self, awaitable):
        runner = self._asyncio_runner
        assert runner is not None, "asyncio runner is not initialized"
        if self._asyncio_context is None:
            return runner.run(awaitable)
        return runner.run(awaitable, context=self._asyncio_context)

    def _call_maybe_async(self, func, *args, **kwargs):
        assert self._asyncio_runner is not None, "asyncio runner is not initialized"
        if asyncio.iscoroutinefunction(func):
            return self._await(func(*args, **kwargs))
        outcome = self._in_context(func, *args, **kwargs)
        if asyncio.iscoroutine(outcome):
            return self._await(outcome)
        return outcome

    def _run_set_up(self):
        # Create the loop first, so setUp can already use it.
        self._asyncio_runner.get_loop()
        self._in_context(self.setUp)
        self._call_maybe_async(self.asyncSetUp)

    def _run_test_method(self, method):
        if self._call_maybe_async(method) is not None:
            _warn("It is deprecated to return a value that is not None from a "
                  "test case ({})".format(method), DeprecationWarning, 5)

    def _run_tear_down(self):
        self._call_maybe_async(self.asyncTearDown)
        self._in_context(self.tearDown)

    def _run_cleanup(self, function, args, kwargs):
        self._call_maybe_async(function, *args, **kwargs)

    def _open_runner(self):
        assert self._asyncio_runner is None, "asyncio runner is already initialized"
        self._asyncio_runner = asyncio.Runner(debug=True)

    def _close_runner(self):
        runner = self._asyncio_runner
        self._asyncio_runner = None
        if runner is not None:
            runner.close()

    def run(self, result=None):
        self._open_runner()
        try:
            return super().run(result)
        finally:
            self._close_runner()

    def debug(self):
        self._open_runner()
        super().debug()
        self._close_runner()

    def __del__(self):
        if getattr(self, "_asyncio_runner", None) is not None:
            self._close_runner()

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


class _InContext:
    """Drives a coroutine one step at a time inside a contextvars context, so
    the values it sets stay in that context across awaits."""

    def __init__(self, context, coro):
        self._context = context
        self._coro = coro

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        return self._context.run(self._coro.send, value)

    def throw(self, *exc):
        return self._context.run(self._coro.throw, *exc)

    def close(self):
        return self._context.run(self._coro.close)


async def _stepped_in(context, coro):
    return await _InContext(context, coro)


class IsolatedAsyncioTestCase(TestCase):
    """setUp, asyncSetUp, the test, asyncTearDown, tearDown and the cleanups
    all run in one asyncio.Runner created for the test (and in one
    contextvars context when that module exists)."""

    def __init__(self, methodName="runTest"):
        super().__init__(methodName)
        self._asyncioRunner = None
        self._asyncioTestContext = _copy_context()

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
        if self._asyncioTestContext is None:
            return func(*args, **kwargs)
        return self._asyncioTestContext.run(func, *args, **kwargs)

    def _await(self, awaitable):
        runner = self._asyncioRunner
        assert runner is not None, "asyncio runner is not initialized"
        if self._asyncioTestContext is None:
            return runner.run(awaitable)
        return runner.run(_stepped_in(self._asyncioTestContext, awaitable))

    def _call_maybe_async(self, func, *args, **kwargs):
        assert self._asyncioRunner is not None, "asyncio runner is not initialized"
        if asyncio.iscoroutinefunction(func):
            return self._await(func(*args, **kwargs))
        outcome = self._in_context(func, *args, **kwargs)
        if asyncio.iscoroutine(outcome):
            return self._await(outcome)
        return outcome

    def _run_set_up(self):
        # Create the loop first, so setUp can already use it.
        self._asyncioRunner.get_loop()
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

    def _setupAsyncioRunner(self):
        assert self._asyncioRunner is None, "asyncio runner is already initialized"
        self._asyncioRunner = asyncio.Runner(debug=True)

    def _tearDownAsyncioRunner(self):
        runner, self._asyncioRunner = self._asyncioRunner, None
        if runner is not None:
            runner.close()

    def run(self, result=None):
        self._setupAsyncioRunner()
        try:
            outcome = super().run(result)
        finally:
            self._tearDownAsyncioRunner()
        return outcome

    def debug(self):
        self._setupAsyncioRunner()
        super().debug()
        self._tearDownAsyncioRunner()

    def __del__(self):
        if getattr(self, "_asyncioRunner", None) is not None:
            self._tearDownAsyncioRunner()

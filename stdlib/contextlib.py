"""Utilities for with-statement contexts, written for coil.

contextmanager / asynccontextmanager turn a generator into a context
manager; ExitStack / AsyncExitStack unwind any number of them; closing,
aclosing, suppress, redirect_stdout, redirect_stderr, nullcontext and chdir
are small ready-made ones.
"""

import sys
from abc import ABC, abstractmethod

__all__ = [
    "asynccontextmanager", "contextmanager", "closing", "nullcontext",
    "AbstractContextManager", "AbstractAsyncContextManager",
    "AsyncExitStack", "ContextDecorator", "ExitStack",
    "redirect_stdout", "redirect_stderr", "suppress", "aclosing", "chdir",
]

_GenericAlias = type(list[int])


def wraps(wrapped):
    # functools.wraps, imported when first needed (functools is not light).
    from functools import wraps as real
    return real(wrapped)


def _has_protocol(klass, names):
    # Every name is found in some class of the MRO, and is not None there.
    for name in names:
        for owner in klass.__mro__:
            if name in owner.__dict__:
                if owner.__dict__[name] is None:
                    return False
                break
        else:
            return False
    return True


class AbstractContextManager(ABC):
    """An ABC for classes with __enter__ and __exit__; __enter__ returns
    self unless overridden."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __enter__(self):
        """Return self."""
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result suppresses the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _has_protocol(C, ("__enter__", "__exit__")) or NotImplemented
        return NotImplemented


class AbstractAsyncContextManager(ABC):
    """An ABC for classes with __aenter__ and __aexit__; __aenter__ returns
    self unless overridden."""

    __class_getitem__ = classmethod(_GenericAlias)

    async def __aenter__(self):
        """Return self."""
        return self

    @abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Leave the context; a true result suppresses the exception."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _has_protocol(C, ("__aenter__", "__aexit__")) or NotImplemented
        return NotImplemented


class ContextDecorator:
    """Base class for context managers that can also decorate a function:
    each call of the function then runs inside the context."""

    def _fresh_cm(self):
        # The manager for one call; one-shot managers return a new one.
        return self

    def __call__(self, func):
        @wraps(func)
        def run_inside(*args, **kwds):
            with self._fresh_cm():
                return func(*args, **kwds)

        return run_inside


class AsyncContextDecorator:
    """Base class for asynchronous context managers that can also decorate
    a coroutine function."""

    def _fresh_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        async def run_inside(*args, **kwds):
            async with self._fresh_cm():
                return await func(*args, **kwds)

        return run_inside


# ---------------------------------------------------------------- generator-based


class _GeneratorContextManager(AbstractContextManager, ContextDecorator):
    """The context manager a @contextmanager function returns: it runs the
    generator up to its yield on entry and the rest on exit."""

    def __init__(self, func, args, kwds):
        _start_generator(self, func, args, kwds)

    def _fresh_cm(self):
        # As a decorator, every call gets a new generator.
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        # Once entered, the manager cannot make fresh copies of itself.
        gen = self.gen
        del self.args, self.func, self.kwds
        for first in gen:
            return first
        raise RuntimeError("generator didn't yield")

    def __exit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            try:
                next(gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            # a bare exception class, as a with statement may pass
            value = typ()
        try:
            gen.throw(typ, value, traceback)
        except BaseException as exc:
            verdict = _after_throw(exc, value, traceback, StopIteration, (StopIteration,))
            if verdict is None:
                raise
            return verdict
        raise RuntimeError("generator didn't stop after throw()")


def _start_generator(cm, func, args, kwds):
    # What both generator-based managers keep: the function and its
    # arguments (to make fresh copies as decorators), the generator, and
    # the function's docstring.
    cm.func, cm.args, cm.kwds = func, args, kwds
    cm.gen = func(*args, **kwds)
    doc = getattr(func, "__doc__", None)
    cm.__doc__ = type(cm).__doc__ if doc is None else doc


def _after_throw(exc, value, traceback, finished, converted):
    """What __exit__ does when throwing `value` into the generator raised
    `exc`: True (suppress), False (let the with statement re-raise value),
    or None (raise exc instead)."""
    if isinstance(exc, finished):
        # The generator finished: it swallowed the exception, unless the
        # very StopIteration thrown in came back out.
        return exc is not value
    if exc is value:
        exc.__traceback__ = traceback
        return False
    if isinstance(exc, RuntimeError) and isinstance(value, converted) and exc.__cause__ is value:
        # A StopIteration thrown in that the generator turned into a
        # RuntimeError (PEP 479): report the original.
        value.__traceback__ = traceback
        return False
    return None


class _AsyncGeneratorContextManager(AbstractAsyncContextManager, AsyncContextDecorator):
    """The asynchronous context manager an @asynccontextmanager function
    returns."""

    def __init__(self, func, args, kwds):
        _start_generator(self, func, args, kwds)

    def _fresh_cm(self):
        return type(self)(self.func, self.args, self.kwds)

    async def __aenter__(self):
        gen = self.gen
        del self.args, self.func, self.kwds
        async for first in gen:
            return first
        raise RuntimeError("generator didn't yield")

    async def __aexit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            try:
                await anext(gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            # value is an instance of typ whose __traceback__ is traceback:
            # throwing it alone raises the same thing.
            await gen.athrow(value)
        except BaseException as exc:
            verdict = _after_throw(exc, value, traceback, StopAsyncIteration,
                                   (StopIteration, StopAsyncIteration))
            if verdict is None:
                raise
            return verdict
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    """Decorator: a generator function that yields once becomes a factory
    of context managers. The code before the yield runs on entry (the
    yielded value is what `as` binds), the code after it on exit; an
    exception from the with block is raised at the yield."""

    @wraps(func)
    def make(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)

    return make


def asynccontextmanager(func):
    """Decorator: an asynchronous generator function that yields once
    becomes a factory of asynchronous context managers (async with)."""

    @wraps(func)
    def make(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)

    return make


# ---------------------------------------------------------------- small managers


class closing(AbstractContextManager):
    """Call thing.close() when the block is left:

        with closing(thing) as t:
            ...
    """

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, exc_type, exc_value, traceback):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Await thing.aclose() when the async with block is left."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, exc_type, exc_value, traceback):
        await self.thing.aclose()


class _Redirect(AbstractContextManager):
    # Swap one attribute of sys (named by the subclass's _stream) for the
    # target while the block runs; reentrant, so it keeps a stack.

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._saved = []

    def __enter__(self):
        self._saved.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._saved.pop())


class redirect_stdout(_Redirect):
    """Send sys.stdout to another file-like object while the block runs."""

    _stream = "stdout"


class redirect_stderr(_Redirect):
    """Send sys.stderr to another file-like object while the block runs."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallow the given exception types if the block raises one of them;
    execution goes on after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        return issubclass(exctype, self._exceptions)


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """A context manager that does nothing; `as` binds enter_result. For
    code that sometimes has a real manager to use and sometimes not."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *exc):
        return None

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *exc):
        return None


class chdir(AbstractContextManager):
    """Change the working directory for the block, then go back."""

    def __init__(self, path):
        self.path = path
        self._previous = []

    def __enter__(self):
        import os
        self._previous.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._previous.pop())


# ---------------------------------------------------------------- exit stacks


def _protocol_error(cm, what):
    kind = type(cm)
    return TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does "
                     f"not support the {what} protocol")


def _bind_exit(cm, method):
    # cm's __exit__ (or __aexit__) as found on its class, bound to cm.
    def bound_exit(exc_type, exc, tb):
        return method(cm, exc_type, exc, tb)

    bound_exit.__self__ = cm
    return bound_exit


def _relink(exc, prior, frame_exc):
    """Make the chain of __context__ links from exc end at prior (the
    exception the callback was told about) where it would otherwise go on
    to frame_exc (the one the frame of __exit__ is handling)."""
    link = exc
    while True:
        following = link.__context__
        if following is None or following is prior:
            return
        if following is frame_exc:
            link.__context__ = prior
            return
        link = following


def _raise_keeping_context(exc):
    # Raising exc here would set its __context__ to what the caller is
    # handling; keep the one it already has.
    context = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = context
        raise


class _CallbackStack:
    """What ExitStack and AsyncExitStack share: the callbacks, pushed as
    (is_sync, callable) pairs and run last-in first-out."""

    def __init__(self):
        self._callbacks = []

    def pop_all(self):
        """Move every callback to a new stack of the same type and return
        it; this one is left empty."""
        moved = type(self)()
        moved._callbacks = self._callbacks
        self._callbacks = []
        return moved

    def push(self, exit):
        """Push an exit callback: a context manager's __exit__ (when given
        a context manager) or a callable taking (exc_type, exc, tb), whose
        true result suppresses the exception. Returns exit."""
        try:
            exit_method = type(exit).__exit__
        except AttributeError:
            self._callbacks.append((True, exit))
        else:
            self._callbacks.append((True, _bind_exit(exit, exit_method)))
        return exit

    def enter_context(self, cm):
        """Enter a context manager and push its __exit__; returns what its
        __enter__ returned."""
        kind = type(cm)
        try:
            enter = kind.__enter__
            leave = kind.__exit__
        except AttributeError:
            raise _protocol_error(cm, "context manager") from None
        result = enter(cm)
        self._callbacks.append((True, _bind_exit(cm, leave)))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Push a callback called as callback(*args, **kwds) on exit; it
        does not see (and cannot suppress) exceptions. Returns callback."""
        def call_it(exc_type, exc, tb):
            callback(*args, **kwds)

        call_it.__wrapped__ = callback
        self._callbacks.append((True, call_it))
        return callback


class ExitStack(_CallbackStack, AbstractContextManager):
    """A context manager that unwinds a dynamic set of other context
    managers and callbacks, last pushed first, like nested with statements.

        with ExitStack() as stack:
            files = [stack.enter_context(open(name)) for name in names]
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        frame_exc = sys.exc_info()[1]
        received = exc_details[0] is not None
        details = exc_details
        suppressed = False
        raised = None
        callbacks = self._callbacks
        while callbacks:
            is_sync, cb = callbacks.pop()
            try:
                if cb(*details):
                    suppressed = True
                    raised = None
                    details = (None, None, None)
            except BaseException as exc:
                _relink(exc, details[1], frame_exc)
                raised = exc
                details = (type(exc), exc, exc.__traceback__)
        if raised is not None:
            _raise_keeping_context(raised)
        return received and suppressed

    def close(self):
        """Run every callback now."""
        self.__exit__(None, None, None)


class AsyncExitStack(_CallbackStack, AbstractAsyncContextManager):
    """ExitStack for async with: it also takes asynchronous context
    managers and coroutine callbacks, and is unwound by awaiting."""

    async def enter_async_context(self, cm):
        """Enter an asynchronous context manager and push its __aexit__;
        returns what its __aenter__ returned."""
        kind = type(cm)
        try:
            enter = kind.__aenter__
            leave = kind.__aexit__
        except AttributeError:
            raise _protocol_error(cm, "asynchronous context manager") from None
        result = await enter(cm)
        self._callbacks.append((False, _bind_exit(cm, leave)))
        return result

    def push_async_exit(self, exit):
        """Push an asynchronous exit callback: an asynchronous context
        manager's __aexit__, or a coroutine function taking (exc_type, exc,
        tb). Returns exit."""
        try:
            exit_method = type(exit).__aexit__
        except AttributeError:
            self._callbacks.append((False, exit))
        else:
            self._callbacks.append((False, _bind_exit(exit, exit_method)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Push a coroutine function called as callback(*args, **kwds) and
        awaited on exit. Returns callback."""
        async def call_it(exc_type, exc, tb):
            await callback(*args, **kwds)

        call_it.__wrapped__ = callback
        self._callbacks.append((False, call_it))
        return callback

    async def aclose(self):
        """Run every callback now."""
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        frame_exc = sys.exc_info()[1]
        received = exc_details[0] is not None
        details = exc_details
        suppressed = False
        raised = None
        callbacks = self._callbacks
        while callbacks:
            is_sync, cb = callbacks.pop()
            try:
                if is_sync:
                    verdict = cb(*details)
                else:
                    verdict = await cb(*details)
                if verdict:
                    suppressed = True
                    raised = None
                    details = (None, None, None)
            except BaseException as exc:
                _relink(exc, details[1], frame_exc)
                raised = exc
                details = (type(exc), exc, exc.__traceback__)
        if raised is not None:
            _raise_keeping_context(raised)
        return received and suppressed

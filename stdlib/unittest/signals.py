"""Ctrl-C handling for test runs (the -c/--catch option): the first SIGINT
asks every registered result to stop after the current test, the second
one interrupts as usual. Without the signal module this does nothing."""

__unittest = True

__all__ = ["installHandler", "registerResult", "removeResult", "removeHandler"]


def _make_registry():
    try:
        import weakref
        return weakref.WeakKeyDictionary()
    except ImportError:
        return {}


_results = _make_registry()
# The handler installHandler() put in place (kept after removeHandler(), as in CPython).
_interrupt_handler = None


def registerResult(result):
    """Have result stopped (result.stop()) on Ctrl-C once installHandler() ran."""
    _results[result] = 1


def removeResult(result):
    """Stop tracking result; True if it was registered."""
    return bool(_results.pop(result, None))


def _ignore(signum, frame):
    return None


class _Interrupter:
    """The SIGINT handler installHandler() puts in place: the first interrupt
    stops the registered results, later ones go to the handler it replaced."""

    def __init__(self, previous):
        import signal
        self.original_handler = previous
        self.called = False
        if previous == signal.SIG_DFL:
            previous = signal.default_int_handler
        elif previous == signal.SIG_IGN:
            previous = _ignore
        elif not callable(previous):
            raise TypeError("expected SIGINT signal handler to be "
                            "signal.SIG_IGN, signal.SIG_DFL, or a "
                            "callable object")
        self.default_handler = previous

    def __call__(self, signum, frame):
        import signal
        if signal.getsignal(signal.SIGINT) is not self or self.called:
            # Replaced by another handler that still calls us, or a second
            # interrupt: delaying it is not safe, so interrupt as before.
            return self.default_handler(signum, frame)
        self.called = True
        for result in list(_results.keys()):
            result.stop()


def installHandler():
    """Install the Ctrl-C handler (once)."""
    global _interrupt_handler
    try:
        import signal
    except ImportError:
        return
    if _interrupt_handler is None:
        _interrupt_handler = _Interrupter(signal.getsignal(signal.SIGINT))
        signal.signal(signal.SIGINT, _interrupt_handler)


def removeHandler(method=None):
    """Put back the SIGINT handler that was there before installHandler();
    used as a decorator, only while the decorated function runs."""
    if method is not None:
        def without_handler(*args, **kwargs):
            try:
                import signal
            except ImportError:
                return method(*args, **kwargs)
            current = signal.getsignal(signal.SIGINT)
            removeHandler()
            try:
                return method(*args, **kwargs)
            finally:
                signal.signal(signal.SIGINT, current)
        without_handler.__name__ = getattr(method, "__name__", "without_handler")
        without_handler.__doc__ = getattr(method, "__doc__", None)
        without_handler.__wrapped__ = method
        return without_handler
    if _interrupt_handler is not None:
        import signal
        signal.signal(signal.SIGINT, _interrupt_handler.original_handler)
    return None

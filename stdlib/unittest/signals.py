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
_handler = None


def registerResult(result):
    """Have result stopped (result.stop()) on Ctrl-C once installHandler() ran."""
    _results[result] = 1


def removeResult(result):
    """Stop tracking result; True if it was registered."""
    return bool(_results.pop(result, None))


class _Interrupter:
    """The SIGINT handler installHandler() puts in place."""

    def __init__(self, previous):
        self.previous = previous
        self.hit = False
        self.active = True

    def __call__(self, signum, frame):
        import signal
        current = signal.getsignal(signal.SIGINT)
        if current is not self:
            # Someone replaced us: behave like the handler now in place.
            if callable(current):
                return current(signum, frame)
            return self._fall_back(signum, frame)
        if not self.active or self.hit:
            return self._fall_back(signum, frame)
        self.hit = True
        for result in list(_results.keys()):
            result.stop()

    def _fall_back(self, signum, frame):
        import signal
        previous = self.previous
        if callable(previous):
            return previous(signum, frame)
        if previous == signal.SIG_IGN:
            return None
        raise KeyboardInterrupt


def installHandler():
    """Install the Ctrl-C handler (once)."""
    global _handler
    try:
        import signal
    except ImportError:
        return
    if _handler is None:
        previous = signal.getsignal(signal.SIGINT)
        _handler = _Interrupter(previous)
        signal.signal(signal.SIGINT, _handler)


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
    global _handler
    if _handler is not None:
        import signal
        signal.signal(signal.SIGINT, _handler.previous)
        _handler = None
    return None

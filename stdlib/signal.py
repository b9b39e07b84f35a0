"""Handlers for asynchronous events (signals).

The native part lives in `_signal`; this module gives its numbers enum names
(Signals, Handlers, Sigmasks) and converts what the functions return.
"""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum


def _pick(keep):
    found = [(name, value) for name, value in vars(_signal).items() if keep(name)]
    # Sorting by (value, name) makes the first spelling of a number canonical
    # (SIGABRT before SIGIOT, SIGCHLD before SIGCLD, SIGIO before SIGPOLL).
    found.sort(key=lambda pair: (pair[1], pair[0]))
    return found


Signals = _IntEnum("Signals", _pick(lambda n: n.startswith("SIG") and not n.startswith("SIG_")),
                   module=__name__)
Handlers = _IntEnum("Handlers", _pick(lambda n: n in ("SIG_DFL", "SIG_IGN")), module=__name__)
Sigmasks = _IntEnum("Sigmasks", _pick(lambda n: n in ("SIG_BLOCK", "SIG_UNBLOCK", "SIG_SETMASK")),
                    module=__name__)

globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)

ItimerError = type("itimer_error", (OSError,), {"__module__": "signal"})


def _plain(value):
    """An int for an enum member (the native functions take plain numbers)."""
    return int(value) if isinstance(value, int) else value


def _named(value, kind):
    """`value` as a member of `kind` when it is one of its numbers."""
    if isinstance(value, int):
        try:
            return kind(value)
        except ValueError:
            pass
    return value


def _named_set(numbers):
    return {_named(n, Signals) for n in numbers}


def signal(signalnum, handler):
    """Install `handler` for `signalnum`; returns the previous handler."""
    return _named(_signal.signal(_plain(signalnum), _plain(handler)), Handlers)


def getsignal(signalnum):
    """The current handler of `signalnum`."""
    return _named(_signal.getsignal(_plain(signalnum)), Handlers)


def valid_signals():
    """The set of signal numbers valid on this platform."""
    return _named_set(_signal.valid_signals())


def pthread_sigmask(how, mask):
    """Change the blocked signals of this thread; returns the old mask."""
    return _named_set(_signal.pthread_sigmask(_plain(how), [_plain(s) for s in mask]))


def sigpending():
    """The signals pending for this thread."""
    return _named_set(_signal.sigpending())


def setitimer(which, seconds, interval=0.0):
    """Arm the interval timer `which`; returns its previous (delay, interval)."""
    try:
        return _signal.setitimer(which, seconds, interval)
    except OSError as e:
        raise ItimerError(e.errno, e.strerror) from None


def getitimer(which):
    """The (delay, interval) of the interval timer `which`."""
    try:
        return _signal.getitimer(which)
    except OSError as e:
        raise ItimerError(e.errno, e.strerror) from None


del _pick

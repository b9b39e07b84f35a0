"""The low-level thread module, for coil's single thread.

coil runs one thread: the primitives come from `threading` (locks that check
ownership and refuse to wait forever for themselves), and starting a new
thread raises RuntimeError("can't start new thread").
"""

import threading as _threading

error = RuntimeError
TIMEOUT_MAX = _threading.TIMEOUT_MAX
LockType = _threading.Lock
RLock = _threading.RLock
allocate_lock = _threading.Lock
allocate = _threading.Lock
get_ident = _threading.get_ident
get_native_id = _threading.get_native_id
stack_size = _threading.stack_size
_local = _threading.local
_excepthook = _threading.excepthook
_ExceptHookArgs = _threading.ExceptHookArgs


def start_new_thread(function, args, kwargs=None):
    """Would run function(*args, **kwargs) in a new thread: coil has none."""
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    raise RuntimeError("can't start new thread")


start_new = start_new_thread


def _count():
    """How many threads other than the main one are running: none."""
    return 0


def daemon_threads_allowed():
    return True


def interrupt_main(signum=2):
    """Simulates the arrival of a signal (SIGINT by default) in the main thread."""
    import signal
    signal.raise_signal(signum)


def exit():
    """Ends the calling thread by raising SystemExit."""
    raise SystemExit


exit_thread = exit


def _set_sentinel():
    return allocate_lock()

"""Unix signal handlers of the event loop: loop.add_signal_handler() and
loop.remove_signal_handler().

A loop with handlers owns a socket pair. Its write end is the process's
signal wakeup descriptor (signal.set_wakeup_fd), so the native signal handler
writes each arriving signal's number there; the read end is watched by the
loop (add_reader), which turns every number read into a call of the Handle
registered for that signal, run like any other callback. The Python-level
handler installed with signal.signal does nothing by itself.

The loop's methods of the same names are native stand-ins that call the
functions here (so that programs without signal handlers never load this)."""

import errno
import signal
import socket
import sys
import warnings

from _asyncio import Handle, iscoroutine, iscoroutinefunction

__all__ = ()


def _ignore_signal(signum, frame):
    """The Python handler of a loop-handled signal: the work is done by the
    loop when it reads the signal's number from the wakeup socket."""


def _log_info(message, *args):
    from asyncio.log import logger
    logger.info(message, *args)


def _wakeup_pair(loop):
    """The loop's (read end, write end) socket pair, made on first use and
    watched by the loop."""
    pair = getattr(loop, '_signal_pair', None)
    if pair is None:
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        pair = loop._signal_pair = (reader, writer)
        loop.add_reader(reader.fileno(), _read_signals, loop, reader)
    return pair


def _read_signals(loop, reader):
    """Reads the pending signal numbers and dispatches each."""
    while True:
        try:
            data = reader.recv(4096)
        except (BlockingIOError, InterruptedError):
            return
        if not data:
            return
        _process_self_data(loop, data)


def _drop_wakeup_pair(loop):
    pair = getattr(loop, '_signal_pair', None)
    if pair is None:
        return
    del loop._signal_pair
    reader, writer = pair
    if not loop.is_closed():
        loop.remove_reader(reader.fileno())
    reader.close()
    writer.close()


def _process_self_data(loop, data):
    """Handles the signal numbers in data (zero bytes are plain wakeups)."""
    for signum in data:
        if signum:
            loop._handle_signal(signum)


def _check_signal(loop, sig):
    """Raises TypeError for a non-int, ValueError for a number that is no signal."""
    if not isinstance(sig, int):
        raise TypeError(f'sig must be an int, not {sig!r}')
    if sig not in signal.valid_signals():
        raise ValueError(f'invalid signal number {sig}')


def add_signal_handler(loop, sig, callback, *args):
    """Runs callback(*args) on the loop whenever signal sig arrives.

    ValueError when sig is no signal or cannot be caught; RuntimeError when
    the handler cannot be set up."""
    if iscoroutine(callback) or iscoroutinefunction(callback):
        raise TypeError("coroutines cannot be used with add_signal_handler()")
    loop._check_signal(sig)
    loop._check_closed()
    reader, writer = _wakeup_pair(loop)
    try:
        # Only the main thread may set it: trying first keeps other threads out.
        signal.set_wakeup_fd(writer.fileno())
    except (ValueError, OSError) as exc:
        raise RuntimeError(str(exc))
    handlers = loop._signal_handlers
    handlers[sig] = Handle(callback, args, loop, None)
    try:
        signal.signal(sig, _ignore_signal)
        # Restart interrupted system calls where possible.
        signal.siginterrupt(sig, False)
    except OSError as exc:
        del handlers[sig]
        if not handlers:
            try:
                signal.set_wakeup_fd(-1)
            except (ValueError, OSError) as nexc:
                _log_info('set_wakeup_fd(-1) failed: %s', nexc)
        if exc.errno == errno.EINVAL:
            raise RuntimeError(f'sig {sig} cannot be caught')
        raise


def _handle_signal(loop, sig):
    """Schedules the handler of sig (a cancelled one is removed instead)."""
    handle = loop._signal_handlers.get(sig)
    if handle is None:
        return
    if handle._cancelled:
        loop.remove_signal_handler(sig)
    else:
        loop._add_callback(handle)


def remove_signal_handler(loop, sig):
    """Removes the handler of sig, restoring the default action (SIGINT's
    being KeyboardInterrupt). True when there was one."""
    loop._check_signal(sig)
    handlers = loop._signal_handlers
    try:
        del handlers[sig]
    except KeyError:
        return False
    default = signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL
    try:
        signal.signal(sig, default)
    except OSError as exc:
        if exc.errno == errno.EINVAL:
            raise RuntimeError(f'sig {sig} cannot be caught')
        raise
    if not handlers:
        try:
            signal.set_wakeup_fd(-1)
        except (ValueError, OSError) as exc:
            _log_info('set_wakeup_fd(-1) failed: %s', exc)
        _drop_wakeup_pair(loop)
    return True


def _after_close(loop):
    """Called by loop.close() when handlers remain: removes them all (only
    forgets them at interpreter shutdown, with a ResourceWarning)."""
    handlers = loop._signal_handlers
    finalizing = getattr(sys, 'is_finalizing', None)
    if finalizing is not None and finalizing():
        if handlers:
            warnings.warn(f"Closing the loop {loop!r} on interpreter shutdown "
                          f"stage, skipping signal handlers removal",
                          ResourceWarning, source=loop)
            handlers.clear()
        _drop_wakeup_pair(loop)
        return
    for sig in list(handlers):
        loop.remove_signal_handler(sig)
    _drop_wakeup_pair(loop)

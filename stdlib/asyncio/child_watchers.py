"""Child watchers: how the event loop learns that a child process ended,
without blocking. The names and interface are CPython 3.11's; what each one
does in coil:

- PidfdChildWatcher: a pidfd (os.pidfd_open, Linux 5.3 and later) for each
  child, watched with the attached loop's add_reader; readable once the child
  ends, then reaped with waitpid. Nothing process-wide is touched.
- ThreadedChildWatcher (the default): CPython waits in one thread per child;
  coil has no threads for Python code, so this watcher needs no attached loop
  and watches each child on the loop running when it is added: by pidfd, or
  by SIGCHLD where pidfds are unavailable.
- SafeChildWatcher: on SIGCHLD, polls each of its own children with
  waitpid(pid, WNOHANG).
- FastChildWatcher: on SIGCHLD, reaps every ended child of the process with
  waitpid(-1, WNOHANG), keeping the statuses of children not yet registered.
- MultiLoopChildWatcher: SafeChildWatcher's polling, each callback run on
  the loop that was running when its child was added.

The SIGCHLD watchers use the loop's add_signal_handler when it has one, else
a signal.signal handler that schedules the poll with call_soon_threadsafe;
while children are watched, a poll also runs every second, in case a signal
arrived just as the loop went to sleep."""

import os
import warnings
from asyncio import events

__all__ = ('AbstractChildWatcher', 'PidfdChildWatcher', 'ThreadedChildWatcher',
           'SafeChildWatcher', 'FastChildWatcher', 'MultiLoopChildWatcher')

_SAFETY_POLL = 1.0


def _log_warning(message, *args):
    import logging
    logging.getLogger('asyncio').warning(message, *args)


def _exit_code(status):
    try:
        return os.waitstatus_to_exitcode(status)
    except ValueError:
        return status


def _warn_if_detaching(watcher, loop):
    if loop is None and watcher._loop is not None and watcher._callbacks:
        warnings.warn('A loop is being detached from a child watcher with pending handlers',
                      RuntimeWarning)


def _pidfds_work():
    """Whether this system can make pidfds."""
    try:
        os.close(os.pidfd_open(os.getpid()))
    except (AttributeError, OSError):
        return False
    return True


class AbstractChildWatcher:
    """The interface of a child watcher: add_child_handler(pid, callback,
    *args) arranges callback(pid, returncode, *args) once the child pid ends
    (called on a loop thread; a watcher may call it from a signal handler)."""

    def add_child_handler(self, pid, callback, *args):
        raise NotImplementedError()

    def remove_child_handler(self, pid):
        """Forgets pid; whether it was registered."""
        raise NotImplementedError()

    def attach_loop(self, loop):
        """Watches on loop (None: detach)."""
        raise NotImplementedError()

    def close(self):
        raise NotImplementedError()

    def is_active(self):
        """Whether the watcher can report children now."""
        raise NotImplementedError()

    def __enter__(self):
        """Entered around starting a child (FastChildWatcher holds back
        unknown children's statuses meanwhile)."""
        raise NotImplementedError()

    def __exit__(self, a, b, c):
        raise NotImplementedError()


class _PidfdWatching(AbstractChildWatcher):
    """Watching by pidfd: `_callbacks` maps pid -> (loop, pidfd, callback, args)."""

    def __init__(self):
        self._loop = None
        self._callbacks = {}

    def __enter__(self):
        return self

    def __exit__(self, a, b, c):
        pass

    def _loop_for_child(self):
        return self._loop

    def add_child_handler(self, pid, callback, *args):
        existing = self._callbacks.get(pid)
        if existing is not None:
            self._callbacks[pid] = existing[:2] + (callback, args)
            return
        loop = self._loop_for_child()
        pidfd = os.pidfd_open(pid)
        loop.add_reader(pidfd, self._do_wait, pid)
        self._callbacks[pid] = (loop, pidfd, callback, args)

    def _do_wait(self, pid):
        loop, pidfd, callback, args = self._callbacks.pop(pid)
        loop.remove_reader(pidfd)
        os.close(pidfd)
        try:
            _, status = os.waitpid(pid, 0)
        except ChildProcessError:
            returncode = 255
            _log_warning('child process pid %d exit status already read: will report returncode 255', pid)
        else:
            returncode = _exit_code(status)
        callback(pid, returncode, *args)

    def remove_child_handler(self, pid):
        entry = self._callbacks.pop(pid, None)
        if entry is None:
            return False
        loop, pidfd = entry[:2]
        if not loop.is_closed():
            loop.remove_reader(pidfd)
        os.close(pidfd)
        return True

    def _forget_all(self):
        for pid in list(self._callbacks):
            self.remove_child_handler(pid)


class PidfdChildWatcher(_PidfdWatching):
    """Watches each child by its pidfd on the attached loop."""

    def is_active(self):
        loop = self._loop
        return loop is not None and loop.is_running()

    def close(self):
        self.attach_loop(None)

    def attach_loop(self, loop):
        _warn_if_detaching(self, loop)
        self._forget_all()
        self._loop = loop


class ThreadedChildWatcher(_PidfdWatching):
    """Watches each child on the loop running when it is added (by pidfd, or
    by SIGCHLD without pidfds); needs no attached loop."""

    def __init__(self):
        super().__init__()
        self._fallback = None if _pidfds_work() else MultiLoopChildWatcher()
        # CPython's waiting threads by pid: always empty here (tests join them).
        self._threads = {}

    def is_active(self):
        return True

    def close(self):
        self._forget_all()
        if self._fallback is not None:
            self._fallback.close()

    def attach_loop(self, loop):
        pass

    def _loop_for_child(self):
        return events.get_running_loop()

    def add_child_handler(self, pid, callback, *args):
        if self._fallback is not None:
            self._fallback.add_child_handler(pid, callback, *args)
        else:
            super().add_child_handler(pid, callback, *args)

    def remove_child_handler(self, pid):
        # CPython's answers True whatever pid is (asyncio never calls it).
        if self._fallback is not None:
            self._fallback.remove_child_handler(pid)
        else:
            super().remove_child_handler(pid)
        return True


class _SigchldWatching(AbstractChildWatcher):
    """Watching by SIGCHLD: `_callbacks` maps pid -> (callback, args)."""

    def __init__(self):
        self._loop = None
        self._callbacks = {}
        self._signal_loop = None   # the loop whose add_signal_handler is used
        self._saved_handler = None  # the signal.signal handler replaced, if any
        self._timer = None

    def __enter__(self):
        return self

    def __exit__(self, a, b, c):
        pass

    def is_active(self):
        return self._loop is not None and self._loop.is_running()

    def close(self):
        self.attach_loop(None)

    def attach_loop(self, loop):
        import signal
        _warn_if_detaching(self, loop)
        self._stop_listening(signal)
        self._loop = loop
        if loop is not None:
            self._listen(signal, loop)
            # A child may have ended while no loop listened.
            self._poll()

    def _listen(self, signal, loop):
        adder = getattr(loop, 'add_signal_handler', None)
        if adder is not None:
            try:
                adder(signal.SIGCHLD, self._on_sigchld)
                self._signal_loop = loop
                return
            except (NotImplementedError, RuntimeError, AttributeError):
                pass
        self._saved_handler = signal.signal(signal.SIGCHLD, self._on_signal)

    def _stop_listening(self, signal):
        if self._signal_loop is not None:
            if not self._signal_loop.is_closed():
                self._signal_loop.remove_signal_handler(signal.SIGCHLD)
            self._signal_loop = None
        if self._saved_handler is not None:
            signal.signal(signal.SIGCHLD, self._saved_handler)
            self._saved_handler = None
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _on_signal(self, signum, frame):
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._on_sigchld)

    def _on_sigchld(self):
        self._poll()

    def _arm_timer(self):
        loop = self._loop
        if self._timer is None and self._callbacks and loop is not None and not loop.is_closed():
            self._timer = loop.call_later(_SAFETY_POLL, self._on_timer)

    def _on_timer(self):
        self._timer = None
        self._poll()

    def _poll(self):
        try:
            self._reap()
        finally:
            self._arm_timer()

    def _reap_one(self, pid):
        """Reaps pid if it ended: (True, returncode), or (False, None)."""
        try:
            found, status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            _log_warning('Unknown child process pid %d, will report returncode 255', pid)
            return True, 255
        if found == 0:
            return False, None
        return True, _exit_code(status)

    def _reap(self):
        for pid in list(self._callbacks):
            ended, returncode = self._reap_one(pid)
            if ended:
                entry = self._callbacks.pop(pid, None)
                if entry is not None:
                    self._deliver(pid, returncode, entry)

    def _deliver(self, pid, returncode, entry):
        callback, args = entry[0], entry[1]
        callback(pid, returncode, *args)

    def add_child_handler(self, pid, callback, *args):
        if self._loop is None:
            raise RuntimeError('Cannot add child handler, the child watcher does not have a loop attached')
        self._callbacks[pid] = (callback, args)
        # The child may have ended already.
        self._poll()

    def remove_child_handler(self, pid):
        return self._callbacks.pop(pid, None) is not None


class SafeChildWatcher(_SigchldWatching):
    """On SIGCHLD, polls each registered child with waitpid(pid, WNOHANG)."""


class FastChildWatcher(_SigchldWatching):
    """On SIGCHLD, reaps every ended child with waitpid(-1, WNOHANG); the
    statuses of children not registered yet wait in _zombies while a child
    is being started (inside `with watcher:`)."""

    def __init__(self):
        super().__init__()
        self._zombies = {}
        self._forks = 0

    def close(self):
        super().close()
        self._zombies.clear()

    def __enter__(self):
        self._forks += 1
        return self

    def __exit__(self, a, b, c):
        self._forks -= 1
        if self._forks or not self._zombies:
            return
        _log_warning('Caught subprocesses termination from unknown pids: %s', self._zombies)
        self._zombies.clear()

    def add_child_handler(self, pid, callback, *args):
        if self._loop is None:
            raise RuntimeError('Cannot add child handler, the child watcher does not have a loop attached')
        if pid in self._zombies:
            callback(pid, self._zombies.pop(pid), *args)
            return
        self._callbacks[pid] = (callback, args)
        self._arm_timer()

    def _reap(self):
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            returncode = _exit_code(status)
            entry = self._callbacks.pop(pid, None)
            if entry is not None:
                self._deliver(pid, returncode, entry)
            elif self._forks:
                self._zombies[pid] = returncode
            else:
                _log_warning('Caught subprocess termination from unknown pid: %d -> %d', pid, returncode)


class MultiLoopChildWatcher(_SigchldWatching):
    """SafeChildWatcher's polling from a process-wide SIGCHLD handler; each
    callback runs on the loop that was running when its child was added."""

    def is_active(self):
        return self._saved_handler is not None or self._loop is not None

    def attach_loop(self, loop):
        import signal
        # Loops are not needed: listen from the first use to close().
        if self._saved_handler is None and self._signal_loop is None:
            self._saved_handler = signal.signal(signal.SIGCHLD, self._on_signal)

    def close(self):
        import signal
        self._callbacks.clear()
        self._stop_listening(signal)

    def _on_signal(self, signum, frame):
        self._poll()

    def _arm_timer(self):
        if self._timer is not None or not self._callbacks:
            return
        loop = events._get_running_loop()
        if loop is not None:
            self._timer = loop.call_later(_SAFETY_POLL, self._on_timer)

    def add_child_handler(self, pid, callback, *args):
        self.attach_loop(None)
        loop = events.get_running_loop()
        self._callbacks[pid] = (callback, args, loop)
        self._poll()

    def _deliver(self, pid, returncode, entry):
        callback, args, loop = entry
        if loop.is_closed():
            _log_warning('Loop %r that handles pid %r is closed', loop, pid)
        else:
            loop.call_soon_threadsafe(callback, pid, returncode, *args)


def _default_watcher():
    """The watcher the default policy makes on first request."""
    return ThreadedChildWatcher()

"""Waiting until descriptors are ready for reading or writing.

`select()` and `poll` objects over the script's descriptors; the waiting is
done natively (`_select`, on poll(2)). epoll is not provided.
"""

import _select
from _select import (select, PIPE_BUF, POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL,
                     POLLRDNORM, POLLRDBAND, POLLWRNORM, POLLWRBAND, POLLMSG, POLLRDHUP)

error = OSError


def _descriptor(obj):
    if isinstance(obj, int):
        fd = int(obj)
    else:
        method = getattr(obj, "fileno", None)
        if method is None:
            raise TypeError("argument must be an int, or have a fileno() method.")
        fd = method()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
    if fd < 0:
        raise ValueError(f"file descriptor cannot be a negative integer ({fd})")
    return fd


class poll:
    """A set of descriptors to wait on, each with the events of interest."""

    def __init__(self):
        self._interest = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT):
        self._interest[_descriptor(fd)] = eventmask

    def modify(self, fd, eventmask):
        key = _descriptor(fd)
        if key not in self._interest:
            raise FileNotFoundError(2, "No such file or directory")
        self._interest[key] = eventmask

    def unregister(self, fd):
        key = _descriptor(fd)
        if key not in self._interest:
            raise KeyError(key)
        del self._interest[key]

    def poll(self, timeout=None):
        """Waits up to `timeout` milliseconds (forever for None or a negative
        value); returns the (fd, events) pairs that are ready."""
        if timeout is not None and not isinstance(timeout, (int, float)):
            raise TypeError(f"'{type(timeout).__name__}' object cannot be interpreted as an integer")
        return _select.poll_wait(list(self._interest.items()), timeout)

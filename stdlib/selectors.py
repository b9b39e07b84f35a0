"""Waiting on many file objects at once, whatever the system's mechanism.

A selector holds registrations: a file object (a descriptor number or
anything with a ``fileno()`` method), the events wanted on it (EVENT_READ,
EVENT_WRITE or both) and a piece of user data. ``select()`` blocks until some
of them are ready and returns ``(key, ready_events)`` pairs.

coil's ``select`` module offers select() and poll(2), so the classes here are
SelectSelector and PollSelector; DefaultSelector is PollSelector (there is no
epoll, kqueue or /dev/poll selector).
"""

import abc
import collections
import collections.abc
import math
import select

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1
_EVERY_EVENT = EVENT_READ | EVENT_WRITE


SelectorKey = collections.namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])
SelectorKey.__doc__ = """SelectorKey(fileobj, fd, events, data)

    One registration: the file object as given, the descriptor behind it,
    the events it is watched for and the caller's data.
    """
SelectorKey.fileobj.__doc__ = 'The file object as it was registered.'
SelectorKey.fd.__doc__ = 'The descriptor number behind the file object.'
SelectorKey.events.__doc__ = 'The events watched for (EVENT_READ and/or EVENT_WRITE).'
SelectorKey.data.__doc__ = 'Whatever the caller attached at registration.'


def _descriptor_of(fileobj):
    """The descriptor number of an int or of an object with fileno()."""
    if isinstance(fileobj, int):
        number = fileobj
    else:
        try:
            number = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if number < 0:
        raise ValueError(f"Invalid file descriptor: {number}")
    return number


def _check_events(events):
    if not events or events & ~_EVERY_EVENT:
        raise ValueError(f"Invalid events: {events!r}")


class _KeysByFileobj(collections.abc.Mapping):
    """Read-only view of a selector's registrations: descriptor -> key,
    looked up by descriptor or by file object."""

    def __init__(self, owner):
        self._owner = owner

    def __len__(self):
        return len(self._owner._keys)

    def __iter__(self):
        return iter(self._owner._keys)

    def __getitem__(self, fileobj):
        owner = self._owner
        try:
            return owner._keys[owner._resolve(fileobj)]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None


class BaseSelector(metaclass=abc.ABCMeta):
    """The interface every selector provides.

    Subclasses must supply register(), unregister(), select() and get_map();
    modify(), close(), get_key() and the context manager protocol are built on
    those.
    """

    @abc.abstractmethod
    def register(self, fileobj, events, data=None):
        """Start watching `fileobj` for `events` (EVENT_READ, EVENT_WRITE or
        both), remembering `data`; returns the new SelectorKey.

        ValueError for a bad mask or file object, KeyError when the
        descriptor is already registered.
        """
        raise NotImplementedError

    @abc.abstractmethod
    def unregister(self, fileobj):
        """Stop watching `fileobj`; returns the key it had (KeyError when it
        is not registered). Unregister a file before closing it."""
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        """Change the events and data of a registered file object; returns
        its new SelectorKey."""
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abc.abstractmethod
    def select(self, timeout=None):
        """Wait until some registered file objects are ready or `timeout`
        seconds pass (None: no limit, 0 or less: just look); returns a list
        of (key, events) pairs, events being the ready subset of key.events.
        """
        raise NotImplementedError

    def close(self):
        """Release what the selector holds; it is unusable afterwards."""

    def get_key(self, fileobj):
        """The SelectorKey of `fileobj` (KeyError when it is not registered,
        RuntimeError once the selector is closed)."""
        registrations = self.get_map()
        if registrations is None:
            raise RuntimeError('Selector is closed')
        try:
            return registrations[fileobj]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    @abc.abstractmethod
    def get_map(self):
        """A mapping from descriptors to keys (None once closed)."""
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class _TableSelector(BaseSelector):
    """Keeps the registrations in a dict by descriptor; the concrete
    selectors add the waiting."""

    def __init__(self):
        self._keys = {}
        self._map = _KeysByFileobj(self)

    def _resolve(self, fileobj):
        """Descriptor of `fileobj`; a file object that can no longer report
        its descriptor (closed) is found among the registrations by identity."""
        try:
            return _descriptor_of(fileobj)
        except ValueError:
            for key in self._keys.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def _registered(self, fileobj):
        try:
            return self._keys[self._resolve(fileobj)]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    def register(self, fileobj, events, data=None):
        _check_events(events)
        key = SelectorKey(fileobj, self._resolve(fileobj), events, data)
        if key.fd in self._keys:
            raise KeyError(f"{fileobj!r} (FD {key.fd}) is already registered")
        self._keys[key.fd] = key
        return key

    def unregister(self, fileobj):
        key = self._registered(fileobj)
        del self._keys[key.fd]
        return key

    def modify(self, fileobj, events, data=None):
        key = self._registered(fileobj)
        if events != key.events:
            self.unregister(fileobj)
            return self.register(fileobj, events, data)
        if data != key.data:
            key = key._replace(data=data)
            self._keys[key.fd] = key
        return key

    def close(self):
        self._keys.clear()
        self._map = None

    def get_map(self):
        return self._map

    def _ready_pairs(self, fd_events):
        """(key, events) for each (fd, selector events) still registered."""
        pairs = []
        for fd, events in fd_events:
            key = self._keys.get(fd)
            if key is not None:
                pairs.append((key, events & key.events))
        return pairs


class SelectSelector(_TableSelector):
    """A selector on select.select()."""

    def __init__(self):
        super().__init__()
        self._want_read = set()
        self._want_write = set()

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        if events & EVENT_READ:
            self._want_read.add(key.fd)
        if events & EVENT_WRITE:
            self._want_write.add(key.fd)
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        self._want_read.discard(key.fd)
        self._want_write.discard(key.fd)
        return key

    def _select(self, readers, writers, errors, timeout=None):
        return select.select(readers, writers, errors, timeout)

    def select(self, timeout=None):
        if timeout is not None:
            timeout = max(timeout, 0)
        try:
            readable, writable, _ = self._select(self._want_read, self._want_write, [], timeout)
        except InterruptedError:
            return []
        readable = set(readable)
        writable = set(writable)
        found = []
        for fd in sorted(readable | writable):
            events = (EVENT_READ if fd in readable else 0) | (EVENT_WRITE if fd in writable else 0)
            found.append((fd, events))
        return self._ready_pairs(found)


class PollSelector(_TableSelector):
    """A selector on select.poll()."""

    _selector_cls = select.poll
    _READ_BITS = select.POLLIN
    _WRITE_BITS = select.POLLOUT

    def __init__(self):
        super().__init__()
        self._selector = self._selector_cls()

    def _poll_mask(self, events):
        mask = 0
        if events & EVENT_READ:
            mask |= self._READ_BITS
        if events & EVENT_WRITE:
            mask |= self._WRITE_BITS
        return mask

    def _poller_call(self, key, method, *args):
        """Runs a poll-object method for `key`; if it fails, the key is
        dropped from the table too, so both stay in step."""
        done = False
        try:
            method(key.fd, *args)
            done = True
        finally:
            if not done:
                self._keys.pop(key.fd, None)

    def register(self, fileobj, events, data=None):
        key = super().register(fileobj, events, data)
        self._poller_call(key, self._selector.register, self._poll_mask(events))
        return key

    def unregister(self, fileobj):
        key = super().unregister(fileobj)
        self._quietly_forget(key.fd)
        return key

    def _quietly_forget(self, fd):
        """Drops `fd` from the poll object; a descriptor closed before it was
        unregistered is already gone, which is no error."""
        try:
            self._selector.unregister(fd)
        except OSError:
            return False
        return True

    def modify(self, fileobj, events, data=None):
        key = self._registered(fileobj)
        new_events = events != key.events
        if not new_events and not (data != key.data):
            return key
        if new_events:
            self._poller_call(key, self._selector.modify, self._poll_mask(events))
        updated = key._replace(events=events, data=data)
        self._keys[updated.fd] = updated
        return updated

    def _wait_arg(self, timeout):
        """poll() takes milliseconds; round up so a short wait still waits."""
        if timeout is None:
            return None
        if timeout <= 0:
            return 0
        return math.ceil(timeout * 1e3)

    def select(self, timeout=None):
        wait = self._wait_arg(timeout)
        try:
            polled = self._selector.poll(wait)
        except InterruptedError:
            return []
        found = []
        for fd, bits in polled:
            events = 0
            if bits & ~self._READ_BITS:
                events |= EVENT_WRITE
            if bits & ~self._WRITE_BITS:
                events |= EVENT_READ
            found.append((fd, events))
        return self._ready_pairs(found)


DefaultSelector = PollSelector

"""Persistent dictionaries whose values are any picklable objects.

A shelf maps str keys to arbitrary Python objects.  It sits on top of a
byte-oriented mapping (usually a dbm database): keys are stored encoded
(UTF-8 by default) and values are stored pickled.

    import shelve
    with shelve.open('spam') as db:
        db['eggs'] = [1, 2, 3]

With writeback=True every object read from the shelf is remembered and
written back on sync() or close(), so that in-place mutations persist.
"""

import collections.abc
import io
import pickle

__all__ = ["Shelf", "BsdDbShelf", "DbfilenameShelf", "open"]


class _ClosedDict(collections.abc.MutableMapping):
    """Stands in for the underlying mapping once the shelf is closed."""

    def _refuse(self, *args):
        raise ValueError('invalid operation on closed shelf')

    __getitem__ = __setitem__ = __delitem__ = _refuse
    __iter__ = __len__ = _refuse
    __contains__ = keys = _refuse

    def __repr__(self):
        return '<Closed Dictionary>'


def _dumps(obj, protocol):
    buffer = io.BytesIO()
    pickle.Pickler(buffer, protocol).dump(obj)
    return buffer.getvalue()


def _loads(data):
    return pickle.Unpickler(io.BytesIO(data)).load()


class Shelf(collections.abc.MutableMapping):
    """A mapping from str keys to pickled objects kept in another mapping
    (given as *dict*) whose keys and values are bytes."""

    def __init__(self, dict, protocol=None, writeback=False,
                 keyencoding="utf-8"):
        self.dict = dict
        self._protocol = pickle.DEFAULT_PROTOCOL if protocol is None else protocol
        self.writeback = writeback
        self.cache = {}
        self.keyencoding = keyencoding

    def _encode(self, key):
        return key.encode(self.keyencoding)

    def __iter__(self):
        for raw in self.dict.keys():
            yield raw.decode(self.keyencoding)

    def __len__(self):
        return len(self.dict)

    def __contains__(self, key):
        return self._encode(key) in self.dict

    def get(self, key, default=None):
        if self._encode(key) not in self.dict:
            return default
        return self[key]

    def _remember(self, key, value):
        # with writeback on, objects handed out are kept to be stored again
        if self.writeback:
            self.cache[key] = value
        return value

    def __getitem__(self, key):
        if key in self.cache:
            return self.cache[key]
        return self._remember(key, _loads(self.dict[self._encode(key)]))

    def __setitem__(self, key, value):
        self._remember(key, value)
        self.dict[self._encode(key)] = _dumps(value, self._protocol)

    def __delitem__(self, key):
        del self.dict[self._encode(key)]
        self.cache.pop(key, None)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()

    def close(self):
        if self.dict is None:
            return
        try:
            self.sync()
            closer = getattr(self.dict, 'close', None)
            if closer is not None:
                closer()
        finally:
            try:
                self.dict = _ClosedDict()
            except Exception:
                self.dict = None

    def __del__(self):
        # __init__ may have failed before setting anything up
        if hasattr(self, 'writeback'):
            self.close()

    def sync(self):
        if self.writeback and self.cache:
            pending = self.cache
            self.writeback = False
            try:
                for key, value in pending.items():
                    self[key] = value
            finally:
                self.writeback = True
            self.cache = {}
        flush = getattr(self.dict, 'sync', None)
        if flush is not None:
            flush()


class BsdDbShelf(Shelf):
    """A Shelf over a mapping that also offers the ordered-cursor methods
    set_location, next, previous, first and last (as bsddb objects did)."""

    def __init__(self, dict, protocol=None, writeback=False,
                 keyencoding="utf-8"):
        Shelf.__init__(self, dict, protocol, writeback, keyencoding)

    def _decoded(self, pair):
        raw_key, raw_value = pair
        return raw_key.decode(self.keyencoding), _loads(raw_value)

    def set_location(self, key):
        return self._decoded(self.dict.set_location(key))

    def next(self):
        return self._decoded(next(self.dict))

    def previous(self):
        return self._decoded(self.dict.previous())

    def first(self):
        return self._decoded(self.dict.first())

    def last(self):
        return self._decoded(self.dict.last())


class DbfilenameShelf(Shelf):
    """A Shelf stored in the dbm database *filename* (see dbm.open)."""

    def __init__(self, filename, flag='c', protocol=None, writeback=False):
        import dbm
        Shelf.__init__(self, dbm.open(filename, flag), protocol, writeback)


def open(filename, flag='c', protocol=None, writeback=False):
    """Open the shelf stored in the dbm database *filename*.

    flag is passed to dbm.open ('c' by default); protocol selects the
    pickle protocol; writeback caches read objects and stores them again
    on sync() and close().
    """
    return DbfilenameShelf(filename, flag, protocol, writeback)

"""Building blocks for iteration: infinite iterators (count, cycle, repeat),
iterators that filter, slice, group or combine other iterators, and the
combinatoric iterators (product, permutations, combinations, ...).

The tools are native types (from _itertools): arguments are checked and
iter() is called when an object is made, the work happens lazily in
__next__, and the objects can be copied and pickled (their __reduce__ gives
the constructor arguments that rebuild the current state, and
__setstate__ restores the rest). tee is written here.
"""

from _itertools import (accumulate, chain, combinations, combinations_with_replacement,
                        compress, count, cycle, dropwhile, filterfalse, groupby, _grouper,
                        islice, pairwise, permutations, product, repeat, starmap,
                        takewhile, zip_longest)

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

_NOTHING = object()


def _as_index(value):
    if type(value) is int:
        return value
    convert = getattr(type(value), "__index__", None)
    if convert is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return convert(value)


_new = object.__new__


class _Iterator:
    """An object that is its own iterator."""

    __slots__ = ()

    def __iter__(self):
        return self


# --- tee ------------------------------------------------------------------------------

_LINK_SIZE = 57


class _TeeFeed:
    """The iterator the copies of one tee share, read once per item;
    running is true while one of them reads it."""

    def __init__(self, source):
        self.source = source
        self.running = False

    def __reduce__(self):
        return _TeeFeed, (self.source,)


class _TeeLink:
    """Up to _LINK_SIZE items read from a tee's source, and the next link."""

    def __init__(self, values=None, following=None):
        self.values = [] if values is None else values
        self.following = following

    def __reduce__(self):
        return _TeeLink, (self.values, self.following)


class _tee(_Iterator):
    """_tee(iterable): one of the iterators tee() returns; copy.copy() of
    it gives another over the same items (each item is read once and kept
    until every copy has passed it)."""

    def __new__(cls, iterable, /):
        source = iter(iterable)
        copier = getattr(source, "__copy__", None)
        if copier is not None:
            return copier()
        self = _new(cls)
        self._feed = _TeeFeed(source)
        self._link = _TeeLink()
        self._index = 0
        return self

    def __next__(self):
        index = self._index
        link = self._link
        if index == _LINK_SIZE:
            if link.following is None:
                link.following = _TeeLink()
            link = self._link = link.following
            index = 0
        values = link.values
        if index < len(values):
            item = values[index]
        else:
            # the first copy to get here reads the item for all of them
            # (_TeeFeed.fetch, written out as this is the hot path)
            feed = self._feed
            if feed.running:
                raise RuntimeError("cannot re-enter the tee iterator")
            feed.running = True
            try:
                item = next(feed.source, _NOTHING)
            finally:
                feed.running = False
            if item is _NOTHING:
                raise StopIteration
            values.append(item)
        self._index = index + 1
        return item

    def __copy__(self):
        twin = _new(type(self))
        twin._feed, twin._link, twin._index = self._feed, self._link, self._index
        return twin

    def __reduce__(self):
        return type(self), ((),), (self._feed, self._link, self._index)

    def __setstate__(self, state):
        if (not isinstance(state, tuple) or len(state) != 3
                or not isinstance(state[0], _TeeFeed) or not isinstance(state[1], _TeeLink)):
            raise TypeError("_tee state must be a (feed, link, index) tuple")
        index = _as_index(state[2])
        if not 0 <= index <= _LINK_SIZE:
            raise ValueError("Index out of range")
        self._feed, self._link, self._index = state[0], state[1], index


def tee(iterable, n=2, /):
    """n independent iterators over the items of iterable (which should not
    be used directly afterwards)."""
    n = _as_index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    source = iter(iterable)
    copier = getattr(source, "__copy__", None)
    if copier is None:
        source = _tee(source)
        copier = source.__copy__
    return (source,) + tuple(copier() for _ in range(n - 1))

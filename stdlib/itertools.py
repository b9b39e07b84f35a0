"""Building blocks for iteration: infinite iterators (count, cycle, repeat),
iterators that filter, slice, group or combine other iterators, and the
combinatoric iterators (product, permutations, combinations, ...).

As with CPython's C implementation, each tool is a class: arguments are
checked and iter() is called when an object is made, the work happens
lazily in __next__, and the objects can be copied and pickled (their
__reduce__ gives the constructor arguments that rebuild the current state,
and __setstate__ restores the rest). A tool that calls back into itself
from inside __next__ sees a consistent state rather than an error.
"""

import sys as _sys

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


def _pull(iterator):
    """The next item of iterator, or _NOTHING when it is exhausted."""
    return next(iterator, _NOTHING)


# Every tool sets itself up in __new__, so a subclass's __init__ may take
# arguments of its own.
_new = object.__new__


def _no_keywords(cls, name, kwargs):
    """Rejects keyword arguments, as the C tools do, unless a subclass has
    an __init__ of its own to take them."""
    if kwargs and cls.__init__ is object.__init__:
        raise TypeError("%s() takes no keyword arguments" % name)


def _same(a, b):
    """Equality as the C tools test it: identical objects are equal."""
    return a is b or a == b


def _is_iterator(value):
    return hasattr(type(value), "__next__")


class _Iterator:
    """What every tool shares: it is its own iterator."""

    __slots__ = ()

    def __iter__(self):
        return self


# --- infinite iterators ------------------------------------------------------------

def _numeric(value):
    if isinstance(value, (int, float)):
        return True
    kind = type(value)
    return any(hasattr(kind, hook) for hook in ("__index__", "__int__", "__float__", "__complex__"))


class count(_Iterator):
    """count(start=0, step=1): start, start + step, start + 2*step, ... forever."""

    def __new__(cls, start=0, step=1):
        self = _new(cls)
        if not (_numeric(start) and _numeric(step)):
            raise TypeError("a number is required")
        self._current = start
        self._step = step
        return self

    def __next__(self):
        value = self._current
        self._current = value + self._step
        return value

    def _plain(self):
        return type(self._step) is int and self._step == 1

    def __repr__(self):
        if self._plain():
            return "count(%r)" % (self._current,)
        return "count(%r, %r)" % (self._current, self._step)

    def __reduce__(self):
        if self._plain() and type(self._current) is int:
            return type(self), (self._current,)
        return type(self), (self._current, self._step)


class cycle(_Iterator):
    """cycle(iterable): the items of iterable, then the same items again,
    endlessly (an empty iterable gives nothing)."""

    def __new__(cls, iterable, /, **kwargs):
        _no_keywords(cls, "cycle", kwargs)
        self = _new(cls)
        self._source = iter(iterable)   # None once it is exhausted
        self._saved = []
        self._index = 0
        # True when _source only replays items _saved already holds
        self._replaying = False
        return self

    def __next__(self):
        source = self._source
        if source is not None:
            item = _pull(source)
            if item is not _NOTHING:
                if not self._replaying:
                    self._saved.append(item)
                return item
            self._source = None
        saved = self._saved
        if not saved:
            raise StopIteration
        if self._index >= len(saved):
            self._index = 0
        item = saved[self._index]
        self._index += 1
        if self._index >= len(saved):
            self._index = 0
        return item

    def __reduce__(self):
        if self._source is None:
            # what is left of the current round, then the saved rounds
            return type(self), (iter(self._saved[self._index:]),), (self._saved, 1)
        return type(self), (self._source,), (self._saved, int(self._replaying))

    def __setstate__(self, state):
        """state is (saved items, replaying): replaying is true when the
        iterator only repeats items of the saved list."""
        if not isinstance(state, tuple):
            raise TypeError("state is not a tuple")
        if len(state) != 2:
            raise TypeError("cycle state must be a (list, int) pair")
        saved, replaying = state
        if not isinstance(saved, list):
            raise TypeError("cycle state must start with a list, not %s" % type(saved).__name__)
        if not isinstance(replaying, int):
            raise TypeError("an integer is required (got type %s)" % type(replaying).__name__)
        self._saved = saved
        self._replaying = replaying != 0
        self._index = 0


class repeat(_Iterator):
    """repeat(object[, times]): object, times times (forever without times)."""

    def __new__(cls, object, times=None):
        self = _new(cls)
        self._item = object
        self._left = None if times is None else max(_as_index(times), 0)
        return self

    def __next__(self):
        left = self._left
        if left is None:
            return self._item
        if left == 0:
            raise StopIteration
        self._left = left - 1
        return self._item

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return "repeat(%r)" % (self._item,)
        return "repeat(%r, %d)" % (self._item, self._left)

    def __reduce__(self):
        if self._left is None:
            return type(self), (self._item,)
        return type(self), (self._item, self._left)


# --- iterators over other iterators ------------------------------------------------

class accumulate(_Iterator):
    """accumulate(iterable, func=None, *, initial=None): running totals of
    iterable (or running results of func(total, item)), starting with
    initial when it is given."""

    def __new__(cls, iterable, func=None, *, initial=None):
        self = _new(cls)
        self._source = iter(iterable)
        self._func = func
        self._initial = initial
        self._total = _NOTHING
        return self

    def __next__(self):
        if self._initial is not None:
            self._total, self._initial = self._initial, None
            return self._total
        item = next(self._source)
        total = self._total
        if total is _NOTHING:
            total = item
        elif self._func is None:
            total = total + item
        else:
            total = self._func(total, item)
        self._total = total
        return total

    def __reduce__(self):
        cls = type(self)
        if self._initial is not None:
            return cls, (chain((self._initial,), self._source), self._func), None
        if self._total is None:
            # a None total cannot travel as the state (None means "none yet"):
            # rebuild as an accumulate restarted from None, its first
            # result skipped
            again = cls(chain((None,), self._source), self._func)
            return islice, (again, 1, None)
        total = None if self._total is _NOTHING else self._total
        return cls, (self._source, self._func), total

    def __setstate__(self, total):
        self._total = _NOTHING if total is None else total


class chain(_Iterator):
    """chain(*iterables): the items of each iterable in turn."""

    def __new__(cls, *iterables, **kwargs):
        _no_keywords(cls, "chain", kwargs)
        self = _new(cls)
        self._source = iter(iterables)   # the iterables still to come
        self._active = None              # the iterator being read
        return self

    @classmethod
    def from_iterable(cls, iterables):
        """chain(*iterables), but reading iterables lazily."""
        self = _new(cls)
        self._source = iter(iterables)
        self._active = None
        return self

    def __next__(self):
        source = self._source
        while source is not None:
            active = self._active
            if active is None:
                try:
                    active = iter(next(source))
                except BaseException:
                    # exhausted, or a failure: either way the chain ends
                    self._source = None
                    raise
                self._active = active
            item = next(active, _NOTHING)
            if item is not _NOTHING:
                return item
            self._active = None
            source = self._source
        raise StopIteration

    def __reduce__(self):
        if self._source is None:
            return type(self), ()
        if self._active is None:
            return type(self), (), (self._source,)
        return type(self), (), (self._source, self._active)

    def __setstate__(self, state):
        """state is (source,) or (source, active): the iterator of the
        iterables still to come and the iterator being read."""
        if not isinstance(state, tuple) or not 1 <= len(state) <= 2:
            raise TypeError("chain state must be a tuple of one or two iterators")
        if not all(_is_iterator(part) for part in state):
            raise TypeError("Arguments must be iterators.")
        self._source = state[0]
        self._active = state[1] if len(state) == 2 else None


class compress(_Iterator):
    """compress(data, selectors): the items of data whose matching item in
    selectors is true."""

    def __new__(cls, data, selectors):
        self = _new(cls)
        self._data = iter(data)
        self._selectors = iter(selectors)
        return self

    def __next__(self):
        while True:
            item = next(self._data)
            if next(self._selectors):
                return item

    def __reduce__(self):
        return type(self), (self._data, self._selectors)


class dropwhile(_Iterator):
    """dropwhile(predicate, iterable): skips items while predicate(item) is
    true, then yields all the rest."""

    def __new__(cls, predicate, iterable, /, **kwargs):
        _no_keywords(cls, "dropwhile", kwargs)
        self = _new(cls)
        self._predicate = predicate
        self._source = iter(iterable)
        self._passing = False
        return self

    def __next__(self):
        while True:
            item = next(self._source)
            if self._passing:
                return item
            if not self._predicate(item):
                self._passing = True
                return item

    def __reduce__(self):
        return type(self), (self._predicate, self._source), self._passing

    def __setstate__(self, state):
        self._passing = bool(state)


class takewhile(_Iterator):
    """takewhile(predicate, iterable): yields items while predicate(item)
    is true, and stops at the first item for which it is false."""

    def __new__(cls, predicate, iterable, /, **kwargs):
        _no_keywords(cls, "takewhile", kwargs)
        self = _new(cls)
        self._predicate = predicate
        self._source = iter(iterable)
        self._stopped = False
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        item = next(self._source)
        if self._predicate(item):
            return item
        self._stopped = True
        raise StopIteration

    def __reduce__(self):
        return type(self), (self._predicate, self._source), self._stopped

    def __setstate__(self, state):
        self._stopped = bool(state)


class filterfalse(_Iterator):
    """filterfalse(function, iterable): the items for which function(item)
    is false (the false items when function is None)."""

    def __new__(cls, function, iterable, /, **kwargs):
        _no_keywords(cls, "filterfalse", kwargs)
        self = _new(cls)
        self._function = function
        self._source = iter(iterable)
        return self

    def __next__(self):
        test = self._function
        while True:
            item = next(self._source)
            if not (item if test is None else test(item)):
                return item

    def __reduce__(self):
        return type(self), (self._function, self._source)


class _grouper(_Iterator):
    """One group of a groupby: the items with key tgtkey, read from the
    groupby's iterator; it ends early when the groupby moves on."""

    def __new__(cls, parent, tgtkey, /):
        if not isinstance(parent, groupby):
            raise TypeError("_grouper() argument 1 must be itertools.groupby, not %s"
                            % type(parent).__name__)
        self = _new(cls)
        self._parent = parent
        self._tgtkey = tgtkey
        parent._grouper = self
        return self

    def __next__(self):
        parent = self._parent
        if parent._grouper is not self:
            raise StopIteration
        if parent._value is _NOTHING:
            parent._step()
        if not _same(self._tgtkey, parent._key):
            raise StopIteration
        item = parent._value
        if item is _NOTHING:
            # the comparison read this group's item from inside
            raise StopIteration
        parent._value = parent._key = _NOTHING
        return item

    def __reduce__(self):
        if self._parent._grouper is not self:
            return iter, ((),)
        return type(self), (self._parent, self._tgtkey)


class groupby(_Iterator):
    """groupby(iterable, key=None): (key, group) pairs for each run of
    consecutive items with the same key; a group is an iterator that is
    emptied as soon as the next pair is taken."""

    def __new__(cls, iterable, key=None):
        self = _new(cls)
        self._source = iter(iterable)
        self._keyfunc = key
        self._value = _NOTHING    # the item read ahead and its key
        self._key = _NOTHING
        self._tgtkey = _NOTHING   # the key of the current group
        self._grouper = None      # the current group's iterator
        return self

    def _step(self):
        """Reads the next item and its key (StopIteration at the end)."""
        value = next(self._source)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._value = value
        self._key = key

    def __next__(self):
        self._grouper = None
        # skip what is left of the current group
        while True:
            if self._key is _NOTHING:
                pass
            elif self._tgtkey is _NOTHING:
                break
            elif not _same(self._tgtkey, self._key):
                break
            self._step()
        self._tgtkey = key = self._key
        return key, _grouper(self, key)

    def __reduce__(self):
        cls = type(self)
        state = (self._key, self._value, self._tgtkey)
        if any(part is _NOTHING for part in state):
            return cls, (self._source, self._keyfunc)
        return cls, (self._source, self._keyfunc), state

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 3:
            raise TypeError("groupby state must be a (key, value, target key) tuple")
        self._key, self._value, self._tgtkey = state


def _islice_bound(value, message):
    try:
        bound = _as_index(value)
    except TypeError:
        bound = -1
    if not 0 <= bound <= _sys.maxsize:
        raise ValueError(message)
    return bound


class islice(_Iterator):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]):
    the items of iterable at positions start, start+step, ... below stop
    (no bound when stop is None)."""

    def __new__(cls, iterable, /, *args, **kwargs):
        _no_keywords(cls, "islice", kwargs)
        if not args:
            raise TypeError("islice expected at least 2 arguments, got 1")
        if len(args) > 3:
            raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
        if len(args) == 1:
            start, stop, step = None, args[0], None
        else:
            start, stop = args[0], args[1]
            step = args[2] if len(args) == 3 else None
        if stop is not None:
            stop = _islice_bound(stop, "Stop argument for islice() must be None or an integer: "
                                       "0 <= x <= sys.maxsize.")
        start = 0 if start is None else _islice_bound(
            start, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if step is None:
            step = 1
        else:
            try:
                step = _as_index(step)
            except TypeError:
                step = 0
            if not 1 <= step <= _sys.maxsize:
                raise ValueError("Step for islice() must be a positive integer or None.")
        self = _new(cls)
        self._source = iter(iterable)   # None once the slice is over
        self._wanted = start            # position of the next item to hand out
        self._stop = stop
        self._step = step
        self._taken = 0                 # items read from the source so far
        return self

    def __next__(self):
        source = self._source
        if source is None:
            raise StopIteration
        # read and drop items up to the wanted position; past the end of the
        # slice this only ever goes up to stop
        while self._taken < self._wanted:
            if next(source, _NOTHING) is _NOTHING:
                self._source = None
                raise StopIteration
            self._taken += 1
        stop = self._stop
        if stop is not None and self._taken >= stop:
            self._source = None
            raise StopIteration
        item = next(source, _NOTHING)
        if item is _NOTHING:
            self._source = None
            raise StopIteration
        self._taken += 1
        wanted = self._wanted + self._step
        self._wanted = stop if stop is not None and wanted > stop else wanted
        return item

    def __reduce__(self):
        if self._source is None:
            return type(self), (iter(()), 0), 0
        return type(self), (self._source, self._wanted, self._stop, self._step), self._taken

    def __setstate__(self, state):
        self._taken = _as_index(state)


class starmap(_Iterator):
    """starmap(function, iterable): function(*args) for each args of iterable."""

    def __new__(cls, function, iterable, /, **kwargs):
        _no_keywords(cls, "starmap", kwargs)
        self = _new(cls)
        self._function = function
        self._source = iter(iterable)
        return self

    def __next__(self):
        args = next(self._source)
        if type(args) is not tuple:
            args = tuple(args)
        return self._function(*args)

    def __reduce__(self):
        return type(self), (self._function, self._source)


class zip_longest(_Iterator):
    """zip_longest(*iterables, fillvalue=None): like zip(), but runs until
    the longest iterable is exhausted, using fillvalue in place of the items
    of the shorter ones."""

    def __new__(cls, *iterables, fillvalue=None):
        self = _new(cls)
        self._sources = [iter(it) for it in iterables]   # None for exhausted ones
        self._live = len(self._sources)
        self._fillvalue = fillvalue
        return self

    def __next__(self):
        if not self._live:
            raise StopIteration
        row = []
        for index, source in enumerate(self._sources):
            item = self._fillvalue
            if source is not None:
                item = _pull(source)
                if item is _NOTHING:
                    self._live -= 1
                    if not self._live:
                        raise StopIteration
                    self._sources[index] = None
                    item = self._fillvalue
            row.append(item)
        return tuple(row)

    def __reduce__(self):
        sources = tuple(() if source is None else source for source in self._sources)
        return type(self), sources, self._fillvalue

    def __setstate__(self, fillvalue):
        self._fillvalue = fillvalue


class pairwise(_Iterator):
    """pairwise(iterable): overlapping pairs of consecutive items:
    (a, b), (b, c), ..."""

    def __new__(cls, iterable, /, **kwargs):
        _no_keywords(cls, "pairwise", kwargs)
        self = _new(cls)
        self._source = iter(iterable)   # None once exhausted
        self._previous = _NOTHING
        return self

    def __next__(self):
        source = self._source
        if source is None:
            raise StopIteration
        previous = self._previous
        if previous is _NOTHING:
            previous = self._previous = _pull(source)
            if previous is _NOTHING:
                self._source = None
                raise StopIteration
            # reading may have called back into this pairwise and ended it
            source = self._source
            if source is None:
                self._previous = _NOTHING
                raise StopIteration
        item = _pull(source)
        if item is _NOTHING:
            self._source = None
            self._previous = _NOTHING
            raise StopIteration
        self._previous = item
        return previous, item

    def __reduce__(self):
        raise TypeError("cannot pickle 'itertools.pairwise' object")


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


# --- combinatorics ----------------------------------------------------------------------

class product(_Iterator):
    """product(*iterables, repeat=1): the cartesian product of the
    iterables (each repeated repeat times), as tuples in the order nested
    for-loops would give."""

    def __new__(cls, *iterables, repeat=1):
        self = _new(cls)
        repeat = _as_index(repeat)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        self._pools = tuple(tuple(pool) for pool in iterables) * repeat
        self._positions = None   # None before the first tuple
        self._chosen = None
        self._stopped = False
        return self

    def __next__(self):
        if self._stopped:
            raise StopIteration
        pools = self._pools
        chosen = self._chosen   # the items of the last tuple, one per pool
        if chosen is None:
            if any(len(pool) == 0 for pool in pools):
                self._stopped = True
                raise StopIteration
            self._positions = [0] * len(pools)
            chosen = self._chosen = [pool[0] for pool in pools]
            return tuple(chosen)
        # advance like an odometer: the last wheel fastest
        positions = self._positions
        wheel = len(pools) - 1
        while wheel >= 0:
            pool = pools[wheel]
            index = positions[wheel] + 1
            if index < len(pool):
                positions[wheel] = index
                chosen[wheel] = pool[index]
                return tuple(chosen)
            positions[wheel] = 0
            chosen[wheel] = pool[0]
            wheel -= 1
        self._stopped = True
        raise StopIteration

    def __reduce__(self):
        if self._stopped:
            return type(self), ((),)
        if self._chosen is None:
            return type(self), self._pools
        return type(self), self._pools, tuple(self._positions)

    def __setstate__(self, state):
        """state: the position in each pool of the last tuple handed out."""
        if not isinstance(state, tuple) or len(state) != len(self._pools):
            raise ValueError("invalid arguments")
        positions = []
        for pool, index in zip(self._pools, state):
            index = _as_index(index)
            if not pool:
                self._stopped = True
                return
            positions.append(min(max(index, 0), len(pool) - 1))
        self._positions = positions
        self._chosen = [pool[i] for pool, i in zip(self._pools, positions)]


def _length(r):
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class _Selections(_Iterator):
    """What permutations and the two kinds of combinations share: a pool,
    a size, the positions of the last tuple handed out and a stop flag."""

    def _begin(self, iterable, size):
        self._pool = tuple(iterable)
        self._size = size
        self._positions = None   # None before the first tuple
        self._stopped = False

    def _current(self):
        pool = self._pool
        positions = self._positions
        return tuple([pool[positions[i]] for i in range(self._size)])

    def __next__(self):
        if self._stopped:
            raise StopIteration
        if self._positions is None:
            first = self._first()
            if first is None:
                self._stopped = True
                raise StopIteration
            self._positions = first
            return self._current()
        if not self._advance():
            self._stopped = True
            raise StopIteration
        return self._current()

    def _state(self):
        return tuple(self._positions)

    def __reduce__(self):
        cls = type(self)
        if self._positions is None:
            return cls, (self._pool, self._size)
        if self._stopped:
            return cls, ((), self._size)
        return cls, (self._pool, self._size), self._state()

    def _clamped(self, state, length, low, high):
        if not isinstance(state, tuple) or len(state) != length:
            raise ValueError("invalid arguments")
        return [min(max(_as_index(index), low(i)), high(i)) for i, index in enumerate(state)]


class permutations(_Selections):
    """permutations(iterable, r=None): all orderings of r distinct-position
    items of iterable (all of them when r is None), in lexicographic order
    of positions."""

    def __new__(cls, iterable, r=None):
        self = _new(cls)
        pool = tuple(iterable)
        self._begin(pool, len(pool) if r is None else _length(r))
        return self

    def _first(self):
        n = len(self._pool)
        if self._size > n:
            return None
        # _turns[i] counts down the choices left for slot i
        self._turns = list(range(n, n - self._size, -1))
        return list(range(n))

    def _advance(self):
        order, turns, n = self._positions, self._turns, len(self._pool)
        for slot in reversed(range(self._size)):
            turns[slot] -= 1
            if turns[slot] == 0:
                # every choice for this slot was tried: rotate it to the back
                order[slot:] = order[slot + 1:] + order[slot:slot + 1]
                turns[slot] = n - slot
            else:
                other = n - turns[slot]
                order[slot], order[other] = order[other], order[slot]
                return True
        return False

    def _state(self):
        return tuple(self._positions), tuple(self._turns)

    def __setstate__(self, state):
        """state: (positions of all items in order, turns left per slot)."""
        if not isinstance(state, tuple) or len(state) != 2:
            raise ValueError("invalid arguments")
        n = len(self._pool)
        order = self._clamped(state[0], n, lambda i: 0, lambda i: n - 1)
        turns = self._clamped(state[1], self._size, lambda i: 1, lambda i: n - i)
        self._positions, self._turns = order, turns


class combinations(_Selections):
    """combinations(iterable, r): all r-item selections of iterable's items,
    each in input order, without repeating a position."""

    def __new__(cls, iterable, r):
        self = _new(cls)
        self._begin(iterable, _length(r))
        return self

    def _first(self):
        if self._size > len(self._pool):
            return None
        return list(range(self._size))

    def _advance(self):
        picked, size, n = self._positions, self._size, len(self._pool)
        slot = size - 1
        while slot >= 0 and picked[slot] == slot + n - size:
            slot -= 1
        if slot < 0:
            return False
        picked[slot] += 1
        for later in range(slot + 1, size):
            picked[later] = picked[later - 1] + 1
        return True

    def __setstate__(self, state):
        """state: the positions of the last selection handed out."""
        n, size = len(self._pool), self._size
        self._positions = self._clamped(state, size, lambda i: 0, lambda i: i + n - size)


class combinations_with_replacement(_Selections):
    """combinations_with_replacement(iterable, r): all r-item selections of
    iterable's items, each in input order, where a position may be chosen
    again."""

    def __new__(cls, iterable, r):
        self = _new(cls)
        self._begin(iterable, _length(r))
        return self

    def _first(self):
        if self._size and not self._pool:
            return None
        return [0] * self._size

    def _advance(self):
        picked, size, n = self._positions, self._size, len(self._pool)
        slot = size - 1
        while slot >= 0 and picked[slot] == n - 1:
            slot -= 1
        if slot < 0:
            return False
        picked[slot:] = [picked[slot] + 1] * (size - slot)
        return True

    def __setstate__(self, state):
        """state: the positions of the last selection handed out."""
        n = len(self._pool)
        self._positions = self._clamped(state, self._size, lambda i: 0, lambda i: max(n - 1, 0))

"""Building blocks for iteration: infinite iterators (count, cycle, repeat),
iterators that filter, slice, group or combine other iterators, and the
combinatoric generators (product, permutations, combinations, ...).

As with CPython's C implementation, arguments are checked and iter() is
called when an iterator is created; the work happens lazily afterwards.
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


# --- infinite iterators ------------------------------------------------------------

def _numeric(value):
    if isinstance(value, (int, float)):
        return True
    kind = type(value)
    return any(hasattr(kind, hook) for hook in ("__index__", "__int__", "__float__", "__complex__"))


class count:
    """count(start=0, step=1): start, start + step, start + 2*step, ... forever."""

    def __init__(self, start=0, step=1):
        if not (_numeric(start) and _numeric(step)):
            raise TypeError("a number is required")
        self._current = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._current
        self._current = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return "count(%r)" % (self._current,)
        return "count(%r, %r)" % (self._current, step)


def cycle(iterable):
    """The items of iterable, then the same items again, endlessly (an
    empty iterable gives nothing)."""
    return _cycle(iter(iterable))


def _cycle(source):
    seen = []
    for item in source:
        seen.append(item)
        yield item
    while seen:
        yield from seen


class repeat:
    """repeat(object[, times]): object, times times (forever without times)."""

    def __init__(self, object, times=None):
        self._item = object
        self._left = None if times is None else max(_as_index(times), 0)

    def __iter__(self):
        return self

    def __next__(self):
        if self._left is None:
            return self._item
        if self._left == 0:
            raise StopIteration
        self._left -= 1
        return self._item

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return "repeat(%r)" % (self._item,)
        return "repeat(%r, %d)" % (self._item, self._left)


# --- iterators over other iterators ------------------------------------------------

def accumulate(iterable, func=None, *, initial=None):
    """Running totals of iterable (or running results of func(total, item)),
    starting with initial when it is given."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(source, func, initial):
    total = initial if initial is not None else _pull(source)
    if total is _NOTHING:
        return
    yield total
    for item in source:
        total = total + item if func is None else func(total, item)
        yield total


class chain:
    """chain(*iterables): the items of each iterable in turn."""

    def __init__(self, *iterables):
        self._pending = iter(iterables)
        self._current = iter(())

    @classmethod
    def from_iterable(cls, iterables):
        """chain(*iterables), but reading iterables lazily."""
        made = cls()
        made._pending = iter(iterables)
        return made

    def __iter__(self):
        return self

    def __next__(self):
        while self._pending is not None:
            item = _pull(self._current)
            if item is not _NOTHING:
                return item
            following = _pull(self._pending)
            if following is _NOTHING:
                self._pending = None
                break
            self._current = iter(following)
        raise StopIteration


def compress(data, selectors):
    """The items of data whose matching item in selectors is true."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for item, keep in zip(data, selectors):
        if keep:
            yield item


def dropwhile(predicate, iterable):
    """Skips items while predicate(item) is true, then yields all the rest."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, source):
    for item in source:
        if not predicate(item):
            yield item
            yield from source
            return


def takewhile(predicate, iterable):
    """Yields items while predicate(item) is true, and stops at the first
    item for which it is false."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, source):
    for item in source:
        if not predicate(item):
            return
        yield item


def filterfalse(function, iterable):
    """The items for which function(item) is false (the false items when
    function is None)."""
    return _filterfalse(bool if function is None else function, iter(iterable))


def _filterfalse(test, source):
    for item in source:
        if not test(item):
            yield item


class groupby:
    """groupby(iterable, key=None): (key, group) pairs for each run of
    consecutive items with the same key; a group is an iterator that is
    emptied as soon as the next pair is taken."""

    def __init__(self, iterable, key=None):
        self._source = iter(iterable)
        self._keyfunc = key
        self._item = _NOTHING      # the item read ahead, and its key
        self._itemkey = _NOTHING
        self._run = 0              # number of the current run

    def _advance(self):
        item = _pull(self._source)
        self._item = item
        if item is _NOTHING:
            self._itemkey = _NOTHING
        else:
            self._itemkey = item if self._keyfunc is None else self._keyfunc(item)

    def __iter__(self):
        return self

    def __next__(self):
        if self._run and self._item is not _NOTHING:
            # skip what is left of the current run
            previous = self._runkey
            while self._item is not _NOTHING and self._itemkey == previous:
                self._advance()
        elif not self._run:
            self._advance()
        if self._item is _NOTHING:
            raise StopIteration
        self._run += 1
        self._runkey = self._itemkey
        return self._runkey, self._members(self._run)

    def _members(self, run):
        while run == self._run and self._item is not _NOTHING and self._itemkey == self._runkey:
            item = self._item
            self._advance()
            yield item


def _islice_bound(value, message):
    try:
        bound = _as_index(value)
    except TypeError:
        bound = -1
    if not 0 <= bound <= _sys.maxsize:
        raise ValueError(message)
    return bound


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]):
    the items of iterable at positions start, start+step, ... below stop
    (no bound when stop is None)."""
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
    return _islice(iter(iterable), start, stop, step)


def _islice(source, start, stop, step):
    taken = 0        # items read from source so far
    wanted = start   # position of the next item to hand out
    while True:
        # read and drop items up to the wanted position; past the end of the
        # slice this only ever goes up to stop
        while taken < wanted:
            if _pull(source) is _NOTHING:
                return
            taken += 1
        if stop is not None and taken >= stop:
            return
        item = _pull(source)
        if item is _NOTHING:
            return
        taken += 1
        wanted = wanted + step if stop is None else min(wanted + step, stop)
        yield item


def starmap(function, iterable):
    """function(*args) for each args tuple of iterable."""
    return _starmap(function, iter(iterable))


def _starmap(function, source):
    for args in source:
        yield function(*args)


def tee(iterable, n=2):
    """n independent iterators over the items of iterable (which should not
    be used directly afterwards)."""
    n = _as_index(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    source = iter(iterable)
    # items read so far form a chain of [item, next cell] cells; each copy
    # walks it and the first to reach its end reads the next item
    start = [None, None]
    return tuple(_tee_copy(source, start) for _ in range(n))


def _tee_copy(source, cell):
    while True:
        following = cell[1]
        if following is None:
            item = _pull(source)
            if item is _NOTHING:
                return
            following = cell[1] = [item, None]
        cell = following
        yield cell[0]


def zip_longest(*iterables, fillvalue=None):
    """Like zip(), but runs until the longest iterable is exhausted, using
    fillvalue in place of the items of the shorter ones."""
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(sources, fillvalue):
    live = [True] * len(sources)
    remaining = len(sources)
    while remaining:
        row = []
        for index, source in enumerate(sources):
            item = _NOTHING
            if live[index]:
                item = _pull(source)
                if item is _NOTHING:
                    live[index] = False
                    remaining -= 1
                    if not remaining:
                        return
            row.append(fillvalue if item is _NOTHING else item)
        yield tuple(row)


def pairwise(iterable):
    """Overlapping pairs of consecutive items: (a, b), (b, c), ..."""
    return _pairwise(iter(iterable))


def _pairwise(source):
    previous = _pull(source)
    if previous is _NOTHING:
        return
    for item in source:
        yield previous, item
        previous = item


# --- combinatorics ----------------------------------------------------------------------

def product(*iterables, repeat=1):
    """The cartesian product of the iterables (each repeated repeat
    times), as tuples in the order nested for-loops would give."""
    repeat = _as_index(repeat)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    if any(len(pool) == 0 for pool in pools):
        return
    width = len(pools)
    positions = [0] * width
    while True:
        yield tuple(pools[i][positions[i]] for i in range(width))
        # advance like an odometer: the last wheel fastest
        wheel = width - 1
        while wheel >= 0:
            positions[wheel] += 1
            if positions[wheel] < len(pools[wheel]):
                break
            positions[wheel] = 0
            wheel -= 1
        if wheel < 0:
            return


def _length(r):
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


def permutations(iterable, r=None):
    """All orderings of r distinct-position items of iterable (all of them
    when r is None), in lexicographic order of positions."""
    pool = tuple(iterable)
    size = len(pool) if r is None else _length(r)
    return _permutations(pool, size)


def _permutations(pool, size):
    n = len(pool)
    if size > n:
        return
    order = list(range(n))
    while True:
        yield tuple([pool[i] for i in order[:size]])
        # every ordering that starts like this one comes next; putting the
        # tail in descending order makes the step below skip all of them
        order[size:] = order[size:][::-1]
        # step to the next arrangement in lexicographic order
        pivot = n - 2
        while pivot >= 0 and order[pivot] > order[pivot + 1]:
            pivot -= 1
        if pivot < 0:
            return
        swap = n - 1
        while order[swap] < order[pivot]:
            swap -= 1
        order[pivot], order[swap] = order[swap], order[pivot]
        order[pivot + 1:] = order[pivot + 1:][::-1]


def combinations(iterable, r):
    """All r-item selections of iterable's items, each in input order,
    without repeating a position."""
    pool = tuple(iterable)
    return _choose(pool, _length(r), False)


def combinations_with_replacement(iterable, r):
    """All r-item selections of iterable's items, each in input order,
    where a position may be chosen again."""
    pool = tuple(iterable)
    return _choose(pool, _length(r), True)


def _choose(pool, size, again):
    n = len(pool)
    if size > n and not again:
        return
    if size and not n:
        return
    # picked holds non-decreasing (strictly increasing unless again)
    # positions; step the last one that can still move, reset those after it
    first = [0] * size if again else list(range(size))
    picked = first
    while True:
        yield tuple(pool[i] for i in picked)
        slot = size - 1
        while slot >= 0:
            ceiling = n - 1 if again else n - size + slot
            if picked[slot] < ceiling:
                break
            slot -= 1
        if slot < 0:
            return
        base = picked[slot] + 1
        for later in range(slot, size):
            picked[later] = base if again else base + (later - slot)

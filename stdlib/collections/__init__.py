"""Specialised containers: deque, defaultdict, OrderedDict, Counter, ChainMap,
the namedtuple() class factory, and the UserDict, UserList and UserString
wrappers, with CPython 3.11's behaviour.

defaultdict, OrderedDict and Counter derive from dict, and the classes
namedtuple() makes derive from tuple, as in CPython.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList',
           'UserString', 'defaultdict', 'deque', 'namedtuple']

import sys as _sys
import _collections_abc as _abc
import abc as _abstract_bookkeeping
from keyword import iskeyword as _iskeyword


_reprs_running = set()


def _repr_guarded(obj, render, when_nested):
    """render() for the repr of obj, or when_nested if obj's repr is already
    being built further up (obj contains itself)."""
    key = id(obj)
    if key in _reprs_running:
        return when_nested
    _reprs_running.add(key)
    try:
        return render()
    finally:
        _reprs_running.discard(key)


def _index(i):
    """i as an int, through __index__, with the error int() conversions give."""
    if isinstance(i, int):
        return i
    convert = getattr(type(i), '__index__', None)
    if convert is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(i).__name__)
    return convert(i)


class deque:
    """A sequence with cheap appends and pops at both ends, optionally
    bounded by maxlen (then adding at one end drops from the other)."""

    # The items are self._d[self._h:]; the free slots before _h make
    # appendleft and popleft amortized O(1).

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            maxlen = _index(maxlen)
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._d = []
        self._h = 0
        self._maxlen = maxlen
        self._state = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        """The bound given at creation, or None."""
        return self._maxlen

    # -- helpers --------------------------------------------------------------

    def _compact(self):
        if self._h:
            self._d[:self._h] = []
            self._h = 0

    def _norm(self, i):
        i = _index(i)
        n = len(self._d) - self._h
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return i + self._h

    # -- adding and removing --------------------------------------------------

    def append(self, x):
        """Put x after the last item."""
        self._state += 1
        m = self._maxlen
        if m is not None and len(self._d) - self._h >= m:
            if m == 0:
                return
            self._popleft()
        self._d.append(x)

    def appendleft(self, x):
        """Put x before the first item."""
        self._state += 1
        m = self._maxlen
        if m is not None and len(self._d) - self._h >= m:
            if m == 0:
                return
            self._d.pop()
        if self._h == 0:
            pad = len(self._d) + 8
            self._d[:0] = [None] * pad
            self._h = pad
        self._h -= 1
        self._d[self._h] = x

    def _popleft(self):
        d = self._d
        h = self._h
        x = d[h]
        d[h] = None
        h += 1
        if h >= 32 and h * 2 >= len(d):
            d[:h] = []
            h = 0
        self._h = h
        return x

    def pop(self):
        """Take off the last item and return it."""
        if len(self._d) == self._h:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = self._d.pop()
        if len(self._d) == self._h:
            self._d = []
            self._h = 0
        return x

    def popleft(self):
        """Take off the first item and return it."""
        if len(self._d) == self._h:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._popleft()

    def extend(self, iterable):
        """append() each item of iterable in turn."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """appendleft() each item of iterable in turn (so they end up reversed)."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Drop every item."""
        self._state += 1
        self._d = []
        self._h = 0

    def insert(self, i, x):
        """Put x at position i, shifting later items right."""
        n = len(self._d) - self._h
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        i = _index(i)
        if i < 0:
            i += n
            if i < 0:
                i = 0
        if i > n:
            i = n
        self._state += 1
        self._d.insert(self._h + i, x)

    def remove(self, value):
        """Delete the first item equal to value."""
        d = self._d
        for i in range(self._h, len(d)):
            if d[i] is value or d[i] == value:
                self._state += 1
                del d[i]
                return
        raise ValueError("%r is not in deque" % (value,))

    def rotate(self, n=1):
        """Shift every item n places to the right, wrapping around (left
        when n is negative)."""
        n = _index(n)
        size = len(self._d) - self._h
        if size <= 1:
            return
        n %= size
        if n == 0:
            return
        self._state += 1
        self._compact()
        d = self._d
        self._d = d[-n:] + d[:-n]

    def reverse(self):
        """Reverse the order of the items, in place."""
        self._state += 1
        self._compact()
        self._d.reverse()

    # -- queries --------------------------------------------------------------

    def count(self, value):
        """How many items equal value."""
        c = 0
        d = self._d
        for i in range(self._h, len(d)):
            if d[i] is value or d[i] == value:
                c += 1
        return c

    def index(self, value, start=0, stop=_sys.maxsize):
        """The position of the first item equal to value in [start, stop)."""
        n = len(self._d) - self._h
        start = _index(start)
        stop = _index(stop)
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        if stop > n:
            stop = n
        d = self._d
        h = self._h
        for i in range(start, stop):
            x = d[h + i]
            if x is value or x == value:
                return i
        raise ValueError("%r is not in deque" % (value,))

    def copy(self):
        """A new deque with the same items and maxlen."""
        return self.__class__(self, self._maxlen)

    __copy__ = copy

    def __len__(self):
        return len(self._d) - self._h

    def __bool__(self):
        return len(self._d) > self._h

    def __iter__(self):
        state = self._state
        i = self._h
        while True:
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            if i >= len(self._d):
                return
            yield self._d[i]
            i += 1

    def __reversed__(self):
        state = self._state
        i = len(self._d) - 1
        while True:
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            if i < self._h:
                return
            yield self._d[i]
            i -= 1

    def __contains__(self, value):
        d = self._d
        for i in range(self._h, len(d)):
            if d[i] is value or d[i] == value:
                return True
        return False

    def __getitem__(self, i):
        if not isinstance(i, int) and not hasattr(i, '__index__'):
            raise TypeError("sequence index must be integer, not '%s'"
                            % type(i).__name__)
        return self._d[self._norm(i)]

    def __setitem__(self, i, value):
        if not isinstance(i, int) and not hasattr(i, '__index__'):
            raise TypeError("sequence index must be integer, not '%s'"
                            % type(i).__name__)
        self._d[self._norm(i)] = value

    def __delitem__(self, i):
        if not isinstance(i, int) and not hasattr(i, '__index__'):
            raise TypeError("sequence index must be integer, not '%s'"
                            % type(i).__name__)
        j = self._norm(i)
        self._state += 1
        del self._d[j]

    def __repr__(self):
        items = _repr_guarded(self, lambda: repr(self._d[self._h:]), None)
        if items is None:
            return '[...]'
        name = type(self).__name__
        if self._maxlen is None:
            return name + "(" + items + ")"
        return name + "(" + items + ", maxlen=" + str(self._maxlen) + ")"

    def _items(self):
        return self._d[self._h:]

    def _check_other(self, other, op):
        if not isinstance(other, deque):
            raise TypeError("'%s' not supported between instances of "
                            "'collections.deque' and '%s'"
                            % (op, type(other).__name__))

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() == other._items()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items() != other._items()

    def __lt__(self, other):
        self._check_other(other, '<')
        return self._items() < other._items()

    def __le__(self, other):
        self._check_other(other, '<=')
        return self._items() <= other._items()

    def __gt__(self, other):
        self._check_other(other, '>')
        return self._items() > other._items()

    def __ge__(self, other):
        self._check_other(other, '>=')
        return self._items() >= other._items()

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        n = _index(n)
        items = self._items()
        new = self.__class__((), self._maxlen)
        for _ in range(n):
            new.extend(items)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        items = self._items()
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self


# ---------------------------------------------------------------------------
# The dict subclasses: defaultdict, OrderedDict, Counter
# ---------------------------------------------------------------------------

def _looks_like_mapping(obj):
    """True for dicts, ChainMaps, registered Mappings, and anything offering
    keys() together with item lookup."""
    if isinstance(obj, (dict, ChainMap, _abc.Mapping)):
        return True
    kind = type(obj)
    return hasattr(kind, 'keys') and hasattr(kind, '__getitem__')


def _pairs_of(source):
    """The (key, value) pairs of a mapping, through items() when it has one."""
    if hasattr(source, 'items'):
        return source.items()
    return [(key, source[key]) for key in source.keys()]


_dict_store = dict.__setitem__


class defaultdict(dict):
    """A dict that makes the value of a missing key by calling default_factory."""

    __slots__ = ('default_factory',)

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if not (default_factory is None or callable(default_factory)):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        self[key] = made = factory()
        return made

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        factory = self.default_factory
        return (type(self), () if factory is None else (factory,),
                None, None, iter(dict.items(self)))

    def __or__(self, other):
        if isinstance(other, dict):
            joined = self.copy()
            joined.update(other)
            return joined
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, dict):
            joined = type(self)(self.default_factory, other)
            joined.update(self)
            return joined
        return NotImplemented

    def __repr__(self):
        factory = self.default_factory
        head = 'None' if factory is None else _repr_guarded(
            factory, lambda: repr(factory), '...')
        return f'{type(self).__name__}({head}, {dict.__repr__(self)})'


class _OrderedView:
    """A live view of an OrderedDict, shown as odict_keys([...]) and the like;
    the work is done by the matching view of the dict itself."""

    __hash__ = None

    def __init__(self, view):
        self._view = view

    def __len__(self):
        return len(self._view)

    def __iter__(self):
        return iter(self._view)

    def __reversed__(self):
        return reversed(self._view)

    def __contains__(self, item):
        return item in self._view

    def __repr__(self):
        return f'{type(self).__name__}({list(self._view)!r})'


def _other_side(obj):
    return obj._view if isinstance(obj, _OrderedView) else obj


class _OrderedSetView(_OrderedView):
    """The set operations of key and item views."""

    def __eq__(self, other):
        return self._view == _other_side(other)

    def __ne__(self, other):
        return self._view != _other_side(other)

    def __le__(self, other):
        return self._view <= _other_side(other)

    def __lt__(self, other):
        return self._view < _other_side(other)

    def __ge__(self, other):
        return self._view >= _other_side(other)

    def __gt__(self, other):
        return self._view > _other_side(other)

    def __and__(self, other):
        return self._view & _other_side(other)

    def __or__(self, other):
        return self._view | _other_side(other)

    def __sub__(self, other):
        return self._view - _other_side(other)

    def __xor__(self, other):
        return self._view ^ _other_side(other)

    def __rand__(self, other):
        return set(other) & set(self._view)

    def __ror__(self, other):
        return set(other) | set(self._view)

    def __rsub__(self, other):
        return set(other) - set(self._view)

    def __rxor__(self, other):
        return set(other) ^ set(self._view)

    def isdisjoint(self, other):
        return self._view.isdisjoint(_other_side(other))


class odict_keys(_OrderedSetView):
    pass


class odict_items(_OrderedSetView):
    pass


class odict_values(_OrderedView):
    pass


def _two_of(pair):
    """Split an item of the iterable given to OrderedDict into key and value."""
    parts = list(iter(pair))
    if len(parts) == 2:
        return parts
    if len(parts) > 2:
        raise ValueError('too many values to unpack (expected 2)')
    plural = '' if len(parts) == 1 else 's'
    raise ValueError(f'need more than {len(parts)} value{plural} to unpack')


class OrderedDict(dict):
    """A dict that can reorder its entries: move_to_end() and popitem(last=...).

    The order is the dict's own insertion order; only moving an entry to the
    front needs the entries laid down again."""

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError(f'expected at most 1 arguments, got {len(args)}')
        self._store_all(args, kwargs)

    def update(self, *args, **kwargs):
        """Store the pairs of a mapping or iterable, then the keywords,
        each through self[key] = value."""
        if len(args) > 1:
            raise TypeError('update() takes at most 1 positional argument '
                            f'({len(args)} given)')
        self._store_all(args, kwargs)

    def _store_all(self, args, kwargs):
        if args:
            source = args[0]
            if isinstance(source, dict):
                for key, value in source.items():
                    self[key] = value
            elif hasattr(source, 'keys'):
                for key in source.keys():
                    self[key] = source[key]
            else:
                for pair in source:
                    key, value = _two_of(pair)
                    self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def keys(self):
        return odict_keys(dict.keys(self))

    def values(self):
        return odict_values(dict.values(self))

    def items(self):
        return odict_items(dict.items(self))

    def __reversed__(self):
        return reversed(dict.keys(self))

    def popitem(self, last=True):
        """Take out the newest (key, value) pair, or the oldest when last is false."""
        if not dict.__len__(self):
            raise KeyError('dictionary is empty')
        if last:
            key = next(reversed(dict.keys(self)))
        else:
            key = next(iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        """Make key the newest entry, or the oldest one when last is false."""
        value = dict.pop(self, key)
        if last:
            _dict_store(self, key, value)
            return
        behind = list(dict.items(self))
        dict.clear(self)
        _dict_store(self, key, value)
        for k, v in behind:
            _dict_store(self, k, v)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        state = getattr(self, '__dict__', None) or None
        return type(self), (), state, None, iter(dict.items(self))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            if not dict.__eq__(self, other):
                return False
            return list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        same = self.__eq__(other)
        if same is NotImplemented:
            return same
        return not same

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        joined = type(self)(self)
        joined.update(other)
        return joined

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        joined = type(self)(other)
        joined.update(self)
        return joined

    def __ior__(self, other):
        self.update(other)
        return self

    def __repr__(self):
        name = type(self).__name__
        if not dict.__len__(self):
            return name + '()'
        return _repr_guarded(
            self, lambda: f'{name}({list(dict.items(self))!r})', '...')


def _count_elements(mapping, iterable):
    """Adds one to mapping[item] (from 0) for each item of iterable: the
    counting loop behind Counter.update, through the mapping's own get and
    item assignment."""
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1


def _count_of(pair):
    return pair[1]


class Counter(dict):
    """A multiset: a dict from elements to how many times they occur.

    Missing elements count as zero; the arithmetic operators keep only the
    elements whose resulting count is positive."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def total(self):
        """The sum of all counts."""
        return sum(dict.values(self))

    def most_common(self, n=None):
        """(element, count) pairs, highest count first; elements with equal
        counts stay in the order they were first seen. Only the first n
        when n is given."""
        ranked = sorted(dict.items(self), key=_count_of, reverse=True)
        if n is None:
            return ranked
        return ranked[:max(n, 0)]

    def elements(self):
        """An iterator over the elements, each repeated as often as its count."""
        from itertools import chain, repeat, starmap
        return chain.from_iterable(starmap(repeat, dict.items(self)))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts: from a mapping of counts, or one per item of an iterable."""
        if iterable is not None:
            if isinstance(iterable, _abc.Mapping):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Take counts away (they may go to zero or below)."""
        if iterable is not None:
            if isinstance(iterable, _abc.Mapping):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (dict(self),)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return name + '()'
        try:
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return f'{name}({shown!r})'

    # Comparisons with another Counter: every element of either side, a
    # missing one counting zero. Against a plain dict, == is dict's own.

    def _every_count(self, other, test):
        for side in (self, other):
            for elem in side:
                if not test(self[elem], other[elem]):
                    return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._every_count(other, _same)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self._every_count(other, _same)

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._every_count(other, _at_most)

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._every_count(other, _at_least)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Binary arithmetic: a new Counter with the positive results. Elements
    # of self come first, then those only other has (`alone` gives their
    # count, or is None when they cannot appear in the result).

    def _combine(self, other, both, alone):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in dict.items(self):
            new = both(count, other[elem])
            if new > 0:
                _dict_store(result, elem, new)
        if alone is not None:
            for elem, count in dict.items(other):
                if elem not in self:
                    new = alone(count)
                    if new > 0:
                        _dict_store(result, elem, new)
        return result

    def __add__(self, other):
        return self._combine(other, _plus, _itself)

    def __sub__(self, other):
        return self._combine(other, _minus, _negated)

    def __or__(self, other):
        return self._combine(other, _larger, _itself)

    def __and__(self, other):
        return self._combine(other, _smaller, None)

    def _signed_part(self, positive):
        result = Counter()
        for elem, count in dict.items(self):
            if positive:
                if count > 0:
                    _dict_store(result, elem, count)
            elif count < 0:
                _dict_store(result, elem, 0 - count)
        return result

    def __pos__(self):
        return self._signed_part(True)

    def __neg__(self):
        return self._signed_part(False)

    # In-place arithmetic changes self, then drops what is not positive.

    def _prune(self):
        for elem in [e for e, count in dict.items(self) if not count > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._prune()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._prune()

    def __ior__(self, other):
        for elem, theirs in other.items():
            if theirs > self[elem]:
                self[elem] = theirs
        return self._prune()

    def __iand__(self, other):
        for elem, mine in list(dict.items(self)):
            theirs = other[elem]
            if theirs < mine:
                self[elem] = theirs
        return self._prune()


def _same(a, b):
    return a == b


def _at_most(a, b):
    return a <= b


def _at_least(a, b):
    return a >= b


def _plus(a, b):
    return a + b


def _minus(a, b):
    return a - b


def _larger(mine, theirs):
    # On a tie the left count is kept.
    return theirs if mine < theirs else mine


def _smaller(mine, theirs):
    # On a tie the right count is kept.
    return mine if mine < theirs else theirs


def _itself(count):
    return count


def _negated(count):
    return 0 - count


# ---------------------------------------------------------------------------
# ChainMap and the views of its keys, items and values
# ---------------------------------------------------------------------------

class _ChainView:
    """A live view over a mapping, shown as ViewName(mapping)."""

    __hash__ = None

    def __init__(self, mapping):
        self._source = mapping

    def __len__(self):
        return len(self._source)

    def __repr__(self):
        return f'{type(self).__name__}({self._source!r})'


_SET_LIKE = (set, frozenset, type({}.keys()), type({}.items()))


class _ChainSetView(_ChainView):
    """Set comparisons and operators; results are plain sets."""

    def _members(self):
        return set(self)

    def _comparable(self, other):
        if isinstance(other, (_ChainSetView, _OrderedSetView)):
            return set(other)
        if isinstance(other, _SET_LIKE):
            return other
        return None

    def __eq__(self, other):
        theirs = self._comparable(other)
        if theirs is None:
            return NotImplemented
        return self._members() == theirs

    def __le__(self, other):
        theirs = self._comparable(other)
        if theirs is None:
            return NotImplemented
        return self._members() <= theirs

    def __ge__(self, other):
        theirs = self._comparable(other)
        if theirs is None:
            return NotImplemented
        return self._members() >= theirs

    def __and__(self, other):
        return {item for item in other if item in self}

    __rand__ = __and__

    def __or__(self, other):
        joined = set(self)
        joined.update(other)
        return joined

    __ror__ = __or__

    def __sub__(self, other):
        if not isinstance(other, (set, frozenset, _ChainSetView)):
            other = set(other)
        return {item for item in self if item not in other}

    def __rsub__(self, other):
        return {item for item in other if item not in self}

    def __xor__(self, other):
        return self._members() ^ set(other)

    __rxor__ = __xor__

    def isdisjoint(self, other):
        for item in other:
            if item in self:
                return False
        return True


class KeysView(_ChainSetView):

    def __iter__(self):
        return iter(self._source)

    def __contains__(self, key):
        return key in self._source


class ItemsView(_ChainSetView):

    def __iter__(self):
        mapping = self._source
        for key in mapping:
            yield key, mapping[key]

    def __contains__(self, item):
        key, value = item
        try:
            found = self._source[key]
        except KeyError:
            return False
        return found is value or found == value


class ValuesView(_ChainView):

    def __iter__(self):
        mapping = self._source
        for key in mapping:
            yield mapping[key]

    def __contains__(self, value):
        for found in self:
            if found is value or found == value:
                return True
        return False


def _absent_from_first(key):
    return KeyError(f'Key not found in the first mapping: {key!r}')


class ChainMap:
    """Several mappings searched in turn as one; writes, deletions and
    pops touch only the first (self.maps[0])."""

    __hash__ = None

    def __init__(self, *maps):
        self.maps = list(maps) if maps else [{}]

    # -- reading --------------------------------------------------------------

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for layer in self.maps:
            try:
                return layer[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __contains__(self, key):
        for layer in self.maps:
            if key in layer:
                return True
        return False

    def __len__(self):
        seen = set()
        for layer in self.maps:
            seen.update(layer)
        return len(seen)

    def __iter__(self):
        # Keys come in the order a dict built from the last map to the
        # first would hold them.
        order = {}
        for layer in self.maps[::-1]:
            for key in layer:
                order[key] = None
        return iter(order)

    def __bool__(self):
        for layer in self.maps:
            if layer:
                return True
        return False

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def __eq__(self, other):
        if not _looks_like_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(_pairs_of(other))

    def __ne__(self, other):
        same = self.__eq__(other)
        if same is NotImplemented:
            return same
        return not same

    def __repr__(self):
        def render():
            inner = ', '.join([repr(layer) for layer in self.maps])
            return f'{type(self).__name__}({inner})'
        return _repr_guarded(self, render, '...')

    # -- making related chains ------------------------------------------------

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        first, *rest = self.maps
        return type(self)(first.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """This chain with one more map (m, or a new dict) in front."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        """This chain without its first map."""
        return type(self)(*self.maps[1:])

    # -- writing (first map only) ---------------------------------------------

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *default):
        try:
            return self.maps[0].pop(key, *default)
        except KeyError:
            raise _absent_from_first(key)

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise _absent_from_first(key)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def update(self, other=(), /, **kwds):
        if _looks_like_mapping(other):
            pairs = _pairs_of(other)
        elif hasattr(other, 'keys'):
            pairs = [(key, other[key]) for key in other.keys()]
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    # -- the | operators --------------------------------------------------------

    def __or__(self, other):
        if not _looks_like_mapping(other):
            return NotImplemented
        joined = self.copy()
        joined.maps[0].update(other)
        return joined

    def __ror__(self, other):
        if not _looks_like_mapping(other):
            return NotImplemented
        flat = dict(other)
        for layer in self.maps[::-1]:
            flat.update(layer)
        return type(self)(flat)

    def __ior__(self, other):
        self.maps[0].update(other)
        return self


# ---------------------------------------------------------------------------
# namedtuple
# ---------------------------------------------------------------------------

class _Field:
    """The read-only attribute that names one position of a named tuple."""

    __slots__ = ('_position', '__doc__')

    def __init__(self, position, doc):
        self._position = position
        self.__doc__ = doc

    def __get__(self, record, owner=None):
        if record is None:
            return self
        return _tuple_item(record, self._position)

    def __set__(self, record, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, record):
        raise AttributeError("can't delete attribute")


_tuple_item = tuple.__getitem__
_tuple_new = tuple.__new__


def _record_methods(typename):
    """The methods every class namedtuple() makes has, besides tuple's."""

    def __repr__(self):
        shown = ', '.join([f'{name}={value!r}'
                           for name, value in zip(self._fields, self)])
        return f'{type(self).__name__}({shown})'

    def __getnewargs__(self):
        return tuple(self)

    @classmethod
    def _make(cls, iterable):
        """A new instance holding the items of iterable, one per field."""
        record = _tuple_new(cls, iterable)
        if len(record) != len(cls._fields):
            raise TypeError(f'Expected {len(cls._fields)} arguments, '
                            f'got {len(record)}')
        return record

    def _replace(self, /, **kwds):
        """A copy with the fields named in kwds given new values."""
        values = [kwds.pop(name, old)
                  for name, old in zip(self._fields, self)]
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return self._make(values)

    def _asdict(self):
        """The fields and their values as a new dict."""
        return dict(zip(self._fields, self))

    methods = {'__repr__': __repr__, '__getnewargs__': __getnewargs__,
               '_make': _make, '_replace': _replace, '_asdict': _asdict}
    for name, method in methods.items():
        target = method.__func__ if isinstance(method, classmethod) else method
        target.__qualname__ = f'{typename}.{name}'
    return methods


def _checked_names(typename, field_names, rename):
    """The field names as a list of str, validated (or renamed) as
    namedtuple() documents."""
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    names = [str(name) for name in field_names]
    if rename:
        taken = set()
        for position, name in enumerate(names):
            unusable = (not name.isidentifier() or _iskeyword(name)
                        or name.startswith('_') or name in taken)
            taken.add(name)
            if unusable:
                names[position] = f'_{position}'
    # Both names were made str above, so only their spelling can be wrong.
    for name in [typename, *names]:
        if not name.isidentifier():
            fault = 'must be valid identifiers'
        elif _iskeyword(name):
            fault = 'cannot be a keyword'
        else:
            continue
        raise ValueError(f'Type names and field names {fault}: {name!r}')
    taken = set()
    for name in names:
        if name[0] == '_' and not rename:
            fault = 'Field names cannot start with an underscore'
        elif name in taken:
            fault = 'Encountered duplicate field name'
        else:
            taken.add(name)
            continue
        raise ValueError(f'{fault}: {name!r}')
    return names


def _constructor(typename, names, defaults):
    """The class's __new__, compiled so that a bad call fails with the
    messages of an ordinary function: TypeName.__new__() takes ..."""
    params = ', '.join(names)
    source = (f'def __new__(_cls, {params}):\n'
              f'    return _tuple_new(_cls, ({params}{"," if names else ""}))\n')
    scope = {'_tuple_new': _tuple_new}
    exec(source, scope)
    build = scope['__new__']
    build.__defaults__ = defaults
    build.__qualname__ = f'{typename}.__new__'
    build.__doc__ = f'Create new instance of {typename}({params})'
    return build


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Make a tuple-like class whose positions can also be read by name.

    field_names is a sequence of names or one string of names separated by
    spaces or commas. With rename=True, unusable names are replaced by
    _<position>. defaults gives values for the last fields. module sets
    __module__ (by default, the caller's module).

    >>> Pair = namedtuple('Pair', 'left right')
    >>> Pair(1, right=2)
    Pair(left=1, right=2)
    """
    typename = _sys.intern(str(typename))
    names = _checked_names(typename, field_names, rename)

    given = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(names):
            raise TypeError('Got more default values than field names')
        if defaults:
            given = dict(zip(names[-len(defaults):], defaults))

    fields = tuple(names)
    body = {
        '__doc__': f'{typename}({", ".join(fields)})',
        '__slots__': (),
        '_fields': fields,
        '_field_defaults': given,
        '__match_args__': fields,
        '__new__': _constructor(typename, fields, defaults),
    }
    body.update(_record_methods(typename))
    for position, name in enumerate(fields):
        body[name] = _Field(position, f'Alias for field number {position}')
    made = type(typename, (tuple,), body)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            pass
    if module is not None:
        made.__module__ = module
    return made


# ---------------------------------------------------------------------------
# UserDict, UserList, UserString: a builtin value kept in self.data, for
# classes that want to override its behaviour method by method
# ---------------------------------------------------------------------------

def _inner(obj, wrapper):
    """obj.data when obj is an instance of wrapper, else obj itself."""
    return obj.data if isinstance(obj, wrapper) else obj


def _clone_with(obj, data):
    """A shallow copy of obj (same class, same attributes) holding data."""
    twin = type(obj).__new__(type(obj))
    twin.__dict__.update(obj.__dict__)
    twin.__dict__['data'] = data
    return twin


def _delegate(kind, names, owner):
    """Give class owner, for each name, a method that applies kind's method
    of that name to self.data and returns what it returns."""
    for name in names.split():
        def make(underlying):
            def method(self, /, *args, **kwargs):
                return underlying(self.data, *args, **kwargs)
            return method
        underlying = getattr(kind, name)
        method = make(underlying)
        method.__name__ = name
        method.__qualname__ = f'{owner.__name__}.{name}'
        method.__doc__ = underlying.__doc__
        setattr(owner, name, method)


class UserDict(_abc.MutableMapping):
    """A mapping whose items live in the dict self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        for source in (dict, kwargs):
            if source:
                self.update(source)

    def __getitem__(self, key):
        if key not in self.data:
            fallback = getattr(type(self), '__missing__', None)
            if fallback is not None:
                return fallback(self, key)
        return self.data[key]

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(self.data | _inner(other, UserDict))
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (UserDict, dict)):
            return type(self)(_inner(other, UserDict) | self.data)
        return NotImplemented

    def __ior__(self, other):
        self.data |= _inner(other, UserDict)
        return self

    def __copy__(self):
        return _clone_with(self, self.data.copy())

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        twin = _clone_with(self, {})
        twin.update(self)
        return twin

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


_delegate(dict, '__len__ __iter__ __contains__ __setitem__ __delitem__',
          UserDict)


class UserList(_abc.MutableSequence):
    """A mutable sequence whose items live in the list self.data."""

    def __init__(self, initlist=None):
        if initlist is None:
            self.data = []
        elif isinstance(initlist, UserList):
            self.data = list(initlist.data)
        else:
            self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    __hash__ = None

    def __getitem__(self, i):
        found = self.data[i]
        return type(self)(found) if isinstance(i, slice) else found

    @staticmethod
    def _as_list(other):
        if isinstance(other, UserList):
            return other.data
        if isinstance(other, list):
            return other
        return list(other)

    def __add__(self, other):
        return type(self)(self.data + self._as_list(other))

    def __radd__(self, other):
        return type(self)(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        return _clone_with(self, self.data[:])

    def copy(self):
        return type(self)(self)

    def extend(self, other):
        self.data.extend(_inner(other, UserList))


_delegate(list, '__len__ __contains__ __setitem__ __delitem__ append insert '
          'pop remove clear count index reverse sort', UserList)


class UserString(_abc.Sequence):
    """A sequence of characters kept in the str self.data; the str methods
    that make strings give instances of this class back."""

    def __init__(self, seq):
        if isinstance(seq, UserString):
            seq = seq.data
        self.data = seq if isinstance(seq, str) else str(seq)

    def __repr__(self):
        return repr(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __contains__(self, char):
        return _inner(char, UserString) in self.data

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        if isinstance(other, (UserString, str)):
            return type(self)(self.data + _inner(other, UserString))
        return type(self)(self.data + str(other))

    def __radd__(self, other):
        if not isinstance(other, str):
            other = str(other)
        return type(self)(other + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, template):
        return type(self)(str(template) % self)

    maketrans = str.maketrans


def _comparisons(owner):
    """==, <, <=, >, >= on owner compare self.data with the other side, seen
    through to its data when it is an owner too."""
    for name in ('__eq__', '__lt__', '__le__', '__gt__', '__ge__'):
        def make(test):
            def compare(self, other):
                return test(self.data, _inner(other, owner))
            return compare
        method = make(getattr(_operator_module(), name))
        method.__name__ = name
        method.__qualname__ = f'{owner.__name__}.{name}'
        setattr(owner, name, method)


def _operator_module():
    import operator
    return operator


_comparisons(UserList)
_comparisons(UserString)
UserList.__hash__ = None
_delegate(str, '__str__ __len__ __hash__', UserString)
UserString.__int__ = lambda self: int(self.data)
UserString.__float__ = lambda self: float(self.data)
UserString.__complex__ = lambda self: complex(self.data)
for _name, _kind in (('__int__', int), ('__float__', float),
                     ('__complex__', complex)):
    getattr(UserString, _name).__name__ = _name
    getattr(UserString, _name).__qualname__ = 'UserString.' + _name


def _string_method(name, wraps):
    """A UserString method calling str's method `name` on self.data, with
    UserString arguments replaced by their str; a str result comes back as
    an instance of self's class when wraps is true."""
    target = getattr(str, name)

    def method(self, *args, **kwargs):
        args = [_inner(arg, UserString) for arg in args]
        found = target(self.data, *args, **kwargs)
        if wraps:
            return type(self)(found)
        return found

    method.__name__ = name
    method.__qualname__ = 'UserString.' + name
    method.__doc__ = target.__doc__
    return method


for _name in ('capitalize casefold center expandtabs ljust lower lstrip '
              'removeprefix removesuffix replace rjust rstrip strip swapcase '
              'title translate upper zfill').split():
    setattr(UserString, _name, _string_method(_name, True))
for _name in ('count encode endswith find format format_map index join '
              'isalnum isalpha isascii isdecimal isdigit isidentifier '
              'islower isnumeric isprintable isspace istitle isupper '
              'partition rfind rindex rpartition rsplit split splitlines '
              'startswith').split():
    setattr(UserString, _name, _string_method(_name, False))
del _name, _kind

for _kind in (UserDict, UserList, UserString):
    _abstract_bookkeeping.update_abstractmethods(_kind)
del _kind

"""Container datatypes: deque, defaultdict, Counter, OrderedDict, namedtuple
and ChainMap, written for coil after CPython 3.11's Lib/collections.

coil cannot subclass builtin types, so the dict-like classes wrap a real dict
(``_data``) and deque wraps a list; isinstance(x, dict) is False for them.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque',
           'namedtuple']

import sys as _sys

_sentinel = object()


def _is_mapping(obj):
    if isinstance(obj, dict):
        return True
    return hasattr(obj, 'keys') and hasattr(obj, '__getitem__')


def _index(i):
    if isinstance(i, int):
        return i
    try:
        method = i.__index__
    except AttributeError:
        method = None
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(i).__name__)
    return method()


################################################################################
### deque
################################################################################

class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

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
        """maximum size of a deque or None if unbounded"""
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
        """Add an element to the right side of the deque."""
        self._state += 1
        m = self._maxlen
        if m is not None and len(self._d) - self._h >= m:
            if m == 0:
                return
            self._popleft()
        self._d.append(x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
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
        """Remove and return the rightmost element."""
        if len(self._d) == self._h:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = self._d.pop()
        if len(self._d) == self._h:
            self._d = []
            self._h = 0
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        if len(self._d) == self._h:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._popleft()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._d = []
        self._h = 0

    def insert(self, i, x):
        """Insert value before index."""
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
        """Remove first occurrence of value."""
        d = self._d
        for i in range(self._h, len(d)):
            if d[i] is value or d[i] == value:
                self._state += 1
                del d[i]
                return
        raise ValueError("%r is not in deque" % (value,))

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is
        negative, rotates left."""
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
        """Reverse *IN PLACE*."""
        self._state += 1
        self._compact()
        self._d.reverse()

    # -- queries --------------------------------------------------------------

    def count(self, value):
        """Return number of occurrences of value."""
        c = 0
        d = self._d
        for i in range(self._h, len(d)):
            if d[i] is value or d[i] == value:
                c += 1
        return c

    def index(self, value, start=0, stop=_sys.maxsize):
        """Return first index of value."""
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
        """Return a shallow copy of a deque."""
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
        items = repr(self._d[self._h:])
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


################################################################################
### dict wrappers
################################################################################

class _DictLike:
    """The dict API over a wrapped dict, self._data."""

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def __reversed__(self):
        return reversed(self._data)

    def __contains__(self, key):
        return key in self._data

    def __getitem__(self, key):
        d = self._data
        if key in d:
            return d[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __bool__(self):
        return bool(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def popitem(self):
        return self._data.popitem()

    def setdefault(self, key, default=None):
        return self._data.setdefault(key, default)

    def clear(self):
        self._data.clear()

    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError("update expected at most 1 argument, got %d"
                            % len(args))
        if args:
            other = args[0]
            if _is_mapping(other):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for k, v in other:
                    self[k] = v
        for k in kwargs:
            self[k] = kwargs[k]

    def __eq__(self, other):
        if isinstance(other, _DictLike):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, (dict, _DictLike)):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _DictLike)):
            return NotImplemented
        new = self.copy()
        new._data = dict(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class defaultdict(_DictLike):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory"""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        self._data = {}
        self.update(*args, **kwargs)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._data[key] = value
        return value

    def copy(self):
        return self.__class__(self.default_factory, self._data)

    __copy__ = copy

    def __repr__(self):
        f = self.default_factory
        if f is None:
            fr = 'None'
        else:
            fr = repr(f)
        return '%s(%s, %r)' % (type(self).__name__, fr, self._data)

    def __ror__(self, other):
        if not isinstance(other, (dict, _DictLike)):
            return NotImplemented
        new = self.__class__(self.default_factory, other)
        new.update(self)
        return new


class OrderedDict(_DictLike):
    """Dictionary that remembers insertion order"""

    def __init__(self, *args, **kwargs):
        self._data = {}
        self.update(*args, **kwargs)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        """
        d = self._data
        if not d:
            raise KeyError('dictionary is empty')
        if last:
            return d.popitem()
        for key in d:
            break
        value = d.pop(key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false)."""
        d = self._data
        if key not in d:
            raise KeyError(key)
        value = d.pop(key)
        if last:
            d[key] = value
        else:
            new = {key: value}
            new.update(d)
            self._data = new

    def copy(self):
        return self.__class__(self._data)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return (self._data == other._data
                    and list(self._data) == list(other._data))
        return _DictLike.__eq__(self, other)

    def __repr__(self):
        if not self._data:
            return '%s()' % (type(self).__name__,)
        return '%s(%r)' % (type(self).__name__, list(self._data.items()))


################################################################################
### Counter
################################################################################

def _count_elements(mapping, iterable):
    'Tally elements from the iterable.'
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


class Counter(_DictLike):
    """Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.
    """

    def __init__(self, iterable=None, /, **kwds):
        self._data = {}
        self.update(iterable, **kwds)

    def __missing__(self, key):
        'The count of elements not in the Counter is zero.'
        return 0

    def total(self):
        'Sum of the counts'
        return sum(self._data.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.
        """
        if n is None:
            return sorted(self._data.items(), key=_second, reverse=True)
        import heapq
        return heapq.nlargest(n, self._data.items(), key=_second)

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        for elem, count in self._data.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self._data:
                    self_get = self._data.get
                    for elem in iterable.keys():
                        self._data[elem] = iterable[elem] + self_get(elem, 0)
                else:
                    for elem in iterable.keys():
                        self._data[elem] = iterable[elem]
            else:
                _count_elements(self._data, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            self_get = self._data.get
            if _is_mapping(iterable):
                for elem in iterable.keys():
                    self._data[elem] = self_get(elem, 0) - iterable[elem]
            else:
                for elem in iterable:
                    self._data[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        'Return a shallow copy.'
        return self.__class__(self)

    __copy__ = copy

    def __delitem__(self, elem):
        'Like dict.__delitem__() but does not raise KeyError for missing values.'
        if elem in self._data:
            del self._data[elem]

    def __repr__(self):
        if not self._data:
            return '%s()' % type(self).__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self._data)
        return '%s(%r)' % (type(self).__name__, d)

    # Rich comparisons treat missing elements as having zero counts.

    def __eq__(self, other):
        'True if all counts agree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        'True if any counts disagree. Missing counts are treated as zero.'
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        'True if all counts in self are a subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        'True if all counts in self are a proper subset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        'True if all counts in self are a superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        'True if all counts in self are a proper superset of those in other.'
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __add__(self, other):
        '''Add counts from two counters.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        ''' Subtract count, but keep only results with positive counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        '''Union is the maximum of value in either of the input counters.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        ''' Intersection is the minimum of corresponding counts.'''
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        'Adds an empty counter, effectively stripping negative and zero counts'
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        '''Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts.
        '''
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        '''Internal method to strip elements with a negative or zero count'''
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self._data[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


def _second(pair):
    return pair[1]


################################################################################
### ChainMap
################################################################################

class ChainMap:
    """A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.
    """

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for k in mapping:
                d[k] = None
        return iter(d)

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join(map(repr, self.maps)))

    def keys(self):
        return list(self)

    def items(self):
        return [(k, self[k]) for k in self]

    def values(self):
        return [self[k] for k in self]

    @classmethod
    def fromkeys(cls, iterable, *args):
        'Create a ChainMap with a single dict created from the iterable.'
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        'New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]'
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        '''New ChainMap with a new map followed by all previous maps.'''
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        'New ChainMap from maps[1:].'
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        'Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty.'
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        'Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0].'
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        'Clear maps[0], leaving maps[1:] intact.'
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, *args, **kwargs):
        self.maps[0].update(*args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        elif not isinstance(other, (dict, _DictLike)):
            return NotImplemented
        return dict(self.items()) == other

    __hash__ = None


################################################################################
### namedtuple
################################################################################

def _fmt_names(names):
    names = [repr(n) for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return names[0] + ' and ' + names[1]
    return ', '.join(names[:-1]) + ', and ' + names[-1]


class _TupleBase:
    """Shared methods of the classes namedtuple() makes; values live in the
    tuple self._tuple."""

    __slots__ = ()

    def __len__(self):
        return len(self._tuple)

    def __iter__(self):
        return iter(self._tuple)

    def __reversed__(self):
        return reversed(self._tuple)

    def __getitem__(self, i):
        return self._tuple[i]

    def __contains__(self, x):
        return x in self._tuple

    def __hash__(self):
        return hash(self._tuple)

    def __eq__(self, other):
        if isinstance(other, _TupleBase):
            return self._tuple == other._tuple
        if isinstance(other, tuple):
            return self._tuple == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def _other(self, other):
        if isinstance(other, _TupleBase):
            return other._tuple
        if isinstance(other, tuple):
            return other
        return None

    def __lt__(self, other):
        o = self._other(other)
        if o is None:
            return NotImplemented
        return self._tuple < o

    def __le__(self, other):
        o = self._other(other)
        if o is None:
            return NotImplemented
        return self._tuple <= o

    def __gt__(self, other):
        o = self._other(other)
        if o is None:
            return NotImplemented
        return self._tuple > o

    def __ge__(self, other):
        o = self._other(other)
        if o is None:
            return NotImplemented
        return self._tuple >= o

    def __add__(self, other):
        o = self._other(other)
        if o is None:
            return NotImplemented
        return self._tuple + o

    def __radd__(self, other):
        if isinstance(other, tuple):
            return other + self._tuple
        return NotImplemented

    def __mul__(self, n):
        return self._tuple * n

    __rmul__ = __mul__

    def __bool__(self):
        return bool(self._tuple)

    def count(self, value):
        return self._tuple.count(value)

    def index(self, value, *args):
        return self._tuple.index(value, *args)

    def __repr__(self):
        names = self._fields
        vals = self._tuple
        parts = []
        for i in range(len(names)):
            parts.append(names[i] + '=' + repr(vals[i]))
        return type(self).__name__ + '(' + ', '.join(parts) + ')'

    def _asdict(self):
        'Return a new dict which maps field names to their values.'
        return dict(zip(self._fields, self._tuple))

    def _replace(self, /, **kwds):
        'Return a new namedtuple object replacing specified fields with new values'
        values = []
        for name, value in zip(self._fields, self._tuple):
            if name in kwds:
                values.append(kwds.pop(name))
            else:
                values.append(value)
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return self._make(values)

    @classmethod
    def _make(cls, iterable):
        'Make a new object from a sequence or iterable'
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError('Expected %d arguments, got %d'
                            % (len(cls._fields), len(values)))
        self = object.__new__(cls)
        object.__setattr__(self, '_tuple', values)
        return self

    def __getnewargs__(self):
        return self._tuple

    def __setattr__(self, name, value):
        if name in self._fields:
            raise AttributeError("can't set attribute")
        # A subclass without __slots__ gives its instances a __dict__.
        for klass in type(self).__mro__:
            if klass is _TupleBase:
                break
            if '__slots__' not in klass.__dict__:
                object.__setattr__(self, name, value)
                return
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (type(self).__name__, name))


def _field_property(index, doc):
    def get(self):
        return self._tuple[index]
    return property(get, doc=doc)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new class with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> p = Point(11, y=22)
    >>> p
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier()
                or _iskeyword(name)
                or name.startswith('_')
                or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             f'identifiers: {name!r}')
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             f'keyword: {name!r}')

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             f'{name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    field_names = tuple(field_names)
    num_fields = len(field_names)
    num_required = num_fields - len(field_defaults)
    new_name = typename + '.__new__'

    def __init__(self, *args, **kwargs):
        nargs = len(args)
        if nargs > num_fields:
            if num_required == num_fields:
                takes = '%d positional argument%s' % (
                    num_fields + 1, '' if num_fields == 0 else 's')
            else:
                takes = 'from %d to %d positional arguments' % (
                    num_required + 1, num_fields + 1)
            raise TypeError('%s() takes %s but %d %s given' % (
                new_name, takes, nargs + 1, 'was' if nargs == 0 else 'were'))
        values = list(args)
        if kwargs or nargs < num_fields:
            for key in kwargs:
                if key not in field_names:
                    raise TypeError('%s() got an unexpected keyword argument %r'
                                    % (new_name, key))
                if field_names.index(key) < nargs:
                    raise TypeError('%s() got multiple values for argument %r'
                                    % (new_name, key))
            missing = []
            for i in range(nargs, num_fields):
                name = field_names[i]
                if name in kwargs:
                    values.append(kwargs[name])
                elif name in field_defaults:
                    values.append(field_defaults[name])
                else:
                    missing.append(name)
            if missing:
                raise TypeError('%s() missing %d required positional argument%s: %s'
                                % (new_name, len(missing),
                                   '' if len(missing) == 1 else 's',
                                   _fmt_names(missing)))
        object.__setattr__(self, '_tuple', tuple(values))

    namespace = {
        '__doc__': f'{typename}({", ".join(field_names)})',
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__init__': __init__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        namespace[name] = _field_property(index, f'Alias for field number {index}')

    result = type(typename, (_TupleBase,), namespace)

    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = None
    if module is not None:
        result.__module__ = module

    return result


_kwlist = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break',
    'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally',
    'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal',
    'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield'])


def _iskeyword(s):
    return s in _kwlist

"""The abstract base classes of collections.abc, written for coil.

`collections.abc` re-exports everything defined here; the classes say
`collections.abc` as their module, as they do in CPython.

A one-trick ABC (Hashable, Iterable, Sized, ...) recognises any class that
defines its methods somewhere in its MRO without blocking them with None;
the richer ABCs (Sequence, Mapping, Set, ...) only know their subclasses and
the classes registered with them, and give those their mixin methods.
"""

from abc import ABCMeta, abstractmethod
import sys

# The classes are shown as collections.abc's (this module's name is that
# one in CPython too).
__name__ = "collections.abc"

GenericAlias = type(list[int])

__all__ = [
    "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator",
    "AsyncGenerator", "Hashable", "Iterable", "Iterator", "Generator",
    "Reversible", "Sized", "Container", "Callable", "Collection", "Set",
    "MutableSet", "Mapping", "MutableMapping", "MappingView", "KeysView",
    "ItemsView", "ValuesView", "Sequence", "MutableSequence", "ByteString",
]


def _defines_all(klass, names):
    """True when every name is found in the __dict__ of some class of
    klass.__mro__ (the first one found decides) and is not None there."""
    mro = klass.__mro__
    for name in names:
        for owner in mro:
            namespace = owner.__dict__
            if name in namespace:
                if namespace[name] is None:
                    return False
                break
        else:
            return False
    return True


def _one_trick(*names):
    """A __subclasshook__ that recognises the classes defining `names`, but
    only when asked on the ABC whose namespace holds it (a subclass of that
    ABC goes through the ordinary registry and MRO checks)."""

    def __subclasshook__(cls, C):
        if cls.__dict__.get("__subclasshook__") is not hook:
            return NotImplemented
        if _defines_all(C, names):
            return True
        return NotImplemented

    hook = classmethod(__subclasshook__)
    return hook


# ---------------------------------------------------------------- one-trick ABCs


class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __hash__(self):
        return 0

    __subclasshook__ = _one_trick("__hash__")


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        return
        yield

    __subclasshook__ = _one_trick("__await__")
    __class_getitem__ = classmethod(GenericAlias)


class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        """Send a value into the coroutine; it returns the next value
        yielded, or raises StopIteration."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the coroutine."""
        _rethrow(typ, val, tb)

    def close(self):
        """Throw GeneratorExit into the coroutine; it must not go on."""
        _close_by_throwing(self, "coroutine ignored GeneratorExit")

    __subclasshook__ = _one_trick("__await__", "send", "throw", "close")


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()

    __subclasshook__ = _one_trick("__aiter__")
    __class_getitem__ = classmethod(GenericAlias)


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        """The next item, or StopAsyncIteration at the end."""
        raise StopAsyncIteration

    def __aiter__(self):
        return self

    __subclasshook__ = _one_trick("__anext__", "__aiter__")


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    async def __anext__(self):
        """The next item, or StopAsyncIteration at the end."""
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        """Send a value in; the next value yielded comes back, or
        StopAsyncIteration is raised."""
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        """Raise an exception inside the asynchronous generator."""
        _rethrow(typ, val, tb)

    async def aclose(self):
        """Throw GeneratorExit in; the generator must not yield again."""
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")

    __subclasshook__ = _one_trick("__aiter__", "__anext__", "asend", "athrow", "aclose")


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        return
        yield

    __subclasshook__ = _one_trick("__iter__")
    __class_getitem__ = classmethod(GenericAlias)


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        """The next item, or StopIteration at the end."""
        raise StopIteration

    def __iter__(self):
        return self

    __subclasshook__ = _one_trick("__iter__", "__next__")


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        return
        yield

    __subclasshook__ = _one_trick("__reversed__", "__iter__")


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        """The next value yielded, or StopIteration at the end."""
        return self.send(None)

    @abstractmethod
    def send(self, value):
        """Send a value in; the next value yielded comes back, or
        StopIteration is raised."""
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        """Raise an exception inside the generator."""
        _rethrow(typ, val, tb)

    def close(self):
        """Throw GeneratorExit in; the generator must not yield again."""
        _close_by_throwing(self, "generator ignored GeneratorExit")

    __subclasshook__ = _one_trick("__iter__", "__next__", "send", "throw", "close")


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0

    __subclasshook__ = _one_trick("__len__")


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False

    __subclasshook__ = _one_trick("__contains__")
    __class_getitem__ = classmethod(GenericAlias)


class Collection(Sized, Iterable, Container):
    __slots__ = ()
    __subclasshook__ = _one_trick("__len__", "__iter__", "__contains__")


def _rethrow(typ, val, tb):
    # throw(type), throw(type, value), throw(instance): raise what was meant.
    if val is None and tb is None:
        raise typ
    exc = typ() if val is None else val
    raise exc if tb is None else exc.with_traceback(tb)


def _close_by_throwing(obj, complaint):
    try:
        obj.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        return
    raise RuntimeError(complaint)


# ---------------------------------------------------------------- Callable


def _callable_arg_text(obj):
    # How collections.abc.Callable[...] shows one of its types.
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return f"{obj.__module__}.{obj.__qualname__}"
    if obj is Ellipsis:
        return "..."
    if type(obj).__name__ == "function":
        return obj.__name__
    return repr(obj)


def _is_param_list(obj):
    # ..., a ParamSpec, or Concatenate[...]: what may stand for the
    # parameters as a whole (typing marks its classes for those).
    return obj is Ellipsis or getattr(type(obj), "_coil_param_expr", False)


class _CallableAlias:
    """collections.abc.Callable[[arg, ...], result]: the arguments are kept
    flat in __args__ (the parameter types, then the result)."""

    __slots__ = ("__origin__", "__args__", "__parameters__", "_flat", "__weakref__")

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args
        params = []
        for arg in args:
            for p in _params_of(arg):
                if p not in params:
                    params.append(p)
        self.__parameters__ = tuple(params)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_list(args[0]):
            head = _callable_arg_text(args[0])
        else:
            head = "[" + ", ".join(_callable_arg_text(a) for a in args[:-1]) + "]"
        return f"collections.abc.Callable[{head}, {_callable_arg_text(args[-1])}]"

    def __eq__(self, other):
        if not isinstance(other, _CallableAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def _with_args(self, args):
        # A parameter list substituted for a ParamSpec is spread out.
        params = []
        for arg in args[:-1]:
            if isinstance(arg, (tuple, list)):
                params.extend(arg)
            else:
                params.append(arg)
        return _CallableAlias(self.__origin__, (*params, args[-1]))

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __reduce__(self):
        return _CallableAlias, (self.__origin__, self.__args__)

    def __or__(self, other):
        import typing
        return typing.Union[self, other]

    def __ror__(self, other):
        import typing
        return typing.Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __getitem__(self, items):
        import typing
        return typing._coil_substitute_callable(self, items)

    def __getattr__(self, name):
        if name.startswith("__") and name.endswith("__"):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


def _params_of(arg):
    # The type variables arg stands for or contains (typing's objects).
    if isinstance(arg, type):
        return ()
    if hasattr(type(arg), "__typing_subst__"):
        return (arg,)
    if isinstance(arg, (list, tuple)):
        found = []
        for item in arg:
            found.extend(_params_of(item))
        return tuple(found)
    found = getattr(arg, "__parameters__", ())
    return found if isinstance(found, tuple) else ()


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False

    __subclasshook__ = _one_trick("__call__")

    @classmethod
    def __class_getitem__(cls, item):
        if not (isinstance(item, tuple) and len(item) == 2):
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = item
        if isinstance(params, (list, tuple)):
            args = tuple(params) + (result,)
        elif _is_param_list(params):
            args = (params, result)
        else:
            raise TypeError("Expected a list of types, an ellipsis, ParamSpec, "
                            f"or Concatenate. Got {params!r}")
        return _CallableAlias(cls, args)


# ---------------------------------------------------------------- sets


class Set(Collection):
    """A finite, iterable container; subclasses define __contains__,
    __iter__ and __len__ and get comparisons and the set operators.

    The operators build their results with the classmethod _from_iterable,
    which calls the class with an iterable; override it when the
    constructor takes other arguments.
    """

    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) > len(other):
            return False
        return all(item in other for item in self)

    def __lt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) < len(other) and self.__le__(other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        if len(self) < len(other):
            return False
        return all(item in self for item in other)

    def __gt__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) > len(other) and self.__ge__(other)

    def __eq__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) == len(other) and self.__le__(other)

    @classmethod
    def _from_iterable(cls, it):
        """Build an instance of the class from an iterable of its items."""
        return cls(it)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(item for item in other if item in self)

    __rand__ = __and__

    def isdisjoint(self, other):
        """True when the two sets have no element in common."""
        for item in other:
            if item in self:
                return False
        return True

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(_chain2(self, other))

    __ror__ = __or__

    def __sub__(self, other):
        other = _as_set(self, other)
        if other is NotImplemented:
            return other
        return self._from_iterable(item for item in self if item not in other)

    def __rsub__(self, other):
        other = _as_set(self, other)
        if other is NotImplemented:
            return other
        return self._from_iterable(item for item in other if item not in self)

    def __xor__(self, other):
        other = _as_set(self, other)
        if other is NotImplemented:
            return other
        return (self - other) | (other - self)

    __rxor__ = __xor__

    def _hash(self):
        """A hash for a set type that wants one (Set defines no __hash__,
        since mutable sets must not be hashable): it depends only on the
        elements, never on their order, as frozenset's does."""
        width = sys.maxsize.bit_length() + 1
        mask = (1 << width) - 1
        acc = (1927868237 * (len(self) + 1)) & mask
        for item in self:
            h = hash(item)
            acc ^= ((h ^ (h << 16) ^ 89869747) * 3644798167) & mask
        acc ^= (acc >> 11) ^ (acc >> 25)
        acc = (acc * 69069 + 907133923) & mask
        if acc >> (width - 1):
            acc -= 1 << width
        return 590923713 if acc == -1 else acc

    __hash__ = None


def _chain2(first, second):
    yield from first
    yield from second


def _as_set(s, other):
    # The other operand of -, ^: a Set, or any iterable made into one.
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return s._from_iterable(other)
    return NotImplemented


class MutableSet(Set):
    """A Set that can change: subclasses add add() and discard()."""

    __slots__ = ()

    @abstractmethod
    def add(self, value):
        """Put an element in."""
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        """Take an element out if it is there."""
        raise NotImplementedError

    def remove(self, value):
        """Take an element out; KeyError when it is not there."""
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        """Take out and return some element; KeyError when empty."""
        for value in self:
            break
        else:
            raise KeyError
        self.discard(value)
        return value

    def __iand__(self, it):
        for value in self - it:
            self.discard(value)
        return self

    def __ior__(self, it):
        for value in it:
            self.add(value)
        return self

    def __isub__(self, it):
        if it is not self:
            for value in it:
                self.discard(value)
        else:
            self.clear()
        return self

    def __ixor__(self, it):
        if it is not self:
            other = it if isinstance(it, Set) else self._from_iterable(it)
            for value in other:
                change = self.discard if value in self else self.add
                change(value)
        else:
            self.clear()
        return self

    def clear(self):
        """Take out every element (pop() until KeyError)."""
        while True:
            try:
                self.pop()
            except KeyError:
                return


# ---------------------------------------------------------------- mappings


class Mapping(Collection):
    """A read-only container of keys and values: subclasses define
    __getitem__, __iter__ and __len__ and get get(), keys(), items(),
    values(), `in` and ==."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def get(self, key, default=None):
        """The value of key, or default when key is missing."""
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        """A set-like view of the keys."""
        return KeysView(self)

    def items(self):
        """A set-like view of the (key, value) pairs."""
        return ItemsView(self)

    def values(self):
        """A view of the values."""
        return ValuesView(self)

    def __eq__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __reversed__ = None
    __hash__ = None


class MappingView(Sized):
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{type(self).__name__}({self._mapping!r})"

    __class_getitem__ = classmethod(GenericAlias)


def _plain_set(cls, it):
    # Set operations on key and item views give plain sets.
    return set(it)


class KeysView(MappingView, Set):
    __slots__ = ()
    _from_iterable = classmethod(_plain_set)

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping


class ItemsView(MappingView, Set):
    __slots__ = ()
    _from_iterable = classmethod(_plain_set)

    def __contains__(self, item):
        key, value = item
        mapping = self._mapping
        try:
            found = mapping[key]
        except KeyError:
            return False
        return found is value or found == value

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield (key, mapping[key])


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        mapping = self._mapping
        for key in mapping:
            found = mapping[key]
            if found is value or found == value:
                return True
        return False

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


_NO_DEFAULT = object()


class MutableMapping(Mapping):
    """A Mapping that can change: subclasses add __setitem__ and
    __delitem__ and get pop(), popitem(), clear(), update() and
    setdefault()."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, key, value):
        """Map key to value."""
        raise KeyError

    @abstractmethod
    def __delitem__(self, key):
        """Remove key (KeyError when missing)."""
        raise KeyError

    def pop(self, key, default=_NO_DEFAULT):
        """Remove key and return its value; without it, return default if
        given, else raise KeyError."""
        try:
            value = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        """Remove and return some (key, value) pair; KeyError when empty."""
        for key in self:
            break
        else:
            raise KeyError
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        """Set the items of other (a mapping, an object with keys(), or
        (key, value) pairs), then the keyword arguments."""
        if isinstance(other, Mapping) or hasattr(other, "keys"):
            keys = other if isinstance(other, Mapping) else other.keys()
            for key in keys:
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key in kwds:
            self[key] = kwds[key]

    def setdefault(self, key, default=None):
        """self[key] if present; otherwise store default there and return it."""
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# ---------------------------------------------------------------- sequences


class Sequence(Reversible, Collection):
    """A read-only indexable container: subclasses define __getitem__ and
    __len__ and get iteration, `in`, reversed(), index() and count()."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        """The item at index (IndexError past the end)."""
        raise IndexError

    def __iter__(self):
        i = 0
        while True:
            try:
                item = self[i]
            except IndexError:
                return
            yield item
            i += 1

    def __contains__(self, value):
        for item in self:
            if item is value or item == value:
                return True
        return False

    def __reversed__(self):
        i = len(self)
        while i > 0:
            i -= 1
            yield self[i]

    def index(self, value, start=0, stop=None):
        """The first index of value (searching start <= i < stop);
        ValueError when it is not there."""
        if start is not None and start < 0:
            start = len(self) + start
            if start < 0:
                start = 0
        if stop is not None and stop < 0:
            stop += len(self)
        i = start
        while stop is None or i < stop:
            try:
                item = self[i]
            except IndexError:
                break
            if item is value or item == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        """How many times value occurs."""
        n = 0
        for item in self:
            if item is value or item == value:
                n += 1
        return n


class MutableSequence(Sequence):
    """A Sequence that can change: subclasses add __setitem__, __delitem__
    and insert() and get append(), extend(), pop(), remove(), reverse(),
    clear() and +=."""

    __slots__ = ()

    @abstractmethod
    def __setitem__(self, index, value):
        """Replace the item at index."""
        raise IndexError

    @abstractmethod
    def __delitem__(self, index):
        """Remove the item at index."""
        raise IndexError

    @abstractmethod
    def insert(self, index, value):
        """Put value in before position index."""
        raise IndexError

    def append(self, value):
        """Put value at the end."""
        self.insert(len(self), value)

    def clear(self):
        """Remove every item."""
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        """Reverse the items in place."""
        lo, hi = 0, len(self) - 1
        while lo < hi:
            self[lo], self[hi] = self[hi], self[lo]
            lo += 1
            hi -= 1

    def extend(self, values):
        """Append each item of values."""
        if values is self:
            values = list(values)
        for item in values:
            self.append(item)

    def pop(self, index=-1):
        """Remove and return the item at index (the last by default)."""
        item = self[index]
        del self[index]
        return item

    def remove(self, value):
        """Remove the first occurrence of value; ValueError if absent."""
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


class ByteString(Sequence):
    """The sequences of bytes: bytes and bytearray."""

    __slots__ = ()


# ---------------------------------------------------------------- registrations


def _kinds():
    # The builtin types the ABCs know without structural checks.
    def gen():
        yield

    async def coro():
        pass

    async def agen():
        yield

    c = coro()
    ag = agen()
    d = {}
    found = {
        "generator": type(gen()),
        "coroutine": type(c),
        "async_generator": type(ag),
        "dict_keys": type(d.keys()),
        "dict_values": type(d.values()),
        "dict_items": type(d.items()),
    }
    c.close()
    iterators = set()
    for probe in (b"", bytearray(), memoryview(b""), "", (), [], {}, d.keys(),
                  d.values(), d.items(), set(), frozenset(), range(0)):
        iterators.add(type(iter(probe)))
    try:
        iterators.add(type(iter(range(1 << 70))))
    except OverflowError:
        pass
    for probe in ([], range(0), {}):
        iterators.add(type(reversed(probe)))
    for probe in (zip(), map(len, ()), filter(None, ()), enumerate(())):
        iterators.add(type(probe))
    found["iterators"] = iterators
    found["callables"] = {type(gen), type(len), type([].append), type(ag.asend), type}
    return found


def _register_builtins():
    kinds = _kinds()
    for it in kinds["iterators"]:
        Iterator.register(it)
    Generator.register(kinds["generator"])
    Coroutine.register(kinds["coroutine"])
    AsyncGenerator.register(kinds["async_generator"])
    KeysView.register(kinds["dict_keys"])
    ValuesView.register(kinds["dict_values"])
    ItemsView.register(kinds["dict_items"])
    # Classes whose methods coil's builtin type dicts do not all show yet.
    for kind in (dict, kinds["dict_keys"], kinds["dict_values"], kinds["dict_items"]):
        Reversible.register(kind)
    for kind in kinds["callables"]:
        Callable.register(kind)
    for kind in (tuple, str, range):
        Sequence.register(kind)
    MutableSequence.register(list)
    # array is native in coil; CPython's array module registers itself.
    from array import array as array_type
    MutableSequence.register(array_type)
    ByteString.register(bytes)
    Set.register(frozenset)
    MutableSet.register(set)
    MutableMapping.register(dict)
    builtins = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
    for name, abc in (("memoryview", Sequence), ("bytearray", MutableSequence)):
        kind = builtins.get(name)
        if kind is not None:
            abc.register(kind)
            if name == "bytearray":
                ByteString.register(kind)
    from types import MappingProxyType
    Mapping.register(MappingProxyType)


_register_builtins()

del _kinds, _register_builtins

"""Weak references and the containers built on them.

The reference type itself is native (`_weakref`); this module adds
WeakMethod, the proxies, WeakValueDictionary, WeakKeyDictionary, finalize and
re-exports WeakSet."""

from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType
from _weakrefset import WeakSet
import _collections_abc
import sys
import types as _types

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary",
           "WeakSet", "WeakMethod", "finalize"]


# ---------------------------------------------------------------- WeakMethod

class WeakMethod(ref):
    """A weak reference to a bound method: it stays alive while both the
    object and the function do, and calling it rebuilds the bound method."""

    def __new__(cls, meth, callback=None):
        try:
            target = meth.__self__
            function = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        holder = []

        def died(_part):
            me = holder[0]() if holder else None
            if me is None or not me._alive:
                return
            me._alive = False
            if callback is not None:
                callback(me)

        self = ref.__new__(cls, target, died)
        self._func_ref = ref(function, died)
        self._meth_type = type(meth)
        self._alive = True
        holder.append(ref(self))
        return self

    def __call__(self):
        target = ref.__call__(self)
        function = self._func_ref()
        if target is None or function is None:
            return None
        return self._meth_type(function, target)

    def __eq__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return self is other

    def __ne__(self, other):
        if not isinstance(other, WeakMethod):
            return NotImplemented
        if self._alive and other._alive:
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return self is not other

    __hash__ = ref.__hash__


# ------------------------------------------------------------------- proxies

def _dead():
    return ReferenceError("weakly-referenced object no longer exists")


def _target(p):
    obj = object.__getattribute__(p, "_proxy_ref")()
    if obj is None:
        raise _dead()
    return obj


def _forward(name):
    def method(self, *args):
        return getattr(_target(self), name)(*args)
    method.__name__ = name
    return method


def _forward_right(op):
    def method(self, other):
        return op(other, _target(self))
    return method


def _forward_inplace(name, op):
    def method(self, other):
        obj = _target(self)
        hook = getattr(type(obj), name, None)
        if hook is not None:
            result = hook(obj, other)
            if result is not NotImplemented:
                return result
        return op(obj, other)
    return method


class ProxyType:
    """A proxy: attribute access and operators go to the referent while it lives."""

    def __init__(self, obj, callback=None):
        me = ref(self)

        # Always a callback, so that each proxy counts as a reference of its own.
        def died(_r):
            p = me()
            if p is not None and callback is not None:
                callback(p)

        object.__setattr__(self, "_proxy_ref", ref(obj, died))

    def __getattr__(self, name):
        return getattr(_target(self), name)

    def __setattr__(self, name, value):
        setattr(_target(self), name, value)

    def __delattr__(self, name):
        delattr(_target(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, "_proxy_ref")()
        if obj is None:
            return "<weakproxy at %#x; dead>" % id(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_target(self))

    def __bool__(self):
        return bool(_target(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.ProxyType'")

    def __bytes__(self):
        return bytes(_target(self))

    def __index__(self):
        import operator
        return operator.index(_target(self))

    def __iter__(self):
        return iter(_target(self))

    def __next__(self):
        return next(_target(self))

    def __reversed__(self):
        return reversed(_target(self))

    def __len__(self):
        return len(_target(self))

    def __contains__(self, item):
        return item in _target(self)

    def __getitem__(self, key):
        return _target(self)[key]

    def __setitem__(self, key, value):
        _target(self)[key] = value

    def __delitem__(self, key):
        del _target(self)[key]

    def __eq__(self, other):
        return _target(self) == other

    def __ne__(self, other):
        return _target(self) != other

    def __lt__(self, other):
        return _target(self) < other

    def __le__(self, other):
        return _target(self) <= other

    def __gt__(self, other):
        return _target(self) > other

    def __ge__(self, other):
        return _target(self) >= other

    def __neg__(self):
        return -_target(self)

    def __pos__(self):
        return +_target(self)

    def __abs__(self):
        return abs(_target(self))

    def __invert__(self):
        return ~_target(self)

    def __int__(self):
        return int(_target(self))

    def __float__(self):
        return float(_target(self))


def _add_operators():
    import operator
    table = [
        ("add", operator.add), ("sub", operator.sub), ("mul", operator.mul),
        ("truediv", operator.truediv), ("floordiv", operator.floordiv),
        ("mod", operator.mod), ("pow", pow), ("lshift", operator.lshift),
        ("rshift", operator.rshift), ("and", operator.and_),
        ("or", operator.or_), ("xor", operator.xor),
        ("matmul", operator.matmul),
    ]
    for stem, op in table:
        setattr(ProxyType, "__%s__" % stem, (lambda op: lambda self, other: op(_target(self), other))(op))
        setattr(ProxyType, "__r%s__" % stem, _forward_right(op))
        setattr(ProxyType, "__i%s__" % stem, _forward_inplace("__i%s__" % stem, op))


_add_operators()
del _add_operators


class CallableProxyType(ProxyType):
    """A proxy to a callable object."""

    def __call__(self, *args, **kwargs):
        return _target(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy to obj: uses of it act on obj until obj dies (ReferenceError after)."""
    kind = CallableProxyType if callable(obj) else ProxyType
    return kind(obj, callback)


# -------------------------------------------------------- WeakValueDictionary

class KeyedRef(ref):
    """A weak reference that also remembers the key it is stored under."""

    def __new__(cls, obj, callback, key):
        self = ref.__new__(cls, obj, callback)
        self.key = key
        return self

    def __init__(self, obj, callback, key):
        pass


class _Deferring:
    """Shared machinery: removals that arrive while the mapping is being
    iterated wait until every iteration has ended."""

    def _setup(self):
        self._walkers = 0
        self._deferred = []

    def _begin_walk(self):
        self._walkers += 1

    def _end_walk(self):
        self._walkers -= 1
        if not self._walkers and self._deferred:
            self._settle()

    def _settle(self):
        waiting, self._deferred = self._deferred, []
        for item in waiting:
            self._drop_entry(item)

    def _tidy(self):
        if self._deferred and not self._walkers:
            self._settle()


class WeakValueDictionary(_Deferring, _collections_abc.MutableMapping):
    """A mapping whose values are held weakly: an entry disappears when its
    value dies."""

    def __init__(self, other=(), /, **kw):
        self._setup()
        self.data = {}
        owner = ref(self)

        def forget(value_ref):
            d = owner()
            if d is None:
                return
            if d._walkers:
                d._deferred.append(value_ref)
            else:
                d._drop_entry(value_ref)

        self._forget = forget
        self.update(other, **kw)

    def _drop_entry(self, value_ref):
        if self.data.get(value_ref.key) is value_ref:
            del self.data[value_ref.key]

    def __getitem__(self, key):
        self._tidy()
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._tidy()
        self.data[key] = KeyedRef(value, self._forget, key)

    def __delitem__(self, key):
        self._tidy()
        if self.data[key]() is None:
            raise KeyError(key)
        del self.data[key]

    def __len__(self):
        self._tidy()
        return sum(1 for r in self.data.values() if r() is not None)

    def __contains__(self, key):
        self._tidy()
        r = self.data.get(key)
        return r is not None and r() is not None

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def copy(self):
        self._tidy()
        result = type(self)()
        for key, value in self.items():
            result[key] = value
        return result

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        result = type(self)()
        for key, value in self.items():
            result[deepcopy(key, memo)] = value
        return result

    def get(self, key, default=None):
        self._tidy()
        r = self.data.get(key)
        if r is None:
            return default
        value = r()
        return default if value is None else value

    def items(self):
        self._begin_walk()
        try:
            for key, r in list(self.data.items()):
                value = r()
                if value is not None:
                    yield key, value
        finally:
            self._end_walk()

    def keys(self):
        self._begin_walk()
        try:
            for key, r in list(self.data.items()):
                if r() is not None:
                    yield key
        finally:
            self._end_walk()

    __iter__ = keys

    def values(self):
        self._begin_walk()
        try:
            for r in list(self.data.values()):
                value = r()
                if value is not None:
                    yield value
        finally:
            self._end_walk()

    def itervaluerefs(self):
        self._begin_walk()
        try:
            yield from list(self.data.values())
        finally:
            self._end_walk()

    def valuerefs(self):
        self._tidy()
        return list(self.data.values())

    def popitem(self):
        self._tidy()
        while True:
            key, r = self.data.popitem()
            value = r()
            if value is not None:
                return key, value

    def pop(self, key, *default):
        if len(default) > 1:
            raise TypeError("pop expected at most 2 arguments, got %d" % (1 + len(default)))
        self._tidy()
        r = self.data.pop(key, None)
        value = None if r is None else r()
        if value is None:
            if default:
                return default[0]
            raise KeyError(key)
        return value

    def setdefault(self, key, default=None):
        r = self.data.get(key)
        value = None if r is None else r()
        if value is None:
            self._tidy()
            self.data[key] = KeyedRef(default, self._forget, key)
            return default
        return value

    def update(self, other=(), /, **kwargs):
        self._tidy()
        if hasattr(other, "keys"):
            other = [(k, other[k]) for k in other.keys()]
        for key, value in other:
            self.data[key] = KeyedRef(value, self._forget, key)
        for key, value in kwargs.items():
            self.data[key] = KeyedRef(value, self._forget, key)

    def clear(self):
        self._tidy()
        self.data.clear()

    def __or__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            result = self.copy()
            result.update(other)
            return result
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            result = type(self)()
            result.update(other)
            result.update(self)
            return result
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


# ---------------------------------------------------------- WeakKeyDictionary

class WeakKeyDictionary(_Deferring, _collections_abc.MutableMapping):
    """A mapping whose keys are held weakly: an entry disappears when its key
    dies. Keys are found by identity of their referents."""

    def __init__(self, dict=None):
        self._setup()
        self.data = {}
        owner = ref(self)

        def forget(key_ref):
            d = owner()
            if d is None:
                return
            if d._walkers:
                d._deferred.append(key_ref)
            else:
                d._drop_entry(key_ref)

        self._forget = forget
        if dict is not None:
            self.update(dict)

    def _drop_entry(self, key_ref):
        self.data.pop(key_ref, None)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self._tidy()
        self.data[ref(key, self._forget)] = value

    def __delitem__(self, key):
        self._tidy()
        del self.data[ref(key)]

    def __len__(self):
        self._tidy()
        return sum(1 for r in self.data if r() is not None)

    def __contains__(self, key):
        try:
            probe = ref(key)
        except TypeError:
            return False
        return probe in self.data

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def copy(self):
        result = type(self)()
        for key, value in self.items():
            result[key] = value
        return result

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        result = type(self)()
        for key, value in self.items():
            result[key] = deepcopy(value, memo)
        return result

    def get(self, key, default=None):
        try:
            probe = ref(key)
        except TypeError:
            return default
        return self.data.get(probe, default)

    def items(self):
        self._begin_walk()
        try:
            for r, value in list(self.data.items()):
                key = r()
                if key is not None:
                    yield key, value
        finally:
            self._end_walk()

    def keys(self):
        self._begin_walk()
        try:
            for r in list(self.data):
                key = r()
                if key is not None:
                    yield key
        finally:
            self._end_walk()

    __iter__ = keys

    def values(self):
        self._begin_walk()
        try:
            for r, value in list(self.data.items()):
                if r() is not None:
                    yield value
        finally:
            self._end_walk()

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        self._tidy()
        while True:
            r, value = self.data.popitem()
            key = r()
            if key is not None:
                return key, value

    def pop(self, key, *default):
        self._tidy()
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        probe = ref(key)
        if probe in self.data:
            return self.data[probe]
        self._tidy()
        self.data[ref(key, self._forget)] = default
        return default

    def update(self, dict=None, /, **kwargs):
        self._tidy()
        source = dict if dict is not None else ()
        if hasattr(source, "keys"):
            source = [(k, source[k]) for k in source.keys()]
        for key, value in source:
            self.data[ref(key, self._forget)] = value
        if kwargs:
            self.update(kwargs)

    def clear(self):
        self._tidy()
        self.data.clear()

    def __or__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            result = self.copy()
            result.update(other)
            return result
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, _collections_abc.Mapping):
            result = type(self)()
            result.update(other)
            result.update(self)
            return result
        return NotImplemented

    def __ior__(self, other):
        self.update(other)
        return self


# ------------------------------------------------------------------ finalize

class finalize:
    """finalize(obj, func, /, *args, **kwargs): calls func(*args, **kwargs)
    once, when obj dies, when the finalizer is called, or at exit (if its
    `atexit` attribute is true), whichever comes first."""

    # Pending finalizers: id(finalize) -> (finalize object, obj ref, func, args, kwargs)
    _pending = {}
    _counter = 0
    _exit_hooked = False
    _exiting = False

    def __init__(self, obj, func, /, *args, **kwargs):
        cls = finalize
        if not cls._exit_hooked:
            import atexit
            atexit.register(cls._run_at_exit)
            cls._exit_hooked = True
        me = ref(self)

        def died(_r):
            f = me()
            if f is not None:
                f()

        entry = [ref(obj, died), func, args, kwargs or None, True]
        object.__setattr__(self, "_handle", entry)
        cls._counter += 1
        object.__setattr__(self, "_order", cls._counter)
        cls._pending[self] = True

    def __call__(self, _=None):
        entry = self._claim()
        if entry is not None:
            _, func, args, kwargs, _flag = entry
            return func(*args, **(kwargs or {}))

    def _claim(self):
        entry = self._handle
        if self in finalize._pending:
            del finalize._pending[self]
            return entry
        return None

    def detach(self):
        entry = self._handle
        obj = entry[0]()
        if obj is not None and self._claim() is not None:
            return (obj, entry[1], entry[2], entry[3] or {})
        return None

    def peek(self):
        entry = self._handle
        obj = entry[0]()
        if obj is not None and self in finalize._pending:
            return (obj, entry[1], entry[2], entry[3] or {})
        return None

    @property
    def alive(self):
        return self in finalize._pending

    @property
    def atexit(self):
        return self._handle[4]

    @atexit.setter
    def atexit(self, value):
        self._handle[4] = bool(value)

    def __repr__(self):
        obj = self._handle[0]()
        if obj is None or self not in finalize._pending:
            return "<%s object at %#x; dead>" % (type(self).__name__, id(self))
        return "<%s object at %#x; for %r at %#x>" % (
            type(self).__name__, id(self), type(obj).__name__, id(obj))

    @classmethod
    def _run_at_exit(cls):
        cls._exiting = True
        try:
            while cls._pending:
                due = sorted((f for f in cls._pending if f._handle[4]),
                             key=lambda f: f._order, reverse=True)
                if not due:
                    break
                for f in due:
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
        finally:
            cls._pending.clear()

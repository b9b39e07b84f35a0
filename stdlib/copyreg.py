"""Registry of the reduction functions pickle and copy use for types they
cannot handle by themselves, plus the table of extension codes.

pickle(type, function[, constructor]) registers how to reduce instances of
a type; add_extension/remove_extension manage the small integer codes the
pickle protocol 2 uses for well-known (module, name) pairs.
"""

__all__ = ["pickle", "constructor",
           "add_extension", "remove_extension", "clear_extension_cache"]

# type -> function(obj) giving the reduce tuple.
dispatch_table = {}


def constructor(object):
    """Check that object can serve as a constructor (it must be callable)."""
    if callable(object):
        return
    raise TypeError("constructors must be callable")


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reducer of instances of ob_type."""
    if callable(pickle_function):
        dispatch_table[ob_type] = pickle_function
    else:
        raise TypeError("reduction functions must be callable")
    if constructor_ob is not None:
        constructor(constructor_ob)


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def pickle_union(obj):
    import functools
    import operator
    return functools.reduce, (operator.or_, obj.__args__)


pickle(type(int | str), pickle_union)


# Protocol 0 and 1 support for instances of classes deriving from builtins.

def _reconstructor(cls, base, state):
    if base is object:
        return object.__new__(cls)
    made = base.__new__(cls, state)
    if base.__init__ != object.__init__:
        base.__init__(made, state)
    return made


_HEAPTYPE = 1 << 9
_new_type = type(int.__new__)


def _builtin_base(cls):
    # The first class of the MRO implemented natively (not in Python).
    for base in cls.__mro__:
        flags = getattr(base, '__flags__', None)
        if flags is not None:
            if not flags & _HEAPTYPE:
                return base
        elif getattr(base, '__module__', None) == 'builtins':
            return base
        new = base.__new__
        if isinstance(new, _new_type) and getattr(new, '__self__', None) is base:
            return base
    return object


def _defined_by_object(cls, name):
    """True when cls gets `name` from object itself (or from nowhere)."""
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass is object
    return True


def _reduce_ex(self, proto):
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is cls and cls is not object:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    args = (cls, base, None if base is object else base(self))
    if _defined_by_object(cls, '__getstate__'):
        if getattr(self, "__slots__", None):
            raise TypeError("a class that defines __slots__ without defining "
                            "__getstate__ cannot be pickled")
        state_dict = getattr(self, '__dict__', None)
    else:
        state_dict = self.__getstate__()
    if state_dict:
        return _reconstructor, args, state_dict
    return _reconstructor, args


# object.__reduce_ex__, object.__reduce__ and object.__getstate__ call these.

def _object_getstate(obj):
    """The default state of obj: its __dict__ (None when empty), paired
    with a dict of the slots that hold a value when the class has slots."""
    try:
        attrs = obj.__dict__
    except AttributeError:
        attrs = None
    if not attrs:
        attrs = None
    filled = {}
    for name in _slotnames(type(obj)):
        try:
            filled[name] = getattr(obj, name)
        except AttributeError:
            continue
    if filled:
        return attrs, filled
    return attrs


def _object_reduce(obj):
    return _default_reduce(obj, 0)


def _object_reduce_ex(obj, proto):
    if not _defined_by_object(type(obj), '__reduce__'):
        return obj.__reduce__()
    return _default_reduce(obj, proto)


# Builtin classes whose instances object.__reduce_ex__ can rebuild with
# cls.__new__; how each passes its value to __new__.
_NEWOBJ_VALUE = {
    int: lambda v: (int(v),),
    bool: lambda v: (bool(v),),
    float: lambda v: (float(v),),
    complex: lambda v: (v.real, v.imag),
    str: lambda v: (str(v),),
    bytes: lambda v: (bytes(v),),
    tuple: lambda v: (tuple(v),),
    list: None,
    dict: None,
    object: None,
}


class _Probe:
    def method(self):
        pass


_method_type = type(_Probe().method)
del _Probe


def _own_attrs(obj):
    attrs = getattr(obj, '__dict__', None)
    return attrs if attrs else None


def _state_of(obj):
    if _defined_by_object(type(obj), '__getstate__'):
        return _object_getstate(obj)
    return obj.__getstate__()


def _builtin_root(cls):
    for klass in cls.__mro__:
        if klass is not object and _is_builtin_class(klass):
            return klass
    return object


def _is_builtin_class(klass):
    return getattr(klass, '__module__', None) == 'builtins'


def _default_reduce(obj, proto):
    if obj is ... or obj is NotImplemented:
        return 'Ellipsis' if obj is ... else 'NotImplemented'
    cls = type(obj)
    if cls is _method_type:
        return getattr, (obj.__self__, obj.__func__.__name__)
    root = _builtin_root(cls)
    # the builtins with a reduction of their own in CPython
    if issubclass(root, BaseException):
        attrs = _own_attrs(obj)
        if attrs is None:
            return cls, obj.args
        return cls, obj.args, attrs
    if root is set or root is frozenset:
        return cls, (list(obj),), _own_attrs(obj)
    if root is bytearray:
        if proto < 3:
            return cls, (bytes(obj).decode('latin-1'), 'latin-1'), _own_attrs(obj)
        return cls, (bytes(obj),), _own_attrs(obj)
    if root is range:
        return range, (obj.start, obj.stop, obj.step)
    if root is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if proto < 2:
        return _reduce_ex(obj, proto)
    if root not in _NEWOBJ_VALUE:
        if root.__name__ in ('code', 'memoryview'):
            raise TypeError(f"cannot pickle {root.__name__} objects")
        raise TypeError(f"cannot pickle {root.__name__!r} object")
    return _reduce_newobj(obj, cls, root)


def _reduce_newobj(obj, cls, root):
    kwargs = None
    # looked up on the class, as special methods are (not via __getattr__)
    hook = getattr(cls, '__getnewargs_ex__', None)
    if hook is not None:
        pair = hook(obj)
        if not isinstance(pair, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not "
                            f"{type(pair).__name__!r}")
        if len(pair) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of "
                             f"length 2, not {len(pair)}")
        args, kwargs = pair
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by "
                            "__getnewargs_ex__ must be a tuple, not "
                            f"{type(args).__name__!r}")
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by "
                            "__getnewargs_ex__ must be a dict, not "
                            f"{type(kwargs).__name__!r}")
    else:
        hook = getattr(cls, '__getnewargs__', None)
        if hook is not None:
            args = hook(obj)
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not "
                                f"{type(args).__name__!r}")
        else:
            convert = _NEWOBJ_VALUE[root]
            args = () if convert is None else convert(obj)
    state = _state_of(obj)
    items = iter(obj) if isinstance(obj, list) else None
    pairs = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return __newobj_ex__, (cls, args, kwargs), state, items, pairs
    return __newobj__, (cls,) + args, state, items, pairs


# Helpers of protocol 2 and up.

def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """cls.__new__(cls, *args, **kwargs)."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The slot names of cls and its bases (private names mangled), cached
    in cls.__slotnames__; __dict__ and __weakref__ are left out."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    names = []
    if hasattr(cls, "__slots__"):
        for klass in cls.__mro__:
            if "__slots__" not in klass.__dict__:
                continue
            declared = klass.__dict__['__slots__']
            if isinstance(declared, str):
                declared = (declared,)
            for name in declared:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    owner = klass.__name__.lstrip('_')
                    if owner:
                        name = '_%s%s' % (owner, name)
                names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


# Extension codes: (module, name) <-> integer in 1..0x7fffffff.  Codes
# 1-127 are reserved for Python itself, 128-191 for applications and
# 192-239 for third parties; 240-255 are private.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Register the extension code for (module, name)."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code
            and _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s"
                         % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregister the extension code for (module, name)."""
    key = (module, name)
    if (_extension_registry.get(key) != code
            or _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s"
                         % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()

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


def _reduce_ex(self, proto):
    assert proto < 2
    cls = self.__class__
    base = _builtin_base(cls)
    if base is cls and cls is not object:
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    args = (cls, base, None if base is object else base(self))
    try:
        getstate = self.__getstate__
    except AttributeError:
        getstate = None
    plain = getattr(object, '__getstate__', None)
    if getstate is None or getattr(type(self), '__getstate__', None) is plain:
        if getattr(self, "__slots__", None):
            if getstate is None:
                raise TypeError(
                    f"cannot pickle {cls.__name__!r} object: a class that "
                    f"defines __slots__ without defining __getstate__ cannot "
                    f"be pickled with protocol {proto}") from None
            raise TypeError("a class that defines __slots__ without defining "
                            "__getstate__ cannot be pickled")
        state_dict = getattr(self, '__dict__', None)
    else:
        state_dict = getstate()
    if state_dict:
        return _reconstructor, args, state_dict
    return _reconstructor, args


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

"""Shallow copies (copy) and deep copies (deepcopy) of arbitrary objects.

A class controls how it is copied with __copy__ / __deepcopy__(memo), or
with the pickle protocol (__reduce_ex__, __reduce__, __getnewargs_ex__,
__getnewargs__, __getstate__, __setstate__); copyreg's dispatch_table is
consulted first when that module exists.
"""

import types as _types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

try:
    from copyreg import dispatch_table
except ImportError:
    # no copyreg: an empty table of per-type reducers
    dispatch_table = {}


def _optional_type(expression):
    try:
        return expression()
    except NameError:
        return None


_complex = _optional_type(lambda: complex)
_bytearray = _optional_type(lambda: bytearray)

# Instances of these are never duplicated, shallow or deep.
_SELF_COPYING = {
    type(None), int, float, bool, str, bytes, type, range, property,
    type(Ellipsis), type(NotImplemented), _types.FunctionType,
    _types.BuiltinFunctionType, _types.CodeType,
}
if _complex is not None:
    _SELF_COPYING.add(_complex)
try:
    from _weakref import ref as _weak_ref
    _SELF_COPYING.add(_weak_ref)
except ImportError:
    pass
_SELF_COPYING = frozenset(_SELF_COPYING)
# ... and these immutable containers are shared by a shallow copy.
_SHALLOW_SHARED = _SELF_COPYING | {tuple, frozenset, slice}


def _shallow_builtin(x, cls):
    """The copy of a builtin mutable container, or None for other types."""
    if cls is list:
        return list(x)
    if cls is dict or cls is set or cls is _bytearray:
        return x.copy()
    return None


def copy(x):
    """A shallow copy of x: a new object of the same type whose contents
    are the same objects as x's."""
    cls = type(x)
    if cls in _SHALLOW_SHARED or isinstance(x, type):
        return x
    duplicate = _shallow_builtin(x, cls)
    if duplicate is not None:
        return duplicate
    if cls is _types.MethodType:
        return getattr(x.__self__, x.__func__.__name__)
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    recipe = _recipe(x, cls, "shallow")
    if isinstance(recipe, str):
        return x
    return _rebuild(x, recipe, None)


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: its contents are deep-copied too. memo maps id()s
    of objects already copied to their copies, so shared and recursive
    structures keep their shape."""
    if memo is None:
        memo = {}
    key = id(x)
    done = memo.get(key, _nil)
    if done is not _nil:
        return done
    cls = type(x)
    if cls in _SELF_COPYING or isinstance(x, type):
        return x
    handler = _DEEP_HANDLERS.get(cls)
    if handler is not None:
        result = handler(x, memo)
    else:
        hook = getattr(x, "__deepcopy__", None)
        if hook is not None:
            result = hook(memo)
        else:
            recipe = _recipe(x, cls, "deep")
            result = x if isinstance(recipe, str) else _rebuild(x, recipe, memo)
    if result is not x:
        memo[key] = result
        _pin(x, memo)
    return result


def _pin(x, memo):
    """Keeps x alive as long as memo, so its id() cannot be reused for
    another object while the copy is being made."""
    holder = memo.setdefault(id(memo), [])
    holder.append(x)


# --- deep copies of the builtin containers ----------------------------------

def _deep_list(x, memo):
    result = []
    memo[id(x)] = result
    for item in x:
        result.append(deepcopy(item, memo))
    return result


def _deep_dict(x, memo):
    result = {}
    memo[id(x)] = result
    for k, v in x.items():
        result[deepcopy(k, memo)] = deepcopy(v, memo)
    return result


def _deep_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # a cycle through a mutable item may already have produced the copy
    if id(x) in memo:
        return memo[id(x)]
    for original, copied in zip(x, items):
        if original is not copied:
            return tuple(items)
    return x


def _deep_set(x, memo):
    return type(x)(deepcopy(list(x), memo))


def _deep_slice(x, memo):
    return slice(deepcopy(x.start, memo), deepcopy(x.stop, memo), deepcopy(x.step, memo))


def _deep_bytearray(x, memo):
    return type(x)(x)


def _deep_method(x, memo):
    owner = deepcopy(x.__self__, memo)
    func = x.__func__
    try:
        return type(x)(func, owner)
    except TypeError:
        # method objects cannot be made directly: look the name up again
        bound = getattr(owner, func.__name__, None)
        if getattr(bound, "__func__", None) is func:
            return bound
        raise


_DEEP_HANDLERS = {
    list: _deep_list,
    dict: _deep_dict,
    tuple: _deep_tuple,
    set: _deep_set,
    frozenset: _deep_set,
    slice: _deep_slice,
    _types.MethodType: _deep_method,
}
if _bytearray is not None:
    _DEEP_HANDLERS[_bytearray] = _deep_bytearray


# --- the pickle protocol ----------------------------------------------------

def _recipe(x, cls, depth):
    """What x reduces to: a string (x is a global to share) or a tuple
    (callable, args[, state[, listitems[, dictitems]]])."""
    reducer = dispatch_table.get(cls)
    if reducer is not None:
        return reducer(x)
    if not hasattr(object, "__reduce_ex__"):
        # an interpreter whose object has no pickle protocol
        return _default_recipe(x, cls)
    if _hides(x, "__reduce_ex__") and _hides(x, "__reduce__"):
        raise Error("un(%s)copyable object of type %s" % (depth, cls))
    reducer = getattr(x, "__reduce_ex__", None)
    if reducer is not None:
        return reducer(4)
    reducer = getattr(x, "__reduce__", None)
    if reducer is not None:
        return reducer()
    # some objects (modules) do not show their class's methods
    reducer = getattr(cls, "__reduce_ex__", None)
    if reducer is not None and not _hides(x, "__reduce_ex__"):
        return reducer(x, 4)
    raise Error("un(%s)copyable object of type %s" % (depth, cls))


def _hides(x, name):
    """Whether x's own __getattribute__ refuses to give name."""
    own = type(x).__dict__.get("__getattribute__")
    if own is None:
        return False
    try:
        own(x, name)
    except AttributeError:
        return True
    return False


def _rebuild(x, recipe, memo):
    """Makes the copy a reduce tuple describes; memo is None for a shallow copy."""
    deep = memo is not None
    if len(recipe) > 5:
        raise TypeError("a reduce tuple for copy has at most 5 items, "
                        "got %d" % len(recipe))
    parts = tuple(recipe) + (None,) * (5 - len(recipe))
    maker, args, state, items, pairs = parts
    if deep and args:
        args = deepcopy(args, memo)
    result = maker(*args)
    if deep:
        memo[id(x)] = result
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        _apply_state(result, state)
    if items is not None:
        for item in items:
            result.append(deepcopy(item, memo) if deep else item)
    if pairs is not None:
        for k, v in pairs:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            result[k] = v
    return result


def _apply_state(obj, state):
    setter = getattr(obj, "__setstate__", None)
    if setter is not None:
        setter(state)
        return
    slot_values = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slot_values = state
    if state:
        obj.__dict__.update(state)
    if slot_values:
        for name, value in slot_values.items():
            setattr(obj, name, value)


# --- object.__reduce_ex__(4), for interpreters whose object lacks it ---------

_VALUE_TYPES = tuple(t for t in (int, float, str, bytes, tuple, _complex) if t is not None)


def _new_object(cls, *args):
    return cls.__new__(cls, *args)


def _new_object_kw(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _builtin_root(cls):
    """The first builtin class (other than object) in cls's MRO, or None."""
    for klass in cls.__mro__:
        if klass is not object and klass.__module__ == "builtins":
            return klass
    return None


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        declared = klass.__dict__.get("__slots__", ())
        if isinstance(declared, str):
            declared = (declared,)
        for name in declared:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                owner = klass.__name__.lstrip("_")
                if owner:
                    name = "_" + owner + name
            names.append(name)
    return names


def _default_state(x, cls):
    reader = getattr(cls, "__getstate__", None)
    if reader is not None:
        return reader(x)
    attrs = getattr(x, "__dict__", None) or None
    slots = {}
    for name in _slot_names(cls):
        try:
            slots[name] = getattr(x, name)
        except AttributeError:
            pass
    if slots:
        if attrs is not None:
            attrs = {k: v for k, v in attrs.items() if k not in slots} or None
        return attrs, slots
    return attrs


def _default_recipe(x, cls):
    root = _builtin_root(cls)
    if root is not None and issubclass(root, BaseException):
        return cls, x.args, getattr(x, "__dict__", None) or None
    if root is cls:
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    if root in (set, frozenset) or (root is not None and root is _bytearray):
        contents = bytes(x) if root is _bytearray else list(x)
        return cls, (contents,), getattr(x, "__dict__", None) or None
    if hasattr(cls, "__getnewargs_ex__"):
        args, kwargs = cls.__getnewargs_ex__(x)
        maker, margs = _new_object_kw, (cls, tuple(args), dict(kwargs))
    else:
        if hasattr(cls, "__getnewargs__"):
            args = tuple(cls.__getnewargs__(x))
        elif root is not None and issubclass(root, _VALUE_TYPES):
            args = (root(x),)
        else:
            args = ()
        maker, margs = _new_object, (cls,) + args
    items = iter(x) if isinstance(x, list) else None
    pairs = iter(x.items()) if isinstance(x, dict) else None
    return maker, margs, _default_state(x, cls), items, pairs

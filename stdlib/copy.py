"""Generic (shallow and deep) copying operations, as CPython 3.11's copy module has them.

coil has no __reduce_ex__ on object and no copyreg, so instances without
__copy__/__deepcopy__/__reduce_ex__/__reduce__ of their own are copied
directly from their class, __dict__ and __slots__ (and their builtin base's
contents for subclasses of the builtin containers and immutables).
"""

import types

try:
    from copyreg import dispatch_table as _dispatch_table
except ImportError:  # coil has no copyreg
    _dispatch_table = {}

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _no_copy(x):
    return x


_ATOMIC = {type(None), int, float, bool, str, bytes, type, range,
           types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented),
           types.FunctionType, property, types.CodeType}
try:
    _bytearray = bytearray
except NameError:  # coil has no bytearray
    _bytearray = None
try:
    _ATOMIC.add(complex)
except NameError:  # coil has no complex numbers
    pass
_IMMUTABLE = _ATOMIC | {tuple, frozenset, slice}


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _IMMUTABLE:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is _bytearray:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _user_reduce(cls, x)
    if rv is not None:
        if isinstance(rv, str):
            return x
        return _reconstruct(x, None, *rv)
    return _copy_instance(x, cls, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC:
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = [deepcopy(a, memo) for a in x]
        # a cycle through the tuple may have copied it already
        try:
            return memo[d]
        except KeyError:
            pass
        for k, j in zip(x, y):
            if k is not j:
                y = tuple(y)
                break
        else:
            y = x
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(list(x), memo))
    elif cls is _bytearray:
        y = _bytearray(x)
    elif cls is slice:
        y = slice(deepcopy(x.start, memo), deepcopy(x.stop, memo), deepcopy(x.step, memo))
    elif cls is types.MethodType:
        y = _deepcopy_method(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _user_reduce(cls, x)
            if rv is not None:
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
            else:
                y = _copy_instance(x, cls, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _deepcopy_method(x, memo):
    obj = deepcopy(x.__self__, memo)
    func = x.__func__
    bound = getattr(obj, getattr(func, "__name__", ""), None)
    if getattr(bound, "__func__", None) is func:
        return bound
    return x


def _user_reduce(cls, x):
    """The result of a copyreg reducer, or of a __reduce_ex__(4) or __reduce__
    the class defines, or None."""
    reductor = _dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(x, 4)
    reductor = getattr(cls, "__reduce__", None)
    if reductor is not None:
        return reductor(x)
    return None


def _builtin_base(cls):
    for base in cls.__mro__:
        if base.__module__ == "builtins" and base is not object:
            return base
    return None


def _getstate(x, cls):
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None:
        return getstate(x)
    state = getattr(x, "__dict__", None)
    if not state:
        state = None
    slotnames = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__")
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                stripped = klass.__name__.lstrip("_")
                if stripped:
                    name = "_%s%s" % (stripped, name)
            slotnames.append(name)
    if slotnames:
        slotstate = {}
        for name in slotnames:
            try:
                slotstate[name] = getattr(x, name)
            except AttributeError:
                pass
        if state is not None:
            # coil gives slotted instances a __dict__ too: keep slots out of it
            state = {k: v for k, v in state.items() if k not in slotstate} or None
        if slotstate:
            state = (state, slotstate)
    return state


_VALUE_BASES = (_ATOMIC - {type, range, property}) | {tuple, frozenset}


def _newargs(x, cls):
    getnewargs_ex = getattr(cls, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex(x)
        return args, kwargs
    getnewargs = getattr(cls, "__getnewargs__", None)
    if getnewargs is not None:
        return getnewargs(x), {}
    return None


def _copy_instance(x, cls, memo):
    base = _builtin_base(cls)
    newargs = _newargs(x, cls)
    if newargs is not None:
        args, kwargs = newargs
        if memo is not None:
            args = deepcopy(args, memo)
            kwargs = deepcopy(kwargs, memo)
        y = cls.__new__(cls, *args, **kwargs)
        listiter = iter(x) if base is list else None
        dictiter = iter(x.items()) if base is dict else None
    elif base is None:
        y = cls.__new__(cls)
        listiter = dictiter = None
    elif base in _VALUE_BASES:
        # coil: cls.__new__(cls, value) does not work for builtin subclasses
        value = base(x)
        if memo is not None and base in (tuple, frozenset):
            value = base(deepcopy(list(value), memo))
        y = cls(value)
        listiter = dictiter = None
    elif base is list:
        y = cls()
        listiter, dictiter = iter(x), None
    elif base is dict:
        y = cls()
        listiter, dictiter = None, iter(x.items())
    elif base is set:
        items = list(x)
        if memo is not None:
            items = deepcopy(items, memo)
        y = cls(items)
        listiter = dictiter = None
    elif base is _bytearray:
        y = cls(bytes(x))
        listiter = dictiter = None
    else:
        raise TypeError("cannot pickle %r object" % cls.__name__)
    return _fill(x, memo, y, _getstate(x, cls), listiter, dictiter)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    return _fill(x, memo, y, state, listiter, dictiter)


def _fill(x, memo, y, state, listiter, dictiter):
    deep = memo is not None
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y

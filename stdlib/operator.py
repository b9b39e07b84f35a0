"""Python's operators as plain functions (operator.add(x, y) is x + y), the
in-place variants, and the attrgetter, itemgetter and methodcaller helpers."""


_builtin_abs = abs


def _type_name(obj):
    return type(obj).__name__


# --- comparisons and truth -------------------------------------------------

def lt(a, b, /):
    "lt(a, b) -- the result of a < b."
    return a < b


def le(a, b, /):
    "le(a, b) -- the result of a <= b."
    return a <= b


def eq(a, b, /):
    "eq(a, b) -- the result of a == b."
    return a == b


def ne(a, b, /):
    "ne(a, b) -- the result of a != b."
    return a != b


def ge(a, b, /):
    "ge(a, b) -- the result of a >= b."
    return a >= b


def gt(a, b, /):
    "gt(a, b) -- the result of a > b."
    return a > b


def not_(a, /):
    "not_(a) -- the result of `not a`."
    return not a


def truth(a, /):
    "truth(a) -- a's truth value as a bool."
    return bool(a)


def is_(a, b, /):
    "is_(a, b) -- whether a and b are the same object."
    return a is b


def is_not(a, b, /):
    "is_not(a, b) -- whether a and b are different objects."
    return a is not b


# --- arithmetic and bits ---------------------------------------------------

def abs(a, /):
    "abs(a) -- the absolute value of a."
    return _builtin_abs(a)


def add(a, b, /):
    "add(a, b) -- the result of a + b."
    return a + b


def sub(a, b, /):
    "sub(a, b) -- the result of a - b."
    return a - b


def mul(a, b, /):
    "mul(a, b) -- the result of a * b."
    return a * b


def matmul(a, b, /):
    "matmul(a, b) -- the result of a @ b."
    return a @ b


def truediv(a, b, /):
    "truediv(a, b) -- the result of a / b."
    return a / b


def floordiv(a, b, /):
    "floordiv(a, b) -- the result of a // b."
    return a // b


def mod(a, b, /):
    "mod(a, b) -- the result of a % b."
    return a % b


def pow(a, b, /):
    "pow(a, b) -- the result of a ** b."
    return a ** b


def neg(a, /):
    "neg(a) -- the result of -a."
    return -a


def pos(a, /):
    "pos(a) -- the result of +a."
    return +a


def inv(a, /):
    "inv(a) -- the bitwise inverse ~a."
    return ~a


def invert(a, /):
    "invert(a) -- the bitwise inverse ~a."
    return ~a


def lshift(a, b, /):
    "lshift(a, b) -- the result of a << b."
    return a << b


def rshift(a, b, /):
    "rshift(a, b) -- the result of a >> b."
    return a >> b


def and_(a, b, /):
    "and_(a, b) -- the result of a & b."
    return a & b


def or_(a, b, /):
    "or_(a, b) -- the result of a | b."
    return a | b


def xor(a, b, /):
    "xor(a, b) -- the result of a ^ b."
    return a ^ b


def index(a, /):
    "index(a) -- a as an exact integer, through its __index__ method."
    if type(a) is int:
        return a
    method = getattr(type(a), "__index__", None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % _type_name(a))
    return method(a)


# --- sequences and containers ---------------------------------------------

def _check_concat(a):
    if not hasattr(type(a), "__getitem__"):
        raise TypeError("'%s' object can't be concatenated" % _type_name(a))


def concat(a, b, /):
    "concat(a, b) -- a + b for two sequences."
    _check_concat(a)
    return a + b


def contains(a, b, /):
    "contains(a, b) -- whether b is in a (note the order)."
    return b in a


def _matches(iterable, target):
    """Yields the position of each item that is target or equals it."""
    try:
        items = iter(iterable)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable" % _type_name(iterable)) from None
    position = 0
    for item in items:
        if item is target or item == target:
            yield position
        position += 1


def countOf(a, b, /):
    "countOf(a, b) -- how many items of a are b or equal to b."
    total = 0
    for _ in _matches(a, b):
        total += 1
    return total


def indexOf(a, b, /):
    "indexOf(a, b) -- the position of the first item of a that is or equals b."
    for position in _matches(a, b):
        return position
    raise ValueError('sequence.index(x): x not in sequence')


def getitem(a, b, /):
    "getitem(a, b) -- the result of a[b]."
    return a[b]


def setitem(a, b, c, /):
    "setitem(a, b, c) -- performs a[b] = c."
    a[b] = c


def delitem(a, b, /):
    "delitem(a, b) -- performs del a[b]."
    del a[b]


def length_hint(obj, default=0, /):
    """length_hint(obj, default=0) -- an estimate of len(obj).

    Exact when obj has a length; otherwise what obj.__length_hint__() says,
    or default when it cannot tell.
    """
    if type(default) is not int:
        default = index(default)
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), "__length_hint__", None)
    if hint is None:
        return default
    try:
        guess = hint(obj)
    except TypeError:
        return default
    if guess is NotImplemented:
        return default
    if not isinstance(guess, int):
        raise TypeError("__length_hint__ must be an integer, not %s" % _type_name(guess))
    if guess < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return index(guess)


def call(obj, /, *args, **kwargs):
    "call(obj, *args, **kwargs) -- the result of obj(*args, **kwargs)."
    return obj(*args, **kwargs)


# --- callables that fetch things --------------------------------------------

def _one_operand(kind, args, kwargs):
    if kwargs:
        raise TypeError("%s() takes no keyword arguments" % kind)
    if len(args) != 1:
        raise TypeError("%s expected 1 argument, got %d" % (kind, len(args)))
    return args[0]


def _follow(obj, path):
    for name in path:
        obj = getattr(obj, name)
    return obj


class attrgetter:
    """attrgetter(name, ...) -- a callable that reads attributes.

    attrgetter('x')(o) is o.x, attrgetter('x', 'y')(o) is (o.x, o.y), and a
    dotted name follows a chain: attrgetter('x.y')(o) is o.x.y.
    """

    def __init__(self, *names, **kwargs):
        if kwargs:
            raise TypeError("attrgetter() takes no keyword arguments")
        if not names:
            raise TypeError("attrgetter expected 1 argument, got 0")
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._names = names
        self._paths = tuple(tuple(name.split(".")) for name in names)

    def __call__(self, *args, **kwargs):
        obj = _one_operand("attrgetter", args, kwargs)
        if len(self._paths) == 1:
            return _follow(obj, self._paths[0])
        return tuple([_follow(obj, path) for path in self._paths])

    def __repr__(self):
        shown = ", ".join([repr(name) for name in self._names])
        return "%s.%s(%s)" % (type(self).__module__, type(self).__qualname__, shown)

    def __reduce__(self):
        return type(self), self._names


class itemgetter:
    """itemgetter(key, ...) -- a callable that subscripts.

    itemgetter(2)(s) is s[2]; itemgetter(2, 0)(s) is (s[2], s[0]).
    """

    def __init__(self, *keys, **kwargs):
        if kwargs:
            raise TypeError("itemgetter() takes no keyword arguments")
        if not keys:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._keys = keys

    def __call__(self, *args, **kwargs):
        obj = _one_operand("itemgetter", args, kwargs)
        keys = self._keys
        if len(keys) == 1:
            return obj[keys[0]]
        return tuple([obj[key] for key in keys])

    def __repr__(self):
        shown = ", ".join([repr(key) for key in self._keys])
        return "%s.%s(%s)" % (type(self).__module__, type(self).__qualname__, shown)

    def __reduce__(self):
        return type(self), self._keys


class methodcaller:
    """methodcaller(name, /, *args, **kwargs) -- a callable that calls a method.

    methodcaller('m', 1, k=2)(o) is o.m(1, k=2).
    """

    def __init__(*args, **kwargs):
        if len(args) < 2:
            raise TypeError("methodcaller needs at least one argument, the method name")
        self, name = args[0], args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        obj = _one_operand("methodcaller", args, kwargs)
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        shown = [repr(self._name)]
        shown += [repr(arg) for arg in self._args]
        shown += ["%s=%r" % item for item in self._kwargs.items()]
        return "%s.%s(%s)" % (type(self).__module__, type(self).__qualname__, ", ".join(shown))

    def __reduce__(self):
        if self._kwargs:
            from functools import partial
            return partial(type(self), self._name, **self._kwargs), self._args
        return type(self), (self._name,) + self._args


# --- in-place operators ----------------------------------------------------

def iadd(a, b, /):
    "iadd(a, b) -- performs a += b and returns the result."
    a += b
    return a


def isub(a, b, /):
    "isub(a, b) -- performs a -= b and returns the result."
    a -= b
    return a


def imul(a, b, /):
    "imul(a, b) -- performs a *= b and returns the result."
    a *= b
    return a


def imatmul(a, b, /):
    "imatmul(a, b) -- performs a @= b and returns the result."
    a @= b
    return a


def itruediv(a, b, /):
    "itruediv(a, b) -- performs a /= b and returns the result."
    a /= b
    return a


def ifloordiv(a, b, /):
    "ifloordiv(a, b) -- performs a //= b and returns the result."
    a //= b
    return a


def imod(a, b, /):
    "imod(a, b) -- performs a %= b and returns the result."
    a %= b
    return a


def ipow(a, b, /):
    "ipow(a, b) -- performs a **= b and returns the result."
    a **= b
    return a


def ilshift(a, b, /):
    "ilshift(a, b) -- performs a <<= b and returns the result."
    a <<= b
    return a


def irshift(a, b, /):
    "irshift(a, b) -- performs a >>= b and returns the result."
    a >>= b
    return a


def iand(a, b, /):
    "iand(a, b) -- performs a &= b and returns the result."
    a &= b
    return a


def ior(a, b, /):
    "ior(a, b) -- performs a |= b and returns the result."
    a |= b
    return a


def ixor(a, b, /):
    "ixor(a, b) -- performs a ^= b and returns the result."
    a ^= b
    return a


def iconcat(a, b, /):
    "iconcat(a, b) -- performs a += b for two sequences and returns the result."
    _check_concat(a)
    a += b
    return a


__all__ = sorted(name for name in globals() if not name.startswith("_"))


# The dunder spellings (operator.__add__ and so on) name the same functions.
def _dunder_aliases(namespace):
    skip = {"attrgetter", "itemgetter", "methodcaller", "length_hint",
            "countOf", "indexOf", "is_", "is_not", "truth"}
    for public in __all__:
        if public in skip:
            continue
        namespace["__%s__" % public.rstrip("_")] = namespace[public]


_dunder_aliases(globals())
del _dunder_aliases

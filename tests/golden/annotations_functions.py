# Function annotations: evaluated at definition time, in CPython's key order.
import sys


def f(a: int, *args: str, b: "x" = 1, **kw: float) -> bool:
    pass


print(f.__annotations__)
print(f.__annotations__ == {'a': int, 'args': str, 'b': 'x', 'kw': float, 'return': bool})


def g(p: 1, /, q: 2, *, r: 3) -> 4:
    pass


print(list(g.__annotations__))  # parameters, then positional-only ones

print((lambda x, y=2: x).__annotations__)


def plain(x, y):
    pass


print(plain.__annotations__, type(plain.__annotations__).__name__)
plain.__annotations__["x"] = list
print(plain.__annotations__)

# Evaluation order: decorators, then defaults, then annotations.
log = []


def note(tag, value):
    log.append(tag)
    return value


def deco(fn):
    log.append("call deco")
    return fn


@note("deco", deco)
def h(a: note("ann a", int) = note("default a", 0), *, k: note("ann k", str) = note("default k", "")) -> note("ret", None):
    pass


print(log)
print(h.__annotations__)

# Annotations see the enclosing scope, including closures and class bodies.
def make(t):
    def inner(x: t) -> (t, [t]):
        return x
    return inner


print(make(int).__annotations__)
print(make(str).__closure__ is None)


class Box:
    Item = float

    def put(self, item: Item, __hidden: int = 0) -> "Box":
        return self


print(Box.put.__annotations__)

# Setting and deleting __annotations__.
plain.__annotations__ = {"z": 1}
print(plain.__annotations__)
plain.__annotations__ = None
print(plain.__annotations__)
del plain.__annotations__
print(plain.__annotations__)
for bad in (3, [("a", 1)], "x"):
    try:
        plain.__annotations__ = bad
    except TypeError as e:
        print("TypeError:", e)


# A decorator that checks argument types from the annotations.
def checked(fn):
    hints = fn.__annotations__

    def wrapper(*args):
        names = fn.__code__.co_varnames[: fn.__code__.co_argcount]
        for name, value in zip(names, args):
            want = hints.get(name)
            if want is not None and not isinstance(value, want):
                raise TypeError(f"{name} must be {want.__name__}, not {type(value).__name__}")
        result = fn(*args)
        want = hints.get("return")
        if want is not None and not isinstance(result, want):
            raise TypeError(f"bad return {result!r}")
        return result

    wrapper.__annotations__ = dict(hints)
    wrapper.__name__ = fn.__name__
    return wrapper


@checked
def add(a: int, b: int) -> int:
    return a + b


print(add(1, 2), add.__name__, add.__annotations__)
try:
    add(1, "2")
except TypeError as e:
    print("TypeError:", e)


# An undefined name in an annotation fails when the def runs.
def later():
    def broken(x: undefined_name) -> None:
        pass
    return broken


try:
    later()
except NameError as e:
    print("NameError:", e)

# Local variable annotations in a function body are never evaluated.
def body():
    x: undefined_too = 5
    y: also_undefined
    return x


print(body())


async def coro(a: int) -> str:
    return ""


print(coro.__annotations__)

# Names with a value-less annotation only are not locals of the code object.
def ann_locals(a):
    y: int
    z: str = "s"
    w: list
    w = []
    q: int
    print(q) if a else None
    return z
print(ann_locals.__code__.co_varnames, ann_locals.__code__.co_nlocals)
try: ann_locals(1)
except UnboundLocalError as e: print(e)
def g():
    v: int
    def h():
        return v
    return h
print(g.__code__.co_varnames, g.__code__.co_cellvars, g().__code__.co_freevars)
try: g()()
except NameError as e: print(type(e).__name__, e)


def broken_at_def(a,
                  b: not_defined_anywhere = 1):
    pass

# Annotated assignments in module and class bodies record __annotations__.
count: int = 0
name: str
print(__annotations__)
print("name" in globals(), count)


class Point:
    """A point."""
    x: int
    y: int = 0
    label: "str" = "origin"
    __secret: bytes
    if True:
        nested: list
    for _ in range(1):
        looped: dict
    try:
        tried: set
    except Exception:
        pass


print(Point.__annotations__)
print(list(Point.__dict__)[:3])
print(Point.y, Point.label, hasattr(Point, "x"))


class Empty:
    def method(self):
        pass


print("__annotations__" in Empty.__dict__)
print(Empty.__annotations__, "__annotations__" in Empty.__dict__)


class Child(Point):
    z: float


print(Child.__annotations__)


class Plain(Point):
    pass


print(Plain.__annotations__, Point.__annotations__["x"])


# Annotations inside match cases do not set up __annotations__ (as CPython).
class Matched:
    match 1:
        case 1:
            pass


print("__annotations__" in Matched.__dict__)

# Non-simple targets: the target is evaluated, nothing is recorded.
class Obj:
    pass


o = Obj()
log = []


def note(tag, value):
    log.append(tag)
    return value


note("obj", o).attr: note("ann1", int) = note("value1", 5)
note("obj2", o).other: note("ann2", int)
box = [0, 0]
note("box", box)[note("index", 1)]: note("ann3", int) = note("value3", 7)
note("box2", box)[note("lo", 0):note("hi", 1)]: note("ann4", int)
(paren): note("ann5", int) = 9
print(log)
print(o.attr, hasattr(o, "other"), box, paren)
print(__annotations__)


# In a class body too.
class Side:
    o.side: int = 3
    (p): str = "p"


print(o.side, Side.__annotations__, Side.p)


# Function-local annotations are never evaluated or stored.
def local():
    a: undefined = 1
    b: also_undefined
    o.local_attr: undefined_again = 2
    return a


print(local(), o.local_attr)
try:
    exec("def loc():\n    c: int\n    return c\nloc()")
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

# Overwriting and deleting __annotations__ in a class.
Point.__annotations__ = {"q": 1}
print(Point.__annotations__)
del Point.__annotations__
print(Point.__annotations__)

# Module __annotations__ through the module object.
import sys
mod = sys.modules[__name__]
print(mod.__annotations__ is __annotations__)

# exec with its own namespace.
ns = {}
exec("x: int = 1\ny: 'later'", ns)
print(ns["__annotations__"], ns["x"])
ns2 = {}
exec("z = 1", ns2)
print("__annotations__" in ns2)


# A dataclass-like decorator building __init__ from the annotations with exec.
def record(cls):
    fields = list(cls.__annotations__)
    defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
    params = ", ".join(f"{f}=_d_{f}" if f in defaults else f for f in fields)
    body = "".join(f"\n    self.{f} = {f}" for f in fields) or "\n    pass"
    src = f"def __init__(self, {params}):{body}"
    env = {f"_d_{f}": v for f, v in defaults.items()}
    exec(src, env)
    cls.__init__ = env["__init__"]

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"

    cls.__repr__ = __repr__
    return cls


@record
class Item:
    name: str
    price: float = 1.0
    tags: tuple = ()


print(Item("pen"), Item("book", 9.5, ("paper",)))
print(Item.__init__.__code__.co_varnames, Item.__init__.__defaults__)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)


# Annotations see enclosing function scopes; lambdas and comprehensions in them work.
def outer_scope():
    T = int
    class C:
        a: T
        b: [T for _ in range(2)]
        c: (lambda: T)
    def f(x: T, y: [T for _ in range(1)], z: (lambda: T)) -> T: pass
    return C, f
C2, f2 = outer_scope()
print(C2.__annotations__['a'], C2.__annotations__['b'], C2.__annotations__['c'](), f2.__annotations__['x'], f2.__annotations__['y'], f2.__annotations__['z'](), f2.__closure__)
class O2: pass
o = O2()
o.a2: (lambda: 1) = 2
def g():
    o.b: (lambda: undefined) = 3
    o.c: [undefined for _ in ()] = 4
g()
print(o.a2, o.b, o.c)


class Broken:
    ok: int
    bad: undefined_in_class = 1

# functools: singledispatch, singledispatchmethod, partialmethod, and corners
# of partial, reduce, lru_cache, cmp_to_key, total_ordering, cached_property
import abc
import functools as ft


def show(label, fn):
    try:
        print(label, "=>", fn())
    except Exception as e:
        print(label, "=>", type(e).__name__ + ":", e)


# singledispatch
@ft.singledispatch
def describe(x, detail=0):
    "describe anything"
    return "object"

@describe.register
def _(x: int, detail=0):
    return "int"

@describe.register(str)
def _(x, detail=0):
    return "str"

describe.register(float, lambda x, detail=0: "float")

@describe.register
def _(x: list | tuple, detail=0):
    return "sequence"

print(describe(1), describe(True), describe("s"), describe(1.0), describe([1]), describe(()), describe(None))
print(describe.__name__, describe.__doc__, describe.__wrapped__.__name__, type(describe.registry).__name__)
print(sorted(k.__name__ for k in describe.registry), describe.dispatch(bool).__name__)
show("register(1)", lambda: describe.register(1))
show("register(1, f)", lambda: describe.register(1, len))
show("no args", lambda: describe())
print(describe.register(complex, 1) if False else describe.register(bytes, len) is len)

def by_string_annotation(x: "dict"):
    return "dict"
describe.register(by_string_annotation)
print(describe({}))

def generic_annotation(x: list[int]):
    pass
show("list[int]", lambda: describe.register(generic_annotation))

def bad_union(x: int | list[int]):
    pass
show("int | list[int]", lambda: describe.register(bad_union))

# virtual subclasses and ambiguity
class First(abc.ABC):
    pass
class Second(abc.ABC):
    pass
class Both:
    pass
First.register(Both)
Second.register(Both)
describe.register(First, lambda x: "First")
describe.register(Second, lambda x: "Second")
show("ambiguous", lambda: describe(Both()))

class HasLen(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return True if hasattr(C, "__len__") else NotImplemented

@ft.singledispatch
def size(x):
    return "plain"
size.register(HasLen, lambda x: "has len")
class MyList(list):
    pass
print(size([]), size(5), size("ab"), size({}))
size.register(list, lambda x: "list")
print(size([]), size("ab"))

class Parent:
    pass
class Child(Parent):
    pass
size.register(Parent, lambda x: "parent")
print(size(Child()), size.dispatch(Child) is size.dispatch(Parent))


# singledispatchmethod
class Shape:
    @ft.singledispatchmethod
    def scale(self, factor):
        "scale doc"
        return "cannot scale by %r" % (factor,)

    @scale.register
    def _(self, factor: int):
        return "int scale of " + type(self).__name__

    @scale.register(str)
    @classmethod
    def _(cls, factor):
        return "named scale on " + cls.__name__

    @scale.register(float)
    @staticmethod
    def _(factor):
        return "static %.1f" % factor

print(Shape().scale(2), Shape().scale("big"), Shape().scale(None), Shape().scale(1.5))
print(Shape.scale.__name__, Shape.scale.__doc__)
show("singledispatchmethod(1)", lambda: ft.singledispatchmethod(1))


# partialmethod
class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state, note=""):
        self.alive = state
        return (state, note)

    set_alive = ft.partialmethod(set_state, True)
    set_dead = ft.partialmethod(set_state, False, note="gone")
    kind = ft.partialmethod(classmethod(lambda cls, a, b: (cls.__name__, a, b)), "x")
    plain = ft.partialmethod(staticmethod(lambda a, b: ("static", a, b)), "y")

c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_alive(note="hi"))
print(Cell.kind(3), c.kind(4), c.plain(5), Cell.plain(6))
print(repr(ft.partialmethod(len, 1, k=2)), ft.partialmethod(ft.partialmethod(len, 1), 2).args)
print(ft.partialmethod(abc.abstractmethod(lambda s: 0)).__isabstractmethod__, ft.partialmethod(len).__isabstractmethod__)
show("partialmethod(1)", lambda: ft.partialmethod(1))


# partial corners
def f(a, b=2, *, c=3):
    return (a, b, c)
class MyPartial(ft.partial):
    pass
print(repr(MyPartial(len, 1)).split(" at ")[0], type(ft.partial(MyPartial(f, 1), 2).func).__name__)
tagged = ft.partial(f, 1)
tagged.note = "keep"
print(ft.partial(tagged, 2).func is tagged, ft.partial(ft.partial(f, 1), 2).args)
red = ft.partial(f, 1, c=4).__reduce__()
print(red[0].__name__, red[1][0] is f, red[2][1:])
s = ft.partial(f, 9)
s.__setstate__((f, (7,), {"c": 1}, {"z": 3}))
print(s(), s.z, s.args, s.keywords)
show("setstate", lambda: s.__setstate__((1, 2)))
show("partial()", lambda: ft.partial())
show("partial(5)", lambda: ft.partial(5))
print(ft.partial[int], ft.cached_property[str])
loop = []
p = ft.partial(f, loop)
loop.append(p)
print(repr(p).split(" at ")[0], repr(p).endswith("[...])])"))


# reduce arguments
for args in [(), (max,), (max, 5), (max, []), (max, [1], 2, 3)]:
    show("reduce%r" % (args,), lambda: ft.reduce(*args))
show("reduce kw", lambda: ft.reduce(max, [], initial=1))
print(ft.reduce(lambda a, b: a + b, "abc"), ft.reduce(max, [], 7))


# lru_cache keys and arguments
calls = []
@ft.lru_cache(maxsize=3)
def sq(x, **kw):
    calls.append(x)
    return x * x
for v in [1, 2, 3, 1, 4, 2, 5, 1, 1.0, True, 1.0]:
    sq(v)
print(calls, sq.cache_info())
sq(1, a=1)
sq(1, a=1)
sq(1, a=1, b=2)
sq(1, b=2, a=1)
print(sq.cache_info())
show("unhashable", lambda: sq([1]))
show("lru_cache('x')", lambda: ft.lru_cache("x"))
show("lru_cache(2.5)", lambda: ft.lru_cache(2.5))
print(ft.lru_cache(-5)(f).cache_parameters(), ft.lru_cache(None, True)(f).cache_parameters())

@ft.lru_cache(maxsize=2)
def depth(n):
    return n if n < 1 else depth(n - 1) + 1
print(depth(5), depth.cache_info())


# cmp_to_key
K = ft.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(type(K).__name__, type(K(1)).__name__, K(1).obj, K(1) < K(2), K(2) != K(2), K(3) >= K(3))
show("K(1) < 1", lambda: K(1) < 1)
show("K()", lambda: K())
print(sorted([3, 1, 2], key=K), sorted("bca", key=K))


# total_ordering from each root
ops = {"__lt__": lambda a, b: a.v < b.v, "__le__": lambda a, b: a.v <= b.v,
       "__gt__": lambda a, b: a.v > b.v, "__ge__": lambda a, b: a.v >= b.v}
for root in ops:
    T = ft.total_ordering(type("T", (), {"__init__": lambda s, v: setattr(s, "v", v),
                                         root: ops[root], "__eq__": lambda a, b: a.v == b.v}))
    print(root, [(a, b, T(a) < T(b), T(a) <= T(b), T(a) > T(b), T(a) >= T(b)) for a in (1, 2) for b in (1, 2)])
    print(sorted(n for n in ops if n != root), [getattr(T, n).__name__ for n in sorted(ops) if n != root])

@ft.total_ordering
class Refuses:
    def __gt__(self, other):
        return NotImplemented
print(Refuses.__lt__(Refuses(), 1), Refuses.__le__(Refuses(), 1))
show("Refuses() <= 1", lambda: Refuses() <= 1)


# cached_property corners
class Lazy:
    @ft.cached_property
    def value(self):
        "the value"
        print("computing")
        return 42
print(Lazy.value.attrname, Lazy.value.__doc__, type(Lazy.__dict__["value"]).__name__)
lz = Lazy()
print(lz.value, lz.value, lz.__dict__)
del lz.value
print(lz.value)
lz.value = 7
print(lz.value)
lonely = ft.cached_property(lambda self: 1)
show("no __set_name__", lambda: lonely.__get__(Lazy(), Lazy))
lonely.__set_name__(Lazy, "a")
show("second name", lambda: lonely.__set_name__(Lazy, "b"))
class Slotted:
    __slots__ = ("x",)
    @ft.cached_property
    def y(self):
        return 1
show("slots", lambda: Slotted().y)


# recursive_repr, wraps
class Node:
    def __init__(self):
        self.kids = []
    @ft.recursive_repr("<...>")
    def __repr__(self):
        return "Node(%r)" % (self.kids,)
n = Node()
n.kids.append(n)
print(repr(n), Node.__repr__.__name__)
def deco(fn):
    @ft.wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@deco
def annotated(x: int) -> str:
    "doc"
    return str(x)
print(annotated.__name__, annotated.__doc__, annotated.__annotations__, annotated.__wrapped__.__name__)
def bare():
    pass
bare.__dict__["__wrapped__"] = "old"
def outer():
    pass
ft.update_wrapper(outer, bare, assigned=("__doc__", "nonexistent"), updated=())
print(outer.__wrapped__ is bare, outer.__name__)
print(sorted(ft.__all__))

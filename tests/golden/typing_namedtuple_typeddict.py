# NamedTuple (class syntax and functional) and TypedDict.
import typing
from typing import NamedTuple, TypedDict, Generic, TypeVar, Required, NotRequired, Annotated, List


def show(label, f):
    try:
        print(label, "=>", repr(f()))
    except Exception as e:
        print(label, "=> !%s: %s" % (type(e).__name__, e))


T = TypeVar("T")


class Point(NamedTuple):
    x: int
    y: int = 0

    def norm(self):
        return abs(self.x) + abs(self.y)

    @property
    def swapped(self):
        return Point(self.y, self.x)


p = Point(3, -4)
show("Point", lambda: (p, Point(1), p.x, p[1], p.norm(), p.swapped, len(p), list(p)))
show("fields", lambda: (Point._fields, Point._field_defaults, Point.__annotations__))
show("methods", lambda: (p._replace(x=0), p._asdict(), Point._make([5, 6])))
show("eq", lambda: (p == Point(3, -4), p == (3, -4), Point(1) == Point(1, 0)))
show("unpack", lambda: [a * 2 for a in p])
show("module/name", lambda: (Point.__name__, Point.__module__, Point.__doc__))
show("Point(1, 2, 3)", lambda: Point(1, 2, 3))
show("Point()", lambda: Point())


class Documented(NamedTuple):
    """A documented tuple."""
    a: int


show("doc", lambda: Documented.__doc__)

P2 = NamedTuple("P2", [("a", int), ("b", str)])
show("P2", lambda: (P2(1, "x"), P2.__annotations__, P2.__module__, P2._fields))
P3 = NamedTuple("P3", a=int, b=float)
show("P3", lambda: (P3(1, 2.5), P3.__annotations__))
P4 = NamedTuple("P4")
show("P4", lambda: (P4(), P4._fields))
show("both", lambda: NamedTuple("P5", [("a", int)], b=int))
show("no name", lambda: NamedTuple())
show("bad annotation", lambda: NamedTuple("P6", [("a", (1, 2))]))


def make_nt(body):
    ns = {"NamedTuple": NamedTuple, "int": int}
    exec("class Q(NamedTuple):\n" + body, ns)
    return ns["Q"]


show("default order", lambda: make_nt("    x: int = 0\n    y: int\n"))
show("default order 2", lambda: make_nt("    a: int = 0\n    b: int = 1\n    y: int\n"))
show("overwrite _make", lambda: make_nt("    x: int\n    def _make(self): pass\n"))
show("overwrite _fields", lambda: make_nt("    x: int\n    _fields = 1\n"))
show("underscore field", lambda: make_nt("    _x: int\n"))
show("bad base", lambda: exec("class Q(NamedTuple, int):\n    x: int\n", {"NamedTuple": NamedTuple, "int": int}))


class Sub(Point):
    def extra(self):
        return self.x * 10


show("subclass", lambda: (Sub(1, 2), Sub(1).extra(), Sub._fields))


class GPair(NamedTuple, Generic[T]):
    first: T
    second: T


show("generic", lambda: (GPair(1, 2), GPair[int], GPair.__parameters__))

print("-- TypedDict")


class Movie(TypedDict):
    name: str
    year: int


class PartialMovie(Movie, total=False):
    rating: float


m = Movie(name="Blade Runner", year=1982)
show("Movie", lambda: (m, type(m), Movie(), Movie({"name": "x"})))
show("keys", lambda: (sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__))
show("PartialMovie", lambda: (sorted(PartialMovie.__required_keys__), sorted(PartialMovie.__optional_keys__), PartialMovie.__total__, PartialMovie.__annotations__))
show("isinstance", lambda: isinstance({}, Movie))
show("issubclass", lambda: issubclass(dict, Movie))
show("repr", lambda: (Movie, Movie.__name__, Movie.__module__))
show("is_typeddict", lambda: (typing.is_typeddict(Movie), typing.is_typeddict(dict), typing.is_typeddict(TypedDict), typing.is_typeddict(1)))
M2 = TypedDict("M2", {"a": int, "b": "str"}, total=False)
show("M2", lambda: (M2.__annotations__, M2.__total__, M2.__module__, sorted(M2.__optional_keys__), M2(a=1)))
M3 = TypedDict("M3", {"x": List[int]})
show("M3", lambda: (M3.__annotations__, sorted(M3.__required_keys__)))
show("dict and kwargs", lambda: TypedDict("M4", {"a": int}, b=int))


class Marked(TypedDict, total=False):
    a: Required[int]
    b: NotRequired[str]
    c: int
    d: Annotated[Required[int], "meta"]


show("Marked", lambda: (sorted(Marked.__required_keys__), sorted(Marked.__optional_keys__), Marked.__annotations__))


class Marked2(TypedDict):
    a: NotRequired[int]
    b: str


show("Marked2", lambda: (sorted(Marked2.__required_keys__), sorted(Marked2.__optional_keys__)))


def make_td(*bases, **kw):
    class X(*bases, **kw):
        a: int
    return X


show("bad base", lambda: make_td(TypedDict, dict))
show("bad base 2", lambda: make_td(Movie, int))
show("bad annotation", lambda: exec("class X(TypedDict):\n    a: (1, 2)\n", {"TypedDict": TypedDict}))
show("inherit total", lambda: make_td(PartialMovie).__total__)
show("inherit keys", lambda: sorted(make_td(PartialMovie).__required_keys__))


class GMovie(TypedDict, Generic[T]):
    value: T


show("generic TypedDict", lambda: (GMovie[int], GMovie.__parameters__, GMovie(value=1)))
show("TypedDict methods", lambda: (Movie(name="a").get("name"), list(Movie(name="a", year=1).items())))

# namedtuple: the generated class's attributes, _make/_replace/_asdict,
# _field_defaults, rename, defaults, module, subclassing, and every error.
from collections import namedtuple
import copy

Point = namedtuple("Point", "x, y")
p = Point(3, y=4)
print(p, repr(p), str(p), p.x, p.y, p[0], p[1], p[-1], p[::-1], len(p), list(p))
print(Point.__name__, Point.__qualname__, Point.__module__, Point.__doc__, Point._fields, Point.__match_args__)
print(Point.x.__doc__, Point.y.__doc__, Point._field_defaults, Point.__new__.__defaults__)
print(p._asdict(), p._replace(x=0), p._replace(), Point._make([5, 6]), Point._make(iter("ab")), Point._make(range(2)))
print(p == (3, 4), (3, 4) == p, p == Point(3, 4), p != (4, 3), p < (3, 5), (3, 3) < p, p >= Point(3, 4))
print(hash(p) == hash((3, 4)), {p: 1}[Point(3, 4)], p + (5,), (1,) + p, p * 2, 2 * p, 3 in p, p.count(3), p.index(4))
x, y = p
print(x, y, max(Point(1, 9), Point(2, 0)), sorted([Point(2, 1), Point(1, 2), Point(1, 1)]), tuple(p), [*p])
print(copy.copy(p), copy.deepcopy(Point([1], {"k": 2})), copy.copy(p) == p)

# defaults apply to the rightmost fields
Conn = namedtuple("Conn", ["host", "port", "timeout"], defaults=[80, 1.5])
print(Conn("h"), Conn("h", 8080), Conn("h", timeout=3), Conn._field_defaults, Conn.__new__.__defaults__)
All = namedtuple("All", "a b", defaults=iter([1, 2]))
print(All(), All._field_defaults)
NoDef = namedtuple("NoDef", "a", defaults=())
print(NoDef._field_defaults, NoDef.__new__.__defaults__, namedtuple("N", "a").__new__.__defaults__)

# rename replaces unusable names with _<index>
R = namedtuple("R", ["ok", "class", "ok", "_hidden", "2x", "def", ""], rename=True)
print(R._fields, R(*range(7)))
print(namedtuple("S", "a _1", rename=True)._fields, namedtuple("T", ["abc", "ABC"])._fields)

# other spellings of field names
print(namedtuple("Sp", "a b   c")._fields, namedtuple("Co", "a,b,c")._fields, namedtuple("Tu", ("q",))._fields)
print(namedtuple("Gen", (n for n in "uv"))._fields, namedtuple("Empty", "")(), namedtuple("E2", [])._fields)
print(namedtuple("M", "a", module="some.mod").__module__, namedtuple(b"x".decode(), "a").__name__)

# subclasses
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    @property
    def length2(self):
        return self.x ** 2 + self.y ** 2
v = Vec(1, 2) + Vec(3, 4)
print(v, v.length2, v._replace(y=0), type(v._replace(y=0)).__name__, Vec._make((1, 1)), v._asdict())

class Temp(namedtuple("Temp", "celsius")):
    __slots__ = ()
    def __new__(cls, celsius=0.0):
        return super().__new__(cls, float(celsius))
    def __repr__(self):
        return f"Temp({self.celsius}C)"
print(Temp(21), Temp(), Temp._make([5]), Temp(1)._replace(celsius=2))

class Loose(namedtuple("Loose", "a")):
    pass
lo = Loose(1)
lo.extra = "allowed"
print(lo, lo.extra)

# match statements use __match_args__
def where(pt):
    match pt:
        case Point(0, 0):
            return "origin"
        case Point(x=0):
            return "on y axis"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "elsewhere"
for pt in [Point(0, 0), Point(0, 5), Point(2, 2), Point(1, 3)]:
    print(where(pt))

# errors
Emp = namedtuple("Emp", "name dept", defaults=["none"])
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3), lambda: Point(1, x=2),
            lambda: Emp(), lambda: Emp(1, 2, 3), lambda: namedtuple("Z", "")(1),
            lambda: namedtuple("One", "a")(1, 2), lambda: namedtuple("Three", "a b c")(),
            lambda: Point._make([1]), lambda: Point._make([1, 2, 3]), lambda: p._replace(z=1, w=2),
            lambda: namedtuple("Bad", ["x", "x"]), lambda: namedtuple("Bad", "a _b"),
            lambda: namedtuple("Bad", ["for"]), lambda: namedtuple("1Bad", ["x"]),
            lambda: namedtuple("Bad", ["a-b"]), lambda: namedtuple("class", "x"),
            lambda: namedtuple("Bad", [1]), lambda: namedtuple("Bad", "a", defaults=[1, 2]),
            lambda: namedtuple("Bad", "a", defaults=5), lambda: namedtuple("Bad", "a", bogus=1),
            lambda: p[2], lambda: p.index(99), lambda: p["x"], lambda: Point.__new__(Point, 1)]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)
for attempt in ["p.x = 10", "del p.y", "p.z = 1"]:
    try:
        exec(attempt)
    except AttributeError as ex:
        print("AttributeError", ex)

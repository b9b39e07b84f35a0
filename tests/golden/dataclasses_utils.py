# asdict / astuple (recursive, with factories), replace, is_dataclass,
# make_dataclass, and their errors.
import copy
from collections import OrderedDict
from dataclasses import (InitVar, asdict, astuple, dataclass, field, fields, is_dataclass,
                         make_dataclass, replace)


def attempt(label, action):
    try:
        result = action()
    except Exception as exc:
        print(label, "->", type(exc).__name__, exc)
    else:
        print(label, "->", repr(result))


@dataclass
class Point:
    x: int
    y: int


@dataclass
class Shape:
    name: str
    corners: list
    centre: Point = None
    extra: dict = field(default_factory=dict)


sq = Shape("square", [Point(0, 0), Point(1, 1)], Point(0.5, 0.5), {"tag": Point(2, 3), Point(9, 9).x: (Point(4, 5),)})
print(asdict(sq))
print(astuple(sq))
print(asdict(Point(1, 2), dict_factory=OrderedDict))
print(astuple(Point(1, 2), tuple_factory=list))
print(asdict(sq, dict_factory=lambda pairs: [name for name, _ in pairs]))
shared = [1, [2]]
copied = asdict(Shape("s", shared))
print(copied["corners"] == shared, copied["corners"] is shared, copied["corners"][1] is shared[1])
attempt("asdict of class", lambda: asdict(Point))
attempt("asdict of int", lambda: asdict(3))
attempt("astuple of dict", lambda: astuple({}))

p = Point(1, 2)
q = replace(p, y=5)
print(p, q, q is p, replace(p) == p, replace(p) is p)
attempt("replace unknown", lambda: replace(p, z=1))
attempt("replace class", lambda: replace(Point, x=1))


@dataclass
class Computed:
    x: int
    total: int = field(init=False, default=0)
    factor: InitVar[int] = 1

    def __post_init__(self, factor):
        self.total = self.x * factor


c = Computed(2, factor=3)
print(c, replace(c, x=5), replace(c, x=5, factor=10))
attempt("replace init=False", lambda: replace(c, total=1))


@dataclass
class NeedsInitVar:
    x: int
    seed: InitVar[int]

    def __post_init__(self, seed):
        self.y = seed


attempt("replace without InitVar", lambda: replace(NeedsInitVar(1, 2), x=3))
print(replace(NeedsInitVar(1, 2), seed=7).y)

print(is_dataclass(Point), is_dataclass(p), is_dataclass(3), is_dataclass(int), is_dataclass(dataclass))

Pair = make_dataclass("Pair", ["left", ("right", int), ("tag", str, field(default="t"))],
                      namespace={"swap": lambda self: Pair(self.right, self.left)})
pair = Pair(1, 2)
print(pair, pair.swap(), Pair.__qualname__, Pair.__doc__, [f.type for f in fields(Pair)])
Frozen = make_dataclass("Frozen", [("v", int)], frozen=True, order=True, bases=(object,))
print(Frozen(1) < Frozen(2), hash(Frozen(3)) == hash((3,)), Frozen.__dataclass_params__)
Base = make_dataclass("Base", [("a", int, field(default=0))])
Sub = make_dataclass("Sub", [("b", int, field(default=1))], bases=(Base,))
print(Sub(), Sub.__mro__[1] is Base, Sub.__match_args__)
attempt("duplicate", lambda: make_dataclass("C", ["x", "x"]))
attempt("bad identifier", lambda: make_dataclass("C", ["1x"]))
attempt("keyword", lambda: make_dataclass("C", ["class"]))
attempt("too long", lambda: make_dataclass("C", [("x", int, 3, 4)]))
attempt("too short", lambda: make_dataclass("C", [("x",)]))
attempt("not a field", lambda: make_dataclass("C", [3]))
attempt("module keyword", lambda: make_dataclass("C", [], module="m"))


@dataclass
class Tree:
    value: int
    kids: list = field(default_factory=list)


t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(asdict(t))
print(astuple(t))
print(copy.deepcopy(t) == t, copy.copy(t).kids is t.kids)

# typing: NamedTuple, TypedDict, NewType, overload, final and friends
import typing
from typing import (NamedTuple, TypedDict, Required, NotRequired, List, Optional, NewType,
                    overload, get_overloads, final, no_type_check, get_type_hints, cast,
                    is_typeddict, Literal, Dict)


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = "p"

    def norm1(self):
        return abs(self.x) + abs(self.y)

    @property
    def swapped(self):
        return Point(self.y, self.x, self.label)


p = Point(3, -4)
print(p, p.x, p.y, p.label, p.norm1(), p.swapped)
print(p[0], p[1], len(p), list(p), p == Point(3, -4), p._asdict())
x, y, lab = p
print(x, y, lab)
print(Point._fields, Point._field_defaults, Point.__annotations__)
print(p._replace(y=7), Point._make([1, 2, "q"]))
print(Point.__name__, Point.__module__, get_type_hints(Point))

Employee = NamedTuple("Employee", [("name", str), ("id", int)])
e = Employee("guido", 1)
print(e, e.name, Employee._fields, Employee.__annotations__)
Pair = NamedTuple("Pair", a=int, b=str)
print(Pair(1, "x"), Pair._fields)

show("non-default after default:", lambda: type("x", (), {}) and exec(
    "class Bad(NamedTuple):\n    a: int = 1\n    b: str\n", {"NamedTuple": NamedTuple}))
show("overwrite _fields:", lambda: exec(
    "class Bad(NamedTuple):\n    a: int\n    _fields = 1\n", {"NamedTuple": NamedTuple}))


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, m["title"], m == {"title": "Blade Runner", "year": 1982})
print(Movie.__annotations__, Movie.__total__)
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))


class PartialMovie(TypedDict, total=False):
    title: str
    rating: float


print(PartialMovie.__total__, sorted(PartialMovie.__required_keys__), sorted(PartialMovie.__optional_keys__))


class Extended(Movie, total=False):
    director: str
    budget: Required[int]
    sequel: NotRequired[bool]


print(sorted(Extended.__required_keys__), sorted(Extended.__optional_keys__))
print(Extended.__annotations__)
print(get_type_hints(Extended))
print(get_type_hints(Extended, include_extras=True)["budget"])
ex = Extended(title="x", year=1, budget=5)
print(ex, is_typeddict(Extended), is_typeddict(dict), is_typeddict(Point))

Config = TypedDict("Config", {"host": str, "port": int, "tags": List[str]}, total=False)
print(Config.__name__, Config.__annotations__, Config.__total__, sorted(Config.__optional_keys__))
print(Config(host="h", port=1))
Opts = TypedDict("Opts", {"verbose": bool, "level": NotRequired[int]})
print(sorted(Opts.__required_keys__), sorted(Opts.__optional_keys__))

show("isinstance TypedDict:", lambda: isinstance({}, Movie))
show("mixed bases:", lambda: exec(
    "class Bad(Movie, int):\n    pass\n", {"Movie": Movie}))

# NewType
UserId = NewType("UserId", int)
AdminId = NewType("AdminId", UserId)
uid = UserId(42)
print(uid, type(uid).__name__, UserId, AdminId, AdminId.__supertype__, AdminId(UserId(1)))
print(UserId.__name__, UserId.__qualname__, UserId.__module__)
print(UserId | None, Optional[UserId])


def lookup(u: UserId) -> Optional[str]:
    return {42: "answer"}.get(u)


print(lookup(uid), get_type_hints(lookup))


# overload
@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x * 2


print(parse(2), parse("ab"), len(get_overloads(parse)))
print([get_type_hints(o)["x"].__name__ for o in get_overloads(parse)])
show("call overload stub:", lambda: get_overloads(parse)[0] is not None and overload(lambda: 1)())
typing.clear_overloads()
print(get_overloads(parse))


@final
class Leaf:
    @final
    def done(self):
        return "done"


print(Leaf.__final__, Leaf.done.__final__, Leaf().done())


@no_type_check
def untyped(x: "not a valid type!") -> "???":
    return x


print(untyped.__no_type_check__, untyped(5), get_type_hints(untyped))


class Mode:
    pass


def open_file(path: str, mode: Literal["r", "w"] = "r") -> Dict[str, str]:
    return {"path": path, "mode": mode}


print(open_file("/x"), get_type_hints(open_file))
print(cast(List[int], ["a"]), cast("Mode", 3))
print(typing.reveal_type(7))

# generic NamedTuple and TypedDict (3.11)
T = typing.TypeVar("T")


class GPair(NamedTuple, typing.Generic[T]):
    first: T
    second: int = 0


print(GPair[int], GPair.__parameters__, GPair(1), GPair[str]("x"), GPair.__orig_bases__[1])


class GBox(TypedDict, typing.Generic[T]):
    value: T


class IntGBox(GBox[int]):
    note: str


print(GBox[int], GBox.__parameters__, GBox(value=1), GBox.__orig_bases__[1])
print(IntGBox.__annotations__, IntGBox.__parameters__, sorted(IntGBox.__required_keys__))


# more NamedTuple behaviour
class P2(NamedTuple):
    """A point."""
    x: int
    y: int = 1
class Q(NamedTuple):
    a: "List[int]"
print(P2.__doc__, P2.__match_args__, P2.__qualname__, Q.__annotations__)
match P2(1, 2):
    case P2(x=1, y=yy):
        print("matched", yy)
print(P2(y=5, x=3), P2._make((7,8)), P2(1)._asdict())
try:
    P2(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    P2()
except TypeError as e:
    print("TypeError", e)
try:
    class Bad(NamedTuple):
        x: int
        def _asdict(self): return 1
except Exception as e:
    print(type(e).__name__, e)
class Sub(P2):
    def total(self): return self.x + self.y
print(Sub(1, 2).total(), Sub(1, 2))
try:
    class Multi(NamedTuple, int): pass
except TypeError as e:
    print("TypeError", e)
E = NamedTuple('E', [])
print(E(), E._fields)


# more TypedDict behaviour
class TM(TypedDict):
    name: str
print(TM.__mro__, TM.__module__, TM.__qualname__, type(TM).__name__)
print(TM(), TM({'name': 1}), TM([('name', 'x')], extra=2))
try:
    class Bad(TypedDict):
        x: (int, str)
except TypeError as e:
    print("TypeError", e)
try:
    TypedDict('X', {'a': int}, b=str)
except TypeError as e:
    print("TypeError", e)
class TN(TM):
    age: int
print(TN.__mro__, TN.__annotations__, sorted(TN.__required_keys__))
class TO(TM, total=False):
    pass
print(TO.__total__, sorted(TO.__required_keys__))
try:
    issubclass(dict, TM)
except TypeError as e:
    print("TypeError", e)
print(is_typeddict(TM), is_typeddict(TM({'name': 'x'})))

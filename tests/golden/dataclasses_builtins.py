# dataclasses meeting subclasses of builtin types: namedtuples inside
# asdict/astuple, a list subclass as a (mutable) default, a dict subclass
# kept by asdict, a dataclass deriving from a builtin. Needs subclasses of
# builtin types.
from collections import namedtuple
from dataclasses import asdict, astuple, dataclass, field


@dataclass
class Point:
    x: int
    y: int


Pair = namedtuple("Pair", "first second")


@dataclass
class Holder:
    pair: object
    table: object = None


class Table(dict):
    pass


h = Holder(Pair(Point(1, 2), 3), Table(k=Point(5, 6)))
print(asdict(h))
print(astuple(h))
print(type(asdict(h)["pair"]).__name__, type(asdict(h)["table"]).__name__)


class Items(list):
    pass


try:
    @dataclass
    class Bad:
        items: Items = Items()
except ValueError as exc:
    print(type(exc).__name__, exc)


@dataclass
class Good:
    items: Items = field(default_factory=Items)


print(Good(), type(Good().items).__name__)


@dataclass(frozen=True)
class Money(int):
    currency: str = "EUR"


print(Money.__mro__, Money.__doc__)

# dataclasses with typing: ClassVar (object and string annotations) is not a
# field, string InitVar/KW_ONLY annotations, typing types in __doc__.
# Needs the typing module.
import dataclasses
import typing
from dataclasses import InitVar, KW_ONLY, dataclass, field, fields
from typing import Any, ClassVar, List, Optional


@dataclass
class Counter:
    count: ClassVar[int] = 0
    plain: ClassVar = "p"
    text: "ClassVar[int]" = 4
    dotted: "typing.ClassVar[str]" = "d"
    name: str = "n"

    def __post_init__(self):
        Counter.count += 1


c = Counter()
Counter("m")
print(c, Counter.count, [f.name for f in fields(Counter)], list(Counter.__dataclass_fields__))
print(Counter.__dataclass_fields__["count"]._field_type, Counter.__doc__, Counter.__match_args__)


@dataclass
class StringMarkers:
    a: int
    b: "InitVar[int]" = 0
    c: "dataclasses.InitVar[str]" = "c"
    _: "KW_ONLY"
    d: int = 1

    def __post_init__(self, b, c):
        self.seen = (b, c)


s = StringMarkers(1, 2, "x", d=3)
print(s, s.seen, [f.name for f in fields(StringMarkers)], StringMarkers.__doc__)


@dataclass
class Typed:
    items: List[int] = field(default_factory=list)
    maybe: Optional[str] = None
    anything: Any = None
    union: int | None = None
    generic: dict[str, int] = field(default_factory=dict)


print(Typed(), Typed.__doc__)

try:
    @dataclass
    class Bad:
        x: ClassVar[list] = field(default_factory=list)
except TypeError as exc:
    print(type(exc).__name__, exc)

try:
    @dataclass
    class Bad2:
        x: ClassVar[int] = field(kw_only=True, default=1)
except TypeError as exc:
    print(type(exc).__name__, exc)

print(repr(InitVar[List[int]]))

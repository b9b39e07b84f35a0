# init=False fields with a default live in the class (set by __init__ only with slots); a field's repr survives recursion.
from dataclasses import dataclass, field
@dataclass
class C:
    a: int
    b: list = field(default_factory=list, init=False)
    c: list = field(default_factory=list)
    d: int = field(default=4, init=False)
    e: int = 0
c = C(0)
print(sorted(c.__dict__), c.d, C.d, c)
@dataclass(slots=True)
class S:
    a: int
    d: int = field(default=4, init=False)
s = S(1); print(s.d, s)
from dataclasses import fields
rec = field()
rec.type = rec
rec.name = "id"
print(",type=...," in repr(rec))
class K:
    pass
@dataclass
class D:
    K: K = field()
print(",type=...," in repr(D.__dataclass_fields__["K"]), [f.name for f in fields(D)])

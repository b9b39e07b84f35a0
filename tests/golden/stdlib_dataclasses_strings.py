# dataclasses with string annotations (from __future__ import annotations):
# InitVar / KW_ONLY detected from the strings, like CPython
from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY
import dataclasses as dc

@dataclass
class S:
    a: int
    b: InitVar[int] = 1
    c: dataclasses.InitVar[str] = 'c'
    d: dc.InitVar = None
    _: KW_ONLY
    e: list[int] = field(default_factory=list)
    f: int | None = None

s = S(1, 2, 'x', e=[1])
print(s)
print([(f.name, f.type) for f in fields(S)])
print({n: f._field_type for n, f in S.__dataclass_fields__.items()})
print(S.__init__.__annotations__)
print(S.__doc__)
print(S.__match_args__)

@dataclass
class T:
    x: 'InitVar[int]'
    y: ' InitVar [int]' = 0
    z: 'Undefined[int]' = 0
    w: 'notamodule.InitVar' = 0
print({n: f._field_type for n, f in T.__dataclass_fields__.items()})
print(T(1))

@dataclass
class K:
    a: int
    b: dataclasses.KW_ONLY
    c: int
print(K(1, c=2), K.__match_args__)
try:
    K(1, 2)
except TypeError as e:
    print('TypeError', e)

# dataclasses with typing.ClassVar (real and string annotations) and typing.Any
import typing
from typing import ClassVar, Any
from dataclasses import dataclass, field, fields, make_dataclass

@dataclass
class C:
    x: int
    count: ClassVar[int] = 0
    plain: typing.ClassVar = 'p'
    s: 'ClassVar[int]' = 5
    t: 'typing.ClassVar[str]' = 't'
    a: Any = None

print(C(1), [f.name for f in fields(C)], C.count, C.s, C.t)
print({n: f._field_type for n, f in C.__dataclass_fields__.items()})
print(C.__match_args__)

def attempt(label, fn):
    try:
        fn()
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

def classvar_kwonly():
    @dataclass
    class C:
        x: ClassVar[int] = field(default=1, kw_only=True)
attempt('classvar_kwonly', classvar_kwonly)

def classvar_factory():
    @dataclass
    class C:
        x: ClassVar[int] = field(default_factory=int)
attempt('classvar_factory', classvar_factory)

def classvar_mutable_ok():
    @dataclass
    class C:
        x: ClassVar[list] = []
    print('classvar list ok', C.x, C())
classvar_mutable_ok()

M = make_dataclass('M', ['a', ('b', int)])
print(M(1, 2), [f.type for f in fields(M)])

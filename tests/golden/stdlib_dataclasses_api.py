# dataclasses: decorator call forms, make_dataclass options, Field/InitVar objects, docs
import dataclasses
from dataclasses import dataclass, field, fields, make_dataclass, Field, InitVar, MISSING

@dataclass()
class A:
    x: int = 0

def deco(cls):
    return dataclass(cls, order=True)
B = deco(type('B', (), {'__annotations__': {'v': int}}))
print(A(), B(1) < B(2), B.__qualname__, B.__lt__.__qualname__)

M = make_dataclass('M', [('a', int), ('b', str, 'x')], kw_only=True, repr=True)
print(M.__module__, M(a=1), M.__match_args__)
try:
    M(1)
except TypeError as e:
    print('TypeError', e)
S = make_dataclass('S', [('a', int)], slots=True, frozen=True)
print(S(1), S.__slots__, hash(S(1)) == hash((1,)))
N = make_dataclass('N', [], namespace={'__doc__': 'docstring', 'hello': lambda self: 'hi'})
print(N(), N.__doc__, N().hello())

f = field(default=3, repr=False, hash=True, compare=False, metadata={'k': 'v'}, kw_only=True)
print(type(f) is Field, f.default, f.repr, f.hash, f.compare, dict(f.metadata), f.kw_only, f.name, f.type)
print(f.default_factory is MISSING, Field[int] is not None)
iv = InitVar(list)
print(iv.type, repr(iv), repr(InitVar[dict]), InitVar[int].type)

@dataclass
class Doc:
    a: int
    b: str = 'q'
    c: list = field(default_factory=list)
    d: int = field(default=1, init=False)
    e: InitVar[int] = 0
print(Doc.__doc__)

@dataclass
class WithDoc:
    """Explicit."""
    a: int
print(WithDoc.__doc__)

params = Doc.__dataclass_params__
print(params.init, params.repr, params.eq, params.order, params.unsafe_hash, params.frozen)
print(list(Doc.__dataclass_fields__), [f.name for f in fields(Doc(1))])
print(dataclasses.is_dataclass(Doc(1)), dataclasses.is_dataclass(Doc), dataclasses.is_dataclass(object()))
print(repr(dataclasses.field()).count('MISSING'))

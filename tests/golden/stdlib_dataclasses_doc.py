# dataclasses: the generated class __doc__ follows inspect.signature(cls)
import dataclasses
from dataclasses import dataclass, field
@dataclass(init=False)
class A:
    x: int
print(A.__doc__)
@dataclass
class B:
    x: int = 1
@dataclass(init=False)
class C(B):
    y: int = 2
print(C.__doc__)
class D:
    def __init__(self, a, b=2, *args, c, **kw): pass
@dataclass(init=False)
class E(D):
    z: int = 0
print(E.__doc__)
@dataclass
class F:
    '''doc'''
    x: int
print(F.__doc__)
@dataclass
class G:
    x: 'list[int]'
    y: list[int] = field(default_factory=list)
    z: dict[str, int] | None = None
print(G.__doc__)
class D2:
    def __init__(self, a, b: int = 2, /, c=3, *args: int, d, e: str = 'x', **kw) -> None: pass
@dataclass(init=False)
class E2(D2):
    z: int = 0
print(E2.__doc__)
@dataclass(init=False)
class G2:
    z: int = 0
    def __init__(self, q, /): pass
print(G2.__doc__)
class Meta(type):
    def __call__(cls, a, *, b=1): pass
@dataclass
class H(metaclass=Meta):
    x: int
print(H.__doc__)
@dataclass
class I:
    x: str = 'a'
    y: float = 1.5
    _: dataclasses.KW_ONLY
    z: object = None
print(I.__doc__)
@dataclass(frozen=True)
class J(tuple):
    pass
print(J.__doc__)

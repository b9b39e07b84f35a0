# dataclasses: interactions with match, __slots__, metaclasses, dict/set keys,
# make_dataclass, inheritance, InitVar, repr recursion, tracebacks into <string>
import dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass, InitVar, KW_ONLY, MISSING, is_dataclass
import traceback

@dataclass(frozen=True, order=True)
class Pt:
    x: int
    y: int

def where(p):
    match p:
        case Pt(0, 0):
            return 'origin'
        case Pt(0, y):
            return f'y-axis {y}'
        case Pt(x, 0):
            return f'x-axis {x}'
        case Pt(x=x, y=y) if x == y:
            return f'diagonal {x}'
        case Pt(x, y):
            return f'point {x} {y}'
        case _:
            return 'other'

for p in [Pt(0, 0), Pt(0, 3), Pt(4, 0), Pt(2, 2), Pt(1, 5), (1, 2)]:
    print(where(p))

d = {Pt(1, 2): 'a', Pt(3, 4): 'b'}
d[Pt(1, 2)] = 'c'
print(sorted(d.items()), Pt(3, 4) in d)
s = {Pt(1, 2), Pt(1, 2), Pt(2, 1)}
print(sorted(s), max(s), min(s))

@dataclass(slots=True)
class SP:
    x: int
    y: int = 5

sp = SP(1)
print(sp, SP.__slots__, hasattr(sp, '__dict__'), SP.__qualname__, SP.__init__.__qualname__)
try:
    sp.z = 3
except AttributeError as e:
    print('AttributeError', type(e).__name__)
print(is_dataclass(SP), [f.name for f in fields(SP)], SP(2) == SP(2))

@dataclass(slots=True)
class SPChild(SP):
    z: int = 0
print(SPChild(1, 2, 3), SPChild.__slots__)

@dataclass(slots=True, frozen=True)
class FS:
    a: int
    b: str = 'b'
fs = FS(1)
print(fs, hash(fs) == hash((1, 'b')), fs.__getstate__())
fs2 = FS.__new__(FS)
fs2.__setstate__([7, 'q'])
print(fs2)

@dataclass(slots=True, weakref_slot=True)
class WS:
    a: int
print(WS.__slots__)

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = 'Meta'
        return cls

@dataclass
class WithMeta(metaclass=Meta):
    a: int
    b: list = field(default_factory=lambda: [1])

print(WithMeta(1), type(WithMeta).__name__, WithMeta.created_by)

@dataclass(slots=True)
class MetaSlots(metaclass=Meta):
    a: int
print(MetaSlots(3), type(MetaSlots).__name__, MetaSlots.__slots__)

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: 'Node' = field(default=None, repr=False, compare=False)

root = Node(1)
kid = Node(2, parent=root)
root.children.append(kid)
print(root)
print(asdict(Node(1, [Node(2), Node(3, [Node(4)])])))
print(astuple(Node(1, [Node(2)])))

@dataclass
class Cyc:
    other: object = None
a = Cyc()
b = Cyc(a)
a.other = b
print(a)

C = make_dataclass('C', ['a', ('b', int), ('c', int, field(default=3))],
                   namespace={'total': lambda self: self.a + self.b + self.c})
print(C(1, 2), C(1, 2).total(), C.__qualname__, [f.type for f in fields(C)])
D = make_dataclass('D', [('x', int, 0)], bases=(C,), frozen=False, order=True)
print(D(1, 2, 3, 4), D(1, 2) < D(1, 3), D.__mro__[1].__name__)
E = make_dataclass('E', [('v', int)], frozen=True)
print(E(1), hash(E(1)) == hash((1,)))

@dataclass
class Base:
    x: int
    def __post_init__(self):
        print('Base post_init', self)

@dataclass
class Child(Base):
    y: int = 0
    def __post_init__(self):
        super().__post_init__()
        print('Child post_init')

Child(1, 2)

@dataclass
class IV:
    a: int
    factor: InitVar[int] = 2
    double: int = field(init=False)
    def __post_init__(self, factor):
        self.double = self.a * factor

print(IV(3), IV(3, 5), InitVar[int], InitVar[list], InitVar['str'], repr(InitVar(3)))
print([f.name for f in fields(IV)], list(IV.__dataclass_fields__))
print(IV.__init__.__annotations__)

@dataclass
class KWInherit:
    a: int
    _: KW_ONLY
    k: int = 0

@dataclass
class KWChild(KWInherit):
    b: int = 1
print(KWChild(1, 2, k=3), KWChild.__match_args__)

class Desc:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name
    def __get__(self, inst, owner):
        if inst is None:
            return 42
        return inst.__dict__.get('_' + self.name, 42)
    def __set__(self, inst, value):
        inst.__dict__['_' + self.name] = value * 10

@dataclass
class UsesDesc:
    d: Desc = Desc()
print(UsesDesc(), UsesDesc(2))

@dataclass
class Bad:
    x: int
    def __post_init__(self):
        raise ValueError('boom')
try:
    Bad(1)
except ValueError:
    lines = traceback.format_exc().splitlines()
    files = [l.strip() for l in lines if l.strip().startswith('File')][-2:]
    print([l.split('"')[1].rsplit('/', 1)[-1] + l.split('"', 2)[2] for l in files])

print(repr(dataclasses.MISSING).startswith('<dataclasses._MISSING_TYPE object at'))
print(type(dataclasses.KW_ONLY).__name__, dataclasses.field().default is MISSING)
print(sorted(dataclasses.__all__))
print(type(fields(Pt)[0].metadata).__name__, dict(field(metadata={'a': 1}).metadata))

@dataclass(eq=False)
class NoEq:
    a: int
x = NoEq(1)
print(x == NoEq(1), x == x, hash(x) == hash(x), NoEq.__hash__ is object.__hash__)

@dataclass(eq=True, frozen=False, unsafe_hash=False)
class ExplicitHash:
    a: int
    def __hash__(self):
        return 7
print(hash(ExplicitHash(1)))

@dataclass(init=False)
class NoInit:
    a: int = 1
    def __init__(self, v):
        self.a = v * 2
print(NoInit(4))

@dataclass
class Outer:
    @dataclass
    class Inner:
        v: int
    i: 'Outer.Inner'
print(Outer(Outer.Inner(1)), Outer.Inner.__repr__.__qualname__, Outer.Inner.__qualname__)

class Plain:
    pass

@dataclass
class FromPlain(Plain):
    a: int = 0
print(FromPlain(), Plain.__dict__.get('__dataclass_fields__'))

# dataclasses: generated methods, fields, defaults, post_init, asdict/astuple/replace
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, MISSING, InitVar, KW_ONLY, Field

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), Point(x=5, y=6))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2))
print(Point.__init__.__qualname__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__hash__)
print(Point.__match_args__)
print(Point.__doc__)
print(Point.__dataclass_params__)
print(Point.__init__.__annotations__)
print(Point.__init__.__defaults__)
print([f.name for f in fields(Point)], [f.type for f in fields(p)])
def clean(o):
    return repr(o).replace(repr(MISSING), '<MISSING>')
print(clean(fields(Point)[1]))
print(is_dataclass(Point), is_dataclass(p), is_dataclass(3), is_dataclass(int))

@dataclass
class Inv:
    name: str
    price: float = 1.5
    tags: list = field(default_factory=list)
    count: int = field(default=0, repr=False, compare=False)
    secret: str = field(default='s', init=False)

i = Inv('a')
print(i, i.secret, i.count)
i.tags.append('x')
print(Inv('a'), Inv('a') == Inv('a', count=9), Inv('a').tags is Inv('a').tags)
print(Inv.__init__.__defaults__)
print(Inv.__dict__.get('tags', 'no class attr'), Inv.price, Inv.secret)
print(Inv.__doc__)

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)

vs = [Version(1, 2), Version(1, 0, 'b'), Version(0, 9), Version(1, 0, 'a')]
print(sorted(vs))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), Version(1, 0, 'x') <= Version(1, 0, 'a'))
try:
    Version(1) < 3
except TypeError as e:
    print('TypeError', e)

@dataclass(frozen=True)
class FP:
    x: int
    y: int

fp = FP(1, 2)
print(fp, hash(fp) == hash((1, 2)), {fp: 'v'}[FP(1, 2)], len({FP(1, 2), FP(1, 2), FP(2, 1)}))
try:
    fp.x = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    fp.z = 3
except AttributeError as e:
    print(type(e).__name__, e)

@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.b = self.a * scale

w = WithPost(3)
print(w, WithPost(3, 10), clean(fields(w)))
print(clean(WithPost.__dataclass_fields__['scale']))
print(replace(w, a=5), replace(w, a=5, scale=3))

@dataclass
class KW:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = field(default=2, kw_only=False)

print(KW(1, 5), KW(1, 5, b=7), KW.__match_args__)
try:
    KW(1, 2, 3)
except TypeError as e:
    print('TypeError', e)

@dataclass(kw_only=True)
class AllKW:
    a: int
    b: int = 2
    c: int

print(AllKW(c=1, a=0), AllKW.__match_args__)

@dataclass
class Nested:
    p: Point
    pts: list
    d: dict
    t: tuple

n = Nested(Point(1, 2), [Point(3, 4), [Point(5, 6)]], {'k': Point(7, 8)}, (Point(0, 0), 1))
print(asdict(n))
print(astuple(n))
d = asdict(n)
print(d['pts'] is n.pts, type(asdict(p, dict_factory=lambda kv: sorted(kv, reverse=True))))
print(asdict(p, dict_factory=lambda kv: sorted(kv, reverse=True)))
print(astuple(p, tuple_factory=list))
from collections import namedtuple
NT = namedtuple('NT', 'a b')
@dataclass
class HasNT:
    nt: NT
print(asdict(HasNT(NT(Point(1, 1), [2]))))

@dataclass
class Base:
    x: int = 1
    y: int = 2

@dataclass
class Derived(Base):
    z: int = 3
    x: int = 10

print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])

@dataclass
class Self:
    self: int
    other: int = 0
print(Self(1), Self(self=2, other=3))

@dataclass
class Rec:
    items: list = field(default_factory=list)
r = Rec()
r.items.append(r)
print(r)

@dataclass(repr=False, eq=False)
class Plain:
    a: int
print(Plain(1) == Plain(1), '__repr__' in Plain.__dict__, Plain.__hash__ is object.__hash__)

@dataclass
class Custom:
    a: int
    def __repr__(self):
        return 'custom!'
    def __eq__(self, other):
        return True
print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)

@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), fields(Empty), Empty.__match_args__)

@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: list = field(default_factory=list, hash=False)
    c: int = field(default=0, compare=False, hash=True)
print(hash(UH(1)) == hash((1, 0)), hash(UH(1, [1], 0)) == hash(UH(1, [2], 0)))

@dataclass(match_args=False)
class NoMA:
    a: int
print(hasattr(NoMA, '__match_args__'))
print(Field.__name__, type(MISSING).__name__)
print(field(metadata={'unit': 'cm'}).metadata['unit'])

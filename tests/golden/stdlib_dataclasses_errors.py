# dataclasses: every error message the module raises
from dataclasses import dataclass, field, fields, asdict, astuple, replace, make_dataclass, InitVar, KW_ONLY, FrozenInstanceError

def attempt(label, fn):
    try:
        fn()
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'no error')

def nondefault():
    @dataclass
    class C:
        x: int = 0
        y: int
attempt('nondefault', nondefault)

def nondefault_inherit():
    @dataclass
    class B:
        x: int = 0
    @dataclass
    class C(B):
        y: int
attempt('nondefault_inherit', nondefault_inherit)

def kwonly_ok():
    @dataclass
    class C:
        x: int = 0
        y: int = field(kw_only=True)
    print(C(y=1))
attempt('kwonly_ok', kwonly_ok)

for bad in ([], {}, set()):
    def mutable(bad=bad):
        @dataclass
        class C:
            x: object = bad
    attempt('mutable', mutable)

def mutable_subclass():
    class L(list):
        pass
    @dataclass
    class C:
        x: L = L()
attempt('mutable_subclass', mutable_subclass)

def hashable_default_ok():
    @dataclass
    class C:
        x: tuple = ()
        y: frozenset = frozenset()
    print(C())
attempt('hashable_default_ok', hashable_default_ok)

def both_defaults():
    field(default=1, default_factory=list)
attempt('both_defaults', both_defaults)

def frozen_from_nonfrozen():
    @dataclass
    class B:
        x: int
    @dataclass(frozen=True)
    class C(B):
        y: int
attempt('frozen_from_nonfrozen', frozen_from_nonfrozen)

def nonfrozen_from_frozen():
    @dataclass(frozen=True)
    class B:
        x: int
    @dataclass
    class C(B):
        y: int
attempt('nonfrozen_from_frozen', nonfrozen_from_frozen)

def order_without_eq():
    @dataclass(order=True, eq=False)
    class C:
        x: int
attempt('order_without_eq', order_without_eq)

def order_overwrite():
    @dataclass(order=True)
    class C:
        x: int
        def __lt__(self, other):
            return True
attempt('order_overwrite', order_overwrite)

def frozen_overwrite():
    @dataclass(frozen=True)
    class C:
        x: int
        def __setattr__(self, name, value):
            pass
attempt('frozen_overwrite', frozen_overwrite)

def hash_overwrite():
    @dataclass(unsafe_hash=True)
    class C:
        x: int
        def __hash__(self):
            return 1
attempt('hash_overwrite', hash_overwrite)

def initvar_factory():
    @dataclass
    class C:
        x: InitVar[int] = field(default_factory=int)
attempt('initvar_factory', initvar_factory)

def no_annotation():
    @dataclass
    class C:
        x: int
        y = field(default=1)
attempt('no_annotation', no_annotation)

def double_kwonly():
    @dataclass
    class C:
        x: int
        _: KW_ONLY
        y: int
        __: KW_ONLY
        z: int
attempt('double_kwonly', double_kwonly)

def weakref_without_slots():
    @dataclass(weakref_slot=True)
    class C:
        x: int
attempt('weakref_without_slots', weakref_without_slots)

def slots_twice():
    @dataclass(slots=True)
    class C:
        __slots__ = ('x',)
        x: int
attempt('slots_twice', slots_twice)

@dataclass
class P:
    x: int
    y: int = field(default=0, init=False)
    z: InitVar[int] = None
    w: InitVar[int] = field(default=0)

@dataclass
class Q:
    a: int
    i: InitVar[int]
    def __post_init__(self, i):
        pass

attempt('fields_bad', lambda: fields(3))
attempt('fields_bad_cls', lambda: fields(int))
attempt('asdict_bad', lambda: asdict(P))
attempt('asdict_bad2', lambda: asdict({'x': 1}))
attempt('astuple_bad', lambda: astuple(3))
attempt('replace_bad', lambda: replace(3, x=1))
attempt('replace_init_false', lambda: replace(P(1), y=3))
attempt('replace_initvar_missing', lambda: replace(Q(1, 2), a=3))
attempt('replace_initvar_ok', lambda: print(replace(Q(1, 2), i=5)))
attempt('replace_unknown', lambda: replace(P(1), nope=3))
attempt('init_missing', lambda: P())
attempt('init_extra', lambda: P(1, 2, 3, 4))
attempt('init_unknown_kw', lambda: P(1, q=2))
attempt('init_dup', lambda: P(1, x=2))

attempt('make_bad_field', lambda: make_dataclass('C', [('a', int, 1, 2)]))
attempt('make_bad_ident', lambda: make_dataclass('C', ['a b']))
attempt('make_keyword', lambda: make_dataclass('C', ['class']))
attempt('make_dup', lambda: make_dataclass('C', ['a', ('a', int)]))
attempt('make_nonstr', lambda: make_dataclass('C', [(1, int)]))

@dataclass(frozen=True)
class F:
    x: int

f = F(1)
attempt('frozen_set', lambda: setattr(f, 'x', 2))
attempt('frozen_new', lambda: setattr(f, 'new', 2))
print(issubclass(FrozenInstanceError, AttributeError))

@dataclass(frozen=True)
class F2(F):
    y: int = 0

class NotDC(F2):
    pass

n = NotDC(1)
attempt('frozen_sub_nondc', lambda: setattr(n, 'x', 5))
attempt('frozen_sub_nondc_other', lambda: setattr(n, 'other', 5))
print(n.other if hasattr(n, 'other') else 'no other')

@dataclass
class Unh:
    x: int
attempt('unhashable', lambda: hash(Unh(1)))
attempt('unhashable_set', lambda: {Unh(1)})

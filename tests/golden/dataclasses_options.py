# dataclass parameters: order, frozen, unsafe_hash and the __hash__ rules,
# kw_only / KW_ONLY, slots / weakref_slot, InitVar with __post_init__,
# match_args, and fields inherited from dataclass bases.
import dataclasses
from dataclasses import KW_ONLY, FrozenInstanceError, InitVar, dataclass, field, fields


def attempt(label, action):
    try:
        result = action()
    except Exception as exc:
        print(label, "->", type(exc).__name__, exc)
    else:
        print(label, "->", repr(result))


def define(label, source):
    namespace = {"dataclass": dataclass, "field": field, "KW_ONLY": KW_ONLY, "InitVar": InitVar}

    def run():
        exec(source, namespace)
        return namespace.get("result", namespace.get("C"))

    attempt(label, run)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


versions = [Version(2, 1), Version(1, 9, "old"), Version(2, 0, "x"), Version(1, 9)]
print(sorted(versions))
print(Version(1) < Version(2), Version(1, 2) <= Version(1, 2), Version(3) > Version(2, 9), Version(1) >= Version(1, 1))
print(Version(1, 9, "a") == Version(1, 9, "b"), Version.__lt__.__qualname__, max(versions))
attempt("order other class", lambda: Version(1) < (1, 0))
attempt("order without eq", lambda: dataclass(order=True, eq=False)(type("C", (), {"__annotations__": {}})))
define("own __lt__", "@dataclass(order=True)\nclass C:\n    x: int\n    def __lt__(self, other):\n        return True\n")


@dataclass(frozen=True)
class Frozen:
    x: int
    tags: tuple = ()


f = Frozen(1, ("a",))
print(f, hash(f) == hash((1, ("a",))), {f: "ok"}[Frozen(1, ("a",))], Frozen.__setattr__.__qualname__)
attempt("assign", lambda: setattr(f, "x", 2))
attempt("assign new", lambda: setattr(f, "y", 2))
attempt("delete", lambda: delattr(f, "x"))
print(issubclass(FrozenInstanceError, AttributeError), FrozenInstanceError.__mro__)


class Loose(Frozen):
    pass


loose = Loose(3)
loose.extra = "fine"
print(loose, loose.extra)
attempt("assign field on subclass", lambda: setattr(loose, "x", 4))


@dataclass(frozen=True)
class Derived(Frozen):
    y: int = 0

    def __post_init__(self):
        object.__setattr__(self, "y", self.x * 10)


print(Derived(2), Derived(2) == Derived(2, (), 5))
define("frozen from plain", "@dataclass\nclass B:\n    x: int\n@dataclass(frozen=True)\nclass C(B):\n    y: int\n")
define("plain from frozen", "@dataclass(frozen=True)\nclass B:\n    x: int\n@dataclass\nclass C(B):\n    y: int\n")
define("own __setattr__", "@dataclass(frozen=True)\nclass C:\n    x: int\n    def __setattr__(self, n, v):\n        pass\n")

define("eq only: unhashable", "@dataclass\nclass C:\n    x: int\nresult = C.__hash__")
define("eq=False keeps object hash", "@dataclass(eq=False)\nclass C:\n    x: int\nresult = (C.__hash__ is object.__hash__, C(1) == C(1))")
define("unsafe_hash", "@dataclass(unsafe_hash=True)\nclass C:\n    x: int\n    y: list = field(default=None, hash=False)\nresult = hash(C(1, [])) == hash((1,))")
define("unsafe_hash with own", "@dataclass(unsafe_hash=True)\nclass C:\n    x: int\n    def __hash__(self):\n        return 1\n")
define("own hash kept", "@dataclass\nclass C:\n    x: int\n    def __hash__(self):\n        return 7\nresult = hash(C(1))")
define("own eq", "@dataclass\nclass C:\n    x: int\n    def __eq__(self, other):\n        return True\nresult = (C.__hash__, C(1) == C(2))")
define("frozen own eq", "@dataclass(frozen=True)\nclass C:\n    x: int\n    def __eq__(self, other):\n        return True\nresult = hash(C(1)) == hash((1,))")
define("hash=True on a field", "@dataclass(frozen=True)\nclass C:\n    x: int\n    y: int = field(compare=False, hash=True, default=0)\nresult = hash(C(1, 2)) == hash((1, 2))")


@dataclass
class Options:
    path: str
    _: KW_ONLY
    verbose: bool = False
    depth: int


o = Options("/tmp", depth=2)
print(o, Options.__match_args__, Options.__doc__, Options.__init__.__kwdefaults__)
attempt("keyword only", lambda: Options("/tmp", True, 3))
attempt("missing keyword", lambda: Options("/tmp"))


@dataclass(kw_only=True)
class AllKeywords:
    a: int = 1
    b: int


print(AllKeywords(b=2), AllKeywords.__match_args__, AllKeywords.__doc__)
attempt("positional", lambda: AllKeywords(1, 2))


@dataclass
class OneKeyword:
    a: int = field(kw_only=True, default=1)
    b: int


print(OneKeyword(5), OneKeyword.__doc__, [f.kw_only for f in fields(OneKeyword)])
define("two KW_ONLY", "@dataclass\nclass C:\n    x: int\n    _: KW_ONLY\n    y: int\n    __: KW_ONLY\n")


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 2


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"), Slotted.__qualname__, Slotted.__init__.__qualname__)
attempt("new attribute", lambda: setattr(s, "z", 3))


@dataclass(slots=True, frozen=True)
class FrozenSlots:
    x: int


fs = FrozenSlots(4)
print(fs, hash(fs) == hash((4,)), fs.__getstate__(), FrozenSlots.__slots__)
attempt("frozen slots assign", lambda: setattr(fs, "x", 5))
print(dataclass(slots=True, weakref_slot=True)(type("W", (), {"__annotations__": {"a": int}})).__slots__)
define("weakref without slots", "@dataclass(weakref_slot=True)\nclass C:\n    x: int\n")
define("slots already", "@dataclass(slots=True)\nclass C:\n    __slots__ = ('x',)\n    x: int\n")


@dataclass
class WithInitVar:
    x: int
    scale: InitVar[int] = 2
    scaled: int = field(init=False)

    def __post_init__(self, scale):
        self.scaled = self.x * scale


w = WithInitVar(3)
print(w, WithInitVar(3, 10), [f.name for f in fields(WithInitVar)], WithInitVar.__match_args__ == ("x", "scale"))
print(WithInitVar.__dataclass_fields__["scale"]._field_type, WithInitVar.__doc__)
print(repr(InitVar[int]), repr(InitVar[str].type), repr(InitVar), InitVar[list].type)
define("InitVar factory", "@dataclass\nclass C:\n    x: InitVar[list] = field(default_factory=list)\n")


@dataclass(match_args=False, repr=False, eq=False)
class Bare:
    x: int


print(hasattr(Bare, "__match_args__"), Bare.__repr__ is object.__repr__, Bare(1) == Bare(1))


@dataclass(init=False)
class NoInit:
    x: int = 5


print(NoInit(), NoInit().x, NoInit.__doc__)


@dataclass
class Base:
    x: int = 1
    y: int = 2


@dataclass
class Child(Base):
    z: int = 3
    x: int = 10


print(Child(), Child(4, 5, 6), [f.name for f in fields(Child)], Child.__doc__, Child.__match_args__)


class Plain(Base):
    extra = "not a field"


@dataclass
class Grandchild(Plain):
    w: int = 0


print(Grandchild(), Grandchild.__doc__)
define("base default then plain", "@dataclass\nclass B:\n    x: int = 1\n@dataclass\nclass C(B):\n    z: int\n")

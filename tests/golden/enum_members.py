# Enum class bodies: auto, _generate_next_value_, _ignore_, _order_, member,
# nonmember, enum.property, _missing_, __new__ setting _value_, __init__ with
# tuple values, mixins, __init_subclass__, errors raised while defining.
import enum
from dataclasses import dataclass
from enum import Enum, auto, member, nonmember, unique, verify


def attempt(label, action):
    try:
        result = action()
    except Exception as exc:
        print(label, "->", type(exc).__name__, exc)
    else:
        print(label, "->", repr(result))


def define(label, source):
    namespace = {"Enum": Enum, "auto": auto, "member": member, "nonmember": nonmember, "enum": enum}

    def run():
        exec(source, namespace)
        return namespace.get("result", namespace.get("C"))

    attempt(label, run)


class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()
    PAIR = (auto(), auto())


print(list(Ordinal), repr(auto()), auto().value)


class Lowered(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return "%s-%d-%d-%r" % (name.lower(), start, count, last_values)

    NORTH = auto()
    SOUTH = auto()


print(list(Lowered))

define("auto after text", "class C(Enum):\n    A = 'a'\n    B = auto()\nresult = list(C)")
define("auto after mixed", "class C(Enum):\n    A = 1\n    B = 'x'\n    C = auto()\nresult = list(C)")
define("auto after floats", "class C(Enum):\n    A = 1.5\n    B = 0.5\n    C = auto()\nresult = list(C)")
define("auto after two texts", "class C(Enum):\n    A = 'x'\n    B = 'y'\n    C = auto()\nresult = list(C)")
define("alias of auto", "class C(Enum):\n    A = auto()\n    B = A\n    C = auto()\nresult = C.__members__")
define("late _generate_next_value_",
       "class C(Enum):\n    A = auto()\n    def _generate_next_value_(n, s, c, l):\n        return 0\n")


class Shape(Enum):
    _ignore_ = "scratch helpers"
    scratch = 1
    SQUARE = 4
    helpers = [1, 2]
    TRIANGLE = 3


print(list(Shape), "scratch" in Shape.__dict__)


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet((3.303e23, 2.4397e6)))


class Coordinate(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    X = 1, "abscissa"
    Y = 2, "ordinate"


print(list(Coordinate), Coordinate(2), Coordinate.X.label, Coordinate.Y.value)


class Functions(Enum):
    ADD = member(lambda a, b: a + b)
    LIMIT = nonmember(10)
    ONE = 1

    def apply(self, a, b):
        return self.value(a, b)


print(list(Functions.__members__), Functions.LIMIT, Functions.ADD.apply(2, 3))


class Field(Enum):
    name = "n"
    value = "v"
    other = "o"


print(list(Field), Field.name, Field.name.name, Field.value.value, Field.other.name)


class Doubler(Enum):
    A = 1
    B = 2

    @enum.property
    def doubled(self):
        return self.value * 2


print(Doubler.A.doubled, Doubler.B.doubled)
attempt("class access of enum.property", lambda: Doubler.doubled)


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for item in cls:
                if item.value == value.lower():
                    return item
        return None


print(Status("ACTIVE"), Status("Inactive"))
attempt("missing gives None", lambda: Status("other"))
define("missing gives junk",
       "class C(Enum):\n    A = 1\n    @classmethod\n    def _missing_(cls, v):\n        return 3\nresult = C(7)")
define("missing raises",
       "class C(Enum):\n    A = 1\n    @classmethod\n    def _missing_(cls, v):\n        raise KeyError(v)\nresult = C(7)")


class Ordered(Enum):
    _order_ = "LOW MID HIGH"
    LOW = 1
    MID = 2
    HIGH = 3
    TOP = 3


print(list(Ordered))
define("wrong _order_", "class C(Enum):\n    _order_ = 'B A'\n    A = 1\n    B = 2\n")
define("__order__", "class C(Enum):\n    __order__ = 'A B'\n    A = 1\n    B = 2\nresult = list(C)")


@dataclass
class Dimensions:
    size: str
    legs: int = 4


class Creature(Dimensions, Enum):
    BEETLE = "small", 6
    DOG = "medium"


print(repr(Creature.DOG), str(Creature.BEETLE), Creature.BEETLE.legs, Creature.DOG.value)
print(Creature._member_type_.__name__, Creature(Dimensions("small", 6)))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Corner(Point, Enum):
    ORIGIN = 0, 0
    FAR = 9, 9


print(repr(Corner.FAR), Corner.FAR.value, Corner.FAR.x, Corner._member_type_)


class Registered(Enum):
    def __init_subclass__(cls, **kwargs):
        print("init_subclass", cls.__name__, sorted(kwargs), [m.name for m in cls])
        super().__init_subclass__()


class Tagged(Registered, tag="x"):
    A = 1
    B = 2


class Private(Enum):
    __secret = 1
    _single = 2
    normal_ = 3
    PUBLIC = 4


print(list(Private), Private._Private__secret)

define("reuse member", "class C(Enum):\n    A = 1\n    A = 2\n")
define("member then method", "class C(Enum):\n    A = 1\n    def A(self):\n        pass\n")
define("descriptor then member",
       "class D:\n    def __get__(self, i, o):\n        return 1\n    def __repr__(self):\n        return 'D()'\n"
       "class C(Enum):\n    x = D()\n    x = 3\n")
define("sunder", "class C(Enum):\n    _foo_ = 1\n")
define("sunder _value_", "class C(Enum):\n    _value_ = 3\n")
define("mro", "class C(Enum):\n    mro = 1\n")
define("ignore set name", "class C(Enum):\n    A = 1\n    _ignore_ = 'A'\n")
define("extend", "class B(Enum):\n    A = 1\nclass C(B):\n    B = 2\n")
define("bad base order", "class M:\n    pass\nclass C(Enum, M):\n    A = 1\n")
define("data type", "class M:\n    def __new__(cls, *a):\n        return object.__new__(cls)\nclass C(M, Enum):\n    A = 1\nresult = C._member_type_.__name__")
define("ReprEnum without data", "class C(enum.ReprEnum):\n    A = 1\n")
define("descriptor kept", "class C(Enum):\n    A = 1\n    helper = staticmethod(len)\nresult = (list(C), C.helper('ab'))")
define("nested class member", "class C(Enum):\n    A = 1\n    class Inner:\n        pass\nresult = [m.name for m in C]")


@unique
class Distinct(Enum):
    ONE = 1
    TWO = 2


print(list(Distinct))
define("unique", "@enum.unique\nclass C(Enum):\n    A = 1\n    B = 1\n    C = 2\n    D = 2\n")
define("verify UNIQUE", "@enum.verify(enum.UNIQUE)\nclass C(Enum):\n    A = 1\n    B = 1\n")
define("verify CONTINUOUS", "@enum.verify(enum.CONTINUOUS)\nclass C(Enum):\n    A = 1\n    B = 3\n    C = 6\n")
define("verify CONTINUOUS ok", "@enum.verify(enum.CONTINUOUS, enum.UNIQUE)\nclass C(Enum):\n    A = 1\n    B = 2\nresult = list(C)")
print(repr(enum.UNIQUE), repr(enum.CONTINUOUS), repr(enum.NAMED_FLAGS), str(enum.UNIQUE))


@enum.global_enum
class Level(Enum):
    LOW = 1
    HIGH = 2


print(repr(Level.LOW), str(Level.HIGH), format(Level.LOW), LOW is Level.LOW, HIGH)

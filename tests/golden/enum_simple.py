# enum._simple_enum and _test_simple_enum, _iter_bits_lsb, the docstrings
# pydoc shows for EnumType and Enum, and behaviours CPython's test_enum checks:
# member dir(), auto() bookkeeping, _missing_ errors, Flag operators on
# int mixes, str()/format() of ReprEnum subclasses.
import enum
import inspect
import warnings
from enum import (
    KEEP, Enum, Flag, IntEnum, IntFlag, ReprEnum, StrEnum, _iter_bits_lsb,
    _simple_enum, _test_simple_enum, auto,
)


def attempt(label, action):
    try:
        result = action()
    except Exception as exc:
        print(label, "->", type(exc).__name__, str(exc).splitlines()[0])
    else:
        print(label, "->", repr(result))


@_simple_enum(Enum)
class Shade:
    LIGHT = 1
    DARK = 2
    DIM = 2

    @property
    def pale(self):
        return self.value < 2


class CheckedShade(Enum):
    LIGHT = 1
    DARK = 2
    DIM = 2

    @property
    def pale(self):
        return self.value < 2


print(Shade, list(Shade), Shade.DIM, Shade(1), Shade.LIGHT.pale, type(Shade))
print(Shade.__doc__, Shade.__members__["DIM"] is Shade.DARK, Shade._member_names_)
attempt("same enums", lambda: _test_simple_enum(CheckedShade, Shade))
Shade.DARK._value_ = 7
attempt("changed value", lambda: _test_simple_enum(CheckedShade, Shade))


@_simple_enum(IntEnum)
class Level:
    """Levels of something."""
    LOW = auto()
    HIGH = auto()


print(Level.__doc__, list(Level), Level.HIGH + 1, str(Level.LOW), format(Level.HIGH))


@_simple_enum(StrEnum)
class Word:
    ONE = auto()
    TWO = "zwei"


print(list(Word), str(Word.ONE), Word("zwei"))


@_simple_enum(IntFlag, boundary=KEEP)
class Perm:
    R = 4
    W = 2
    X = 1
    RWX = 7


class CheckedPerm(IntFlag, boundary=KEEP):
    R = 4
    W = 2
    X = 1
    RWX = 7


print(list(Perm), Perm.R | Perm.W, Perm(15), Perm._boundary_, Perm._flag_mask_)
attempt("flags agree", lambda: _test_simple_enum(CheckedPerm, Perm))


@_simple_enum(Enum, use_args=True)
class Pair:
    def __new__(cls, value, label):
        made = object.__new__(cls)
        made._value_ = value
        made.label = label
        return made

    A = 1, "first"
    B = 2, "second"


print(Pair(2), Pair.A.label, Pair._use_args_, Shade._use_args_, Level._use_args_)

print(list(_iter_bits_lsb(22)), list(_iter_bits_lsb(Perm.RWX)))
attempt("negative bits", lambda: list(_iter_bits_lsb(-3)))
print([enum._is_sunder(n) for n in ("_a_", "__a__", "_a")],
      [enum._is_dunder(n) for n in ("__a__", "_a_", "___")],
      [enum._is_private("Box", n) for n in ("_Box__x", "_Box__x__", "_Other__x")])

# docstrings
for name in ("__contains__", "__getitem__", "__iter__", "__len__"):
    print(name, repr(inspect.getdoc(getattr(enum.EnumType, name))))
print(repr(inspect.getdoc(enum.EnumType.__dict__["__members__"])))
print(Enum.__dict__["name"].__doc__, "|", Enum.__dict__["value"].__doc__)
print(_simple_enum.__module__, enum.unique.__module__, enum.global_enum.__module__)


# dir() of a member, with an enum.property that a member shadows
class Base(Enum):
    @enum.property
    def first(self):
        return "%s is first" % self.name


class Main(Base):
    first = 1
    second = 2


print(dir(Main.first), Main.first.first)


# auto(): every value counts, tuple parts separately
class Parts(Enum):
    ONE = auto()
    TWO = auto(), auto()
    THREE = auto(), auto(), auto()


print([p.value for p in Parts])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")

    class Mixed(Enum):
        A = "a"
        B = 5
        C = 3
        D = auto()

print([m.value for m in Mixed], [w.category.__name__ for w in caught])

weird = auto()
weird.value = "given"


class Late(Enum):
    X = weird

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    Y = auto()


print([m.value for m in Late])


# _missing_ failures
class Picky(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        if value == "bad":
            return 5
        if value == "boom":
            raise KeyError(value)
        return None


for probe in (7, "bad", "boom"):
    try:
        Picky(probe)
    except Exception as exc:
        context = exc.__context__
        print(type(exc).__name__, exc, "| context:", type(context).__name__, context)


def define_bad():
    class Bad(str, Enum):
        def __new__(cls, value, extra):
            return str.__new__(cls, value)

        A = "a", 1


try:
    define_bad()
except TypeError as exc:
    print(exc, "| cause:", type(exc.__cause__).__name__, exc.__cause__)


# ints mixed into Flag use Flag's operators
class Bits(int, Flag):
    A = 1
    B = 2


print(repr(Bits.A | Bits.B), repr(~Bits.A), repr(Bits.A | 2), "__or__" in Bits.__dict__)


# str() and format() of a ReprEnum subclass come from the data type only for
# direct subclasses; an inherited __str__ stays
class Titled(IntEnum):
    def __str__(self):
        return self.name.title()

    def __format__(self, spec):
        return self.name[::-1]


class Sub(Titled):
    first = 1


print(str(Sub.first), format(Sub.first), repr(Sub.first))


class FloatKind(float, ReprEnum):
    HALF = 0.5


print(str(FloatKind.HALF), format(FloatKind.HALF, ".2f"))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    attempt("1 in Picky", lambda: 1 in Picky)
print([str(w.message).splitlines()[0] for w in caught])

class Source:
    ODD_B = 1
    ODD_A = "x"


# values that do not compare are ordered by name
uncomparable = Enum._convert_(
    "Odd", __name__, lambda name: name in ("ODD_A", "ODD_B"), source=Source)
print(list(uncomparable.__members__), ODD_B)
old = enum._old_convert_(IntEnum, "OldOdd", __name__, lambda name: name.startswith("LEVEL_"),
                         source=type("Levels", (), {"LEVEL_B": 2, "LEVEL_A": 1, "OTHER": 0}))
print(list(old), "OldOdd" in globals(), "LEVEL_A" in globals())

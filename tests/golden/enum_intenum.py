# IntEnum, StrEnum, IntFlag and data-type mixins (members that are also ints,
# strs, floats). Needs subclasses of builtin types.
import enum
from enum import Enum, IntEnum, IntFlag, ReprEnum, StrEnum, auto


def attempt(label, action):
    try:
        result = action()
    except Exception as exc:
        print(label, "->", type(exc).__name__, exc)
    else:
        print(label, "->", repr(result))


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = auto()


print(repr(Number.ONE), str(Number.ONE), format(Number.ONE), f"{Number.TWO:03d}|{Number.TWO:x}|{Number.TWO:>4}|")
print(Number.ONE + 1, Number.TWO * 3, Number.ONE == 1, Number.ONE < Number.TWO, Number.THREE > 2, int(Number.TWO))
print(Number(2), Number(Number.TWO), type(Number.ONE + 1), hash(Number.ONE) == hash(1), sorted([3, Number.ONE, 2]))
print(isinstance(Number.ONE, int), Number._member_type_, Number.__mro__, list(Number))
print([1, 2, 3][Number.ONE], {1: "one"}[Number.ONE], "%d %s %r" % (Number.ONE, Number.ONE, Number.ONE))
attempt("bad value", lambda: Number(5))
attempt("text value", lambda: IntEnum("Bad", [("A", "a")]))
attempt("numeric text", lambda: list(IntEnum("Ok", [("A", "12")])))


class Hex(IntEnum):
    A = "12", 16


print(repr(Hex.A))


class Color(StrEnum):
    RED = auto()
    GREEN = "green"
    BLUE = auto()


print(repr(Color.RED), str(Color.RED), format(Color.RED), f"[{Color.BLUE:>6}]", Color.RED == "red", Color.RED.upper())
print(list(Color), Color("green"), Color.RED + "!", isinstance(Color.RED, str), "-".join(Color))
attempt("not a string", lambda: StrEnum("Bad", [("A", 1)]))
attempt("too many", lambda: StrEnum("Bad", [("A", ("a", "b", "c", "d"))]))
attempt("bytes", lambda: repr(StrEnum("Ok", [("A", (b"a", "utf-8"))]).A))


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), format(Perm.R), repr(Perm(8)), repr(Perm(0)), repr(~Perm.R))
print(repr(Perm.R | 8), repr(Perm.R | 8 | 1), Perm.R + 1, repr(Perm.R & 5), repr(5 & Perm.R), repr(Perm.R ^ 1))
print(repr(-1 & Perm.R), repr(Perm(-1)), repr(~Perm(0)), Perm._boundary_, Perm.R == 4, list(Perm(7)), len(Perm(7)))
print(Perm.__mro__)


class Mixed(int, Enum):
    A = 1
    B = 2


print(repr(Mixed.A), str(Mixed.A), format(Mixed.A), f"{Mixed.A:5}|", Mixed.A + 1, Mixed.B == 2)


class Floaty(float, Enum):
    HALF = 0.5


print(repr(Floaty.HALF), str(Floaty.HALF), Floaty.HALF * 4)


class Texty(str, Enum):
    A = "a"


print(repr(Texty.A), str(Texty.A), format(Texty.A), Texty.A == "a")


class Plain(int, ReprEnum):
    A = 1


print(repr(Plain.A), str(Plain.A), format(Plain.A))
print(enum.FlagBoundary.__mro__, enum.EnumCheck.__mro__, enum.STRICT == "strict", isinstance(enum.KEEP, str))
print(repr(Enum("Typed", "X Y", type=int).Y), Enum("Typed", "X Y", type=int).__mro__)



class Coin(int, Enum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    PENNY = 1, "penny"


print(repr(Coin.PENNY), Coin.PENNY.label, Coin(1), Coin.PENNY + 1)

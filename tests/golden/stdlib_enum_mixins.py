# enum: IntEnum, StrEnum, IntFlag, ReprEnum and data-type mixins (3.11 str/format/repr)
import enum
from enum import Enum, IntEnum, StrEnum, IntFlag, ReprEnum, Flag, auto


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(Num.ONE, repr(Num.ONE), str(Num.TWO), format(Num.THREE), f"{Num.ONE:>4}|{Num.TWO:03d}")
print(Num.ONE == 1, Num.ONE + 1, Num.TWO * 3, Num.ONE < Num.TWO, Num(2), Num['THREE'])
print(isinstance(Num.ONE, int), sorted([Num.THREE, 0, Num.ONE]), hash(Num.TWO) == hash(2))
print({1: 'a'}[Num.ONE], [10, 20, 30][Num.TWO], int(Num.THREE), Num.ONE.real)
print(list(range(Num.THREE)), 1 in {Num.ONE}, Num.ONE in {1})
print('%d %s %r' % (Num.ONE, Num.ONE, Num.ONE), '{}'.format(Num.TWO))
print(Num.TWO.value, Num.TWO.name, type(Num.TWO.value).__name__)


class Shade(StrEnum):
    LIGHT = auto()
    DARK = 'dark'
    Mixed_Case = auto()


print(Shade.LIGHT, repr(Shade.LIGHT), list(Shade), Shade.LIGHT == 'light')
print(Shade.LIGHT.upper(), Shade.DARK + '!', f"{Shade.DARK:>6}|", Shade('dark'))
print(isinstance(Shade.DARK, str), Shade.Mixed_Case.value, len(Shade.LIGHT))
try:
    class BadStr(StrEnum):
        A = 1
except TypeError as e:
    print('TypeError:', e)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(Perm.R, repr(Perm.R), Perm.R | Perm.W, repr(Perm.R | Perm.W), format(Perm.R | Perm.X))
print(Perm.R + 1, Perm.R | 8, repr(Perm.R | 8), repr(Perm(0)), str(Perm(0)))
print(repr(~Perm.R), repr(~Perm(0)), repr(Perm(-1)), repr(Perm(17)), str(Perm(17)))
print(Perm.R == 4, isinstance(Perm.R, int), list(Perm(7)), Perm.R in Perm(6), repr(Perm.R & 6))
print(repr(1 | Perm.W), repr(Perm.W ^ 3), type(Perm.W & 2).__name__)


class Mixed(float, Enum):
    HALF = 0.5
    QUARTER = 0.25


print(Mixed.HALF, repr(Mixed.HALF), format(Mixed.HALF), Mixed.HALF * 2)
try:
    print(f"{Mixed.QUARTER:.3f}")
except ValueError as e:
    print("ValueError:", e)


class Str2(str, Enum):
    A = 'a'
    B = 'b'


print(Str2.A, repr(Str2.A), format(Str2.A), f"{Str2.B}", Str2.A == 'a', Str2('b'))


class Tup(tuple, Enum):
    P = (1, 2)
    Q = (3, 4)


print(Tup.P, repr(Tup.P), Tup.P[0], Tup((3, 4)))


class Float2(float, ReprEnum):
    PI = 3.14


print(Float2.PI, repr(Float2.PI), format(Float2.PI, '.1f'))


class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')


print(Coord.PX, Coord.PY.value, Coord.PY.label, Coord(1), bytes(Coord.PY))


class AutoInt(IntEnum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(AutoInt))
FuncInt = IntEnum('FuncInt', 'X Y Z')
print(list(FuncInt), FuncInt.Y + 0, str(FuncInt.Z))
FuncStr = Enum('FuncStr', 'a b', type=str)
print(list(FuncStr), repr(FuncStr.a))
print(IntEnum.__mro__[1:], issubclass(IntFlag, Flag), issubclass(IntFlag, int))


# subclassing an empty enum with a mixin
class OrderedEnum(Enum):
    def __ge__(self, other):
        if self.__class__ is other.__class__:
            return self.value >= other.value
        return NotImplemented

    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented


class Grade(OrderedEnum):
    A = 5
    B = 4
    C = 3


print(Grade.C < Grade.A, Grade.A >= Grade.B, sorted(Grade), max(Grade))

# enum.Flag: composition, iteration, boundaries (STRICT, CONFORM, EJECT, KEEP), reprs
import enum
from enum import Flag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


class Perm(Flag):
    R = 4
    W = 2
    X = 1


print(Perm.R, repr(Perm.R), Perm.R | Perm.W, repr(Perm.R | Perm.W))
print(repr(Perm.R | Perm.W | Perm.X), str(Perm.R | Perm.X))
print(Perm(0), repr(Perm(0)), bool(Perm(0)), bool(Perm.R))
print(repr(Perm(7)), repr(Perm(6)), Perm(6) is (Perm.R | Perm.W))
print(list(Perm), len(Perm), list(Perm(7)), len(Perm(7)), len(Perm(0)))
print(repr(Perm.R & Perm.W), repr((Perm.R | Perm.W) & Perm.W), repr(Perm.R ^ Perm.W ^ Perm.R))
print(repr(~Perm.R), repr(~(Perm.R | Perm.W)), repr(~Perm(0)), repr(~Perm(7)))
print(Perm.R in (Perm.R | Perm.W), Perm.X in (Perm.R | Perm.W), Perm(0) in Perm.R)
print(Perm.R in Perm, Perm(6) in Perm)
print([m.name for m in Perm(5)], Perm(5).name, Perm(5).value, Perm(0).name)
print(format(Perm.R), f"{Perm.R | Perm.W}", f"{Perm.R!r:>3}")
print(repr(Perm), Perm.__members__)
print(Perm._boundary_, repr(Perm._boundary_), Perm._flag_mask_, Perm._all_bits_)
print({Perm.R: 1, Perm.R | Perm.W: 2}[Perm(6)])


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    BLACK = 0
print(list(Color), len(Color), [c.value for c in Color])
print(repr(Color.WHITE), repr(Color.BLACK), repr(Color(7)), repr(Color(3)))
print(Color.__members__)
print(list(Color.WHITE), repr(~Color.WHITE), repr(~Color.RED))
print(Color._member_names_)


class Single(Flag):
    A = auto()
    B = auto()
    AB = A | B
    C = 16
print(list(Single), repr(Single(19)), repr(Single.AB), repr(Single.AB | Single.C))


# boundaries
class S(Flag, boundary=STRICT):
    A = 1
    B = 2
class Conf(Flag, boundary=CONFORM):
    A = 1
    B = 2
class Ej(Flag, boundary=EJECT):
    A = 1
    B = 2
class Kp(Flag, boundary=KEEP):
    A = 1
    B = 2
for cls in (S, Conf, Ej, Kp):
    print(cls.__name__, cls._boundary_.name, end=': ')
    try:
        print(repr(cls(7)), end=' ')
    except ValueError as e:
        print('ValueError', e, end=' ')
    print(repr(~cls.A), repr(cls(3)))
print(repr(Kp(5)), str(Kp(4)), repr(Kp(4) | Kp.A), list(Kp(7)))
print(Flag._boundary_ is STRICT, enum.IntFlag._boundary_ is KEEP)
print(list(FlagBoundary), STRICT.value, KEEP.name)


# Flag with a non-single-bit definition order
class Weird(Flag):
    C = 4
    A = 1
    B = 2
print(list(Weird), list(Weird(7)), repr(Weird(7)))


# _order_ on flags ignores multi-bit aliases
class Ord(Flag):
    _order_ = 'A B'
    A = 1
    B = 2
    AB = 3
print(list(Ord), repr(Ord.AB))


# functional API
F = Flag('F', 'ONE TWO FOUR')
print(list(F), repr(F.ONE | F.FOUR), repr(F))
F2 = Flag('F2', [('a', 1), ('b', 8)])
print(list(F2), repr(F2(9)))


# operations with other types
for op in (lambda: Perm.R | 1, lambda: Perm.R & 'x', lambda: 1 in Perm.R, lambda: Perm(8), lambda: Perm('r')):
    try:
        print(op())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


# enum.bin and show_flag_values
print(enum.bin(5), enum.bin(5, 8), enum.bin(-5), enum.bin(0), enum.show_flag_values(13))


# methods on flags
class Access(Flag):
    NONE = 0
    READ = 1
    WRITE = 2
    ALL = READ | WRITE

    def can(self, other):
        return other in self
print(Access.ALL.can(Access.READ), Access.READ.can(Access.WRITE), repr(Access(0)), repr(Access.NONE))
print(sorted(Access.__members__))

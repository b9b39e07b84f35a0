# Flag: combining members, pseudo-members, ~, iteration, len, in, the four
# boundaries, aliases, auto, verify(NAMED_FLAGS / CONTINUOUS).
import enum
from enum import CONFORM, EJECT, KEEP, STRICT, Flag, auto


def attempt(label, action):
    try:
        result = action()
    except Exception as exc:
        print(label, "->", type(exc).__name__, exc)
    else:
        print(label, "->", repr(result))


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


rw = Perm.R | Perm.W
print(repr(rw), str(rw), format(rw), f"[{rw:>10}]", rw.name, rw.value)
print(repr(Perm(0)), str(Perm(0)), Perm(0).name, bool(Perm(0)), bool(Perm.X))
print(repr(~Perm.R), repr(~Perm.RWX), repr(~Perm(0)), repr(Perm.RWX), repr(Perm(7)), Perm(7) is Perm.RWX)
print(list(Perm), len(Perm), list(Perm.RWX), list(rw), list(Perm(0)), len(rw), len(Perm(0)))
print(Perm.R in rw, Perm.X in rw, rw in Perm.RWX, Perm(0) in Perm.X, rw in Perm.R)
print(repr(rw & Perm.W), repr(rw & Perm.X), repr(rw ^ Perm.RWX), repr(Perm.R | Perm.R), rw is Perm(6))
print(Perm.__members__)
print(Perm._flag_mask_, Perm._singles_mask_, Perm._all_bits_, Perm._boundary_, repr(repr(Perm)))
print(Perm(-1), repr(Perm(-2)), repr(Perm(-8)), Perm["RWX"], hash(rw) == hash("R|W"))
print({Perm.R: "read"}[Perm(4)], sorted(Perm, key=lambda p: p.value))
attempt("too big", lambda: Perm(8))
attempt("too small", lambda: Perm(-9))
attempt("wide", lambda: Perm(1024))
attempt("text", lambda: Perm("r"))
attempt("in with int", lambda: 1 in Perm.R)
attempt("or int", lambda: Perm.R | 1)
attempt("and int", lambda: Perm.R & 1)
attempt("name lookup of combination", lambda: Perm["R|W"])
attempt("order", lambda: Perm.R < Perm.W)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    BLACK = 0


print(list(Color), Color._member_names_, Color.__members__)
print(repr(~Color.RED), repr(~Color.WHITE), repr(Color(0)), Color(0) is Color.BLACK, list(Color.WHITE))
print(repr(Color.RED | Color.BLUE), str(Color.GREEN | Color.BLUE), Color.RED.__dict__.get("_inverted_"))
print(repr(~Color.RED), Color.RED.__dict__.get("_inverted_"))


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 4


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 4


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 4


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 4


for cls in (Strict, Conform, Eject, Keep):
    print(cls.__name__, cls._boundary_, cls._flag_mask_, cls._singles_mask_, cls._all_bits_)
    for value in (0, 1, 2, 3, 5, 7, 8, 13, -1, -2, -8, -9):
        attempt("  %s(%d)" % (cls.__name__, value), lambda: cls(value))
    attempt("  ~A", lambda: ~cls.A)
    attempt("  str(cls(3))", lambda: str(cls(3)))


class Wide(Flag):
    LOW = 1
    HIGH = 1 << 10


print(Wide._all_bits_, repr(~Wide.LOW))
attempt("wide gap", lambda: Wide(2))


class Next(Flag):
    A = 3
    B = auto()
    C = 5
    D = auto()


print(Next.__members__)
attempt("auto after text", lambda: Flag("Bad", [("A", "a"), ("B", auto())]))


class Defined(Flag):
    B = 2
    A = 1
    C = 8


print(repr(Defined(11)), list(Defined(11)), list(Defined), list(Defined._iter_member_by_value_(11)))

@enum.verify(enum.NAMED_FLAGS)
class Named(Flag):
    A = 1
    B = 2
    AB = 3


print(list(Named), Named.AB)
attempt("named flags one", lambda: enum.verify(enum.NAMED_FLAGS)(Flag("F", [("A", 1), ("X", 5)])))
attempt("named flags two", lambda: enum.verify(enum.NAMED_FLAGS)(Flag("F", [("A", 1), ("B", 2), ("X", 12), ("Y", 48)])))
attempt("continuous flags", lambda: enum.verify(enum.CONTINUOUS)(Flag("F", [("A", 1), ("B", 4), ("C", 16)])))
attempt("continuous ok", lambda: enum.verify(enum.CONTINUOUS)(Flag("F", "A B C")))
print(enum.show_flag_values(10), enum.show_flag_values(0))


class Options(Flag):
    NONE = 0
    VERBOSE = auto()
    QUIET = auto()
    DEBUG = auto()

    def describe(self):
        return "+".join(m.name.lower() for m in self) or "none"


chosen = Options.VERBOSE | Options.DEBUG
print(chosen.describe(), Options.NONE.describe(), Options(0).describe(), [o.describe() for o in Options])
print(Options.VERBOSE in chosen, Options.QUIET in chosen, bool(chosen & Options.QUIET))
settings = Options.NONE
for flag in (Options.QUIET, Options.DEBUG):
    settings |= flag
print(repr(settings), repr(settings & ~Options.QUIET))
print(dir(Options.VERBOSE))

# The functional API: Enum('Name', names) with a string, a list, pairs or a
# mapping, and module=, qualname=, start=, boundary=.
import enum
from enum import Enum, Flag, auto


def attempt(label, action):
    try:
        result = action()
    except Exception as exc:
        print(label, "->", type(exc).__name__, exc)
    else:
        print(label, "->", repr(result))


Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.__module__, Animal.__qualname__, repr(Animal), Animal.BEE.value)
print(list(Enum("Sep", "A,B, C  D", start=5)))
print(list(Enum("Listed", ["X", "Y"])))
print(list(Enum("Paired", [("X", 10), ("Y", 20)])))
print(list(Enum("Tupled", (("X", "x"), ("Y", "y")))))
print(list(Enum("Mapped", {"ON": True, "OFF": False})))
Placed = Enum("Placed", "P Q", module="geometry", qualname="Shapes.Placed")
print(Placed.__module__, Placed.__qualname__, repr(Placed.P), str(Placed.Q))
print(list(Enum("Zero", "A B", start=0)), list(Enum("NoStart", "A", start=None)))
print(list(Enum("Blank", "")), list(Enum("NoNames", [])))
Bits = Flag("Bits", "R W X")
print(list(Bits), repr(Bits.R | Bits.X), Bits._boundary_)
Kept = Flag("Kept", "A B", boundary=enum.KEEP)
print(Kept._boundary_, repr(Kept(12)))


class Base(Enum):
    def describe(self):
        return "%s=%r" % (self.name, self.value)

    def _generate_next_value_(name, start, count, last_values):
        return name * 2


Derived = Base("Derived", "A B")
print(list(Derived), Derived.B.describe(), Derived.__mro__)
print(Animal(1), Animal["CAT"], len(Animal), Animal.ANT in Animal)

attempt("duplicate", lambda: Enum("Dup", "X X"))
attempt("not iterable", lambda: Enum("Bad", 5))
attempt("mixed names", lambda: Enum("Bad", ["X", ("Y", 2)]))
attempt("mro name", lambda: Enum("Bad", "mro"))
attempt("sunder name", lambda: Enum("Bad", "_x_"))
attempt("extend", lambda: Animal("More", "DOG"))
attempt("second arg on members", lambda: Animal(1, 2))


class Seasons(Enum):
    SPRING = auto()
    SUMMER = auto()


More = Enum("More", [(s.name, s.value) for s in Seasons])
print(list(More))

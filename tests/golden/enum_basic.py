# Enum: definition, reprs, lookups, iteration, aliases, attribute protection.
import copy
import enum
from enum import Enum


def attempt(label, action):
    try:
        result = action()
    except Exception as exc:
        print(label, "->", type(exc).__name__, exc)
    else:
        print(label, "->", repr(result))


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # alias of RED

    def describe(self):
        return "%s is %d" % (self.name.lower(), self.value)

    @classmethod
    def favourite(cls):
        return cls.GREEN


print(repr(Color.RED), str(Color.RED), format(Color.RED), f"[{Color.RED:>12}]", f"[{Color.RED:<10}]")
print(repr(Color), str(Color), type(Color).__name__, enum.EnumMeta is enum.EnumType)
print(Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
print(list(Color), len(Color), list(reversed(Color)))
print(Color.__members__)
print(list(Color.__members__), type(Color.__members__).__name__)
print(Color._member_names_, Color._value2member_map_)
print(Color.CRIMSON is Color.RED, Color.CRIMSON.name, Color["CRIMSON"] is Color.RED)
print(Color(2), Color["BLUE"], Color(Color.BLUE), getattr(Color, "GREEN"))
print(Color.RED.describe(), Color.favourite(), Color.BLUE.favourite())
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), type(Color.RED) is Color)
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, Color.RED is Color(1))
print(Color.RED in Color, bool(Color.RED), bool(Color), hash(Color.RED) == hash("RED"))
print(Color.__qualname__, Color.__module__, Color.__doc__, Color.__mro__)
print(sorted(Color, key=lambda c: c.value, reverse=True))
print({Color.RED: "warm", Color.BLUE: "cold"}[Color.CRIMSON], {Color.RED, Color.CRIMSON, Color.GREEN} == {Color.RED, Color.GREEN})
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.BLUE) is Color.BLUE)
print(Color.RED.__reduce_ex__(4))
print(Color.GREEN.RED, Color.RED.__class__.__name__)

attempt("value 5", lambda: Color(5))
attempt("value 'RED'", lambda: Color("RED"))
attempt("name X", lambda: Color["X"])
attempt("no value", lambda: Color())
attempt("1 in Color", lambda: Color.RED in Color and 1 in Color)
attempt("less than", lambda: Color.RED < Color.GREEN)
attempt("reassign", lambda: setattr(Color, "RED", 7))
attempt("delete", lambda: delattr(Color, "GREEN"))
attempt("missing attr", lambda: Color.PURPLE)
attempt("missing dunder", lambda: Color.__nothing__)
attempt("member attr", lambda: Color.RED.nothing)
attempt("set name", lambda: setattr(Color.RED, "name", "x"))
attempt("set value", lambda: setattr(Color.RED, "value", 9))
attempt("del value", lambda: delattr(Color.RED, "value"))
attempt("Enum.name", lambda: Enum.name)
attempt("Color.value", lambda: Color.value)
attempt("call Enum", lambda: Enum(1))
attempt("len Enum", lambda: (len(Enum), list(Enum), Enum.__members__))

Color.extra = "allowed"
Color.RED.note = "also allowed"
print(Color.extra, Color.RED.note, Color.RED.__dict__)
del Color.extra
print(hasattr(Color, "extra"))

print(dir(Color))
print(dir(Color.GREEN))


class Empty(Enum):
    def shout(self):
        return self.name.upper() + "!"


class Animal(Empty):
    cat = 1
    dog = 2


print(Animal.cat.shout(), list(Animal), Animal.__mro__)
try:
    class More(Animal):
        bird = 3
except TypeError as exc:
    print("extend ->", exc)


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2

    def __str__(self):
        return self.name.title()

    def __repr__(self):
        return "Weekday(%r)" % self.value


print(str(Weekday.MONDAY), repr(Weekday.MONDAY), format(Weekday.TUESDAY), f"{Weekday.TUESDAY:>9}|")


class Mixed(Enum):
    NUMBER = 1
    TEXT = "two"
    LIST = [3]
    NOTHING = None
    TUPLE = (4, 5)
    EMPTY = ()


print(list(Mixed))
print(Mixed("two"), Mixed([3]), Mixed(None), Mixed((4, 5)), Mixed(()), Mixed._unhashable_values_)
attempt("unhashable miss", lambda: Mixed([9]))


def match(color):
    match color:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case _:
            return "?"


print([match(c) for c in Color])


class Outer:
    class Inner(Enum):
        A = 1


print(repr(Outer.Inner.A), Outer.Inner.__qualname__)
attempt("qualname in message", lambda: Outer.Inner(2))

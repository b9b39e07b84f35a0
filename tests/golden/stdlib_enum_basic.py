# enum: Enum classes, members, lookup, iteration, auto, aliases, functional API
import enum
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


print(Color.RED, repr(Color.RED), str(Color.GREEN), format(Color.BLUE))
print(f"{Color.RED} {Color.RED!r} {Color.RED:>12}|")
print(list(Color), len(Color))
print(Color(2), Color['BLUE'], Color.RED.name, Color.RED.value)
print(Color(1) is Color.RED, Color['RED'] is Color.RED, type(Color.RED))
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), issubclass(Color, Enum))
print(repr(Color), Color.__name__, Color.__qualname__, type(Color).__name__)
print(enum.EnumMeta is enum.EnumType, type(Color) is enum.EnumType)
print(Color.__members__)
print(type(Color.__members__).__name__, list(Color.__members__.keys()))
print(Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.GREEN)
print(Color.RED == 1, Color.RED is not Color.GREEN)
print(list(type(Color).__reversed__(Color)))  # reversed(Color): see KNOWN_FAILURES
print(bool(Color), bool(Color.RED))
print(Color.RED.__class__ is Color, hash(Color.RED) == hash(Color.RED))
print(sorted(Color, key=lambda c: -c.value))
print(type(Color).__dir__(Color))  # dir(): see KNOWN_FAILURES
print(Color.RED.__dir__())
print(Color.RED._name_, Color.RED._value_, Color._member_names_)

# members as dict keys and in sets
d = {Color.RED: 'r', Color.GREEN: 'g'}
print(d[Color.RED], Color.BLUE in d, len({Color.RED, Color.RED, Color.BLUE}))

# match statements
def describe(c):
    match c:
        case Color.RED:
            return 'red!'
        case Color.GREEN | Color.BLUE:
            return 'cool: ' + c.name
        case _:
            return 'other'
print([describe(c) for c in Color], describe(5))


# auto values
class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()
print(list(Ordinal), [o.value for o in Ordinal])


class Custom(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + '!' + str(count)
    A = auto()
    B = auto()
print(list(Custom), Custom('b!1'))


# aliases
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2), Shape['ALIAS_FOR_SQUARE'] is Shape.SQUARE)
print(list(Shape.__members__.items()))
print([name for name, m in Shape.__members__.items() if m.name != name])


# methods, properties, classmethods on enums
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print(Planet.heaviest(), Planet((3.303e+23, 2.4397e6)))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return 'my custom str! {0}'.format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY

print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.FUNKY))


# _missing_
class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Status('ACTIVE'), Status('Inactive'))
try:
    Status('nope')
except ValueError as e:
    print('ValueError:', e)


# _ignore_
class Period(Enum):
    _ignore_ = 'tmp i'      # (vars() in the body: see KNOWN_FAILURES)
    tmp = 5
    day_0 = 0
    for i in range(1, 3):
        tmp = i
    day_1 = tmp - 1
    day_2 = tmp
print(list(Period), hasattr(Period, 'i'), hasattr(Period, '_ignore_'))


# _order_
class Ordered(Enum):
    _order_ = 'A B C'
    A = 1
    B = 2
    C = 3
print(list(Ordered))


# member / nonmember, nested values, private names
class Things(Enum):
    A = 1
    B = enum.nonmember(2)
    C = enum.member(lambda x: x * 2)
    __secret = 5
print([m.name for m in Things], Things.B, Things.C.value(21), Things._Things__secret)


# name and value as member names
class Field(Enum):
    name = 1
    value = 2
print(Field.name, Field.value, Field.name.name, Field.name.value, Field.value.value)


# functional API
Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(list(Animal), Animal.ANT.value, repr(Animal))
print(list(Enum('A2', 'x, y ,z')))
print(list(Enum('A3', ['p', 'q'], start=10)))
print(list(Enum('A4', [('a', 5), ('b', 7)])))
print(list(Enum('A5', {'k': 'v', 'j': 'w'})))
Q = Enum('Q', 'one two', qualname='Outer.Q', module='mymod')
print(Q.__qualname__, Q.__module__, repr(Q.one))
print(Animal(3), Animal['DOG'])


# unique
@unique
class Good(Enum):
    A = 1
    B = 2
print(list(Good))


# enum with a mixin that has no data (subclassing an empty enum)
class Describable:
    def describe(self):
        return 'I am ' + self.name.lower()

class Base(Describable, Enum):
    def shout(self):
        return self.name.upper() + '!'

class Fruit(Base):
    apple = 1
    pear = 2
print(Fruit.apple.describe(), Fruit.pear.shout(), list(Fruit), isinstance(Fruit.apple, Base))


# class-level and member-level attribute behaviour
print(Color.RED.RED if hasattr(Color.RED, 'RED') else 'no', getattr(Color, 'PURPLE', 'none'))
print(Color.__members__['GREEN'], 'RED' in Color.__members__)
print([m for m in Color if m.value > 1])
print({c.name: c.value for c in Color})
print(max(Color, key=lambda c: c.value), min(c.value for c in Color))


# enum.property
class WithProp(Enum):
    X = 1
    @enum.property
    def double(self):
        return self.value * 2
print(WithProp.X.double)

# copy returns the member itself
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.GREEN])[0] is Color.GREEN)

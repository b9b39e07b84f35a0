# enum: builtins that must consult the metaclass / the class namespace:
# reversed(EnumClass), dir(EnumClass), dir(member), vars() inside an enum body
from enum import Enum, Flag


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def shade(self):
        return self.name.lower()


class Perm(Flag):
    R = 4
    W = 2
    X = 1


print(list(reversed(Color)), list(reversed(Perm)))
print(dir(Color))
print(dir(Color.RED))
print(dir(Perm))


class Period(Enum):
    _ignore_ = 'Period i'
    Period = vars()
    for i in range(3):
        Period['day_%d' % i] = i


print(list(Period))

# enum: interactions with decorators, match, dicts, subclass hooks, global_enum, mixins
import enum
from enum import Enum, Flag, auto, unique, global_enum


# a class decorator that adds methods (like a dataclass-style helper)
def with_label(cls):
    def label(self):
        return '%s(%s)' % (self.name.title(), self.value)
    cls.label = label
    cls.registry = {m.value: m for m in cls}
    return cls


@with_label
@unique
class Level(Enum):
    LOW = 1
    MID = 5
    HIGH = 10


print([m.label() for m in Level], Level.registry[5], sorted(Level.registry))


# ordering through a mixin-less base enum
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


print(Grade.C < Grade.A, Grade.A >= Grade.B, sorted(Grade), max(Grade), Grade.B > Grade.C)


# __init_subclass__ on an enum base
class Registered(Enum):
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


class Tagged(Registered, tag='hello'):
    ONE = 1


print(Tagged.tag, list(Tagged))


# descriptors with __set_name__ live next to members
class Describe:
    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return 'described %s via %s' % (obj.name, self.name)


class Box(Enum):
    info = Describe()
    SMALL = 1
    LARGE = 2


print(Box.SMALL.info, list(Box), type(Box.__dict__['info']).__name__)


# enums in match statements with guards, class patterns and values
class Cmd(Enum):
    GO = 'go'
    STOP = 'stop'
    WAIT = 'wait'


def run(cmd, arg=None):
    match (cmd, arg):
        case (Cmd.GO, int(n)) if n > 0:
            return 'go %d' % n
        case (Cmd.GO, _):
            return 'go?'
        case (Cmd.STOP | Cmd.WAIT as c, _):
            return 'halt:' + c.value
    return 'unknown'


print(run(Cmd.GO, 3), run(Cmd.GO), run(Cmd.WAIT), run('go'))


def kind(obj):
    match obj:
        case Cmd():
            return 'command ' + obj.name
        case Level(value=v) if v > 1:
            return 'level above one'
        case Level():
            return 'level'
        case _:
            return 'other'


print(kind(Cmd.STOP), kind(Level.HIGH), kind(Level.LOW), kind(3))


# dict keys: members and their values are different keys for plain Enum
table = {Cmd.GO: 1, 'go': 2}
print(len(table), table[Cmd.GO], table[Cmd('go')], table['go'])
counts = {}
for c in [Cmd.GO, Cmd.STOP, Cmd.GO, Cmd.GO]:
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(sorted(counts, key=lambda c: c.name), sorted(m.name for m in set(Cmd)))


# flags as dict keys and in sets
class Opt(Flag):
    A = auto()
    B = auto()
    C = auto()


seen = {Opt.A | Opt.B: 'ab', Opt.C: 'c'}
print(seen[Opt(3)], seen[Opt.C], (Opt.B | Opt.A) in seen)
print(sorted((m for m in set(Opt)), key=lambda m: m.value))


# global_enum
@global_enum
class Direction(Enum):
    NORTH = 1
    SOUTH = 2


print(repr(NORTH), str(SOUTH), NORTH is Direction.NORTH, format(SOUTH))


# an enum method overriding __repr__/__str__/__format__
class Pretty(Enum):
    A = 1

    def __repr__(self):
        return 'Pretty<%s>' % self.name

    def __format__(self, spec):
        return 'fmt:' + spec


print(repr(Pretty.A), str(Pretty.A), format(Pretty.A, 'x'), f"{Pretty.A:y}", [Pretty.A])


# members are singletons through every path
import copy
m = Level.MID
print(m is Level(5) is Level['MID'] is getattr(Level, 'MID') is copy.copy(m) is copy.deepcopy(m))
print(Level.__members__['MID'] is m, m in list(Level), list(Level).index(m))


# values that are unhashable
class Unh(Enum):
    A = [1, 2]
    B = {'k': 'v'}


print(Unh([1, 2]), Unh({'k': 'v'}), Unh.A.value, Unh._unhashable_values_ if hasattr(Unh, '_unhashable_values_') else None)


# enum with a property named like a member in a subclass, and a staticmethod
class Util(Enum):
    X = 1

    @staticmethod
    def helper():
        return 'static'

    @property
    def twice(self):
        return self.value * 2


print(Util.helper(), Util.X.twice, Util.X.helper())


# iteration while building other structures
print(dict(zip(Cmd, range(3))), list(enumerate(Level)))
print(', '.join(c.name for c in Cmd), {c.value: c.name for c in Cmd})


# __init_subclass__ runs after the members exist (3.11: they are made by __set_name__)
class Watched(Enum):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print('subclass', cls.__name__, list(cls), len(cls))


class Sub(Watched):
    P = 1
    Q = 2


# what becomes a member: builtins and nested classes yes; functions, descriptors no
class Kinds(Enum):
    builtin = len
    func = lambda: 0

    class Nested:
        pass

    @staticmethod
    def st():
        return 'st'


print([m.name for m in Kinds], Kinds.builtin.value is len, Kinds.st(), callable(Kinds.func))
print(repr(Kinds.__doc__), repr(Sub.P.__doc__), Sub.__module__)

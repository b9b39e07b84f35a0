# abc with metaclasses, class decorators, __init_subclass__, slots, super()
import abc
import collections
from abc import ABC, ABCMeta, abstractmethod
from collections.abc import Mapping, MutableMapping, Sequence, Iterable, Sized


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


# a metaclass deriving from ABCMeta, with __prepare__ and a class registry
class PluginMeta(ABCMeta):
    plugins = {}

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = super().__prepare__(name, bases, **kw)
        ns["order"] = []
        return ns

    def __new__(mcls, name, bases, ns, register=True, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if register and not cls.__abstractmethods__:
            mcls.plugins[name] = cls
        return cls


class Plugin(metaclass=PluginMeta, register=False):
    @abstractmethod
    def run(self):
        pass


class Hello(Plugin):
    def run(self):
        return "hello"


class Half(Plugin):
    pass


print(sorted(PluginMeta.plugins), Hello().run(), Hello.order, type(Hello).__name__)
show("Half()", lambda: Half())
print(isinstance(Hello(), Plugin), issubclass(Hello, Plugin), issubclass(Half, Plugin))
print(type(Plugin).__mro__)


# a dataclass-like decorator: generates __init__, __repr__, __eq__ and
# implements abstract "fields"
def record(cls):
    fields = [n for n in cls.__annotations__]

    def __init__(self, *args):
        for n, v in zip(fields, args):
            self.__dict__[n] = v

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (n, getattr(self, n)) for n in fields))

    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, n) == getattr(other, n) for n in fields)

    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    for name in list(getattr(cls, "__abstractmethods__", ())):
        if name in fields:
            setattr(cls, name, property(lambda self, _n=name: self.__dict__[_n]))
    return abc.update_abstractmethods(cls)


class Shape(ABC):
    @property
    @abstractmethod
    def name(self):
        pass

    @abstractmethod
    def area(self):
        pass

    def describe(self):
        return "%s with area %s" % (self.name, self.area())


@record
class Square(Shape):
    name: str
    side: int

    def area(self):
        return self.side ** 2


sq = Square("sq", 3)
print(sq, sq.describe(), sq == Square("sq", 3), sorted(Square.__abstractmethods__))


@record
class Blob(Shape):
    size: int


print(sorted(Blob.__abstractmethods__))
show("Blob(1)", lambda: Blob(1))


# __init_subclass__ that inspects abstractness
class Registry(ABC):
    concrete = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Registry.concrete.append(cls.__name__)

    @abstractmethod
    def go(self):
        pass


class R1(Registry):
    def go(self):
        return 1


class R2(R1):
    pass


print(Registry.concrete, R2().go())


# abstract methods with a default implementation reached through super()
class Greeter(ABC):
    @abstractmethod
    def greet(self, who):
        return "Hello, " + who


class Loud(Greeter):
    def greet(self, who):
        return super().greet(who).upper() + "!"


print(Loud().greet("abc"))


# slots on an ABC hierarchy
class Point(ABC):
    __slots__ = ("x", "y")

    @abstractmethod
    def norm(self):
        pass


class P1(Point):
    __slots__ = ()

    def __init__(self, x, y):
        self.x, self.y = x, y

    def norm(self):
        return abs(self.x) + abs(self.y)


p = P1(3, -4)
print(p.norm(), hasattr(p, "__dict__"))
show("p.z = 1", lambda: setattr(p, "z", 1))


# multiple inheritance: ABC mixed with plain classes
class Base:
    def hello(self):
        return "base"


class Both(Base, Sized):
    def __len__(self):
        return 7


print(len(Both()), Both().hello(), isinstance(Both(), Sized), isinstance(Both(), Base))
print([c.__name__ for c in Both.__mro__])


# a Mapping implemented on top of another object, used by dict() and **
class Env(Mapping):
    def __init__(self, **kw):
        self._kw = kw

    def __getitem__(self, k):
        return self._kw[k]

    def __iter__(self):
        return iter(self._kw)

    def __len__(self):
        return len(self._kw)


e = Env(a=1, b=2)
print(dict(e), sorted({**e}), sorted(dict(e, c=3).items()))


def kw(**k):
    return sorted(k.items())


print(kw(**e))


# structural checks honour None-blocking and registration order
class NotIterable(list):
    __iter__ = None


print(issubclass(NotIterable, Iterable), issubclass(list, Iterable))


class Later(ABC):
    pass


class Impl:
    pass


print(isinstance(Impl(), Later))
Later.register(Impl)
print(isinstance(Impl(), Later), issubclass(Impl, Later))


# ABCs in except clauses and with isinstance tuples
print(isinstance([], (Mapping, Sequence)), isinstance({}, (Sequence,)), isinstance(3, (Sized, int)))


# a registered virtual subclass does not gain mixin methods
class Virtual:
    def __getitem__(self, i):
        raise IndexError


Sequence.register(Virtual)
print(isinstance(Virtual(), Sequence), hasattr(Virtual(), "index"), "index" in dir(Sequence))


# update_abstractmethods after removing an implementation
class Tool(ABC):
    @abstractmethod
    def use(self):
        pass


class Hammer(Tool):
    def use(self):
        return "bang"


print(Hammer().use())
del Hammer.use
abc.update_abstractmethods(Hammer)
print(sorted(Hammer.__abstractmethods__))
show("Hammer()", lambda: Hammer())


# collections containers and the ABCs
print(isinstance(collections.OrderedDict(), MutableMapping), isinstance(collections.deque(), Sequence))
print(isinstance(collections.Counter(), Mapping), isinstance(collections.ChainMap(), MutableMapping))

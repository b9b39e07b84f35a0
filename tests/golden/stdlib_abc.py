# abc: ABCMeta, ABC, abstractmethod and friends, registration, hooks, caches
import abc
from abc import ABC, ABCMeta, abstractmethod


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


class Base(ABC):
    @abstractmethod
    def b(self):
        pass

    @abstractmethod
    def a(self):
        pass

    def concrete(self):
        return "concrete"


print(sorted(Base.__abstractmethods__), type(Base.__abstractmethods__).__name__)
print(type(Base) is ABCMeta, isinstance(Base, ABCMeta))
show("Base()", lambda: Base())


class One(Base):
    def a(self):
        return "a"


print(sorted(One.__abstractmethods__))
show("One()", lambda: One())


class Two(One):
    def b(self):
        return "b"


print(sorted(Two.__abstractmethods__), Two().a(), Two().b(), Two().concrete())
print(isinstance(Two(), Base), issubclass(Two, Base), issubclass(Two, One))

# abstract method reintroduced in a subclass
class Three(Two):
    @abstractmethod
    def a(self):
        return super().a()


print(sorted(Three.__abstractmethods__))
show("Three()", lambda: Three())

# properties, classmethods, staticmethods
class Props(ABC):
    @property
    @abstractmethod
    def p(self):
        pass

    @classmethod
    @abstractmethod
    def cm(cls):
        pass

    @staticmethod
    @abstractmethod
    def sm():
        pass

    @abc.abstractproperty
    def old(self):
        pass

    @abc.abstractclassmethod
    def oldcm(cls):
        pass

    @abc.abstractstaticmethod
    def oldsm():
        pass


print(sorted(Props.__abstractmethods__))
show("Props()", lambda: Props())


class PropsImpl(Props):
    p = 1
    old = 2

    @classmethod
    def cm(cls):
        return "cm"

    @staticmethod
    def sm():
        return "sm"

    @classmethod
    def oldcm(cls):
        return "oldcm"

    @staticmethod
    def oldsm():
        return "oldsm"


# inherited without overriding: still abstract (seen through getattr)
class PropsInherit(Props):
    p = 0


print(sorted(PropsInherit.__abstractmethods__))

x = PropsImpl()
print(x.p, x.old, x.cm(), x.sm(), PropsImpl.oldcm(), PropsImpl.oldsm())
print(abstractmethod(lambda: 0).__isabstractmethod__)
print(abc.abstractproperty.__isabstractmethod__, issubclass(abc.abstractproperty, property))
print(issubclass(abc.abstractclassmethod, classmethod), issubclass(abc.abstractstaticmethod, staticmethod))


# a property whose setter only is abstract
class SetterAbstract(ABC):
    def _get(self):
        return 1

    @abstractmethod
    def _set(self, v):
        pass

    x = property(_get, _set)


print(sorted(SetterAbstract.__abstractmethods__))

# no abstract methods: fine
class Plain(ABC):
    pass


print(type(Plain()).__name__, Plain.__abstractmethods__ == frozenset())

# ABCMeta used directly, with keywords and a namespace
class Direct(metaclass=ABCMeta):
    @abstractmethod
    def only(self):
        pass


show("Direct()", lambda: Direct())

# register
class Seq(ABC):
    pass


print(Seq.register(tuple) is tuple)
print(isinstance((), Seq), issubclass(tuple, Seq), isinstance([], Seq))


@Seq.register
class MySeq:
    pass


print(MySeq.__name__, issubclass(MySeq, Seq), isinstance(MySeq(), Seq))
print(Seq not in MySeq.__mro__)


class SubMySeq(MySeq):
    pass


print(issubclass(SubMySeq, Seq), isinstance(SubMySeq(), Seq))
show("register(3)", lambda: Seq.register(3))
show("register cycle", lambda: MySeq and Seq.register(Seq))


class SubSeq(Seq):
    pass


show("register parent", lambda: SubSeq.register(Seq))
print(Seq.register(SubSeq) is SubSeq)

# register an ABC with another ABC: transitivity
class Outer(ABC):
    pass


Outer.register(Seq)
print(issubclass(tuple, Outer), issubclass(MySeq, Outer), issubclass(SubSeq, Outer), issubclass(int, Outer))

# cache token changes on registration
t0 = abc.get_cache_token()
class Fresh(ABC):
    pass
print(abc.get_cache_token() == t0)
Fresh.register(int)
print(abc.get_cache_token() == t0, abc.get_cache_token() > t0)
print(isinstance(5, Fresh), isinstance(True, Fresh), isinstance("s", Fresh))

# negative cache invalidated by registration
print(issubclass(float, Fresh))
Fresh.register(float)
print(issubclass(float, Fresh))

# __subclasshook__
class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class L:
    def __len__(self):
        return 0


print(issubclass(L, HasLen), isinstance(L(), HasLen), issubclass(int, HasLen), isinstance([], HasLen))


class Hooked(HasLen):
    pass


print(issubclass(L, Hooked), issubclass(Hooked, HasLen))


class BadHook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


show("bad hook", lambda: issubclass(int, BadHook))
show("issubclass(3, Seq)", lambda: issubclass(3, Seq))
show("isinstance(3, Seq)", lambda: isinstance(3, Seq))


class Counting(ABC):
    calls = 0

    @classmethod
    def __subclasshook__(cls, C):
        Counting.calls += 1
        return NotImplemented


for _ in range(3):
    issubclass(int, Counting)
print("hook calls", Counting.calls)
Counting._abc_caches_clear()
issubclass(int, Counting)
print("hook calls after clear", Counting.calls)

Seq._abc_registry_clear()
print(issubclass(tuple, Seq), issubclass(SubSeq, Seq))
Seq._abc_caches_clear()
print(issubclass(tuple, Seq), issubclass(MySeq, Seq), issubclass(SubSeq, Seq))

# update_abstractmethods
class Later(ABC):
    @abstractmethod
    def f(self):
        pass


show("Later()", lambda: Later())
Later.f = lambda self: "now"
print(sorted(Later.__abstractmethods__))
abc.update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__), Later().f())


def add_abstract(cls):
    @abstractmethod
    def g(self):
        pass
    cls.g = g
    return abc.update_abstractmethods(cls)


@add_abstract
class Decorated(ABC):
    pass


print(sorted(Decorated.__abstractmethods__))
show("Decorated()", lambda: Decorated())
class NotAbc:
    pass
print(abc.update_abstractmethods(NotAbc) is NotAbc, hasattr(NotAbc, "__abstractmethods__"))

# a dataclass-like decorator filling in methods
def implement_all(cls):
    for name in list(cls.__abstractmethods__):
        setattr(cls, name, lambda self, _n=name: "generated " + _n)
    return abc.update_abstractmethods(cls)


@implement_all
class Gen(ABC):
    @abstractmethod
    def x(self):
        pass

    @abstractmethod
    def y(self):
        pass


print(Gen().x(), Gen().y(), Gen.__abstractmethods__)

# __new__ / __init__ overrides and super().__call__ chains
class WithInit(ABC):
    def __init__(self, v):
        self.v = v

    @abstractmethod
    def m(self):
        pass


class WithInitImpl(WithInit):
    def m(self):
        return self.v


show("WithInit(1)", lambda: WithInit(1))
print(WithInitImpl(5).m())


class WithNew(ABC):
    def __new__(cls, *args):
        print("WithNew.__new__", cls.__name__, args)
        return super().__new__(cls)

    @abstractmethod
    def m(self):
        pass


class WithNewImpl(WithNew):
    def m(self):
        return "ok"


show("WithNew(1)", lambda: WithNew(1))
print(WithNewImpl(2).m())


class Meta2(ABCMeta):
    def __call__(cls, *args, **kwargs):
        print("Meta2.__call__", cls.__name__)
        return super().__call__(*args, **kwargs)

    def __new__(mcls, name, bases, ns, **kw):
        print("Meta2.__new__", name, sorted(kw))
        return super().__new__(mcls, name, bases, ns)


class M2(metaclass=Meta2, flag=True):
    @abstractmethod
    def m(self):
        pass


show("M2()", lambda: M2())


class M2Impl(M2):
    def m(self):
        return "M2Impl"


print(M2Impl().m(), type(M2Impl).__name__, isinstance(M2Impl(), M2))


class Hashy(ABC):
    pass


Hashy.register(str)
print(isinstance("s", Hashy), isinstance(b"s", Hashy))

# init_subclass works through ABCMeta
class Reg(ABC):
    seen = []

    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Reg.seen.append((cls.__name__, tag))


class R1(Reg, tag="one"):
    pass


print(Reg.seen)
print(ABC.__slots__, "_abc_impl" in Base.__dict__, "__abstractmethods__" in Base.__dict__)
print([n for n in ("register", "_abc_registry_clear", "_abc_caches_clear", "_dump_registry") if hasattr(ABCMeta, n)])


# __subclasses__ is looked up on the class and must return a list
class BadSubs(metaclass=ABCMeta):
    __subclasses__ = lambda: 42


show("bad __subclasses__", lambda: issubclass(int, BadSubs))
print(isinstance(Base, type), Base.__name__, Base.__qualname__, Base.__module__)

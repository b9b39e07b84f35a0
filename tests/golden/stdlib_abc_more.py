# abc: refusal messages, _dump_registry, native __new__, deprecated decorators on subclasses, virtual subclass checks
import abc
from abc import ABC, ABCMeta, abstractmethod
def show(label, f):
    try: print(label, f())
    except Exception as e: print(label, type(e).__name__ + ":", e)
class X(ABC):
    @abstractmethod
    def b(self): ...
    @abstractmethod
    def a(self): ...
show("X()", lambda: X())
class Y(X):
    def a(self): return 1
show("Y()", lambda: Y())
class Z(Y):
    def b(self): return 2
print(Z().a(), Z().b(), isinstance(Z(), X), Z.__abstractmethods__)
class D(ABC): pass
D.register(int)

class Sink:
    def __init__(self): self.lines = []
    def write(self, s): self.lines.append(s)
s = Sink()
D._dump_registry(s)
out = "".join(s.lines)
print(out.splitlines()[0], out.splitlines()[1] == "Inv. counter: %d" % abc.get_cache_token(), [l.split(":")[0] for l in out.splitlines()])
class L(list, ABC):
    @abstractmethod
    def m(self): ...
print(type(abc.get_cache_token()).__name__)
class WithNewNone(ABC):
    def __new__(cls): return None
    @abstractmethod
    def m(self): ...
print(WithNewNone())
print(abc.abstractclassmethod.__mro__[-2:], abc.abstractproperty.__isabstractmethod__)
class P(ABC):
    @abc.abstractproperty
    def p(self): return 1
    @abc.abstractclassmethod
    def c(cls): return cls.__name__
    @abc.abstractstaticmethod
    def s(): return 's'
class PI(P):
    @property
    def p(self): return 'pi'
    c = classmethod(lambda cls: 'c ' + cls.__name__)
    s = staticmethod(lambda: 'ss')
print(sorted(P.__abstractmethods__), PI().p, PI.c(), PI.s(), P.c(), P.s())
print(P.__dict__['p'].__isabstractmethod__, P.__dict__['c'].__isabstractmethod__)
class Q(ABC):
    @property
    def v(self): return 1
    @v.setter
    @abstractmethod
    def v(self, val): pass
print(sorted(Q.__abstractmethods__))
show("issubclass(int, ABC)", lambda: issubclass(int, ABC))
show("isinstance(1, D)", lambda: isinstance(1, D))
show("isinstance(True, D)", lambda: isinstance(True, D))
show("register twice", lambda: D.register(int))
show("register bool", lambda: D.register(bool))
print(abc.ABCMeta.__name__, abc.ABC.__name__, type(ABC).__name__)
show("update non-abc", lambda: abc.update_abstractmethods(int))

# __prepare__ with custom mappings, metaclass functions, an ABC-like metaclass, __set_name__/__init_subclass__ order, decorators, recursion.
class Recorder:
    def __init__(self):
        self.data = {}
        self.log = []
    def __setitem__(self, k, v):
        self.log.append(k)
        self.data[k] = v
    def __getitem__(self, k):
        return self.data[k]
    def __delitem__(self, k):
        del self.data[k]

class RM(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        print("log", ns.log)
        return super().__new__(mcls, name, bases, dict(ns.data))
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

class A(metaclass=RM, opt=3):
    x = 1
    y = x + 1
    def f(self):
        return __class__
    z = len
    del y
print(A.x, A().f() is A, sorted(k for k in A.__dict__ if not k.startswith('__')))

class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        d = {"injected": 99}
        return d
class B(metaclass=OrderedMeta):
    w = injected + 1
print(B.w, B.injected)

def fmeta(name, bases, ns, **kw):
    return (name, bases, sorted(ns), kw)
class C(int, metaclass=fmeta, k=1):
    pass
print(C)

# abstract
def abstract(f):
    f.__isabstract__ = True
    return f
class ABCMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        abstracts = {k for k, v in ns.items() if getattr(v, "__isabstract__", False)}
        for b in bases:
            for k in getattr(b, "__abstractmethods__", ()):
                if getattr(getattr(cls, k, None), "__isabstract__", False):
                    abstracts.add(k)
        cls.__abstractmethods__ = frozenset(abstracts)
        return cls
    def __call__(cls, *a, **k):
        if cls.__abstractmethods__:
            names = sorted(cls.__abstractmethods__)
            s = "s" if len(names) > 1 else ""
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract method{s} {', '.join(names)}")
        return super().__call__(*a, **k)
class Shape(metaclass=ABCMeta):
    @abstract
    def area(self): ...
    @abstract
    def name(self): ...
class Sq(Shape):
    def area(self): return 4
class Full(Sq):
    def name(self): return "sq"
for k in (Shape, Sq, Full):
    try:
        print(k().area())
    except TypeError as e:
        print(e)

class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
class LM(type):
    def __new__(m, n, b, ns, **kw):
        print("LM new start", n)
        c = super().__new__(m, n, b, ns, **kw)
        print("LM new end", n)
        return c
    def __init__(c, n, b, ns, **kw):
        print("LM init", n, kw)
class E(Base, metaclass=LM, color="red"):
    d1 = D()
    d2 = D()

def deco(cls):
    print("decorating", cls.__name__, type(cls).__name__)
    cls.decorated = True
    return cls
@deco
class F(metaclass=LM):
    pass
print(F.decorated)
class RecMeta(type):
    def __call__(cls, *a):
        return cls(*a)
class R(metaclass=RecMeta): pass
try:
    R()
except RecursionError as e:
    print("RecursionError", e)

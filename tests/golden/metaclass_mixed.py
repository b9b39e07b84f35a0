# Mixed metaclass chains, type() with metaclass bases, meta-metaclasses, __class_getitem__, class attributes, metaclass __getattr__/__setattr__.
class M1(type):
    def hello(cls):
        return "M1 hello " + cls.__name__
class M2(M1):
    def __new__(mcls, name, bases, ns, **kw):
        print("M2.__new__", name)
        return super().__new__(mcls, name, bases, ns, **kw)
class A(metaclass=M1): pass
class B(metaclass=M2): pass
class C(A, B): pass
print(type(C).__name__, C.hello(), C.__mro__)
X = type("X", (A,), {"q": 1})
Y = type("Y", (B,), {})
print(type(X).__name__, type(Y).__name__, X.q, X.__module__ if hasattr(X, "__module__") else None)
Z = M1("Z", (B,), {})
print(type(Z).__name__)

class MetaMeta(type):
    def __call__(mcls, *a, **k):
        print("MetaMeta.__call__", mcls.__name__, a[0])
        return super().__call__(*a, **k)
class Meta(type, metaclass=MetaMeta):
    pass
class G(metaclass=Meta):
    pass
print(type(G).__name__, type(Meta).__name__, type(type(Meta)).__name__)

class Gen:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Gen[int], Gen[str])
class Sub(Gen): pass
print(Sub[float])

class Outer:
    """Outer doc."""
    class Inner:
        pass
    def m(self):
        class Local: pass
        return Local
print(Outer.__doc__, Outer.Inner.__qualname__, Outer.Inner.__name__, Outer().m().__qualname__)
print(Outer.Inner.__doc__, Outer.__module__, Outer.__dict__["__doc__"])
class Sub2(Outer): pass
print(Sub2.__doc__)

class GA(type):
    def __getattr__(cls, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(name)
class H(metaclass=GA):
    real = 1
print(H.real, H.dyn_x, hasattr(H, "nope"), hasattr(H(), "dyn_x"))

print(type.__call__(A) is not None, type(type.__call__(A)).__name__)
print(A.__class__, type(A).__class__, type.__class__, M1.__mro__)
print(type.__subclasses__(A), M1.__subclasses__(M1), A.__subclasses__())
try:
    M1.__subclasses__()
except TypeError as e:
    print(e)
print(isinstance(A, type), isinstance(A, M1), isinstance(A, M2), issubclass(M2, type), issubclass(type(B), M1))
print(callable(A), A.__bases__, C.__bases__, C.__base__)

class Counted(type):
    count = 0
    def __call__(cls, *args, **kwargs):
        Counted.count += 1
        inst = cls.__new__(cls)
        inst.__init__(*args, **kwargs)
        return inst
class Pt(metaclass=Counted):
    def __init__(self, x, y=0):
        self.x, self.y = x, y
p = Pt(1, y=2); q = Pt(3)
print(Counted.count, p.x, p.y, q.y)

class Kw(type):
    def __new__(mcls, name, bases, ns, *, tag=None):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = tag
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class T1(metaclass=Kw, tag="a"): pass
class T2(T1): pass
class T3(T1, tag="c"): pass
print(T1.tag, T2.tag, T3.tag)

class WithSlots(metaclass=M1):
    __slots__ = ("a",)
w = WithSlots(); w.a = 5
print(w.a, type(WithSlots).__name__)

class Attr(type):
    def __setattr__(cls, name, value):
        print("meta setattr", name, value)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
class U(metaclass=Attr): pass
U.s = "abc"
U.n = 3
print(U.s, U.n)
del U.n
print(hasattr(U, "n"))

class DelMeta(type):
    def __delattr__(cls, name):
        print("meta delattr", name)
        super().__delattr__(name)
    @property
    def p(cls):
        return 1
    @p.deleter
    def p(cls):
        print("deleting p of", cls.__name__)
class V(metaclass=DelMeta):
    a = 1
del V.a
print(hasattr(V, "a"))
try:
    del V.a
except AttributeError as e:
    print(e)
class DelMeta2(DelMeta):
    __delattr__ = type.__delattr__
class W(metaclass=DelMeta2): pass
del W.p

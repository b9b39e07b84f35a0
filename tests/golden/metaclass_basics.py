# Metaclasses: __new__/__init__/__call__ with super(), class keywords, metaclass methods and properties.
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("M.__new__", mcls.__name__, name, bases, sorted(ns), kw)
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("M.__call__", cls.__name__, a, k)
        return super().__call__(*a, **k)
    def meta_method(cls):
        return "meta " + cls.__name__
    @property
    def prop(cls):
        return "prop of " + cls.__name__

class A(metaclass=M, flag=1):
    def __init__(self, x):
        self.x = x
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)

print(type(A), type(A) is M, isinstance(A, M), A.__class__, isinstance(A, type))
a = A(5)
print(a.x, type(a))
class B(A, flag=2):
    pass
print(type(B))
print(A.meta_method(), B.prop)
try:
    a.meta_method
except AttributeError as e:
    print(e)
print(M.__mro__, A.__mro__, A.mro())
T = type("T", (), {"v": 1})
print(T, T.v, type(T))
print(type(5), type(A))

# Metaclass hooks that recurse without end raise RecursionError (never overflow the Rust stack).
def t(f):
    try:
        f()
        print("ok")
    except Exception as e:
        print(type(e).__name__)
class M(type):
    def __repr__(cls):
        return repr(cls)
class A(metaclass=M): pass
t(lambda: repr(A))
class M2(type):
    def __instancecheck__(cls, x):
        return isinstance(x, cls)
class B(metaclass=M2): pass
t(lambda: isinstance(1, B))
class M3(type):
    def __getattr__(cls, n):
        return cls.other
class C(metaclass=M3): pass
t(lambda: C.x)
class M4(type): pass
class D(metaclass=M4): pass
M4.__call__ = D
t(lambda: D())
class M5(type):
    def __len__(cls):
        return len(cls)
class E(metaclass=M5): pass
t(lambda: len(E))
class M6(type):
    def __setattr__(cls, n, v):
        setattr(cls, n, v)
class F(metaclass=M6): pass
def g():
    F.x = 1
t(g)
class M7(type):
    @classmethod
    def __prepare__(m, n, b):
        class Q(metaclass=M7): pass
        return {}
def h():
    class R(metaclass=M7): pass
t(h)

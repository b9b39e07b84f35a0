# Metaclass edge cases: non-class metaclasses, __new__/__init__ returning odd values, exception classes, type.__call__, __init_subclass__ keywords, the module of type() classes.
def t(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)
def mk(src):
    def f():
        ns = {"__name__": "mod"}
        exec(src, ns)
        return ns.get('r')
    return f
t(mk("class A(metaclass=1): pass"))
t(mk("class A(metaclass=None): pass"))
t(mk("class M(type): pass\nr = object.__new__(M)"))
t(mk("class M(type):\n  def __new__(m, *a): return 5\nclass A(metaclass=M): pass\nr = A"))
t(mk("class M(type):\n  def __init__(c, *a): return 5\nclass A(metaclass=M): pass\nr = A"))
t(mk("class M(type):\n  pass\nclass E(Exception, metaclass=M): pass\ntry:\n  raise E('x')\nexcept E as e:\n  r = (type(E).__name__, e.args)"))
t(mk("class M(type):\n  def __call__(cls, *a): return 'called'\nclass A(metaclass=M): pass\nr = (A(), A.__call__(), type(A).__call__(A))"))
t(mk("r = type.__call__(int, '5'), type.__call__(type, 3)"))
t(mk("class A: pass\nr = A.__call__().__class__.__name__"))
t(mk("class M(type): pass\nr = M('X', (), {}), M('Y', (), {'a': 1}).a, type(M('Z', (), {})).__name__"))
t(mk("class M(type): pass\nr = M(1)"))
t(mk("class M(type): pass\nr = M()"))
t(mk("class M(type):\n  def __new__(m, n, b, ns, **kw): return super().__new__(m, n, b, ns)\nclass A(metaclass=M, x=1): pass"))
t(mk("class M(type):\n  pass\nclass A(metaclass=M, x=1): pass"))
t(mk("class B:\n  def __init_subclass__(cls, /, x, **kw):\n    super().__init_subclass__(**kw)\n    cls.x = x\nclass A(B, x=3): pass\nr = A.x"))
t(mk("class B:\n  def __init_subclass__(cls, /, x, **kw):\n    super().__init_subclass__(**kw)\nclass A(B, x=3, y=4): pass"))
t(mk("class B:\n  def __init_subclass__(cls, /, x): pass\nclass A(B): pass"))
def rename(cls):
    cls.__name__ = "Renamed"
    cls.__qualname__ = "Outer.Renamed"
    cls.__module__ = "pkg.mod"
    return cls
@rename
class A: pass
print(A.__name__, A.__qualname__, A.__module__, A, repr(A))
try:
    A.__name__ = 5
except TypeError as e:
    print(e)
class M(type):
    pass
class B(metaclass=M): pass
B.__name__ = "BB"
print(B, type(B).__name__, B.__name__)
A.__doc__ = "doc"
print(A.__doc__)

# Builtins, part 2: hasattr/getattr/setattr/delattr, id, hash, iter, next, vars, dir, callable.
class P:
    cls_attr = "c"
    def __init__(self):
        self.a = 1
    def meth(self):
        return "m"
p = P()
print(hasattr(p, "a"), hasattr(p, "cls_attr"), hasattr(p, "meth"), hasattr(p, "nope"), hasattr(P, "a"))
print(getattr(p, "a"), getattr(p, "nope", None), getattr(P, "cls_attr"), getattr(p, "meth")(), getattr(1, "real"))
setattr(p, "b", [2]); setattr(P, "new_cls", 5)
print(p.b, p.new_cls, P.new_cls, vars(p), sorted(k for k in vars(P) if not k.startswith("__")))
delattr(p, "a"); print(hasattr(p, "a"), vars(p))
try:
    delattr(p, "a")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(p, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print("AttributeError:", e)
a, b = [], []
print(id(a) == id(a), id(a) != id(b), type(id(a)).__name__, id(None) == id(None))
print(hash(1) == hash(1.0) == hash(True), hash(0), hash(-1), hash(-2), hash(10 ** 20), hash(1.5), hash(-0.5))
print(hash(()), hash((1, 2)), hash((1, (2, 3))), hash(2 ** 61 - 1), hash(2 ** 61), hash(float("inf")), hash("s") == hash("s"))
print(hash(frozenset([1])) == hash(frozenset([1])), hash(None) == hash(None), hash(p) == hash(p))
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
it = iter([1, 2])
print(next(it), next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
print(list(iter("abc")), iter(it) is it)
calls = [0]
def tick():
    calls[0] += 1
    return calls[0]
print(list(iter(tick, 4)))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
print(sorted(k for k in dir(p) if not k.startswith("_")), "__init__" in dir(P), "append" in dir([]), "upper" in dir("s"))
import math
print("sqrt" in dir(math), "pi" in vars(math))
print(callable(len), callable(P), callable(p), callable(p.meth), callable(None), callable("s"), callable(lambda: 1))
class CallMe:
    def __call__(self):
        return 1
print(callable(CallMe()), callable(CallMe))
try:
    vars(1)
except TypeError as e:
    print("TypeError:", e)
def f():
    local_x = 1
    return sorted(vars().keys()) if False else "ok"
print(f(), type(globals()).__name__, "f" in globals(), "__name__" in globals(), __name__)
def loc(a, b=2):
    c = 3
    return sorted(locals().items())
print(loc(1))
print(getattr(str, "upper")("x"), getattr([], "__len__")(), getattr(p, "__class__").__name__)
print(isinstance(p, P), type(p).__name__, p.__class__ is P, P.__dict__["cls_attr"], "meth" in P.__dict__)
print(getattr(P, "__name__"), P.__module__, f.__module__, f.__qualname__)
print(repr(getattr), repr(len), str(P)[:15], repr(None.__class__))

# Builtin functions stored in a class body stay unbound (they are not descriptors); natives of builtin and native classes bind.
import math, time, random
class A:
    f = math.isclose
    g = len
    h = str.upper
    n = time.time
class B(A): pass
print(A().f(1, 1), B().g([1, 2]), A().f(1.0, 1.1, rel_tol=0.2))
print(type(A().n()).__name__)
class R(random.Random): pass
r = R(5); print(r.random() == random.Random(5).random())
class L(list): pass
l = L(); l.append(3); print(l, l.pop())
print(A.f is math.isclose, A().f is math.isclose)

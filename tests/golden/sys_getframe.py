import sys
def who_called():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_globals["__name__"], f.f_lineno, sorted(f.f_locals)
def outer(a, b=2):
    c = 3
    return who_called()
print(outer(1))
f = sys._getframe()
print(f.f_code.co_name, f.f_back, f.f_globals is globals(), sys._getframe().f_lineno)
def depth():
    n = 0
    fr = sys._getframe()
    while fr is not None:
        n += 1
        fr = fr.f_back
    return n
print(depth(), (lambda: depth())())
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError:", e)
class K:
    print(sys._getframe().f_code.co_name, "x" in sys._getframe().f_locals)
    x = 1
    print("x" in sys._getframe().f_locals)
from collections import namedtuple
print(namedtuple("P", "x"))

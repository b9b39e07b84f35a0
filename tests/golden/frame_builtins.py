import sys, traceback
class A:
    def f(self):
        return "A.f"
class B(A):
    def f(self):
        return "B+" + super().f()
print(B().f())
def g(x, y=2):
    z = 3
    return sorted(locals()), sorted(vars()), dir()
print(g(1))
print("g" in globals(), sorted(k for k in locals() if not k.startswith("__"))[:3])
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, sys.exception() is v)
    print(traceback.format_exc().splitlines()[-1])
print(sys.exc_info(), sys.exception())
print(super(B, B()).f(), vars(A)["f"].__name__)
try:
    globals(1)
except TypeError as e:
    print(e)
class C:
    x = 1
    print(sorted(k for k in locals() if not k.startswith("__")), dir()[-1])

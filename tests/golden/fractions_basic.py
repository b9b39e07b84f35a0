from fractions import Fraction as F
import math

print(F(), F(7), F(-6, 4), F(F(1, 3), F(2, 5)), F(3, -9))
for s in ["3/4", " -1.5e3 ", "\n +3/2 ", "1_000.25", ".5", "7.", "1E-2", "-0"]:
    print(repr(s), repr(F(s)), str(F(s)))
print(F(0.1), F(-2.5), F(1e20), F.from_float(0.75), F.from_float(10))
print(F(355, 113) + 1, 1 - F(1, 3), F(2, 3) * F(3, 4), F(1, 2) / F(1, 4), 3 / F(3, 4))
print(F(7, 2) // 2, F(7, 2) % F(2, 3), divmod(F(-7, 2), F(2, 3)), 7 % F(2, 3))
print(F(1, 2) + 0.25, 0.5 * F(1, 3), F(1, 2) + 1j, F(1, 4) ** 2, F(4, 9) ** F(1, 2), 2 ** F(3), 2 ** F(-1), F(-2, 3) ** -3)
print(F(1, 3) < F(1, 2), F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) >= 0.5, 2 > F(3, 2), F(1, 2) == 0.5 + 0j, F(1, 2) != 1j)
print(hash(F(5, 2)) == hash(2.5), hash(F(10 ** 40)) == hash(10 ** 40), hash(F(-1)), hash(F(1, 3)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(12345, 100), 1), round(F(12345, 100), -2))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(7, 2)), float(F(1, 3)), complex(F(1, 4)))
print(F(3.141592653589793).limit_denominator(1000), F(1, 3).limit_denominator(2), F(201, 200).limit_denominator(100))
print(F(-4, 6).as_integer_ratio(), F(3, 4).numerator, F(3, 4).denominator, F(3, 4).real, F(3, 4).imag, abs(F(-1, 2)), -F(1, 2), bool(F(0)))
print(sorted([F(1, 2), 0.3, 1, F(-1, 3)]), sum([F(1, 3)] * 3), max(F(1, 3), 0.3))

class MyF(F):
    pass

m = MyF(3, 6)
print(repr(m), type(m + 1).__name__, repr(m.limit_denominator(1)))
import copy
f = F(1, 3)
print(copy.copy(f) is f, copy.deepcopy(f) is f, type(copy.copy(m)).__name__)

for bad in ["3/", "/2", "3 /2", "1__2", "1._1", "abc", "1.5/2", "inf", ""]:
    try:
        F(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for call in [lambda: F(1, 0), lambda: F("5/0"), lambda: F(1, 2) / 0, lambda: F(0) ** -1,
             lambda: F(1.5j), lambda: F(1.5, 2), lambda: F(float("nan")), lambda: F(float("inf")),
             lambda: F.from_float("1"), lambda: F(1).limit_denominator(0), lambda: F(1, 2) < 1j,
             lambda: F(1, 2) + "a", lambda: F(1, 2)._x]:
    try:
        print(call())
    except (ValueError, TypeError, ZeroDivisionError, OverflowError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    f.a = 1
except AttributeError:
    print("no attribute a")

# numbers: the abstract tower, the builtin types registered in it, and what each
# level derives for a class that implements its abstract methods.

import numbers
from numbers import Number, Complex, Real, Rational, Integral
for v in [1, True, 2.5, 1j, 'x', None, [1]]:
    print(repr(v), [isinstance(v, c) for c in (Number, Complex, Real, Rational, Integral)])
for t in [int, bool, float, complex, str]:
    print(t.__name__, [issubclass(t, c) for c in (Number, Complex, Real, Rational, Integral)])
print(numbers.__all__, Complex.__mro__[1].__name__, Integral.__bases__[0].__name__)
print(sorted(Complex.__abstractmethods__))
print(sorted(Real.__abstractmethods__))
print(sorted(Rational.__abstractmethods__))
print(sorted(Integral.__abstractmethods__))
try:
    Real()
except TypeError as e:
    print(e)


class Gaussian(Complex):
    """Gaussian integers: complex numbers with int parts."""

    def __init__(self, re, im):
        self.re, self.im = re, im

    def __complex__(self):
        return complex(self.re, self.im)

    @property
    def real(self):
        return self.re

    @property
    def imag(self):
        return self.im

    def __add__(self, other):
        w = complex(other)
        return Gaussian(self.re + int(w.real), self.im + int(w.imag))

    __radd__ = __add__

    def __neg__(self):
        return Gaussian(-self.re, -self.im)

    def __pos__(self):
        return self

    def __mul__(self, other):
        return complex(self) * other

    __rmul__ = __mul__

    def __truediv__(self, other):
        return complex(self) / other

    def __rtruediv__(self, other):
        return other / complex(self)

    def __pow__(self, e):
        return complex(self) ** e

    def __rpow__(self, b):
        return b ** complex(self)

    def __abs__(self):
        return abs(complex(self))

    def conjugate(self):
        return Gaussian(self.re, -self.im)

    def __eq__(self, other):
        return complex(self) == other

    def __repr__(self):
        return f'Gaussian({self.re}, {self.im})'


g = Gaussian(3, 4)
print(g, g - 1, 10 - g, bool(g), bool(Gaussian(0, 0)), abs(g), complex(g), g * 1j, g.conjugate(), isinstance(g, Complex), isinstance(g, Real))
print(complex(Gaussian(1, 2)), complex(1, 0) == Gaussian(1, 0))
try:
    hash(g)
except TypeError as e:
    print(e)


class Meters(Real):
    def __init__(self, v):
        self.v = float(v)
    def __float__(self): return self.v
    def __floordiv__(self, o): return Meters(self.v // float(o))
    def __rfloordiv__(self, o): return Meters(float(o) // self.v)
    def __mod__(self, o): return Meters(self.v % float(o))
    def __rmod__(self, o): return Meters(float(o) % self.v)
    def __pos__(self): return Meters(self.v)
    def __repr__(self): return f'Meters({self.v})'
    __trunc__ = __floor__ = __ceil__ = __round__ = lambda self, *a: int(self.v)
    __lt__ = lambda s, o: s.v < float(o)
    __le__ = lambda s, o: s.v <= float(o)
    __add__ = __radd__ = __neg__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = __pow__ = __rpow__ = __abs__ = lambda *a: NotImplemented
    __eq__ = lambda s, o: s.v == float(o)


m = Meters(7.5)
print(divmod(m, 2), divmod(20, m), complex(m), m.real, m.imag, m.conjugate())


class Frac(Rational):
    def __init__(self, n, d): self.n, self.d = n, d
    numerator = property(lambda s: s.n)
    denominator = property(lambda s: s.d)
for name in sorted(Rational.__abstractmethods__ - {'numerator', 'denominator'}):
    setattr(Frac, name, lambda *a: NotImplemented)
Frac.__abstractmethods__ = frozenset()
print(float(Frac(7, 2)))


class Bits(Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __pos__(self): return self
for name in sorted(Integral.__abstractmethods__ - {'__int__', '__pos__'}):
    setattr(Bits, name, lambda *a: NotImplemented)
Bits.__abstractmethods__ = frozenset()
b = Bits(5)
print(b.__index__(), float(b), b.numerator is b, b.denominator, [10, 20, 30, 40, 50, 60][b], float(Bits(3)) / 2)

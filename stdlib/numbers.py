"""Abstract base classes for numbers (PEP 3141).

The tower runs Number > Complex > Real > Rational > Integral; each level
declares the operations a type must provide to belong to it and supplies the
ones that follow from the others. The builtin types are registered: complex
as a Complex, float as a Real and int as an Integral.
"""

from abc import ABCMeta, abstractmethod

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _required(name):
    """An abstract method called `name` (subclasses must override it)."""

    def unimplemented(self, *args):
        raise NotImplementedError

    unimplemented.__name__ = name
    return abstractmethod(unimplemented)


def _level(name, base, methods, attributes=(), provided=None):
    """A class of the tower under `base`: `methods` (space separated) and the
    read-only `attributes` are abstract, `provided` maps the derived ones."""
    namespace = {"__module__": __name__, "__qualname__": name, "__slots__": ()}
    for method in methods.split():
        namespace[method] = _required(method)
    for attribute in attributes:
        namespace[attribute] = property(_required(attribute))
    namespace.update(provided or {})
    return ABCMeta(name, (base,), namespace)


class Number(metaclass=ABCMeta):
    """The root of the numeric tower: isinstance(x, Number) says x is a number."""

    __slots__ = ()

    # Equal numbers of different types must hash alike, so the tower cannot
    # offer a hash of its own.
    __hash__ = None


def _complex_bool(self):
    return self != 0


def _complex_sub(self, other):
    return self + -other


def _complex_rsub(self, other):
    return -self + other


Complex = _level(
    "Complex",
    Number,
    "__complex__ __add__ __radd__ __neg__ __pos__ __mul__ __rmul__ __truediv__ __rtruediv__"
    " __pow__ __rpow__ __abs__ conjugate __eq__",
    ("real", "imag"),
    {"__bool__": _complex_bool, "__sub__": _complex_sub, "__rsub__": _complex_rsub},
)
Complex.__doc__ = "Numbers with real and imaginary parts and complex arithmetic (the type complex)."


def _real_divmod(self, other):
    return (self // other, self % other)


def _real_rdivmod(self, other):
    return (other // self, other % self)


def _real_complex(self):
    return complex(float(self))


def _real_conjugate(self):
    return +self


def _real_real(self):
    return +self


def _real_imag(self):
    return 0


Real = _level(
    "Real",
    Complex,
    "__float__ __trunc__ __floor__ __ceil__ __round__ __floordiv__ __rfloordiv__"
    " __mod__ __rmod__ __lt__ __le__",
    (),
    {
        "__divmod__": _real_divmod,
        "__rdivmod__": _real_rdivmod,
        "__complex__": _real_complex,
        "conjugate": _real_conjugate,
        "real": property(_real_real),
        "imag": property(_real_imag),
    },
)
Real.__doc__ = "Ordered numbers without an imaginary part, with the float operations (the type float)."


def _rational_float(self):
    return int(self.numerator) / int(self.denominator)


Rational = _level("Rational", Real, "", ("numerator", "denominator"), {"__float__": _rational_float})
Rational.__doc__ = "Real numbers that are a ratio of two integers, numerator / denominator."


def _integral_index(self):
    return int(self)


def _integral_float(self):
    return float(int(self))


def _integral_numerator(self):
    return +self


def _integral_denominator(self):
    return 1


Integral = _level(
    "Integral",
    Rational,
    "__int__ __pow__ __lshift__ __rlshift__ __rshift__ __rrshift__ __and__ __rand__"
    " __xor__ __rxor__ __or__ __ror__ __invert__",
    (),
    {
        "__index__": _integral_index,
        "__float__": _integral_float,
        "numerator": property(_integral_numerator),
        "denominator": property(_integral_denominator),
    },
)
Integral.__doc__ = "Whole numbers, with the bitwise operations and __index__ (the type int)."

Complex.register(complex)
Real.register(float)
Integral.register(int)

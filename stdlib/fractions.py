"""Rational numbers of arbitrary precision: the Fraction type."""

import math
import numbers
import operator
import sys

__all__ = ['Fraction']

# hash() of a rational p/q is p * (inverse of q) modulo this prime, the
# same rule int and float follow, so that equal numbers hash alike.
_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _true_divide(n, d):
    """n / d for ints, correctly rounded to the nearest float."""
    if abs(n) <= 1 << 53 and abs(d) <= 1 << 53:
        return n / d
    negative = (n < 0) != (d < 0)
    n, d = abs(n), abs(d)
    if not n:
        return -0.0 if negative else 0.0
    # 2**top <= n/d < 2**(top + 1)
    top = n.bit_length() - d.bit_length()
    if (n >= d << top) if top >= 0 else ((n << -top) >= d):
        pass
    else:
        top -= 1
    # Scale so that one unit of q is one unit in the last place of the
    # result (53 significant bits, fewer below the normal range).
    unit = max(top - 52, -1074)
    if unit >= 0:
        bottom = d << unit
        q, rest = divmod(n, bottom)
    else:
        bottom = d
        q, rest = divmod(n << -unit, d)
    if 2 * rest > bottom or (2 * rest == bottom and q & 1):
        q += 1
    try:
        value = math.ldexp(q, unit)
    except OverflowError:
        raise OverflowError('integer division result too large for a float') \
            from None
    return -value if negative else value


class _Literal:
    """Reads the text forms Fraction accepts: '[sign]int[/int]' or
    '[sign]digits[.digits][e[sign]digits]', digits optionally grouped
    with single underscores, blanks allowed around the whole."""

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def _digit(self, k):
        return k < len(self.text) and self.text[k].isdecimal()

    def group(self):
        """Consume digits (with single underscores between them); the text
        read, or None when no digit starts here."""
        s, k = self.text, self.pos
        if not self._digit(k):
            return None
        while True:
            while self._digit(k):
                k += 1
            if k + 1 < len(s) and s[k] == '_' and self._digit(k + 1):
                k += 1
                continue
            break
        piece = s[self.pos:k]
        self.pos = k
        return piece

    def peek(self, chars):
        return self.pos < len(self.text) and self.text[self.pos] in chars

    def exponent_or_end(self, k):
        s = self.text
        return k == len(s) or s[k] in 'eE'

    def parse(self):
        """(sign, whole, denominator, fraction, exponent) or None."""
        s = self.text
        sign = ''
        if self.peek('+-'):
            sign = s[self.pos]
            self.pos += 1
        k = self.pos
        if not (self._digit(k) or (k + 1 < len(s) and s[k] == '.'
                                   and self._digit(k + 1))):
            return None
        whole = self.group() or ''
        denom = frac = exp = None
        if self.peek('/'):
            self.pos += 1
            denom = self.group()
            if denom is None:
                return None
        else:
            if self.peek('.'):
                self.pos += 1
                k = self.pos
                while k < len(s) and s[k] in 'dD':
                    k += 1
                if self.exponent_or_end(k):
                    frac = s[self.pos:k]
                    self.pos = k
                else:
                    frac = self.group() or ''
            if self.peek('eE'):
                self.pos += 1
                start = self.pos
                if self.peek('+-'):
                    self.pos += 1
                if self.group() is None:
                    return None
                exp = s[start:self.pos]
        if self.pos != len(s):
            return None
        return sign, whole, denom, frac, exp


def _from_text(text):
    found = _Literal(text.strip()).parse()
    if found is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    sign, whole, denom, frac, exp = found
    top = int(whole or '0')
    bottom = 1 if denom is None else int(denom)
    if frac:
        frac = frac.replace('_', '')
        scale = 10 ** len(frac)
        top = top * scale + int(frac)
        bottom *= scale
    if exp:
        shift = int(exp)
        if shift < 0:
            bottom *= 10 ** -shift
        else:
            top *= 10 ** shift
    if sign == '-':
        top = -top
    return top, bottom


def _arithmetic(exact, inexact, symbol):
    """The forward and reflected methods of a binary operator: exact(a, b)
    on Fractions, inexact on floats and complex numbers."""

    def forward(a, b):
        if isinstance(b, Fraction):
            return exact(a, b)
        if isinstance(b, int):
            return exact(a, Fraction(b))
        if isinstance(b, float):
            return inexact(float(a), b)
        if isinstance(b, complex):
            return inexact(complex(a), b)
        return NotImplemented

    def reverse(b, a):
        if isinstance(a, numbers.Rational):
            return exact(Fraction(a), b)
        if isinstance(a, numbers.Real):
            return inexact(float(a), float(b))
        if isinstance(a, numbers.Complex):
            return inexact(complex(a), complex(b))
        return NotImplemented

    forward.__name__ = '__%s__' % symbol
    reverse.__name__ = '__r%s__' % symbol
    return forward, reverse


def _sum(a, b):
    return Fraction(a._numerator * b._denominator
                    + b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _difference(a, b):
    return Fraction(a._numerator * b._denominator
                    - b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _product(a, b):
    return Fraction(a._numerator * b._numerator,
                    a._denominator * b._denominator)


def _quotient(a, b):
    if not b._numerator:
        top = a._numerator
        raise ZeroDivisionError('Fraction(%d, 0)' % ((top > 0) - (top < 0)))
    return Fraction(a._numerator * b._denominator,
                    a._denominator * b._numerator)


def _whole_quotient(a, b):
    return ((a._numerator * b._denominator)
            // (a._denominator * b._numerator))


def _both(a, b):
    q, r = divmod(a._numerator * b._denominator,
                  a._denominator * b._numerator)
    return q, Fraction(r, a._denominator * b._denominator)


def _remainder(a, b):
    r = (a._numerator * b._denominator) % (b._numerator * a._denominator)
    return Fraction(r, a._denominator * b._denominator)


class Fraction(numbers.Rational):
    """A rational number numerator/denominator, always kept in lowest terms
    with a positive denominator.

    Fraction(7, 3), Fraction(Fraction(1, 2)), Fraction(1.5),
    Fraction('3/4'), Fraction(' -1.5e3 ') and Fraction() (zero) all work.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator, self._denominator = numerator, 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or _is_decimal(numerator):
                if numerator != numerator:
                    raise ValueError('cannot convert NaN to integer ratio')
                pair = numerator.as_integer_ratio()
                self._numerator, self._denominator = pair
                return self
            if not isinstance(numerator, str):
                raise TypeError('argument should be a string or a Rational '
                                'instance')
            numerator, denominator = _from_text(numerator)
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif (isinstance(numerator, numbers.Rational)
              and isinstance(denominator, numbers.Rational)):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            common = math.gcd(operator.index(numerator),
                              operator.index(denominator))
            if denominator < 0:
                common = -common
            numerator //= common
            denominator //= common
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of float f as a Fraction."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)'
                            % (cls.__name__, f, type(f).__name__))
        return cls(f)

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a decimal.Decimal as a Fraction."""
        try:
            from decimal import Decimal
        except ImportError:
            Decimal = None
        if isinstance(dec, numbers.Integral):
            if Decimal is None:
                return cls(int(dec))
            dec = Decimal(int(dec))
        elif Decimal is None or not isinstance(dec, Decimal):
            raise TypeError('%s.from_decimal() only takes Decimals, not %r (%s)'
                            % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator), the denominator positive."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The Fraction closest to self with denominator at most
        max_denominator."""
        if max_denominator < 1:
            raise ValueError('max_denominator should be at least 1')
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction expansion; the answer is the last
        # convergent within the bound or the best semiconvergent after it.
        lo_p, lo_q, hi_p, hi_q = 0, 1, 1, 0
        top, bottom = self._numerator, self._denominator
        while True:
            term = top // bottom
            next_q = lo_q + term * hi_q
            if next_q > max_denominator:
                break
            lo_p, lo_q, hi_p, hi_q = hi_p, hi_q, lo_p + term * hi_p, next_q
            top, bottom = bottom, top - term * bottom
        steps = (max_denominator - lo_q) // hi_q
        semi = Fraction(lo_p + steps * hi_p, lo_q + steps * hi_q)
        conv = Fraction(hi_p, hi_q)
        if abs(conv - self) <= abs(semi - self):
            return conv
        return semi

    numerator = property(lambda self: self._numerator,
                         doc='The numerator, in lowest terms.')
    denominator = property(lambda self: self._denominator,
                           doc='The denominator, always positive.')

    def __float__(self):
        return _true_divide(int(self._numerator), int(self._denominator))

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator,
                               self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    __add__, __radd__ = _arithmetic(_sum, operator.add, 'add')
    __sub__, __rsub__ = _arithmetic(_difference, operator.sub, 'sub')
    __mul__, __rmul__ = _arithmetic(_product, operator.mul, 'mul')
    __truediv__, __rtruediv__ = _arithmetic(_quotient, operator.truediv,
                                            'truediv')
    __floordiv__, __rfloordiv__ = _arithmetic(_whole_quotient,
                                              operator.floordiv, 'floordiv')
    __divmod__, __rdivmod__ = _arithmetic(_both, divmod, 'divmod')
    __mod__, __rmod__ = _arithmetic(_remainder, operator.mod, 'mod')

    def __pow__(a, b):
        """a ** b; a Fraction when b is an integer, otherwise a float (or
        complex) result."""
        if not isinstance(b, numbers.Rational):
            return float(a) ** b
        if b.denominator != 1:
            return float(a) ** float(b)
        n = b.numerator
        p, q = a._numerator, a._denominator
        if n >= 0:
            return Fraction(p ** n, q ** n, _normalize=False)
        if p < 0:
            p, q = -p, -q
        return Fraction(q ** -n, p ** -n, _normalize=False)

    def __rpow__(b, a):
        whole = b._denominator == 1
        if isinstance(a, numbers.Rational) and not (whole and b._numerator >= 0):
            return Fraction(a.numerator, a.denominator) ** b
        return a ** (b._numerator if whole else float(b))

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a, _index=operator.index):
        p, q = a._numerator, a._denominator
        whole = p // q if p >= 0 else -(-p // q)
        return _index(whole)

    def __trunc__(a):
        p, q = a._numerator, a._denominator
        return p // q if p >= 0 else -(-p // q)

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self) is the nearest int, halves going to even;
        round(self, n) is a Fraction rounded to n decimal places."""
        if ndigits is None:
            q = self._denominator
            low, rest = divmod(self._numerator, q)
            twice = 2 * rest
            if twice < q or (twice == q and low % 2 == 0):
                return low
            return low + 1
        scale = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * scale), scale)
        return Fraction(round(self / scale) * scale)

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _MODULUS)
        except ValueError:
            # The denominator is a multiple of the modulus.
            value = _HASH_INF
        else:
            value = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            value = -value
        return -2 if value == -1 else value

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return (a._numerator == b.numerator
                    and a._denominator == b.denominator)
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isfinite(b):
                return a == a.from_float(b)
            return False
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isfinite(other):
                return op(self, self.from_float(other))
            return op(0.0, other)
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (type(self), (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) is Fraction:
            return self
        return type(self)(self._numerator, self._denominator)


def _is_decimal(value):
    decimal = sys.modules.get('decimal')
    if decimal is None:
        return False
    kind = getattr(decimal, 'Decimal', None)
    return kind is not None and isinstance(value, kind)

"""Decimal fixed-point and floating-point arithmetic for coil.

An implementation of the General Decimal Arithmetic Specification with the
Python interface of the standard ``decimal`` module.  A finite number is kept
as a sign bit, an integer coefficient and an integer exponent; the value is
(-1)**sign * coefficient * 10**exponent.
"""

import math as _math
import numbers as _numbers
import sys as _sys

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

__all__ = [
    'Decimal', 'Context', 'DecimalTuple',
    'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero',
    'Inexact', 'Rounded', 'Subnormal', 'Overflow', 'Underflow',
    'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING',
    'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP',
    'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY',
    'HAVE_THREADS', 'HAVE_CONTEXTVAR',
]

# The rounding modes are plain strings naming themselves.
ROUND_05UP, ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR = (
    'ROUND_05UP', 'ROUND_CEILING', 'ROUND_DOWN', 'ROUND_FLOOR')
ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP = (
    'ROUND_HALF_DOWN', 'ROUND_HALF_EVEN', 'ROUND_HALF_UP', 'ROUND_UP')

_ALL_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
                  ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)

HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# ---------------------------------------------------------------------------
# Signals

class DecimalException(ArithmeticError):
    """Base class of all signals raised by decimal arithmetic."""


class Clamped(DecimalException):
    """An exponent was altered to fit the representation."""


class InvalidOperation(DecimalException):
    """An operation had no meaningful result."""


class ConversionSyntax(InvalidOperation):
    """A string could not be parsed as a number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite nonzero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer division result did not fit in the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """Nonzero digits were discarded while rounding."""


class InvalidContext(InvalidOperation):
    """A context was invalid."""


class Rounded(DecimalException):
    """Digits (possibly zero) were discarded while rounding."""


class Subnormal(DecimalException):
    """The result's exponent was below Emin before rounding."""


class Overflow(Inexact, Rounded):
    """The result's exponent was too large to represent."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was rounded."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with a Decimal."""


# Condition bits.  Several conditions map onto the InvalidOperation signal.
_C_INVALID = 1
_C_SYNTAX = 2
_C_DIVIMP = 4
_C_DIVUNDEF = 8
_C_BADCTX = 16
_C_FLOAT = 32
_C_DIVZERO = 64
_C_OVERFLOW = 128
_C_UNDERFLOW = 256
_C_SUBNORMAL = 512
_C_INEXACT = 1024
_C_ROUNDED = 2048
_C_CLAMPED = 4096

_INVALID_BITS = _C_INVALID | _C_SYNTAX | _C_DIVIMP | _C_DIVUNDEF | _C_BADCTX

# signal class -> the condition bits it covers, in reporting order
_SIGNAL_BITS = (
    (InvalidOperation, _INVALID_BITS),
    (FloatOperation, _C_FLOAT),
    (DivisionByZero, _C_DIVZERO),
    (Overflow, _C_OVERFLOW),
    (Underflow, _C_UNDERFLOW),
    (Subnormal, _C_SUBNORMAL),
    (Inexact, _C_INEXACT),
    (Rounded, _C_ROUNDED),
    (Clamped, _C_CLAMPED),
)
_SIGNALS = tuple(pair[0] for pair in _SIGNAL_BITS)
_STATUS_CACHE = {}

# condition bit -> class shown in the exception's list
_CONDITION_CLASSES = (
    (_C_INVALID, InvalidOperation),
    (_C_SYNTAX, ConversionSyntax),
    (_C_DIVIMP, DivisionImpossible),
    (_C_DIVUNDEF, DivisionUndefined),
    (_C_BADCTX, InvalidContext),
    (_C_FLOAT, FloatOperation),
    (_C_DIVZERO, DivisionByZero),
    (_C_OVERFLOW, Overflow),
    (_C_UNDERFLOW, Underflow),
    (_C_SUBNORMAL, Subnormal),
    (_C_INEXACT, Inexact),
    (_C_ROUNDED, Rounded),
    (_C_CLAMPED, Clamped),
)

_BITS_OF_CLASS = {
    InvalidOperation: _C_INVALID, ConversionSyntax: _C_SYNTAX,
    DivisionImpossible: _C_DIVIMP, DivisionUndefined: _C_DIVUNDEF,
    InvalidContext: _C_BADCTX, FloatOperation: _C_FLOAT,
    DivisionByZero: _C_DIVZERO, Overflow: _C_OVERFLOW,
    Underflow: _C_UNDERFLOW, Subnormal: _C_SUBNORMAL, Inexact: _C_INEXACT,
    Rounded: _C_ROUNDED, Clamped: _C_CLAMPED,
}

_SIGNAL_LIST_TEXT = ('valid values for signals are:\n'
                     '  [InvalidOperation, FloatOperation, DivisionByZero,\n'
                     '   Overflow, Underflow, Subnormal, Inexact, Rounded,\n'
                     '   Clamped]')
_ROUNDING_TEXT = ('valid values for rounding are:\n'
                  '  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n'
                  '   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n'
                  '   ROUND_05UP]')


# ---------------------------------------------------------------------------
# Small integer helpers

_POW10 = [10 ** _i for _i in range(64)]


def _p10(n):
    if n < 64:
        return _POW10[n]
    return 10 ** n


def _ndigits(c):
    """Number of decimal digits of the non-negative integer c (0 has 1)."""
    if c < 10:
        return 1
    if c.bit_length() < 4000:
        return len(str(c))
    est = (c.bit_length() * 1233) >> 12
    p = _p10(est)
    while p > c:
        est -= 1
        p //= 10
    while p * 10 <= c:
        est += 1
        p *= 10
    return est + 1


def _strip_zeros(c, e, limit):
    """Remove trailing zeros of c while the exponent stays <= limit."""
    if c == 0:
        return c, e
    while e < limit:
        q, r = divmod(c, 10)
        if r:
            break
        c = q
        e += 1
    return c, e


def _round_int(c, drop, sign, rounding):
    """Drop the last `drop` (>0) digits of c.

    Returns (kept, discarded_nonzero).
    """
    nd = _ndigits(c)
    if drop > nd + 1:
        q = 0
        rest = c
        half_cmp = -1 if c else -2
    else:
        q, rest = divmod(c, _p10(drop))
        if rest == 0:
            half_cmp = -2
        else:
            half = 5 * _p10(drop - 1)
            half_cmp = (rest > half) - (rest < half)
    if half_cmp == -2:
        return q, False
    if rounding == ROUND_HALF_EVEN:
        up = half_cmp > 0 or (half_cmp == 0 and q & 1)
    elif rounding == ROUND_HALF_UP:
        up = half_cmp >= 0
    elif rounding == ROUND_HALF_DOWN:
        up = half_cmp > 0
    elif rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = not sign
    elif rounding == ROUND_FLOOR:
        up = bool(sign)
    else:
        up = q % 5 == 0
    if up:
        q += 1
    return q, True


# ---------------------------------------------------------------------------
# Context storage

try:
    import contextvars as _contextvars
except ImportError:
    _contextvars = None

if _contextvars is not None:
    _ctx_var = _contextvars.ContextVar('decimal_context')

    def getcontext():
        """Return the current context of the active thread."""
        try:
            return _ctx_var.get()
        except LookupError:
            ctx = Context()
            _ctx_var.set(ctx)
            return ctx

    def _store_context(ctx):
        _ctx_var.set(ctx)
else:
    try:
        import threading as _threading
        _ctx_holder = _threading.local()
    except ImportError:
        class _Holder:
            pass
        _ctx_holder = _Holder()

    def getcontext():
        """Return the current context of the active thread."""
        try:
            return _ctx_holder.context
        except AttributeError:
            ctx = Context()
            _ctx_holder.context = ctx
            return ctx

    def _store_context(ctx):
        _ctx_holder.context = ctx


def setcontext(context):
    """Make context the current context of the active thread."""
    if not isinstance(context, Context):
        raise TypeError('argument must be a context')
    if context is DefaultContext or context is BasicContext or \
            context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _store_context(context)


_LOCAL_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp',
               'flags', 'traps')


def localcontext(ctx=None, **kwargs):
    """Return a context manager that installs a copy of ctx (or of the
    current context) for the duration of a with-statement."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError('optional argument must be a context')
    manager = _ContextSwitch(ctx)
    for key, value in kwargs.items():
        if key not in _LOCAL_KEYS:
            raise TypeError(
                "'%s' is an invalid keyword argument for this function" % key)
        setattr(manager.new_context, key, value)
    return manager


class _ContextSwitch:
    def __init__(self, base):
        self.new_context = base.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc):
        setcontext(self.saved_context)


# ---------------------------------------------------------------------------
# Signal dictionaries

class _SignalDict(dict):
    """A dict keyed by the nine signals; other keys are refused."""

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError(_SIGNAL_LIST_TEXT)
        dict.__setitem__(self, key, bool(value))

    def __getitem__(self, key):
        if key not in _SIGNALS:
            raise KeyError(_SIGNAL_LIST_TEXT)
        return dict.__getitem__(self, key)

    def __delitem__(self, key):
        raise ValueError('signal keys cannot be deleted')

    def copy(self):
        return _SignalDict(self)

    def __repr__(self):
        return '{' + ', '.join('%s:%s' % (k, v) for k, v in self.items()) \
            + '}'


def _signal_dict(source):
    result = _SignalDict()
    for sig in _SIGNALS:
        dict.__setitem__(result, sig, False)
    if source is None:
        return result
    if isinstance(source, dict):
        if len(source) != len(_SIGNALS) or \
                any(k not in _SIGNALS for k in source):
            raise KeyError('invalid signal dict')
        for sig in _SIGNALS:
            dict.__setitem__(result, sig, bool(source[sig]))
        return result
    if not isinstance(source, list):
        raise TypeError('argument must be a signal dict')
    for sig in source:
        if sig not in _SIGNALS:
            raise KeyError(_SIGNAL_LIST_TEXT)
        dict.__setitem__(result, sig, True)
    return result


def _as_int_arg(value):
    if not isinstance(value, int):
        raise TypeError('an integer is required')
    return value


# ---------------------------------------------------------------------------
# Context

class Context(object):
    """The environment for arithmetic: precision, rounding, exponent limits,
    flags and traps."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        base = _DEFAULT_SETTINGS if DefaultContext is None else None
        if base is None:
            d = DefaultContext
            base = (d.prec, d.rounding, d.Emin, d.Emax, d.capitals, d.clamp,
                    None, [s for s in _SIGNALS if d.traps[s]])
        object.__setattr__(self, '_precision', base[0])
        object.__setattr__(self, '_round_mode', base[1])
        object.__setattr__(self, '_emin_v', base[2])
        object.__setattr__(self, '_emax_v', base[3])
        object.__setattr__(self, '_caps', base[4])
        object.__setattr__(self, '_clamp_v', base[5])
        object.__setattr__(self, '_flag_map', _signal_dict(None))
        object.__setattr__(self, '_trap_map', _signal_dict(base[7]))
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if flags is not None:
            object.__setattr__(self, '_flag_map', _signal_dict(flags))
        if traps is not None:
            object.__setattr__(self, '_trap_map', _signal_dict(traps))

    # -- attributes ---------------------------------------------------------
    def _get_prec(self):
        return self._precision

    def _set_prec(self, value):
        _as_int_arg(value)
        if not 1 <= value <= MAX_PREC:
            raise ValueError('valid range for prec is [1, MAX_PREC]')
        object.__setattr__(self, '_precision', value)

    prec = property(_get_prec, _set_prec)

    def _get_rounding(self):
        return self._round_mode

    def _set_rounding(self, value):
        if not isinstance(value, str) or value not in _ALL_ROUNDINGS:
            raise TypeError(_ROUNDING_TEXT)
        object.__setattr__(self, '_round_mode', value)

    rounding = property(_get_rounding, _set_rounding)

    def _get_emin(self):
        return self._emin_v

    def _set_emin(self, value):
        _as_int_arg(value)
        if not MIN_EMIN <= value <= 0:
            raise ValueError('valid range for Emin is [MIN_EMIN, 0]')
        object.__setattr__(self, '_emin_v', value)

    Emin = property(_get_emin, _set_emin)

    def _get_emax(self):
        return self._emax_v

    def _set_emax(self, value):
        _as_int_arg(value)
        if not 0 <= value <= MAX_EMAX:
            raise ValueError('valid range for Emax is [0, MAX_EMAX]')
        object.__setattr__(self, '_emax_v', value)

    Emax = property(_get_emax, _set_emax)

    def _get_capitals(self):
        return self._caps

    def _set_capitals(self, value):
        _as_int_arg(value)
        if value not in (0, 1):
            raise ValueError('valid values for capitals are 0 or 1')
        object.__setattr__(self, '_caps', value)

    capitals = property(_get_capitals, _set_capitals)

    def _get_clamp(self):
        return self._clamp_v

    def _set_clamp(self, value):
        _as_int_arg(value)
        if value not in (0, 1):
            raise ValueError('valid values for clamp are 0 or 1')
        object.__setattr__(self, '_clamp_v', value)

    clamp = property(_get_clamp, _set_clamp)

    def _get_flags(self):
        return self._flag_map

    def _set_flags(self, value):
        if not isinstance(value, dict):
            raise TypeError('argument must be a signal dict')
        object.__setattr__(self, '_flag_map', _signal_dict(value))

    flags = property(_get_flags, _set_flags)

    def _get_traps(self):
        return self._trap_map

    def _set_traps(self, value):
        if not isinstance(value, dict):
            raise TypeError('argument must be a signal dict')
        object.__setattr__(self, '_trap_map', _signal_dict(value))

    traps = property(_get_traps, _set_traps)

    def __setattr__(self, name, value):
        setter = _CONTEXT_SETTERS.get(name)
        if setter is not None:
            setter(self, value)
        elif type(self) is not Context:
            object.__setattr__(self, name, value)
        else:
            raise AttributeError(
                "'decimal.Context' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        raise AttributeError('context attributes cannot be deleted')


    # -- misc ---------------------------------------------------------------
    def Etiny(self):
        """Smallest exponent of a subnormal number: Emin - prec + 1."""
        return self._emin_v - self._precision + 1

    def Etop(self):
        """Largest exponent usable with a full coefficient: Emax - prec + 1."""
        return self._emax_v - self._precision + 1

    def radix(self):
        """Return Decimal(10)."""
        return Decimal(10)

    def clear_flags(self):
        """Reset all flags to False."""
        for sig in _SIGNALS:
            dict.__setitem__(self._flag_map, sig, False)

    def clear_traps(self):
        """Reset all traps to False."""
        for sig in _SIGNALS:
            dict.__setitem__(self._trap_map, sig, False)

    def copy(self):
        """Return a duplicate of this context."""
        dup = Context.__new__(Context)
        for name in ('_precision', '_round_mode', '_emin_v', '_emax_v', '_caps',
                     '_clamp_v'):
            object.__setattr__(dup, name, getattr(self, name))
        object.__setattr__(dup, '_flag_map', self._flag_map.copy())
        object.__setattr__(dup, '_trap_map', self._trap_map.copy())
        return dup

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()

    def __reduce__(self):
        return (self.__class__,
                (self._precision, self._round_mode, self._emin_v, self._emax_v,
                 self._caps, self._clamp_v,
                 [s for s in _SIGNALS if self._flag_map[s]],
                 [s for s in _SIGNALS if self._trap_map[s]]))

    def __repr__(self):
        flags = [s.__name__ for s in _REPR_ORDER if self._flag_map[s]]
        traps = [s.__name__ for s in _REPR_ORDER if self._trap_map[s]]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, '
                'capitals=%d, clamp=%d, flags=[%s], traps=[%s])' % (
                    self._precision, self._round_mode, self._emin_v, self._emax_v,
                    self._caps, self._clamp_v, ', '.join(flags),
                    ', '.join(traps)))

    # -- signalling ---------------------------------------------------------
    def _raise(self, status):
        """Record condition bits in the flags; raise if any is trapped."""
        if not status:
            return
        flags = self._flag_map
        traps = self._trap_map
        trapped = 0
        pairs = _STATUS_CACHE.get(status)
        if pairs is None:
            pairs = tuple((sig, status & bits) for sig, bits in _SIGNAL_BITS
                          if status & bits)
            _STATUS_CACHE[status] = pairs
        for sig, bits in pairs:
            dict.__setitem__(flags, sig, True)
            if dict.__getitem__(traps, sig):
                trapped |= bits
        if trapped:
            first = None
            for sig, bits in _SIGNAL_BITS:
                if trapped & bits:
                    first = sig
                    break
            conds = [cls for bit, cls in _CONDITION_CLASSES if trapped & bit]
            raise first(conds)

    def _raise_error(self, condition, explanation=None, *args):
        """Signal condition (a signal class); return NaN if not trapped."""
        self._raise(_BITS_OF_CLASS.get(condition, _C_INVALID))
        return _NAN

    def create_decimal(self, num='0'):
        """Convert num to a Decimal rounded to this context."""
        if isinstance(num, str):
            parsed = _parse(num, True)
            if parsed is None:
                self._raise(_C_SYNTAX)
                return _NAN
            d = _new(*parsed)
        else:
            d = Decimal(num, context=self)
        if d._kind >= 2:
            digits = _ndigits(d._coef) if d._coef else 0
            if digits > self._precision - self._clamp_v:
                self._raise(_C_SYNTAX)
                return _NAN
            return d
        st = [0]
        r = _finish(d, self, st)
        self._raise(st[0])
        return r

    def create_decimal_from_float(self, f):
        """Convert a float (or int) exactly, then round to this context."""
        d = Decimal.from_float(f)
        st = [0]
        r = _finish(d, self, st)
        self._raise(st[0])
        return r


_CONTEXT_SETTERS = {
    'prec': Context._set_prec, 'rounding': Context._set_rounding,
    'Emin': Context._set_emin, 'Emax': Context._set_emax,
    'capitals': Context._set_capitals, 'clamp': Context._set_clamp,
    'flags': Context._set_flags, 'traps': Context._set_traps,
}
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow)

_DEFAULT_SETTINGS = (28, ROUND_HALF_EVEN, -999999, 999999, 1, 0, None,
                     [InvalidOperation, DivisionByZero, Overflow])
DefaultContext = None


# ---------------------------------------------------------------------------
# Decimal

from collections import namedtuple as _namedtuple

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent',
                           module='decimal')


_FINITE = 0
_INF = 1
_QNAN = 2
_SNAN = 3


def _new(sign, coef, exp, kind=_FINITE):
    d = object.__new__(Decimal)
    d._sign = sign
    d._coef = coef
    d._exp = exp
    d._kind = kind
    return d


_EXP_LIMIT = 10 ** 19 * 5


def _parse(text, strict=False):
    """Parse a numeric string; return (sign, coef, exp, kind) or None.

    Surrounding whitespace and underscores are accepted unless strict."""
    if strict:
        s = text
        if '_' in s:
            return None
    else:
        s = text.strip()
        if '_' in s:
            s = s.replace('_', '')
    if not s.isascii():
        chars = []
        for ch in s:
            if ch.isascii():
                chars.append(ch)
                continue
            try:
                chars.append(str(int(ch)))
            except ValueError:
                return None
        s = ''.join(chars)
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low == 'inf' or low == 'infinity':
        return sign, 0, 'F', _INF
    if low.startswith('nan') or low.startswith('snan'):
        kind = _QNAN if low[0] == 'n' else _SNAN
        payload = low[3:] if kind == _QNAN else low[4:]
        if payload and not payload.isdigit():
            return None
        return sign, int(payload) if payload else 0, 'n', kind
    epos = low.find('e')
    if epos >= 0:
        mant = low[:epos]
        expo = low[epos + 1:]
        if not expo:
            return None
        body = expo[1:] if expo[0] in '+-' else expo
        if not body.isdigit():
            return None
        exp = int(expo)
        if exp >= _EXP_LIMIT or exp <= -_EXP_LIMIT:
            return None
    else:
        mant = low
        exp = 0
    dot = mant.find('.')
    if dot >= 0:
        whole = mant[:dot]
        frac = mant[dot + 1:]
    else:
        whole = mant
        frac = ''
    if not whole and not frac:
        return None
    if (whole and not whole.isdigit()) or (frac and not frac.isdigit()):
        return None
    coef = int(whole + frac)
    exp -= len(frac)
    if exp < MIN_ETINY or exp + _ndigits(coef) - 1 > MAX_EMAX:
        return None
    return sign, coef, exp, _FINITE


def _from_float_exact(f):
    if f != f:
        return _new(1 if _math.copysign(1.0, f) < 0 else 0, 0, 'n', _QNAN)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (float('inf'), float('-inf')):
        return _new(sign, 0, 'F', _INF)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _new(sign, n * 5 ** k, -k)


class Decimal(object):
    """Construct a new Decimal object from an int, str, float, tuple or
    Decimal.  The conversion is exact; use Context.create_decimal to round.
    """

    __slots__ = ('_sign', '_coef', '_exp', '_kind')

    def __new__(cls, value='0', context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                if context is None:
                    context = getcontext()
                context._raise(_C_SYNTAX)
                self._sign, self._coef, self._exp, self._kind = \
                    0, 0, 'n', _QNAN
                return self
            self._sign, self._coef, self._exp, self._kind = parsed
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._coef = -value if value < 0 else value
            self._exp = 0
            self._kind = _FINITE
            return self
        if isinstance(value, Decimal):
            self._sign = value._sign
            self._coef = value._coef
            self._exp = value._exp
            self._kind = value._kind
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context._raise(_C_FLOAT)
            d = _from_float_exact(value)
            self._sign, self._coef, self._exp, self._kind = \
                d._sign, d._coef, d._exp, d._kind
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError('argument must be a sequence of length 3')
            sign, digits, exp = value
            if not (isinstance(sign, int) and sign in (0, 1)):
                raise ValueError(
                    'sign must be an integer with the value 0 or 1')
            if isinstance(exp, str):
                if exp == 'F':
                    kind = _INF
                elif exp == 'n':
                    kind = _QNAN
                elif exp == 'N':
                    kind = _SNAN
                    exp = 'N'
                else:
                    raise ValueError("string argument in the third position "
                                     "must be 'F', 'n' or 'N'")
            elif isinstance(exp, int):
                kind = _FINITE
            else:
                raise ValueError('exponent must be an integer')
            if not isinstance(digits, (list, tuple)):
                raise ValueError('coefficient must be a tuple of digits')
            coef = 0
            for dg in digits:
                if not (isinstance(dg, int) and 0 <= dg <= 9):
                    raise ValueError('coefficient must be a tuple of digits')
                coef = coef * 10 + dg
            if kind == _INF:
                coef = 0
            self._sign = sign
            self._coef = coef
            self._exp = exp
            self._kind = kind
            return self
        raise TypeError('conversion from %s to Decimal is not supported'
                        % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """Convert a float (or int) to a Decimal exactly."""
        if isinstance(f, int):
            d = Decimal(f)
        elif isinstance(f, float):
            d = _from_float_exact(f)
        else:
            raise TypeError('argument must be int or float')
        if cls is Decimal:
            return d
        return cls(d)

    # -- predicates ---------------------------------------------------------
    def is_nan(self):
        """True for a quiet or signaling NaN."""
        return self._kind >= _QNAN

    def is_qnan(self):
        """True for a quiet NaN."""
        return self._kind == _QNAN

    def is_snan(self):
        """True for a signaling NaN."""
        return self._kind == _SNAN

    def is_infinite(self):
        """True for an infinity."""
        return self._kind == _INF

    def is_finite(self):
        """True for a finite number."""
        return self._kind == _FINITE

    def is_zero(self):
        """True for a finite zero."""
        return self._kind == _FINITE and self._coef == 0

    def is_signed(self):
        """True when the sign bit is set."""
        return self._sign == 1

    def is_canonical(self):
        """Always True."""
        return True

    def is_normal(self, context=None):
        """True for a finite nonzero number with adjusted exponent >= Emin."""
        if self._kind != _FINITE or self._coef == 0:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() >= context.Emin

    def is_subnormal(self, context=None):
        """True for a finite nonzero number with adjusted exponent < Emin."""
        if self._kind != _FINITE or self._coef == 0:
            return False
        if context is None:
            context = getcontext()
        return self.adjusted() < context.Emin

    def adjusted(self):
        """Exponent of the most significant digit."""
        if self._kind != _FINITE:
            return 0
        return self._exp + _ndigits(self._coef) - 1

    def canonical(self):
        """Return self (every Decimal is canonical)."""
        return self

    def radix(self):
        """Return Decimal(10)."""
        return Decimal(10)

    def number_class(self, context=None):
        """Name of the class of the operand, e.g. '+Normal' or 'sNaN'."""
        kind = self._kind
        if kind == _SNAN:
            return 'sNaN'
        if kind == _QNAN:
            return 'NaN'
        sg = '-' if self._sign else '+'
        if kind == _INF:
            return sg + 'Infinity'
        if self._coef == 0:
            return sg + 'Zero'
        if context is None:
            context = getcontext()
        if self.adjusted() < context.Emin:
            return sg + 'Subnormal'
        return sg + 'Normal'

    def as_tuple(self):
        """Return DecimalTuple(sign, digits, exponent)."""
        if self._kind == _INF:
            return DecimalTuple(self._sign, (0,), 'F')
        if self._kind >= _QNAN and self._coef == 0:
            digits = ()
        else:
            digits = tuple(int(ch) for ch in str(self._coef))
        if self._kind == _QNAN:
            return DecimalTuple(self._sign, digits, 'n')
        if self._kind == _SNAN:
            return DecimalTuple(self._sign, digits, 'N')
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        """Return a pair (n, d) of integers with n/d == self, d > 0."""
        if self._kind != _FINITE:
            if self._kind == _INF:
                raise OverflowError(
                    'cannot convert Infinity to integer ratio')
            raise ValueError('cannot convert NaN to integer ratio')
        n = self._coef
        e = self._exp
        if n == 0:
            return 0, 1
        if e >= 0:
            num, den = n * _p10(e), 1
        else:
            num, den = n, _p10(-e)
            g = _math.gcd(num, den)
            num //= g
            den //= g
        if self._sign:
            num = -num
        return num, den

    # -- conversion to strings ----------------------------------------------
    def __str__(self):
        return self._to_text(getcontext().capitals, False)

    def to_eng_string(self, context=None):
        """Convert to a string using engineering notation."""
        if context is None:
            context = getcontext()
        return self._to_text(context.capitals, True)

    def __repr__(self):
        return "Decimal('%s')" % self._to_text(1, False)

    def _to_text(self, capitals, eng):
        sign = '-' if self._sign else ''
        kind = self._kind
        if kind != _FINITE:
            if kind == _INF:
                return sign + 'Infinity'
            base = 'NaN' if kind == _QNAN else 'sNaN'
            return sign + base + (str(self._coef) if self._coef else '')
        digits = str(self._coef)
        exp = self._exp
        n = len(digits)
        adj = exp + n - 1
        if exp <= 0 and adj >= -6:
            if exp == 0:
                return sign + digits
            point = n + exp
            if point > 0:
                return sign + digits[:point] + '.' + digits[point:]
            return sign + '0.' + '0' * (-point) + digits
        letter = 'E' if capitals else 'e'
        if not eng:
            body = digits[0]
            if n > 1:
                body += '.' + digits[1:]
            return '%s%s%s%+d' % (sign, body, letter, adj)
        if self._coef == 0:
            # choose an exponent that is a multiple of three
            shown = exp
            rem = shown % 3
            if rem == 0:
                body = '0'
            else:
                shown += 3 - rem
                body = '0.' + '0' * (3 - rem)
            if shown == 0:
                return sign + body
            return '%s%s%s%+d' % (sign, body, letter, shown)
        rem = adj % 3
        shown = adj - rem
        lead = rem + 1
        if n <= lead:
            body = digits + '0' * (lead - n)
        else:
            body = digits[:lead] + '.' + digits[lead:]
        if shown == 0:
            return sign + body
        return '%s%s%s%+d' % (sign, body, letter, shown)

    # -- numeric conversions ------------------------------------------------
    def __bool__(self):
        return self._kind != _FINITE or self._coef != 0

    def _integral(self):
        if self._kind != _FINITE:
            if self._kind == _INF:
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            v = self._coef * _p10(self._exp)
        else:
            v = self._coef // _p10(-self._exp)
        return -v if self._sign else v

    def __int__(self):
        return self._integral()

    __trunc__ = __int__

    def __float__(self):
        if self._kind >= _QNAN:
            if self._kind == _SNAN:
                raise ValueError('cannot convert signaling NaN to float')
            return float('-nan') if self._sign else float('nan')
        if self._kind == _INF:
            return float('-inf') if self._sign else float('inf')
        return float(self._to_text(1, False))

    def __complex__(self):
        return complex(float(self))

    # numbers.Number compatibility: a Decimal is its own real part
    real = property(lambda self: self, doc='The real part (self).')
    imag = property(lambda self: Decimal(0), doc='The imaginary part (0).')

    def conjugate(self):
        return self

    def __floor__(self):
        return self._to_int_mode(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int_mode(ROUND_CEILING)

    def _to_int_mode(self, rounding):
        if self._kind != _FINITE:
            if self._kind == _INF:
                raise OverflowError('cannot convert Infinity to integer')
            raise ValueError('cannot convert NaN to integer')
        if self._exp >= 0:
            v = self._coef * _p10(self._exp)
        else:
            v, _ = _round_int(self._coef, -self._exp, self._sign, rounding)
        return -v if self._sign else v

    def __round__(self, *args):
        if len(args) > 1:
            raise TypeError('function takes at most 1 argument (%d given)'
                            % len(args))
        n = args[0] if args else None
        if n is None:
            return self._to_int_mode(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError('optional arg must be an integer')
        ctx = getcontext()
        return self.quantize(_new(0, 1, -n), context=ctx)

    # -- hashing and comparison ---------------------------------------------
    def __hash__(self):
        kind = self._kind
        if kind != _FINITE:
            if kind == _SNAN:
                raise TypeError('Cannot hash a signaling NaN value')
            if kind == _QNAN:
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        modulus = 2305843009213693951
        if self._exp >= 0:
            h = self._coef % modulus * pow(10, self._exp, modulus) % modulus
        else:
            h = self._coef % modulus * pow(_TEN_INV, -self._exp, modulus) \
                % modulus
        if self._sign:
            h = -h
        if h == -1:
            h = -2
        return h

    def _compare_value(self, other):
        """Order two non-NaN Decimals: -1, 0 or 1."""
        if self._kind == _INF or other._kind == _INF:
            a = 0 if self._kind != _INF else (-1 if self._sign else 1)
            b = 0 if other._kind != _INF else (-1 if other._sign else 1)
            if a or b:
                if a == b:
                    return 0
                if a and b:
                    return -1 if a < b else 1
                if a:
                    return a
                return -b
        zs = self._coef == 0
        zo = other._coef == 0
        if zs or zo:
            if zs and zo:
                return 0
            if zs:
                return 1 if other._sign else -1
            return -1 if self._sign else 1
        if self._sign != other._sign:
            return -1 if self._sign else 1
        r = _cmp_abs(self, other)
        return -r if self._sign else r

    def _cmp_with(self, other, op):
        """Shared logic of the rich comparisons; returns an int or a marker."""
        ctx = None
        if isinstance(other, Decimal):
            pass
        elif isinstance(other, int):
            other = Decimal(other)
        elif isinstance(other, float):
            ctx = getcontext()
            if op in ('eq', 'ne'):
                dict.__setitem__(ctx._flag_map, FloatOperation, True)
            else:
                ctx._raise(_C_FLOAT)
            other = _from_float_exact(other)
        elif isinstance(other, complex) and op in ('eq', 'ne'):
            if other.imag != 0:
                return None
            ctx = getcontext()
            dict.__setitem__(ctx._flag_map, FloatOperation, True)
            other = _from_float_exact(other.real)
        elif isinstance(other, _numbers.Rational):
            if self._kind == _FINITE:
                num, den = other.numerator, other.denominator
                lhs = _new(self._sign, self._coef, self._exp)
                lhs = _mul_exact(lhs, Decimal(den))
                other = Decimal(num)
                self = lhs
            else:
                other = Decimal(other.numerator)
        else:
            return NotImplemented
        if self._kind >= _QNAN or other._kind >= _QNAN:
            if op in ('eq', 'ne'):
                if self._kind == _SNAN or other._kind == _SNAN:
                    if ctx is None:
                        ctx = getcontext()
                    ctx._raise(_C_INVALID)
                return None
            if ctx is None:
                ctx = getcontext()
            ctx._raise(_C_INVALID)
            return None
        return self._compare_value(other)

    def __eq__(self, other):
        r = self._cmp_with(other, 'eq')
        if r is NotImplemented:
            return r
        return r == 0

    def __ne__(self, other):
        r = self._cmp_with(other, 'ne')
        if r is NotImplemented:
            return r
        return r != 0

    def __lt__(self, other):
        r = self._cmp_with(other, 'lt')
        if r is NotImplemented:
            return r
        return r is not None and r < 0

    def __le__(self, other):
        r = self._cmp_with(other, 'le')
        if r is NotImplemented:
            return r
        return r is not None and r <= 0

    def __gt__(self, other):
        r = self._cmp_with(other, 'gt')
        if r is NotImplemented:
            return r
        return r is not None and r > 0

    def __ge__(self, other):
        r = self._cmp_with(other, 'ge')
        if r is NotImplemented:
            return r
        return r is not None and r >= 0

    # -- copying and pickling -----------------------------------------------
    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __getstate__(self):
        return None

    def copy_abs(self):
        """Return a copy with the sign cleared."""
        return _new(0, self._coef, self._exp, self._kind)

    def copy_negate(self):
        """Return a copy with the sign inverted."""
        return _new(1 - self._sign, self._coef, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        """Return a copy of self with the sign of other."""
        other = _operand(other, context)
        return _new(other._sign, self._coef, self._exp, self._kind)


_TEN_INV = pow(10, 2305843009213693951 - 2, 2305843009213693951)
_NAN = _new(0, 0, 'n', _QNAN)


def _cmp_abs(a, b):
    """Compare |a| and |b| for finite nonzero a, b."""
    adj_a = a._exp + _ndigits(a._coef)
    adj_b = b._exp + _ndigits(b._coef)
    if adj_a != adj_b:
        return 1 if adj_a > adj_b else -1
    ea, eb = a._exp, b._exp
    ca, cb = a._coef, b._coef
    if ea > eb:
        ca *= _p10(ea - eb)
    elif eb > ea:
        cb *= _p10(eb - ea)
    return (ca > cb) - (ca < cb)


def _mul_exact(a, b):
    return _new(a._sign ^ b._sign, a._coef * b._coef, a._exp + b._exp)


def _operand(value, context=None, allow_float=False):
    """Convert an operand of a Decimal method (Decimal or int)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if allow_float and isinstance(value, float):
        if context is None:
            context = getcontext()
        context._raise(_C_FLOAT)
        return _from_float_exact(value)
    raise TypeError('conversion from %s to Decimal is not supported'
                    % type(value).__name__)


# ---------------------------------------------------------------------------
# Rounding a result to a context

def _overflow_result(sign, ctx, rounding, st):
    st[0] |= _C_OVERFLOW | _C_INEXACT | _C_ROUNDED
    to_inf = (rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN,
                           ROUND_UP) or
              (rounding == ROUND_CEILING and not sign) or
              (rounding == ROUND_FLOOR and sign))
    if to_inf:
        return _new(sign, 0, 'F', _INF)
    prec = ctx._precision
    return _new(sign, _p10(prec) - 1, ctx._emax_v - prec + 1)


def _finish(d, ctx, st, rounding=None):
    """Round d to the precision and exponent range of ctx.

    Condition bits are or-ed into st[0]; the rounded Decimal is returned.
    """
    kind = d._kind
    if kind != _FINITE:
        if kind >= _QNAN and d._coef:
            room = ctx._precision - ctx._clamp_v
            if _ndigits(d._coef) > room:
                coef = d._coef % _p10(room) if room > 0 else 0
                return _new(d._sign, coef, d._exp, kind)
        return d
    if rounding is None:
        rounding = ctx._round_mode
    prec = ctx._precision
    emin = ctx._emin_v
    emax = ctx._emax_v
    etiny = emin - prec + 1
    etop = emax - prec + 1
    sign = d._sign
    c = d._coef
    e = d._exp
    if c and e >= etiny and (e <= etop or not ctx._clamp_v):
        nd = _ndigits(c)
        if nd <= prec and emin <= e + nd - 1 <= emax:
            return d
    if c == 0:
        top = etop if ctx._clamp_v else emax
        if e > top:
            st[0] |= _C_CLAMPED
            return _new(sign, 0, top)
        if e < etiny:
            st[0] |= _C_CLAMPED
            return _new(sign, 0, etiny)
        return d
    nd = _ndigits(c)
    adj = e + nd - 1
    if adj > emax:
        return _overflow_result(sign, ctx, rounding, st)
    subnormal = adj < emin
    drop = nd - prec
    if e + drop < etiny:
        drop = etiny - e
    changed = False
    if drop > 0:
        c, inexact = _round_int(c, drop, sign, rounding)
        e += drop
        changed = True
        st[0] |= _C_ROUNDED
        if inexact:
            st[0] |= _C_INEXACT
        if c and _ndigits(c) > prec:
            c //= 10
            e += 1
        if c and e + _ndigits(c) - 1 > emax:
            return _overflow_result(sign, ctx, rounding, st)
        if subnormal:
            st[0] |= _C_SUBNORMAL
            if inexact:
                st[0] |= _C_UNDERFLOW
            if c == 0:
                st[0] |= _C_CLAMPED
    elif subnormal:
        st[0] |= _C_SUBNORMAL
    if ctx._clamp_v and e > etop:
        c *= _p10(e - etop)
        e = etop
        changed = True
        st[0] |= _C_CLAMPED
    if not changed:
        return d
    return _new(sign, c, e)


def _quiet(d):
    return _new(d._sign, d._coef, 'n', _QNAN)


def _nan_pick(a, b, ctx, st):
    """NaN propagation for two operands; None when neither is a NaN."""
    if a._kind == _SNAN:
        st[0] |= _C_INVALID
        return _finish(_quiet(a), ctx, st)
    if b is not None and b._kind == _SNAN:
        st[0] |= _C_INVALID
        return _finish(_quiet(b), ctx, st)
    if a._kind == _QNAN:
        return _finish(a, ctx, st)
    if b is not None and b._kind == _QNAN:
        return _finish(b, ctx, st)
    return None


def _invalid(st):
    st[0] |= _C_INVALID
    return _NAN


def _is_integral(d):
    if d._kind != _FINITE:
        return False
    if d._exp >= 0 or d._coef == 0:
        return True
    if _ndigits(d._coef) <= -d._exp:
        return False
    return d._coef % _p10(-d._exp) == 0


def _is_one(c, e):
    """True when c * 10**e equals one."""
    if e > 0:
        return False
    return _ndigits(c) == 1 - e and c == _p10(-e)


def _int_value(d):
    if d._exp >= 0:
        v = d._coef * _p10(d._exp)
    else:
        v = d._coef // _p10(-d._exp)
    return -v if d._sign else v


# ---------------------------------------------------------------------------
# Basic operations.  Each takes Decimal operands, a context and a status cell.

def _add(a, b, ctx, st, negate=False):
    sb = b._sign ^ 1 if negate else b._sign
    if a._kind or b._kind:
        r = _nan_pick(a, b, ctx, st)
        if r is not None:
            return r
        if a._kind == _INF:
            if b._kind == _INF and a._sign != sb:
                return _invalid(st)
            return a
        return _new(sb, 0, 'F', _INF)
    sa = a._sign
    ca, ea = a._coef, a._exp
    cb, eb = b._coef, b._exp
    prec = ctx._precision
    rounding = ctx._round_mode
    if ca == 0 or cb == 0:
        if ca == 0 and cb == 0:
            if sa == sb:
                sign = sa
            else:
                sign = 1 if rounding == ROUND_FLOOR else 0
            return _finish(_new(sign, 0, min(ea, eb)), ctx, st)
        if ca == 0:
            sign, c, e, other = sb, cb, eb, ea
        else:
            sign, c, e, other = sa, ca, ea, eb
        if other < e:
            nd = _ndigits(c)
            target = max(other, min(e, e + nd - prec - 1))
            if target < e:
                c *= _p10(e - target)
                e = target
        return _finish(_new(sign, c, e), ctx, st)
    # keep exponent gaps small: a far smaller operand only acts as a sticky bit
    if ea != eb:
        if ea > eb:
            hi_c, hi_e, lo_c, lo_e = ca, ea, cb, eb
        else:
            hi_c, hi_e, lo_c, lo_e = cb, eb, ca, ea
        hi_adj = hi_e + _ndigits(hi_c) - 1
        floor_e = min(hi_e, hi_adj - prec) - 3
        if lo_e + _ndigits(lo_c) - 1 < floor_e:
            if ea > eb:
                cb, eb = 1, floor_e
            else:
                ca, ea = 1, floor_e
    if ea > eb:
        ca *= _p10(ea - eb)
        e = eb
    else:
        cb *= _p10(eb - ea)
        e = ea
    va = -ca if sa else ca
    vb = -cb if sb else cb
    total = va + vb
    if total < 0:
        sign = 1
        total = -total
    elif total == 0:
        sign = 1 if rounding == ROUND_FLOOR else 0
    else:
        sign = 0
    return _finish(_new(sign, total, e), ctx, st)


def _mul(a, b, ctx, st):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        r = _nan_pick(a, b, ctx, st)
        if r is not None:
            return r
        if a._kind == _INF:
            if b._kind != _INF and b._coef == 0:
                return _invalid(st)
            return _new(sign, 0, 'F', _INF)
        if a._coef == 0:
            return _invalid(st)
        return _new(sign, 0, 'F', _INF)
    return _finish(_new(sign, a._coef * b._coef, a._exp + b._exp), ctx, st)


def _div(a, b, ctx, st):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        r = _nan_pick(a, b, ctx, st)
        if r is not None:
            return r
        if a._kind == _INF:
            if b._kind == _INF:
                return _invalid(st)
            return _new(sign, 0, 'F', _INF)
        st[0] |= _C_CLAMPED
        return _new(sign, 0, ctx.Etiny())
    if b._coef == 0:
        if a._coef == 0:
            st[0] |= _C_DIVUNDEF
            return _NAN
        st[0] |= _C_DIVZERO
        return _new(sign, 0, 'F', _INF)
    ideal = a._exp - b._exp
    if a._coef == 0:
        return _finish(_new(sign, 0, ideal), ctx, st)
    ca, cb = a._coef, b._coef
    shift = ctx._precision + 1 + _ndigits(cb) - _ndigits(ca)
    if shift < 0:
        shift = 0
    q, r = divmod(ca * _p10(shift), cb)
    e = ideal - shift
    if r:
        q = q * 10 + 1
        e -= 1
    else:
        q, e = _strip_zeros(q, e, ideal)
    return _finish(_new(sign, q, e), ctx, st)


def _divmod_parts(a, b, ctx, st, want):
    """Integer division; want is 'q', 'r' or 'qr'.  Returns (q, r)."""
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        r = _nan_pick(a, b, ctx, st)
        if r is not None:
            return r, r
        if a._kind == _INF:
            if b._kind == _INF:
                nan = _invalid(st)
                return nan, nan
            if want != 'q':
                st[0] |= _C_INVALID
            return _new(sign, 0, 'F', _INF), _NAN
        # finite / infinite
        if want == 'q':
            return _new(sign, 0, 0), None
        return _new(sign, 0, 0), _finish(a, ctx, st)
    if b._coef == 0:
        if a._coef == 0:
            st[0] |= _C_DIVUNDEF
            return _NAN, _NAN
        if want == 'r':
            st[0] |= _C_INVALID
        else:
            st[0] |= _C_DIVZERO
            if want == 'qr':
                st[0] |= _C_INVALID
        return _new(sign, 0, 'F', _INF), _NAN
    ea, eb = a._exp, b._exp
    emin_ab = ea if ea < eb else eb
    if a._coef == 0:
        if want == 'q':
            return _new(sign, 0, 0), None
        return _new(sign, 0, 0), _finish(_new(a._sign, 0, emin_ab), ctx, st)
    adj_a = ea + _ndigits(a._coef) - 1
    adj_b = eb + _ndigits(b._coef) - 1
    prec = ctx._precision
    if adj_a - adj_b > prec:
        st[0] |= _C_DIVIMP
        return _NAN, _NAN
    if adj_b > adj_a:
        if want == 'q':
            return _new(sign, 0, 0), None
        c = a._coef * _p10(ea - emin_ab)
        return _new(sign, 0, 0), _finish(_new(a._sign, c, emin_ab), ctx, st)
    if ea >= eb:
        q, r = divmod(a._coef * _p10(ea - eb), b._coef)
    else:
        q, r = divmod(a._coef, b._coef * _p10(eb - ea))
    if _ndigits(q) > prec:
        st[0] |= _C_DIVIMP
        return _NAN, _NAN
    quot = _new(sign, q, 0)
    if want == 'q':
        return quot, None
    rem = _finish(_new(a._sign, r, emin_ab), ctx, st)
    return quot, rem


def _remainder_near(a, b, ctx, st):
    if a._kind or b._kind:
        r = _nan_pick(a, b, ctx, st)
        if r is not None:
            return r
        if a._kind == _INF:
            return _invalid(st)
        return _finish(a, ctx, st)
    if b._coef == 0:
        if a._coef == 0:
            st[0] |= _C_DIVUNDEF
        else:
            st[0] |= _C_INVALID
        return _NAN
    ea, eb = a._exp, b._exp
    e = ea if ea < eb else eb
    if a._coef == 0:
        return _finish(_new(a._sign, 0, e), ctx, st)
    adj_a = ea + _ndigits(a._coef) - 1
    adj_b = eb + _ndigits(b._coef) - 1
    prec = ctx._precision
    if adj_a - adj_b > prec:
        st[0] |= _C_DIVIMP
        return _NAN
    if adj_b > adj_a + 1:
        c = a._coef * _p10(ea - e)
        return _finish(_new(a._sign, c, e), ctx, st)
    ca = a._coef * _p10(ea - e)
    cb = b._coef * _p10(eb - e)
    q, r = divmod(ca, cb)
    sign = a._sign
    twice = 2 * r
    if twice > cb or (twice == cb and q & 1):
        r = cb - r
        q += 1
        sign ^= 1
    if _ndigits(q) > prec:
        st[0] |= _C_DIVIMP
        return _NAN
    if r == 0:
        sign = a._sign
    return _finish(_new(sign, r, e), ctx, st)


def _fma(a, b, c, ctx, st):
    for x in (a, b):
        if x._kind == _SNAN:
            st[0] |= _C_INVALID
            return _finish(_quiet(x), ctx, st)
    if a._kind < _QNAN and b._kind < _QNAN and (a._kind or b._kind):
        if (a._kind == _FINITE and a._coef == 0) or \
                (b._kind == _FINITE and b._coef == 0):
            return _invalid(st)
    if c._kind == _SNAN:
        st[0] |= _C_INVALID
        return _finish(_quiet(c), ctx, st)
    for x in (a, b):
        if x._kind == _QNAN:
            return _finish(x, ctx, st)
    if a._kind or b._kind:
        zero_a = a._kind == _FINITE and a._coef == 0
        zero_b = b._kind == _FINITE and b._coef == 0
        if zero_a or zero_b:
            return _invalid(st)
        prod = _new(a._sign ^ b._sign, 0, 'F', _INF)
    else:
        prod = _mul_exact(a, b)
    if c._kind == _SNAN:
        st[0] |= _C_INVALID
        return _finish(_quiet(c), ctx, st)
    if c._kind == _QNAN:
        return _finish(c, ctx, st)
    return _add(prod, c, ctx, st)


def _plus(a, ctx, st, negate=False):
    if a._kind:
        r = _nan_pick(a, None, ctx, st)
        if r is not None:
            return r
        if negate:
            return _new(a._sign ^ 1, 0, 'F', _INF)
        return a
    sign = a._sign ^ 1 if negate else a._sign
    if a._coef == 0:
        if sign and ctx._round_mode != ROUND_FLOOR:
            sign = 0
        return _finish(_new(sign, 0, a._exp), ctx, st)
    return _finish(_new(sign, a._coef, a._exp), ctx, st)


def _compare(a, b, ctx, st, signal=False):
    if a._kind >= _QNAN or b._kind >= _QNAN:
        if signal:
            st[0] |= _C_INVALID
            if a._kind == _SNAN:
                return _quiet(a)
            if b._kind == _SNAN:
                return _quiet(b)
            return _finish(a if a._kind == _QNAN else b, ctx, st)
        return _nan_pick(a, b, ctx, st)
    return Decimal(a._compare_value(b))


def _total_key_cmp(a, b):
    """Total ordering of the abstract representation: -1, 0 or 1."""
    if a._sign != b._sign:
        return 1 if b._sign else -1
    neg = a._sign

    def rank(x):
        return (0, 1, 3, 2)[x._kind]

    ra, rb = rank(a), rank(b)
    if ra != rb:
        r = 1 if ra > rb else -1
    elif a._kind >= _QNAN:
        r = (a._coef > b._coef) - (a._coef < b._coef)
    elif a._kind == _INF:
        r = 0
    else:
        r = a._compare_value(_new(a._sign, b._coef, b._exp)) if True else 0
        if neg:
            r = -r
        if r == 0:
            r = (a._exp > b._exp) - (a._exp < b._exp)
    return -r if neg else r


def _minmax(a, b, ctx, st, want_max, by_mag):
    if a._kind >= _QNAN or b._kind >= _QNAN:
        if a._kind == _SNAN or b._kind == _SNAN:
            return _nan_pick(a, b, ctx, st)
        if a._kind == _QNAN and b._kind == _QNAN:
            return _finish(a, ctx, st)
        return _finish(b if a._kind == _QNAN else a, ctx, st)
    if by_mag:
        r = _new(0, a._coef, a._exp, a._kind)._compare_value(
            _new(0, b._coef, b._exp, b._kind))
    else:
        r = 0
    if r == 0:
        r = a._compare_value(b)
        if r == 0:
            if a._sign != b._sign:
                r = -1 if a._sign else 1
            elif a._kind == _FINITE:
                r = (a._exp > b._exp) - (a._exp < b._exp)
                if a._sign:
                    r = -r
    if not want_max:
        r = -r
    return _finish(a if r >= 0 else b, ctx, st)


def _check_rounding(rounding):
    if rounding is None:
        return None
    if not isinstance(rounding, str) or rounding not in _ALL_ROUNDINGS:
        raise TypeError(_ROUNDING_TEXT)
    return rounding


def _quantize(a, b, ctx, st, rounding=None):
    if a._kind or b._kind:
        r = _nan_pick(a, b, ctx, st)
        if r is not None:
            return r
        if a._kind == _INF and b._kind == _INF:
            return a
        return _invalid(st)
    if rounding is None:
        rounding = ctx._round_mode
    target = b._exp
    if target > ctx._emax_v or target < ctx.Etiny():
        return _invalid(st)
    c, e = a._coef, a._exp
    prec = ctx._precision
    if c == 0:
        inexact = rounded = False
    elif e >= target:
        if _ndigits(c) + e - target > prec:
            return _invalid(st)
        c *= _p10(e - target)
        inexact = False
        rounded = False
    else:
        c, inexact = _round_int(c, target - e, a._sign, rounding)
        rounded = True
    if _ndigits(c) > prec or (c and target + _ndigits(c) - 1 > ctx._emax_v):
        return _invalid(st)
    if rounded:
        st[0] |= _C_ROUNDED
        if inexact:
            st[0] |= _C_INEXACT
    if c and target + _ndigits(c) - 1 < ctx._emin_v:
        st[0] |= _C_SUBNORMAL
    if ctx._clamp_v:
        etop = ctx.Etop()
        if target > etop:
            st[0] |= _C_CLAMPED
            if c:
                c *= _p10(target - etop)
            target = etop
    return _new(a._sign, c, target)


def _to_integral(a, ctx, st, rounding, exact):
    if a._kind:
        r = _nan_pick(a, None, ctx, st)
        if r is not None:
            return r
        return a
    if a._exp >= 0:
        return a
    if rounding is None:
        rounding = ctx._round_mode
    c, inexact = _round_int(a._coef, -a._exp, a._sign, rounding)
    if exact and a._coef:
        st[0] |= _C_ROUNDED
        if inexact:
            st[0] |= _C_INEXACT
    return _new(a._sign, c, 0)


def _normalize(a, ctx, st):
    if a._kind:
        r = _nan_pick(a, None, ctx, st)
        if r is not None:
            return r
        return a
    d = _finish(a, ctx, st)
    if d._kind:
        return d
    if d._coef == 0:
        return _new(d._sign, 0, 0)
    top = ctx.Etop() if ctx._clamp_v else ctx._emax_v
    c, e = _strip_zeros(d._coef, d._exp, top)
    return _new(d._sign, c, e)


def _sqrt(a, ctx, st):
    if a._kind:
        r = _nan_pick(a, None, ctx, st)
        if r is not None:
            return r
        if a._sign:
            return _invalid(st)
        return a
    ideal = a._exp // 2
    if a._coef == 0:
        return _finish(_new(a._sign, 0, ideal), ctx, st)
    if a._sign:
        return _invalid(st)
    c, e = a._coef, a._exp
    if e & 1:
        c *= 10
        e -= 1
    prec = ctx._precision
    k = (2 * prec + 3 - _ndigits(c)) // 2
    if k < 0:
        k = 0
    big = c * _p10(2 * k)
    root = _math.isqrt(big)
    re = e // 2 - k
    if root * root == big:
        root, re = _strip_zeros(root, re, ideal)
    else:
        root = root * 10 + 1
        re -= 1
    return _finish(_new(0, root, re), ctx, st, ROUND_HALF_EVEN)


def _logb(a, ctx, st):
    if a._kind:
        r = _nan_pick(a, None, ctx, st)
        if r is not None:
            return r
        return _new(0, 0, 'F', _INF)
    if a._coef == 0:
        st[0] |= _C_DIVZERO
        return _new(1, 0, 'F', _INF)
    return _finish(Decimal(a.adjusted()), ctx, st)


def _int_arg(b, ctx, st, bound):
    """Validate an integer second operand for scaleb/shift/rotate."""
    if b._kind != _FINITE or b._exp != 0:
        return None
    v = -b._coef if b._sign else b._coef
    if bound is not None and not -bound <= v <= bound:
        return None
    return v


def _scaleb(a, b, ctx, st):
    if a._kind >= _QNAN or b._kind >= _QNAN:
        return _nan_pick(a, b, ctx, st)
    bound = 2 * (ctx._emax_v + ctx._precision)
    n = _int_arg(b, ctx, st, bound)
    if n is None:
        return _invalid(st)
    if a._kind == _INF:
        return a
    return _finish(_new(a._sign, a._coef, a._exp + n), ctx, st)


def _shift_rotate(a, b, ctx, st, rotate):
    if a._kind >= _QNAN or b._kind >= _QNAN:
        return _nan_pick(a, b, ctx, st)
    prec = ctx._precision
    n = _int_arg(b, ctx, st, prec)
    if n is None:
        return _invalid(st)
    if a._kind == _INF:
        return a
    m = _p10(prec)
    c = a._coef % m
    if rotate:
        n %= prec
        if n:
            c = (c * _p10(n)) % m + c // _p10(prec - n)
    elif n > 0:
        c = (c * _p10(n)) % m
    elif n < 0:
        c //= _p10(-n)
    return _new(a._sign, c, a._exp)


def _logic_digits(x, prec):
    if x._kind or x._sign or x._exp != 0:
        return None
    s = str(x._coef)
    if s.strip('01'):
        return None
    return int(s[-prec:], 2)


def _logical(a, b, ctx, st, op):
    prec = ctx._precision
    va = _logic_digits(a, prec)
    vb = _logic_digits(b, prec) if b is not None else 0
    if va is None or vb is None:
        return _invalid(st)
    if op == 'and':
        v = va & vb
    elif op == 'or':
        v = va | vb
    elif op == 'xor':
        v = va ^ vb
    else:
        v = va ^ ((1 << prec) - 1)
    return _new(0, int(bin(v)[2:]), 0)


def _next(a, ctx, st, up):
    if a._kind:
        r = _nan_pick(a, None, ctx, st)
        if r is not None:
            return r
        prec = ctx._precision
        if a._sign and up:
            return _new(1, _p10(prec) - 1, ctx.Etop())
        if not a._sign and not up:
            return _new(0, _p10(prec) - 1, ctx.Etop())
        return a
    work = ctx.copy()
    object.__setattr__(work, '_round_mode', ROUND_CEILING if up else ROUND_FLOOR)
    etiny = ctx.Etiny()
    tiny_e = min(a._exp, etiny) - 2
    if a._coef == 0:
        tiny_e = etiny - 2
    scratch = [0]
    return _add(a, _new(0 if up else 1, 1, tiny_e), work, scratch)


def _next_toward(a, b, ctx, st):
    if a._kind >= _QNAN or b._kind >= _QNAN:
        return _nan_pick(a, b, ctx, st)
    r = a._compare_value(b)
    if r == 0:
        return _new(b._sign, a._coef, a._exp, a._kind)
    res = _next(a, ctx, st, r < 0)
    if res._kind == _INF:
        st[0] |= _C_OVERFLOW | _C_INEXACT | _C_ROUNDED
    elif res._kind == _FINITE and \
            res._exp + _ndigits(res._coef) - 1 < ctx._emin_v:
        st[0] |= _C_UNDERFLOW | _C_SUBNORMAL | _C_INEXACT | _C_ROUNDED
        if res._coef == 0:
            st[0] |= _C_CLAMPED
    return res


# ---------------------------------------------------------------------------
# Transcendental functions.  Values are handled as integers scaled by a power
# of ten; each result is refined until its rounding is certain.

_const_cache = {}


def _atanh_inv(m, scale):
    """atanh(1/m) * scale for an integer m > 1."""
    term = scale // m
    total = term
    mm = m * m
    k = 3
    while term:
        term //= mm
        total += term // k
        k += 2
    return total


def _constant(name, digits):
    """ln2 or ln10 scaled by 10**digits (a few units of error)."""
    have = _const_cache.get(name)
    if have is not None and have[1] >= digits:
        return have[0] // _p10(have[1] - digits)
    work = digits + 10
    scale = _p10(work)
    ln2 = 2 * _atanh_inv(3, scale)
    if name == 'ln2':
        value = ln2
    else:
        value = 3 * ln2 + 2 * _atanh_inv(9, scale)
    _const_cache[name] = (value, work)
    return value // _p10(10)


def _ln_fixed(c, e, places):
    """ln(c * 10**e) * 10**places, for c > 0, error of a few units."""
    n = _ndigits(c)
    adj = e + n - 1
    guard = 10 + _ndigits(abs(adj))
    q = places + guard
    scale = _p10(q)
    if q >= n - 1:
        m = c * _p10(q - n + 1)
    else:
        m = c // _p10(n - 1 - q)
    halves = 0
    limit = scale * 3 // 2
    while m >= limit:
        m //= 2
        halves += 1
    diff = m - scale
    z = abs(diff) * scale // (m + scale)
    z2 = z * z // scale
    term = z
    total = z
    k = 3
    while term:
        term = term * z2 // scale
        total += term // k
        k += 2
    value = -2 * total if diff < 0 else 2 * total
    if halves:
        value += halves * _constant('ln2', q)
    if adj:
        value += adj * _constant('ln10', q)
    return value // _p10(guard)


def _exp_fixed(x, xplaces, digits):
    """exp(x / 10**xplaces) as (coef, exp) with about digits+1 significant
    digits and an error of a few units in the last place."""
    mag = _ndigits(abs(x)) - xplaces
    g = digits + 12 + max(0, mag)
    if g >= xplaces:
        xv = x * _p10(g - xplaces)
    else:
        xv = x // _p10(xplaces - g)
    ln10 = _constant('ln10', g)
    k = xv // ln10
    r = xv - k * ln10
    scale = _p10(g)
    halvings = 8
    r >>= halvings
    total = scale
    term = scale
    i = 1
    while term:
        term = term * r // (scale * i)
        total += term
        i += 1
    for _ in range(halvings):
        total = total * total // scale
    drop = g - digits
    return total // _p10(drop), k - digits


def _settle(sign, coef, exp, ctx, st, rounding, slack):
    """Round an approximation whose error is below `slack` units in the
    last place; None when the rounding direction is not yet certain."""
    prec = ctx._precision
    nd = _ndigits(coef)
    drop = nd - prec
    etiny = ctx._emin_v - prec + 1
    if exp + drop < etiny:
        drop = etiny - exp
    if drop <= _ndigits(slack) + 1:
        return None
    if drop > nd + 2:
        return _finish(_new(sign, coef, exp), ctx, st, rounding)
    m = _p10(drop)
    r = coef % m
    half = m // 2
    if r <= slack or r >= m - slack or abs(r - half) <= slack:
        return None
    return _finish(_new(sign, coef, exp), ctx, st, rounding)


def _snap(sign, coef, exp, ctx, st, rounding):
    """Last resort: treat the approximation as lying on the nearest
    rounding boundary (the true value is then exactly that boundary)."""
    prec = ctx._precision
    nd = _ndigits(coef)
    drop = nd - prec
    etiny = ctx._emin_v - prec + 1
    if exp + drop < etiny:
        drop = etiny - exp
    if drop > 0:
        m = _p10(drop)
        r = coef % m
        base = coef - r
        half = m // 2
        cands = (0, half, m)
        best = min(cands, key=lambda v: abs(r - v))
        coef = base + best
    res = _finish(_new(sign, coef, exp), ctx, st, rounding)
    st[0] |= _C_INEXACT | _C_ROUNDED
    if st[0] & _C_SUBNORMAL:
        st[0] |= _C_UNDERFLOW
    return res


def _ln_approx(c, e, min_sig):
    """ln(c*10**e) as (value, places) with at least min_sig significant
    digits."""
    places = min_sig + 2
    while True:
        v = _ln_fixed(c, e, places)
        nd = _ndigits(abs(v))
        if v and nd >= min_sig + 1:
            return v, places
        if v == 0:
            places += places + 10
        else:
            places += min_sig + 2 - nd


def _ln(a, ctx, st):
    if a._kind:
        r = _nan_pick(a, None, ctx, st)
        if r is not None:
            return r
        if a._sign:
            return _invalid(st)
        return a
    if a._coef == 0:
        return _new(1, 0, 'F', _INF)
    if a._sign:
        return _invalid(st)
    c, e = a._coef, a._exp
    if _is_one(c, e):
        return _finish(_new(0, 0, 0), ctx, st)
    extra = 6
    v = c1 = None
    for attempt in range(6):
        v, places = _ln_approx(c, e, ctx._precision + extra)
        sign = 1 if v < 0 else 0
        res = _settle(sign, abs(v), -places, ctx, st, ROUND_HALF_EVEN, 4)
        if res is not None:
            return res
        extra = extra * 2 + 10
    return _snap(sign, abs(v), -places, ctx, st, ROUND_HALF_EVEN)


def _log10(a, ctx, st):
    if a._kind:
        r = _nan_pick(a, None, ctx, st)
        if r is not None:
            return r
        if a._sign:
            return _invalid(st)
        return a
    if a._coef == 0:
        return _new(1, 0, 'F', _INF)
    if a._sign:
        return _invalid(st)
    c, e = _strip_zeros(a._coef, a._exp, 1 << 62)
    if c == 1:
        return _finish(Decimal(e), ctx, st, ROUND_HALF_EVEN)
    extra = 6
    for attempt in range(6):
        v, places = _ln_approx(c, e, ctx._precision + extra)
        work = places + 5
        ln10 = _constant('ln10', work)
        q = v * _p10(work) // ln10
        sign = 1 if q < 0 else 0
        res = _settle(sign, abs(q), -places, ctx, st, ROUND_HALF_EVEN, 8)
        if res is not None:
            return res
        extra = extra * 2 + 10
    return _snap(sign, abs(q), -places, ctx, st, ROUND_HALF_EVEN)


def _exp_range_check(sign, mag10, ctx, st, rounding):
    """mag10 estimates log10 of the result; return a result when it
    certainly overflows or underflows, else None."""
    if mag10 > ctx._emax_v + 2:
        return _finish(_new(sign, 1, ctx._emax_v + 5), ctx, st, rounding)
    if mag10 < ctx.Etiny() - 3:
        return _finish(_new(sign, 1, ctx.Etiny() - 5), ctx, st, rounding)
    return None


_LOG10_E = 0.4342944819032518


def _exp(a, ctx, st):
    if a._kind:
        r = _nan_pick(a, None, ctx, st)
        if r is not None:
            return r
        if a._sign:
            return _new(0, 0, 0)
        return a
    if a._coef == 0:
        return _new(0, 1, 0)
    prec = ctx._precision
    adj = a.adjusted()
    if adj < -(prec + 3):
        if a._sign:
            coef = _p10(prec + 3) - 1
        else:
            coef = _p10(prec + 3) + 1
        return _finish(_new(0, coef, -(prec + 3)), ctx, st, ROUND_HALF_EVEN)
    if adj > 20:
        mag10 = float('-inf') if a._sign else float('inf')
    else:
        mag10 = float(a) * _LOG10_E
    res = _exp_range_check(0, mag10, ctx, st, ROUND_HALF_EVEN)
    if res is not None:
        return res
    x = -a._coef if a._sign else a._coef
    xplaces = -a._exp
    if xplaces < 0:
        x *= _p10(-xplaces)
        xplaces = 0
    extra = 6
    for attempt in range(6):
        coef, ex = _exp_fixed(x, xplaces, prec + extra)
        res = _settle(0, coef, ex, ctx, st, ROUND_HALF_EVEN, 20)
        if res is not None:
            return res
        extra = extra * 2 + 10
    return _snap(0, coef, ex, ctx, st, ROUND_HALF_EVEN)


def _pow_modulo(a, b, m, ctx, st):
    r = None
    for x in (a, b, m):
        if x._kind == _SNAN:
            st[0] |= _C_INVALID
            return _finish(_quiet(x), ctx, st)
    for x in (a, b, m):
        if x._kind == _QNAN:
            return _finish(x, ctx, st)
    if not (_is_integral(a) and _is_integral(b) and _is_integral(m)):
        return _invalid(st)
    if (b._sign and b._coef) or m._coef == 0:
        return _invalid(st)
    if a._coef == 0 and b._coef == 0:
        return _invalid(st)
    mv = abs(_int_value(m))
    if _ndigits(mv) > ctx._precision:
        return _invalid(st)
    if a._exp >= 0:
        base = a._coef % mv * pow(10, a._exp, mv) % mv
    else:
        base = abs(_int_value(a)) % mv
    bv = _int_value(b)
    val = pow(base, bv, mv)
    sign = 1 if a._sign and bv & 1 else 0
    return _new(sign, val, 0)


_EXACT_DIGIT_LIMIT = 6000


def _power(a, b, ctx, st):
    if a._kind >= _QNAN or b._kind >= _QNAN:
        return _nan_pick(a, b, ctx, st)
    rounding = ctx._round_mode
    prec = ctx._precision
    y_int = _is_integral(b)
    odd = y_int and b._kind == _FINITE and _int_value(b) & 1
    if a._sign and not y_int and not (a._kind == _FINITE and a._coef == 0):
        return _invalid(st)
    sign = 1 if a._sign and odd else 0
    a_zero = a._kind == _FINITE and a._coef == 0
    # zero base
    if a_zero:
        if b._kind == _FINITE and b._coef == 0:
            return _invalid(st)
        if b._sign:
            return _new(sign, 0, 'F', _INF)
        return _new(sign, 0, 0)
    # infinite base
    if a._kind == _INF:
        if b._kind == _FINITE and b._coef == 0:
            return _new(0, 1, 0)
        if b._sign:
            return _new(sign, 0, 0)
        return _new(sign, 0, 'F', _INF)
    # infinite exponent
    if b._kind == _INF:
        if a._sign:
            return _invalid(st)
        r = _cmp_abs(a, _new(0, 1, 0))
        if r == 0:
            st[0] |= _C_INEXACT | _C_ROUNDED
            return _new(0, _p10(prec - 1), 1 - prec)
        if (r < 0) != bool(b._sign):
            return _new(0, 0, 0)
        return _new(0, 0, 'F', _INF)
    if b._coef == 0:
        return _new(0, 1, 0)
    ca, ea = a._coef, a._exp
    # x equal to one in value
    one = _is_one(ca, ea)
    if y_int:
        n = _int_value(b)
        nabs = -n if n < 0 else n
        if one:
            if n > 0:
                # exact: coefficient 10**(k*n) with exponent ea*n
                zeros = -ea * nabs
                if zeros > prec:
                    return _finish(_new(sign, _p10(prec), -prec), ctx, st)
                return _finish(_new(sign, _p10(zeros), -zeros), ctx, st)
            return _finish(_new(sign, 1, 0), ctx, st)
        cs, es = _strip_zeros(ca, ea, 1 << 62)
        est = _ndigits(cs) * nabs
        if est > _EXACT_DIGIT_LIMIT + prec and cs == 1:
            if n < 0:
                return _finish(_new(sign, 1, es * n), ctx, st)
            zeros = (es - ea) * n
            if zeros > prec:
                return _finish(_new(sign, _p10(prec), ea * n + zeros - prec),
                               ctx, st)
            return _finish(_new(sign, _p10(zeros), ea * n), ctx, st)
        if est <= _EXACT_DIGIT_LIMIT + prec:
            if n > 0:
                return _finish(_new(sign, ca ** n, ea * n), ctx, st)
            denom = _new(0, cs ** nabs, es * nabs)
            return _div(_new(sign, 1, 0), denom, ctx, st)
    elif one:
        st[0] |= _C_INEXACT | _C_ROUNDED
        return _new(0, _p10(prec - 1), 1 - prec)
    # general case: exp(y * ln|x|)
    cb, eb = b._coef, b._exp
    lv, lplaces = _ln_approx(ca, ea, 12)
    if b._sign:
        lv = -lv
    # log10 estimate of the result
    t_adj = _ndigits(abs(lv) * cb) - 1 - lplaces + eb
    if t_adj > 22:
        mag10 = float('inf') if (lv > 0) else float('-inf')
    else:
        lead = lv / _p10(lplaces) if lplaces < 300 else 0.0
        mag10 = lead * float(b.copy_abs()) * _LOG10_E
    res = _exp_range_check(sign, mag10, ctx, st, rounding)
    if res is not None:
        return res
    if t_adj < -(prec + 5):
        # the result is one plus or minus a tiny amount
        shift = prec + 4
        if lv < 0:
            coef = _p10(shift) - 1
        else:
            coef = _p10(shift) + 1
        return _finish(_new(sign, coef, -shift), ctx, st, rounding)
    extra = 8
    t_mag = max(0, t_adj + 1)
    y_mag = max(0, b.adjusted() + 1)
    coef = ex = None
    for attempt in range(5):
        places = prec + extra + t_mag + y_mag + 4
        lv = _ln_fixed(ca, ea, places)
        t = lv * cb
        tplaces = places
        if eb >= 0:
            t *= _p10(eb)
        else:
            tplaces += -eb
        if b._sign:
            t = -t
        coef, ex = _exp_fixed(t, tplaces, prec + extra)
        res = _settle(sign, coef, ex, ctx, st, rounding, 30)
        if res is not None:
            return res
        extra = extra * 2 + 10
    return _snap(sign, coef, ex, ctx, st, rounding)


# ---------------------------------------------------------------------------
# Wiring the operations into Decimal methods and operators

def _ctx_of(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError('optional argument must be a context')
    return context


def _exact_type(d):
    if type(d) is Decimal:
        return d
    return _new(d._sign, d._coef, d._exp, d._kind)


def _run_fix(result):
    if type(result) is tuple:
        return tuple(_exact_type(x) for x in result)
    return _exact_type(result)


def _run(func, ctx, *args):
    st = [0]
    result = func(*args, ctx, st)
    if st[0]:
        ctx._raise(st[0])
    if type(result) is not Decimal:
        if type(result) is tuple:
            return tuple(_exact_type(x) for x in result)
        return _exact_type(result)
    return result


def _coerce_other(other):
    """Operand of an arithmetic operator: a Decimal, or NotImplemented."""
    if isinstance(other, Decimal):
        return other
    if isinstance(other, int):
        return Decimal(other)
    if isinstance(other, float):
        getcontext()._raise(_C_FLOAT)
    return NotImplemented


def _make_binary(func):
    def method(self, other, context=None):
        ctx = _ctx_of(context)
        other = _operand(other, ctx)
        return _run(func, ctx, self, other)
    return method


def _make_unary(func):
    def method(self, context=None):
        ctx = _ctx_of(context)
        return _run(func, ctx, self)
    return method


def _make_operator(func, reflected=False):
    if reflected:
        def op(self, other):
            if type(other) is not Decimal:
                other = _coerce_other(other)
                if other is NotImplemented:
                    return other
            ctx = getcontext()
            st = [0]
            result = func(other, self, ctx, st)
            if st[0]:
                ctx._raise(st[0])
            if type(result) is Decimal:
                return result
            return _run_fix(result)
    else:
        def op(self, other):
            if type(other) is not Decimal:
                other = _coerce_other(other)
                if other is NotImplemented:
                    return other
            ctx = getcontext()
            st = [0]
            result = func(self, other, ctx, st)
            if st[0]:
                ctx._raise(st[0])
            if type(result) is Decimal:
                return result
            return _run_fix(result)
    return op


def _sub(a, b, ctx, st):
    return _add(a, b, ctx, st, True)


def _floordiv(a, b, ctx, st):
    return _divmod_parts(a, b, ctx, st, 'q')[0]


def _mod(a, b, ctx, st):
    return _divmod_parts(a, b, ctx, st, 'r')[1]


def _divmod(a, b, ctx, st):
    return _divmod_parts(a, b, ctx, st, 'qr')


def _minus(a, ctx, st):
    return _plus(a, ctx, st, True)


def _abs(a, ctx, st):
    return _plus(a, ctx, st, bool(a._sign))


def _cmp_plain(a, b, ctx, st):
    return _compare(a, b, ctx, st, False)


def _cmp_signal(a, b, ctx, st):
    return _compare(a, b, ctx, st, True)


def _max(a, b, ctx, st):
    return _minmax(a, b, ctx, st, True, False)


def _min(a, b, ctx, st):
    return _minmax(a, b, ctx, st, False, False)


def _max_mag(a, b, ctx, st):
    return _minmax(a, b, ctx, st, True, True)


def _min_mag(a, b, ctx, st):
    return _minmax(a, b, ctx, st, False, True)


def _next_plus(a, ctx, st):
    return _next(a, ctx, st, True)


def _next_minus(a, ctx, st):
    return _next(a, ctx, st, False)


def _rotate(a, b, ctx, st):
    return _shift_rotate(a, b, ctx, st, True)


def _shift(a, b, ctx, st):
    return _shift_rotate(a, b, ctx, st, False)


def _land(a, b, ctx, st):
    return _logical(a, b, ctx, st, 'and')


def _lor(a, b, ctx, st):
    return _logical(a, b, ctx, st, 'or')


def _lxor(a, b, ctx, st):
    return _logical(a, b, ctx, st, 'xor')


def _linvert(a, ctx, st):
    return _logical(a, None, ctx, st, 'invert')


def _compare_total(a, b):
    return Decimal(_total_key_cmp(a, b))


def _compare_total_mag(a, b):
    return Decimal(_total_key_cmp(a.copy_abs(), b.copy_abs()))


def _power2(a, b, ctx, st):
    return _power(a, b, ctx, st)


def _pow_op(self, other, modulo=None):
    other = _coerce_other(other)
    if other is NotImplemented:
        return other
    ctx = getcontext()
    if modulo is None:
        return _run(_power, ctx, self, other)
    modulo = _coerce_other(modulo)
    if modulo is NotImplemented:
        return modulo
    return _run(_pow_modulo, ctx, self, other, modulo)


def _rpow_op(self, other, modulo=None):
    other = _coerce_other(other)
    if other is NotImplemented:
        return other
    ctx = getcontext()
    if modulo is None:
        return _run(_power, ctx, other, self)
    modulo = _coerce_other(modulo)
    if modulo is NotImplemented:
        return modulo
    return _run(_pow_modulo, ctx, other, self, modulo)


def _dec_quantize(self, exp, rounding=None, context=None):
    """Round self to the exponent of exp."""
    ctx = _ctx_of(context)
    exp = _operand(exp, ctx)
    rounding = _check_rounding(rounding)
    st = [0]
    r = _quantize(self, exp, ctx, st, rounding)
    ctx._raise(st[0])
    return r


def _dec_to_integral_value(self, rounding=None, context=None):
    """Round to an integer without signalling Inexact or Rounded."""
    ctx = _ctx_of(context)
    rounding = _check_rounding(rounding)
    st = [0]
    r = _to_integral(self, ctx, st, rounding, False)
    ctx._raise(st[0])
    return r


def _dec_to_integral_exact(self, rounding=None, context=None):
    """Round to an integer, signalling Inexact and Rounded as needed."""
    ctx = _ctx_of(context)
    rounding = _check_rounding(rounding)
    st = [0]
    r = _to_integral(self, ctx, st, rounding, True)
    ctx._raise(st[0])
    return r


def _dec_fma(self, other, third, context=None):
    """self * other + third with a single rounding."""
    ctx = _ctx_of(context)
    other = _operand(other, ctx)
    third = _operand(third, ctx)
    return _run(_fma, ctx, self, other, third)


def _dec_compare_total(self, other, context=None):
    """Compare the abstract representations (a total order)."""
    return _compare_total(self, _operand(other))


def _dec_compare_total_mag(self, other, context=None):
    """compare_total ignoring signs."""
    return _compare_total_mag(self, _operand(other))


def _dec_same_quantum(self, other, context=None):
    """True when both operands have the same exponent."""
    other = _operand(other)
    if self._kind or other._kind:
        return (self._kind >= _QNAN and other._kind >= _QNAN) or \
            (self._kind == _INF and other._kind == _INF)
    return self._exp == other._exp


_BINARY_METHODS = {
    'compare': _cmp_plain, 'compare_signal': _cmp_signal,
    'max': _max, 'min': _min, 'max_mag': _max_mag, 'min_mag': _min_mag,
    'next_toward': _next_toward, 'remainder_near': _remainder_near,
    'rotate': _rotate, 'shift': _shift, 'scaleb': _scaleb,
    'logical_and': _land, 'logical_or': _lor, 'logical_xor': _lxor,
}
_UNARY_METHODS = {
    'exp': _exp, 'ln': _ln, 'log10': _log10, 'logb': _logb, 'sqrt': _sqrt,
    'normalize': _normalize, 'next_plus': _next_plus,
    'next_minus': _next_minus, 'logical_invert': _linvert,
}

for _name, _func in _BINARY_METHODS.items():
    setattr(Decimal, _name, _make_binary(_func))
for _name, _func in _UNARY_METHODS.items():
    setattr(Decimal, _name, _make_unary(_func))

_OPERATORS = {
    'add': _add, 'sub': _sub, 'mul': _mul, 'truediv': _div,
    'floordiv': _floordiv, 'mod': _mod, 'divmod': _divmod,
}
for _name, _func in _OPERATORS.items():
    setattr(Decimal, '__%s__' % _name, _make_operator(_func))
    setattr(Decimal, '__r%s__' % _name, _make_operator(_func, True))

Decimal.__pow__ = _pow_op
Decimal.__rpow__ = _rpow_op
Decimal.__neg__ = lambda self: _run(_minus, getcontext(), self)
Decimal.__pos__ = lambda self: _run(_plus, getcontext(), self)
Decimal.__abs__ = lambda self: _run(_abs, getcontext(), self)
Decimal.quantize = _dec_quantize
Decimal.to_integral_value = _dec_to_integral_value
Decimal.to_integral = _dec_to_integral_value
Decimal.to_integral_exact = _dec_to_integral_exact
Decimal.fma = _dec_fma
Decimal.compare_total = _dec_compare_total
Decimal.compare_total_mag = _dec_compare_total_mag
Decimal.same_quantum = _dec_same_quantum


# ---------------------------------------------------------------------------
# Context methods

def _ctx_operand(value):
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    raise TypeError('conversion from %s to Decimal is not supported'
                    % type(value).__name__)


def _ctx_binary(func):
    def method(self, a, b):
        return _run(func, self, _ctx_operand(a), _ctx_operand(b))
    return method


def _ctx_unary(func):
    def method(self, a):
        return _run(func, self, _ctx_operand(a))
    return method


_CTX_BINARY = dict(_BINARY_METHODS)
_CTX_BINARY.update({
    'add': _add, 'subtract': _sub, 'multiply': _mul, 'divide': _div,
    'divide_int': _floordiv, 'remainder': _mod, 'divmod': _divmod,
})
_CTX_UNARY = dict(_UNARY_METHODS)
_CTX_UNARY.update({'abs': _abs, 'minus': _minus, 'plus': _plus})

for _name, _func in _CTX_BINARY.items():
    setattr(Context, _name, _ctx_binary(_func))
for _name, _func in _CTX_UNARY.items():
    setattr(Context, _name, _ctx_unary(_func))
del _name, _func


def _context_methods():
    def power(self, a, b, modulo=None):
        """a ** b, or (a ** b) % modulo when modulo is given."""
        a = _ctx_operand(a)
        b = _ctx_operand(b)
        if modulo is None:
            return _run(_power, self, a, b)
        return _run(_pow_modulo, self, a, b, _ctx_operand(modulo))

    def quantize(self, a, b):
        """Round a to the exponent of b."""
        return _run(_quantize, self, _ctx_operand(a), _ctx_operand(b))

    def fma(self, a, b, c):
        """a * b + c with a single rounding."""
        return _run(_fma, self, _ctx_operand(a), _ctx_operand(b),
                    _ctx_operand(c))

    def to_integral_value(self, a):
        """Round a to an integer without signalling Inexact/Rounded."""
        st = [0]
        r = _to_integral(_ctx_operand(a), self, st, None, False)
        self._raise(st[0])
        return r

    def to_integral_exact(self, a):
        """Round a to an integer, signalling Inexact/Rounded."""
        st = [0]
        r = _to_integral(_ctx_operand(a), self, st, None, True)
        self._raise(st[0])
        return r

    def compare_total(self, a, b):
        """Total ordering comparison."""
        return _compare_total(_ctx_operand(a), _ctx_operand(b))

    def compare_total_mag(self, a, b):
        """Total ordering comparison of the absolute values."""
        return _compare_total_mag(_ctx_operand(a), _ctx_operand(b))

    def same_quantum(self, a, b):
        """True when a and b have the same exponent."""
        return _ctx_operand(a).same_quantum(_ctx_operand(b))

    def canonical(self, a):
        """Return a (which must be a Decimal)."""
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return a

    def copy_abs(self, a):
        """Copy of a with the sign cleared."""
        return _ctx_operand(a).copy_abs()

    def copy_negate(self, a):
        """Copy of a with the sign inverted."""
        return _ctx_operand(a).copy_negate()

    def copy_sign(self, a, b):
        """Copy of a with the sign of b."""
        return _ctx_operand(a).copy_sign(_ctx_operand(b))

    def copy_decimal(self, a):
        """Return a copy of a as a Decimal."""
        return Decimal(_ctx_operand(a))

    def number_class(self, a):
        """Classification string of a."""
        return _ctx_operand(a).number_class(self)

    def to_sci_string(self, a):
        """Convert a to a string using scientific notation."""
        return _ctx_operand(a)._to_text(self._caps, False)

    def to_eng_string(self, a):
        """Convert a to a string using engineering notation."""
        return _ctx_operand(a)._to_text(self._caps, True)

    def is_normal(self, a):
        """True when a is a normal number."""
        return _ctx_operand(a).is_normal(self)

    def is_subnormal(self, a):
        """True when a is subnormal."""
        return _ctx_operand(a).is_subnormal(self)

    def is_canonical(self, a):
        """Return True (a must be a Decimal)."""
        if not isinstance(a, Decimal):
            raise TypeError('argument must be a Decimal')
        return True

    def _apply(self, a):
        return self.create_decimal(a)

    return locals()


for _name, _func in _context_methods().items():
    setattr(Context, _name, _func)

Context.to_integral = Context.to_integral_value

for _name in ('is_finite', 'is_infinite', 'is_nan', 'is_qnan', 'is_snan',
              'is_signed', 'is_zero'):
    def _pred(self, a, _n=_name):
        return getattr(_ctx_operand(a), _n)()
    _pred.__name__ = _name
    setattr(Context, _name, _pred)
del _name, _func, _pred


# ---------------------------------------------------------------------------
# The predefined contexts

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999,
                         Emax=999999, capitals=1, clamp=0,
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP,
                       traps=[DivisionByZero, Overflow, InvalidOperation,
                              Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])


# ---------------------------------------------------------------------------
# __format__

def _bad_format():
    return ValueError('invalid format string')


def _parse_format_spec(spec):
    info = {'fill': None, 'align': None, 'sign': '-', 'z': False,
            'alt': False, 'zero': False, 'width': 0, 'sep': '',
            'prec': None, 'type': None}
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in '<>=^':
        info['fill'] = spec[0]
        info['align'] = spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        info['align'] = spec[0]
        i = 1
    if i < n and spec[i] in '+- ':
        info['sign'] = spec[i]
        i += 1
    if i < n and spec[i] == 'z':
        info['z'] = True
        i += 1
    if i < n and spec[i] == '#':
        info['alt'] = True
        i += 1
    if i < n and spec[i] == '0':
        info['zero'] = True
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    if i > start:
        info['width'] = int(spec[start:i])
    if i < n and spec[i] == ',':
        info['sep'] = spec[i]
        i += 1
    if i < n and spec[i] == '.':
        i += 1
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise _bad_format()
        info['prec'] = int(spec[start:i])
    if i < n:
        if i != n - 1 or spec[i] not in 'eEfFgGn%':
            raise _bad_format()
        info['type'] = spec[i]
    if info['type'] == 'n' and info['sep']:
        raise _bad_format()
    if info['zero']:
        if info['align'] is not None:
            raise _bad_format()
        if info['fill'] is None:
            info['fill'] = '0'
        if info['align'] is None:
            info['align'] = '='
            info['zero_align'] = True
    if info['fill'] is None:
        info['fill'] = ' '
    if info['align'] is None:
        info['align'] = '>'
    return info


def _group_digits(digits, sep, grouping, min_width):
    """Insert sep into the integer digits following grouping (a list of
    group sizes; 0 repeats the previous size, CHAR_MAX stops grouping),
    zero-padding on the left up to min_width characters."""
    if not sep or not grouping:
        if len(digits) < min_width:
            digits = '0' * (min_width - len(digits)) + digits
        return digits
    pieces = []
    rest = digits
    sizes = list(grouping)
    size = None
    idx = 0
    total = 0
    while True:
        if idx < len(sizes):
            g = sizes[idx]
            idx += 1
            if g == 0:
                idx = len(sizes)
            elif g >= 127 or g < 0:
                size = -1
            else:
                size = g
        if size is None or size <= 0:
            if size == -1:
                # no more grouping: everything left is one chunk
                chunk = rest
                if total + len(chunk) < min_width:
                    chunk = '0' * (min_width - total - len(chunk)) + chunk
                pieces.append(chunk)
                break
            size = len(rest) or 1
        chunk = rest[-size:] if rest else ''
        rest = rest[:-size] if rest else ''
        if len(chunk) < size and (rest or total + len(chunk) < min_width):
            need = min(size - len(chunk), max(0, min_width - total -
                                              len(chunk)))
            chunk = '0' * need + chunk
        pieces.append(chunk)
        total += len(chunk)
        if not rest and total >= min_width:
            break
        if not rest and len(chunk) < size:
            break
        total += len(sep)
        if not rest and total >= min_width:
            pieces.append('0')
            break
    return sep.join(reversed(pieces))


def _format_decimal(d, spec, conv):
    info = _parse_format_spec(spec)
    ftype = info['type']
    prec = info['prec']
    ctx = getcontext()
    if conv is None:
        if ftype == 'n':
            import locale as _locale
            conv = _locale.localeconv()
        else:
            conv = {'decimal_point': '.', 'thousands_sep': info['sep'],
                    'grouping': [3] if info['sep'] else []}
    elif not isinstance(conv, dict):
        raise TypeError('optional argument must be a dict')
    point = conv.get('decimal_point', '.')
    sep = conv.get('thousands_sep', '')
    grouping = conv.get('grouping', [])
    if isinstance(grouping, str):
        grouping = [ord(ch) for ch in grouping]
    sign = d._sign
    if d._kind != _FINITE:
        if d._kind == _INF:
            body = 'Infinity'
        else:
            body = ('NaN' if d._kind == _QNAN else 'sNaN') + \
                (str(d._coef) if d._coef else '')
        if ftype == '%':
            body += '%'
        fill = info['fill']
        if info['zero'] and fill == '0':
            fill = ' '
            if info.get('zero_align'):
                info['align'] = '>'
        return _pad(_sign_text(sign, info), body, info, fill)
    c, e = d._coef, d._exp
    rounding = ctx._round_mode
    if ftype == '%':
        e += 2
    if prec is not None:
        if ftype in ('e', 'E'):
            want = prec + 1
            if c:
                nd = _ndigits(c)
                if nd > want:
                    c, _ = _round_int(c, nd - want, sign, rounding)
                    e += nd - want
                    if _ndigits(c) > want:
                        c //= 10
                        e += 1
                elif nd < want:
                    c *= _p10(want - nd)
                    e -= want - nd
        elif ftype in ('f', 'F', '%'):
            target = -prec
            if e < target:
                c, _ = _round_int(c, target - e, sign, rounding)
                e = target
            elif e > target:
                c *= _p10(e - target)
                e = target
        else:
            want = prec if prec > 0 else 1
            if c:
                nd = _ndigits(c)
                if nd > want:
                    c, _ = _round_int(c, nd - want, sign, rounding)
                    e += nd - want
                    if _ndigits(c) > want:
                        c //= 10
                        e += 1
    elif ftype in ('f', 'F', '%') and e > 0:
        c *= _p10(e)
        e = 0
    if c == 0 and ftype in ('e', 'E') and prec is not None:
        digits = '0' * (prec + 1)
    else:
        digits = str(c)
    left = e + len(digits)
    if ftype in ('e', 'E'):
        dot = 1
    elif ftype in ('f', 'F', '%'):
        dot = left
    else:
        if e <= 0 and left > -6:
            dot = left
        else:
            dot = 1
    if c == 0 and ftype in ('e', 'E') and prec is None:
        dot = 1
    if dot <= 0:
        intpart = '0'
        frac = '0' * (-dot) + digits
    elif dot >= len(digits):
        intpart = digits + '0' * (dot - len(digits))
        frac = ''
    else:
        intpart = digits[:dot]
        frac = digits[dot:]
    shown = left - dot
    tail = ''
    if ftype in ('e', 'E') or (ftype not in ('f', 'F', '%') and shown):
        if ftype is None:
            letter = 'E' if ctx._caps else 'e'
        elif ftype in ('E', 'G'):
            letter = 'E'
        else:
            letter = 'e'
        tail = '%s%+d' % (letter, shown)
    if ftype == '%':
        tail += '%'
    if frac or info['alt']:
        frac = point + frac
    if info['z'] and (d._coef if ftype == 'F' else c) == 0:
        sign = 0
    sign_text = _sign_text(sign, info)
    if info['zero'] and info['align'] == '=' and info['fill'] == '0':
        room = info['width'] - len(sign_text) - len(frac) - len(tail)
    else:
        room = 0
    intpart = _group_digits(intpart, sep, grouping, room)
    return _pad(sign_text, intpart + frac + tail, info, info['fill'])


def _sign_text(sign, info):
    if sign:
        return '-'
    if info['sign'] == '+':
        return '+'
    if info['sign'] == ' ':
        return ' '
    return ''


def _pad(sign_text, body, info, fill):
    width = info['width']
    size = len(sign_text) + len(body)
    if size >= width:
        return sign_text + body
    gap = width - size
    align = info['align']
    if align == '<':
        return sign_text + body + fill * gap
    if align == '^':
        left = gap // 2
        return fill * left + sign_text + body + fill * (gap - left)
    if align == '=':
        return sign_text + fill * gap + body
    return fill * gap + sign_text + body


def _dec_format(self, specifier, override=None, _localeconv=None):
    if not isinstance(specifier, str):
        raise TypeError('format arg must be str')
    if _localeconv is None:
        _localeconv = override
    return _format_decimal(self, specifier, _localeconv)


Decimal.__format__ = _dec_format


_numbers.Number.register(Decimal)

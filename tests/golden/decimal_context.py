# decimal contexts, signals, traps and flags
import decimal
from decimal import (Decimal, Context, getcontext, setcontext, localcontext,
                     BasicContext, ExtendedContext, DefaultContext,
                     ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR,
                     ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,
                     ROUND_05UP, Inexact, Rounded, InvalidOperation,
                     DivisionByZero, Overflow, Underflow, Subnormal, Clamped,
                     FloatOperation, ConversionSyntax, DivisionImpossible,
                     DivisionUndefined, InvalidContext, DecimalException)


def show(f):
    try:
        r = f()
    except Exception as e:
        print('  ', type(e).__name__, e)
    else:
        print('  ', repr(r))


def raised(ctx):
    return [s.__name__ for s in (InvalidOperation, FloatOperation,
                                 DivisionByZero, Overflow, Underflow,
                                 Subnormal, Inexact, Rounded, Clamped)
            if ctx.flags[s]]


print('-- hierarchy')
for cls in [DecimalException, Clamped, InvalidOperation, ConversionSyntax,
            DivisionByZero, DivisionImpossible, DivisionUndefined, Inexact,
            InvalidContext, Rounded, Subnormal, Overflow, Underflow,
            FloatOperation]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:-2]])
print(issubclass(decimal.DivisionByZero, ZeroDivisionError),
      issubclass(FloatOperation, TypeError))

print('-- standard contexts')
print(getcontext())
print(BasicContext)
print(ExtendedContext)
print(DefaultContext.prec, DefaultContext.rounding)
print(decimal.MAX_PREC, decimal.MAX_EMAX, decimal.MIN_EMIN, decimal.MIN_ETINY)
c = Context(prec=5, rounding=ROUND_DOWN, Emin=-10, Emax=10, capitals=0,
            clamp=1, flags=[Inexact], traps=[Overflow])
print(c)
print(c.Etiny(), c.Etop(), c.radix())
d = c.copy()
d.flags[Rounded] = True
print(c.flags[Rounded], d.flags[Rounded])
c.clear_flags()
c.clear_traps()
print(c)

print('-- validation')
show(lambda: Context(prec=0))
show(lambda: Context(rounding='ROUND_SIDEWAYS'))
show(lambda: Context(Emin=5))
show(lambda: Context(Emax=-5))
show(lambda: Context(capitals=3))
show(lambda: Context(clamp=-1))
show(lambda: Context(flags=(0, 1)))
show(lambda: setattr(Context(), 'prec', 'x'))
show(lambda: setattr(Context(), 'emax', 3))
show(lambda: delattr(Context(), 'prec'))
show(lambda: setattr(Context(), 'traps', [Inexact]))
show(lambda: Context().flags.__setitem__('x', 1))

print('-- rounding modes')
modes = [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP,
         ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]
for v in ['2.5', '-2.5', '3.5', '2.51', '-2.49', '10.5', '0.05', '1.05']:
    out = []
    for m in modes:
        ctx = Context(prec=2, rounding=m)
        out.append(str(ctx.plus(Decimal(v))))
    print(v, out)
for m in modes:
    print(m, Decimal('7.345').quantize(Decimal('0.01'), rounding=m),
          Decimal('-7.345').quantize(Decimal('0.01'), rounding=m))

print('-- flags and traps')
ctx = Context(prec=6, traps=[])
print(ctx.divide(1, 3), raised(ctx))
ctx.clear_flags()
print(ctx.divide(1, 0), raised(ctx))
ctx.clear_flags()
print(ctx.divide(0, 0), raised(ctx))
ctx.clear_flags()
print(ctx.multiply(Decimal('9e999999'), 10), raised(ctx))
ctx.clear_flags()
print(ctx.multiply(Decimal('1e-999999'), Decimal('1e-5')), raised(ctx))
ctx.clear_flags()
print(ctx.create_decimal('1.23456789'), raised(ctx))
ctx.clear_flags()
print(ctx.create_decimal(' 12'), raised(ctx))
ctx.clear_flags()
print(ctx.divide_int(Decimal('1e10'), Decimal('0.001')), raised(ctx))

print('-- traps raise')
ctx = Context()
show(lambda: ctx.divide(1, 0))
show(lambda: ctx.divide(0, 0))
show(lambda: ctx.sqrt(-1))
show(lambda: Decimal('x1'))
ctx.traps[Inexact] = True
show(lambda: ctx.divide(1, 3))
ctx.traps[Rounded] = True
show(lambda: ctx.multiply(Decimal('9e999999'), 10))
print(raised(ctx))
try:
    ctx.divide(1, 0)
except ZeroDivisionError as e:
    print('caught as ZeroDivisionError', type(e).__name__)
try:
    ctx.divide(0, 0)
except InvalidOperation as e:
    print('caught undefined', type(e).__name__, e.args)

print('-- float operation')
ctx = getcontext()
ctx.clear_flags()
print(Decimal(0.5), raised(ctx))
ctx.clear_flags()
print(Decimal(1) < 1.5, raised(ctx))
ctx.traps[FloatOperation] = True
show(lambda: Decimal(0.5))
show(lambda: Decimal(1) < 1.5)
print(Decimal(1) == 1.0)
print(Decimal.from_float(0.5), ctx.create_decimal_from_float(0.1))
ctx.traps[FloatOperation] = False
ctx.clear_flags()

print('-- localcontext')
with localcontext() as lc:
    lc.prec = 4
    print(Decimal(1) / 7, getcontext().prec)
print(Decimal(1) / 7, getcontext().prec)
with localcontext(prec=3, rounding=ROUND_UP) as lc:
    print(Decimal(2) / 3, lc.rounding)
with localcontext(ExtendedContext) as lc:
    print(Decimal(1) / 0, raised(lc))
show(lambda: localcontext(prec=0))
show(lambda: localcontext(bogus=1))
show(lambda: localcontext(42))
old = getcontext()
setcontext(Context(prec=3))
print(Decimal(10) / 3)
setcontext(old)
print(Decimal(10) / 3)
show(lambda: setcontext('x'))

print('-- context methods')
c = Context(prec=9)
print(c.add(1, 2), c.subtract('1.5' and Decimal('1.5'), 3), c.multiply(4, 5))
print(c.abs(-3), c.minus(3), c.plus(Decimal('-0')), c.power(2, 10),
      c.power(3, 4, 5), c.remainder(10, 3), c.remainder_near(10, 6))
print(c.divmod(17, 5), c.fma(2, 3, 4), c.compare(1, 2), c.max(1, 2),
      c.min_mag(-1, 2), c.same_quantum(Decimal('1.0'), Decimal('2.0')))
print(c.to_sci_string(Decimal('1E+3')), c.to_eng_string(Decimal('1E+4')),
      c.number_class(Decimal('-0')), c.is_signed(-1), c.is_zero(0),
      c.copy_sign(1, -2), c.canonical(Decimal(2)), c.logb(1000),
      c.scaleb(1, 3), c.normalize(Decimal('1.200')))
show(lambda: c.add(1, 2.5))
show(lambda: c.add(1, '2'))

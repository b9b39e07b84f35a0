# decimal arithmetic: operators, rounding, transcendental functions
import math
from decimal import (Decimal, Context, getcontext, localcontext,
                     ROUND_HALF_UP, ROUND_DOWN, ROUND_UP, ROUND_FLOOR,
                     ROUND_CEILING, Inexact, InvalidOperation)

D = Decimal


def show(f):
    try:
        r = f()
    except Exception as e:
        print('  ', type(e).__name__, e)
    else:
        print('  ', repr(r))


print('-- operators')
a, b = D('12.345'), D('-0.6')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(a + 1, 1 + a, 2 - a, a * 3, 3 / a, 7 // D(2), -7 // D(2), D(-7) % 2,
      7 % D(-2), divmod(-7, D(2)))
print(-a, +a, abs(b), -D('0'), +D('-0'), abs(D('-0.00')))
print(D(1) / 3, D(2) / 3, D(10) / 4, D('1.00') / D('0.5'), D(100) / D('1E+2'))
print(D('0.1') + D('0.2'), D('1.1') * D('1.1'), D('1E+2') + D('1'),
      D('1e-30') + 1)
print(D('1.30') + D('1.20'), D('5.0') * D('2.00'), D('12') / D('0.20'))
print(D('Inf') + 1, D('-Inf') * -2, 1 / D('Inf'), D('NaN') + 1)
show(lambda: D('Inf') - D('Inf'))
show(lambda: D(1) / 0)
show(lambda: D(0) / 0)
show(lambda: D(5) % 0)
show(lambda: D('1e30') // D('1e-30'))
for other in ['x', 1.5]:
    try:
        a + other
    except TypeError as e:
        print('   TypeError', type(other).__name__)

print('-- power')
print(D(2) ** 10, D(2) ** -2, D('1.5') ** 3, D(-2) ** 3, D(10) ** -3,
      D('0.0') ** 2, D(0) ** 0 if False else '', D(4) ** D('0.5'),
      D(2) ** D('0.5'), D('2.0') ** 3, D(7) ** D('-1.5'))
print(pow(D(3), 4, 7), pow(D(-3), 3, 7), pow(D(2), 100, 97))
print(D('1.0001') ** 10000, D(9) ** D('0.5'), D(10) ** D('-2.5'))
show(lambda: D(0) ** 0)
show(lambda: D(0) ** -1)
show(lambda: D(-8) ** D('0.5'))
show(lambda: D('9e999999') ** 2)
show(lambda: pow(D(3), D('1.5'), 7))

print('-- sqrt exp ln log10')
for v in ['2', '4', '0.25', '100', '1E+10', '1.44', '0', '-0', '12345.678',
          '0.0001', 'Inf']:
    x = D(v)
    print(v, x.sqrt())
for v in ['0', '1', '-1', '2.5', '100', '-100', '0.001', '1E-30', 'Inf',
          '-Inf']:
    print(v, D(v).exp())
for v in ['1', '2', '10', '0.5', '1E+100', '1.000001', '123.456', 'Inf',
          '0']:
    print(v, D(v).ln(), D(v).log10())
show(lambda: D(-1).sqrt())
show(lambda: D(-1).ln())
show(lambda: D(-1).log10())
with localcontext(prec=50):
    print(D(2).sqrt())
    print(D(1).exp())
    print(D(10).ln())
    print(D(2).log10())
    print(D(2) ** D('0.333'))

print('-- quantize and rounding')
for v in ['1.2345', '-1.2355', '2.675', '123', '0.0005', '-0']:
    print(v, D(v).quantize(D('0.01')), D(v).quantize(D('1e1')),
          D(v).quantize(D('0.001'), rounding=ROUND_UP),
          D(v).to_integral_value(), D(v).to_integral_exact(ROUND_FLOOR))
show(lambda: D('123.456').quantize(D('1e-30')))
print(round(D('2.675'), 2), round(D('0.5')), round(D('1.5')),
      round(D('-2.5')), round(D('12345'), -2), round(D('1.05'), 1))
print(math.floor(D('-1.5')), math.ceil(D('-1.5')), math.trunc(D('-1.5')))
print(D('1.2300').normalize(), D('0.00').normalize(), D('120E+3').normalize(),
      D('-1E+2').normalize())

print('-- other operations')
x, y = D('12.5'), D('-3')
print(x.compare(y), y.compare(x), x.compare(D('12.50')),
      D('NaN').compare(1))
print(x.compare_total(D('12.50')), D('-0').compare_total(D('0')),
      D('NaN').compare_total(D('sNaN')), x.compare_total_mag(y))
print(x.max(y), x.min(y), x.max_mag(D(-13)), x.min_mag(D(-13)),
      D('NaN').max(3), D(1).max(D('1.0')))
print(x.next_plus(), x.next_minus(), x.next_toward(20), D(0).next_minus())
print(x.remainder_near(5), D(10).remainder_near(6), D(11).remainder_near(6))
print(x.fma(2, 1), D(2).fma(3, D('-0.5')))
print(D(1234).rotate(2), D(1234).rotate(-2), D(1234).shift(3),
      D(1234).shift(-2), D(5).scaleb(3), D('5.2').scaleb(-2))
print(D(1010).logical_and(D(1100)), D(1010).logical_or(D(1100)),
      D(1010).logical_xor(D(1100)), D(1010).logical_invert())
print(x.logb(), D('0.001').logb(), D(1).same_quantum(D('1.0')),
      x.adjusted(), D('1E+5').adjusted())
show(lambda: D(12).logical_and(D(1)))
show(lambda: D(12).rotate(D('1.5')))
ctx = Context(prec=28, traps=[])
print(ctx.logb(0), ctx.remainder(D('Inf'), 1), ctx.quantize(D(1), D('Inf')))

print('-- mixed precision')
with localcontext() as lc:
    lc.prec = 5
    print(D('1.23456789') + 0, D('123456789') * 1, D(1) / 7, D(2) ** 100)
    lc.rounding = ROUND_DOWN
    print(D(2) / 3, D('-2') / 3, D('9.99999') + 0)
    lc.Emax = 10
    lc.Emin = -10
    print(D('1e-13') / 3, D('99999e6') * 10 if False else '', D('1e-14') + 0)
    lc.traps[InvalidOperation] = False
    print(D('Inf') * 0, D(0) / 0, D(-1).sqrt())

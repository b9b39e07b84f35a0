# Decimal construction, conversion, printing, comparison and formatting
from decimal import Decimal, getcontext, InvalidOperation, FloatOperation
import math


def show(f):
    try:
        r = f()
    except Exception as e:
        print('  ', type(e).__name__, e)
    else:
        print('  ', repr(r))


print('-- construction from strings')
for s in ['0', '-0', '1.50', '  12.5e-3 ', '1_000_000', '1e+5', '.5', '5.',
          '-1.23E-10', 'NaN', '-nan42', 'sNaN', 'sNaN007', 'Inf', '-Infinity',
          '1E999999999', '\uff11\uff12', '0.000000', '123456789012345678901234567890']:
    d = Decimal(s)
    print(repr(s), repr(d), str(d), d.to_eng_string())
for bad in ['', ' ', 'abc', '1e', '1.2.3', '++1', 'in f', 'nan1x']:
    show(lambda: Decimal(bad))

print('-- other sources')
for v in [0, -17, 2 ** 70, 0.1, -0.0, 1.5, float('inf'), float('nan'),
          (0, (1, 2, 3), -2), (1, (0,), 5), (0, (), 'n'), (1, (4, 2), 'N'),
          (0, (0,), 'F'), Decimal('7.25')]:
    print(repr(v), '->', repr(Decimal(v)))
for bad in [[1], (1, 2), (2, (1,), 0), (0, (1, 10), 0), (0, (1,), 1.5),
            (0, (1,), 'x'), b'12', None]:
    show(lambda: Decimal(bad))
print(Decimal.from_float(0.25), Decimal.from_float(7))

print('-- sci and eng strings')
for s in ['123E+1', '1E-7', '12E-8', '0E+1', '0E-7', '0E-8', '-0E+5',
          '1.23E-10', '0.00000001', '123.456E+7', '1E+0']:
    d = Decimal(s)
    print(s, str(d), d.to_eng_string())

print('-- tuples and ratios')
for s in ['3.14', '-0.00', '1E+3', 'NaN12', '-sNaN', 'Infinity']:
    d = Decimal(s)
    print(s, d.as_tuple(), d.adjusted())
for s in ['3.14', '-2.5', '1E+3', '0', '0.125']:
    print(s, Decimal(s).as_integer_ratio())
show(lambda: Decimal('Inf').as_integer_ratio())
show(lambda: Decimal('NaN').as_integer_ratio())
t = Decimal('-1.5').as_tuple()
print(t.sign, t.digits, t.exponent)

print('-- numeric conversions')
for s in ['3.7', '-3.7', '2.5', '-2.5', '1E+3', '0.999']:
    d = Decimal(s)
    print(s, int(d), float(d), round(d), math.floor(d), math.ceil(d),
          math.trunc(d), round(d, 1), bool(d))
print(bool(Decimal('0.00')), bool(Decimal('NaN')), complex(Decimal('1.5')))
show(lambda: int(Decimal('NaN')))
show(lambda: int(Decimal('-Inf')))
show(lambda: float(Decimal('sNaN')))
show(lambda: round(Decimal('Inf')))
print(float(Decimal('-NaN')), float(Decimal('1e400')))

print('-- comparisons and hashing')
a, b = Decimal('1.0'), Decimal('1.00')
print(a == b, a < Decimal('1.01'), a == 1, 2 > a, a != 1.0, a == 1.0)
print(Decimal('0.1') == 0.1, Decimal('0.5') == 0.5, Decimal('0.5') < 0.75)
print(Decimal(3) == complex(3, 0), Decimal(3) == complex(3, 1))
print(Decimal('NaN') == Decimal('NaN'), Decimal('NaN') != 1)
print(sorted([Decimal('2.5'), 1, Decimal('-1'), 0.5]))
print(max(Decimal('1'), Decimal('1.0')), min(3, Decimal('2.9')))
for v in ['1', '1.00', '-7', '0.5', '1E+30', '-0', '123.456', 'Inf', '-Inf']:
    d = Decimal(v)
    print(v, hash(d))
print(hash(Decimal('0.5')) == hash(0.5), hash(Decimal(10**30)) == hash(10**30))
print(hash(Decimal('-1')), hash(-1))
show(lambda: hash(Decimal('sNaN')))
show(lambda: Decimal('NaN') < 1)
try:
    Decimal(1) < 'x'
except TypeError:
    print('   TypeError')
print(len({Decimal('1.0'), Decimal(1), Decimal('1.000')}))

print('-- predicates and copies')
ctx = getcontext()
for s in ['0', '-0.0', '1.5', '-Inf', 'NaN', 'sNaN', '1E-999999', '1E-1000010']:
    d = Decimal(s)
    print(s, d.is_zero(), d.is_signed(), d.is_finite(), d.is_infinite(),
          d.is_nan(), d.is_qnan(), d.is_snan(), d.is_normal(),
          d.is_subnormal(), d.is_canonical(), d.number_class())
d = Decimal('-3.50')
print(d.copy_abs(), d.copy_negate(), Decimal(2).copy_sign(d), d.canonical(),
      d.radix(), d.real, d.imag, d.conjugate())

print('-- format')
values = ['0', '-0', '1234567.891', '0.000012345', '1E+5', '-12.5', '99.995',
          'NaN', '-Infinity']
specs = ['', '.3', 'e', '.2e', 'E', 'f', '.2f', 'g', '.3g', 'G', '%', '.1%',
         'n', '>12', '<12', '^12', '*^14.2f', ',', ',.2f', '015,.2f', '+',
         ' .1f', 'z.1f', '=+12', '012', '_f']
for v in values:
    out = []
    for spec in specs:
        try:
            out.append(format(Decimal(v), spec))
        except ValueError as e:
            out.append('ValueError')
    print(v, out)
print('{:.5}|{:>10.2f}|{:e}'.format(Decimal('3.14159265'), Decimal('2.5'),
                                     Decimal('0.00123')))
print(f"{Decimal('1234.5678'):,.2f}")
show(lambda: format(Decimal(1), 'x'))
show(lambda: format(Decimal(1), '.f'))

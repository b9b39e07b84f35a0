# complex: literals, construction, parts, repr/str, equality, hashing, errors.


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as exc:
        print(label, '->', type(exc).__name__, exc)
    else:
        print(label, '->', repr(result))


print('literals')
for z in [1j, 2J, 1.5j, .5j, 5.j, 1e3j, 1E-3j, 0j, 00j, 09j, 1_000j, 1e400j, 0.1j]:
    print(' ', repr(z), type(z).__name__)
print(' ', -1j, -0j, -(0j), 1 - 1j, 2 * -1j, 3 + 0j)

print('repr and str of special parts')
inf, nan = float('inf'), float('nan')
parts = [0.0, -0.0, 1.0, -2.5, 1e16, 1e-5, 123456789012345678.0, inf, -inf, nan]
for re_ in parts:
    print(' ', ' '.join(repr(complex(re_, im)) for im in parts))
print(' ', str(1 + 2j), str(-0j), str(complex(-0.0, 0.0)), f'{3j}', f'{-1.25-1j!r}')

print('construction')
attempt('complex()', lambda: complex())
attempt('complex(5)', lambda: complex(5))
attempt('complex(2.5, -1)', lambda: complex(2.5, -1))
attempt('complex(True, False)', lambda: complex(True, False))
attempt('complex(1j, 1j)', lambda: complex(1j, 1j))
attempt('complex(1+2j, 3+4j)', lambda: complex(1 + 2j, 3 + 4j))
attempt('complex(0.0, 3.14j)', lambda: complex(0.0, 3.14j))
attempt('complex(1, -0.0)', lambda: complex(1, -0.0))
attempt('complex(-0.0, 1)', lambda: complex(-0.0, 1))
attempt('complex(real=17, imag=23)', lambda: complex(real=17, imag=23))
attempt('complex(imag=2)', lambda: complex(imag=2))
attempt('complex(real=1+2j, imag=3)', lambda: complex(real=1 + 2j, imag=3))
attempt('complex(10**20, 10**20)', lambda: complex(10**20, 10**20))
attempt('complex(10**400)', lambda: complex(10**400))
attempt('complex(1, 10**400)', lambda: complex(1, 10**400))
attempt('complex(1, 2, 3)', lambda: complex(1, 2, 3))
attempt('complex(x=1)', lambda: complex(x=1))
attempt('complex(1, real=2)', lambda: complex(1, real=2))
attempt('complex(None)', lambda: complex(None))
attempt('complex([])', lambda: complex([]))
attempt('complex(b"1")', lambda: complex(b'1'))
attempt('complex(1, None)', lambda: complex(1, None))
attempt('complex(1, {})', lambda: complex(1, {}))
attempt('complex("1", 2)', lambda: complex('1', 2))
attempt('complex(1, "2")', lambda: complex(1, '2'))
z = 3.25 + 1j
print('complex(z) is z:', complex(z) is z)


class WithComplex:
    def __init__(self, value):
        self.value = value

    def __complex__(self):
        return self.value


class WithFloat:
    def __init__(self, value):
        self.value = value

    def __float__(self):
        return self.value


class WithIndex:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value


class Both:
    def __complex__(self):
        return 7j

    def __float__(self):
        return 1.0


class FloatAndIndex:
    def __float__(self):
        return 4.0

    def __index__(self):
        return 5


class OnlyInt:
    def __int__(self):
        return 42


class Raising:
    def __complex__(self):
        raise KeyError('from __complex__')


attempt('__complex__', lambda: complex(WithComplex(1 + 10j)))
attempt('__complex__ -> float', lambda: complex(WithComplex(1.5)))
attempt('__complex__ -> None', lambda: complex(WithComplex(None)))
attempt('__complex__ raises', lambda: complex(Raising()))
attempt('__complex__ plus imag', lambda: complex(WithComplex(2j), 1))
attempt('__complex__ as imag', lambda: complex(1, WithComplex(2j)))
attempt('__float__', lambda: complex(WithFloat(42.0)))
attempt('__float__ both parts', lambda: complex(real=WithFloat(17.0), imag=WithFloat(23.0)))
attempt('__float__ -> int', lambda: complex(WithFloat(1)))
attempt('__index__', lambda: complex(WithIndex(42)))
attempt('__index__ as imag', lambda: complex(123, WithIndex(42)))
attempt('__index__ huge', lambda: complex(WithIndex(2**2000)))
attempt('__index__ -> str', lambda: complex(WithIndex('x')))
attempt('__complex__ first', lambda: complex(Both()))
attempt('__float__ before __index__', lambda: complex(FloatAndIndex()))
attempt('only __int__', lambda: complex(OnlyInt()))
attempt('only __int__ imag', lambda: complex(123, OnlyInt()))

print('parts and methods')
z = complex(3, -4)
print(' ', z.real, z.imag, type(z.real).__name__, z.conjugate(), z.__getnewargs__(), z.__complex__())
print(' ', (1j).real, (1j).imag, abs(z), abs(-0j), bool(0j), bool(-0j), bool(1e-300j), bool(complex(nan, 0)))
attempt('set .real', lambda: setattr(z, 'real', 1))
attempt('missing attr', lambda: z.modulus)
attempt('conjugate(1)', lambda: complex.conjugate(1))
attempt('conjugate extra', lambda: z.conjugate(2))
print(' ', isinstance(1j, complex), isinstance(1j, (int, float)), type(1j), complex.__name__, type(1j)(2))

print('conversions')
attempt('int(5+3j)', lambda: int(5 + 3j))
attempt('float(5+3j)', lambda: float(5 + 3j))
attempt('round(1j)', lambda: round(1j))
attempt('range(1j)', lambda: range(1j))
attempt('[1, 2][1j]', lambda: [1, 2][int(abs(1j))] and [1, 2][complex(1, 0)])
attempt('"ab" * 1j', lambda: 'ab' * 1j)

print('equality')
cases = [(1 + 0j, 1), (1 + 0j, True), (1 + 0j, 1.0), (1.5 + 0j, 1.5), (1 + 1j, 1), (1j, 1j),
         (complex(2**53 + 1, 0), 2**53 + 1), (complex(2**53, 0), 2**53), (1 + 1j, 1 << 10000),
         (complex(nan, 0), nan), (1j, 'x'), (1j, None), (0j, -0j), (2.0**80 + 0j, 2**80)]
for a, b in cases:
    print(' ', repr(a), repr(b), a == b, a != b, b == a, b != a)
for i in range(1, 6):
    f = i / 10
    print(' ', f + 0j == f, complex(f, f) == f)

print('ordering is not defined')
attempt('1j < 2j', lambda: 1j < 2j)
attempt('1j <= 2', lambda: 1j <= 2)
attempt('1 > 1j', lambda: 1 > 1j)
attempt('2.0 >= 1j', lambda: 2.0 >= 1j)
attempt('max', lambda: max(1j, 2j))
attempt('min', lambda: min([1j, 2j]))
attempt('sorted', lambda: sorted([2j, 1j]))
attempt('sorted by abs', lambda: sorted([3j, 1 + 1j, -2, 0.5], key=abs))

print('hashing')
values = [0j, -0j, 1j, -1j, 1 + 0j, -1 + 0j, 1.5 + 0j, 3 + 4j, -3 - 4j, complex(2**61, 2**61),
          complex(inf, 0), complex(0, inf), complex(-inf, inf), complex(1e300, -1e-300)]
for z in values:
    print(' ', repr(z), hash(z))
print(' ', hash(1.5 + 0j) == hash(1.5), hash(2 + 0j) == hash(2), hash(complex(2**70, 0)) == hash(2**70))
d = {1: 'int', 2.5: 'float', 'k': 'str'}
d[1 + 0j] = 'complex one'
d[2.5 + 0j] = 'complex two and a half'
d[3j] = 'imaginary'
print(' ', d)
print(' ', {1j, complex(0, 1), 2j, 0j, 0, 0.0} == {1j, 2j, 0}, 1j in {1j}, 0j in {0: 1}, {0.5: 'x'}[0.5 + 0j])

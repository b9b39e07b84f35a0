# complex arithmetic: mixed with bool/int/big int/float, division, powers,
# unary operators, abs, the special methods, and the errors of each.

import operator


def attempt(label, thunk):
    try:
        result = thunk()
    except Exception as exc:
        print(label, '->', type(exc).__name__, exc)
    else:
        if isinstance(result, complex):
            print(label, '->', repr(result), (result.real, result.imag))
        else:
            print(label, '->', repr(result))


inf, nan = float('inf'), float('nan')
operands = [2 + 3j, -1.5 - 0.5j, 1j, 0j, -0j, 3, -2, True, 0.25, -0.0, 10**20, complex(1e300, 1e-300)]
ops = [('+', operator.add), ('-', operator.sub), ('*', operator.mul), ('/', operator.truediv)]
print('binary operators')
for a in operands:
    for b in operands:
        if not (isinstance(a, complex) or isinstance(b, complex)):
            continue
        for sym, fn in ops:
            attempt(f'{a!r} {sym} {b!r}', lambda: fn(a, b))

print('infinities and nans')
for a in [complex(inf, 0), complex(0, inf), complex(nan, 1), inf, nan]:
    for b in [1j, 1 + 1j, complex(inf, inf), complex(1, nan), 2.0]:
        if isinstance(a, complex) or isinstance(b, complex):
            attempt(f'{a!r} * {b!r}', lambda: a * b)
            attempt(f'{a!r} / {b!r}', lambda: a / b)

print('division by zero')
for a, b in [(1j, 0), (1, 0j), (1.5, 0j), (1j, 0.0), (0j, 0j), (1j, -0j), (True, 0j), (1j, False)]:
    attempt(f'{a!r} / {b!r}', lambda: a / b)

print('operators complex lacks')
for sym, fn in [('//', operator.floordiv), ('%', operator.mod), ('<<', operator.lshift),
                ('&', operator.and_), ('|', operator.or_), ('^', operator.xor), ('@', operator.matmul)]:
    attempt(f'(1+1j) {sym} 1', lambda: fn(1 + 1j, 1))
    attempt(f'1.0 {sym} 1j', lambda: fn(1.0, 1j))
attempt('divmod(1+1j, 1)', lambda: divmod(1 + 1j, 1))
attempt('divmod(1, 1j)', lambda: divmod(1, 1j))
attempt('divmod("a", 1)', lambda: divmod('a', 1))
attempt('1j + "a"', lambda: 1j + 'a')
attempt('[] + 1j', lambda: [] + 1j)
attempt('1j * [1]', lambda: 1j * [1])
attempt('1j + 10**400', lambda: 1j + 10**400)
attempt('~1j', lambda: ~1j)

print('unary and abs')
for z in [1 + 2j, -0j, 0j, complex(-0.0, 0.0), complex(inf, nan), complex(nan, -inf)]:
    print(' ', repr(z), repr(-z), repr(+z), abs(z), (-z).real, (-z).imag)
print(' ', abs(3 + 4j), abs(complex(3e200, 4e200)), abs(complex(1e308, 1e308)), abs(complex(5e-324, 5e-324)))
attempt('abs huge', lambda: abs(complex(1.7e308, 1.7e308)))

print('powers')
bases = [2 + 3j, 1j, -1 + 0j, 0.5 - 0.5j, complex(5, 12), complex(5e100, 12e100), complex(-4, inf), complex(inf, 0)]
for z in bases:
    for n in [-19, -5, -2, -1, 0, 1, 2, 3, 5, 19]:
        results = []
        for e in (n, float(n), complex(n)):
            try:
                results.append(str(z ** e))
            except OverflowError as exc:
                results.append('OverflowError ' + str(exc))
        print(' ', repr(z), n, results[0], results[0] == results[1] == results[2])
for z, e in [(1 + 1j, 100), (1 + 1j, 101), (1 + 1j, -101), (1 + 1j, 1000), (3.33 + 4.43j, 105),
             (3.33 + 4.43j, -105), (3.33 + 4.43j, -30), (1j, 200), (1j, -1), (2, 1j), (1j, 1j),
             (-8, 1 / 3), (-8.0, 0.5), (-1, 0.5), (-2, 1.5), (2, 0.5 + 0.5j), (1 + 1j, 0.5),
             (0j, 0), (0j, 0j), (0j, 2), (0j, 2 + 0j), (0j, -1), (0j, 1j), (0j, 3 - 2j), (0.0, 1j),
             (1e200 + 1j, 1e200 + 1j), (complex(1e300, 1e300), 2), (-1e300, 1.5),
             (complex(-1, 1e-300), complex(1e308, 0)), (2j, 10**400), (1 + 1j, 10**100),
             (float('-inf'), 0.5), (1, 1j), (1j, True)]:
    attempt(f'{z!r} ** {e!r}', lambda: z ** e)
for args in [(1j, 2, 3), (2, 1j, 3), (2, 3, 1j), (2.0, 3, 1j), (1.5, 2, 3), (1j, 2, None), (1j, 'a', 3),
             (1 + 1j, 1 + 1j, 1 + 1j)]:
    attempt(f'pow{args!r}', lambda: pow(*args))

print('special methods')
attempt('complex.__eq__(1+1j, 1<<10000)', lambda: complex.__eq__(1 + 1j, 1 << 10000))
attempt('complex.__eq__(1+1j, 1+1j)', lambda: complex.__eq__(1 + 1j, 1 + 1j))
attempt('complex.__ne__(1+1j, 2+2j)', lambda: complex.__ne__(1 + 1j, 2 + 2j))
for name in ['__lt__', '__le__', '__gt__', '__ge__']:
    attempt(f'complex.{name}', lambda: getattr(complex, name)(1 + 1j, 2 + 2j))
attempt('__eq__ of a str', lambda: (1j).__eq__('x'))
attempt('__add__', lambda: (1j).__add__(2))
attempt('__add__ of a str', lambda: (1j).__add__('a'))
attempt('__radd__', lambda: (1j).__radd__(2.5))
attempt('__rsub__', lambda: (1j).__rsub__(2))
attempt('__rtruediv__', lambda: (1j).__rtruediv__(2))
attempt('__truediv__ zero', lambda: (1j).__truediv__(0))
attempt('__pow__ modulo', lambda: (1j).__pow__(2, 3))
attempt('__pow__ None', lambda: (1j).__pow__(2, None))
attempt('__rpow__', lambda: (1j).__rpow__(2))
attempt('__neg__', lambda: (1 - 1j).__neg__())
attempt('__abs__', lambda: (3 - 4j).__abs__())
attempt('__bool__', lambda: (0j).__bool__())
attempt('__add__ no operand', lambda: (1j).__add__())
attempt('unbound on an int', lambda: complex.__add__(1, 1j))
attempt('__hash__', lambda: ((-1 + 0j).__hash__(), (2.5j).__hash__(), complex.__hash__(1j)))
attempt('__repr__ and __str__', lambda: ((1 - 0j).__repr__(), complex.__str__(-0j)))
attempt('__format__', lambda: ((1 + 2j).__format__('.1f'), (1 + 2j).__format__(''), format(3j, '>8')))
attempt('__format__ of an int', lambda: (1j).__format__(1))


class Reflected:
    def __radd__(self, other):
        return ('radd', other)

    def __rmul__(self, other):
        return ('rmul', other)

    def __rpow__(self, other):
        return ('rpow', other)

    def __eq__(self, other):
        return 'eq called'


class Plain:
    def __complex__(self):
        return 1j


attempt('1j + Reflected()', lambda: 1j + Reflected())
attempt('1j * Reflected()', lambda: 1j * Reflected())
attempt('1j ** Reflected()', lambda: 1j ** Reflected())
attempt('1j == Reflected()', lambda: 1j == Reflected())
attempt('Plain() + 1j', lambda: Plain() + 1j)
attempt('1j - Plain()', lambda: 1j - Plain())

print('augmented assignment and sums')
z = 1j
z += 1
z *= 2j
z /= 1 + 1j
z **= 2
z -= 0.5
print(' ', z)
print(' ', sum([1j, 2j, 3]), sum([0.1j] * 10), sum([1j], 1.5), sum(complex(i, -i) for i in range(5)))
print(' ', operator.neg(1j), operator.pos(-0j), operator.abs(-3 - 4j), operator.truediv(1j, 2))

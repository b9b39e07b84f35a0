# cmath: constants, every function on a few arguments, argument conversion,
# the log base, phase/polar/rect, the predicates, isclose, and the errors.

import cmath
import math


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


print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.pi == math.pi, cmath.e == math.e, type(cmath.infj).__name__, cmath.__name__)
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
         'sin', 'sinh', 'sqrt', 'tan', 'tanh']
print([n for n in names if not callable(getattr(cmath, n))], cmath.sqrt.__name__)

inf, nan = float('inf'), float('nan')
args = [0j, -0j, complex(0.0, -0.0), 1, -1, 2 + 3j, -2 - 3j, 0.5j, complex(1e-320, 1e-320),
        complex(1e300, 1e300), complex(-1e308, 1), 1e-5 + 1e-5j, complex(inf, 1), complex(nan, 0)]
for name in names:
    fn = getattr(cmath, name)
    for z in args:
        attempt(f'{name}({z!r})', lambda: fn(z))

print('errors')
for name, z in [('log', 0), ('log10', 0j), ('atanh', 1), ('atanh', -1), ('exp', 1000),
                ('exp', complex(0, inf)), ('exp', complex(inf, inf)), ('cosh', complex(1000, 1)),
                ('sinh', complex(-1000, 1)), ('cos', complex(1, 1000)), ('sin', complex(inf, 1)),
                ('tan', complex(inf, 1)), ('tanh', complex(1, inf)), ('sqrt', complex(-inf, nan))]:
    attempt(f'{name}({z!r})', lambda: getattr(cmath, name)(z))

print('log with a base')
for z in [0, 1, 2, 8, 1j, -1, 0.5 + 2j, 1e-300, inf, nan]:
    for base in [0, 1, 2, 10, 1j, -1, 0.5 + 2j, math.e]:
        attempt(f'log({z!r}, {base!r})', lambda: cmath.log(z, base))

print('phase, polar, rect')
for z in [1, -1, 1j, -1j, complex(-1, -0.0), complex(-1, 0.0), 0j, -0j, complex(-0.0, -0.0),
          complex(inf, inf), complex(-inf, inf), complex(inf, -1), complex(-inf, 1), complex(1, nan),
          3 + 4j, complex(1e308, 1e308), complex(2, 5e-324), complex(1e300, 1e-300), complex(-2, 5e-324)]:
    attempt(f'phase({z!r})', lambda: cmath.phase(z))
    attempt(f'polar({z!r})', lambda: cmath.polar(z))
attempt('polar(1.7e308+1.7e308j)', lambda: cmath.polar(complex(1.7e308, 1.7e308)))
for r in [0.0, -0.0, 1.0, -2.0, inf, -inf, nan]:
    for phi in [0.0, -0.0, 1.0, -3.0, inf, -inf, nan]:
        attempt(f'rect({r!r}, {phi!r})', lambda: cmath.rect(r, phi))

print('predicates')
for z in [0j, 1 + 1j, complex(inf, 0), complex(0, -inf), complex(nan, 0), complex(inf, nan), 5]:
    print(' ', repr(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))

print('isclose')
for a, b, kw in [(1j, 1j + 1e-10, {}), (1j, 1j + 1e-8, {}), (1j, 1j + 1e-8, {'rel_tol': 1e-7}),
                 (0j, 1e-10j, {}), (0j, 1e-10j, {'abs_tol': 1e-9}), (complex(inf, 1), complex(inf, 1), {}),
                 (complex(inf, 1), complex(inf, 2), {}), (complex(nan, 0), complex(nan, 0), {}),
                 (1e308 + 1e308j, -1e308 - 1e308j, {}), (2, 2.0 + 0j, {})]:
    attempt(f'isclose({a!r}, {b!r}, {kw})', lambda: cmath.isclose(a, b, **kw))
attempt('negative tolerance', lambda: cmath.isclose(1, 1, rel_tol=-1))
attempt('complex tolerance', lambda: cmath.isclose(1, 1, abs_tol=1j))
attempt('by keyword', lambda: cmath.isclose(a=1, b=1))
attempt('missing b', lambda: cmath.isclose(1))
attempt('three positional', lambda: cmath.isclose(1, 2, 3))
attempt('unknown keyword', lambda: cmath.isclose(1, 2, foo=3))
attempt('a twice', lambda: cmath.isclose(1, b=1, a=2))


class HasComplex:
    def __complex__(self):
        return 2j


class HasFloat:
    def __float__(self):
        return 4.0


class HasIndex:
    def __index__(self):
        return 9


class BadComplex:
    def __complex__(self):
        return 2


class BadFloat:
    def __float__(self):
        return 'x'


print('arguments')
attempt('sqrt(HasComplex())', lambda: cmath.sqrt(HasComplex()))
attempt('sqrt(HasFloat())', lambda: cmath.sqrt(HasFloat()))
attempt('sqrt(HasIndex())', lambda: cmath.sqrt(HasIndex()))
attempt('sqrt(BadComplex())', lambda: cmath.sqrt(BadComplex()))
attempt('sqrt(BadFloat())', lambda: cmath.sqrt(BadFloat()))
attempt('sqrt(True)', lambda: cmath.sqrt(True))
attempt('sqrt(10**400)', lambda: cmath.sqrt(10**400))
attempt("sqrt('a')", lambda: cmath.sqrt('a'))
attempt('sqrt(None)', lambda: cmath.sqrt(None))
attempt('sqrt()', lambda: cmath.sqrt())
attempt('sqrt(1, 2)', lambda: cmath.sqrt(1, 2))
attempt('sqrt(z=1)', lambda: cmath.sqrt(z=1))
attempt('log()', lambda: cmath.log())
attempt('log(1, 2, 3)', lambda: cmath.log(1, 2, 3))
attempt('log(1, None)', lambda: cmath.log(1, None))
attempt('log(z=1)', lambda: cmath.log(z=1))
attempt('rect(1)', lambda: cmath.rect(1))
attempt('rect(1j, 1)', lambda: cmath.rect(1j, 1))
attempt('rect(HasIndex(), HasFloat())', lambda: cmath.rect(HasIndex(), HasFloat()))
attempt('rect(r=1, phi=2)', lambda: cmath.rect(r=1, phi=2))
attempt('phase()', lambda: cmath.phase())
attempt('polar(1, 2)', lambda: cmath.polar(1, 2))
attempt('polar(HasIndex())', lambda: cmath.polar(HasIndex()))
attempt('isnan(HasComplex())', lambda: cmath.isnan(HasComplex()))
attempt('math.sqrt(1j)', lambda: math.sqrt(1j))
attempt('math.isclose(1j, 1j)', lambda: math.isclose(1j, 1j))

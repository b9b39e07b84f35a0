# complex as text: format() specs, f-strings, str.format and printf-style %.


def show(z, spec):
    try:
        return repr(format(z, spec))
    except Exception as exc:
        return f'{type(exc).__name__}: {exc}'


inf, nan = float('inf'), float('nan')
values = [1 + 2j, -1.5 - 2.25j, 1j, -0j, 0j, complex(-0.0, 0), 1234567.125 + 0.5j,
          complex(nan, inf), 1e20j, complex(3, 0), complex(-1e-7, 123456789.0)]
specs = ['', '10', '<12', '^13', '>12', '*^14', '+', '-', ' ', '.2', '.0', '.3g', '.2f', '.3e',
         'g', 'e', 'E', 'F', 'G', 'n', ',', '_', ',.2f', '_.3e', '#', '#.0f', '#g', 'z.1f',
         '+.2f', ' ^24.3f', '%', 'd', 's', 'x', ',d', '05', '0<10', '=10', '.2%']
for spec in specs:
    print(repr(spec))
    for z in values:
        print('   ', repr(z), show(z, spec))

print('f-strings and str.format')
z = 3.5 - 1.25j
w = 12
print(f'{z}|{z!r}|{z!s:>16}|{z:.1f}|{z:+.2e}|{z:>{w}}|{z=}|{z * 2=}')
print('{} {!r} {:.3f} {:^20} {x.real} {x.imag}'.format(z, -z, z, 1j, x=z))
print('%s|%r|%10s|%-10s|' % (z, z, 1j, 2j))
for fmt in ['%d', '%i', '%f', '%e', '%g', '%x', '%o', '%c']:
    try:
        print(fmt, repr(fmt % z))
    except TypeError as exc:
        print(fmt, 'TypeError', exc)
print('%(a)s and %(b)r' % {'a': 1j, 'b': -1j})

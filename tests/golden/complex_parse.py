# complex(str): the accepted forms, whitespace, parentheses, inf/nan,
# underscores, Unicode digits and spaces, and what is rejected.

samples = [
    '1', '-1', '+1', '1j', 'j', 'J', '+j', '-j', '( j )', '( -j)', '1+2j', '1-2j', '(1+2j)',
    '(1.3+2.2j)', '3.14+1J', ' ( +3.14-6J )', ' ( +3.14-J )', ' ( +3.14+j )', '1+j', '1-j',
    '.5j', '5.j', '1.e5j', '1e5', '1E-3j', '-1e-500j', '1e-500', '-1e-500+1e-500j', '1e500',
    '1e500j', '-1e500-1e500j', 'inf', '-inf', 'infj', '-infj', 'nan', '-nanj', 'nan+nanj',
    'infinity+INFj', 'Infinity-InFj', 'NaN', '1+infj', 'inf-1j', '0', '-0', '-0j', '-0-0j',
    '0.0+0.0j', '00012j', '1_000', '1_000j', '1_0+2_0j', '1.0_1e1_0j', '١٢٣', '١+٢j',
    '\u3000(\u20021+1j )\u3000', '\t1j\n', ' 1 ', '1' * 40, '1' * 400 + 'j',
    # rejected
    '', ' ', '()', '(', ')', 'j1', '1+', '1-', '--', '++1', '+-1j', '1+1j+1j', '(1+2j', '1+2j)',
    '1+(2j)', '(1+2j)123', 'x', '1j+2', '1e1ej', '1e++1ej', ')1+2j(', '1..1j', '1.11.1j',
    '1e1.1j', '1 + 2j', '1+ 2j', '( 1+2j ) )', '1jj', 'jj', '1+2', 'infinit', 'nanx',
    '1__0', '_1', '1_', '1_j', '1_e5', '1e_5', '1._5j', '\0', '1\0', '3\09', '1+1j\0j',
    '1_0\0', '\0_1', 'こんにちは', '1\u20032j', '0x10', '1e', 'e1', '.', '.j', '+.e1j',
]
for s in samples:
    try:
        z = complex(s)
    except ValueError as exc:
        print(repr(s), '-> ValueError:', exc)
    else:
        print(repr(s), '->', repr(z), (z.real, z.imag))

print('round trips')
for z in [1 + 2j, -0j, complex(-0.0, 0.0), complex(1e300, -1e-300), complex(0.1, 0.2), 5e-324j,
          complex(1.7976931348623157e308, -2.2250738585072014e-308), complex(-1.5, float('inf'))]:
    back = complex(repr(z))
    print(repr(z), repr(back), (back.real, back.imag) == (z.real, z.imag), str(back) == str(z))

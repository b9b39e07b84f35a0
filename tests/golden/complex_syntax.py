# Imaginary literals in source: their forms, the errors around them, complex
# literals in match patterns, and their text in postponed annotations.

from __future__ import annotations


def check(source, mode='eval'):
    try:
        if mode == 'eval':
            result = repr(eval(source))
        else:
            exec(source, {'x': None})
            result = 'ok'
    except SyntaxError as exc:
        result = f'SyntaxError: {exc.msg} (line {exc.lineno}, offset {exc.offset})'
    print(repr(source), '->', result)


for text in ['1j', '1J', '01j', '00j', '09j', '09.5j', '1_000j', '0_0j', '1e5j', '1.e5j', '.5J',
             '1.j', '1e400j', '-1e400j', '1.5j.real', '1j.imag', '1jif 1 else 2', '[1j for j in [1]]',
             '1jx', '1.5jx', '1jj', '1j_', '0x1j', '0o7j', '0b1j', '1_j', '1__0j', '1e_5j', '1.5_j',
             '12x', '1.5x', '0x1g', '1_x', '1j + 1 j']:
    check(text)

match_template = 'match x:\n    case {}: pass\n'
for pattern in ['1 + 2j', '-1.5 - 0.5j', '0 + 0j', '1j + 2j', '-1j + 2j', '1 + 2', '1 + -2j',
                '{1j: a, 1j: b}', '{0j: a, 0: b}', '{1+2j: a, 1+2j: b}', '{1+2j: a, 1-2j: b}']:
    check(match_template.format(pattern), 'exec')


def classify(v):
    match v:
        case 0j:
            return 'zero'
        case 1 + 2j:
            return 'one plus two j'
        case -1.5 - 0.5j:
            return 'negative'
        case {3j: x}:
            return ('mapping', x)
        case 2j | 4j:
            return 'two or four j'
        case complex(real=r, imag=i) if r > 10:
            return ('big real', r, i)
        case _:
            return 'other'


for v in [0, 0.0, 0j, -0j, 1 + 2j, complex(-1.5, -0.5), {3j: 'a'}, {3j + 0: 1}, 2j, 4j, 11 + 1j, 5, 'x']:
    print(repr(v), classify(v))


def annotated(a: 1.5j, b: -1j, c: 1e400j, d: 1 + 2j, e: 10000000000000000j, f: 0j, g: 2 - -1j):
    pass


print(annotated.__annotations__)

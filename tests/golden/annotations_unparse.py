"""How stringified annotations are written: CPython's unparser, precedence and all."""
from __future__ import annotations
a2: -0.0
a3: 1e-5 + 1e100 + 0.1
a4: "é\u1234\x00\t"
a5: 1 if 2 else 3 if 4 else 5
a6: (lambda: 1)()
a7: a[1][2]
a8: (a.b).c
a9: (1).real
b1: "".join
b2: [*a, *b]
b3: print(*a, sep="")
b4: f(**{})
b5: a if (b if c else d) else e
b6: (a or b) and c
b7: not (a == b)
b8: -(-a)
b9: (-a).b
c1: (a + b).c
c2: a ** b ** c
c3: (a, b)[0]
c4: {**a}
c5: {1: 2}[1]
c6: f"{a['k']}" f'{b!a}' f"{'q'}"
c7: f"{x:{'>'}10}"
c8: [x async for x in y]
c9: (x for x in y for z in w if a if b)
d1: a[b, c:d]
d2: a[(b, c)]
d4: lambda: (yield)
d6: 'a' "b" f"c{d}"
d7: b'\xff' b"'"
d8: "'\""
d9: a.b(c).d[e](f)
e1: (a)(b)
e2: await_x
e3: a is not b is c
e4: ~(~a)
e5: (not a) + 1
e6: -1 ** 2
e7: (a if b else c).d
e8: (lambda x: x).y
for key, text in __annotations__.items():
    print(key, repr(text))

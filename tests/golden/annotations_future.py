"""Module docstring: a future import may follow it."""
from __future__ import annotations
import __future__

# Under the future import every annotation is its source text, as CPython unparses it.
x: List[int]
y: "a"
z: int|None
w: dict[str,  list[ int ]]
v: undefined.attribute[call(1, *a, k=2, **kw)]
u: lambda a, /, b=1, *c, d, **e: (a, b)
t: lambda *a: 0
s: a if b else c
r: not a and b or c
q: -a ** -b
p: (a + b) * c - (d - e) / f // g % h @ i
o: a << b >> c & d ^ e | f
n: a < b <= c == d != e > f >= g is h is not i in j not in k
m: {1: 2, **d} | {1, 2} | {*()}
l: [x for x in y if x] + [(a, b) for a in c for b in d]
k: {k: v for k, v in items} | {e async for e in g}
j: f(x for x in y)
i: 1 .real + 1.5 .imag
h: 1e309
g: "it's" + 'say "hi"' + '\n'
f: b"bytes\x00"
e: f"{a!r:>{width}} {b=} {{literal}}"
d: x[1:2, ::3] | x[()] | x[a,] | x[:]
c: (a, b) | () | (a,)
b: ...
a: None | True | False
aa: 123456789012345678901234567890 + 0x1f + 0o17 + 1_000
bb: ~a + +b - -c
print(__annotations__)


def f(a: int, *args: Tuple[str, ...], b: Undefined = 1, **kw: float) -> Optional[bool]:
    pass


print(f.__annotations__)
print(f.__code__.co_flags & __future__.CO_FUTURE_ANNOTATIONS == __future__.CO_FUTURE_ANNOTATIONS)


class C:
    field: ClassVar[int] = 3
    other: "C"
    __private: int

    def method(self, other: C) -> C:
        return self


print(C.__annotations__, C.method.__annotations__, C.field)


# Non-simple targets: the annotation is not evaluated.
class O:
    pass


o = O()
o.attr: undefined_name = 5
print(o.attr)


def local():
    x: not_evaluated = 1
    return x


print(local())

# The __future__ module.
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease(), feature.compiler_flag)
print(annotations, annotations is __future__.annotations, type(annotations).__name__)
print(__future__.annotations.optional, __future__.annotations.mandatory)

# Future-import errors are SyntaxErrors at compile time.
for src in [
    "from __future__ import spam",
    "from __future__ import annotations, eggs",
    "from __future__ import braces",
    "import os\nfrom __future__ import annotations",
    "'doc'\n'not doc'\nfrom __future__ import annotations",
    "def f():\n    from __future__ import annotations",
    "from __future__ import nested_scopes, generators, division, absolute_import\nx = 1",
    "from __future__ import with_statement, print_function, unicode_literals, generator_stop",
    "from __future__ import *",
]:
    try:
        compile(src, "<src>", "exec")
        print("ok:", src.splitlines()[-1])
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)

# exec'd code without the future import evaluates its annotations.
ns = {}
exec("x: int = 1", ns)
print(ns["__annotations__"])
code = compile("x: int = 1", "<inherit>", "exec")
ns = {}
exec(code, ns)
print(ns["__annotations__"])
code = compile("x: int = 1", "<no-inherit>", "exec", dont_inherit=True)
ns = {}
exec(code, ns)
print(ns["__annotations__"])
code = compile("x: int = 1", "<flag>", "exec", __future__.CO_FUTURE_ANNOTATIONS, True)
ns = {}
exec(code, ns)
print(ns["__annotations__"])

# yield, await and := may not appear in a stringified annotation (lambdas have their own scope).
for src in ["x: (yield)", "def f():\n    x: (yield from y)", "x: [(a := 1)]", "def g(a: f(await b)): pass",
            "class C:\n    y: lambda: (yield)", "x: f'{(yield)}'", "o.a: (b := 1)", "def h() -> (yield): pass"]:
    for prefix in ["from __future__ import annotations\n", ""]:
        try:
            compile(prefix + src, "<s>", "exec")
            print("ok")
        except SyntaxError as e:
            print(e.msg, e.lineno, e.offset)

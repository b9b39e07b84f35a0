# Functions: defaults, *args, **kwargs, keyword-only, positional-only, closures,
# nonlocal/global, lambdas, decorators.
def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
print(f(a=1, c=2, d=0, z=1))
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
def defaults(x, acc=[]):
    acc.append(x)
    return acc
print(defaults(1), defaults(2), defaults(3, []))
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c1(10), c2())
G = 0
def bump():
    global G
    G += 1
    return G
bump(); bump(); print(G)
def outer():
    x = "enclosing"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def make_adders():
    return [lambda v, k=k: v + k for k in range(3)]
print([g(10) for g in make_adders()])
sq = lambda x: x * x
print(sq(7), (lambda *a, **k: (a, k))(1, b=2), (lambda: None)())
def deco(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper
@deco
def add(a, b):
    return a + b
print(add(2, b=3))
def repeat(n):
    def deco2(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco2
@repeat(3)
@deco
def hello(name):
    return "hi " + name
print(hello("x"))
def doc():
    """Docstring here."""
    return 1
print(doc.__doc__, doc.__name__, f.__name__, sq.__name__)
def rec(n):
    return 1 if n <= 1 else n * rec(n - 1)
print(rec(20), rec(1))
def fib():
    memo = {}
    def go(n):
        if n < 2:
            return n
        if n not in memo:
            memo[n] = go(n - 1) + go(n - 2)
        return memo[n]
    return go
print(fib()(90))
def kwonly(*, a, b=2):
    return a - b
print(kwonly(a=5), kwonly(b=1, a=5))
for bad in [lambda: f(), lambda: f(1, 2), lambda: pos(1, b=2, c=3, d=4), lambda: kwonly(1),
            lambda: f(1, c=1, a=2), lambda: sq(), lambda: sq(1, 2), lambda: kwonly(a=1, z=2), lambda: doc(1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def ret_multi():
    return 1, [2], {3: 4}
a, b, c = ret_multi(); print(a, b, c)
def no_ret():
    pass
print(no_ret())
def shadow():
    len = lambda x: 42
    return len([1])
print(shadow(), len([1]))
def gen_closure():
    fs = []
    for i in range(3):
        def f2():
            return i
        fs.append(f2)
    return [h() for h in fs]
print(gen_closure())
def cell_after():
    def get():
        return v
    v = "late bound"
    return get()
print(cell_after())
def star_only(*args):
    return sum(args)
print(star_only(), star_only(*range(5)))
def kw_collect(**kw):
    return sorted(kw.items())
print(kw_collect(b=1, a=2), kw_collect(**{"z": 0}))
def annotated(x: int, y: "str" = "d") -> list:
    return [x, y]
print(annotated(1), annotated.__annotations__ if False else "ann")
print(callable(f), callable(1), (lambda: 0).__name__)
def unbound():
    try:
        print(zz)
        zz = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
unbound()
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
def nl():
    a = 1
    def inner():
        nonlocal a
        a = 2
        def inner2():
            nonlocal a
            a += 10
        inner2()
    inner()
    return a
print(nl())

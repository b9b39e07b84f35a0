import functools
from functools import reduce, partial, wraps, update_wrapper, lru_cache, cache
from functools import total_ordering, cmp_to_key, cached_property
import operator

# reduce
print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 8), 1))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], 10), reduce(operator.add, [5]))
print(reduce(operator.add, iter(["x", "y", "z"])))
for args in [(operator.add, []), (operator.add, 5)]:
    try:
        reduce(*args)
    except TypeError as e:
        print("TypeError:", e)

# partial
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = partial(power, exp=2)
cube = partial(power, exp=3)
two_to = partial(power, 2)
print(square(5), cube(3), two_to(10), two_to(10, mod=7))
print(square.func is power, square.args, square.keywords, two_to.args)
p2 = partial(partial(power, 3), mod=5)
print(p2(4), p2.func is power, p2.args, p2.keywords)
basetwo = partial(int, base=2)
print(basetwo("1011"), basetwo("11", base=10))
print(list(map(partial(operator.mul, 3), [1, 2, 3])))
r = repr(partial(power, 1, mod=3))
print(r.startswith("functools.partial(<function power at 0x"), r.endswith(">, 1, mod=3)"))
for bad in [lambda: partial(), lambda: partial(5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# wraps / update_wrapper
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args)
        return func(*args, **kwargs)
    return wrapper

@logged
def add(a, b):
    """Add two numbers."""
    return a + b
print(add(1, 2))
print(add.__name__, add.__qualname__, add.__doc__, add.__module__, add.__wrapped__.__name__)

def target():
    "target doc"
target.custom = "attr"
def shell():
    pass
update_wrapper(shell, target)
print(shell.__name__, shell.__doc__, shell.custom, shell.__wrapped__ is target)

def deco_with_args(tag):
    def deco(f):
        @functools.wraps(f)
        def inner(*a):
            return tag + str(f(*a))
        return inner
    return deco

class Holder:
    @deco_with_args("#")
    def meth(self, x):
        "method doc"
        return x * 10
print(Holder().meth(4), Holder.meth.__name__, Holder.meth.__qualname__, Holder.meth.__doc__)

# lru_cache
calls = []
@lru_cache(maxsize=2)
def slow(n):
    calls.append(n)
    return n * n
print(slow(1), slow(2), slow(1), slow(3), slow(2), slow(1))
print(calls)
print(slow.cache_info())
ci = slow.cache_info()
print(ci.hits, ci.misses, ci.maxsize, ci.currsize, ci[0], tuple(ci) == (ci.hits, ci.misses, 2, 2))
slow.cache_clear()
print(slow.cache_info(), slow.cache_parameters())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(fib.__name__, fib.__wrapped__(10))

@lru_cache(maxsize=None)
def kw(a, b=1, *, c=0):
    return a + b + c
print(kw(1), kw(1, 2), kw(1, b=2), kw(1, 2, c=3), kw(1), kw.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
print(nocache(1), nocache(1), nocache.cache_info())

@lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info())

@lru_cache()
def untyped(x):
    return type(x).__name__
print(untyped(1), untyped(1.0), untyped.cache_info())

try:
    fib([1])
except TypeError as e:
    print("TypeError:", e)
try:
    lru_cache("x")
except TypeError as e:
    print("TypeError:", e)

@cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(16, 16), count_paths.cache_info())

class Calc:
    def __init__(self, k):
        self.k = k
    @lru_cache(maxsize=None)
    def times(self, x):
        return self.k * x
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, other):
        return self.k == other.k
a = Calc(3)
print(a.times(4), a.times(4), Calc(3).times(4), Calc.times.cache_info())

# total_ordering
@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return "v%d.%d" % (self.major, self.minor)
v1, v2, v3 = Version(1, 2), Version(1, 10), Version(1, 2)
print(v1 < v2, v1 > v2, v1 <= v3, v1 >= v3, v2 >= v1, v2 <= v1, v1 == v3)
print(sorted([Version(2, 0), v2, v1]), max(v1, v2))
print(Version.__gt__.__name__)
try:
    v1 > 3
except TypeError as e:
    print("TypeError:", e)

@total_ordering
class Rev:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __ge__(self, o):
        return self.v >= o.v
print(Rev(1) < Rev(2), Rev(1) <= Rev(1), Rev(3) > Rev(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

# cmp_to_key
def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
print(sorted(["ccc", "a", "bb", "aa", "c"], key=cmp_to_key(by_len_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(min(["xx", "y", "zzz"], key=cmp_to_key(by_len_then_alpha)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))

# cached_property
class Data:
    def __init__(self, n):
        self.n = n
        self.computed = 0
    @cached_property
    def total(self):
        "sum of range"
        self.computed += 1
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, d.computed)
d.total = 7
print(d.total, d.computed)
del d.total
print(d.total, d.computed)

# Special methods: comparisons, hashing, containers, iteration, call, arithmetic.
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __le__(self, o):
        return (self.x, self.y) <= (o.x, o.y)
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return V(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)
    def __mod__(self, k):
        return V(self.x % k, self.y % k)
    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)
    def __neg__(self):
        return V(-self.x, -self.y)
    def __pos__(self):
        return self
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return V(self.y, self.x)
    def __bool__(self):
        return bool(self.x or self.y)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
a, b = V(1, 2), V(3, 4)
print(a + b, a - b, a * 3, 3 * a, b / 2, b // 2, b % 2, a ** 2, -a, +a, abs(b), ~a, a @ b)
print(a == V(1, 2), a != b, a < b, a <= a, b > a, b >= a, sorted([b, a, V(0, 9)]), sum([a, b]))
print(bool(V(0, 0)), bool(a), not V(0, 0), hash(a) == hash(V(1, 2)), hash(a) == hash((1, 2)))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a < 1
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __add__(self, o):
        return Acc(self.v + o + 1000)
    def __imul__(self, o):
        self.v *= o
        return self
acc = Acc(1); orig = acc
acc += 5; acc *= 2; print(acc.v, acc is orig)
acc = acc + 1; print(acc.v, acc is orig)
class Seq:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.items[i])
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, v):
        print("contains?", v)
        return v in self.items
    def __repr__(self):
        return f"Seq({self.items})"
s = Seq("abcde")
print(len(s), s[1], s[-1], s[1:3], 3 in s, "a" in s)
s[0] = "Z"; del s[1]; print(s, list(s), bool(Seq([])), bool(s))
class OldIter:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OldIter()), 20 in OldIter(), 25 in OldIter())
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)), [x * 2 for x in Countdown(3)], sum(Countdown(5)), max(Countdown(3)))
it = iter(Countdown(2)); print(next(it), next(it), next(it, "done"))
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), list(map(add5, [1, 2])))
class Ctx:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with Ctx("a") as val:
    print("inside", val)
with Ctx("b", True):
    raise KeyError("swallowed")
print("after suppress")
class Dyn:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no {name}")
d = Dyn()
print(d.real, d.dyn_hello, getattr(d, "dyn_x"), hasattr(d, "other"), getattr(d, "other", "fallback"))
class Plugin:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry.append((cls.__name__, tag))
class P1(Plugin): pass
class P2(Plugin, tag="two"): pass
print(Plugin.registry)
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__}]"
print(Box[int], Box[str])
class Eq:
    def __eq__(self, o):
        return True
print(Eq() == 1, Eq() != 1, 1 == Eq(), [Eq()] == [5], Eq() in [1, 2])
class R:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"R{self.v}"
print(sorted([R(3), R(1), R(2)]), min(R(5), R(4)), max([R(1), R(9)]), R(1) > R(0))
class Num:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __int__(self):
        return self.v
    def __float__(self):
        return float(self.v) + 0.5
    def __str__(self):
        return "Num"
print([0, 1, 2, 3][Num(2)], hex(Num(255)), int(Num(7)), float(Num(1)), str(Num(0)), range(Num(3)))
class Lenient:
    def __len__(self):
        return 0
print(bool(Lenient()), "truthy" if Lenient() else "falsy")
class HashNone:
    __hash__ = None
try:
    hash(HashNone())
except TypeError as e:
    print("TypeError:", e)
class EqOnly:
    def __eq__(self, o):
        return False
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)

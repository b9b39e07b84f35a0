# Subclasses of builtin types: overrides, operators, reflected methods, hashing,
# dict keys, super() into the base, __new__/__init__, errors.

class Money(int):
    def __new__(cls, cents, currency="EUR"):
        obj = super().__new__(cls, cents)
        obj.currency = currency
        return obj
    def __repr__(self):
        return f"Money({int(self)}, {self.currency!r})"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(int(self) + int(other), self.currency)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

a, b = Money(150), Money(250)
print(a, a + b, sum([a, b]), a * 2, type(a * 2).__name__, a.currency)
print(a == 150, a < b, hash(a) == hash(150), sorted([b, a]))
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)

class Rev(int):
    def __rsub__(self, other):
        return "Rev.__rsub__ first"
print(10 - Rev(3), Rev(3) - 10)

class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
    def __eq__(self, other):
        return str.__eq__(self, other.upper()) if isinstance(other, str) else NotImplemented
    __hash__ = str.__hash__
u = Upper("hello")
print(u, repr(u), u == "HeLLo", u.lower(), type(u.lower()).__name__, u[1:3], u.startswith("HE"))
print(str(u), type(str(u)).__name__, "-".join([u, "x"]), f"{u:>8}|", len(u), u * 2)

class Path(str):
    def parent(self):
        return Path(self.rsplit("/", 1)[0])
p = Path("/usr/local/bin")
print(p.parent().parent(), isinstance(p.parent(), Path), p.split("/"))

class Key(str): pass
d = {Key("a"): 1, "b": 2}
print(d["a"], Key("b") in d, d.get(Key("b")), [type(k).__name__ for k in d], {Key("x"), "x"})

class Vec(list):
    def __init__(self, *items):
        super().__init__(items)
    def __add__(self, other):
        return Vec(*[x + y for x, y in zip(self, other)])
    def norm2(self):
        return sum(x * x for x in self)
v = Vec(1, 2) + Vec(3, 4)
print(v, type(v).__name__, v.norm2(), v == [4, 6], list(reversed(v)), v[::-1], v * 2)
v += [9]
print(v, type(v).__name__)
v[0] = 100
del v[1]
print(v, v.index(9), v.count(100), 100 in v, bool(Vec()), sorted(Vec(3, 1, 2)), max(v))
try:
    hash(v)
except TypeError as e:
    print("TypeError:", e)

class Registry(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.hits = 0
    def __getitem__(self, key):
        self.hits += 1
        return super().__getitem__(key)
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
r = Registry(x=1)
r["NAME"] = "coil"
print(r["name"], r["x"], r.hits, r, len(r), sorted(r), r.get("x"), "name" in r, r | {"y": 2})
r.update(z=3)
print(r.pop("z"), list(r.keys()), dict(r), type(r.copy()).__name__)

class Defaults(dict):
    def __missing__(self, key):
        return key.upper()
dd = Defaults({"a": "apple"})
print(dd["a"], dd["b"], dd.get("b"), "b" in dd, len(dd))

class Point(tuple):
    __slots__ = ()
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
pt = Point(3, 4)
print(pt, pt.x, pt.y, pt == (3, 4), pt + (5,), hash(pt) == hash((3, 4)), {pt: "here"}[(3, 4)], tuple(pt))
x, y = pt
print(x, y, max(pt), list(pt), pt[0], pt.count(3), pt.index(4), pt < (3, 5))

class Ratio(float):
    def __str__(self):
        return f"{float(self):.0%}"
q = Ratio(0.25)
print(q, repr(q), q * 2, round(q, 1), int(Ratio(2.7)), f"{q:.2f}", -q, abs(Ratio(-1.5)), q > 0.2)

class Tags(set):
    def add(self, item):
        super().add(item.lower())
t = Tags()
t.add("Py"); t.add("PY"); t.add("rust")
print(sorted(t), len(t), "py" in t, type(t | {"x"}).__name__, sorted(t & {"py"}), Tags([1]) == {1})
t |= {"go"}
print(type(t).__name__, sorted(t))

class Frozen(frozenset): pass
fz = Frozen([1, 2])
print(repr(Frozen()), repr(fz), hash(fz) == hash(frozenset([1, 2])), fz | {3})

class Flag(int):
    pass
print(Flag(5) & 3, Flag(5) | 2, Flag(1) << 3, ~Flag(0), divmod(Flag(7), 2), pow(Flag(2), 10), Flag("ff", 16))
print(isinstance(Flag(1), int), issubclass(Flag, int), Flag.__mro__, Flag(3).bit_length(), Flag(10).to_bytes(2, "big"))

for base in (bool, type(None), range, slice):
    try:
        type("X", (base,), {})
    except TypeError as e:
        print("TypeError:", e)
try:
    class Both(int, str): pass
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(Vec)
except TypeError as e:
    print("TypeError:", e)
try:
    int.__new__(str, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    Money("x")
except ValueError as e:
    print("ValueError:", e)
print(int.__add__(2, 3), int.__add__(2, "x"), list.__len__([1, 2]), str.__lt__("a", "b"), float.__neg__(2.0))
print(dict.__or__({1: 2}, {3: 4}), list.__iadd__([1], (2,)), set.__ior__({1}, {2}))

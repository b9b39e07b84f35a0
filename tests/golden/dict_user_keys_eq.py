# Dict keys of user classes are found by hash, then by ==: the stored key's
# __eq__ first, then the reflected one, against keys of any type.
class K:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        K.calls += 1
        if isinstance(o, K):
            return self.v == o.v
        return self.v == o
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return f"K({self.v!r})"

# User keys found among str, int, float and tuple keys, and the other way round.
d = {"a": 1, 2: "two", (1, 2): "tup", 2.5: "f"}
print(d.get(K("a")), d[K(2)], K((1, 2)) in d, K(2.5) in d, K("zz") in d, K(3) in d)
d2 = {K("a"): 10, K(3): 30}
print(d2.get("a"), d2[3], 3.0 in d2, True in d2, "b" in d2)
d2["a"] = 11
print(len(d2), d2)
del d2[3]
print(d2)
print(d2.pop("a"), d2, d2.pop("a", "gone"))
d3 = {"q": 1}
d3.update({K("q"): 5})
d3.update([(K("q"), 6)])
print(d3)
print(d3.setdefault(K("n"), 4), d3.setdefault("n", 9), d3)
print({"a": 1} == {K("a"): 1}, {K("a"): 1} == {"a": 1}, {"a": 1} != {K("b"): 1})
print(dict.fromkeys([K(1), 1, 1.0, True]))
print({K(1): 1, 1: 2}, {1: 2, K(1): 1})
print({**{"a": 1}, **{K("a"): 2}}, {"a": 1} | {K("a"): 3})
dd = {"a": 0}
dd |= {K("a"): 4}
print(dd)
print({k: 1 for k in ["x", K("x"), "y"]})
print(K.calls > 0)

# Numbers: equal values are one key whatever their type.
print({1: "a"}[1.0], {1.0: "b"}[True], {2**70: 1}[2.0**70], (1, 2) in {(1.0, 2.0)}, {0: "z"}[0.0])
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash((1, "a")) == hash((1.0, "a")))

# A __hash__ that returns hash(x) of a builtin x lands where x does.
class Like:
    def __init__(self, x):
        self.x = x
    def __hash__(self):
        return hash(self.x)
    def __eq__(self, o):
        return o == self.x
for x in ["k", 7, -1, 1.5, (1, "t"), 2**70, frozenset([1, 2]), b"by", None]:
    print(repr(x), {x: "in"}.get(Like(x)), {Like(x): "in"}.get(x), Like(x) in {x})

# Subclasses of builtin types: equal to their value unless they define __eq__.
class S(str):
    pass
class Always(str):
    def __eq__(self, o):
        return True
    __hash__ = str.__hash__
print({"ab": 1}.get(S("ab")), {S("ab"): 2}.get("ab"), {"ab": 1}.get(Always("ab")), {"zz": 1}.get(Always("ab")))

# Exceptions from __eq__ and __hash__ come out of every operation.
class Boom:
    def __eq__(self, o):
        raise ValueError("eq boom")
    def __hash__(self):
        return hash("k")
class BadHash:
    def __hash__(self):
        raise RuntimeError("hash boom")
class NotInt:
    def __hash__(self):
        return "seven"
d = {"k": 1}
cases = [
    ("d[Boom()]", lambda: d[Boom()]),
    ("in", lambda: Boom() in d),
    ("get", lambda: d.get(Boom())),
    ("pop", lambda: d.pop(Boom())),
    ("setdefault", lambda: d.setdefault(Boom(), 1)),
    ("setitem", lambda: d.__setitem__(Boom(), 2)),
    ("delitem", lambda: d.__delitem__(Boom())),
    ("stored Boom", lambda: {Boom(): 1}["k"]),
    ("literal", lambda: {"k": 1, Boom(): 2}),
    ("update", lambda: d.copy().update({Boom(): 3})),
    ("fromkeys", lambda: dict.fromkeys(["k", Boom()])),
    ("==", lambda: {Boom(): 1} == {"k": 1}),
    ("bad hash get", lambda: d.get(BadHash())),
    ("bad hash in", lambda: BadHash() in d),
    ("bad hash set", lambda: d.__setitem__(BadHash(), 1)),
    ("not int", lambda: d.get(NotInt())),
    ("unhashable", lambda: d.get([1])),
]
for name, f in cases:
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)
print(d)

# __hash__ runs once per operation.
class Counted:
    n = 0
    def __hash__(self):
        Counted.n += 1
        return 7
    def __eq__(self, o):
        return o is self
c = Counted()
dd = {}
dd[c] = 1; dd[c]; c in dd; dd.get(c); dd.setdefault(c, 2); dd.pop(c)
print(Counted.n)
dd = {c: 1, 1: 2}
Counted.n = 0
copy = dict(dd); copy.update(dd); merged = {**dd}
print(Counted.n, len(copy), len(merged))

# An __eq__ that changes the dict: the lookup starts over and never crashes.
class Clears:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return hash("m")
    def __eq__(self, o):
        self.d.clear()
        return True
dm = {"m": 1, "x": 2}
print(dm.get(Clears(dm)), dm)
dm = {"m": 1}
dm[Clears(dm)] = 5
print(len(dm), list(dm.values()))
class Grows:
    n = 0
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 1
    def __eq__(self, o):
        Grows.n += 1
        if Grows.n < 20:
            for i in range(100, 140):
                self.d[i * 1000] = i
        return False
dg = {1: "one"}
print(dg.get(Grows(dg)), len(dg), Grows.n)
class Pops:
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return hash("p")
    def __eq__(self, o):
        self.d.pop("p", None)
        return True
dp = {"p": 1, "q": 2}
print(Pops(dp) in dp, dp)

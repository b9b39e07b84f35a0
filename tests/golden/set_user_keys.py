# Set and frozenset members of user classes: found by hash, then by == against
# members of any type; set operations, comparisons and dict views use the same rule.
class K:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if isinstance(o, K):
            return self.v == o.v
        return self.v == o
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return f"K({self.v!r})"

def show(s):
    return sorted(map(repr, s))

s = {"x", "y", 5}
print(K("x") in s, K(5) in s, K(5.0) in s, K(6) in s)
s.add(K("x"))
s.add(K(7))
print(len(s), show(s))
s.discard(K(5))
print(5 in s, len(s))
try:
    s.remove(K(99))
except KeyError as e:
    print("KeyError", e)
s.remove(K("y"))
print(show(s))
print(show({K(1), 1, 1.0, True, K(2), 2}), len({"a", K("a")}), len({K("a"), "a"}))
print(show(set([K(3), 3])), show(frozenset([3, K(3)])))

# Operators and methods.
a, b = {1, 2, 3}, {K(2), K(3), K(4)}
print(show(a & b), show(b & a), show(a | b), show(b | a))
print(show(a - b), show(b - a), show(a ^ b), show(b ^ a))
print(show(a.intersection([K(1)])), show(a.union([K(9)])), show(a.difference([K(1), K(2)])))
print(a.isdisjoint([K(5)]), a.isdisjoint([K(3)]), a.issubset([K(1), K(2), K(3), 0]), a.issuperset([K(1)]))
c = {1, 2, 3}
c |= {K(3), K(8)}
print(show(c))
c &= {K(1), K(8), 9}
print(show(c))
c -= {K(1)}
print(show(c))
c ^= {K(8), K(10)}
print(show(c))
c.update([K(10), 11])
c.difference_update([K(11)])
c.intersection_update([K(10), 10])
c.symmetric_difference_update([K(10), 12])
print(show(c))

# Comparisons.
print({1, 2} == {K(1), K(2)}, {K(1), K(2)} == {1, 2}, {1} < {K(1), 2}, {K(1), 2} > {1}, {1, 2} <= {K(1)})
print(frozenset([K(1), K(2)]) == frozenset([1, 2]), frozenset([1, 2]) == {K(2), K(1)})

# Frozensets of user members as keys and members.
fs = frozenset([K(1), K(2)])
print(1 in fs, 3 in fs, {fs: "v"}.get(frozenset([K(1), K(2)])), frozenset([K(5)]) in {frozenset([K(5)])})

# Dict views as sets.
d = {"a": 1, 2: "two", (1, 2): "t"}
print(show(d.keys() & {K("a"), K(2)}), show(d.keys() | {K("a")}), show(d.keys() - {K(2)}))
print(show({K("a"), K(5)} & d.keys()), show(d.keys() ^ [K("a"), K(6)]))
print(d.keys() == {K("a"), K(2), K((1, 2))}, d.keys() >= {K("a")}, d.keys().isdisjoint([K(3)]))
print(K("a") in d.keys(), K("b") in d.keys(), show(d.items() & {("a", 1)}), ("a", 1) in d.items())

# Exceptions from __eq__ and __hash__.
class Boom:
    def __eq__(self, o):
        raise ValueError("eq boom")
    def __hash__(self):
        return hash(1)
class BadHash:
    def __hash__(self):
        raise RuntimeError("hash boom")
cases = [
    ("add", lambda: {1}.add(Boom())),
    ("in", lambda: Boom() in {1}),
    ("frozenset in", lambda: Boom() in frozenset([1])),
    ("discard", lambda: {1}.discard(Boom())),
    ("remove", lambda: {1}.remove(Boom())),
    ("literal", lambda: {1, Boom()}),
    ("set()", lambda: set([Boom(), 1])),
    ("&", lambda: {1} & {Boom()}),
    ("|", lambda: {1} | {Boom()}),
    ("==", lambda: {1} == {Boom()}),
    ("<=", lambda: {Boom()} <= {1}),
    ("view &", lambda: {1: 2}.keys() & {Boom()}),
    ("comprehension", lambda: {x for x in [1, Boom()]}),
    ("bad hash add", lambda: {1}.add(BadHash())),
    ("bad hash in", lambda: BadHash() in {1}),
    ("bad hash frozenset", lambda: frozenset([BadHash()])),
    ("unhashable", lambda: {1}.add({})),
]
for name, f in cases:
    try:
        print(name, f())
    except Exception as e:
        print(name, type(e).__name__, e)

# An __eq__ that changes the set: no crash, the lookup starts over.
class Clears:
    def __init__(self, s):
        self.s = s
    def __hash__(self):
        return hash(1)
    def __eq__(self, o):
        self.s.clear()
        return False
st = {1, 2, 3}
print(Clears(st) in st, st)
st = {1, 2, 3}
st.add(Clears(st))
print(len(st))
st = {1, 2, 3}
st.discard(Clears(st))
print(st)

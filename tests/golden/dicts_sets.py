# dict and set methods.
d = {"a": 1, "b": 2}
d["c"] = 3; print(d, len(d), d["a"], "b" in d, "z" not in d)
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("d", 4), d.setdefault("a", 99), d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("d"), d.pop("zz", "default"), d)
d.update({"e": 5}, f=6); d.update([("g", 7)]); print(d)
print(d.popitem(), d)
del d["a"]; print(d)
c = d.copy(); c["new"] = 1; print(d, c)
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"x": 1}, y=2), dict(zip("abc", range(3))))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {} == dict(), {1: 2} == {1: 2.0})
k = d.keys(); v = d.values(); it = d.items()
d["late"] = 0
print(k, v, it, len(k), "late" in k, ("late", 0) in it)
print({**d, "b": "over"}, {"x": 1} | {"y": 2}, dict(sorted({"b": 1, "a": 2}.items())))
e = {"x": 1}; e |= {"x": 2, "z": 3}; print(e)
for key, val in {"one": 1, "two": 2}.items():
    print(key, val, end="; ")
print()
try:
    {}["missing"]
except KeyError as ex:
    print("KeyError:", ex)
try:
    {}.pop("m")
except KeyError as ex:
    print("KeyError:", repr(ex))
try:
    {}.popitem()
except KeyError as ex:
    print("KeyError:", ex)
try:
    {[1]: 2}
except TypeError as ex:
    print("TypeError:", ex)
o = {}
o[1] = "int"; o[1.0] = "float"; o[True] = "bool"; print(o)
o[(1, 2)] = "tuple"; o[None] = "none"; o["s"] = "str"; print(o, o[(1, 2)])
d2 = {i: i * i for i in range(5)}
print(d2, {v: k for k, v in d2.items()}, sum(d2.values()), max(d2), min(d2, key=lambda z: -z))
print(list(reversed(d2)), list(reversed(d2.items()))[:2], d2 == dict(reversed(list(d2.items()))))
s = {1, 2, 3}
s.add(4); s.discard(10); s.remove(1); print(sorted(s), len(s), 2 in s)
t = {3, 4, 5, 6}
print(sorted(s | t), sorted(s & t), sorted(s - t), sorted(s ^ t))
print(sorted(s.union(t, [100])), sorted(s.intersection(t)), sorted(s.difference(t)), sorted(s.symmetric_difference(t)))
print(s.issubset({2, 3, 4, 5}), s <= {2, 3, 4}, s < {2, 3, 4}, s >= {2}, s > s, s.isdisjoint({9}), s.issuperset([2, 3]))
u = set(); u.update([1, 2], (3,)); print(sorted(u))
u.intersection_update({1, 2, 9}); print(sorted(u))
u.difference_update({1}); print(sorted(u))
u.symmetric_difference_update({2, 7}); print(sorted(u))
u |= {8}; u &= {7, 8}; u -= {8}; u ^= {1}; print(sorted(u))
print(u.pop() in (1, 7), len(u))
u.clear(); print(u, set(), frozenset(), set("aab") == {"a", "b"})
f = frozenset([1, 2, 3])
print(sorted(f), f | {4} == {1, 2, 3, 4}, type(f | {4}).__name__, hash(f) == hash(frozenset([3, 2, 1])))
print({f: "frozen key"}[frozenset({1, 2, 3})], f == {1, 2, 3}, {1, 2} == frozenset({1, 2}))
print(sorted({x % 3 for x in range(10)}), {1, 2} == {2, 1}, len({1, 1.0, True}))
try:
    set().pop()
except KeyError as ex:
    print("KeyError:", ex)
try:
    {1}.remove(5)
except KeyError as ex:
    print("KeyError:", ex)
try:
    {[1]}
except TypeError as ex:
    print("TypeError:", ex)
print({1: {2: {3: "deep"}}}[1][2][3], {"a": [1, 2]}["a"][-1], {(): 0}[()])
print(repr({}), repr(set()), repr({1}), repr(frozenset({5})), str({"k": "v"}))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))

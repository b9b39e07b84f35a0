# WeakValueDictionary, WeakKeyDictionary, WeakSet: entries leave with their objects.
import weakref


class Item:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Item(%d)" % self.n


# WeakValueDictionary
cache = weakref.WeakValueDictionary()
items = [Item(i) for i in range(5)]
for it in items:
    cache[it.n] = it
print(len(cache), sorted(cache), cache[3], 3 in cache, 9 in cache)
del items[3]
print(len(cache), 3 in cache, sorted(cache.keys()))
try:
    cache[3]
except KeyError as e:
    print("KeyError", e)
print(cache.get(3), cache.get(3, "default"), cache.get(1))
keep = items[0]
items.clear()
print(len(cache), list(cache.items()), list(cache.values()))
print(cache.setdefault(0, None) is keep)
extra = Item(10)
print(cache.setdefault(10, extra) is extra, len(cache))
print(cache.pop(10) is extra, len(cache))
try:
    cache.pop(10)
except KeyError as e:
    print("KeyError", e)
print(cache.pop(10, "gone"))
cache.update({20: extra}, x=keep)
print(sorted(cache, key=str))
copy = cache.copy()
print(type(copy).__name__, len(copy))
del cache["x"]
print(sorted(cache, key=str), len(copy))
refs = cache.valuerefs()
print([r() for r in refs])
print(repr(cache).startswith("<WeakValueDictionary at 0x"))
cache.clear()
print(len(cache))

# dying while iterating does not disturb the iteration
pool = weakref.WeakValueDictionary()
objs = {i: Item(i) for i in range(4)}
pool.update(objs)
seen = []
for key in pool.keys():
    seen.append(key)
    objs.pop(3 - key, None)
print(sorted(seen), len(pool))

# WeakKeyDictionary
meta = weakref.WeakKeyDictionary()
a, b = Item(1), Item(2)
meta[a] = "first"
meta[b] = "second"
print(len(meta), meta[a], a in meta, Item(1) in meta, 5 in meta)
del a
print(len(meta), list(meta.values()), list(meta.items()))
print(meta.get(b), meta.setdefault(b, "other"))
c = Item(3)
print(meta.setdefault(c, "third"), len(meta))
print(meta.pop(c), len(meta))
try:
    meta[[]] = 1
except TypeError as e:
    print(type(e).__name__, e)
print([r() for r in meta.keyrefs()])
print(repr(meta).startswith("<WeakKeyDictionary at 0x"))


class Key:
    """Equal keys find each other's entries."""

    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and other.k == self.k

    def __hash__(self):
        return hash(self.k)


k1, k2 = Key("x"), Key("x")
byval = weakref.WeakKeyDictionary({k1: 1})
print("equal key", byval[k2], k2 in byval)

# WeakSet
group = weakref.WeakSet()
members = [Item(i) for i in range(3)]
for m in members:
    group.add(m)
print(len(group), members[1] in group, Item(1) in group)
members.pop()
print(len(group), sorted(group, key=lambda i: i.n))
group.discard(members[0])
print(len(group))
try:
    group.remove(Item(7))
except KeyError:
    print("KeyError")
try:
    group.add(3)
except TypeError as e:
    print(type(e).__name__, e)
other = weakref.WeakSet(members)
print(group <= other, other >= group, group < other, group == other)
print(len(group | other), len(other - group), len(other & group), len(other ^ group))
print(group.isdisjoint(weakref.WeakSet([Item(5)])))
print(group.pop() in (members[1], m), len(group))
try:
    group.pop()
except KeyError as e:
    print("KeyError", e)
import collections.abc
print(isinstance(group, collections.abc.MutableSet))

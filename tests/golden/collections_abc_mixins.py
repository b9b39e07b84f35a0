# Mixin methods of the collections.abc ABCs on small user classes.
from collections.abc import (Set, MutableSet, Mapping, MutableMapping, Sequence,
                             MutableSequence, Sized, Iterable, Iterator, Generator,
                             Hashable, Container, Collection, Reversible, Callable,
                             KeysView, ItemsView, ValuesView, MappingView)
import collections.abc


def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class LSet(Set):
    def __init__(self, items=()):
        self.items = []
        for x in items:
            if x not in self.items:
                self.items.append(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return "LSet(%r)" % sorted(self.items)


a = LSet([1, 2, 3])
b = LSet([2, 3, 4])
print(a & b, a | b, a - b, b - a, a ^ b)
print(a & [3, 9], [3, 9] & a, a | [7], [1, 5] - a, a - [1], a ^ [1, 10])
print(a <= b, a <= LSet([1, 2, 3, 4]), a < LSet([1, 2, 3]), a == LSet([3, 2, 1]), a != b)
print(a >= LSet([1]), a > LSet([1]), a > a, a == {1, 2, 3}, a <= {1, 2, 3, 4})
print(a.isdisjoint([7, 8]), a.isdisjoint(b))
print(a == [1, 2, 3], a.__le__([1]))
show("a & 1", lambda: a & 1)
show("a - 1", lambda: a - 1)
show("hash(a)", lambda: hash(a))


class HSet(LSet):
    __hash__ = Set._hash


print(hash(HSet([1, 2, 3])) == hash(HSet([3, 2, 1])), hash(HSet()) == HSet()._hash())
print(HSet([1, 2, 3])._hash(), HSet(["a"])._hash() == HSet(["a"])._hash(), HSet([])._hash())


class MSet(LSet, MutableSet):
    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)


m = MSet([1, 2, 3])
m.remove(2)
print(m)
show("remove missing", lambda: m.remove(99))
print(m.pop(), m)
m |= [5, 6]
print(m)
m &= [5, 6, 7]
print(m)
m ^= [6, 8]
print(m)
m -= [8]
print(m)
m ^= m
print(m)
m.add(1)
m.clear()
print(m)
show("pop empty", lambda: m.pop())
show("abstract", lambda: MutableSet())


class DMap(Mapping):
    def __init__(self, **kw):
        self.d = dict(kw)

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)

    def __repr__(self):
        return "DMap(%r)" % self.d


dm = DMap(a=1, b=2)
print(dm.get("a"), dm.get("z"), dm.get("z", 0), "a" in dm, "z" in dm)
print(list(dm.keys()), list(dm.items()), list(dm.values()))
print(dm.keys(), type(dm.items()).__name__, len(dm.values()))
print(dm == {"a": 1, "b": 2}, dm == DMap(a=1), dm == [1], dm != {"a": 1})
print("a" in dm.keys(), ("a", 1) in dm.items(), ("a", 2) in dm.items(), ("q", 1) in dm.items(), 2 in dm.values(), 5 in dm.values())
print(dm.keys() & {"a", "c"}, dm.keys() | {"c"} == {"a", "b", "c"}, dm.items() - {("a", 1)})
print(dm.keys() == {"a", "b"}, dm.keys() < {"a", "b", "c"})
show("reversed(dm)", lambda: reversed(dm))
show("hash(dm)", lambda: hash(dm))
print(isinstance(dm.keys(), Set), isinstance(dm.values(), Set), isinstance(dm.values(), Collection))
print(repr(MappingView([1])), len(MappingView([1, 2])))


class MMap(DMap, MutableMapping):
    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]


mm = MMap(a=1)
mm.update({"b": 2}, c=3)
mm.update([("d", 4)])
mm.update(DMap(e=5))


class KeysOnly:
    def keys(self):
        return ["f"]

    def __getitem__(self, k):
        return k * 2


mm.update(KeysOnly())
print(mm.d)
print(mm.pop("a"), mm.pop("zz", "dflt"), mm.setdefault("b", 9), mm.setdefault("n", 9), mm.setdefault("o"))
show("pop missing", lambda: mm.pop("zz"))
print(mm.popitem(), mm.d)
mm.clear()
print(mm.d)
show("popitem empty", lambda: mm.popitem())
show("update 2 args", lambda: mm.update({}, {}))


class Seq(Sequence):
    def __init__(self, *items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __len__(self):
        return len(self.items)


s = Seq(1, 2, 3, 2, 1)
print(list(s), list(reversed(s)), 2 in s, 7 in s, s.count(2), s.count(9))
print(s.index(2), s.index(2, 2), s.index(1, -1), s.index(2, -3, -1), s.index(1, 0, 1))
show("index missing", lambda: s.index(9))
show("index past stop", lambda: s.index(3, 0, 2))
show("index start", lambda: s.index(1, 1, 3))
print(s.index(1, -100))


class MSeq(Seq, MutableSequence):
    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def insert(self, i, v):
        self.items.insert(i, v)


ms = MSeq(1, 2)
ms.append(3)
ms.extend([4, 5])
ms.extend(ms)
print(ms.items)
print(ms.pop(), ms.pop(0), ms.items)
ms.remove(4)
ms.reverse()
print(ms.items)
ms += (7, 8)
print(ms.items)
show("remove missing", lambda: ms.remove(100))
ms.clear()
print(ms.items)
show("pop empty", lambda: ms.pop())


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


print(list(Countdown(3)), iter(Countdown(1)).n)


class Gen(Generator):
    def __init__(self):
        self.i = 0

    def send(self, value):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return (self.i, value)

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


g = Gen()
print(next(g), g.send("x"), list(g))
show("throw", lambda: Gen().throw(ValueError, ValueError("v")))
show("throw type", lambda: Gen().throw(KeyError))
print(Gen().close())


class Stubborn(Generator):
    def send(self, value):
        return 1

    def throw(self, typ, val=None, tb=None):
        return 2


show("close", lambda: Stubborn().close())

for abc in (Sized, Iterable, Container, Hashable, Collection, Sequence, Mapping, Set, Callable, Reversible, Iterator):
    show("instantiate " + abc.__name__, lambda: abc())
print(sorted(MutableMapping.__abstractmethods__), sorted(Generator.__abstractmethods__))
print(collections.abc.Iterable[int], collections.abc.Mapping[str, int], collections.abc.Container[int])
print(collections.abc.Callable[[int, str], bool], collections.abc.Callable[..., None], collections.abc.Callable[[], int])
c = collections.abc.Callable[[int], str]
print(c.__args__, c.__origin__, c == collections.abc.Callable[[int], str])
show("Callable[int]", lambda: collections.abc.Callable[int])
show("Callable[int, str]", lambda: collections.abc.Callable[int, str])
print(collections.abc.Sequence.__module__, collections.abc.__all__[:4])

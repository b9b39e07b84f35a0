# collections.abc: ABCs, mixins, subclass hooks, builtin registrations
import collections.abc as cabc
from collections.abc import (
    Hashable, Awaitable, Coroutine, AsyncIterable, AsyncIterator, Iterable,
    Iterator, Reversible, Generator, AsyncGenerator, Sized, Container,
    Callable, Collection, Set, MutableSet, Mapping, MutableMapping,
    MappingView, KeysView, ItemsView, ValuesView, Sequence, MutableSequence,
    ByteString)
import collections
import types


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print(cabc.__all__)
for name in cabc.__all__:
    C = getattr(cabc, name)
    print(name, C, sorted(C.__abstractmethods__))

# builtins against every ABC
def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


c = coro()
samples = [
    ("int", 1), ("str", "s"), ("bytes", b"b"), ("tuple", ()), ("list", []),
    ("dict", {}), ("set", set()), ("frozenset", frozenset()),
    ("range", range(3)), ("None", None), ("float", 1.5),
    ("list_iter", iter([])), ("dict_keys", {}.keys()),
    ("dict_values", {}.values()), ("dict_items", {}.items()),
    ("dict_keyiter", iter({})), ("tuple_iter", iter(())), ("str_iter", iter("")),
    ("set_iter", iter(set())), ("range_iter", iter(range(2))),
    ("reversed", reversed([])), ("zip", zip()), ("map", map(str, [])),
    ("enumerate", enumerate([])), ("generator", gen()), ("coroutine", c),
    ("async_gen", agen()), ("function", gen), ("builtin", len),
    ("type", int), ("lambda", lambda: 0), ("method", [].append),
    ("mappingproxy", types.MappingProxyType({})),
    ("deque", collections.deque()), ("OrderedDict", collections.OrderedDict()),
    ("Counter", collections.Counter()), ("defaultdict", collections.defaultdict()),
    ("ChainMap", collections.ChainMap()), ("namedtuple", collections.namedtuple("P", "x y")(1, 2)),
]
for label, obj in samples:
    print(label, "".join(
        "1" if isinstance(obj, getattr(cabc, n)) else "." for n in cabc.__all__))
c.close()

# structural hooks on user classes
class OnlyIter:
    def __iter__(self):
        return iter([])


class OnlyLen:
    def __len__(self):
        return 0


class OnlyContains:
    def __contains__(self, x):
        return False


class OnlyCall:
    def __call__(self):
        pass


class Coll(OnlyIter, OnlyLen, OnlyContains):
    pass


class Unhashable:
    __hash__ = None


class Eq:
    def __eq__(self, other):
        return True


class NoIter(OnlyIter):
    __iter__ = None


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class Rev(OnlyIter):
    def __reversed__(self):
        return iter([])


class Aw:
    def __await__(self):
        yield


class AIt:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration


class GenLike(It):
    def send(self, v):
        raise StopIteration

    def throw(self, *a):
        raise StopIteration

    def close(self):
        pass


for cls in (OnlyIter, OnlyLen, OnlyContains, OnlyCall, Coll, Unhashable, Eq,
            NoIter, It, Rev, Aw, AIt, GenLike):
    print(cls.__name__, "".join(
        "1" if issubclass(cls, getattr(cabc, n)) else "." for n in cabc.__all__))

print(isinstance(OnlyLen(), Sized), isinstance(OnlyCall(), Callable), isinstance(Coll(), Collection))
print(issubclass(OnlyIter, Sequence), issubclass(Coll, Set), issubclass(Coll, Mapping))


# Set mixins
class ListSet(Set):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            if x not in self.items:
                self.items.append(x)

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return "ListSet(%r)" % sorted(self.items)


a = ListSet([1, 2, 3])
b = ListSet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, b - a)
print(a & [3, 9], [3, 9] & a, a | [9], [9] | a, a - [1], [1, 2, 7] - a, a ^ [1, 9], [1, 9] ^ a)
print(a <= b, a < ListSet([1, 2, 3, 4]), a >= ListSet([1]), a > a, a == ListSet([3, 2, 1]), a != b)
print(a == {1, 2, 3}, {1, 2, 3} == a, a <= {1, 2, 3, 4}, a == [1, 2, 3])
print(a.isdisjoint([7, 8]), a.isdisjoint(b))
show("a & 3", lambda: a & 3)
show("a < [1]", lambda: a < [1])
show("hash(a)", lambda: hash(a))


class HashSet(ListSet):
    __hash__ = Set._hash


# the frozenset algorithm: CPython's hash(frozenset({1, 2, 3})) is this value too
print(hash(HashSet([1, 2, 3])), hash(HashSet()), hash(HashSet([-1, 2**70])))
print(hash(HashSet([1, 2, 3])) == hash(HashSet([3, 2, 1])))


# MutableSet mixins
class MySet(ListSet, MutableSet):
    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)


s = MySet([1, 2, 3])
s.remove(1)
show("remove missing", lambda: s.remove(10))
print(s, s.pop(), s)
s |= [5, 6]
print(s)
s &= [5, 6, 7]
print(s)
s ^= [6, 8]
print(s)
s -= [8]
print(s)
s ^= s
print(s)
s.add(1)
s.clear()
print(s, len(s))
show("pop empty", lambda: MySet().pop())
print(isinstance(s, MutableSet), isinstance(s, Set), isinstance(s, Hashable))
show("MySet abstract", lambda: type("Half", (MutableSet,), {"__contains__": None, "__iter__": None, "__len__": None})())


# Mapping mixins
class DictMap(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __repr__(self):
        return "DictMap(%r)" % self._d


m = DictMap(a=1, b=2)
print(m["a"], m.get("a"), m.get("z"), m.get("z", 0), "a" in m, "z" in m)
print(list(m.keys()), list(m.items()), list(m.values()))
print(m.keys(), type(m.items()).__name__, len(m.values()))
print(m == {"a": 1, "b": 2}, {"b": 2, "a": 1} == m, m == {"a": 1}, m == [("a", 1)])
print("a" in m.keys(), ("a", 1) in m.items(), ("a", 2) in m.items(), ("q", 1) in m.items(), 2 in m.values(), 5 in m.values())
print(sorted(m.keys() & {"a", "x"}), sorted(m.keys() | {"x"}), sorted(m.items() - {("a", 1)}))
print(m.keys() == {"a", "b"}, m.items() <= {("a", 1), ("b", 2), ("c", 3)})
show("hash(m)", lambda: hash(m))
print(Mapping.__reversed__)
show("DictMap abstract", lambda: type("H", (Mapping,), {})())
print(isinstance(m, Mapping), isinstance(m, MutableMapping), isinstance(m, Collection))
print(isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView), isinstance({}.values(), ValuesView), isinstance({}.keys(), MappingView))
print(isinstance({}.keys(), Set), isinstance({}.values(), Set))
print(KeysView({"x": 1}), ValuesView({}), list(ItemsView({"k": "v"})), len(KeysView({1: 2, 3: 4})))
mv = MappingView({1: 2})
print(mv, len(mv))
show("MappingView iter", lambda: iter(mv))


# MutableMapping mixins
class MyMap(DictMap, MutableMapping):
    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]


mm = MyMap(a=1)
mm.update({"b": 2}, c=3)
mm.update([("d", 4)])
mm.update(DictMap(e=5))


class KeysOnly:
    def keys(self):
        return ["f"]

    def __getitem__(self, k):
        return k * 2


mm.update(KeysOnly())
print(sorted(mm.items()))
print(mm.pop("a"), mm.pop("zz", "dflt"))
show("pop missing", lambda: mm.pop("zz"))
print(mm.setdefault("b", 9), mm.setdefault("n"), mm.setdefault("o", 7), mm["o"])
print(mm.popitem(), len(mm))
mm.clear()
print(len(mm), dict(mm))
show("popitem empty", lambda: mm.popitem())
show("update bad", lambda: mm.update(5))
mm.update(other=1, self=2)
print(sorted(mm.items()))


# Sequence mixins
class Seq(Sequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


q = Seq(1, 2, 3, 2, 1)
print(list(q), list(reversed(q)), 2 in q, 9 in q, q.index(2), q.index(2, 2), q.index(1, -1), q.count(2), q.count(9))
show("index missing", lambda: q.index(9))
show("index stop", lambda: q.index(3, 0, 2))
print(q.index(3, -4, -1))
print(isinstance(q, Sequence), isinstance(q, Reversible), isinstance(q, MutableSequence), isinstance(q, Hashable))
show("Seq abstract", lambda: type("H", (Sequence,), {})())


class Nan:
    def __eq__(self, other):
        return False


n = Nan()
print(n in Seq(n), Seq(n).count(n), Seq(n).index(n))


# MutableSequence mixins
class MySeq(MutableSequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)

    def __repr__(self):
        return "MySeq%r" % (tuple(self._items),)


ms = MySeq(1, 2)
ms.append(3)
ms.extend([4, 5])
ms.insert(0, 0)
print(ms)
ms.reverse()
print(ms, ms.pop(), ms.pop(0), ms)
ms.remove(2)
print(ms)
show("remove missing", lambda: ms.remove(42))
ms += [7]
print(ms)
ms.extend(ms)
print(ms)
ms.clear()
print(ms, len(ms))
show("pop empty", lambda: ms.pop())

# generic aliases
print(Iterable[int], Mapping[str, int], MutableSequence[bytes], KeysView[str], Awaitable[int])
print(Iterable[int].__origin__ is Iterable, Mapping[str, int].__args__)
print(type(Iterable[int]) is types.GenericAlias)
ca = Callable[[int, str], bool]
print(ca, ca.__origin__ is Callable, ca.__args__)
print(Callable[..., int], Callable[..., int].__args__)
print(Callable[[], None], Callable[[], None].__args__)
print(Callable[[list[int]], dict[str, int]])
print(Callable[[Iterable[int]], Seq])
print(Callable[[int], str] == Callable[[int], str], Callable[[int], str] == Callable[[str], str])
print(hash(Callable[[int], str]) == hash(Callable[[int], str]))
show("Callable[int]", lambda: Callable[int])
show("Callable[int, str]", lambda: Callable[int, str])


# registration through collections.abc
class Virtual:
    pass


Sequence.register(Virtual)
print(issubclass(Virtual, Sequence), issubclass(Virtual, Iterable), issubclass(Virtual, Sized), issubclass(Virtual, MutableSequence))


# Generator / Coroutine mixins
class CountGen(Generator):
    def __init__(self):
        self.n = 0

    def send(self, v):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


g = CountGen()
print(list(g), iter(g) is g)
g2 = CountGen()
g2.close()
show("throw", lambda: CountGen().throw(ValueError))
show("throw val", lambda: CountGen().throw(ValueError, ValueError("v")))


class StubbornGen(CountGen):
    def throw(self, *a):
        return 1


show("stubborn close", lambda: StubbornGen().close())
show("Generator abstract", lambda: type("G", (Generator,), {})())


class Co(Coroutine):
    def send(self, v):
        raise StopIteration(v)

    def throw(self, *a):
        return super().throw(*a)

    def __await__(self):
        return iter([])


co = Co()
co.close()
print(isinstance(co, Awaitable), isinstance(co, Coroutine))
show("co.throw", lambda: co.throw(KeyError("k")))


# abstract method error messages
class HalfMap(MutableMapping):
    def __getitem__(self, k):
        pass


show("HalfMap()", lambda: HalfMap())
show("Iterator()", lambda: Iterator())
show("Hashable()", lambda: Hashable())


class JustNext(Iterator):
    def __next__(self):
        return 1


print(next(JustNext()), iter(JustNext()).__class__.__name__)
print(sorted(MutableSequence.__abstractmethods__))


# a metaclass deriving from ABCMeta, and a dataclass-like decorator
class Meta(type(Mapping)):
    def __new__(mcls, name, bases, ns):
        ns.setdefault("tag", name.lower())
        return super().__new__(mcls, name, bases, ns)


class Tagged(Mapping, metaclass=Meta):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        return self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


t = Tagged({"x": 1})
print(type(Tagged).__name__, t.tag, dict(t), isinstance(t, Mapping), isinstance(t, MutableMapping))


def with_len(cls):
    cls.__len__ = lambda self: len(self.__dict__)
    import abc
    return abc.update_abstractmethods(cls)


@with_len
class Record(Sized):
    def __init__(self, **kw):
        self.__dict__.update(kw)


print(len(Record(a=1, b=2)), sorted(Record.__abstractmethods__))
print(collections.abc is cabc, cabc.Iterable.__module__, cabc.__name__)


# subclassing parameterized ABCs
class IntIter(Iterable[int]):
    def __iter__(self):
        return iter([1, 2])


class Fn(Callable[[int], str]):
    def __call__(self, x):
        return str(x)


print(IntIter.__mro__, IntIter.__orig_bases__, list(IntIter()))
print(Fn.__mro__, Fn.__orig_bases__, Fn()(3))
print(Generator[int, None, None], AsyncGenerator[int, None], Coroutine[None, None, int])
print(Callable[[int], str].__parameters__)
show("isinstance(x, Iterable[int])", lambda: isinstance([], Iterable[int]))
print(isinstance(len, Callable), isinstance(IntIter, Callable), isinstance(IntIter(), Callable), callable(Fn()))
print(type({}.keys() - {1}).__name__, type(m.keys() - {1}).__name__)

# Which builtin objects the collections.abc ABCs recognise, and the one-trick
# ABCs' structural checks on user classes.
import collections.abc as cabc
from collections.abc import *

names = ["Hashable", "Iterable", "Iterator", "Reversible", "Generator", "Sized", "Container",
         "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
         "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence",
         "ByteString", "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator"]
print(" ".join(n[:4] for n in names))
abcs = [getattr(cabc, n) for n in names]
d = {1: 2}
values = [[], (), "", b"", {}, set(), frozenset(), range(3), iter([]), iter(()), iter(""),
          iter(b""), iter({}), iter(set()), iter(range(2)), reversed([]), (x for x in []),
          zip(), map(len, []), filter(None, []), enumerate([]), 1, 1.5, True, None, len,
          lambda: 0, int, type, print, object()]
for v in values:
    print(f"{type(v).__name__:22}", "".join("X" if isinstance(v, a) else "." for a in abcs))
# dict views: everything but Hashable
for v in (d.keys(), d.values(), d.items()):
    print(f"{type(v).__name__:22}", "".join("X" if isinstance(v, a) else "." for a in abcs[1:]))


async def co():
    pass


async def ag():
    yield


c = co()
print("coroutine", [isinstance(c, a) for a in (Awaitable, Coroutine, Iterable, Generator)])
c.close()
g = ag()
print("async_generator", [isinstance(g, a) for a in (AsyncIterable, AsyncIterator, AsyncGenerator, Iterable)])
print("classes", [issubclass(k, Sequence) for k in (list, tuple, str, bytes, range, dict, set)])
print("mutable", [issubclass(k, MutableSequence) for k in (list, tuple, str, bytes)])
print("mapping", [issubclass(k, a) for k in (dict,) for a in (Mapping, MutableMapping, Set)])


class Sz:
    def __len__(self):
        return 0


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class Coll(Sz):
    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False


class Rev(Coll):
    def __reversed__(self):
        return iter(())


class NoHash:
    __hash__ = None


class NoIter(Coll):
    __iter__ = None


class Calls:
    def __call__(self):
        pass


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
        pass

    def throw(self, *a):
        pass

    def close(self):
        pass


class CoroLike(Aw):
    def send(self, v):
        pass

    def throw(self, *a):
        pass

    def close(self):
        pass


print("bound method", isinstance(Sz().__len__, Callable), isinstance([].append, Callable))
for k in (Sz, It, Coll, Rev, NoHash, NoIter, Calls, Aw, AIt, GenLike, CoroLike):
    print(f"{k.__name__:22}", "".join("X" if issubclass(k, a) else "." for a in abcs))


class Seq(Sequence):
    def __getitem__(self, i):
        return [1][i]

    def __len__(self):
        return 1


class Plain:
    def __getitem__(self, i):
        return i

    def __len__(self):
        return 1


print("Sequence needs inheritance", issubclass(Seq, Sequence), issubclass(Plain, Sequence), issubclass(Plain, Sized))
Sequence.register(Plain)
print("registered", issubclass(Plain, Sequence), isinstance(Plain(), Reversible), issubclass(Plain, Collection))
try:
    Sequence.register(1)
except TypeError as e:
    print("TypeError", e)
print(issubclass(Coll, Set), issubclass(Set, Collection), issubclass(KeysView, Set), issubclass(ValuesView, Set))
print([c.__name__ for c in MutableMapping.__mro__])
print([c.__name__ for c in ItemsView.__mro__])
print(sorted(Sequence.__abstractmethods__), sorted(Mapping.__abstractmethods__), sorted(MappingView.__abstractmethods__))

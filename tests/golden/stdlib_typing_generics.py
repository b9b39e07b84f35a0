# typing: TypeVar, Generic, Protocol, ParamSpec, TypeVarTuple
from typing import (TypeVar, Generic, Protocol, runtime_checkable, List, Dict, Tuple,
                    Callable, Optional, Union, Iterable, ParamSpec, Concatenate,
                    TypeVarTuple, Unpack, get_args, get_origin, SupportsInt,
                    SupportsFloat, SupportsIndex, SupportsAbs)


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
T_co = TypeVar('T_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
N = TypeVar('N', int, float)
B = TypeVar('B', bound='Comparable')
print(T, T_co, T_contra, N, B)
print(T.__name__, T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__)
print(N.__constraints__, B.__bound__, T_co.__covariant__)
print(T == T, T == TypeVar('T'), T.__module__)
print(Union[T, int], Optional[T], T | None, int | T)
print(List[T], Dict[K, V], Dict[K, V].__parameters__)
print(List[T][int], Dict[str, V][int], Dict[K, List[V]][str, float])
print(Callable[[T], K][int, str], Tuple[T, ...][int])
print(Union[T, List[T]][str], Optional[T][int])

show("TypeVar co+contra", lambda: TypeVar('X', covariant=True, contravariant=True))
show("TypeVar single", lambda: TypeVar('X', int))
show("TypeVar bound+constraints", lambda: TypeVar('X', int, str, bound=int))
show("List[T][int, str]", lambda: List[T][int, str])
show("Dict[K, V][int]", lambda: Dict[K, V][int])


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item

    def __repr__(self):
        return f"Box({self.item!r})"


print(Box.__parameters__, Box.__orig_bases__, Box.__mro__)
print(Box[int], Box[int].__origin__ is Box, Box[int].__args__, Box[List[str]])
b = Box[int](3)
print(b, b.get(), b.__orig_class__, type(b).__name__)
b2 = Box("x")
print(b2, hasattr(b2, '__orig_class__'))
print(get_origin(Box[int]) is Box, get_args(Box[int]))
print(Box[int] == Box[int], Box[int] == Box[str])
print(isinstance(b, Box), issubclass(Box, Generic))


class IntBox(Box[int]):
    def double(self):
        return self.item * 2


ib = IntBox(21)
print(IntBox.__parameters__, IntBox.__orig_bases__, ib.double(), ib.get(), isinstance(ib, Box))
print([c.__name__ for c in IntBox.__mro__])


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v


print(Pair.__parameters__, Pair[str, int], Pair[str, int](1, 2).k)


class StrPair(Pair[str, V]):
    pass


print(StrPair.__parameters__, StrPair[int], StrPair.__orig_bases__)


class Mixed(Box[T], Pair[K, V]):
    pass


print(Mixed.__parameters__)


class Explicit(Box[T], Pair[K, V], Generic[K, V, T]):
    pass


print(Explicit.__parameters__, Explicit[int, str, float])

show("Generic[int]", lambda: Generic[int])
show("Generic[T, T]", lambda: Generic[T, T])
show("Generic[()]", lambda: Generic[()])
show("Box[int, str]", lambda: Box[int, str])
show("IntBox[int]", lambda: IntBox[int])
try:
    class Bad(Generic):
        pass
except TypeError as e:
    print("plain Generic:", e)
try:
    class Bad2(Box[T], Generic[K]):
        pass
except TypeError as e:
    print("not listed:", e)
try:
    class Bad3(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print("twice:", e)
try:
    class Bad4(T):
        pass
except TypeError as e:
    print("subclass TypeVar:", e)


# Protocols
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None:
        ...


class Named(Protocol):
    name: str


@runtime_checkable
class SizedIter(Protocol[T_co]):
    def __len__(self) -> int: ...
    def __iter__(self): ...


class File:
    def close(self):
        print("closing")


class NotFile:
    pass


class NoClose:
    close = None


print(isinstance(File(), Closable), isinstance(NotFile(), Closable), isinstance(NoClose(), Closable))
print(issubclass(File, Closable), issubclass(NotFile, Closable))
print(isinstance([1], SizedIter), isinstance(3, SizedIter), SizedIter.__parameters__)
print(SizedIter[int], Closable._is_protocol, Named._is_protocol)
show("isinstance non-runtime", lambda: isinstance(File(), Named))
show("Protocol()", lambda: Closable())
show("runtime_checkable(int)", lambda: runtime_checkable(File))


class Impl(Closable):
    def __init__(self, tag):
        self.tag = tag

    def close(self):
        return "closed " + self.tag


i = Impl("a")
print(i.close(), isinstance(i, Closable), Impl._is_protocol)


class Inherited(Closable):
    pass


print(isinstance(Inherited(), Closable), Inherited().close())


def close_all(items: Iterable[Closable]) -> int:
    n = 0
    for it in items:
        if isinstance(it, Closable):
            it.close()
            n += 1
    return n


print(close_all([File(), NotFile(), File()]))

class Vec:
    def __abs__(self):
        return 5


print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(2.5, SupportsFloat))
print(isinstance(3, SupportsIndex), isinstance(3.5, SupportsIndex), isinstance(Vec(), SupportsAbs))
print(SupportsInt, SupportsAbs[int])

# ParamSpec / Concatenate / TypeVarTuple (basic)
P = ParamSpec('P')
print(P, P.args, P.kwargs, P.__name__, P.args.__origin__ is P)
print(Callable[P, int], Concatenate[int, P], Callable[Concatenate[int, P], int])
print(get_args(Callable[P, int]), get_args(Concatenate[str, P]))
print(Callable[P, T].__parameters__)
print(Callable[P, T][[int, str], bool])
Ts = TypeVarTuple('Ts')
print(Ts, Unpack[Ts], Tuple[Unpack[Ts]], Ts.__name__)
print(Tuple[Unpack[Ts]].__parameters__)

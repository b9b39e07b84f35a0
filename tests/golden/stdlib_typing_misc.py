# typing: assorted interactions (ABC aliases, IO, generic protocols, AnyStr, Self)
import typing
from typing import dataclass_transform, no_type_check_decorator, TypeGuard
from typing import (IO, TextIO, BinaryIO, Iterable, Iterator, Sequence, Mapping, Callable,
                    Hashable, Sized, Generic, TypeVar, Protocol, runtime_checkable, AnyStr,
                    Deque, DefaultDict, OrderedDict, Counter, ChainMap, List, Dict, Optional,
                    Union, Any, Self, get_origin, get_args, get_type_hints, Literal, Type,
                    ContextManager, Generator, AsyncIterator, Coroutine, Awaitable)
import collections

print(IO, TextIO, BinaryIO, IO[str], TextIO.__orig_bases__, IO.__parameters__)
print(Iterable[int].__origin__, Sequence.__origin__, Callable.__origin__, Hashable.__origin__)
print(Mapping[str, int].__origin__, Sized.__origin__, Iterator.__origin__)
print(Deque[int], DefaultDict[str, list], OrderedDict[str, int], Counter[str], ChainMap[str, int])
print(Deque.__origin__ is collections.deque, DefaultDict.__origin__ is collections.defaultdict)
d = Deque[int]([1, 2])
print(list(d), type(d).__name__)
dd = DefaultDict[str, List[int]](list)
dd["a"].append(1)
print(dict(dd))
print(Generator[int, None, str], Coroutine[Any, Any, int], Awaitable[int], AsyncIterator[str])
print(ContextManager[int], Type[Union[int, str]])


def concat(a: AnyStr, b: AnyStr) -> AnyStr:
    return a + b


print(concat("a", "b"), concat(b"x", b"y"), get_type_hints(concat))
print(AnyStr.__constraints__, AnyStr.__module__, typing.T, typing.KT, typing.T_co)

T = TypeVar("T")
S = TypeVar("S", bound="Shape")


@runtime_checkable
class SupportsLen(Protocol):
    def __len__(self) -> int: ...


@runtime_checkable
class Source(Protocol[T]):
    def read(self) -> T: ...


class StrSource:
    def read(self) -> str:
        return "data"


class IntSource(Source[int]):
    def __init__(self, v: int):
        self.v = v

    def read(self) -> int:
        return self.v


print(isinstance(StrSource(), Source), isinstance(IntSource(3), Source), IntSource(3).read())
print(Source[int], Source.__parameters__, IntSource.__parameters__, IntSource.__orig_bases__)
print(isinstance("abc", SupportsLen), isinstance(3, SupportsLen), isinstance({}, SupportsLen))
print(issubclass(list, SupportsLen), issubclass(int, SupportsLen))


class Shape:
    def __init__(self, name: str):
        self.name = name

    def set_name(self, name: str) -> Self:
        self.name = name
        return self

    @classmethod
    def make(cls: Type[S], name: str) -> S:
        return cls(name)


class Circle(Shape):
    pass


c = Circle.make("c").set_name("circle")
print(type(c).__name__, c.name, S, S.__bound__)
print(get_type_hints(Shape.set_name), get_type_hints(Shape.make))


class Registry(Generic[T]):
    subclasses: List[str] = []

    def __init_subclass__(cls, /, tag: str = "", **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.subclasses.append(f"{cls.__name__}:{tag}")


class IntRegistry(Registry[int], tag="ints"):
    pass


class Plain(Registry, tag="plain"):
    pass


print(Registry.subclasses, IntRegistry.__parameters__, Plain.__parameters__)
print(get_origin(Generic), get_origin(Registry[int]) is Registry, get_args(Registry[str]))

Mode = Literal["r", "w", "a"]
Callback = Callable[[int], Optional[str]]
Table = Dict[str, List[Union[int, float]]]
print(Mode, Callback, Table)
print(get_args(Mode), get_args(get_args(Table)[1]))


class Event(Generic[T]):
    def __init__(self, payload: T) -> None:
        self.payload = payload

    def map(self, fn: Callable[[T], S]) -> "Event[S]":
        return Event(fn(self.payload))


e = Event[int](4).map(lambda v: v * 10)
print(e.payload, Event[int](1).__orig_class__, get_type_hints(Event.map))

# subscriptions are cached (List[int] is List[int]) and aliases copy/deepcopy to themselves
import copy
print(List[int] is List[int], Optional[int] is Optional[int], Literal[1] is Literal[1],
      Literal[1] is Literal[True], Box_ is Box_ if (Box_ := Registry[int]) else None)
for obj in (List[int], T, Optional[int], Any, Union, Callable[[int], str], Literal[1], List, Dict[str, T]):
    for fn in (copy.copy, copy.deepcopy):
        r = fn(obj)
        print(repr(r), r == obj, r is obj)


# dataclass_transform, no_type_check_decorator, TypeGuard


@dataclass_transform(kw_only_default=True, field_specifiers=(int,))
def model(cls):
    return cls


@model
class Thing:
    a: int


print(model.__dataclass_transform__, Thing.__name__)


@no_type_check_decorator
def mydeco(fn):
    return fn


@mydeco
def plain(x: "bogus!!") -> "also bogus":
    return x


print(plain(3), plain.__no_type_check__, get_type_hints(plain))


def is_str(v: object) -> TypeGuard[str]:
    return isinstance(v, str)


print(is_str("a"), get_type_hints(is_str))
print(typing.Text, typing.TYPE_CHECKING, typing.AnyStr)

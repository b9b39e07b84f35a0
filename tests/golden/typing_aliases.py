# Reprs, equality, hashing and errors of typing's subscripted hints.
import typing
from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Type,
                    Deque, DefaultDict, OrderedDict, Counter, ChainMap, Callable,
                    Iterable, Iterator, Generator, Mapping, MutableMapping, Sequence,
                    AbstractSet, Awaitable, Coroutine, AsyncIterator, Hashable, Sized,
                    ByteString, Literal, ClassVar, Final, Annotated, TypeGuard, Required,
                    NotRequired, NoReturn, Never, Self, LiteralString, TypeAlias,
                    ContextManager, AsyncContextManager, ForwardRef, get_origin, get_args)
import collections
import collections.abc


def sub(base):
    class X(base):
        pass
    return X.__mro__


def show(label, f):
    try:
        print(label, "=>", repr(f()))
    except Exception as e:
        print(label, "=> !%s: %s" % (type(e).__name__, e))


for name in ["List", "Dict", "Set", "FrozenSet", "Tuple", "Type", "Deque", "DefaultDict",
             "OrderedDict", "Counter", "ChainMap", "Callable", "Iterable", "Iterator",
             "Generator", "Mapping", "MutableMapping", "Sequence", "AbstractSet", "Awaitable",
             "Coroutine", "AsyncIterator", "Hashable", "Sized", "ByteString", "Union",
             "Optional", "Literal", "ClassVar", "Final", "TypeGuard", "Required",
             "NotRequired", "NoReturn", "Never", "Self", "LiteralString", "TypeAlias",
             "Any", "ContextManager", "AsyncContextManager", "Concatenate", "Unpack",
             "Text", "AnyStr", "Generic", "Protocol", "Annotated"]:
    print(name, repr(getattr(typing, name)))

show("List[int]", lambda: List[int])
show("Dict[str, List[int]]", lambda: Dict[str, List[int]])
show("Set[float]", lambda: Set[float])
show("FrozenSet[bytes]", lambda: FrozenSet[bytes])
show("Tuple[int]", lambda: Tuple[int])
show("Tuple[int, str]", lambda: Tuple[int, str])
show("Tuple[int, ...]", lambda: Tuple[int, ...])
show("Tuple[()]", lambda: Tuple[()])
show("Tuple[()].__args__", lambda: Tuple[()].__args__)
show("Tuple[int, ...].__args__", lambda: Tuple[int, ...].__args__)
show("Type[int]", lambda: Type[int])
show("Deque[int]", lambda: Deque[int])
show("DefaultDict[str, int]", lambda: DefaultDict[str, int])
show("OrderedDict[str, int]", lambda: OrderedDict[str, int])
show("Counter[str]", lambda: Counter[str])
show("ChainMap[str, int]", lambda: ChainMap[str, int])
show("Iterable[int]", lambda: Iterable[int])
show("Generator[int, None, None]", lambda: Generator[int, None, None])
show("Mapping[str, Any]", lambda: Mapping[str, Any])
show("Coroutine[Any, Any, int]", lambda: Coroutine[Any, Any, int])
show("ContextManager[int]", lambda: ContextManager[int])
show("List[None]", lambda: List[None])
show("List['int']", lambda: List["int"])
show("List[list[int]]", lambda: List[list[int]])
show("List[1]", lambda: List[1])
show("List[...]", lambda: List[...])

print("-- Union and Optional")
show("Union[int]", lambda: Union[int])
show("Union[int, str]", lambda: Union[int, str])
show("Union[int, None]", lambda: Union[int, None])
show("Union[None, int]", lambda: Union[None, int])
show("Union[int, str, None]", lambda: Union[int, str, None])
show("Union[int, Union[str, float]]", lambda: Union[int, Union[str, float]])
show("Union[int, int]", lambda: Union[int, int])
show("Union[int|str, float]", lambda: Union[int | str, float])
show("Union[int, 'str']", lambda: Union[int, "str"])
show("Optional[int]", lambda: Optional[int])
show("Optional[Union[int, str]]", lambda: Optional[Union[int, str]])
show("Optional[None]", lambda: Optional[None])
show("Union[int, str] == Union[str, int]", lambda: Union[int, str] == Union[str, int])
show("Union[int, str] == (int | str)", lambda: Union[int, str] == (int | str))
show("Union[int, str] == Union[int, str, int]", lambda: Union[int, str] == Union[int, str, int])
show("Union[int, str] == int", lambda: Union[int, str] == int)
show("hash", lambda: hash(Union[int, str]) == hash(Union[str, int]))
show("in set", lambda: Union[int, str] in {Union[str, int]})
show("args", lambda: Union[int, str, None].__args__)
show("origin", lambda: Union[int, str].__origin__)
show("isinstance(1, Union[int, str])", lambda: isinstance(1, Union[int, str]))
show("isinstance(1.5, Optional[int])", lambda: isinstance(1.5, Optional[int]))
show("issubclass(bool, Union[int, str])", lambda: issubclass(bool, Union[int, str]))
show("Union()", lambda: Union[int, str]())
show("Union[()]", lambda: Union[()])
show("Optional[int, str]", lambda: Optional[int, str])
show("Union[(1, 2), int]", lambda: Union[(1, 2), int])
show("subclass Union[...]", lambda: sub(Union[int, str]))

print("-- | operator")
show("List[int] | None", lambda: List[int] | None)
show("None | List[int]", lambda: None | List[int])
show("int | List[int]", lambda: int | List[int])
show("List[int] | Dict[str, int]", lambda: List[int] | Dict[str, int])
show("Optional[int] | str", lambda: Optional[int] | str)
show("Literal[1] | Literal[2]", lambda: Literal[1] | Literal[2])
show("Any | int", lambda: Any | int)
show("int | Any", lambda: int | Any)
show("List | None", lambda: List | None)
show("ClassVar | int", lambda: NoReturn | int)
show("List[int] | 'X'", lambda: List[int] | "X")

print("-- Callable")
show("Callable[[int], str]", lambda: Callable[[int], str])
show("Callable[[int, str], None]", lambda: Callable[[int, str], None])
show("Callable[..., str]", lambda: Callable[..., str])
show("Callable[[], int]", lambda: Callable[[], int])
show("Callable[int, str]", lambda: Callable[int, str])
show("Callable[[...], int]", lambda: Callable[[...], int])
show("Callable[[int], str].__args__", lambda: Callable[[int], str].__args__)
show("Callable[..., str].__args__", lambda: Callable[..., str].__args__)
show("Callable[[int], str].__origin__", lambda: Callable[[int], str].__origin__)
show("Callable eq", lambda: Callable[[int], str] == Callable[[int], str])
show("Callable ne", lambda: Callable[[int], str] == Callable[[str], str])
show("Callable[[int]]", lambda: Callable[[int]])
show("Callable[int]", lambda: Callable[int])
show("Callable[[int], (1, 2)]", lambda: Callable[[int], (1, 2)])
show("Callable[[List[int]], Dict[str, int]]", lambda: Callable[[List[int]], Dict[str, int]])
show("isinstance(len, Callable)", lambda: isinstance(len, Callable))
show("isinstance(1, Callable)", lambda: isinstance(1, Callable))
show("isinstance(len, Callable[[int], int])", lambda: isinstance(len, Callable[[int], int]))

print("-- Literal")
show("Literal[1]", lambda: Literal[1])
show("Literal[1, 'a', None, True, b'x']", lambda: Literal[1, "a", None, True, b"x"])
show("Literal[1, 1, 2]", lambda: Literal[1, 1, 2])
show("Literal[Literal[1, 2], 3]", lambda: Literal[Literal[1, 2], 3])
show("Literal[1, 2] == Literal[2, 1]", lambda: Literal[1, 2] == Literal[2, 1])
show("Literal[True] == Literal[1]", lambda: Literal[True] == Literal[1])
show("Literal[0] == Literal[False]", lambda: Literal[0] == Literal[False])
show("Literal hash", lambda: hash(Literal[1, 2]) == hash(Literal[2, 1]))
show("Literal[()]", lambda: Literal[()])
show("Literal[...]", lambda: Literal[...])
show("Literal[1].__args__", lambda: Literal[1].__args__)
show("Literal[1][int]", lambda: Literal[1][int])
show("isinstance(1, Literal[1])", lambda: isinstance(1, Literal[1]))
show("Union[Literal[1], Literal[True]]", lambda: Union[Literal[1], Literal[True]])
show("subclass Literal[1]", lambda: sub(Literal[1]))

print("-- ClassVar, Final, TypeGuard, Required")
show("ClassVar[int]", lambda: ClassVar[int])
show("Final[int]", lambda: Final[int])
show("TypeGuard[List[int]]", lambda: TypeGuard[List[int]])
show("Required[int]", lambda: Required[int])
show("NotRequired[str]", lambda: NotRequired[str])
show("ClassVar[int, str]", lambda: ClassVar[int, str])
show("Final[int, str]", lambda: Final[int, str])
show("TypeGuard[(1,)]", lambda: TypeGuard[(1,)])
show("Required[int, str]", lambda: Required[int, str])
show("ClassVar[ClassVar[int]]", lambda: ClassVar[ClassVar[int]])
show("ClassVar[Final[int]]", lambda: ClassVar[Final[int]])
show("Final[ClassVar[int]]", lambda: Final[ClassVar[int]])
show("List[ClassVar[int]]", lambda: List[ClassVar[int]])
show("Union[Final[int], int]", lambda: Union[Final[int], int])
show("List[Union]", lambda: List[Union])
show("List[ClassVar]", lambda: List[ClassVar])
show("List[typing.Generic]", lambda: List[typing.Generic])
show("Tuple[int, typing.Protocol]", lambda: Tuple[int, typing.Protocol])
show("List[Any]", lambda: List[Any])
show("List[NoReturn]", lambda: List[NoReturn])
show("ClassVar[int] == ClassVar[int]", lambda: ClassVar[int] == ClassVar[int])
show("Self[int]", lambda: Self[int])
show("Never[int]", lambda: Never[int])
show("Any[int]", lambda: Any[int])
show("ClassVar()", lambda: ClassVar())
show("Final[int]()", lambda: Final[int]())
show("isinstance(1, ClassVar)", lambda: isinstance(1, ClassVar))
show("issubclass(int, Final)", lambda: issubclass(int, Final))
show("isinstance(1, Any)", lambda: isinstance(1, Any))
show("Any()", lambda: Any())
show("subclass ClassVar", lambda: sub(ClassVar))
show("subclass ClassVar[int]", lambda: sub(ClassVar[int]))
show("Union.__name__", lambda: (Union.__name__, Optional.__qualname__, List.__name__))


class SubAny(Any):
    pass


show("subclass Any", lambda: (SubAny.__mro__, type(SubAny()).__name__))

print("-- Annotated")
show("Annotated[int, 'm']", lambda: Annotated[int, "m"])
show("Annotated[List[int], 1, 2]", lambda: Annotated[List[int], 1, 2])
show("nested", lambda: Annotated[Annotated[int, "a"], "b"])
show("__metadata__", lambda: Annotated[int, "m", 2].__metadata__)
show("__origin__", lambda: Annotated[int, "m"].__origin__)
show("eq", lambda: (Annotated[int, "m"] == Annotated[int, "m"], Annotated[int, "m"] == Annotated[int, "n"], Annotated[int, "m"] == int))
show("hash", lambda: hash(Annotated[int, 1]) == hash(Annotated[int, 1]))
show("Annotated[int]", lambda: Annotated[int])
show("Annotated[(1, 2), 1]", lambda: Annotated[(1, 2), 1])
show("Annotated[ClassVar[int], 1]", lambda: Annotated[ClassVar[int], 1])
show("Annotated()", lambda: Annotated())
show("Annotated[int, 1]('5')", lambda: Annotated[int, 1]("5"))
show("Annotated | None", lambda: Annotated[int, 1] | None)


class FromAnnotated(Annotated[list, "x"]):
    pass


show("base Annotated", lambda: FromAnnotated.__mro__)

print("-- behaviour")
show("List[int] == List[int]", lambda: List[int] == List[int])
show("List[int] == List[str]", lambda: List[int] == List[str])
show("List[int] == list[int]", lambda: List[int] == list[int])
show("List == list", lambda: List == list)
show("hash(List[int])", lambda: hash(List[int]) == hash(List[int]))
show("{List[int]: 1}", lambda: {List[int]: 1}[List[int]])
show("List[int].__origin__", lambda: List[int].__origin__)
show("List[int].__args__", lambda: List[int].__args__)
show("List[int].__parameters__", lambda: List[int].__parameters__)
show("List.__origin__", lambda: List.__origin__)
show("Deque.__origin__", lambda: Deque.__origin__)
show("List[int].append", lambda: List[int].append is list.append)
show("str(Dict[str, int])", lambda: str(Dict[str, int]))
show("f-string", lambda: f"{Optional[int]}")
show("List()", lambda: List())
show("List[int]()", lambda: List[int]())
show("Dict[str, int]()", lambda: Dict[str, int]())
show("Tuple[int]()", lambda: Tuple[int]())
show("Type[int]()", lambda: Type[int]())
show("Set()", lambda: Set())
show("Deque[int]()", lambda: Deque[int]([1, 2]))
show("DefaultDict(list)", lambda: DefaultDict(list)["k"])
show("Counter('abca')", lambda: Counter("abca")["a"])
show("List[int, str]", lambda: List[int, str])
show("Dict[int]", lambda: Dict[int])
show("List[()]", lambda: List[()])
show("Hashable[int]", lambda: Hashable[int])
show("List[int][int]", lambda: List[int][int])
show("Dict[int, (1, 2)]", lambda: Dict[int, (1, 2)])
show("Type[(1, 2),]", lambda: Type[(1, 2),])
show("isinstance([], List)", lambda: isinstance([], List))
show("isinstance({}, List)", lambda: isinstance({}, List))
show("issubclass(list, List)", lambda: issubclass(list, List))
show("isinstance([], List[int])", lambda: isinstance([], List[int]))
show("issubclass(list, List[int])", lambda: issubclass(list, List[int]))
show("isinstance((), Tuple)", lambda: isinstance((), Tuple))
show("isinstance([], Sequence)", lambda: isinstance([], Sequence))
show("isinstance({}, Mapping)", lambda: isinstance({}, Mapping))
show("isinstance({}, MutableMapping)", lambda: isinstance({}, MutableMapping))
show("isinstance(iter([]), Iterator)", lambda: isinstance(iter([]), Iterator))
show("isinstance(1, Hashable)", lambda: isinstance(1, Hashable))
show("isinstance(int, Type)", lambda: isinstance(int, Type))
show("isinstance(1, Type)", lambda: isinstance(1, Type))
show("issubclass(List, Sequence)", lambda: issubclass(List, Sequence))
show("isinstance(collections.deque(), Deque)", lambda: isinstance(collections.deque(), Deque))


class MyList(List[int]):
    pass


class MyMap(Mapping[str, int]):
    pass


class MyIter(Iterable[int], Sized):
    pass


show("MyList", lambda: (MyList.__mro__, MyList.__orig_bases__, MyList.__parameters__))
show("MyMap", lambda: MyMap.__mro__)
show("MyIter", lambda: MyIter.__mro__)
show("subclass Callable", lambda: sub(Callable[[int], int]))
show("subclass Tuple", lambda: sub(Tuple[int, str]))

print("-- get_origin / get_args")
for hint in [List[int], List, Dict[str, int], Union[int, str], Optional[int], int | str,
             Literal[1, 2], ClassVar[int], Annotated[int, "x"], Callable[[int], str],
             Callable[..., str], Callable[[], str], Tuple[()], Tuple[int, ...], int, None,
             list[int], collections.abc.Callable[[int], str], typing.Generic, Required[int],
             Type[int]]:
    print(repr(hint), "->", repr(get_origin(hint)), repr(get_args(hint)))

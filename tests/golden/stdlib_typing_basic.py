# typing: special forms, aliases, reprs, equality, errors
import typing
from typing import (Any, Optional, Union, List, Dict, Set, FrozenSet, Tuple, Type,
                    Callable, Iterable, Iterator, Sequence, Mapping, MutableMapping,
                    Literal, Final, ClassVar, Annotated, Self, LiteralString, Never,
                    NoReturn, TypeAlias, Hashable, Sized, AnyStr, Text, TYPE_CHECKING,
                    cast, get_origin, get_args, NewType, ForwardRef, Deque, DefaultDict,
                    Counter, Generator, Awaitable, Concatenate, ParamSpec, Required,
                    NotRequired, TypeGuard)


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print(repr(Any), repr(Optional), repr(Union), repr(Literal), repr(Final), repr(ClassVar))
print(repr(Self), repr(LiteralString), repr(Never), repr(NoReturn), repr(TypeAlias))
print(List, Dict, Set, FrozenSet, Tuple, Type, Callable)
print(Iterable, Iterator, Sequence, Mapping, MutableMapping, Hashable, Sized)
print(Deque, DefaultDict, Counter, Generator, Awaitable)
print(Text is str, TYPE_CHECKING, AnyStr, AnyStr.__constraints__)

# Optional and Union
print(Optional[int])
print(Union[int, None])
print(Union[None, int])
print(Union[int, str])
print(Union[int, str, None])
print(Union[int])
print(Union[int, int, str])
print(Union[int, Union[str, float]])
print(Union[int, str | bytes])
print(Optional[int] == Union[int, None], Optional[int] == Union[None, int])
print(Union[int, str] == Union[str, int], Union[int, str] == (int | str), (int | str) == Union[int, str])
print(hash(Union[int, str]) == hash(Union[str, int]))
print(Union[int, str].__args__, Optional[int].__args__)
print(get_origin(Union[int, str]) is Union, get_args(Optional[str]))
print(Optional[List[int]])
print(Union[List[int], Dict[str, int]])
print(Union[int, "Foo"])
print(List[int] | None, int | List[str])

# containers
print(List[int], Dict[str, int], Set[bytes], FrozenSet[int])
print(Tuple[int, str], Tuple[int, ...], Tuple[()], Tuple[int])
print(get_args(Tuple[int, ...]), get_args(Tuple[()]), get_args(Tuple[int, str]))
print(Type[int], Type[Any], Type["X"])
print(List[List[int]], Dict[str, List[Optional[int]]])
print(Iterable[int], Iterator[str], Sequence[float], Mapping[str, int])
print(get_origin(List[int]), get_origin(Dict[str, int]), get_origin(Tuple[int]))
print(get_origin(Iterable[int]).__name__, get_origin(Callable[[], int]).__name__)
print(List[int] == List[int], List[int] == List[str], List[int] == list[int])
print(hash(List[int]) == hash(List[int]))
print(List[int].__origin__, List[int].__args__, List[int].__parameters__)
print(get_origin(list[int]), get_args(dict[str, int]))
print(get_origin(int | str), get_args(int | str), get_origin(int), get_args(int))

# Callable
print(Callable[[int], str])
print(Callable[[int, str], None])
print(Callable[[], int])
print(Callable[..., str])
print(get_args(Callable[[int, str], bool]), get_args(Callable[..., str]))
print(Callable[[int], str].__args__)
print(Callable[[int], str] == Callable[[int], str])

# Literal, Final, ClassVar, Annotated
print(Literal[1, 2, 'a'], Literal[True], Literal[None])
print(Literal[1, Literal[2, 3]], Literal[1, 1, 2])
print(get_args(Literal['r', 'w']), get_origin(Literal['r']) is Literal)
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True])
print(Final[int], ClassVar[List[int]], TypeGuard[int])
print(Annotated[int, "meta"], Annotated[List[int], 1, 2])
print(Annotated[Annotated[int, 1], 2])
print(get_origin(Annotated[int, 'x']) is Annotated, get_args(Annotated[int, 'x', 3]))
print(Annotated[int, 'x'].__metadata__, Annotated[int, 'x'].__origin__)
print(Annotated[int, 'a'] == Annotated[int, 'a'], Annotated[int, 'a'] == Annotated[int, 'b'])
print(Required[int], NotRequired[str])

# cast / NewType / ForwardRef
print(cast(int, "not an int"), cast("List[int]", [1]))
UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__)
print(Optional[UserId])
print(ForwardRef('int'), ForwardRef('List[int]') == ForwardRef('List[int]'))
print(ForwardRef('x').__forward_arg__)

# errors
show("Union[()]", lambda: Union[()])
show("Optional[int, str]", lambda: Optional[int, str])
show("Callable[int]", lambda: Callable[int])
show("Callable[int, str]", lambda: Callable[int, str])
show("List[int, str]", lambda: List[int, str])
show("Dict[int]", lambda: Dict[int])
show("Hashable[int]", lambda: Hashable[int])
show("Self[int]", lambda: Self[int])
show("Never[int]", lambda: Never[int])
show("Final[int, str]", lambda: Final[int, str])
show("ClassVar[int, str]", lambda: ClassVar[int, str])
show("Annotated[int]", lambda: Annotated[int])
show("Annotated()", lambda: Annotated())
show("Union[Final[int]]", lambda: Union[Final[int]])
show("List[(int, str)]", lambda: Union[(int, str), int])
show("Optional()", lambda: Optional())
show("Any()", lambda: Any())
show("List()", lambda: List())
show("ForwardRef(1)", lambda: ForwardRef(1))
show("ForwardRef('1 +')", lambda: ForwardRef('1 +'))
show("isinstance(1, Any)", lambda: isinstance(1, Any))
show("Concatenate[int]", lambda: Concatenate[int])
show("Concatenate[()]", lambda: Concatenate[()])
show("Required[int, str]", lambda: Required[int, str])
show("List[int][str]", lambda: List[int][str])
show("Tuple[int][str]", lambda: Tuple[int][str])
try:
    class Bad(Union):
        pass
except TypeError as e:
    print("subclass Union:", e)
try:
    class Bad2(UserId):
        pass
except TypeError as e:
    print("subclass NewType:", e)
try:
    class Bad3(Optional[int]):
        pass
except TypeError as e:
    print("subclass Optional[int]:", e)
try:
    typing.assert_never(5)
except AssertionError as e:
    print("assert_never:", e)
print(typing.assert_type(5, int))


class Anything(Any):
    pass


print(Anything.__mro__[1] is Any, isinstance(Anything(), Anything))

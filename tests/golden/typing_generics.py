# TypeVar, ParamSpec, TypeVarTuple, Generic classes and substitution.
import typing
from typing import (TypeVar, ParamSpec, TypeVarTuple, Generic, Unpack, Concatenate,
                    List, Dict, Tuple, Union, Optional, Callable, ClassVar, Final,
                    Annotated, TypeGuard, Type, Iterable, Mapping, Literal, Any)
import collections.abc


def show(label, f):
    try:
        print(label, "=>", repr(f()))
    except Exception as e:
        print(label, "=> !%s: %s" % (type(e).__name__, e))


T = TypeVar("T")
S = TypeVar("S", int, str)
B = TypeVar("B", bound=int)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")

print("-- type variables")
show("reprs", lambda: (T, S, B, Co, Contra, P, Ts))
show("T attrs", lambda: (T.__name__, T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__, T.__module__))
show("S.__constraints__", lambda: S.__constraints__)
show("B.__bound__", lambda: B.__bound__)
show("bound str", lambda: TypeVar("X", bound="int").__bound__)
show("bound None", lambda: TypeVar("X", bound=None).__bound__)
show("T == T", lambda: (T == T, T == TypeVar("T"), T in {T}))
show("T | int", lambda: T | int)
show("int | T", lambda: int | T)
show("T | None", lambda: T | None)
show("T | 'Fwd'", lambda: T | "Fwd")
show("one constraint", lambda: TypeVar("X", int))
show("constraint and bound", lambda: TypeVar("X", int, str, bound=int))
show("bivariant", lambda: TypeVar("X", covariant=True, contravariant=True))
show("bad constraint", lambda: TypeVar("X", int, (1, 2)))
show("T[int]", lambda: T[int])
show("T()", lambda: T())
show("isinstance(1, T)", lambda: isinstance(1, T))
show("T.__typing_subst__(int)", lambda: T.__typing_subst__(int))
show("T.__typing_subst__((1,))", lambda: T.__typing_subst__((1,)))
show("subclass TypeVar", lambda: type("X", (TypeVar,), {}))
show("AnyStr", lambda: (typing.AnyStr, typing.AnyStr.__constraints__))
show("predefined", lambda: (typing.T, typing.KT, typing.VT, typing.T_co, typing.V_co, typing.VT_co, typing.T_contra, typing.CT_co, typing.CT_co.__bound__))
show("typing's own module", lambda: (typing.T.__module__, typing.AnyStr.__module__))
show("copy", lambda: __import__("copy").copy(T) is T and __import__("copy").deepcopy(T) is T)
show("P.args", lambda: (P.args, P.kwargs, P.args.__origin__ is P, P.kwargs.__origin__ is P))
show("P.args == P.args", lambda: (P.args == P.args, P.kwargs == P.kwargs, P.args == P.kwargs))
show("hash(P.args)", lambda: hash(P.args))
show("ParamSpec attrs", lambda: (P.__name__, P.__bound__, P.__covariant__, ParamSpec("Q", covariant=True), ParamSpec("Q", contravariant=True)))
show("Ts", lambda: (Ts.__name__, list(Ts), Unpack[Ts], Unpack[Ts].__args__))
show("Ts subst", lambda: Ts.__typing_subst__(int))
show("Unpack[int]", lambda: Unpack[int])
show("Unpack[int, str]", lambda: Unpack[int, str])
show("get_origin P.args", lambda: (typing.get_origin(P.args), typing.get_origin(P.kwargs)))

print("-- substitution")
show("List[T]", lambda: List[T])
show("List[T].__parameters__", lambda: List[T].__parameters__)
show("List[T][int]", lambda: List[T][int])
show("Dict[str, T][int]", lambda: Dict[str, T][int])
show("Dict[T, S][int, str]", lambda: Dict[T, S][int, str])
show("Dict[T, List[S]].__parameters__", lambda: Dict[T, List[S]].__parameters__)
show("Dict[T, List[S]][int, str]", lambda: Dict[T, List[S]][int, str])
show("Dict[T, T][int]", lambda: Dict[T, T][int])
show("Tuple[T, ...][int]", lambda: Tuple[T, ...][int])
show("Union[T, int][str]", lambda: Union[T, int][str])
show("Union[T, int][int]", lambda: Union[T, int][int])
show("Optional[T][int]", lambda: Optional[T][int])
show("Optional[T][None]", lambda: Optional[T][None])
show("List[Union[int, T]][str]", lambda: List[Union[int, T]][str])
show("ClassVar[T][int]", lambda: ClassVar[T][int])
show("Final[List[T]][int]", lambda: Final[List[T]][int])
show("TypeGuard[T][int]", lambda: TypeGuard[T][int])
show("Type[T][int]", lambda: Type[T][int])
show("Annotated[List[T], 'x'][int]", lambda: Annotated[List[T], "x"][int])
show("List[list[T]][int]", lambda: List[list[T]][int])
show("List[dict[str, T]][int]", lambda: List[dict[str, T]][int])
show("List[T | None][int]", lambda: List[T | None][int])
show("List[T][None]", lambda: List[T][None])
show("List[T]['X']", lambda: List[T]["X"])
show("List[T][int, str]", lambda: List[T][int, str])
show("Dict[T, S][int]", lambda: Dict[T, S][int])
show("Union[T, S][int]", lambda: Union[T, B][int])
show("List[T][ClassVar[int]]", lambda: List[T][ClassVar[int]])
show("List[T][(1, 2)]", lambda: List[T][(1, 2),])
show("List[int][int]", lambda: List[int][int])
show("Callable[[T], S][int, str]", lambda: Callable[[T], S][int, str])
show("Callable[[T], S].__parameters__", lambda: Callable[[T], S].__parameters__)
show("Callable[P, T]", lambda: Callable[P, T])
show("Callable[P, T].__parameters__", lambda: Callable[P, T].__parameters__)
show("Callable[P, T][[int, str], bool]", lambda: Callable[P, T][[int, str], bool])
show("Callable[P, T][..., bool]", lambda: Callable[P, T][..., bool])
show("Callable[P, int][int]", lambda: Callable[P, int][int])
show("Callable[Concatenate[int, P], T]", lambda: Callable[Concatenate[int, P], T])
show("Callable[Concatenate[int, P], T][[str], bool]", lambda: Callable[Concatenate[int, P], T][[str], bool])
show("Callable[Concatenate[int, P], T][..., bool]", lambda: Callable[Concatenate[int, P], T][..., bool])
show("Concatenate[int, P].__args__", lambda: Concatenate[int, P].__args__)
show("Concatenate[int]", lambda: Concatenate[int])
show("Concatenate[()]", lambda: Concatenate[()])
show("Concatenate[int, ...]", lambda: Concatenate[int, ...])
show("Tuple[int, Unpack[Ts]]", lambda: Tuple[int, Unpack[Ts]])
show("Tuple[Unpack[Ts]][int, str]", lambda: Tuple[Unpack[Ts]][int, str])
show("Tuple[T, Unpack[Ts]][int, str, float]", lambda: Tuple[T, Unpack[Ts]][int, str, float])
show("Tuple[T, Unpack[Ts]][int]", lambda: Tuple[T, Unpack[Ts]][int])
show("abc Callable[[T], T][int]", lambda: collections.abc.Callable[[T], T][int])
show("abc Callable[[T], T].__parameters__", lambda: collections.abc.Callable[[T], T].__parameters__)
show("abc Callable[[int], str][int]", lambda: collections.abc.Callable[[int], str][int])

print("-- generic classes")


class Box(Generic[T]):
    def __init__(self, value=None):
        self.value = value

    def get(self):
        return self.value


class Pair(Generic[T, S]):
    pass


show("Box", lambda: (Box, Box.__parameters__, Box.__orig_bases__, Box.__mro__))
show("Box[int]", lambda: Box[int])
show("Box[int] == Box[int]", lambda: (Box[int] == Box[int], Box[int] == Box[str], hash(Box[int]) == hash(Box[int])))
show("Box[int](3)", lambda: (Box[int](3).value, Box[int](3).__orig_class__))
show("Box[int].get", lambda: Box[int].get is Box.get)
show("Box[int, str]", lambda: Box[int, str])
show("Box[()]", lambda: Box[()])
show("Pair[int]", lambda: Pair[int])
show("Pair[int, T][str]", lambda: Pair[int, T][str])
show("Pair[T, T].__parameters__", lambda: Pair[T, T].__parameters__)
show("Box[1]", lambda: Box[1])
show("Box[None]", lambda: Box[None])
show("Box['Fwd']", lambda: Box["Fwd"])
show("Box[List[T]][int]", lambda: Box[List[T]][int])
show("isinstance(Box(), Box[int])", lambda: isinstance(Box(), Box[int]))
show("isinstance(Box(), Box)", lambda: isinstance(Box(), Box))
show("isinstance(Box(), Generic)", lambda: isinstance(Box(), Generic))
show("get_origin(Box[int])", lambda: (typing.get_origin(Box[int]), typing.get_args(Box[int])))
show("Generic[T]", lambda: (Generic[T], Generic[T].__args__, Generic[T].__origin__))
show("Generic[int]", lambda: Generic[int])
show("Generic[T, T]", lambda: Generic[T, T])
show("Generic[()]", lambda: Generic[()])
show("Generic()", lambda: type(Generic()).__name__)
show("Generic.__slots__", lambda: Generic.__slots__)


class IntBox(Box[int]):
    pass


show("IntBox", lambda: (IntBox.__orig_bases__, IntBox.__parameters__, IntBox.__mro__))
show("IntBox[int]", lambda: IntBox[int])


class Sub(Box[T], Pair[int, S]):
    pass


show("Sub", lambda: (Sub.__parameters__, Sub.__mro__, Sub[str, int]))


class Swapped(Pair[T, S], Generic[S, T]):
    pass


show("Swapped", lambda: (Swapped.__parameters__, Swapped[int, str]))


class LT(List[T]):
    pass


show("LT", lambda: (LT.__parameters__, LT.__mro__, LT[int]))


class MyIterable(Iterable[T]):
    def __iter__(self):
        return iter([1])


show("MyIterable", lambda: (MyIterable.__mro__, MyIterable[int], isinstance(MyIterable(), collections.abc.Iterable)))


def cls_with(*bases):
    class X(*bases):
        pass
    return X


show("Box[T], Generic[S]", lambda: cls_with(Box[T], Generic[S]))
show("plain Generic", lambda: cls_with(Generic))
show("Generic twice", lambda: cls_with(Generic[T], Generic[S]))
show("Generic[T], Protocol[S]", lambda: cls_with(Generic[T], typing.Protocol[S]))
show("Generic[T] alone", lambda: cls_with(Generic[T]).__mro__)
show("Box[int], Generic[T]", lambda: cls_with(Box[int], Generic[T]).__parameters__)


class GP(Generic[P]):
    pass


show("GP[int, str]", lambda: GP[int, str])
show("GP[[int, str]]", lambda: GP[[int, str]])
show("GP[...]", lambda: GP[...])
show("GP[[int]].__args__", lambda: GP[[int]].__args__)
show("GP[P]", lambda: GP[P])


class GT(Generic[Unpack[Ts]]):
    pass


class GT2(Generic[T, Unpack[Ts]]):
    pass


show("GT", lambda: (GT.__parameters__, GT[int, str], GT[()], GT[int]))
show("GT2", lambda: (GT2.__parameters__, GT2[int, str, bytes], GT2[int]))
show("GT2[()]", lambda: GT2[()])

print("-- NewType")
UserId = typing.NewType("UserId", int)
show("UserId", lambda: (UserId, UserId(5), UserId.__supertype__, UserId.__name__, UserId.__qualname__, UserId.__module__))
show("UserId | None", lambda: UserId | None)
show("List[UserId]", lambda: List[UserId])
show("dotted", lambda: (typing.NewType("a.B", int), typing.NewType("a.B", int).__name__))
show("NewType of NewType", lambda: typing.NewType("Pro", UserId).__supertype__)
show("subclass NewType", lambda: cls_with(UserId))
show("isinstance NewType", lambda: isinstance(1, UserId))

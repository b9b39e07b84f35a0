# typing's runtime objects: names, modules, pickling, iteration, attribute
# forwarding, and the checks CPython's typing makes when they are built.
import collections.abc
import pickle
import sys
import typing
import warnings
from typing import (Annotated, Any, Callable, ClassVar, Dict, Final, Generic, List, Literal,
                    NamedTuple, NotRequired, Optional, ParamSpec, Required, Tuple, TypedDict,
                    TypeVar, TypeVarTuple, Union, Unpack)

T = TypeVar("T")
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")


class Box(Generic[T]):
    label = "box"


for alias in (List[int], Dict[str, Any], Optional[int], Union[int, str], Literal[1, 2],
              Annotated[int, "meta"], ClassVar[int], Box[int], Callable[[int], str]):
    print(alias, alias.__name__, alias.__qualname__, alias.__module__)
    print("  pickles to itself:", pickle.loads(pickle.dumps(alias)) is alias)

for thing in (typing.List, typing.Union, Union[int, str], Callable[..., T], Annotated[T, ""]):
    try:
        iter(thing)
    except TypeError as e:
        print("iter:", str(e).endswith("object is not iterable"))
print("Iterable?", isinstance(Union[str, int], collections.abc.Iterable))
print("List[int] unpacks:", [*List[int]])

for kind in (type(ClassVar), type(ClassVar[int]), type(Final[int])):
    try:
        class Sub(kind):
            pass
    except TypeError as e:
        print("subclass ->", type(e).__name__)

# Writing an attribute through an alias writes it on the origin.
Box[int].label = "changed"
print(Box.label, Box[str].label)
print("label" in dir(Box[int]), "__origin__" in dir(Box[int]))

print(Literal[[], []].__args__)
for bad in ("Generic[T][T]", "Annotated[*Ts, 'x']", "Box[int, str]"):
    try:
        eval(bad)
    except TypeError as e:
        print(bad, "->", e)
try:
    class Packed(Generic[Ts]):
        pass
except TypeError as e:
    print("Generic[Ts] ->", e)

class Z(Generic[P]):
    pass
print(Z[int, str].__args__, Z[[int]].__args__)
try:
    Z[[int, str], bool]
except TypeError as e:
    print(e)

print(Annotated[tuple[T], "d"][int])
print(Annotated[ClassVar[int], "d"], Annotated[Final[int], "d"])


class Pair(NamedTuple, Generic[T]):
    first: T


class Swapped(Generic[T], NamedTuple):
    first: T


print(Pair.__bases__, Swapped.__bases__)
try:
    class Twice(NamedTuple, NamedTuple):
        x: int
except TypeError as e:
    print(e)


class Base1(TypedDict):
    a: NotRequired[int]


class Base2(TypedDict):
    a: Required[str]


class Child(Base1, Base2):
    pass


print(sorted(Child.__required_keys__), sorted(Child.__optional_keys__))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    Emp = TypedDict("Emp", name=str)
print([str(w.message)[:40] for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    from typing.io import IO, __all__ as io_all
print(IO is typing.IO, io_all, len(caught), typing.re.__name__, "typing.re" in sys.modules)

print(typing._get_protocol_attrs(typing.SupportsInt), issubclass(float, typing.SupportsRound))


def star(*args: "*tuple[int, str]"):
    pass


print(typing.get_type_hints(star)["args"] == Unpack[tuple[int, str]])

from __future__ import annotations

# typing with postponed evaluation of annotations (PEP 563)
import typing
from typing import (Optional, Union, List, Dict, Callable, Generic, TypeVar, Protocol,
                    runtime_checkable, NamedTuple, TypedDict, ClassVar, get_type_hints,
                    Iterator, Tuple, Any, Self)

T = TypeVar("T")


class Stack(Generic[T]):
    items: List[T]
    limit: ClassVar[int] = 100

    def __init__(self) -> None:
        self.items = []

    def push(self, item: T) -> Stack[T]:
        self.items.append(item)
        return self

    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self.items))

    def clone(self) -> Self:
        s = type(self)()
        s.items = list(self.items)
        return s


class IntStack(Stack[int]):
    def total(self) -> int:
        return sum(self.items)


s = IntStack().push(1).push(2).push(3)
print(list(s), s.total(), s.pop(), s.clone().items)
print(Stack.push.__annotations__)
print(get_type_hints(Stack.push))
print(get_type_hints(Stack))
print(get_type_hints(IntStack.total), get_type_hints(Stack.clone))


@runtime_checkable
class Drawable(Protocol):
    def draw(self, scale: float = 1.0) -> str: ...


class Circle:
    def __init__(self, r: float) -> None:
        self.r = r

    def draw(self, scale: float = 1.0) -> str:
        return f"circle r={self.r * scale}"


class Square:
    side: int = 2


def render(shapes: List[Union[Drawable, Square]], scale: Optional[float] = None) -> List[str]:
    out = []
    for sh in shapes:
        if isinstance(sh, Drawable):
            out.append(sh.draw(scale or 1.0))
        else:
            out.append(f"not drawable: {type(sh).__name__}")
    return out


print(render([Circle(1.5), Square(), Circle(2)], 2.0))
print(render.__annotations__)
print(get_type_hints(render))
print(get_type_hints(Drawable.draw), get_type_hints(Circle.__init__))


class Coord(NamedTuple):
    lat: float
    lon: float = 0.0


print(Coord(1.5), Coord.__annotations__, get_type_hints(Coord))


class Record(TypedDict, total=False):
    id: int
    tags: List[str]
    parent: Optional[Record]


print(Record.__annotations__)
print(get_type_hints(Record))
print(sorted(Record.__optional_keys__))


def apply(fn: Callable[[int, str], Dict[str, Any]], *args: int, **kw: Tuple[int, ...]) -> None:
    pass


print(get_type_hints(apply))

# NamedTuple classes are tuples: their instances are real tuple instances.
from typing import NamedTuple, Generic, TypeVar

T = TypeVar("T")


class Point(NamedTuple):
    x: int
    y: int = 0


p = Point(1, 2)
print(isinstance(p, tuple), Point.__mro__, Point.__bases__)
print(p + (3,), p * 2, tuple(p), p < Point(1, 3), hash(p) == hash((1, 2)))
print(Point._make([4, 5]), max(Point(1, 9)))


class G(NamedTuple, Generic[T]):
    v: T


print(G.__mro__, isinstance(G(1), tuple))

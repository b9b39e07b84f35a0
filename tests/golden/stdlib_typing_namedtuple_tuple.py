# typing.NamedTuple instances are tuples
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int = 0


p = Point(1, 2)
print(isinstance(p, tuple), Point.__mro__[1], p + (3,), p[:1], tuple(p) == p, p == (1, 2))
print(hash(p) == hash((1, 2)), sorted([Point(2), Point(1, 5)]))

# Helper module for typing_hints.py: annotations evaluated in this module's globals.
from typing import List, Optional


class Local:
    pass


class Base:
    a: "Local"
    b: List["Local"]
    c: "Optional[int]"


def func(x: "Local") -> "List[Local]":
    return [x]

# types.GenericAlias substitution and PEP 646 unpacking, __debug__, math special functions.
import math
import pickle
import copy
from typing import TypeVar, TypeVarTuple, Generic, List

T = TypeVar('T')
S = TypeVar('S')
Ts = TypeVarTuple('Ts')

A = dict[str, T]
print(A, A.__parameters__, A[int], A[list[S]], A[list[S]].__parameters__)
print(list[tuple[T, S]][int, str])
print(tuple[int, *Ts][str, bytes], tuple[*Ts][()], tuple[T, *Ts, S][int, str])
print(tuple[*Ts].__parameters__, tuple[int, *tuple[str, ...]])
for bad in [lambda: list[int][str], lambda: A[int, str], lambda: tuple[T, *Ts, S][int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
u = next(iter(tuple[int, str]))
print(u, u.__unpacked__, u.__typing_unpacked_tuple_args__, u == tuple[int, str], [*list[int]])
print(tuple[int].__typing_unpacked_tuple_args__, list[int].__unpacked__)
print(pickle.loads(pickle.dumps(dict[str, T])) == dict[str, T], copy.copy(list[int]))
print(tuple[*tuple[int, str]], tuple[*tuple[int, str]].__args__)


class C(Generic[*Ts]):
    pass


print(C[int, str], C[()])


def f(*args: *Ts) -> None:
    pass


print(f.__annotations__)
print(__debug__)
for src in ["__debug__ = 1", "del __debug__", "def g(__debug__): pass", "x.__debug__ = 1",
            "import os as __debug__", "f(__debug__=1)", "for __debug__ in x: pass"]:
    try:
        compile(src, "<s>", "exec")
    except SyntaxError as e:
        print(src, "->", e.msg)
for fn in (math.gamma, math.lgamma, math.erf, math.erfc):
    for x in (0.5, -2.5, 7.0, 171.5, 1e-30, 0.0, -3.0, 200.0):
        try:
            print(fn.__name__, x, repr(fn(x)))
        except (ValueError, OverflowError) as e:
            print(fn.__name__, x, type(e).__name__, e)

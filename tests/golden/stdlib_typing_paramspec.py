# typing: ParamSpec, Concatenate and TypeVarTuple in generics (basic)
from typing import *
def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
P = ParamSpec('P')
T = TypeVar('T')
class Z(Generic[P]): pass
class ZT(Generic[T, P]): pass
show("Z params", lambda: Z.__parameters__)
show("Z[[int,str]]", lambda: Z[[int, str]])
show("Z[int,str]", lambda: Z[int, str])
show("Z[...]", lambda: Z[...])
show("ZT[int, [str]]", lambda: ZT[int, [str]])
show("ZT[int, ...]", lambda: ZT[int, ...])
show("get_args Z", lambda: get_args(Z[[int, str]]))
show("Callable[P, T][[int], str]", lambda: Callable[P, T][[int], str])
show("Callable[Concatenate[int, P], T][[str], bool]", lambda: Callable[Concatenate[int, P], T][[str], bool])
show("Callable[P, T][..., str]", lambda: Callable[P, T][..., str])
show("P bound", lambda: ParamSpec('Q', bound=int).__bound__)
show("P co", lambda: ParamSpec('Q', covariant=True))
show("P eq", lambda: (P.args == P.args, P.kwargs == P.kwargs))
def deco(f: Callable[P, T]) -> Callable[P, List[T]]:
    def inner(*args: P.args, **kwargs: P.kwargs) -> List[T]:
        return [f(*args, **kwargs)]
    return inner
@deco
def add(a: int, b: int) -> int:
    return a + b
show("deco", lambda: add(1, 2))
show("hints inner", lambda: get_type_hints(add))
show("hints deco", lambda: get_type_hints(deco))
Ts = TypeVarTuple('Ts')
class Arr(Generic[Unpack[Ts]]): pass
show("Arr params", lambda: Arr.__parameters__)
show("Arr[int, str]", lambda: Arr[int, str])
show("Tuple[int, Unpack[Ts]]", lambda: Tuple[int, Unpack[Ts]])
show("Tuple[Unpack[Ts]][int, str]", lambda: Tuple[Unpack[Ts]][int, str])
show("Unpack[Ts] args", lambda: get_args(Unpack[Ts]))
show("get_origin Unpack", lambda: get_origin(Unpack[Ts]))

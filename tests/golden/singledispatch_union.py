# singledispatch registers typing.Union / Optional annotations as CPython 3.11 does.
from functools import singledispatch
from typing import Union, Optional
@singledispatch
def f(arg):
    return "default"
@f.register
def _(arg: Union[str, bytes]):
    return "str/bytes"
@f.register
def _(arg: Optional[int]):
    return "int/None"
@f.register(float | complex)
def _(arg):
    return "number"
print(f("a"), f(b"b"), f(1), f(None), f(1.5), f(2j), f([]))

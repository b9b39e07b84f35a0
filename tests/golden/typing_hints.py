# get_type_hints, ForwardRef, overload, no_type_check and the small functions.
import sys
import typing
from typing import (get_type_hints, ForwardRef, List, Dict, Optional, Union, ClassVar,
                    Final, Annotated, Required, NotRequired, Literal, Callable, overload,
                    get_overloads, clear_overloads, no_type_check, no_type_check_decorator,
                    cast, assert_type, assert_never, reveal_type, final, dataclass_transform)
import _typing_hints_mod as other


def show(label, f):
    try:
        print(label, "=>", repr(f()))
    except Exception as e:
        print(label, "=> !%s: %s" % (type(e).__name__, e))


class Node:
    val: int
    nxt: "Optional[Node]"
    kids: List["Node"]
    cv: ClassVar[int] = 1
    fin: Final[int] = 2
    ann: Annotated[int, "meta"]
    nested: "List[Annotated[int, 'x']]"
    none: None
    req: "Required[int]"
    lit: Literal["a", "b"]


def fn(a: "int", b: List["Node"] = None, *args: "str", c: Optional[int] = None, **kw: float) -> "Node":
    pass


show("fn", lambda: get_type_hints(fn))
show("Node", lambda: get_type_hints(Node))
show("Node extras", lambda: get_type_hints(Node, include_extras=True))


class Child(other.Base):
    d: "Child"



show("other module base", lambda: get_type_hints(other.Base))
show("Child", lambda: get_type_hints(Child))
show("other function", lambda: get_type_hints(other.func))
show("module", lambda: get_type_hints(other))
show("missing name", lambda: get_type_hints(type("X", (), {"__annotations__": {"a": "Missing"}})))
show("not hintable", lambda: get_type_hints(1))
show("None", lambda: get_type_hints(None))
show("lambda", lambda: get_type_hints(lambda x: x))
show("builtin", lambda: get_type_hints(len))
show("plain class", lambda: get_type_hints(int))
show("localns", lambda: get_type_hints(type("Y", (), {"__annotations__": {"a": "Z"}}), localns={"Z": int}))
show("globalns", lambda: get_type_hints(fn, globalns={"Node": str, "List": List, "Optional": Optional, "int": int}))


def g(a: "ClassVar[int]"):
    pass


def h(a: "1", b: "List[1]"):
    pass


def k(a: list["int"], b: "int | None", c: "list[Node]", d: "dict[str, List['Node']]"):
    pass


show("ClassVar argument", lambda: get_type_hints(g))
show("non-type strings", lambda: get_type_hints(h))
show("builtin generics", lambda: get_type_hints(k))


@no_type_check
def untyped(a: "Bad syntax here"):
    pass


show("no_type_check", lambda: (get_type_hints(untyped), untyped.__no_type_check__))


@no_type_check
class Untyped:
    x: "Nope"

    def method(self, a: "Nope2"):
        pass

    class Inner:
        def m(self):
            pass


show("no_type_check class", lambda: (get_type_hints(Untyped), Untyped.method.__no_type_check__, Untyped.Inner.__no_type_check__, Untyped.Inner.m.__no_type_check__))


def decorator(f):
    return f


marked = no_type_check_decorator(decorator)
show("no_type_check_decorator", lambda: (marked(fn).__no_type_check__, marked.__name__))


class Recur:
    me: "List[Recur]"
    d: "Dict[str, 'Recur']"
    u: "Union[int, 'Recur']"


show("Recur", lambda: get_type_hints(Recur))
show("inherited order", lambda: list(get_type_hints(type("Inh", (Node,), {"__annotations__": {"extra": int}}))))


def wrapper_target(a: "Node") -> None:
    pass


def wrapper(*args):
    pass


wrapper.__wrapped__ = wrapper_target
wrapper.__annotations__ = {"x": "Node"}
show("__wrapped__ globals", lambda: get_type_hints(wrapper))
show("strip", lambda: get_type_hints(type("Q", (), {"__annotations__": {
    "a": Optional[Annotated[int, 1]], "b": List[Required[int]], "c": list[Annotated[int, 1]],
    "d": Annotated[int, 1] | None, "e": Callable[[Annotated[int, 1]], NotRequired[str]]}})))
show("Final bare", lambda: get_type_hints(type("Q", (), {"__annotations__": {"a": "Final"}})))


def fin(a: "Final[int]"):
    pass


show("Final argument", lambda: get_type_hints(fin))

print("-- ForwardRef")
fr = ForwardRef("List[int]")
show("attrs", lambda: (fr, fr.__forward_arg__, fr.__forward_evaluated__, fr.__forward_value__, fr.__forward_is_argument__, fr.__forward_is_class__, fr.__forward_module__))
show("module", lambda: ForwardRef("X", module="m"))
show("eq", lambda: (ForwardRef("X") == ForwardRef("X"), ForwardRef("X") == ForwardRef("Y"), ForwardRef("X") == ForwardRef("X", module="m"), ForwardRef("X", is_argument=False) == ForwardRef("X")))
show("hash", lambda: hash(ForwardRef("X")) == hash(ForwardRef("X")))
show("not a string", lambda: ForwardRef(1))
show("bad syntax", lambda: ForwardRef("a b"))
show("| ", lambda: ForwardRef("X") | int)
show("List['int']", lambda: List["int"])
show("Optional['X']", lambda: Optional["X"])
show("Union['a', 'a']", lambda: Union["a", "a"])
show("in get_type_hints", lambda: get_type_hints(type("F", (), {"__annotations__": {"a": ForwardRef("int")}})))
show("bad forward result", lambda: get_type_hints(type("F", (), {"__annotations__": {"a": "(1, 2)"}})))

print("-- overload")


@overload
def over(x: int) -> int:
    ...


@overload
def over(x: str) -> str:
    ...


def over(x):
    return x


show("get_overloads", lambda: [o.__annotations__ for o in get_overloads(over)])
show("unrelated", lambda: get_overloads(fn))
show("call overload", lambda: overload(lambda: 1)())


class WithOverloads:
    @overload
    def m(self, x: int) -> int:
        ...

    @overload
    def m(self, x: str) -> str:
        ...

    def m(self, x):
        return x


show("method overloads", lambda: len(get_overloads(WithOverloads.m)))
clear_overloads()
show("cleared", lambda: (get_overloads(over), get_overloads(WithOverloads.m)))

print("-- small functions")
show("cast", lambda: (cast(int, "x"), cast("int", 1), cast(List[int], None)))
show("assert_type", lambda: assert_type(1, str))
show("assert_never", lambda: assert_never(1))
show("assert_never long", lambda: assert_never("x" * 200))
show("final", lambda: (final(Node).__final__, final(fn) is fn))
show("final on builtin", lambda: final(len) is len)
show("dataclass_transform", lambda: dataclass_transform()(Node).__dataclass_transform__)
show("dataclass_transform args", lambda: dataclass_transform(eq_default=False, kw_only_default=True, field_specifiers=(int,), custom=1)(fn).__dataclass_transform__)
old = sys.stderr


class Err:
    def __init__(self):
        self.text = []

    def write(self, s):
        self.text.append(s)

    def flush(self):
        pass


sys.stderr = Err()
try:
    r = reveal_type([1])
    said = "".join(sys.stderr.text)
finally:
    sys.stderr = old
show("reveal_type", lambda: (r, said))
show("TYPE_CHECKING", lambda: typing.TYPE_CHECKING)
show("Text", lambda: typing.Text)
show("__all__", lambda: sorted(typing.__all__))
missing = [n for n in typing.__all__ if not hasattr(typing, n)]
show("missing", lambda: missing)

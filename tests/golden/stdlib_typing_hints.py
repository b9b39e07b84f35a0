# typing: get_type_hints with string annotations, include_extras, classes, services
from typing import (Optional, Union, Callable, List, Dict, Any, ClassVar, Final,
                    Annotated, get_type_hints, ForwardRef, TypeVar, Generic,
                    get_origin, get_args, Tuple)


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def sorted_hints(obj, **kw):
    return sorted(get_type_hints(obj, **kw).items())


def f(a: int, b: "str", c: Optional["Node"] = None, *args: "int", **kw: float) -> "List[Node]":
    return []


class Node:
    children: "List[Node]"
    parent: Optional["Node"]
    label: str = "n"
    count: ClassVar[int] = 0
    LIMIT: Final = 10


def g(x: int = None, y: "Optional[int]" = None) -> None:
    pass


print(f.__annotations__)
print(get_type_hints(f))
print(get_type_hints(g))
print(get_type_hints(Node))
print(Node.__annotations__)


class Leaf(Node):
    weight: "float"
    meta: Annotated[int, "units"]


print(get_type_hints(Leaf))
print(get_type_hints(Leaf, include_extras=True))
print(list(get_type_hints(Leaf)))


def h(x: Annotated[Optional[int], "doc"], y: List[Annotated[str, 1]]) -> Annotated[int, 2]:
    pass


print(get_type_hints(h))
print(get_type_hints(h, include_extras=True))


def local_scope():
    class Local:
        pass

    def uses(x: "Local") -> "Local":
        return x

    show("unresolved:", lambda: get_type_hints(uses))
    print(get_type_hints(uses, localns={"Local": Local}) == {"x": Local, "return": Local})


local_scope()


def bad(x: "undefined_name"):
    pass


show("NameError:", lambda: get_type_hints(bad))


def builtin_generics(x: "list[int]", y: "dict[str, Optional[int]]", z: "int | None") -> "tuple[int, ...]":
    pass


print(get_type_hints(builtin_generics))
print(get_type_hints(lambda: None))
print(get_type_hints(ClassVar.__class__) == {} or "class hints")

fr = ForwardRef("Dict[str, int]")
print(fr, fr.__forward_arg__, fr.__forward_evaluated__)
print(fr._evaluate(globals(), None, frozenset()), fr.__forward_evaluated__)

# A typed service class
Handler = Callable[[str, Dict[str, Any]], Optional[str]]
T = TypeVar("T")


class Repository(Generic[T]):
    def __init__(self) -> None:
        self.items: Dict[int, T] = {}

    def add(self, key: int, item: T) -> None:
        self.items[key] = item

    def get(self, key: int) -> Optional[T]:
        return self.items.get(key)


class User:
    def __init__(self, name: str, email: Optional[str] = None):
        self.name = name
        self.email = email

    def __repr__(self):
        return f"User({self.name!r}, {self.email!r})"


class UserService:
    repo: "Repository[User]"
    handlers: Dict[str, Handler]
    retries: Union[int, float] = 3

    def __init__(self, repo: "Repository[User]", on_event: Optional[Handler] = None) -> None:
        self.repo = repo
        self.handlers = {}
        self.on_event = on_event

    def register(self, name: str, handler: Handler) -> "UserService":
        self.handlers[name] = handler
        return self

    def create(self, uid: int, name: str, email: "Optional[str]" = None) -> User:
        user = User(name, email)
        self.repo.add(uid, user)
        for hname in sorted(self.handlers):
            print("  handler", hname, "->", self.handlers[hname](name, {"uid": uid}))
        return user

    def find(self, uid: int) -> Optional[User]:
        return self.repo.get(uid)


svc = UserService(Repository[User]())
svc.register("log", lambda n, ctx: f"created {n} #{ctx['uid']}").register("mute", lambda n, ctx: None)
print(svc.create(1, "ann", "ann@example.com"))
print(svc.find(1), svc.find(2))
for name, hint in get_type_hints(UserService).items():
    print("attr", name, hint)
for meth in ("__init__", "register", "create", "find"):
    print(meth, get_type_hints(getattr(UserService, meth)))
hints = get_type_hints(UserService.__init__)
print(get_origin(hints["on_event"]) is Union, get_args(hints["on_event"])[0] == Handler)
print(get_args(Handler), get_origin(Handler).__name__)
print(get_type_hints(Repository.get), get_type_hints(Repository.__init__))
print(get_type_hints(svc.create))
import functools
from typing import *


# get_type_hints: namespaces, wrapped functions, inheritance, errors
def show2(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
class A:
    x: "Later"
    y: "Optional[int]"
class Later: pass
show2("cls", lambda: get_type_hints(A))
show2("cls globalns", lambda: get_type_hints(A, globalns={"Later": int, "Optional": Optional}))
show2("cls localns", lambda: get_type_hints(A, localns={"Later": str}))
def f(a: "Later", b: "X") -> None: pass
show2("fn localns", lambda: get_type_hints(f, localns={"X": bytes}))
show2("fn globalns", lambda: get_type_hints(f, globalns={"Later": 1, "X": 2}))
def deco(fn):
    @functools.wraps(fn)
    def w(*a, **k): return fn(*a, **k)
    return w
@deco
def g(x: "Later") -> "int": pass
show2("wrapped", lambda: get_type_hints(g))
show2("obj", lambda: get_type_hints(A()))
show2("int", lambda: get_type_hints(3))
show2("None", lambda: get_type_hints(None))
show2("builtin", lambda: get_type_hints(len))
show2("method", lambda: get_type_hints(A().__init__))
class B(A):
    z: List["Later"]
show2("inherit", lambda: get_type_hints(B))
show2("fwd in generic", lambda: get_type_hints(B)["z"].__args__)
class C:
    def m(self, other: "C") -> "C": pass
show2("self-ref", lambda: get_type_hints(C.m))
show2("bound method", lambda: get_type_hints(C().m))
show2("ForwardRef eq", lambda: ForwardRef("A") == ForwardRef("A", module="x"))
show2("ForwardRef eval", lambda: ForwardRef("List[int]")._evaluate(globals(), None, frozenset()))
show2("ForwardRef bad", lambda: ForwardRef("3")._evaluate(globals(), None, frozenset()))
show2("ForwardRef tuple", lambda: ForwardRef("(int, str)")._evaluate(globals(), None, frozenset()))
show2("classvar str", lambda: get_type_hints(type("D", (), {"__annotations__": {"c": "ClassVar[int]"}, "__module__": __name__})))
show2("final arg", lambda: get_type_hints(lambda x: None) )
def h(x: "Final[int]"): pass
show2("final in fn", lambda: get_type_hints(h))

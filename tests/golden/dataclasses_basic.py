# dataclass: the generated __init__/__repr__/__eq__, defaults and factories,
# field() options, fields(), __match_args__, __doc__, and the errors raised
# by the generated __init__ and while processing the class.
import dataclasses
from dataclasses import MISSING, dataclass, field, fields


def attempt(label, action):
    try:
        result = action()
    except Exception as exc:
        print(label, "->", type(exc).__name__, exc)
    else:
        print(label, "->", repr(result))


def define(label, source):
    namespace = {"dataclass": dataclass, "field": field, "dataclasses": dataclasses}

    def run():
        exec(source, namespace)
        return namespace.get("result", namespace.get("C"))

    attempt(label, run)


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(p), Point(3), Point(y=5, x=4), Point(*[6, 7]), Point(**{"x": 8}))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2), p == (1, 2), Point.__eq__(p, (1, 2)))
print(p.x, p.y, p.__dict__, Point.y, "x" in Point.__dict__)
print(Point.__doc__, Point.__match_args__, Point.__hash__)
print(Point.__init__.__qualname__, Point.__init__.__name__, Point.__init__.__defaults__, Point.__init__.__annotations__)
print(Point.__repr__.__qualname__, Point.__eq__.__qualname__)
print(Point.__dataclass_params__)
print(list(Point.__dataclass_fields__), [f.name for f in fields(Point)], [f.type for f in fields(p)])
p.x = 10
print(p)

attempt("missing arg", lambda: Point())
attempt("too many", lambda: Point(1, 2, 3))
attempt("unknown keyword", lambda: Point(1, z=3))
attempt("twice", lambda: Point(1, x=2))


@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity: int = 0
    tags: list = field(default_factory=list)
    notes: str = field(default="", repr=False)
    identifier: int = field(default=-1, compare=False)
    secret: str = field(default="s", init=False)
    meta: dict = field(default_factory=dict, metadata={"unit": "kg"})

    def total(self):
        return self.unit_price * self.quantity


a = Inventory("widget", 2.5, 4)
b = Inventory("widget", 2.5, 4, identifier=99)
print(a, a.total(), a == b, a.tags is b.tags, a.secret)
a.tags.append("new")
print(a.tags, b.tags, Inventory.__doc__)
print(Inventory.__init__.__defaults__)
print(Inventory.__match_args__)
print(fields(Inventory)[7].metadata, fields(Inventory)[7].metadata["unit"], type(fields(Inventory)[0].metadata).__name__)
print(repr(fields(Inventory)[3]).replace(repr(MISSING), "MISSING"))
print(repr(MISSING)[:34], fields(Inventory)[0].default is MISSING, fields(Inventory)[3].default_factory is list)
print(repr(field(default=3))[:60])


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: "Node" = None


root = Node(1)
child = Node(2, parent=root)
root.children.append(child)
print(root)
print(child)
print(Node.__doc__)


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), Empty.__match_args__, Empty.__doc__, fields(Empty))


@dataclass
class Documented:
    """My own docstring."""

    x: int = 1


print(Documented.__doc__)


@dataclass
class Custom:
    x: int

    def __init__(self, text):
        self.x = len(text)

    def __repr__(self):
        return "Custom<%d>" % self.x


print(Custom("abcd"), Custom("ab") == Custom("cd"), Custom.__doc__)


@dataclass
class Selfish:
    self: int
    object: str = "o"


print(Selfish(1), Selfish(self=2, object="p"))


def where(point):
    match point:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return "on x axis at %d" % x
        case Point(x=0, y=y):
            return "on y axis at %d" % y
        case _:
            return "elsewhere"


print([where(q) for q in (Point(0, 0), Point(3), Point(0, 4), Point(1, 1))])


@dataclass
class Post:
    x: int

    def __post_init__(self):
        print("post init", self.x)
        self.double = self.x * 2


print(Post(5).double)


class Described:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.private = "_" + name

    def __get__(self, obj, owner):
        if obj is None:
            return 7
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        setattr(obj, self.private, value * 10)


@dataclass
class UsesDescriptor:
    amount: Described = Described()


print(UsesDescriptor(), UsesDescriptor(2))

define("mutable list", "@dataclass\nclass C:\n    x: list = []\n")
define("mutable dict", "@dataclass\nclass C:\n    x: dict = {}\n")
define("mutable set", "@dataclass\nclass C:\n    x: set = set()\n")
define("tuple is fine", "@dataclass\nclass C:\n    x: tuple = ()\nresult = C()")
define("default order", "@dataclass\nclass C:\n    x: int = 1\n    y: int\n")
define("default order via field", "@dataclass\nclass C:\n    x: int = field(default=1)\n    y: int = field()\n")
define("init=False field does not count",
       "@dataclass\nclass C:\n    x: int = 1\n    y: int = field(init=False)\nresult = C().x")
define("no annotation", "@dataclass\nclass C:\n    x = field()\n")
define("both defaults", "@dataclass\nclass C:\n    x: int = field(default=1, default_factory=int)\n")
define("unset init=False field", "@dataclass\nclass C:\n    x: int = field(init=False)\nresult = C().x")
define("field removed from class",
       "@dataclass\nclass C:\n    x: int = field()\n    y: int = field(default=3)\nresult = ('x' in C.__dict__, C.y)")
attempt("fields of int", lambda: fields(3))
print(dataclass(init=False).__qualname__)

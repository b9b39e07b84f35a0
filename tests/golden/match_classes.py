# Class patterns: __match_args__, keyword attributes, builtin types that match
# themselves, subclasses, properties, missing attributes, and the TypeErrors.


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Circle:
    __match_args__ = ("center", "radius")

    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

    @property
    def area(self):
        return round(3.14159 * self.radius ** 2, 2)


class Empty:
    pass


def describe(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, z=0):
            return f"flat 3d point {x},{y}"
        case Point(x=0, y=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point3(_, _, z) if z > 10:
            return f"high point z={z}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return f"some point ({shape.x}, {shape.y})"
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(center=Point(x=cx), radius=r, area=a) if r > 5:
            return f"big circle cx={cx} area={a}"
        case Circle(c, r):
            return f"circle r={r} at {describe(c)}"
        case Empty():
            return "empty"
        case _:
            return "unknown"


for s in [Point(0, 0), Point(0, 5), Point(4, 0), Point(2, 2), Point(1, 7), Point3(1, 2, 0),
          Point3(1, 2, 30), Point3(3, 3, 3), Circle(Point(0, 0), 1), Circle(Point(3, 4), 10),
          Circle(Point(3, 3), 1), Empty(), 42]:
    print(describe(s))


# Builtin types whose single positional sub-pattern is the subject itself.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i < 0:
            return f"negative int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case list(l):
            return f"empty list {l}"
        case tuple(t):
            return f"tuple of {len(t)}"
        case dict({"k": k}):
            return f"dict with k={k}"
        case dict(d):
            return f"dict {d}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case _:
            return "other"


for v in [True, -3, 7, 2.5, "hi", b"by", [1, 2], [], (1, 2, 3), {"k": 9}, {}, {1, 2}, frozenset([1]), None]:
    print(repr(v), kind(v))


# Keyword sub-patterns on builtin values: attributes of the value.
match 10:
    case int(real=r, imag=i):
        print("int parts", r, i)

match "text":
    case str(upper=u):
        print("has upper:", callable(u))


# A missing attribute makes the pattern fail; it is not an error.
match Point(1, 2):
    case Point(z=z):
        print("has z", z)
    case Point(x=x):
        print("no z, x =", x)


# Subclasses inherit __match_args__; isinstance decides.
class Base:
    __match_args__ = ("a",)

    def __init__(self, a):
        self.a = a


class Child(Base):
    pass


match Child(5):
    case Base(a):
        print("child matched base with a =", a)

match Base(5):
    case Child(a):
        print("wrong")
    case Base(a):
        print("base is not a child; a =", a)


# __match_args__ may name properties and class attributes.
class Temp:
    __match_args__ = ("celsius", "unit")
    unit = "C"

    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        return self._c


match Temp(21):
    case Temp(c, "C"):
        print("temp", c, "celsius")


# The class expression can be a dotted name.
class Shapes:
    P = Point


match Point(8, 9):
    case Shapes.P(x, y):
        print("dotted class", x, y)


# Errors.
class BadArgs:
    __match_args__ = ["a"]


class BadArgs2:
    __match_args__ = ("a", 3)

    def __init__(self):
        self.a = 1


class Raising:
    __match_args__ = ("boom",)

    @property
    def boom(self):
        raise ValueError("boom property")


def check(label, subject, fn):
    try:
        print(label, fn(subject))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def too_many(v):
    match v:
        case Point(1, 2, 3):
            return "matched"
    return "no match"


def no_args(v):
    match v:
        case Empty(1):
            return "matched"
    return "no match"


def int_two(v):
    match v:
        case int(1, 2):
            return "matched"
    return "no match"


def not_a_type(v):
    match v:
        case len():
            return "matched"
    return "no match"


def bad_args(v):
    match v:
        case BadArgs(1):
            return "matched"
    return "no match"


def bad_args2(v):
    match v:
        case BadArgs2(1, 2):
            return "matched"
    return "no match"


def twice(v):
    match v:
        case Point(1, x=1):
            return "matched"
    return "no match"


def raising(v):
    match v:
        case Raising(1):
            return "matched"
    return "no match"


check("too many", Point(1, 2), too_many)
check("too many, other type", 5, too_many)
check("no match_args", Empty(), no_args)
check("int two", 1, int_two)
check("not a type", 1, not_a_type)
check("list match_args", BadArgs(), bad_args)
check("non-str match_args", BadArgs2(), bad_args2)
check("attribute twice", Point(1, 2), twice)
check("raising property", Raising(), raising)
check("raising, not instance", 3, raising)

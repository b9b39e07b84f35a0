import abc
import functools
import inspect
import sys
import types


def plain(): pass
def gen(): yield 1
async def coro(): pass
async def agen(): yield 1


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): pass

    @property
    def prop(self):
        return 1


class Impl(Base):
    """Implementation.

        Indented line.
    Last.
    """
    attr = 5

    def run(self):
        """Run it."""
        return 2

    def other(self): pass


class Sub(Impl):
    def run(self):
        return 3


class Awaitable:
    def __await__(self):
        yield


objs = [
    ("module", sys), ("class", Impl), ("function", plain), ("lambda", lambda: 0),
    ("method", Impl().run), ("genfunc", gen), ("corofunc", coro), ("agenfunc", agen),
    ("builtin", len), ("int", 5), ("partial-gen", functools.partial(gen)),
    ("property", Base.__dict__["prop"]), ("staticmethod-obj", staticmethod(plain)),
]
preds = ["ismodule", "isclass", "isfunction", "ismethod", "isgeneratorfunction",
         "iscoroutinefunction", "isasyncgenfunction", "isbuiltin", "isroutine",
         "isdatadescriptor", "ismethoddescriptor", "isabstract"]
for label, obj in objs:
    hits = [p for p in preds if getattr(inspect, p)(obj)]
    print(label, hits)

g = gen()
c = coro()
a = agen()
print(inspect.isgenerator(g), inspect.iscoroutine(c), inspect.isasyncgen(a))
print(inspect.isgenerator(c), inspect.iscoroutine(g))
print(inspect.isawaitable(c), inspect.isawaitable(Awaitable()), inspect.isawaitable(g), inspect.isawaitable(5))
c.close()
print(inspect.isabstract(Base), inspect.isabstract(Impl), inspect.isabstract(5))
print(inspect.iscode(plain.__code__), inspect.iscode(plain))
fr = inspect.currentframe()
print(inspect.isframe(fr), inspect.isframe(plain), fr.f_code.co_name)
print(inspect.istraceback(None))

# members
names = [n for n, v in inspect.getmembers(Impl) if not n.startswith("__")]
print(names)
print([n for n, v in inspect.getmembers(Impl, inspect.isfunction)])
print([n for n, v in inspect.getmembers(Impl(), inspect.ismethod)])
print(inspect.getmembers(types.SimpleNamespace(b=2, a=1), lambda v: isinstance(v, int)))
mod = types.ModuleType("mymod")
mod.x = 1
mod.f = plain
print([n for n, v in inspect.getmembers(mod) if not n.startswith("__")])
print([k.__name__ for k in inspect.getmro(Sub)])

# docs
print(repr(inspect.getdoc(Impl)))
print(repr(inspect.getdoc(Sub.run)))
print(repr(inspect.getdoc(Sub)))
print(repr(inspect.cleandoc("  first\n      second\n    third\n\n")))
print(repr(inspect.cleandoc("\n\n   a\n     b\n")))
print(repr(inspect.cleandoc("one line")))
print(repr(inspect.cleandoc("\tTabbed\n\t  deeper\n\tback")))

# unwrap
def deco(fn):
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner


@deco
@deco
def base(x): pass


print(inspect.unwrap(base).__name__, inspect.unwrap(base) is base.__wrapped__.__wrapped__)
print(inspect.unwrap(base, stop=lambda f: f.__wrapped__.__wrapped__ is not None if hasattr(f.__wrapped__, "__wrapped__") else False) is base)
loop = lambda: 0
loop.__wrapped__ = loop
try:
    inspect.unwrap(loop)
except ValueError as e:
    print("ValueError", str(e).split(" ")[:3])

# getattr_static
class Dyn:
    x = 1

    def __getattr__(self, name):
        return "dynamic"

    @property
    def p(self):
        raise RuntimeError("not called")


d = Dyn()
d.y = 2
print(inspect.getattr_static(d, "x"), inspect.getattr_static(d, "y"))
print(type(inspect.getattr_static(d, "p")).__name__)
print(inspect.getattr_static(d, "missing", "dflt"))
try:
    inspect.getattr_static(d, "missing")
except AttributeError as e:
    print("AttributeError", e)
print(inspect.getattr_static(Dyn, "x"))

# annotations
class Ann:
    a: int
    b: "str" = "x"


def annf(p: int, q: "list") -> "Ann": pass


print(inspect.get_annotations(Ann))
print(inspect.get_annotations(annf))
print(inspect.get_annotations(annf, eval_str=True))
print(inspect.get_annotations(plain))
try:
    inspect.get_annotations(5)
except TypeError as e:
    print("TypeError", e)

print(inspect.CO_GENERATOR, inspect.CO_COROUTINE, inspect.CO_ASYNC_GENERATOR, inspect.CO_VARARGS, inspect.CO_VARKEYWORDS)
print(inspect.formatannotation(int), inspect.formatannotation(Impl), inspect.formatannotation("x"), inspect.formatannotation(list[int]))

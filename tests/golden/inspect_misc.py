# inspect: partialmethod, text signatures, closures, comments, blocks
import functools
import inspect

# a leading comment
# over two lines
def commented(a):
    return a


class Host:
    def method(self, a, b, *, c=1): pass

    def anything(*args, **kw): pass

    first = functools.partialmethod(method, 1)
    keyed = functools.partialmethod(method, c=5)
    loose = functools.partialmethod(anything, 1)


for name in ("first", "keyed", "loose"):
    print(name, inspect.signature(getattr(Host, name)), inspect.signature(getattr(Host(), name)))


def decorate(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner


print(inspect.signature(decorate(Host().method)))


def texty(*args, **kwargs): pass


for text in ("($self, a, b=1, *args, c, d=2, **kwargs)", "(a, b=1, /, *, c=2+3)",
             "(x, y=None, z='s')", "(self, x=missing_name)"):
    texty.__text_signature__ = text
    try:
        print(inspect.signature(texty))
    except ValueError as e:
        print("ValueError", str(e).split(" at ")[0], str(e).split(">")[-1])

counter = 10


def make():
    step = 2

    def add(x):
        return x + step + counter + len([]) + unknown_name
    return add


cv = inspect.getclosurevars(make())
print(cv.nonlocals, cv.globals, sorted(cv.builtins), cv.unbound)
print(inspect.getargs(make().__code__))


def spread(a, b=1, *rest, k, **opts):
    return inspect.getargvalues(inspect.currentframe())


info = spread(1, 2, 3, k=4, z=5)
print(info.args, info.varargs, info.keywords)
print(inspect.formatargvalues(info.args, info.varargs, info.keywords, info.locals))

print(repr(inspect.getcomments(commented)))
print(inspect.getcomments(Host))
print(inspect.indentsize("    x"), inspect.indentsize("\tx"))
src = ["def f(x):\n", "    if x:\n", "        return 1\n", "    return 2\n", "y = 3\n"]
print(inspect.getblock(src))


class Kinds:
    data = 1

    def method(self): pass

    @classmethod
    def cm(cls): pass

    @staticmethod
    def sm(): pass

    @property
    def prop(self): return 1


for attr in inspect.classify_class_attrs(Kinds):
    if attr.defining_class is Kinds and not attr.name.startswith("__"):
        print(attr.name, attr.kind)


class Root: pass
class Left(Root): pass
class Right(Root): pass


tree = inspect.getclasstree([Left, Right, Root])
def names(node):
    if isinstance(node, list):
        return [names(item) for item in node]
    klass, bases = node
    return (klass.__name__, [b.__name__ for b in bases])


print(names(tree))
print([n for n, v in inspect.getmembers_static(Kinds, lambda v: isinstance(v, (staticmethod, classmethod))) if not n.startswith("__")])
print(sorted(n for n in inspect.__all__ if n.startswith("GEN_") or n.startswith("CORO_")))
print(inspect.getgeneratorstate((lambda: (yield))()))

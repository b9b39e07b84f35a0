import functools
import inspect
from inspect import Parameter, Signature


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def f1(a, b=2, *args, c, d=4, **kw): pass
def f2(a, b, /, c, *, d): pass
def f3(x: int, y: "str" = "hi", *rest: float, **opts: list) -> bool: pass
def f4(a=[1, 2], b=None, c=(1,), d={'k': 1}): pass
def f5(): pass
def f6(a, /): pass
def f7(*, key): pass


class Point:
    pass


class Node:
    def __init__(self, value, next=None): pass

    def method(self, x, y=1): pass

    @classmethod
    def make(cls, n): pass

    @staticmethod
    def helper(p, q): pass

    def __call__(self, z, *, flag=False): pass


class Made:
    def __new__(cls, size, *extras): return super().__new__(cls)


def nested_ann(a: Point, b: Node = None, c: list[int] = None) -> Point: pass


for fn in (f1, f2, f3, f4, f5, f6, f7, nested_ann, lambda x, *y: 0):
    sig = inspect.signature(fn)
    print(sig, repr(sig))

print(inspect.signature(Node))
print(inspect.signature(Node.method))
print(inspect.signature(Node(1).method))
print(inspect.signature(Node.make))
print(inspect.signature(Node.helper))
print(inspect.signature(Node(1)))
print(inspect.signature(Made))
print(inspect.signature(Point))

sig = inspect.signature(f3)
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, repr(p), p.default is Parameter.empty,
          p.annotation)
print(sig.return_annotation, sig.return_annotation is not Signature.empty)
print(inspect.signature(f5).return_annotation is Signature.empty)
print(list(inspect.signature(f1).parameters))
print(type(inspect.signature(f1).parameters).__name__)

# functools.partial
p = functools.partial(f1, 1, c=3)
print("partial", inspect.signature(p))
print("partial2", inspect.signature(functools.partial(f2, 1)))
print("partial3", inspect.signature(functools.partial(f1, b=5)))


# wrapped
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def wrapped(p, q=1): pass


print("wrapped", inspect.signature(wrapped))
print("unwrapped", inspect.signature(wrapped, follow_wrapped=False))
print(inspect.unwrap(wrapped).__name__, inspect.unwrap(wrapped) is wrapped.__wrapped__)


def custom(a): pass


custom.__signature__ = Signature([Parameter("zz", Parameter.KEYWORD_ONLY, default=9)])
print("custom", inspect.signature(custom))

# constructing
params = [
    Parameter("a", Parameter.POSITIONAL_ONLY),
    Parameter("b", Parameter.POSITIONAL_OR_KEYWORD, default=1),
    Parameter("c", Parameter.VAR_POSITIONAL),
    Parameter("d", Parameter.KEYWORD_ONLY, annotation=int),
    Parameter("e", Parameter.VAR_KEYWORD),
]
s = Signature(params, return_annotation=str)
print(s)
print(s.replace(return_annotation=Signature.empty))
print(s.replace(parameters=params[:2]))
print(params[1].replace(name="bb", default=Parameter.empty))
print(params[3].replace(kind=Parameter.POSITIONAL_OR_KEYWORD))
print(s == Signature(params, return_annotation=str), s == inspect.signature(f1))
print(hash(s) == hash(Signature(params, return_annotation=str)))
print(params[0] == Parameter("a", Parameter.POSITIONAL_ONLY))
print(str(Parameter.KEYWORD_ONLY), repr(Parameter.VAR_KEYWORD), int(Parameter.VAR_POSITIONAL))
print(Parameter.empty, Signature.empty is Parameter.empty)

show("order", lambda: Signature([Parameter("a", Parameter.KEYWORD_ONLY),
                                 Parameter("b", Parameter.POSITIONAL_OR_KEYWORD)]))
show("default", lambda: Signature([Parameter("a", Parameter.POSITIONAL_ONLY, default=1),
                                   Parameter("b", Parameter.POSITIONAL_OR_KEYWORD)]))
show("dup", lambda: Signature([Parameter("a", Parameter.POSITIONAL_ONLY),
                               Parameter("a", Parameter.KEYWORD_ONLY)]))
show("name", lambda: Parameter("1x", Parameter.POSITIONAL_ONLY))
show("kind", lambda: Parameter("x", 7))
show("vardef", lambda: Parameter("x", Parameter.VAR_KEYWORD, default=2))
show("nametype", lambda: Parameter(3, Parameter.KEYWORD_ONLY))
show("notcallable", lambda: inspect.signature(42))
show("badsig", lambda: inspect.signature(type("T", (), {"__signature__": 5, "__call__": lambda s: 0})()))

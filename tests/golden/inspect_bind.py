import inspect
from inspect import Parameter, Signature


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def f(a, b=2, *args, c, d=4, **kw): pass
def g(a, /, b, *, c): pass
def h(x, y=10): pass
def v(*items, **extra): pass
def po(a, /, **kw): pass


sf = inspect.signature(f)
sg = inspect.signature(g)
sh = inspect.signature(h)
sv = inspect.signature(v)

ba = sf.bind(1, 2, 3, 4, c=5, z=6)
print(ba)
print(ba.arguments)
print(ba.args, ba.kwargs)
ba.apply_defaults()
print(ba)

ba = sf.bind(1, c=3)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)
print(ba.signature is sf)

ba = sh.bind(y=5, x=1)
print(ba, ba.args, ba.kwargs)
ba = sh.bind(x=1)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)

ba = sv.bind(1, 2, k=3)
print(ba, ba.args, ba.kwargs)
ba = sv.bind()
print(ba)
ba.apply_defaults()
print(ba)

print(sg.bind(1, 2, c=3))
print(sg.bind(1, b=2, c=3).args, sg.bind(1, b=2, c=3).kwargs)
print(inspect.signature(po).bind(1, a=2))

show("too many", lambda: sg.bind(1, 2, 3))
show("posonly kw", lambda: sg.bind(a=1, b=2, c=3))
show("missing kwonly", lambda: sg.bind(1, b=2))
show("unexpected", lambda: sg.bind(1, 2, c=3, z=4))
show("multiple", lambda: sg.bind(1, 2, b=3, c=4))
show("missing first", lambda: sg.bind())
show("missing h", lambda: sh.bind(y=1))
show("too many h", lambda: sh.bind(1, 2, 3))
show("partial", lambda: sg.bind_partial(1))
show("partial kw", lambda: sh.bind_partial(y=3))
show("partial empty", lambda: sf.bind_partial())
show("partial bad", lambda: sh.bind_partial(z=3))

print(sh.bind(1) == sh.bind(1), sh.bind(1) == sh.bind(2), sh.bind(1) == sh.bind(x=1))

# getcallargs
show("gca", lambda: inspect.getcallargs(f, 1, 2, 3, c=4, q=5))
show("gca h", lambda: inspect.getcallargs(h, 1))
show("gca missing", lambda: inspect.getcallargs(h))
show("gca many", lambda: inspect.getcallargs(h, 1, 2, 3))
show("gca kw", lambda: inspect.getcallargs(h, 1, z=2))
show("gca multi", lambda: inspect.getcallargs(h, 1, x=2))
show("gca kwonly", lambda: inspect.getcallargs(f, 1))


def two(a, b): pass


def one(a): pass


show("gca two", lambda: inspect.getcallargs(two))
show("gca one", lambda: inspect.getcallargs(one, 1, 2))


class K:
    def m(self, p, q=0): pass


show("gca method", lambda: sorted(inspect.getcallargs(K().m, 5)))

# getfullargspec
print(inspect.getfullargspec(f))
print(inspect.getfullargspec(g))


def ann(a: int, *, b: str = "x") -> None: pass


print(inspect.getfullargspec(ann))
print(inspect.getfullargspec(K.m))
print(inspect.getfullargspec(K().m))
spec = inspect.getfullargspec(h)
print(spec.args, spec.defaults, spec.varargs, spec.varkw, spec.kwonlyargs, spec.kwonlydefaults)
show("gfa", lambda: inspect.getfullargspec(5))

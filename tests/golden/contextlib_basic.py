# contextmanager, closing, suppress, redirect_*, nullcontext, ContextDecorator.
import sys
from contextlib import (contextmanager, closing, suppress, redirect_stdout,
                        redirect_stderr, nullcontext, ContextDecorator,
                        AbstractContextManager, AbstractAsyncContextManager)
import contextlib


def show(label, f):
    try:
        print(label, "->", f())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


@contextmanager
def tag(name):
    """Wrap output in a tag."""
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)


with tag("p") as t:
    print("inside", t)
print(tag.__name__, tag.__doc__, tag("x").__doc__)

try:
    with tag("q"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))


with swallow():
    raise KeyError("k")
print("after swallow")
show("swallow other", lambda: exec("with swallow():\n    raise IndexError('i')", globals()))


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


@contextmanager
def yields_after_throw():
    try:
        yield
    except ValueError:
        yield


@contextmanager
def replaces():
    try:
        yield
    except ValueError as e:
        raise TypeError("replaced") from e


def use(cm, exc=None):
    with cm:
        if exc:
            raise exc
    return "ok"


show("no yield", lambda: use(no_yield()))
show("two yields", lambda: use(two_yields()))
show("yield after throw", lambda: use(yields_after_throw(), ValueError("v")))
show("replaces", lambda: use(replaces(), ValueError("v")))
try:
    use(replaces(), ValueError("v"))
except TypeError as e:
    print("cause", repr(e.__cause__))


@contextmanager
def passthrough():
    yield


show("StopIteration through", lambda: use(passthrough(), StopIteration("s")))
show("GeneratorExit through", lambda: use(passthrough(), GeneratorExit()))


@contextmanager
def reraise_stop():
    try:
        yield
    except StopIteration:
        raise


show("StopIteration reraised", lambda: use(reraise_stop(), StopIteration("s2")))

cm = tag("once")
with cm:
    pass
show("reuse", lambda: use(cm))

# __exit__ called directly
cm = tag("direct")
cm.__enter__()
print("exit ->", cm.__exit__(None, None, None))
cm = swallow()
cm.__enter__()
print("exit exc ->", cm.__exit__(KeyError, None, None))


# as a decorator: a fresh generator for every call
@tag("deco")
def work(x):
    print("work", x)
    return x * 2


print(work(1), work(2))


class Thing:
    def close(self):
        print("closed")


with closing(Thing()) as th:
    print(type(th).__name__)
try:
    with closing(Thing()):
        1 / 0
except ZeroDivisionError:
    print("zde")

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
with suppress():
    pass
show("suppress other", lambda: use(suppress(KeyError), ValueError("x")))
show("suppress subclass", lambda: use(suppress(LookupError), KeyError("x")))
print(suppress(KeyError).__exit__(None, None, None))


class Buf:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


b = Buf()
with redirect_stdout(b) as got:
    print("hidden", got is b)
    r = redirect_stdout(Buf())
    with r:
        print("deeper")
print("captured", b.parts)
old = sys.stderr
e = Buf()
with redirect_stderr(e):
    print("to err", file=sys.stderr)
print("stderr restored", sys.stderr is old, e.parts)
rs = redirect_stdout(b)
with rs:
    with rs:
        print("re-entered")
print("stdout restored", sys.stdout is not b, b.parts[-2:])

with nullcontext() as n:
    print("null", n)
with nullcontext(42) as n:
    print("null", n)


class mycm(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0])
        return False


@mycm()
def decorated(a, b=2):
    """doc of decorated"""
    print("body", a, b)
    return a + b


print(decorated(1), decorated.__name__, decorated.__doc__)
show("decorated raise", lambda: mycm()(lambda: 1 / 0)())


class Plain:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        pass


class NoneExit(Plain):
    __exit__ = None


print(issubclass(Plain, AbstractContextManager), issubclass(NoneExit, AbstractContextManager),
      issubclass(int, AbstractContextManager), isinstance(nullcontext(), AbstractAsyncContextManager))
print(isinstance(tag("z"), AbstractContextManager), isinstance(closing(1), ContextDecorator))


class Partial(AbstractContextManager):
    pass


show("abstract", lambda: Partial())


class Full(AbstractContextManager):
    def __exit__(self, *a):
        return None


f = Full()
with f as ff:
    print("Full enter returns self", ff is f)
print(AbstractContextManager[int], sorted(contextlib.__all__))

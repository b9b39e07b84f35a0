# ExitStack: order, suppression, pop_all, callbacks, errors and __context__.
from contextlib import ExitStack, contextmanager, suppress
import sys


def show(label, f):
    try:
        print(label, "->", f())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


def chain(e):
    out = []
    while e is not None:
        out.append(repr(e))
        e = e.__context__
    return " <- ".join(out)


@contextmanager
def named(n):
    print("enter", n)
    yield n
    print("exit", n)


with ExitStack() as stack:
    got = [stack.enter_context(named(i)) for i in range(3)]
    print("got", got)
    stack.callback(print, "callback", 1, sep="|")
    r = stack.callback(lambda: print("lambda cb"))
    print("callback returns its argument", callable(r))


def ex(exc_type, exc, tb):
    print("exit fn sees", exc_type.__name__ if exc_type else None)


with ExitStack() as stack:
    print("push returns", stack.push(ex) is ex)


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("CM exit", self.name, t.__name__ if t else None)
        return self.suppress


with ExitStack() as stack:
    stack.push(CM("pushed"))
    stack.enter_context(CM("entered", suppress=True))
    raise KeyError("suppressed by CM")
print("after suppress")

# pop_all moves the callbacks
with ExitStack() as stack:
    stack.callback(print, "moved callback")
    moved = stack.pop_all()
    print("popped", type(moved).__name__)
print("stack done")
moved.close()
moved.close()

# close() runs them without an exception
st = ExitStack()
st.callback(print, "closed cb")
st.close()
print("__exit__ with nothing", ExitStack().__exit__(None, None, None))

show("enter non-cm", lambda: ExitStack().enter_context(42))


class OnlyEnter:
    def __enter__(self):
        pass


show("enter half cm", lambda: ExitStack().enter_context(OnlyEnter()))


# a suppressing callback after a raising one clears it
def raiser(exc):
    def cb(*a):
        raise exc
    return cb


with ExitStack() as stack:
    stack.push(lambda *a: True)
    stack.push(raiser(KeyError("gone")))
print("suppressed raised exception")

# exception from the first-run callback when no exception was raised in body
try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError("b")))
        stack.push(raiser(IndexError("a")))
except Exception as e:
    print("final:", chain(e))

# the exit of a direct call: received exc details and the return value
st = ExitStack()
st.push(lambda t, v, tb: print("direct sees", t.__name__, v) or True)
print("direct exit", st.__exit__(ValueError, ValueError("v"), None))
st = ExitStack()
st.push(lambda t, v, tb: True)
print("direct exit, no exc", st.__exit__(None, None, None))

# nested stacks
with ExitStack() as outer:
    inner = outer.enter_context(ExitStack())
    inner.callback(print, "inner cb")
    outer.callback(print, "outer cb")

# callback exceptions chain to each other without an outer exception
st = ExitStack()
st.callback(raiser(KeyError("k")))
st.callback(raiser(IndexError("i")))
try:
    st.close()
except Exception as e:
    print("close:", chain(e))

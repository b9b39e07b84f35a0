import sys
import contextlib
from contextlib import (contextmanager, asynccontextmanager, ExitStack, AsyncExitStack,
                        suppress, closing, aclosing, nullcontext, ContextDecorator,
                        AbstractContextManager, redirect_stdout)

log = []

@contextmanager
def tag(name):
    log.append("enter " + name)
    try:
        yield name.upper()
    except ValueError as e:
        log.append("caught " + str(e))
    finally:
        log.append("exit " + name)

with tag("a") as v:
    print("body", v)
print(log); log.clear()

with tag("b"):
    raise ValueError("suppressed")
print(log); log.clear()

try:
    with tag("c"):
        raise KeyError("k")
except KeyError as e:
    print("reraised", repr(e))
print(log); log.clear()

@contextmanager
def noyield():
    if False:
        yield

try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def twice():
    yield 1
    yield 2

try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def keep_going():
    try:
        yield
    except Exception:
        pass
    yield

try:
    with keep_going():
        raise TypeError("x")
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def passthrough():
    yield

try:
    with passthrough():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration passed through:", e)

@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("wrapped") from e

try:
    with transform():
        1 / 0
except ArithmeticError as e:
    print("transformed:", e, type(e.__cause__).__name__)

# as a decorator
@tag("deco")
def decorated(x):
    log.append("call %d" % x)
    return x * 2

print(decorated(3), decorated(4))
print(log); log.clear()
print(decorated.__name__)

@contextmanager
def documented():
    """doc here"""
    yield
print(documented.__doc__, documented.__name__)

# suppress
with suppress(KeyError, IndexError):
    [][1]
print("after suppress")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")
with suppress():
    pass

# closing
class Res:
    def __init__(self, n):
        self.n = n
    def close(self):
        print("closing", self.n)
with closing(Res(1)) as r:
    print("using", r.n)

# nullcontext
with nullcontext(5) as x:
    print("null", x)
with nullcontext() as x:
    print("null", x)

# ExitStack
with ExitStack() as stack:
    for n in "xyz":
        print(stack.enter_context(tag(n)))
    stack.callback(print, "callback", 1, end="!\n")
    stack.push(lambda *exc: print("push exit", exc[0]))
print(log); log.clear()

def cb_raise(msg):
    raise ValueError(msg)

try:
    with ExitStack() as stack:
        stack.callback(cb_raise, "first")
        stack.callback(cb_raise, "second")
        raise KeyError("body")
except ValueError as e:
    print("final", repr(e), repr(e.__context__), repr(e.__context__.__context__),
          e.__context__.__context__.__context__)

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    stack.callback(cb_raise, "swallowed")
print("suppressed by push")

with ExitStack() as stack:
    stack.enter_context(tag("keep"))
    keep = stack.pop_all()
print(log)
keep.close()
print(log); log.clear()

try:
    ExitStack().enter_context(42)
except TypeError as e:
    print(e)

class CM(AbstractContextManager):
    def __exit__(self, *a):
        print("CM exit", a[0])
cm = CM()
with cm as got:
    print(got is cm)
print(issubclass(CM, AbstractContextManager))

class Deco(ContextDecorator):
    def __enter__(self):
        print("Deco enter")
        return self
    def __exit__(self, *a):
        print("Deco exit")
        return False

@Deco()
def f():
    print("in f")
f()

# redirect_stdout: sets sys.stdout, restores it
class Sink:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
old = sys.stdout
s = Sink()
with redirect_stdout(s) as t:
    same = sys.stdout is s
print(same, t is s, sys.stdout is old)

# async
import asyncio

@asynccontextmanager
async def atag(name):
    log.append("aenter " + name)
    try:
        yield name * 2
    except ValueError:
        log.append("acaught")
    finally:
        log.append("aexit " + name)

@asynccontextmanager
async def anoyield():
    if False:
        yield

class ARes:
    async def aclose(self):
        print("aclose")

async def main():
    async with atag("q") as v:
        print("async body", v)
    async with atag("r"):
        raise ValueError
    try:
        async with atag("s"):
            raise KeyError("s")
    except KeyError:
        print("async reraised")
    try:
        async with anoyield():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with AsyncExitStack() as st:
        print(await st.enter_async_context(atag("t")))
        st.enter_context(tag("u"))
        async def acb(x):
            print("acb", x)
        st.push_async_callback(acb, 7)
    async with aclosing(ARes()):
        pass
    async with nullcontext(3) as n:
        print("anull", n)

    @atag("adeco")
    async def g():
        return 11
    print(await g())
    try:
        await AsyncExitStack().enter_async_context(tag("v"))
    except TypeError as e:
        print(e)

asyncio.run(main())
print(log)
def chain(e):
    out = []
    while e is not None:
        out.append(repr(e)); e = e.__context__
    return out
try:
    with ExitStack() as stack:
        stack.callback(cb_raise, "first")
        stack.callback(cb_raise, "second")
except ValueError as e:
    print(chain(e))
st = ExitStack()
st.callback(cb_raise, "a"); st.callback(cb_raise, "b")
try:
    st.close()
except ValueError as e:
    print(chain(e))
try:
    try:
        raise IndexError("outer")
    except IndexError:
        with ExitStack() as stack:
            stack.callback(cb_raise, "first")
            stack.callback(cb_raise, "second")
            raise KeyError("body")
except ValueError as e:
    print(chain(e))

import asyncio
from contextlib import contextmanager, asynccontextmanager, ExitStack, AsyncExitStack, suppress, nullcontext
import contextlib

@contextmanager
def reraiser():
    try:
        yield
    except Exception:
        raise

try:
    with reraiser():
        raise KeyError("same")
except KeyError as e:
    print("same", repr(e), e.__context__)

@contextmanager
def gen_ok():
    yield 1
cm = gen_ok()
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__, e)

@contextmanager
def fails_on_exit():
    yield
    raise OSError("on exit")
try:
    with fails_on_exit():
        pass
except OSError as e:
    print("OSError", e, e.__context__)

@contextmanager
def swallow_stop():
    try:
        yield
    except StopIteration:
        pass
with swallow_stop():
    raise StopIteration
print("stopiteration swallowed")

@contextmanager
def g_returns():
    try:
        yield
    except ValueError:
        return
with g_returns():
    raise ValueError
print("return suppresses")

# exception type only (value None) passed directly
cm = gen_ok()
cm.__enter__()
try:
    print(cm.__exit__(ValueError, None, None))
except ValueError as e:
    print("exit with type only raised", repr(e))

# ExitStack nesting and pushes of managers
class Track:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.suppress

with ExitStack() as outer:
    outer.enter_context(Track("o1"))
    with ExitStack() as inner:
        inner.enter_context(Track("i1"))
        inner.push(Track("pushed", suppress=True))
        outer.callback(print, "outer cb")
        raise RuntimeError("boom")
    print("inner suppressed")

def raising_exit(*exc):
    print("raising_exit sees", exc[0].__name__ if exc[0] else None)
    raise IndexError("from exit")

try:
    with ExitStack() as st:
        st.push(Track("a"))
        st.push(raising_exit)
        st.push(Track("b"))
except IndexError as e:
    print("got", repr(e), repr(e.__context__))

# (a callback raising after another suppressed: coil's with statement re-chains it)
st = ExitStack()
print(st.callback(len, []) is len)
def f(*a): pass
print(st.push(f) is f)
st.close()
print(repr(suppress(ValueError).__exit__(None, None, None)))

async def amain():
    @asynccontextmanager
    async def twice():
        yield 1
        yield 2
    try:
        async with twice():
            pass
    except RuntimeError as e:
        print(e)
    @asynccontextmanager
    async def keep():
        try:
            yield
        except Exception:
            pass
        yield
    try:
        async with keep():
            raise ValueError
    except RuntimeError as e:
        print(e)
    @asynccontextmanager
    async def plain():
        yield
    try:
        async with plain():
            raise StopAsyncIteration("sai")
    except StopAsyncIteration as e:
        print("StopAsyncIteration passed", e)
    try:
        async with plain():
            raise StopIteration("si")
    except StopIteration as e:
        print("StopIteration passed", e)
    async def araise(*exc):
        raise IndexError("async exit")
    try:
        async with AsyncExitStack() as st:
            st.push_async_exit(araise)
            st.push_async_exit(araise)
            raise KeyError("ak")
    except IndexError as e:
        print("async chain", repr(e), repr(e.__context__), repr(e.__context__.__context__))
    class ACM:
        async def __aenter__(self):
            print("ACM enter")
            return 5
        async def __aexit__(self, *a):
            print("ACM exit", a[0])
            return True
    async with AsyncExitStack() as st:
        print(await st.enter_async_context(ACM()))
        st.push_async_exit(ACM())
        raise ValueError
    print("async suppressed")
    st = AsyncExitStack()
    async def note(x):
        print("note", x)
    st.push_async_callback(note, x=3)
    st2 = st.pop_all()
    await st.aclose()
    await st2.aclose()
asyncio.run(amain())

print(contextlib.AbstractContextManager[int] is not None)  # coil cannot build a GenericAlias for it
print(sorted(n for n in contextlib.__all__ if n != "chdir"))

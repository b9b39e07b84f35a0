# asynccontextmanager, aclosing, AsyncExitStack, nullcontext in async with.
import asyncio
from contextlib import (asynccontextmanager, aclosing, AsyncExitStack, nullcontext,
                        AbstractAsyncContextManager, AsyncContextDecorator)


async def ashow(label, coro):
    try:
        print(label, "->", await coro)
    except BaseException as e:
        print(label, "->", type(e).__name__, e)


@asynccontextmanager
async def resource(name):
    """An async resource."""
    print("open", name)
    await asyncio.sleep(0)
    try:
        yield name * 2
    finally:
        await asyncio.sleep(0)
        print("close", name)


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def two_yields():
    yield 1
    yield 2


@asynccontextmanager
async def catcher():
    try:
        yield
    except KeyError as e:
        print("caught", repr(e))


@asynccontextmanager
async def yields_after_throw():
    try:
        yield
    except ValueError:
        yield


async def use(cm, exc=None):
    async with cm as v:
        if exc:
            raise exc
    return "ok"


class AGen:
    def __init__(self):
        self.closed = False

    async def aclose(self):
        print("aclose called")


async def counter():
    try:
        for i in range(10):
            yield i
    finally:
        print("counter finalised")


async def main():
    async with resource("ab") as r:
        print("using", r)
    print(resource.__name__, resource.__doc__)
    try:
        async with resource("x"):
            raise ValueError("inside")
    except ValueError as e:
        print("propagated", e)
    await ashow("no yield", use(no_yield()))
    await ashow("two yields", use(two_yields()))
    await ashow("catcher", use(catcher(), KeyError("k")))
    await ashow("catcher other", use(catcher(), IndexError("i")))
    await ashow("yield after throw", use(yields_after_throw(), ValueError("v")))
    await ashow("stop through", use(catcher(), StopAsyncIteration("s")))

    async with aclosing(AGen()) as g:
        print("aclosing gives", type(g).__name__)
    async with aclosing(counter()) as it:
        async for i in it:
            if i == 2:
                break
    print("after aclosing")

    async with nullcontext(5) as n:
        print("async null", n)

    async with AsyncExitStack() as stack:
        a = await stack.enter_async_context(resource("s1"))
        b = stack.enter_context(nullcontext("sync"))

        async def acb(x):
            print("async callback", x)

        stack.push_async_callback(acb, 1)
        stack.callback(print, "sync callback")

        async def aexit(t, v, tb):
            print("push_async_exit sees", t)

        stack.push_async_exit(aexit)
        print("stack got", a, b)

    async with AsyncExitStack() as stack:
        async def suppressor(*a):
            return True
        stack.push_async_exit(suppressor)
        raise KeyError("suppressed")
    print("after suppressed")

    stack = AsyncExitStack()
    await stack.enter_async_context(resource("late"))
    moved = stack.pop_all()
    await stack.aclose()
    print("moved", type(moved).__name__)
    await moved.aclose()
    await ashow("enter non-acm", AsyncExitStack().enter_async_context(nullcontext.__new__(object)))
    await ashow("enter sync cm", AsyncExitStack().enter_async_context(open_like()))

    class ACM(AbstractAsyncContextManager):
        async def __aexit__(self, *a):
            print("ACM exit")

    acm = ACM()
    async with acm as x:
        print("ACM enter returns self", x is acm)

    class deco(AsyncContextDecorator):
        async def __aenter__(self):
            print("deco enter")

        async def __aexit__(self, *a):
            print("deco exit")

    @deco()
    async def decorated(x):
        print("decorated body", x)
        return x + 1

    print(await decorated(1))

    @resource("d")
    async def with_resource():
        print("with_resource body")

    await with_resource()
    await with_resource()


class open_like:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


asyncio.run(main())

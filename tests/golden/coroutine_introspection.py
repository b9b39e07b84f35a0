# Coroutine objects as CPython shows them: __await__ and its coroutine_wrapper,
# cr_await / gi_yieldfrom, cr_frame with f_lasti (inspect's states), and the
# TypeErrors of async with / async for / with on objects missing a protocol.
import asyncio
import inspect
import types


async def five():
    return 5


w = five().__await__()
print(type(w).__name__, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("returned", e.value)


class Delegating:
    def __await__(self):
        return five().__await__()


async def uses():
    return await Delegating() + 1


try:
    uses().send(None)
except StopIteration as e:
    print("uses", e.value)


async def sleeper():
    await asyncio.sleep(0)


c = sleeper()
print(inspect.getcoroutinestate(c), c.cr_frame.f_lasti)
c.send(None)
print(inspect.getcoroutinestate(c), type(c.cr_await).__name__, c.cr_frame.f_code.co_name)
c.close()
print(inspect.getcoroutinestate(c), c.cr_await, c.cr_frame)


def gen():
    yield from [1, 2]


g = gen()
next(g)
print(type(g.gi_yieldfrom).__name__, inspect.getgeneratorstate(g), g.gi_frame.f_locals)


class AEnterOnly:
    async def __aenter__(self):
        return self


class BadAExit:
    async def __aenter__(self):
        return self

    def __aexit__(self, *exc):
        return 1


class BadAEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *exc):
        pass


class BadANext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return (1,)


class RaisingAwait:
    def __aiter__(self):
        return self

    def __anext__(self):
        return self

    def __await__(self):
        1 / 0


class EnterOnly:
    def __enter__(self):
        return self


async def with_(cm):
    async with cm:
        pass


async def for_(it):
    async for _ in it:
        pass


def run(coro):
    try:
        coro.send(None)
    except TypeError as e:
        cause = type(e.__cause__).__name__ if e.__cause__ else None
        print("TypeError:", e, cause)


run(with_(AEnterOnly()))
run(with_(BadAExit()))
run(with_(BadAEnter()))
run(with_(object()))
run(for_(BadANext()))
run(for_(RaisingAwait()))
try:
    with EnterOnly():
        pass
except TypeError as e:
    print("TypeError:", e)

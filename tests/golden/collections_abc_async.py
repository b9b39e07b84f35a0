# The asynchronous ABCs' mixins: AsyncIterator, AsyncGenerator, Coroutine, Awaitable.
import asyncio
from collections.abc import (Awaitable, Coroutine, AsyncIterable, AsyncIterator,
                             AsyncGenerator, Generator)


class Count(AsyncIterator):
    def __init__(self, n):
        self.n = n

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n


class AGen(AsyncGenerator):
    def __init__(self):
        self.sent = []

    async def asend(self, value):
        self.sent.append(value)
        if len(self.sent) > 3:
            raise StopAsyncIteration
        return len(self.sent)

    async def athrow(self, typ, val=None, tb=None):
        return await super().athrow(typ, val, tb)


class Stubborn(AsyncGenerator):
    async def asend(self, value):
        return 1

    async def athrow(self, typ, val=None, tb=None):
        return 2


class Coro(Coroutine):
    def send(self, value):
        raise StopIteration(value)

    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)

    def __await__(self):
        return iter(())


class StubbornCoro(Coro):
    def throw(self, typ, val=None, tb=None):
        return "ignored"


class Later(Awaitable):
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "awaited"


async def main():
    print([x async for x in Count(3)])
    print(Count(1).__aiter__().n, isinstance(Count(1), AsyncIterable))
    g = AGen()
    print(await g.__anext__(), await g.asend("a"), [x async for x in g], g.sent)
    try:
        await AGen().athrow(ValueError, ValueError("boom"))
    except ValueError as e:
        print("athrow raised", e)
    try:
        await AGen().athrow(KeyError)
    except KeyError as e:
        print("athrow type raised", repr(e))
    print("aclose", await AGen().aclose())
    try:
        await Stubborn().aclose()
    except RuntimeError as e:
        print("RuntimeError", e)
    print("await Later()", await Later())
    print(Coro().close())
    try:
        StubbornCoro().close()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        Coro().throw(IndexError, IndexError(1))
    except IndexError as e:
        print("throw raised", repr(e))
    try:
        Coro().send(5)
    except StopIteration as e:
        print("send stop", e.value)
    for abc in (Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator):
        try:
            abc()
        except TypeError as e:
            print(e)
    print(sorted(AsyncGenerator.__abstractmethods__), sorted(Coroutine.__abstractmethods__))
    print(issubclass(AGen, AsyncIterator), issubclass(Coro, Awaitable), issubclass(Later, Coroutine))


asyncio.run(main())

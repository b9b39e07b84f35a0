# anext(aiterator, default): the awaitable returns the default at the end
# instead of raising StopAsyncIteration; it can be stepped by hand through
# __await__, and it cannot be reused once closed.
import asyncio
import contextlib


async def two():
    yield 1
    yield 2


async def main():
    g = two()
    print([await anext(g, "end") for _ in range(4)])
    try:
        await anext(g)
    except StopAsyncIteration:
        print("StopAsyncIteration without a default")
    try:
        anext(1)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())


async def slow():
    await asyncio.sleep(0)
    yield "x"


async def with_sleep():
    g = slow()
    print(await anext(g, None), await anext(g, None))


asyncio.run(with_sleep())
with contextlib.closing(anext(two(), "d").__await__()) as it:
    try:
        it.send(None)
    except StopIteration as e:
        print("first value", e.value)
    it.close()
    try:
        it.send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)

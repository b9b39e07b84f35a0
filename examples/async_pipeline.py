# Async generators chained into a pipeline, consumed with async for.
import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def squares(source):
    async for x in source:
        yield x * x


async def main():
    total = 0
    async for s in squares(numbers(10)):
        total += s
    print("sum of squares below 10:", total)
    print([s async for s in squares(numbers(5))])


asyncio.run(main())

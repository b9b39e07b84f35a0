# create_task starts a coroutine in the background; await the task for its result.
import asyncio


async def countdown(name, n):
    while n > 0:
        print(name, n)
        await asyncio.sleep(0.01)
        n -= 1
    return name + " done"


async def main():
    a = asyncio.create_task(countdown("A", 3))
    b = asyncio.create_task(countdown("B", 2))
    print(await a, "/", await b)


asyncio.run(main())

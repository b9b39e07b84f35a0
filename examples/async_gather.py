# gather runs coroutines concurrently and returns their results in argument order.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print("fetched", name)
    return name.upper()


async def main():
    results = await asyncio.gather(fetch("slow", 0.03), fetch("fast", 0.01), fetch("medium", 0.02))
    print(results)


asyncio.run(main())

# wait_for gives up on a slow coroutine: it is cancelled and TimeoutError is raised.
import asyncio


async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow() was cancelled")
        raise


async def main():
    try:
        await asyncio.wait_for(slow(), timeout=0.05)
    except TimeoutError:
        print("timed out")
    print(await asyncio.wait_for(asyncio.sleep(0.01, result="in time"), timeout=1))


asyncio.run(main())

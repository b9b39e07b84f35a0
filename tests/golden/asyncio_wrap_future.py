# asyncio.wrap_future and run_coroutine_threadsafe: bridging
# concurrent.futures futures and asyncio futures.
import asyncio
import concurrent.futures as cf
import time


async def main():
    loop = asyncio.get_running_loop()
    f = cf.Future()
    af = asyncio.wrap_future(f)
    print(type(af).__name__, af.done(), asyncio.wrap_future(af) is af)
    loop.call_later(0.02, f.set_result, 42)
    print(await af)

    f = cf.Future()
    af = asyncio.wrap_future(f)
    loop.call_soon(f.set_exception, KeyError("boom"))
    try:
        await af
    except KeyError as e:
        print("KeyError", e)

    f = cf.Future()
    af = asyncio.wrap_future(f)
    af.cancel()
    await asyncio.sleep(0)
    print("source cancelled:", f.cancelled())

    f = cf.Future()
    af = asyncio.wrap_future(f)
    f.cancel()
    await asyncio.sleep(0)
    print("wrapper cancelled:", af.cancelled())

    with cf.ThreadPoolExecutor() as ex:
        print(await asyncio.wrap_future(ex.submit(time.sleep, 0.05)))
        print(await asyncio.wrap_future(ex.submit(divmod, 17, 5)))

    try:
        asyncio.wrap_future("nope")
    except AssertionError as e:
        print("AssertionError", e)


asyncio.run(main())


async def answer():
    await asyncio.sleep(0.01)
    return "answer"


loop = asyncio.new_event_loop()
try:
    asyncio.run_coroutine_threadsafe(answer, loop)
except TypeError as e:
    print(e)


async def inside():
    f = asyncio.run_coroutine_threadsafe(answer(), asyncio.get_running_loop())
    print(type(f).__name__, f.done())
    print(await asyncio.wrap_future(f))

loop.run_until_complete(inside())
loop.close()

# loop.set_task_factory / get_task_factory: loop.create_task, asyncio.create_task,
# ensure_future and gather make their tasks through the factory.
import asyncio, contextvars

made = []


def factory(loop, coro, **kwargs):
    made.append((coro.__qualname__, sorted(kwargs)))
    return asyncio.Task(coro, loop=loop, **kwargs)


async def work(n):
    await asyncio.sleep(0)
    return n * 2


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_task_factory())
    loop.set_task_factory(factory)
    print(loop.get_task_factory() is factory)
    t = loop.create_task(work(1), name="first")
    print(t.get_name(), await t)
    t = asyncio.create_task(work(2), name="second")
    print(t.get_name(), await t)
    print(await asyncio.ensure_future(work(3)))
    print(await asyncio.gather(work(4), work(5)))
    ctx = contextvars.copy_context()
    print(await loop.create_task(work(6), context=ctx))
    print(await asyncio.create_task(work(7), context=ctx))
    print(made)
    for bad in (1, "x"):
        try:
            loop.set_task_factory(bad)
        except TypeError as e:
            print("TypeError", e)
    print(loop.get_task_factory() is factory)
    loop.set_task_factory(None)
    print(loop.get_task_factory())
    made.clear()
    print(await asyncio.create_task(work(8)), made)

    # A factory may return any Future subclass; its errors reach the caller.
    def broken(loop, coro):
        coro.close()
        raise RuntimeError("factory failed")
    loop.set_task_factory(broken)
    try:
        asyncio.create_task(work(9))
    except RuntimeError as e:
        print("RuntimeError", e)
    loop.set_task_factory(None)

asyncio.run(main())

# The factory of a loop not running yet, used by run_until_complete.
loop = asyncio.new_event_loop()
loop.set_task_factory(lambda loop, coro: (print("factory for", coro.__qualname__), asyncio.Task(coro, loop=loop))[1])
print(loop.run_until_complete(work(10)))
loop.close()

# A task or future that fails and is never awaited reports its exception when
# it dies, through the loop's exception handler, as CPython's __del__ does.
import asyncio
import gc


async def bad(n):
    raise ValueError(f"boom {n}")


async def main():
    t = asyncio.ensure_future(bad(1))
    await asyncio.sleep(0.01)
    del t
    print("task deleted")
    loop = asyncio.get_running_loop()
    seen = []
    loop.set_exception_handler(lambda lp, ctx: seen.append((ctx["message"], repr(ctx["exception"]))))
    f = loop.create_future()
    f.set_exception(KeyError("k"))
    del f
    print("future deleted")
    t2 = asyncio.ensure_future(bad(2))
    await asyncio.sleep(0)
    t2.exception()  # retrieved: nothing to report
    del t2
    t3 = asyncio.ensure_future(bad(3))
    await asyncio.sleep(0)
    holder = [t3]
    holder.append(holder)
    del t3, holder
    gc.collect()
    print(seen)


asyncio.run(main())
print("done")

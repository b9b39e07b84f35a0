# Each asyncio task runs in a copy of the context it was created in (PEP 567).
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")
depth = contextvars.ContextVar("depth")


async def handler(name):
    seen_at_start = request.get()
    request.set(name)
    await asyncio.sleep(0)
    await asyncio.sleep(0.001)
    return seen_at_start, request.get()


async def nested():
    depth.set(1)
    inner = asyncio.create_task(read_depth())
    depth.set(2)
    return await inner, depth.get()


async def read_depth():
    await asyncio.sleep(0)
    return depth.get()


async def main():
    request.set("main")
    results = await asyncio.gather(handler("a"), handler("b"), handler("c"))
    print(results, request.get())
    print(await asyncio.create_task(nested()), depth.get("unset"))
    ctx = contextvars.copy_context()
    print(ctx.run(request.get), len(list(ctx.items())) >= 1)
    token = request.set("changed")
    request.reset(token)
    print(request.get())


asyncio.run(main())
print(request.get())

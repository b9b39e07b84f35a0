# unittest.mock: AsyncMock and awaiting
import asyncio
import re
from unittest.mock import AsyncMock, MagicMock, Mock, call, patch


def r(obj):
    return re.sub(r" id='\d+'", "", repr(obj))


def attempt(fn):
    try:
        result = fn()
    except Exception as e:
        print(type(e).__name__, str(e))
    else:
        print("ok", r(result))


am = AsyncMock(return_value=5)
print(r(am), asyncio.iscoroutinefunction(am))
coro = am(1, key=2)
print(am.called, am.call_count, am.await_count, type(coro).__name__)
print(asyncio.run(coro), am.await_count, am.await_args, am.await_args_list)

attempt(am.assert_awaited)
attempt(am.assert_awaited_once)
attempt(lambda: am.assert_awaited_with(1, key=2))
attempt(lambda: am.assert_awaited_with(2))
attempt(lambda: am.assert_awaited_once_with(1, key=2))
attempt(lambda: am.assert_any_await(1, key=2))
attempt(lambda: am.assert_any_await(3))
attempt(lambda: am.assert_has_awaits([call(1, key=2)]))
attempt(lambda: am.assert_has_awaits([call(3)]))
attempt(lambda: am.assert_has_awaits([call(3), call(1, key=2)], any_order=True))
attempt(am.assert_not_awaited)

fresh = AsyncMock()
attempt(fresh.assert_awaited)
attempt(fresh.assert_awaited_once)
attempt(lambda: fresh.assert_awaited_with(1))
attempt(lambda: fresh.assert_awaited_once_with(1))
attempt(fresh.assert_not_awaited)
attempt(lambda: fresh.assert_has_awaits([call()]))

# called but never awaited
lazy = AsyncMock()
pending = lazy()
print(lazy.call_count, lazy.await_count)
pending.close()

async def main():
    m = AsyncMock()
    result = await m()
    print(r(result))
    m.side_effect = [1, 2]
    print(await m(), await m())
    try:
        await m()
    except StopAsyncIteration:
        print("StopAsyncIteration")
    m.side_effect = ValueError("async boom")
    try:
        await m()
    except ValueError as e:
        print("ValueError", e)

    async def effect(x):
        return x + 100
    m.side_effect = effect
    print(await m(1))
    m.side_effect = lambda x: x * 3
    print(await m(2))
    print(m.await_count, m.call_count)

    # children of an AsyncMock are AsyncMocks
    svc = AsyncMock()
    svc.fetch.return_value = {"ok": True}
    print(await svc.fetch("url"), type(svc.fetch).__name__)
    svc.fetch.assert_awaited_once_with("url")
    print(svc.mock_calls)

    # async context managers and iteration on MagicMock
    mm = MagicMock()
    mm.__aenter__.return_value = "entered"
    async with mm as value:
        print(value)
    mm.__aiter__.return_value = [1, 2, 3]
    print([x async for x in mm])
    print(type(mm.__aenter__).__name__, type(mm.__aexit__).__name__)

    # wraps an async function
    async def real(x):
        return "real %s" % x
    wrapper = AsyncMock(wraps=real)
    print(await wrapper(7))

    # patch an async function
    class Api:
        async def get(self):
            return "network"
    with patch.object(Api, "get", return_value="cached") as fake:
        print(type(fake).__name__, await Api().get())
    fake.assert_awaited_once()
    print(await Api().get())

asyncio.run(main())

reset = AsyncMock()
asyncio.run(reset())
reset.reset_mock()
print(reset.await_count, reset.await_args, reset.await_args_list, reset.call_count)

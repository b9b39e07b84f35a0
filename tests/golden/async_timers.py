# 10,000 timers: each callback runs at or after its deadline, and in deadline order.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    fired = []
    late = 0

    def cb(i, when):
        nonlocal late
        if loop.time() < when:
            late += 1
        fired.append((when, i))

    for i in range(10_000):
        when = start + (i * 7919 % 10_000) / 200_000
        loop.call_at(when, cb, i, when)
    cancelled = loop.call_later(0.01, cb, -1, 0)
    cancelled.cancel()
    await asyncio.sleep(0.06)
    print(len(fired), "fired;", late, "early")
    print("in deadline order:", fired == sorted(fired))
    print("cancelled handle ran:", any(i == -1 for _, i in fired))


asyncio.run(main())

# asyncio.Barrier (3.11): wait() indices, batches, reset(), abort(),
# parties / n_waiting / broken, async with, repr, and errors.
import asyncio, re


def show(b):
    print(re.sub(r" at 0x[0-9a-f]+", "", repr(b)))


async def main():
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError", e)
    b = asyncio.Barrier(3)
    show(b)
    print(b.parties, b.n_waiting, b.broken)
    log = []

    async def worker(name, rounds=1):
        for r in range(rounds):
            i = await b.wait()
            log.append((name, r, i))
        return name

    tasks = [asyncio.create_task(worker(n, 2)) for n in "abc"]
    await asyncio.sleep(0)
    show(b)
    print(await asyncio.gather(*tasks))
    print(sorted(i for _, r, i in log if r == 0), sorted(i for _, r, i in log if r == 1))
    print(log)
    show(b)

    # async with gives the index.
    async def entering(n):
        async with b as idx:
            return (n, idx)
    print(await asyncio.gather(*(entering(n) for n in range(3))))

    # reset() while two wait: both get BrokenBarrierError, the barrier fills again.
    async def waiting():
        try:
            await b.wait()
        except asyncio.BrokenBarrierError as e:
            return f"broken: {e}"
        return "passed"
    ws = [asyncio.create_task(waiting()) for _ in range(2)]
    await asyncio.sleep(0)
    print(b.n_waiting)
    show(b)
    await b.reset()
    show(b)
    print(await asyncio.gather(*ws))
    show(b)
    print(b.n_waiting, b.broken)

    # A cancelled waiter leaves the count.
    t = asyncio.create_task(b.wait())
    await asyncio.sleep(0)
    print(b.n_waiting)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled waiter")
    print(b.n_waiting)

    # abort(): waiting and later calls raise BrokenBarrierError.
    ws = [asyncio.create_task(waiting()) for _ in range(2)]
    await asyncio.sleep(0)
    await b.abort()
    print(await asyncio.gather(*ws))
    print(b.broken, b.n_waiting)
    show(b)
    print(await waiting())
    await b.reset()
    print(b.broken)
    show(b)
    try:
        await b
    except TypeError as e:
        print("TypeError", e)

    # One party: every wait passes at once with index 0.
    one = asyncio.Barrier(1)
    print([await one.wait() for _ in range(3)])


asyncio.run(main())
print(issubclass(asyncio.BrokenBarrierError, RuntimeError), asyncio.Barrier.__module__)

"""Fan-out of child processes through asyncio: 200 `echo` children started
with create_subprocess_exec, at most 50 at a time, each one's output read
with communicate(). Prints one line to check: how many children ran, how
many exited 0, and the sum of the numbers they echoed."""

import asyncio

CHILDREN = 200
AT_ONCE = 50


async def echo(n, gate):
    async with gate:
        proc = await asyncio.create_subprocess_exec(
            "echo", str(n), stdout=asyncio.subprocess.PIPE)
        out, _ = await proc.communicate()
        return proc.returncode, int(out)


async def main():
    gate = asyncio.Semaphore(AT_ONCE)
    results = await asyncio.gather(*(echo(n, gate) for n in range(CHILDREN)))
    ok = sum(1 for code, _ in results if code == 0)
    total = sum(value for _, value in results)
    print(f"children {len(results)} ok {ok} sum {total}")


asyncio.run(main())

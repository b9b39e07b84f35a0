# Child processes from asyncio: several commands run at once, their output
# captured; input fed through communicate(); a failing command's return code.
import asyncio
import sys
from asyncio.subprocess import PIPE


async def run(*argv):
    proc = await asyncio.create_subprocess_exec(*argv, stdout=PIPE, stderr=PIPE)
    out, err = await proc.communicate()
    return argv[0], proc.returncode, out.decode().strip(), err.decode().strip()


async def main():
    # Three commands at the same time; gather keeps their order.
    results = await asyncio.gather(
        run("echo", "first"),
        run("sh", "-c", "sleep 0.2; echo second"),
        run("printf", "%s-%s", "third", "part"),
    )
    for name, code, out, _ in results:
        print(f"{name}: exit {code}, output {out!r}")

    # Input through communicate(): sort reads it all, then answers.
    sorter = await asyncio.create_subprocess_exec("sort", "-r", stdin=PIPE, stdout=PIPE)
    out, _ = await sorter.communicate(b"pear\napple\nfig\n")
    print("sorted:", out.decode().split())

    # A line at a time from a child's output.
    counter = await asyncio.create_subprocess_shell("for i in 1 2 3; do echo line $i; done",
                                                    stdout=PIPE)
    async for line in counter.stdout:
        print("read", line.decode().rstrip())
    print("counter exit", await counter.wait())

    # A failing command: its return code and its error output.
    name, code, out, err = await run("sh", "-c", "echo oops >&2; exit 3")
    print(f"failing command: exit {code}, stderr {err!r}")

    # The interpreter itself as a child.
    name, code, out, _ = await run(sys.executable, "-c", "print(6 * 7)")
    print("child interpreter printed", out)


asyncio.run(main())

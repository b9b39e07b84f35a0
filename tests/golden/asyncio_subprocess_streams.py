# asyncio child processes through streams: create_subprocess_exec/shell,
# communicate with and without input, stderr merged into stdout, DEVNULL,
# reading lines, return codes of failing and signalled children, and the
# argument checks of the text-mode options.
import asyncio
import signal
import sys
from asyncio.subprocess import PIPE, STDOUT, DEVNULL


async def streams():
    proc = await asyncio.create_subprocess_exec("cat", stdin=PIPE)
    print(type(proc).__name__, isinstance(proc.pid, int), proc.returncode)
    print(type(proc.stdin).__name__, proc.stdout, proc.stderr)
    proc.stdin.close()
    print(await proc.wait())

    proc = await asyncio.create_subprocess_exec("echo", "hello", "world", stdout=PIPE)
    print(proc.stdin, type(proc.stdout).__name__, proc.stderr)
    out, err = await proc.communicate()
    print(out, err, proc.returncode)
    print(await proc.wait(), await proc.wait())

    proc = await asyncio.create_subprocess_exec("cat", stdin=PIPE, stdout=PIPE)
    data = bytes(range(256)) * 2000
    out, err = await proc.communicate(data)
    print(len(out), out == data, err, proc.returncode)

    proc = await asyncio.create_subprocess_exec("cat", stdin=PIPE, stdout=PIPE)
    out, _ = await proc.communicate(b"")
    print(repr(out), proc.returncode)

    proc = await asyncio.create_subprocess_shell("echo to-out; echo to-err >&2", stdout=PIPE,
                                                 stderr=STDOUT)
    out, err = await proc.communicate()
    print(sorted(out.split()), err)

    proc = await asyncio.create_subprocess_shell("echo a; echo b >&2; exit 4", stdout=PIPE,
                                                 stderr=PIPE)
    out, err = await proc.communicate()
    print(out, err, proc.returncode)

    proc = await asyncio.create_subprocess_exec("cat", stdin=DEVNULL, stdout=PIPE, stderr=DEVNULL)
    print(await proc.communicate(), proc.returncode)

    proc = await asyncio.create_subprocess_shell("printf 'one\\ntwo\\nthree'", stdout=PIPE)
    print(await proc.stdout.readline(), await proc.stdout.readexactly(3))
    print(await proc.stdout.read(), await proc.stdout.read(), proc.stdout.at_eof())
    print(await proc.wait())


async def writing():
    proc = await asyncio.create_subprocess_exec("tr", "a-z", "A-Z", stdin=PIPE, stdout=PIPE)
    for word in (b"alpha ", b"beta ", b"gamma\n"):
        proc.stdin.write(word)
        await proc.stdin.drain()
    print(proc.stdin.can_write_eof(), proc.stdin.is_closing())
    proc.stdin.close()
    await proc.stdin.wait_closed()
    print(await proc.stdout.readline(), await proc.wait())


async def signals():
    for how in ("kill", "terminate", "send_signal"):
        proc = await asyncio.create_subprocess_exec("sleep", "30")
        if how == "send_signal":
            proc.send_signal(signal.SIGINT)
        else:
            getattr(proc, how)()
        print(how, await proc.wait(), proc.returncode)
    try:
        proc.kill()
    except ProcessLookupError as exc:
        print("after exit:", type(exc).__name__)


async def failures():
    try:
        await asyncio.create_subprocess_exec("/nonexistent/program")
    except FileNotFoundError as exc:
        print(type(exc).__name__, exc.errno)
    for options in ({"text": True}, {"encoding": "utf-8"}, {"errors": "strict"},
                    {"universal_newlines": True}, {"bufsize": 1}):
        try:
            await asyncio.create_subprocess_exec("true", **options)
        except ValueError as exc:
            print("exec", exc)
        try:
            await asyncio.create_subprocess_shell("true", **options)
        except ValueError as exc:
            print("shell", exc)
    loop = asyncio.get_running_loop()
    for call in (lambda: loop.subprocess_shell(asyncio.SubprocessProtocol, ["echo"]),
                 lambda: loop.subprocess_shell(asyncio.SubprocessProtocol, "echo", shell=False),
                 lambda: loop.subprocess_exec(asyncio.SubprocessProtocol, "echo", shell=True)):
        try:
            await call()
        except ValueError as exc:
            print(exc)


async def concurrent():
    async def square(n):
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-c", f"import time; time.sleep({(5 - n) * 0.02}); print({n} * {n})",
            stdout=PIPE)
        out, _ = await proc.communicate()
        return int(out)
    print(await asyncio.gather(*(square(n) for n in range(6))))


for step in (streams, writing, signals, failures, concurrent):
    asyncio.run(step())

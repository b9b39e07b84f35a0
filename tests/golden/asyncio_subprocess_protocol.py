# loop.subprocess_exec / subprocess_shell with a SubprocessProtocol: the
# events a protocol sees, the SubprocessTransport's methods, and the child
# watcher API (names, the default watcher, explicit watchers).
import asyncio
import os
import signal
import sys


class Recorder(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.events = []
        self.data = {1: b"", 2: b""}

    def connection_made(self, transport):
        self.events.append("connection_made")

    def pipe_data_received(self, fd, data):
        self.data[fd] += data

    def pipe_connection_lost(self, fd, exc):
        self.events.append(("pipe_connection_lost", fd, exc))

    def process_exited(self):
        self.events.append("process_exited")

    def connection_lost(self, exc):
        self.events.append(("connection_lost", exc))
        self.done.set_result(None)


async def protocol_events():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, proto = await loop.subprocess_exec(
        lambda: Recorder(done), "sh", "-c", "read x; echo got $x; echo warn >&2; exit 5")
    print(isinstance(transport, asyncio.SubprocessTransport), transport.get_pid() > 0)
    print(transport.get_returncode(), transport.is_closing())
    stdin = transport.get_pipe_transport(0)
    print([isinstance(transport.get_pipe_transport(fd), t) for fd, t in
           ((0, asyncio.WriteTransport), (1, asyncio.ReadTransport), (2, asyncio.ReadTransport))])
    print(transport.get_pipe_transport(3))
    print(type(transport.get_extra_info("subprocess")).__name__)
    stdin.write(b"input\n")
    stdin.close()
    await done
    events = proto.events
    print(events[0], events[-1])
    print(sorted(map(str, events[1:-1])))
    print(proto.data, transport.get_returncode())
    try:
        transport.kill()
    except ProcessLookupError:
        print("kill after exit: ProcessLookupError")
    transport.close()
    print(transport.is_closing())


async def shell_and_signals():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    transport, proto = await loop.subprocess_shell(
        lambda: Recorder(done), "exec sleep 30", stdin=None, stdout=None, stderr=None)
    print(transport.get_pipe_transport(0), transport.get_pipe_transport(1))
    transport.send_signal(signal.SIGTERM)
    print(await transport._wait(), transport.get_returncode())
    await done
    print(proto.events)

    # close() kills a child that still runs.
    done = loop.create_future()
    transport, proto = await loop.subprocess_exec(lambda: Recorder(done), "sleep", "30")
    transport.close()
    await done
    print("closed:", transport.get_returncode())


async def watchers():
    names = ["AbstractChildWatcher", "PidfdChildWatcher", "ThreadedChildWatcher",
             "SafeChildWatcher", "FastChildWatcher", "MultiLoopChildWatcher"]
    print(all(issubclass(getattr(asyncio, n), asyncio.AbstractChildWatcher) for n in names))
    watcher = asyncio.get_child_watcher()
    print(type(watcher).__name__, watcher.is_active(), watcher is asyncio.get_child_watcher())
    print(watcher.remove_child_handler(12345678))
    loop = asyncio.get_running_loop()
    for cls in (asyncio.PidfdChildWatcher, asyncio.SafeChildWatcher, asyncio.FastChildWatcher):
        chosen = cls()
        chosen.attach_loop(loop)
        asyncio.set_child_watcher(chosen)
        print(cls.__name__, chosen.is_active(), asyncio.get_child_watcher() is chosen)
        proc = await asyncio.create_subprocess_exec("sh", "-c", "exit 7")
        print(" exit", await proc.wait())
        asyncio.set_child_watcher(None)
        chosen.attach_loop(None)
    try:
        asyncio.set_child_watcher(object())
    except (TypeError, AssertionError) as exc:
        print("not a watcher:", type(exc).__name__ in ("TypeError", "AssertionError"))
    for name in ("add_child_handler", "remove_child_handler", "attach_loop", "close",
                 "is_active", "__enter__", "__exit__"):
        print(name in vars(asyncio.AbstractChildWatcher), end=" ")
    print()


asyncio.run(protocol_events())
asyncio.run(shell_and_signals())
asyncio.run(watchers())
asyncio.set_event_loop_policy(None)

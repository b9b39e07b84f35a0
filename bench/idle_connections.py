"""Benchmark: 10,000 concurrent idle connections. This process serves them
with asyncio.start_server (each handler waits in readline); a child process,
the same interpreter running this script with --clients, opens them with
asyncio.open_connection and holds them. When all are up, both report.

    /usr/bin/time -f %M coil bench/idle_connections.py     (or python3)

Prints the number of connections the server holds (the checkable line); on
stderr, each side's peak resident set (VmHWM) before and after, and the KiB
per connection. Two processes, because the two ends of 10,000 connections in
one process need more than 20,000 descriptors. The soft descriptor limit is
raised to the hard one with the resource module where the interpreter has
one (coil has none: run under `ulimit -n` of at least 10,100).
"""

import asyncio
import subprocess
import sys

CONNECTIONS = 10000
BATCH = 50


def raise_fd_limit():
    try:
        import resource
    except ImportError:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def peak_kib():
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith('VmHWM:'):
                return int(line.split()[1])
    return 0


async def serve():
    loop = asyncio.get_running_loop()
    waiting = 0
    all_up = loop.create_future()
    all_gone = loop.create_future()

    async def handle(reader, writer):
        nonlocal waiting
        waiting += 1
        if waiting == CONNECTIONS:
            all_up.set_result(None)
        await reader.readline()
        writer.close()
        waiting -= 1
        if waiting == 0 and all_up.done():
            all_gone.set_result(None)

    before = peak_kib()
    server = await asyncio.start_server(handle, '127.0.0.1', 0, backlog=1024)
    port = server.sockets[0].getsockname()[1]
    child = subprocess.Popen([sys.executable, __file__, '--clients', str(port)],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    await all_up
    client_report = child.stdout.readline().decode().strip()
    after = peak_kib()
    print(f'server holds {waiting} connections')
    print(f'server: {before} KiB before, {after} KiB with the connections, '
          f'{(after - before) / CONNECTIONS:.2f} KiB per connection', file=sys.stderr)
    print(f'clients: {client_report}', file=sys.stderr)
    child.stdin.close()
    child.wait()
    await all_gone
    server.close()
    await server.wait_closed()


async def connect(port):
    before = peak_kib()
    streams = []
    for _ in range(0, CONNECTIONS, BATCH):
        streams += await asyncio.gather(*(asyncio.open_connection('127.0.0.1', port)
                                          for _ in range(BATCH)))
    after = peak_kib()
    print(f'{len(streams)} open: {before} KiB before, {after} KiB with the connections, '
          f'{(after - before) / CONNECTIONS:.2f} KiB per connection', flush=True)
    # Idle until the server is done measuring (its end of the pipe closes).
    sys.stdin.read()
    for _, writer in streams:
        writer.close()


def main():
    raise_fd_limit()
    if len(sys.argv) > 2 and sys.argv[1] == '--clients':
        asyncio.run(connect(int(sys.argv[2])))
    else:
        asyncio.run(serve())


main()

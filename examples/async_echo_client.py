"""Clients of the line echo server in examples/async_echo_server.py.

    coil examples/async_echo_client.py            (server and clients together)
    coil examples/async_echo_client.py PORT       (a server already running)

Without a port, the server is started in this same event loop on a free port,
three clients talk to it at once, and the server is shut down at the end.
"""

import asyncio
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import async_echo_server  # noqa: E402


async def talk(name, port, lines):
    """Sends lines one by one and prints each reply."""
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    for text in lines:
        writer.write(text.encode() + b'\n')
        await writer.drain()
        reply = await reader.readline()
        print(f'{name} got {reply.decode().rstrip()!r}')
    writer.write_eof()
    assert await reader.read() == b''
    writer.close()
    await writer.wait_closed()


async def main(port=None):
    server = None
    if port is None:
        server = await async_echo_server.start()
        port = server.sockets[0].getsockname()[1]
    conversations = {
        'ada': ['hello', 'how are you?'],
        'bob': ['ping'],
        'cy': ['one', 'two', 'three'],
    }
    # One at a time, so that the lines print in the same order every run.
    for name, lines in conversations.items():
        await talk(name, port, lines)
    # Then all at once.
    await asyncio.gather(*(talk(name + '+', port, lines[:1])
                           for name, lines in conversations.items()))
    if server is not None:
        server.close()
        await server.wait_closed()
    print('done')


if __name__ == '__main__':
    asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else None))

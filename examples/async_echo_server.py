"""A line echo server on asyncio streams.

    coil examples/async_echo_server.py [PORT]

Serves until interrupted (Ctrl-C): each client's lines come back with the
number of the line in front, and the server notes who connected and left.
examples/async_echo_client.py runs this server and a few clients in one
process, so one command shows both sides.
"""

import asyncio
import sys


async def serve_client(reader, writer):
    """Echoes one client's lines until it closes its side."""
    who = writer.get_extra_info('peername')
    print(f'server: {who[0]} connected')
    count = 0
    async for line in reader:
        count += 1
        writer.write(b'%d: %s' % (count, line))
        await writer.drain()
    print(f'server: {who[0]} left after {count} lines')
    writer.close()
    await writer.wait_closed()


async def start(host='127.0.0.1', port=0):
    """A listening server; port 0 lets the system choose."""
    return await asyncio.start_server(serve_client, host, port)


async def main(port):
    server = await start(port=port)
    host, port = server.sockets[0].getsockname()[:2]
    print(f'serving on {host}:{port}')
    async with server:
        await server.serve_forever()


if __name__ == '__main__':
    try:
        asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 8888))
    except KeyboardInterrupt:
        print('stopped')

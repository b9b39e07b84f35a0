# Unix-socket streams and servers, datagram endpoints, connect_accepted_socket.
import asyncio
import os
import socket
import tempfile


async def unix_streams(path):
    async def handle(reader, writer):
        line = await reader.readline()
        writer.write(line.upper())
        await writer.drain()
        writer.close()

    server = await asyncio.start_unix_server(handle, path)
    print('listening on a unix path:', os.path.exists(path), server.is_serving())
    reader, writer = await asyncio.open_unix_connection(path)
    writer.write(b'over a unix socket\n')
    print(await reader.readline())
    print('peer closed:', await reader.read() == b'')
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    # A stale socket file is replaced by the next server on the path.
    again = await asyncio.start_unix_server(handle, path)
    print('second server on the path:', again.is_serving())
    again.close()
    await again.wait_closed()
    with open(path + '.txt', 'w'):
        pass
    try:
        await asyncio.start_unix_server(handle, path + '.txt')
    except OSError as exc:
        print('server on a regular file:', type(exc).__name__, exc.errno)
    loop = asyncio.get_running_loop()
    try:
        await loop.create_unix_connection(asyncio.Protocol)
    except ValueError as exc:
        print(exc)
    try:
        await loop.create_unix_server(asyncio.Protocol)
    except ValueError as exc:
        print(exc)
    try:
        await loop.create_unix_connection(asyncio.Protocol, path, server_hostname='x')
    except ValueError as exc:
        print(exc)


class Echo(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.transport.sendto(data[::-1], addr)


class Client(asyncio.DatagramProtocol):
    def __init__(self, loop):
        self.replies = asyncio.Queue()
        self.lost = loop.create_future()

    def datagram_received(self, data, addr):
        self.replies.put_nowait(data)

    def connection_lost(self, exc):
        self.lost.set_result(exc)


async def datagrams():
    loop = asyncio.get_running_loop()
    server, _ = await loop.create_datagram_endpoint(Echo, local_addr=('127.0.0.1', 0))
    address = server.get_extra_info('sockname')
    transport, client = await loop.create_datagram_endpoint(
        lambda: Client(loop), remote_addr=address)
    print('datagram transport:', isinstance(transport, asyncio.DatagramTransport),
          isinstance(transport, asyncio.Transport))
    for word in (b'abc', b'hello'):
        transport.sendto(word)
        print('reply:', await client.replies.get())
    try:
        transport.sendto(b'x', ('127.0.0.1', 1))
    except ValueError as exc:
        print('ValueError:', str(exc).split(':')[0])
    print('limits:', transport.get_write_buffer_limits(), transport.get_write_buffer_size())
    transport.close()
    print('lost with:', await client.lost)
    server.close()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        await loop.create_datagram_endpoint(asyncio.DatagramProtocol, sock=sock)
    except ValueError as exc:
        print('stream socket:', str(exc).split(',')[0])
    sock.close()


async def accepted_socket():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    received = loop.create_future()

    class Proto(asyncio.Protocol):
        def data_received(self, data):
            received.set_result(data)

    transport, _ = await loop.connect_accepted_socket(Proto, a)
    b.sendall(b'to the adopted socket')
    print(await received)
    transport.close()
    await asyncio.sleep(0)
    b.close()
    try:
        await loop.connect_accepted_socket(Proto, socket.socket(), ssl_handshake_timeout=1)
    except ValueError as exc:
        print(exc)


async def main():
    with tempfile.TemporaryDirectory() as where:
        await unix_streams(os.path.join(where, 'sock'))
    await datagrams()
    await accepted_socket()


asyncio.run(main())

# asyncio over sockets: the echo server and client of CPython's streams
# documentation in one script, the StreamReader methods and their errors,
# the loop's sock_* methods and add_reader, and a Protocol with create_server.
import asyncio
import socket


async def handle_echo(reader, writer):
    data = await reader.read(100)
    message = data.decode()
    addr = writer.get_extra_info('peername')
    print(f"Received {message!r} from {addr[0]!r}")
    print(f"Send: {message!r}")
    writer.write(data)
    await writer.drain()
    print("Close the connection")
    writer.close()
    await writer.wait_closed()


async def tcp_echo_client(message, port):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(f'Send: {message!r}')
    writer.write(message.encode())
    await writer.drain()
    data = await reader.read(100)
    print(f'Received: {data.decode()!r}')
    print('Close the connection')
    writer.close()
    await writer.wait_closed()


async def echo_docs():
    server = await asyncio.start_server(handle_echo, '127.0.0.1', 0)
    addrs = ', '.join(str(sock.getsockname()[0]) for sock in server.sockets)
    print(f'Serving on {addrs}')
    port = server.sockets[0].getsockname()[1]
    async with server:
        await tcp_echo_client('Hello World!', port)
        await tcp_echo_client('Again', port)
    print("serving after async with:", server.is_serving())


async def line_server(reader, writer):
    async for line in reader:
        if line == b'quit\n':
            break
        writer.write(line.upper())
        await writer.drain()
    writer.write(b'tail without newline')
    await writer.drain()
    writer.close()


async def reader_methods():
    server = await asyncio.start_server(line_server, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    print(type(reader).__name__, type(writer).__name__, writer.can_write_eof(), writer.is_closing())
    writer.writelines([b'alpha\n', b'beta\n'])
    writer.write(b'gamma;delta\n')
    await writer.drain()
    print(await reader.readline())
    print(await reader.readexactly(3), await reader.readexactly(3))
    print(await reader.readuntil(b';'))
    print(await reader.readuntil(b'\n'))
    writer.write(b'quit\n')
    await writer.drain()
    try:
        await reader.readexactly(100)
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial, e.expected)
    print("at_eof", reader.at_eof(), await reader.read(), await reader.readline())
    writer.close()
    await writer.wait_closed()
    print("writer closing", writer.is_closing())
    server.close()
    await server.wait_closed()

    # the limit
    small = asyncio.StreamReader(limit=5)
    small.feed_data(b'0123456789\nrest')
    try:
        await small.readuntil(b'\n')
    except asyncio.LimitOverrunError as e:
        print(type(e).__name__, e, e.consumed)
    try:
        await small.readline()
    except ValueError as e:
        print(type(e).__name__, e)
    small.feed_eof()
    print(await small.read(), small.at_eof())
    fed = asyncio.StreamReader()
    fed.feed_data(b'ab')
    fed.feed_eof()
    try:
        await fed.readuntil(b'!')
    except asyncio.IncompleteReadError as e:
        print(type(e).__name__, e, e.partial)
    try:
        await fed.readuntil(b'')
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        await fed.readexactly(-1)
    except ValueError as e:
        print(type(e).__name__, e)


async def low_level():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)

    async def later():
        await asyncio.sleep(0.01)
        await loop.sock_sendall(b, b'x' * 100000)

    task = asyncio.create_task(later())
    got = 0
    while got < 100000:
        got += len(await loop.sock_recv(a, 65536))
    await task
    print("sock_recv total", got)
    buf = bytearray(4)
    await loop.sock_sendall(a, b'four')
    print("sock_recv_into", await loop.sock_recv_into(b, buf), buf)

    ready = loop.create_future()
    loop.add_reader(a.fileno(), lambda: ready.set_result(a.recv(10)) if not ready.done() else None)
    b.send(b'signal')
    print("add_reader", await ready)
    print("remove_reader", loop.remove_reader(a.fileno()), loop.remove_reader(a.fileno()))
    wrote = loop.create_future()
    loop.add_writer(b, lambda: wrote.set_result('writable') if not wrote.done() else None)
    print("add_writer", await wrote, loop.remove_writer(b))
    a.close()
    b.close()

    listener = socket.socket()
    listener.bind(('127.0.0.1', 0))
    listener.listen()
    listener.setblocking(False)
    port = listener.getsockname()[1]
    client = socket.socket()
    client.setblocking(False)
    accept = asyncio.create_task(loop.sock_accept(listener))
    await loop.sock_connect(client, ('127.0.0.1', port))
    conn, peer = await accept
    print("sock_accept", peer[0], conn.gettimeout())
    await loop.sock_sendall(client, b'hello')
    print(await loop.sock_recv(conn, 10))
    for s in (conn, client, listener):
        s.close()
    refused = socket.socket()
    refused.setblocking(False)
    try:
        await loop.sock_connect(refused, ('127.0.0.1', port))
    except OSError as e:
        print(type(e).__name__, e.errno)
    refused.close()

    u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u1.bind(('127.0.0.1', 0))
    u1.setblocking(False)
    u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    u2.setblocking(False)
    await loop.sock_sendto(u2, b'datagram', u1.getsockname())
    data, _ = await loop.sock_recvfrom(u1, 100)
    print("sock_recvfrom", data)
    u1.close()
    u2.close()


class Upper(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("server: connection_made", type(transport.get_extra_info('socket')).__name__)

    def data_received(self, data):
        self.transport.write(data.upper())

    def eof_received(self):
        print("server: eof_received")

    def connection_lost(self, exc):
        print("server: connection_lost", exc)


class Client(asyncio.Protocol):
    def __init__(self, done):
        self.done = done
        self.chunks = []

    def connection_made(self, transport):
        transport.write(b'protocol data')
        transport.write_eof()

    def data_received(self, data):
        self.chunks.append(data)

    def connection_lost(self, exc):
        self.done.set_result(b''.join(self.chunks))


async def protocols():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Upper, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    done = loop.create_future()
    transport, protocol = await loop.create_connection(lambda: Client(done), '127.0.0.1', port)
    print(type(protocol).__name__, transport.is_closing())
    print("client got", await done)
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except OSError as e:
        print(type(e).__name__, e.errno)

    server = await asyncio.start_server(handle_echo, '127.0.0.1', 0, start_serving=False)
    print("serving", server.is_serving())
    forever = asyncio.create_task(server.serve_forever())
    await asyncio.sleep(0)
    print("serving", server.is_serving())
    forever.cancel()
    try:
        await forever
    except asyncio.CancelledError:
        print("serve_forever cancelled", server.is_serving())


class DatagramEcho(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        print('server received', data)
        self.transport.sendto(data.upper(), addr)


class DatagramClient(asyncio.DatagramProtocol):
    def __init__(self, done):
        self.done = done

    def connection_made(self, transport):
        transport.sendto(b'datagram hello')

    def datagram_received(self, data, addr):
        self.done.set_result(data)

    def connection_lost(self, exc):
        print('client connection_lost', exc)


async def datagrams():
    loop = asyncio.get_running_loop()
    server, _ = await loop.create_datagram_endpoint(DatagramEcho, local_addr=('127.0.0.1', 0))
    port = server.get_extra_info('sockname')[1]
    done = loop.create_future()
    client, _ = await loop.create_datagram_endpoint(lambda: DatagramClient(done),
                                                    remote_addr=('127.0.0.1', port))
    print('client got', await done)
    try:
        client.sendto(b'x', ('127.0.0.1', 1))
    except ValueError as e:
        print(type(e).__name__, str(e).split(' or ')[0])
    client.close()
    server.close()
    await asyncio.sleep(0.01)


asyncio.run(echo_docs())
asyncio.run(reader_methods())
asyncio.run(low_level())
asyncio.run(protocols())
asyncio.run(datagrams())

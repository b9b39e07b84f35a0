# loop.sock_sendfile and loop.sendfile: the sendfile(2) path, the fallback for
# files without a descriptor, argument errors, and a transport's buffered bytes
# sent before the file.
import asyncio, socket, os, tempfile

async def main():
    loop = asyncio.get_running_loop()
    data = bytes(range(256)) * 4000
    with tempfile.TemporaryFile() as f:
        f.write(data); f.flush(); f.seek(0)
        a, b = socket.socketpair()
        a.setblocking(False); b.setblocking(False)
        async def reader(n):
            got = bytearray()
            while len(got) < n:
                chunk = await loop.sock_recv(b, 65536)
                if not chunk: break
                got += chunk
            return bytes(got)
        r = asyncio.ensure_future(reader(len(data) - 100))
        sent = await loop.sock_sendfile(a, f, 100)
        print('sent', sent, 'pos', f.tell(), 'match', (await r) == data[100:])
        r = asyncio.ensure_future(reader(1000))
        sent = await loop.sock_sendfile(a, f, 5, 1000)
        print('sent', sent, 'pos', f.tell(), 'match', (await r) == data[5:1005])
        for bad in [dict(offset=-1), dict(count=0), dict(offset='x'), dict(count=1.5)]:
            try:
                await loop.sock_sendfile(a, f, **bad)
            except Exception as e:
                print(type(e).__name__, e)
        import io
        bio = io.BytesIO(b'hello world')
        try:
            await loop.sock_sendfile(a, bio, fallback=False)
        except asyncio.SendfileNotAvailableError as e:
            print('SNA', e)
        print(await loop.sock_sendfile(a, bio), await loop.sock_recv(b, 100))
        u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            await loop.sock_sendfile(u, f)
        except ValueError as e:
            print(e)
        u.close()
        a.close(); b.close()
        # transport sendfile through a server
        got = bytearray(); done = loop.create_future()
        class P(asyncio.Protocol):
            def data_received(self, d): got.extend(d)
            def eof_received(self): done.set_result(None)
        srv = await loop.create_server(P, '127.0.0.1', 0)
        port = srv.sockets[0].getsockname()[1]
        r, w = await asyncio.open_connection('127.0.0.1', port)
        w.write(b'head:')
        n = await loop.sendfile(w.transport, f, 0, 300000)
        w.write_eof()
        await done
        print('transport sent', n, bytes(got) == b'head:' + data[:300000])
        w.close(); await w.wait_closed()
        srv.close(); await srv.wait_closed()
        try:
            await loop.sendfile(w.transport, f)
        except RuntimeError as e:
            print('closed:', e)

asyncio.run(main())

"""Benchmark: push SIZE bytes through one TCP connection on 127.0.0.1 with
loop.sock_sendall (1 MiB pieces) and loop.sock_recv_into (into a 256 KiB
buffer), both ends in one event loop.

    coil bench/sock_throughput.py        (or python3, to compare)

Prints the byte count received and whether the last piece arrived intact (the
checkable line), and the seconds and MB/s on stderr.
"""

import asyncio
import socket
import sys
import time

SIZE = 1 << 30
PIECE = 1 << 20
RECV_BUFFER = 256 * 1024


async def send_all(loop, sock):
    piece = bytearray(PIECE)
    view = memoryview(piece)
    for sent in range(0, SIZE, PIECE):
        view[:8] = sent.to_bytes(8, 'little')
        await loop.sock_sendall(sock, view)
    sock.shutdown(socket.SHUT_WR)


async def receive_all(loop, sock):
    buf = bytearray(RECV_BUFFER)
    total = 0
    last = b''
    while True:
        n = await loop.sock_recv_into(sock, buf)
        if not n:
            return total, last
        total += n
        if total > SIZE - PIECE:
            last += buf[:n]


async def main():
    loop = asyncio.get_running_loop()
    listener = socket.socket()
    listener.bind(('127.0.0.1', 0))
    listener.listen()
    listener.setblocking(False)
    client = socket.socket()
    client.setblocking(False)
    accepting = loop.create_task(loop.sock_accept(listener))
    await loop.sock_connect(client, listener.getsockname())
    server, _ = await accepting
    start = time.perf_counter()
    sending = loop.create_task(send_all(loop, client))
    total, last = await receive_all(loop, server)
    await sending
    seconds = time.perf_counter() - start
    for s in (client, server, listener):
        s.close()
    intact = last[-PIECE:][:8] == (SIZE - PIECE).to_bytes(8, 'little')
    print(f'received {total} bytes, last piece intact: {intact}')
    print(f'{seconds:.3f} s, {total / seconds / 1e6:.0f} MB/s', file=sys.stderr)


asyncio.run(main())

"""The event loop's file-sending methods: loop.sock_sendfile (sendfile(2) on
a socket, else a read/send loop), loop.sendfile (the same through a stream
transport) and loop.start_tls, which fails as CPython's does when there is no
ssl module. Added to the native loop class with _asyncio._extend_loop."""

import errno
import io
import os
import _asyncio
import _socket
from asyncio import exceptions

_FALLBACK_CHUNK = 256 * 1024
_TRANSPORT_CHUNK = 16384


def _check_params(sock, file, offset, count):
    import socket
    if 'b' not in getattr(file, 'mode', 'b'):
        raise ValueError('file should be opened in binary mode')
    if sock.type != socket.SOCK_STREAM:
        raise ValueError('only SOCK_STREAM type sockets are supported')
    if count is not None:
        if not isinstance(count, int):
            raise TypeError(f'count must be a positive integer (got {count!r})')
        if count <= 0:
            raise ValueError(f'count must be a positive integer (got {count!r})')
    if not isinstance(offset, int):
        raise TypeError(f'offset must be a non-negative integer (got {offset!r})')
    if offset < 0:
        raise ValueError(f'offset must be a non-negative integer (got {offset!r})')


def _file_descriptor(file):
    """The file's descriptor and size, or SendfileNotAvailableError when it is
    not a regular file."""
    try:
        fileno = file.fileno()
    except (AttributeError, io.UnsupportedOperation):
        raise exceptions.SendfileNotAvailableError('not a regular file') from None
    try:
        size = os.fstat(fileno).st_size
    except OSError:
        raise exceptions.SendfileNotAvailableError('not a regular file') from None
    return fileno, size


async def _native(loop, sock, file, offset, count):
    """sendfile(2) until count bytes (or the file) are sent."""
    from asyncio.reactor import _until_ready, _fd_of
    fileno, size = _file_descriptor(file)
    if not (count or size):
        return 0
    total = 0
    try:
        while True:
            want = count - total if count else size
            if want <= 0:
                break
            try:
                sent = _socket._sendfile(_fd_of(sock), fileno, offset + total, want)
            except (BlockingIOError, InterruptedError):
                await _until_ready(loop, _fd_of(sock), True)
                continue
            except OSError as exc:
                if total == 0:
                    raise exceptions.SendfileNotAvailableError('os.sendfile call failed') from None
                if exc.errno == errno.ENOTCONN and type(exc) is not ConnectionError:
                    raise ConnectionError('socket is not connected', errno.ENOTCONN) from exc
                raise
            if sent == 0:
                break
            total += sent
    finally:
        if total > 0:
            os.lseek(fileno, offset + total, os.SEEK_SET)
    return total


async def _fallback(loop, sock, file, offset, count):
    """Reads the file (in place: coil's loop has no worker threads) and sends
    each piece with sock_sendall."""
    if offset:
        file.seek(offset)
    block = min(count, _FALLBACK_CHUNK) if count else _FALLBACK_CHUNK
    buf = bytearray(block)
    total = 0
    try:
        while True:
            if count:
                block = min(count - total, block)
                if block <= 0:
                    break
            view = memoryview(buf)[:block]
            got = file.readinto(view)
            if not got:
                break
            await loop.sock_sendall(sock, view[:got])
            total += got
        return total
    finally:
        if total > 0 and hasattr(file, 'seek'):
            file.seek(offset + total)


async def sock_sendfile(self, sock, file, offset=0, count=None, *, fallback=True):
    """Sends file (from offset, count bytes or to its end) on the non-blocking
    stream socket: the number of bytes sent."""
    if self.get_debug() and sock.gettimeout() != 0:
        raise ValueError('the socket must be non-blocking')
    _check_params(sock, file, offset, count)
    try:
        return await _native(self, sock, file, offset, count)
    except exceptions.SendfileNotAvailableError:
        if not fallback:
            raise
    return await _fallback(self, sock, file, offset, count)


async def sendfile(self, transport, file, offset=0, count=None, *, fallback=True):
    """Sends file through a stream transport (its buffer is flushed first and
    reading paused meanwhile): the number of bytes sent."""
    if transport.is_closing():
        raise RuntimeError('Transport is closing')
    waiting = getattr(transport, '_make_empty_waiter', None)
    if waiting is None:
        raise RuntimeError(f'sendfile is not supported for transport {transport!r}')
    resume = transport.is_reading()
    if resume:
        transport.pause_reading()
    try:
        await waiting()
        try:
            return await self.sock_sendfile(transport._sock, file, offset, count, fallback=False)
        except exceptions.SendfileNotAvailableError:
            if not fallback:
                raise
        return await _through_transport(transport, file, offset, count)
    finally:
        if resume and not transport.is_closing():
            transport.resume_reading()


async def _through_transport(transport, file, offset, count):
    if offset:
        file.seek(offset)
    block = min(count, _TRANSPORT_CHUNK) if count else _TRANSPORT_CHUNK
    total = 0
    try:
        while True:
            if count:
                block = min(count - total, block)
                if block <= 0:
                    return total
            data = file.read(block)
            if not data:
                return total
            if transport.is_closing():
                raise ConnectionError('Connection closed by peer')
            transport.write(data)
            total += len(data)
            if transport.get_write_buffer_size() > transport.get_write_buffer_limits()[1]:
                await transport._make_empty_waiter()
    finally:
        if total > 0 and hasattr(file, 'seek'):
            file.seek(offset + total)


async def start_tls(self, transport, protocol, sslcontext, *, server_side=False,
                    server_hostname=None, ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
    """TLS is not available: coil has no ssl module (CPython says the same
    when it is built without one)."""
    raise RuntimeError('Python ssl module is not available')


_asyncio._extend_loop({
    'sock_sendfile': sock_sendfile,
    'sendfile': sendfile,
    'start_tls': start_tls,
})

"""The event loop's socket methods, written over its native readiness
callbacks (add_reader / add_writer): the sock_* coroutines, name resolution,
create_connection / create_server with the stream transport, and Server.
They are added to the native loop class with _asyncio._extend_loop."""

import errno
import _asyncio
from asyncio import protocols, transports, exceptions
from asyncio.trsock import TransportSocket

__all__ = ('Server',)

_RETRY = (BlockingIOError, InterruptedError)


def _needs_nonblocking(loop, sock):
    # Checked in debug mode only, as CPython does.
    if loop.get_debug() and sock.gettimeout() != 0:
        raise ValueError("the socket must be non-blocking")


def _fd_of(sock):
    fd = sock.fileno()
    if fd < 0:
        raise OSError(errno.EBADF, 'Bad file descriptor')
    return fd


# (id(loop), fd, writing) -> the waiter of the _until_ready call whose callback
# is registered: a cancelled call that finishes late must not remove the
# registration a newer call has made for the same descriptor.
_waiting = {}


async def _until_ready(loop, fd, writing):
    """Waits until `fd` is readable (or writable), by a one-shot callback."""
    waiter = loop.create_future()

    def ready():
        if not waiter.done():
            waiter.set_result(None)

    key = (id(loop), fd, writing)
    if writing:
        loop.add_writer(fd, ready)
    else:
        loop.add_reader(fd, ready)
    _waiting[key] = waiter
    try:
        await waiter
    finally:
        if _waiting.get(key) is waiter:
            del _waiting[key]
            if writing:
                loop.remove_writer(fd)
            else:
                loop.remove_reader(fd)


async def sock_recv(self, sock, n):
    """Receives at most n bytes from the non-blocking socket."""
    _needs_nonblocking(self, sock)
    while True:
        try:
            return sock.recv(n)
        except _RETRY:
            pass
        await _until_ready(self, _fd_of(sock), False)


async def sock_recv_into(self, sock, buf):
    """Receives into buf; the number of bytes received."""
    _needs_nonblocking(self, sock)
    while True:
        try:
            return sock.recv_into(buf)
        except _RETRY:
            pass
        await _until_ready(self, _fd_of(sock), False)


async def sock_recvfrom(self, sock, bufsize):
    """A datagram and its sender's address."""
    _needs_nonblocking(self, sock)
    while True:
        try:
            return sock.recvfrom(bufsize)
        except _RETRY:
            pass
        await _until_ready(self, _fd_of(sock), False)


async def sock_recvfrom_into(self, sock, buf, nbytes=0):
    """Receives a datagram into buf: (count, address)."""
    _needs_nonblocking(self, sock)
    while True:
        try:
            return sock.recvfrom_into(buf, nbytes)
        except _RETRY:
            pass
        await _until_ready(self, _fd_of(sock), False)


async def sock_sendall(self, sock, data):
    """Sends all of data."""
    _needs_nonblocking(self, sock)
    view = memoryview(data).cast('B')
    sent = 0
    total = len(view)
    while sent < total:
        try:
            sent += sock.send(view[sent:])
            continue
        except _RETRY:
            pass
        await _until_ready(self, _fd_of(sock), True)


async def sock_sendto(self, sock, data, address):
    """Sends a datagram to address; the number of bytes sent."""
    _needs_nonblocking(self, sock)
    while True:
        try:
            return sock.sendto(data, address)
        except _RETRY:
            pass
        await _until_ready(self, _fd_of(sock), True)


async def _resolved(loop, sock, address):
    """address with its host looked up when it is not numeric (IP sockets)."""
    import socket
    if sock.family not in (socket.AF_INET, socket.AF_INET6):
        return address
    host, port = address[:2]
    found = await loop.getaddrinfo(host, port, family=sock.family, type=sock.type, proto=sock.proto)
    return found[0][4]


async def sock_connect(self, sock, address):
    """Connects the non-blocking socket to address."""
    import socket
    _needs_nonblocking(self, sock)
    address = await _resolved(self, sock, address)
    try:
        sock.connect(address)
        return
    except _RETRY:
        pass
    await _until_ready(self, _fd_of(sock), True)
    code = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
    if code:
        raise OSError(code, f'Connect call failed {address}')


async def sock_accept(self, sock):
    """Accepts a connection: (non-blocking socket, address)."""
    _needs_nonblocking(self, sock)
    while True:
        try:
            conn, peer = sock.accept()
            conn.setblocking(False)
            return conn, peer
        except _RETRY:
            pass
        await _until_ready(self, _fd_of(sock), False)


async def getaddrinfo(self, host, port, *, family=0, type=0, proto=0, flags=0):
    """socket.getaddrinfo (resolved in place: coil's loop has no worker threads)."""
    import socket
    return socket.getaddrinfo(host, port, family, type, proto, flags)


async def getnameinfo(self, sockaddr, flags=0):
    import socket
    return socket.getnameinfo(sockaddr, flags)


class _SocketTransport(transports.Transport):
    """A stream transport over a connected non-blocking socket."""

    chunk = 256 * 1024
    # The state most connections never change lives on the class until it
    # does (an instance attribute costs memory on each of 10,000 connections).
    _server = None
    _sent = 0
    _closing = False
    _lost = False
    _reading = True
    _eof_sent = False
    _writing_paused = False
    _high = 64 * 1024
    _low = 16 * 1024
    _empty_waiter = None

    def __init__(self, loop, sock, protocol, extra=None, server=None):
        import socket
        super().__init__(extra)
        for key, getter in (('sockname', sock.getsockname), ('peername', sock.getpeername)):
            if key not in self._extra:
                try:
                    self._extra[key] = getter()
                except OSError:
                    self._extra[key] = None
        self._loop = loop
        self._sock = sock
        self._fd = sock.fileno()
        self._protocol = protocol
        self._buffered = isinstance(protocol, protocols.BufferedProtocol)
        self._pending = bytearray()
        if server is not None:
            self._server = server
            server._connections += 1
        if sock.family in (socket.AF_INET, socket.AF_INET6) and sock.type == socket.SOCK_STREAM:
            try:
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            except OSError:
                pass

    def get_extra_info(self, name, default=None):
        # The 'socket' wrapper is made on first request.
        if name == 'socket' and 'socket' not in self._extra and self._sock is not None:
            self._extra['socket'] = TransportSocket(self._sock)
        return self._extra.get(name, default)

    def _begin(self, waiter=None):
        self._loop.call_soon(self._protocol.connection_made, self)
        self._loop.call_soon(self._watch_reads)
        if waiter is not None:
            self._loop.call_soon(_settle, waiter, None)

    def _watch_reads(self):
        if self._reading and not self._closing:
            self._loop.add_reader(self._fd, self._on_readable)

    def __repr__(self):
        state = ' closing' if self._closing else ''
        return f'<_SelectorSocketTransport fd={self._fd}{state}>'

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol
        self._buffered = isinstance(protocol, protocols.BufferedProtocol)

    def is_closing(self):
        return self._closing

    def is_reading(self):
        return self._reading and not self._closing

    def pause_reading(self):
        if self._closing or not self._reading:
            return
        self._reading = False
        self._loop.remove_reader(self._fd)

    def resume_reading(self):
        if self._closing or self._reading:
            return
        self._reading = True
        self._loop.add_reader(self._fd, self._on_readable)

    def _on_readable(self):
        if self._lost:
            return
        if self._buffered:
            self._read_into_protocol()
            return
        try:
            data = self._sock.recv(self.chunk)
        except _RETRY:
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fail(exc, 'Fatal read error on socket transport')
            return
        if data:
            self._protocol.data_received(data)
        else:
            self._on_eof()

    def _read_into_protocol(self):
        try:
            buf = self._protocol.get_buffer(-1)
            if not len(buf):
                raise RuntimeError('get_buffer() returned an empty buffer')
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fail(exc, 'Fatal error: protocol.get_buffer() call failed.')
            return
        try:
            count = self._sock.recv_into(buf)
        except _RETRY:
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._fail(exc, 'Fatal read error on socket transport')
            return
        if count:
            self._protocol.buffer_updated(count)
        else:
            self._on_eof()

    def _on_eof(self):
        self._loop.remove_reader(self._fd)
        self._reading = False
        keep_open = self._protocol.eof_received()
        if not keep_open:
            self.close()

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if self._eof_sent:
            raise RuntimeError('Cannot call write() after write_eof()')
        if not data or self._lost:
            return
        if not self._pending:
            try:
                sent = self._sock.send(data)
            except _RETRY:
                sent = 0
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._fail(exc, 'Fatal write error on socket transport')
                return
            if sent == len(data):
                return
            data = memoryview(data)[sent:]
            self._loop.add_writer(self._fd, self._on_writable)
        self._pending += data
        self._check_high_water()

    def _on_writable(self):
        # The bytes still to send are self._pending[self._sent:]; the sent front
        # is dropped when it outweighs the rest (or all at once at the end).
        if self._lost:
            return
        view = memoryview(self._pending)
        try:
            sent = self._sock.send(view[self._sent:])
        except _RETRY:
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            view.release()
            self._loop.remove_writer(self._fd)
            self._pending.clear()
            self._sent = 0
            self._fail(exc, 'Fatal write error on socket transport')
            return
        finally:
            view.release()
        self._sent += sent
        if self._sent == len(self._pending):
            self._pending.clear()
            self._sent = 0
        elif self._sent > 65536 and 2 * self._sent > len(self._pending):
            del self._pending[:self._sent]
            self._sent = 0
        self._check_low_water()
        if self._pending:
            return
        self._loop.remove_writer(self._fd)
        self._settle_empty_waiter(None)
        if self._closing:
            self._finish(None)
        elif self._eof_sent:
            import socket
            self._sock.shutdown(socket.SHUT_WR)

    def _make_empty_waiter(self):
        """A future done once everything written so far is sent (sendfile
        waits on it before using the socket directly)."""
        if self._empty_waiter is not None:
            raise RuntimeError('Empty waiter is already set')
        fut = self._loop.create_future()
        if self._pending and not self._lost:
            self._empty_waiter = fut
        elif self._lost:
            fut.set_exception(ConnectionError('Connection is closed by peer'))
        else:
            fut.set_result(None)
        return fut

    def _settle_empty_waiter(self, exc):
        fut, self._empty_waiter = self._empty_waiter, None
        if fut is None or fut.done():
            return
        if exc is None:
            fut.set_result(None)
        else:
            fut.set_exception(exc)

    def _check_high_water(self):
        if not self._writing_paused and len(self._pending) - self._sent > self._high:
            self._writing_paused = True
            try:
                self._protocol.pause_writing()
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._report(exc, 'protocol.pause_writing() failed')

    def _check_low_water(self):
        if self._writing_paused and len(self._pending) - self._sent <= self._low:
            self._writing_paused = False
            try:
                self._protocol.resume_writing()
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._report(exc, 'protocol.resume_writing() failed')

    def get_write_buffer_size(self):
        return len(self._pending) - self._sent

    def get_write_buffer_limits(self):
        return (self._low, self._high)

    def set_write_buffer_limits(self, high=None, low=None):
        if high is None:
            high = 64 * 1024 if low is None else 4 * low
        if low is None:
            low = high // 4
        if not high >= low >= 0:
            raise ValueError(f'high ({high!r}) must be >= low ({low!r}) must be >= 0')
        self._high, self._low = high, low
        self._check_high_water()

    def can_write_eof(self):
        return True

    def write_eof(self):
        import socket
        if self._closing or self._eof_sent:
            return
        self._eof_sent = True
        if not self._pending:
            self._sock.shutdown(socket.SHUT_WR)

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop.remove_reader(self._fd)
        if not self._pending:
            self._finish(None)

    def abort(self):
        self._drop(None)

    def _report(self, exc, message):
        self._loop.call_exception_handler({
            'message': message, 'exception': exc, 'transport': self, 'protocol': self._protocol})

    def _fail(self, exc, message):
        if not isinstance(exc, OSError):
            self._report(exc, message)
        self._drop(exc)

    def _drop(self, exc):
        if self._lost:
            return
        if self._pending:
            self._pending.clear()
            self._sent = 0
            self._loop.remove_writer(self._fd)
        if not self._closing:
            self._closing = True
            self._loop.remove_reader(self._fd)
        self._finish(exc)

    def _finish(self, exc):
        if self._lost:
            return
        self._lost = True
        if self._empty_waiter is not None:
            self._settle_empty_waiter(exc or ConnectionError('Connection is closed by peer'))
        self._loop.remove_writer(self._fd)
        self._loop.call_soon(self._notify_lost, exc)

    def _notify_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None
            server = self._server
            if server is not None:
                self._server = None
                server._connection_gone()


def _settle(fut, value):
    if not fut.done():
        fut.set_result(value)


def _describe_failures(problems):
    if len(problems) == 1:
        return problems[0]
    texts = [str(p) for p in problems]
    if all(t == texts[0] for t in texts):
        return problems[0]
    return OSError('Multiple exceptions: {}'.format(', '.join(texts)))


async def _connected_socket(loop, host, port, family, proto, flags, local_addr):
    import socket
    targets = await loop.getaddrinfo(host, port, family=family, type=socket.SOCK_STREAM,
                                     proto=proto, flags=flags)
    if not targets:
        raise OSError('getaddrinfo() returned empty list')
    problems = []
    for fam, kind, pro, _canon, address in targets:
        sock = socket.socket(fam, kind, pro)
        try:
            sock.setblocking(False)
            if local_addr is not None:
                sock.bind(local_addr)
            await loop.sock_connect(sock, address)
            return sock
        except OSError as exc:
            sock.close()
            problems.append(exc)
        except BaseException:
            sock.close()
            raise
    raise _describe_failures(problems)


def _ssl_only(ssl, **settings):
    """ValueError for a TLS-only setting given without ssl, as CPython."""
    if ssl:
        return
    for name, value in settings.items():
        if value is not None:
            raise ValueError(f'{name} is only meaningful with ssl')


async def _attach(loop, sock, protocol_factory, extra=None):
    protocol = protocol_factory()
    transport = _SocketTransport(loop, sock, protocol, extra)
    ready = loop.create_future()
    transport._begin(ready)
    try:
        await ready
    except BaseException:
        transport.close()
        raise
    return transport, protocol


async def create_connection(self, protocol_factory, host=None, port=None, *, ssl=None, family=0,
                            proto=0, flags=0, sock=None, local_addr=None, server_hostname=None,
                            ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                            happy_eyeballs_delay=None, interleave=None):
    """Opens a stream connection: (transport, protocol)."""
    import socket
    if ssl:
        raise NotImplementedError('ssl is not supported by coil')
    _ssl_only(ssl, server_hostname=server_hostname, ssl_handshake_timeout=ssl_handshake_timeout,
              ssl_shutdown_timeout=ssl_shutdown_timeout)
    if host is not None or port is not None:
        if sock is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        sock = await _connected_socket(self, host, port, family, proto, flags, local_addr)
    elif sock is None:
        raise ValueError('host and port was not specified and no sock specified')
    elif sock.type != socket.SOCK_STREAM:
        raise ValueError(f'A Stream Socket was expected, got {sock!r}')
    sock.setblocking(False)
    return await _attach(self, sock, protocol_factory)


async def create_unix_connection(self, protocol_factory, path=None, *, ssl=None, sock=None,
                                 server_hostname=None, ssl_handshake_timeout=None,
                                 ssl_shutdown_timeout=None):
    import socket
    if ssl:
        raise NotImplementedError('ssl is not supported by coil')
    _ssl_only(ssl, server_hostname=server_hostname, ssl_handshake_timeout=ssl_handshake_timeout,
              ssl_shutdown_timeout=ssl_shutdown_timeout)
    if path is not None:
        if sock is not None:
            raise ValueError('path and sock can not be specified at the same time')
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.setblocking(False)
            await self.sock_connect(sock, path)
        except BaseException:
            sock.close()
            raise
    elif sock is None:
        raise ValueError('no path and sock were specified')
    sock.setblocking(False)
    return await _attach(self, sock, protocol_factory)


async def connect_accepted_socket(self, protocol_factory, sock, *, ssl=None,
                                  ssl_handshake_timeout=None, ssl_shutdown_timeout=None):
    import socket
    if ssl:
        raise NotImplementedError('ssl is not supported by coil')
    _ssl_only(ssl, ssl_handshake_timeout=ssl_handshake_timeout,
              ssl_shutdown_timeout=ssl_shutdown_timeout)
    if sock.type != socket.SOCK_STREAM:
        raise ValueError(f'A Stream Socket was expected, got {sock!r}')
    sock.setblocking(False)
    return await _attach(self, sock, protocol_factory)


class Server:
    """Listening sockets serving connections with a protocol factory."""

    def __init__(self, loop, sockets, protocol_factory, backlog):
        self._loop = loop
        self._listening = list(sockets)
        self._factory = protocol_factory
        self._backlog = backlog
        self._connections = 0
        self._serving = False
        self._closers = []
        self._forever = None

    @property
    def sockets(self):
        return tuple(TransportSocket(s) for s in self._listening or ())

    def __repr__(self):
        return f'<{type(self).__name__} sockets={self.sockets!r}>'

    def is_serving(self):
        return self._serving

    def get_loop(self):
        return self._loop

    async def start_serving(self):
        self._begin_serving()
        await _asyncio.sleep(0)

    def _begin_serving(self):
        if self._serving or self._listening is None:
            return
        self._serving = True
        for sock in self._listening:
            sock.listen(self._backlog)
            self._loop.add_reader(sock.fileno(), self._accept_from, sock)

    def _accept_from(self, listener):
        for _ in range(self._backlog):
            try:
                conn, peer = listener.accept()
            except _RETRY:
                return
            except ConnectionAbortedError:
                continue
            except OSError as exc:
                if exc.errno in (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM):
                    self._loop.call_exception_handler({
                        'message': 'socket.accept() out of system resource',
                        'exception': exc, 'socket': listener})
                    fd = listener.fileno()
                    self._loop.remove_reader(fd)
                    self._loop.call_later(1.0, self._rearm, listener)
                    return
                raise
            conn.setblocking(False)
            try:
                protocol = self._factory()
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                conn.close()
                self._loop.call_exception_handler({
                    'message': 'Error on transport creation for incoming connection',
                    'exception': exc, 'socket': listener})
                continue
            transport = _SocketTransport(self._loop, conn, protocol, {'peername': peer}, self)
            transport._begin()

    def _rearm(self, listener):
        if self._serving and self._listening is not None and listener.fileno() >= 0:
            self._loop.add_reader(listener.fileno(), self._accept_from, listener)

    def _connection_gone(self):
        self._connections -= 1
        if self._connections <= 0 and self._listening is None:
            self._wake_closers()

    def _wake_closers(self):
        closers, self._closers = self._closers, []
        for fut in closers:
            if not fut.done():
                fut.set_result(None)

    def close(self):
        listening = self._listening
        if listening is None:
            return
        self._listening = None
        for sock in listening:
            if sock.fileno() >= 0:
                self._loop.remove_reader(sock.fileno())
        self._serving = False
        for sock in listening:
            sock.close()
        if self._forever is not None and not self._forever.done():
            self._forever.cancel()
            self._forever = None
        if self._connections <= 0:
            self._wake_closers()

    async def wait_closed(self):
        if self._listening is None or self._closers is None:
            return
        fut = self._loop.create_future()
        self._closers.append(fut)
        await fut

    async def serve_forever(self):
        if self._forever is not None:
            raise RuntimeError(f'server {self!r} is already being awaited on serve_forever()')
        if self._listening is None:
            raise RuntimeError(f'server {self!r} is closed')
        self._begin_serving()
        self._forever = self._loop.create_future()
        try:
            await self._forever
        except exceptions.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._forever = None

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        self.close()
        await self.wait_closed()


async def create_server(self, protocol_factory, host=None, port=None, *, family=0,
                        flags=1, sock=None, backlog=100, ssl=None,
                        reuse_address=None, reuse_port=None, ssl_handshake_timeout=None,
                        ssl_shutdown_timeout=None, start_serving=True):
    """Listens on host and port (or on sock): a Server."""
    import socket
    if ssl:
        raise NotImplementedError('ssl is not supported by coil')
    if isinstance(ssl, bool):
        raise TypeError('ssl argument must be an SSLContext or None')
    _ssl_only(ssl, ssl_handshake_timeout=ssl_handshake_timeout,
              ssl_shutdown_timeout=ssl_shutdown_timeout)
    listening = []
    if host is not None or port is not None:
        if sock is not None:
            raise ValueError('host/port and sock can not be specified at the same time')
        if reuse_address is None:
            reuse_address = True
        if host == '':
            hosts = [None]
        elif isinstance(host, str) or not hasattr(host, '__iter__'):
            hosts = [host]
        else:
            hosts = list(host)
        targets = []
        for one in hosts:
            for entry in await self.getaddrinfo(one, port, family=family, type=socket.SOCK_STREAM,
                                                flags=flags):
                if entry not in targets:
                    targets.append(entry)
        try:
            for fam, kind, pro, _canon, address in targets:
                try:
                    listener = socket.socket(fam, kind, pro)
                except OSError:
                    continue
                listening.append(listener)
                if reuse_address:
                    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
                if reuse_port:
                    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, True)
                if fam == socket.AF_INET6:
                    listener.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, True)
                try:
                    listener.bind(address)
                except OSError as exc:
                    raise OSError(exc.errno, 'error while attempting to bind on address %r: %s'
                                  % (address, exc.strerror.lower())) from None
        except BaseException:
            for listener in listening:
                listener.close()
            raise
    else:
        if sock is None:
            raise ValueError('Neither host/port nor sock were specified')
        if sock.type != socket.SOCK_STREAM:
            raise ValueError(f'A Stream Socket was expected, got {sock!r}')
        listening = [sock]
    for listener in listening:
        listener.setblocking(False)
    server = Server(self, listening, protocol_factory, backlog)
    if start_serving:
        server._begin_serving()
        await _asyncio.sleep(0)
    return server


def _drop_stale_socket(path):
    """Removes a socket file left at path by an earlier server (as CPython
    does); other files stay, and bind reports them. The path, as a str or bytes."""
    import os
    import stat
    path = os.fspath(path)
    if path and path[0] not in (0, '\x00'):
        try:
            if stat.S_ISSOCK(os.stat(path).st_mode):
                os.remove(path)
        except OSError:
            pass
    return path


async def create_unix_server(self, protocol_factory, path=None, *, sock=None, backlog=100, ssl=None,
                             ssl_handshake_timeout=None, ssl_shutdown_timeout=None,
                             start_serving=True):
    import socket
    if ssl:
        raise NotImplementedError('ssl is not supported by coil')
    if isinstance(ssl, bool):
        raise TypeError('ssl argument must be an SSLContext or None')
    _ssl_only(ssl, ssl_handshake_timeout=ssl_handshake_timeout,
              ssl_shutdown_timeout=ssl_shutdown_timeout)
    if path is not None:
        if sock is not None:
            raise ValueError('path and sock can not be specified at the same time')
        path = _drop_stale_socket(path)
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.bind(path)
        except OSError as exc:
            sock.close()
            if exc.errno == errno.EADDRINUSE:
                raise OSError(errno.EADDRINUSE, f'Address {path!r} is already in use') from None
            raise
    elif sock is None:
        raise ValueError('path was not specified, and no sock specified')
    sock.setblocking(False)
    server = Server(self, [sock], protocol_factory, backlog)
    if start_serving:
        server._begin_serving()
        await _asyncio.sleep(0)
    return server


class _DatagramTransport(transports._FlowControlMixin):
    """A datagram transport over a non-blocking socket."""

    def __init__(self, loop, sock, protocol, address=None):
        super().__init__({'socket': TransportSocket(sock)}, loop)
        for key, getter in (('sockname', sock.getsockname), ('peername', sock.getpeername)):
            try:
                self._extra[key] = getter()
            except OSError:
                self._extra[key] = None
        self._loop = loop
        self._sock = sock
        self._fd = sock.fileno()
        self._protocol = protocol
        self._address = address
        self._queue = []
        self._queued_bytes = 0
        self._closing = False
        self._lost = False

    def _begin(self, waiter):
        self._loop.call_soon(self._protocol.connection_made, self)
        self._loop.call_soon(self._loop.add_reader, self._fd, self._on_readable)
        self._loop.call_soon(_settle, waiter, None)

    def __repr__(self):
        return f'<_SelectorDatagramTransport fd={self._fd}>'

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closing

    def get_write_buffer_size(self):
        return self._queued_bytes

    def _on_readable(self):
        if self._lost:
            return
        try:
            data, sender = self._sock.recvfrom(256 * 1024)
        except _RETRY:
            return
        except OSError as exc:
            self._protocol.error_received(exc)
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._stop(exc)
            return
        self._protocol.datagram_received(data, sender)

    def sendto(self, data, addr=None):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if not data:
            return
        if self._address is not None and addr not in (None, self._address):
            raise ValueError(f'Invalid address: must be None or {self._address}')
        if self._lost:
            return
        if not self._queue:
            try:
                if self._address is not None:
                    self._sock.send(data)
                else:
                    self._sock.sendto(data, addr)
                return
            except _RETRY:
                self._loop.add_writer(self._fd, self._on_writable)
            except OSError as exc:
                self._protocol.error_received(exc)
                return
        self._queue.append((bytes(data), addr))
        self._queued_bytes += len(data)
        self._maybe_pause_protocol()

    def _on_writable(self):
        while self._queue:
            data, addr = self._queue[0]
            try:
                if self._address is not None:
                    self._sock.send(data)
                else:
                    self._sock.sendto(data, addr)
            except _RETRY:
                return
            except OSError as exc:
                self._protocol.error_received(exc)
            del self._queue[0]
            self._queued_bytes -= len(data)
        self._maybe_resume_protocol()
        self._loop.remove_writer(self._fd)
        if self._closing:
            self._stop(None)

    def close(self):
        if self._closing:
            return
        self._closing = True
        self._loop.remove_reader(self._fd)
        if not self._queue:
            self._stop(None)

    def abort(self):
        self._queue.clear()
        self._queued_bytes = 0
        self._closing = True
        self._stop(None)

    def _stop(self, exc):
        if self._lost:
            return
        self._lost = True
        self._loop.remove_reader(self._fd)
        self._loop.remove_writer(self._fd)
        self._loop.call_soon(self._notify_lost, exc)

    def _notify_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._sock.close()
            self._sock = None
            self._protocol = None


async def create_datagram_endpoint(self, protocol_factory, local_addr=None, remote_addr=None, *,
                                   family=0, proto=0, flags=0, reuse_port=None,
                                   allow_broadcast=None, sock=None):
    """A datagram socket bound to local_addr and/or connected to remote_addr:
    (transport, protocol)."""
    import socket
    if sock is not None:
        if sock.type != socket.SOCK_DGRAM:
            raise ValueError(f'A UDP Socket was expected, got {sock!r}')
        if local_addr or remote_addr or family or proto or flags or reuse_port or allow_broadcast:
            raise ValueError('socket modifier keyword arguments can not be used when sock is specified.')
        sock.setblocking(False)
        target = None
    else:
        if family == socket.AF_UNIX:
            local = [local_addr] if local_addr is not None else [None]
            remote = [remote_addr] if remote_addr is not None else [None]
            choices = [(family, proto, local[0], remote[0])]
        else:
            found = {}
            for side, where in ((0, local_addr), (1, remote_addr)):
                if where is None:
                    continue
                if not (isinstance(where, tuple) and len(where) == 2):
                    raise TypeError('2-tuple is expected')
                infos = await self.getaddrinfo(where[0], where[1], family=family,
                                               type=socket.SOCK_DGRAM, proto=proto, flags=flags)
                if not infos:
                    raise OSError('getaddrinfo() returned empty list')
                for fam, _k, pro, _c, address in infos:
                    entry = found.setdefault((fam, pro), [None, None])
                    if entry[side] is None:
                        entry[side] = address
            choices = [(fam, pro, pair[0], pair[1]) for (fam, pro), pair in found.items()
                       if (local_addr is None or pair[0] is not None)
                       and (remote_addr is None or pair[1] is not None)]
            if not choices:
                if local_addr is None and remote_addr is None:
                    if family == 0:
                        raise ValueError('unexpected address family')
                    choices = [(family, proto, None, None)]
                else:
                    raise ValueError('can not get address information')
        problems = []
        sock = None
        for fam, pro, local, remote in choices:
            candidate = socket.socket(fam, socket.SOCK_DGRAM, pro)
            try:
                if reuse_port:
                    candidate.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
                if allow_broadcast:
                    candidate.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)
                candidate.setblocking(False)
                if local is not None:
                    candidate.bind(local)
                if remote is not None:
                    if not allow_broadcast:
                        await self.sock_connect(candidate, remote)
                    target = remote
                else:
                    target = None
                sock = candidate
                break
            except OSError as exc:
                candidate.close()
                problems.append(exc)
            except BaseException:
                candidate.close()
                raise
        if sock is None:
            raise problems[0]
    protocol = protocol_factory()
    ready = self.create_future()
    transport = _DatagramTransport(self, sock, protocol, target)
    transport._begin(ready)
    try:
        await ready
    except BaseException:
        transport.close()
        raise
    return transport, protocol


_asyncio._extend_loop({
    'sock_recv': sock_recv,
    'sock_recv_into': sock_recv_into,
    'sock_recvfrom': sock_recvfrom,
    'sock_recvfrom_into': sock_recvfrom_into,
    'sock_sendall': sock_sendall,
    'sock_sendto': sock_sendto,
    'sock_connect': sock_connect,
    'sock_accept': sock_accept,
    'getaddrinfo': getaddrinfo,
    'getnameinfo': getnameinfo,
    'create_connection': create_connection,
    'create_unix_connection': create_unix_connection,
    'connect_accepted_socket': connect_accepted_socket,
    'create_server': create_server,
    'create_unix_server': create_unix_server,
    'create_datagram_endpoint': create_datagram_endpoint,
})

# The file-sending methods and start_tls extend the loop too.
from asyncio import sendfile as _sendfile  # noqa: E402

"""Streams: StreamReader and StreamWriter over a transport, and the helpers
that open a connection or start a server with them."""

import _asyncio
from asyncio import exceptions, protocols

__all__ = ('StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'open_connection',
           'start_server', 'open_unix_connection', 'start_unix_server')

_DEFAULT_LIMIT = 2 ** 16


async def open_connection(host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Connects to host and port: a (StreamReader, StreamWriter) pair."""
    loop = _asyncio.get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    transport, protocol = await loop.create_connection(
        lambda: StreamReaderProtocol(reader, loop=loop), host, port, **kwds)
    return reader, StreamWriter(transport, protocol, reader, loop)


async def start_server(client_connected_cb, host=None, port=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """Listens on host and port; client_connected_cb(reader, writer) runs for
    each connection (a coroutine function becomes a task)."""
    loop = _asyncio.get_running_loop()

    def make_protocol():
        return StreamReaderProtocol(StreamReader(limit=limit, loop=loop), client_connected_cb, loop=loop)

    return await loop.create_server(make_protocol, host, port, **kwds)


async def open_unix_connection(path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """As open_connection, over a Unix socket."""
    loop = _asyncio.get_running_loop()
    reader = StreamReader(limit=limit, loop=loop)
    transport, protocol = await loop.create_unix_connection(
        lambda: StreamReaderProtocol(reader, loop=loop), path, **kwds)
    return reader, StreamWriter(transport, protocol, reader, loop)


async def start_unix_server(client_connected_cb, path=None, *, limit=_DEFAULT_LIMIT, **kwds):
    """As start_server, on a Unix socket."""
    loop = _asyncio.get_running_loop()

    def make_protocol():
        return StreamReaderProtocol(StreamReader(limit=limit, loop=loop), client_connected_cb, loop=loop)

    return await loop.create_unix_server(make_protocol, path, **kwds)


def _current_loop(loop):
    """loop, or (when None) the running loop or the policy's current one."""
    if loop is not None:
        return loop
    from asyncio import events
    return events.get_event_loop()


class FlowControlMixin(protocols.Protocol):
    """The writing side of a stream protocol: pause_writing / resume_writing
    from the transport hold back and release the coroutines in
    _drain_helper(); connection_lost releases them for good."""

    _paused = False
    _connection_lost = False
    _drain_waiters = ()  # a list once a writer has waited

    def __init__(self, loop=None):
        self._loop = _current_loop(loop)

    def pause_writing(self):
        assert not self._paused
        self._paused = True

    def resume_writing(self):
        assert self._paused
        self._paused = False
        for fut in self._drain_waiters:
            if not fut.done():
                fut.set_result(None)

    def connection_lost(self, exc):
        self._connection_lost = True
        if not self._paused:
            return
        for fut in self._drain_waiters:
            if fut.done():
                continue
            if exc is None:
                fut.set_result(None)
            else:
                fut.set_exception(exc)

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if not self._paused:
            return
        fut = self._loop.create_future()
        if not self._drain_waiters:
            self._drain_waiters = []
        self._drain_waiters.append(fut)
        try:
            await fut
        finally:
            self._drain_waiters.remove(fut)

    def _get_close_waiter(self, stream):
        raise NotImplementedError


class StreamReaderProtocol(FlowControlMixin, protocols.Protocol):
    """Feeds a StreamReader from a transport; on a server, calls
    client_connected_cb with the reader and a writer for each connection."""

    _client_connected_cb = None
    _transport = None
    _stream_writer = None
    _task = None

    def __init__(self, stream_reader, client_connected_cb=None, loop=None):
        super().__init__(loop=loop)
        self._stream_reader = stream_reader
        if client_connected_cb is not None:
            self._client_connected_cb = client_connected_cb
        self._closed = self._loop.create_future()

    def connection_made(self, transport):
        self._transport = transport
        reader = self._stream_reader
        if reader is not None:
            reader.set_transport(transport)
        if self._client_connected_cb is None:
            return
        self._stream_writer = StreamWriter(transport, self, reader, self._loop)
        outcome = self._client_connected_cb(reader, self._stream_writer)
        if _asyncio.iscoroutine(outcome):
            loop = self._loop

            def report_failure(task):
                if task.cancelled():
                    return
                exc = task.exception()
                if exc is not None:
                    loop.call_exception_handler({
                        'message': 'Unhandled exception in client_connected_cb',
                        'exception': exc, 'transport': transport})
                    transport.close()

            self._task = loop.create_task(outcome)
            self._task.add_done_callback(report_failure)

    def connection_lost(self, exc):
        reader = self._stream_reader
        if reader is not None and exc is not None:
            reader.set_exception(exc)
        elif reader is not None:
            reader.feed_eof()
        closed = self._closed
        if exc is not None and not closed.done():
            closed.set_exception(exc)
            # Nobody may wait for it: do not log it as never retrieved.
            closed.exception()
        elif not closed.done():
            closed.set_result(None)
        super().connection_lost(exc)
        self._stream_reader = self._stream_writer = None
        self._task = self._transport = None

    def data_received(self, data):
        if self._stream_reader is not None:
            self._stream_reader.feed_data(data)

    def eof_received(self):
        """Keeps the transport open: the writer may still send."""
        if self._stream_reader is not None:
            self._stream_reader.feed_eof()
        return True

    def _get_close_waiter(self, stream):
        return self._closed


class StreamWriter:
    """Writes to a transport; drain() waits while its buffer is full."""

    def __init__(self, transport, protocol, reader, loop):
        self._transport = transport
        self._protocol = protocol
        self._reader = reader
        self._loop = loop

    def __repr__(self):
        parts = [type(self).__name__, f'transport={self._transport!r}']
        if self._reader is not None:
            parts.append(f'reader={self._reader!r}')
        return '<{}>'.format(' '.join(parts))

    transport = property(lambda self: self._transport)

    def write(self, data):
        self._transport.write(data)

    def writelines(self, data):
        self._transport.writelines(data)

    def get_extra_info(self, name, default=None):
        return self._transport.get_extra_info(name, default)

    def is_closing(self):
        return self._transport.is_closing()

    def can_write_eof(self):
        return self._transport.can_write_eof()

    def write_eof(self):
        return self._transport.write_eof()

    def close(self):
        return self._transport.close()

    async def wait_closed(self):
        await self._protocol._get_close_waiter(self)

    async def drain(self):
        """Waits until the transport can take more data."""
        reader = self._reader
        if reader is not None and reader._problem is not None:
            raise reader._problem
        if self._transport.is_closing():
            # Let the transport report the lost connection first.
            await _asyncio.sleep(0)
        await self._protocol._drain_helper()

    async def start_tls(self, sslcontext, *, server_hostname=None, ssl_handshake_timeout=None):
        raise NotImplementedError('ssl is not supported by coil')


class StreamReader:
    """Bytes received from a transport, read by coroutines.

    The unread bytes are self._data[self._head:]: reading moves the head, and
    the consumed front is dropped only once it outweighs the rest, so that
    reading a little from a large buffer does not move the whole buffer."""

    # Defaults on the class, shadowed per instance once they change.
    _limit = _DEFAULT_LIMIT
    _head = 0
    _ended = False
    _waiter = None
    _problem = None
    _transport = None
    _stalled = False

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if limit <= 0:
            raise ValueError('Limit cannot be <= 0')
        if limit != _DEFAULT_LIMIT:
            self._limit = limit
        self._loop = _current_loop(loop)
        self._data = bytearray()

    def __repr__(self):
        parts = ['StreamReader']
        if self._unread():
            parts.append(f'{self._unread()} bytes')
        if self._ended:
            parts.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            parts.append(f'limit={self._limit}')
        if self._waiter is not None:
            parts.append(f'waiter={self._waiter!r}')
        if self._problem is not None:
            parts.append(f'exception={self._problem!r}')
        if self._transport is not None:
            parts.append(f'transport={self._transport!r}')
        if self._stalled:
            parts.append('paused')
        return '<{}>'.format(' '.join(parts))

    @property
    def _buffer(self):
        return self._data[self._head:]

    def _unread(self):
        return len(self._data) - self._head

    def _take(self, count):
        """Removes and returns the next `count` unread bytes (fewer if there are not as many)."""
        data = self._data
        head = self._head
        end = head + count
        if end >= len(data):
            chunk = bytes(data[head:]) if head else bytes(data)
            data.clear()
            self._head = 0
        else:
            chunk = bytes(data[head:end])
            if end > 65536 and 2 * end > len(data):
                del data[:end]
                self._head = 0
            else:
                self._head = end
        if self._stalled and len(data) - self._head <= self._limit:
            self._stalled = False
            self._transport.resume_reading()
        return chunk

    def _discard(self, count):
        self._take(count)

    def exception(self):
        return self._problem

    def set_exception(self, exc):
        self._problem = exc
        self._notify(exc)

    def _notify(self, exc=None):
        fut = self._waiter
        if fut is not None:
            self._waiter = None
            if not fut.cancelled():
                if exc is None:
                    fut.set_result(None)
                else:
                    fut.set_exception(exc)

    def set_transport(self, transport):
        assert self._transport is None, 'Transport already set'
        self._transport = transport

    def feed_eof(self):
        self._ended = True
        self._notify()

    def at_eof(self):
        """True once the end was fed and every byte was read."""
        return self._ended and self._head == len(self._data)

    def feed_data(self, data):
        assert not self._ended, 'feed_data after feed_eof'
        if not data:
            return
        self._data += data
        self._notify()
        if (not self._stalled and len(self._data) - self._head > 2 * self._limit
                and self._transport is not None):
            try:
                self._transport.pause_reading()
            except NotImplementedError:
                self._transport = None
            else:
                self._stalled = True

    async def _more(self, caller):
        if self._waiter is not None:
            raise RuntimeError(f'{caller}() called while another coroutine is already waiting for incoming data')
        assert not self._ended, '_wait_for_data after EOF'
        if self._stalled:
            self._stalled = False
            self._transport.resume_reading()
        self._waiter = self._loop.create_future()
        try:
            await self._waiter
        finally:
            self._waiter = None

    async def readline(self):
        """One line (up to and including b'\\n'); at the end, what is left."""
        try:
            return await self.readuntil(b'\n')
        except exceptions.IncompleteReadError as exc:
            return exc.partial
        except exceptions.LimitOverrunError as exc:
            if self._data.startswith(b'\n', self._head + exc.consumed):
                self._discard(exc.consumed + 1)
            else:
                self._discard(self._unread())
            raise ValueError(exc.args[0])

    async def readuntil(self, separator=b'\n'):
        """Bytes up to and including separator."""
        size = len(separator)
        if size == 0:
            raise ValueError('Separator should be at least one-byte string')
        if self._problem is not None:
            raise self._problem
        data = self._data
        start = 0
        while True:
            head = self._head
            if len(data) - head - start >= size:
                found = data.find(separator, head + start)
                if found != -1:
                    found -= head
                    break
                start = len(data) - head + 1 - size
                if start > self._limit:
                    raise exceptions.LimitOverrunError(
                        'Separator is not found, and chunk exceed the limit', start)
            if self._ended:
                raise exceptions.IncompleteReadError(self._take(len(data) - head), None)
            if self._waiter is not None or self._stalled:
                await self._more('readuntil')
            else:
                # _more() inlined: the common wait of a line protocol.
                self._waiter = self._loop.create_future()
                try:
                    await self._waiter
                finally:
                    self._waiter = None
        if found > self._limit:
            raise exceptions.LimitOverrunError('Separator is found, but chunk is longer than limit', found)
        return self._take(found + size)

    async def read(self, n=-1):
        """At most n bytes (n < 0: everything until the end)."""
        if self._problem is not None:
            raise self._problem
        if n == 0:
            return b''
        if n < 0:
            pieces = []
            while True:
                piece = await self.read(self._limit)
                if not piece:
                    return b''.join(pieces)
                pieces.append(piece)
        if not self._unread() and not self._ended:
            await self._more('read')
        return self._take(n)

    async def readexactly(self, n):
        """Exactly n bytes (IncompleteReadError when the stream ends first)."""
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        if self._problem is not None:
            raise self._problem
        if n == 0:
            return b''
        while self._unread() < n:
            if self._ended:
                raise exceptions.IncompleteReadError(self._take(self._unread()), n)
            await self._more('readexactly')
        return self._take(n)

    def __aiter__(self):
        return self

    async def __anext__(self):
        line = await self.readline()
        if line == b'':
            raise StopAsyncIteration
        return line

"""Child processes as streams: create_subprocess_exec / create_subprocess_shell
start a child and return a Process, whose stdin is a StreamWriter and stdout /
stderr are StreamReaders for the streams given as PIPE."""

import subprocess
import _asyncio
from asyncio import protocols, streams

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')

PIPE = subprocess.PIPE
STDOUT = subprocess.STDOUT
DEVNULL = subprocess.DEVNULL


class SubprocessStreamProtocol(protocols.SubprocessProtocol):
    """Feeds the child's output and errors into StreamReaders, gives its
    input a StreamWriter, and closes the transport once the child has exited
    and its output pipes have closed. Holds writers back (drain) while the
    input pipe's buffer is full."""

    def __init__(self, limit, loop):
        self._loop = loop
        self._limit = limit
        self.stdin = self.stdout = self.stderr = None
        self._transport = None
        self._process_exited = False
        self._pipe_fds = []
        self._stdin_closed = loop.create_future()
        # Flow control of the input pipe, under both the names coil's
        # StreamWriter uses and CPython's.
        self._paused = False
        self._connection_lost = False
        self._drain_waiters = []

    def __repr__(self):
        parts = [type(self).__name__]
        for name in ('stdin', 'stdout', 'stderr'):
            stream = getattr(self, name)
            if stream is not None:
                parts.append(f'{name}={stream!r}')
        return '<{}>'.format(' '.join(parts))

    def connection_made(self, transport):
        self._transport = transport
        for fd, name in ((1, 'stdout'), (2, 'stderr')):
            pipe = transport.get_pipe_transport(fd)
            if pipe is not None:
                reader = streams.StreamReader(limit=self._limit, loop=self._loop)
                reader.set_transport(pipe)
                setattr(self, name, reader)
                self._pipe_fds.append(fd)
        pipe = transport.get_pipe_transport(0)
        if pipe is not None:
            self.stdin = streams.StreamWriter(pipe, self, None, self._loop)

    def _reader(self, fd):
        return self.stdout if fd == 1 else self.stderr if fd == 2 else None

    def pipe_data_received(self, fd, data):
        reader = self._reader(fd)
        if reader is not None:
            reader.feed_data(data)

    def pipe_connection_lost(self, fd, exc):
        if fd == 0:
            if self.stdin is not None:
                self.stdin.close()
            self.connection_lost(exc)
            if exc is None:
                self._stdin_closed.set_result(None)
            else:
                self._stdin_closed.set_exception(exc)
                self._stdin_closed.exception()  # retrieved: nobody need await it
            return
        reader = self._reader(fd)
        if reader is not None and exc is not None:
            reader.set_exception(exc)
        elif reader is not None:
            reader.feed_eof()
        self._pipe_fds = [open_fd for open_fd in self._pipe_fds if open_fd != fd]
        self._close_when_done()

    def process_exited(self):
        self._process_exited = True
        self._close_when_done()

    def _close_when_done(self):
        """Closes the transport once the child has exited and its output
        pipes are closed."""
        transport = self._transport
        if transport is None or self._pipe_fds or not self._process_exited:
            return
        self._transport = None
        transport.close()

    def _get_close_waiter(self, stream):
        return self._stdin_closed if stream is self.stdin else None

    # -- flow control of the input pipe --------------------------------------

    def pause_writing(self):
        self._paused = True

    def resume_writing(self):
        self._paused = False
        self._wake_drainers(None)

    def connection_lost(self, exc):
        self._connection_lost = True
        if self._paused:
            self._wake_drainers(exc)

    def _wake_drainers(self, exc):
        waiters, self._drain_waiters = self._drain_waiters, []
        for fut in waiters:
            if fut.done():
                continue
            if exc is None:
                fut.set_result(None)
            else:
                fut.set_exception(exc)

    @property
    def _lost(self):
        return self._connection_lost

    @property
    def _held(self):
        return self._paused

    async def _drain_helper(self):
        if self._connection_lost:
            raise ConnectionResetError('Connection lost')
        if not self._paused:
            return
        fut = self._loop.create_future()
        self._drain_waiters.append(fut)
        try:
            await fut
        finally:
            if fut in self._drain_waiters:
                self._drain_waiters.remove(fut)

    _wait_drained = _drain_helper


class Process:
    """A child process started by create_subprocess_exec/shell: pid,
    returncode (None while it runs), and stdin / stdout / stderr streams for
    what was given as PIPE."""

    def __init__(self, transport, protocol, loop):
        self._transport, self._protocol, self._loop = transport, protocol, loop
        self.stdin, self.stdout, self.stderr = protocol.stdin, protocol.stdout, protocol.stderr
        self.pid = transport.get_pid()

    def __repr__(self):
        return f'<{type(self).__name__} {self.pid}>'

    @property
    def returncode(self):
        return self._transport.get_returncode()

    async def wait(self):
        """Waits for the child to exit; its return code."""
        return await self._transport._wait()

    def send_signal(self, signal):
        """Sends signal to the child (ProcessLookupError once it is gone)."""
        self._transport.send_signal(signal)

    def terminate(self):
        """SIGTERM to the child."""
        self._transport.terminate()

    def kill(self):
        """SIGKILL to the child."""
        self._transport.kill()

    async def _feed_stdin(self, input):
        if input is not None:
            self.stdin.write(input)
        try:
            await self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            # The child stopped reading: communicate() ignores that.
            pass
        self.stdin.close()

    async def _noop(self):
        return None

    async def _read_stream(self, fd):
        pipe = self._transport.get_pipe_transport(fd)
        stream = self.stderr if fd == 2 else self.stdout
        output = await stream.read()
        pipe.close()
        return output

    async def communicate(self, input=None):
        """Sends input (bytes, or None) to the child, reads its output and
        errors to the end and waits for it to exit: (stdout, stderr), None
        for a stream that is not a pipe."""
        stdin = self._feed_stdin(input) if self.stdin is not None else self._noop()
        stdout = self._read_stream(1) if self.stdout is not None else self._noop()
        stderr = self._read_stream(2) if self.stderr is not None else self._noop()
        stdin, stdout, stderr = await _asyncio.gather(stdin, stdout, stderr)
        await self.wait()
        return (stdout, stderr)


async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                                  limit=streams._DEFAULT_LIMIT, **kwds):
    """Runs the shell command cmd as a child: a Process."""
    loop = _asyncio.get_running_loop()
    transport, protocol = await loop.subprocess_shell(
        lambda: SubprocessStreamProtocol(limit=limit, loop=loop), cmd,
        stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)


async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None,
                                 limit=streams._DEFAULT_LIMIT, **kwds):
    """Runs program with args as a child: a Process."""
    loop = _asyncio.get_running_loop()
    transport, protocol = await loop.subprocess_exec(
        lambda: SubprocessStreamProtocol(limit=limit, loop=loop), program, *args,
        stdin=stdin, stdout=stdout, stderr=stderr, **kwds)
    return Process(transport, protocol, loop)

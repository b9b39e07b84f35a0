"""Unix-only parts of the event loop, written over its native readiness
callbacks: transports over pipes (connect_read_pipe / connect_write_pipe),
child processes (subprocess_exec / subprocess_shell) and the child watchers
that learn when a child ends (stdlib/asyncio/child_watchers.py). The loop
methods are added to the native loop class with _asyncio._extend_loop."""

import errno
import os
import stat
import subprocess
import _asyncio
from asyncio import base_subprocess, events, protocols, transports
from asyncio.events import SelectorEventLoop, DefaultEventLoopPolicy
from asyncio.child_watchers import (AbstractChildWatcher, PidfdChildWatcher, ThreadedChildWatcher,
                                    SafeChildWatcher, FastChildWatcher, MultiLoopChildWatcher)

__all__ = ('SelectorEventLoop', 'AbstractChildWatcher', 'SafeChildWatcher', 'FastChildWatcher',
           'PidfdChildWatcher', 'MultiLoopChildWatcher', 'ThreadedChildWatcher',
           'DefaultEventLoopPolicy')

_RETRY = (BlockingIOError, InterruptedError)
_READ_SIZE = 256 * 1024


def _settle(fut):
    if not fut.cancelled():
        fut.set_result(None)


def _pipe_kind(fd, refusal):
    """(is a FIFO, is a socket) for fd; ValueError(refusal) for anything but
    a pipe, socket or character device."""
    mode = os.fstat(fd).st_mode
    fifo, sock = stat.S_ISFIFO(mode), stat.S_ISSOCK(mode)
    if not (fifo or sock or stat.S_ISCHR(mode)):
        raise ValueError(refusal)
    return fifo, sock


class _PipeTransportBase:
    """What both pipe transports share: the pipe object, its descriptor, the
    protocol, and the end of the connection."""

    def _setup(self, loop, pipe, protocol):
        self._loop = loop
        self._pipe = pipe
        self._fileno = pipe.fileno()
        self._protocol = protocol
        self._closing = False
        self._extra['pipe'] = pipe

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closing

    def _describe(self, kind):
        parts = [kind]
        if self._pipe is None:
            parts.append('closed')
        elif self._closing:
            parts.append('closing')
        parts.append(f'fd={self._fileno}')
        return '<{}>'.format(' '.join(parts))

    def _fatal_error(self, exc, message):
        if not isinstance(exc, OSError):
            self._loop.call_exception_handler({
                'message': message, 'exception': exc, 'transport': self,
                'protocol': self._protocol})
        self._close(exc)

    def _call_connection_lost(self, exc):
        protocol, pipe = self._protocol, self._pipe
        self._pipe = self._protocol = self._loop = None
        try:
            protocol.connection_lost(exc)
        finally:
            pipe.close()


class _UnixReadPipeTransport(_PipeTransportBase, transports.ReadTransport):
    """Reads a pipe (or socket, or character device) as it becomes readable
    and hands the bytes to protocol.data_received()."""

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra)
        self._setup(loop, pipe, protocol)
        try:
            _pipe_kind(self._fileno, 'Pipe transport is for pipes/sockets only.')
        except BaseException:
            self._pipe = self._protocol = None
            raise
        os.set_blocking(self._fileno, False)
        self._paused = False
        loop.call_soon(protocol.connection_made, self)
        loop.call_soon(self._watch)
        if waiter is not None:
            loop.call_soon(_settle, waiter)

    def _watch(self):
        if not self._closing and not self._paused:
            self._loop.add_reader(self._fileno, self._read_ready)

    def __repr__(self):
        return self._describe('_UnixReadPipeTransport')

    def _read_ready(self):
        try:
            data = os.read(self._fileno, _READ_SIZE)
        except _RETRY:
            return
        except OSError as exc:
            self._fatal_error(exc, 'Fatal read error on pipe transport')
            return
        if data:
            self._protocol.data_received(data)
            return
        self._closing = True
        self._loop.remove_reader(self._fileno)
        self._loop.call_soon(self._protocol.eof_received)
        self._loop.call_soon(self._call_connection_lost, None)

    def is_reading(self):
        return not self._paused and not self._closing

    def pause_reading(self):
        if self._closing or self._paused:
            return
        self._paused = True
        self._loop.remove_reader(self._fileno)

    def resume_reading(self):
        if self._closing or not self._paused:
            return
        self._paused = False
        self._loop.add_reader(self._fileno, self._read_ready)

    def close(self):
        if not self._closing:
            self._close(None)

    def _close(self, exc):
        self._closing = True
        self._loop.remove_reader(self._fileno)
        self._loop.call_soon(self._call_connection_lost, exc)


class _UnixWritePipeTransport(_PipeTransportBase, transports._FlowControlMixin):
    """Writes to a pipe: what the pipe does not take at once waits in a
    buffer, written as the pipe becomes writable; the protocol is paused
    above the high-water mark and resumed under the low one."""

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        super().__init__(extra, loop)
        self._setup(loop, pipe, protocol)
        try:
            fifo, sock = _pipe_kind(
                self._fileno, 'Pipe transport is only for pipes, sockets and character devices')
        except BaseException:
            self._pipe = self._protocol = None
            raise
        os.set_blocking(self._fileno, False)
        self._buffer = bytearray()
        self._lost_writes = 0
        loop.call_soon(protocol.connection_made, self)
        # The reading side's end shows as readable (an error or hang-up) on a
        # pipe or socket: that is how the transport learns it.
        if fifo or sock:
            loop.call_soon(self._watch_peer)
        if waiter is not None:
            loop.call_soon(_settle, waiter)

    def _watch_peer(self):
        if self._pipe is not None and not self._closing:
            self._loop.add_reader(self._fileno, self._read_ready)

    def __repr__(self):
        return self._describe('_UnixWritePipeTransport')

    def get_write_buffer_size(self):
        return len(self._buffer)

    def _read_ready(self):
        # Only an error or hang-up makes the writing end readable.
        if self._buffer:
            self._close(BrokenPipeError())
        else:
            self._close()

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f'data argument must be a bytes-like object, not {type(data).__name__!r}')
        if isinstance(data, bytearray):
            data = memoryview(data)
        if not data:
            return
        if self._pipe is None or self._closing:
            self._lost_writes += 1
            if self._lost_writes >= 5:
                import logging
                logging.getLogger('asyncio').warning(
                    'pipe closed by peer or os.write(pipe, data) raised exception.')
            return
        if not self._buffer:
            try:
                written = os.write(self._fileno, data)
            except _RETRY:
                written = 0
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                self._lost_writes += 1
                self._fatal_error(exc, 'Fatal write error on pipe transport')
                return
            if written == len(data):
                return
            data = memoryview(data)[written:]
            self._loop.add_writer(self._fileno, self._write_ready)
        self._buffer += data
        self._maybe_pause_protocol()

    def _write_ready(self):
        try:
            written = os.write(self._fileno, self._buffer)
        except _RETRY:
            return
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._buffer.clear()
            self._lost_writes += 1
            self._loop.remove_writer(self._fileno)
            self._fatal_error(exc, 'Fatal write error on pipe transport')
            return
        del self._buffer[:written]
        self._maybe_resume_protocol()
        if self._buffer:
            return
        self._loop.remove_writer(self._fileno)
        if self._closing:
            self._loop.remove_reader(self._fileno)
            self._call_connection_lost(None)

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing:
            return
        self._closing = True
        if not self._buffer:
            self._loop.remove_reader(self._fileno)
            self._loop.call_soon(self._call_connection_lost, None)

    def close(self):
        if self._pipe is not None and not self._closing:
            self.write_eof()

    def abort(self):
        self._close(None)

    def _close(self, exc=None):
        self._closing = True
        if self._buffer:
            self._loop.remove_writer(self._fileno)
        self._buffer.clear()
        self._loop.remove_reader(self._fileno)
        self._loop.call_soon(self._call_connection_lost, exc)


async def connect_read_pipe(self, protocol_factory, pipe):
    """Reads the pipe (a file object) into a new protocol: (transport, protocol)."""
    protocol = protocol_factory()
    waiter = self.create_future()
    transport = _UnixReadPipeTransport(self, pipe, protocol, waiter)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


async def connect_write_pipe(self, protocol_factory, pipe):
    """Writes to the pipe (a file object) for a new protocol: (transport, protocol)."""
    protocol = protocol_factory()
    waiter = self.create_future()
    transport = _UnixWritePipeTransport(self, pipe, protocol, waiter)
    try:
        await waiter
    except BaseException:
        transport.close()
        raise
    return transport, protocol


class _UnixSubprocessTransport(base_subprocess.BaseSubprocessTransport):
    """A child started by subprocess.Popen (looked up at each start, so that
    tests can replace it), talking through ordinary pipes."""

    def _start(self, args, shell, stdin, stdout, stderr, bufsize, **kwargs):
        self._proc = subprocess.Popen(args, shell=shell, stdin=stdin, stdout=stdout, stderr=stderr,
                                      universal_newlines=False, bufsize=bufsize, **kwargs)


def _check_text_options(universal_newlines, bufsize, text, encoding, errors):
    if universal_newlines:
        raise ValueError('universal_newlines must be False')
    if bufsize != 0:
        raise ValueError('bufsize must be 0')
    if text:
        raise ValueError('text must be False')
    if encoding is not None:
        raise ValueError('encoding must be None')
    if errors is not None:
        raise ValueError('errors must be None')


def _child_exited(pid, returncode, loop, transport):
    """The watcher's callback (it may come from a signal handler)."""
    loop.call_soon_threadsafe(transport._process_exited, returncode)


async def _start_child(loop, protocol, args, shell, stdin, stdout, stderr, bufsize, extra=None,
                       **kwargs):
    """Starts the child, registers it with the child watcher and waits until
    its pipes are connected; a failure (or cancellation) kills it again."""
    with events.get_child_watcher() as watcher:
        if not watcher.is_active():
            raise RuntimeError('asyncio.get_child_watcher() is not activated, '
                               'subprocess support is not installed.')
        waiter = loop.create_future()
        transport = _UnixSubprocessTransport(loop, protocol, args, shell, stdin, stdout, stderr,
                                             bufsize, waiter=waiter, extra=extra, **kwargs)
        watcher.add_child_handler(transport.get_pid(), _child_exited, loop, transport)
        try:
            await waiter
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException:
            transport.close()
            await transport._wait()
            raise
    return transport


async def subprocess_exec(self, protocol_factory, program, *args, stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=False, shell=False, bufsize=0, encoding=None,
                          errors=None, text=None, **kwargs):
    """Runs program with args as a child; its pipes talk to a new protocol
    (a SubprocessProtocol): (transport, protocol)."""
    if shell:
        raise ValueError('shell must be False')
    _check_text_options(universal_newlines, bufsize, text, encoding, errors)
    protocol = protocol_factory()
    transport = await _start_child(self, protocol, (program,) + args, False, stdin, stdout,
                                   stderr, bufsize, **kwargs)
    return transport, protocol


async def subprocess_shell(self, protocol_factory, cmd, *, stdin=subprocess.PIPE,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           universal_newlines=False, shell=True, bufsize=0, encoding=None,
                           errors=None, text=None, **kwargs):
    """Runs the shell command cmd as a child: (transport, protocol)."""
    if not isinstance(cmd, (bytes, str)):
        raise ValueError('cmd must be a string')
    if not shell:
        raise ValueError('shell must be True')
    _check_text_options(universal_newlines, bufsize, text, encoding, errors)
    protocol = protocol_factory()
    transport = await _start_child(self, protocol, cmd, True, stdin, stdout, stderr, bufsize,
                                   **kwargs)
    return transport, protocol


_asyncio._extend_loop({
    'connect_read_pipe': connect_read_pipe,
    'connect_write_pipe': connect_write_pipe,
    'subprocess_exec': subprocess_exec,
    'subprocess_shell': subprocess_shell,
})

"""The transport of a child process: it starts the child (subclasses say how,
in _start), connects a pipe transport to each of the child's standard streams
given as PIPE, and passes what happens on them to a SubprocessProtocol. The
connection is lost once the child has exited and every pipe has closed."""

import collections
import subprocess
from asyncio import protocols, transports

__all__ = ()


class BaseSubprocessTransport(transports.SubprocessTransport):
    """A SubprocessTransport; the child watcher reports the child's end
    through _process_exited()."""

    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr, bufsize,
                 waiter=None, extra=None, **kwargs):
        super().__init__(extra)
        self._closed = False
        self._protocol = protocol
        self._loop = loop
        self._proc = None
        self._pid = None
        self._returncode = None
        self._exit_waiters = []
        # Protocol calls made before connection_made() wait here.
        self._pending_calls = collections.deque()
        self._pipes = {}
        self._finished = False
        for fd, spec in ((0, stdin), (1, stdout), (2, stderr)):
            if spec == subprocess.PIPE:
                self._pipes[fd] = None
        try:
            self._start(args=args, shell=shell, stdin=stdin, stdout=stdout, stderr=stderr,
                        bufsize=bufsize, **kwargs)
        except BaseException:
            self.close()
            raise
        self._pid = self._proc.pid
        self._extra['subprocess'] = self._proc
        self._loop.create_task(self._connect_pipes(waiter))

    def __repr__(self):
        parts = [type(self).__name__]
        if self._closed:
            parts.append('closed')
        if self._pid is not None:
            parts.append(f'pid={self._pid}')
        if self._returncode is not None:
            parts.append(f'returncode={self._returncode}')
        elif self._pid is not None:
            parts.append('running')
        else:
            parts.append('not started')
        stdin = self._pipes.get(0)
        if stdin is not None:
            parts.append(f'stdin={stdin.pipe}')
        stdout, stderr = self._pipes.get(1), self._pipes.get(2)
        if stdout is not None and stderr is stdout:
            parts.append(f'stdout=stderr={stdout.pipe}')
        else:
            if stdout is not None:
                parts.append(f'stdout={stdout.pipe}')
            if stderr is not None:
                parts.append(f'stderr={stderr.pipe}')
        return '<{}>'.format(' '.join(parts))

    def _start(self, args, shell, stdin, stdout, stderr, bufsize, **kwargs):
        """Starts the child and sets self._proc (a subprocess.Popen)."""
        raise NotImplementedError

    def set_protocol(self, protocol):
        self._protocol = protocol

    def get_protocol(self):
        return self._protocol

    def is_closing(self):
        return self._closed

    def close(self):
        """Closes the pipes, and kills the child if it still runs."""
        if self._closed:
            return
        self._closed = True
        for proto in self._pipes.values():
            if proto is not None:
                proto.pipe.close()
        proc = self._proc
        if proc is not None and self._returncode is None and proc.poll() is None:
            if self._loop is not None and self._loop.get_debug():
                import logging
                logging.getLogger('asyncio').warning('Close running child process: kill %r', self)
            try:
                proc.kill()
            except ProcessLookupError:
                pass

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        proto = self._pipes.get(fd)
        return None if proto is None else proto.pipe

    def _check_proc(self):
        if self._proc is None:
            raise ProcessLookupError()

    def send_signal(self, signal):
        self._check_proc()
        self._proc.send_signal(signal)

    def terminate(self):
        self._check_proc()
        self._proc.terminate()

    def kill(self):
        self._check_proc()
        self._proc.kill()

    async def _connect_pipes(self, waiter):
        try:
            proc = self._proc
            loop = self._loop
            if proc.stdin is not None:
                _, pipe = await loop.connect_write_pipe(lambda: _WritePipeProto(self, 0), proc.stdin)
                self._pipes[0] = pipe
            if proc.stdout is not None:
                _, pipe = await loop.connect_read_pipe(lambda: _ReadPipeProto(self, 1), proc.stdout)
                self._pipes[1] = pipe
            if proc.stderr is not None:
                _, pipe = await loop.connect_read_pipe(lambda: _ReadPipeProto(self, 2), proc.stderr)
                self._pipes[2] = pipe
            loop.call_soon(self._protocol.connection_made, self)
            for callback, data in self._pending_calls:
                loop.call_soon(callback, *data)
            self._pending_calls = None
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if waiter is not None and not waiter.cancelled():
                waiter.set_exception(exc)
        else:
            if waiter is not None and not waiter.cancelled():
                waiter.set_result(None)

    def _call(self, callback, *data):
        if self._pending_calls is not None:
            self._pending_calls.append((callback, data))
        else:
            self._loop.call_soon(callback, *data)

    def _pipe_connection_lost(self, fd, exc):
        self._call(self._protocol.pipe_connection_lost, fd, exc)
        self._try_finish()

    def _pipe_data_received(self, fd, data):
        self._call(self._protocol.pipe_data_received, fd, data)

    def _process_exited(self, returncode):
        """The child ended with returncode (the watcher's report)."""
        assert returncode is not None, returncode
        assert self._returncode is None, self._returncode
        if self._loop.get_debug():
            import logging
            logging.getLogger('asyncio').info('%r exited with return code %r', self, returncode)
        self._returncode = returncode
        if self._proc.returncode is None:
            # The watcher reaped the child: tell the Popen object.
            self._proc.returncode = returncode
        self._call(self._protocol.process_exited)
        self._try_finish()

    async def _wait(self):
        """The child's return code, once it has exited."""
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        self._exit_waiters.append(waiter)
        return await waiter

    def _try_finish(self):
        assert not self._finished
        if self._returncode is None:
            return
        if all(p is not None and p.disconnected for p in self._pipes.values()):
            self._finished = True
            self._call(self._call_connection_lost, None)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            for waiter in self._exit_waiters:
                if not waiter.cancelled():
                    waiter.set_result(self._returncode)
            self._exit_waiters = None
            self._loop = None
            self._proc = None
            self._protocol = None


class _WritePipeProto(protocols.BaseProtocol):
    """The protocol of the child's input pipe: reports its loss and passes
    flow control on to the process's protocol."""

    def __init__(self, proc, fd):
        self.proc = proc
        self.fd = fd
        self.pipe = None
        self.disconnected = False

    def connection_made(self, transport):
        self.pipe = transport

    def __repr__(self):
        return f'<{type(self).__name__} fd={self.fd} pipe={self.pipe!r}>'

    def connection_lost(self, exc):
        self.disconnected = True
        self.proc._pipe_connection_lost(self.fd, exc)
        self.proc = None

    def pause_writing(self):
        self.proc._protocol.pause_writing()

    def resume_writing(self):
        self.proc._protocol.resume_writing()


class _ReadPipeProto(_WritePipeProto, protocols.Protocol):
    """The protocol of the child's output or error pipe."""

    def data_received(self, data):
        self.proc._pipe_data_received(self.fd, data)


# CPython's names for them.
WriteSubprocessPipeProto = _WritePipeProto
ReadSubprocessPipeProto = _ReadPipeProto

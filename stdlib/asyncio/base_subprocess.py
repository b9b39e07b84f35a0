"""The transport of a child process: it starts the child (subclasses say how,
in _start), connects a pipe transport to each of the child's standard streams
given as PIPE, and passes what happens on them to a SubprocessProtocol. The
connection is lost once the child has exited and every pipe has closed."""

import subprocess
from asyncio import protocols, transports

__all__ = ()


class BaseSubprocessTransport(transports.SubprocessTransport):
    """A SubprocessTransport; the child watcher reports the child's end
    through _process_exited()."""

    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr, bufsize,
                 waiter=None, extra=None, **kwargs):
        super().__init__(extra)
        self._loop, self._protocol = loop, protocol
        self._proc = self._pid = self._returncode = None
        self._closed = self._finished = False
        self._exit_waiters = []
        # Protocol calls made before connection_made() has been scheduled
        # wait here, in order; None once it has.
        self._held_calls = []
        # fd -> the pipe's protocol (None until its transport is connected).
        self._pipes = {fd: None for fd, spec in enumerate((stdin, stdout, stderr))
                       if spec == subprocess.PIPE}
        try:
            self._start(args=args, shell=shell, stdin=stdin, stdout=stdout, stderr=stderr,
                        bufsize=bufsize, **kwargs)
        except BaseException:
            self.close()
            raise
        self._pid = self._proc.pid
        self._extra['subprocess'] = self._proc
        loop.create_task(self._connect_pipes(waiter))

    def __repr__(self):
        words = [type(self).__name__]
        if self._closed:
            words.append('closed')
        if self._pid is None:
            words.append('not started')
        else:
            words.append(f'pid={self._pid}')
            words.append('running' if self._returncode is None else f'returncode={self._returncode}')
        ends = {fd: self._pipes.get(fd) for fd in (0, 1, 2)}
        if ends[0] is not None:
            words.append(f'stdin={ends[0].pipe}')
        if ends[1] is not None and ends[2] is ends[1]:
            words.append(f'stdout=stderr={ends[1].pipe}')
        else:
            words.extend(f'{name}={ends[fd].pipe}' for fd, name in ((1, 'stdout'), (2, 'stderr'))
                         if ends[fd] is not None)
        return '<{}>'.format(' '.join(words))

    def _start(self, args, shell, stdin, stdout, stderr, bufsize, **kwargs):
        """Starts the child and sets self._proc (a subprocess.Popen)."""
        raise NotImplementedError

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closed

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        end = self._pipes.get(fd)
        return end.pipe if end is not None else None

    def close(self):
        """Closes the pipes, and kills the child if it still runs."""
        if self._closed:
            return
        self._closed = True
        for end in self._pipes.values():
            if end is not None:
                end.pipe.close()
        proc = self._proc
        if proc is None or self._returncode is not None or proc.poll() is not None:
            return
        if self._loop is not None and self._loop.get_debug():
            import logging
            logging.getLogger('asyncio').warning('Close running child process: kill %r', self)
        try:
            proc.kill()
        except ProcessLookupError:
            pass

    # -- signals: ProcessLookupError once the child is gone -------------------

    def _signal(self, method, *args):
        if self._proc is None:
            raise ProcessLookupError()
        getattr(self._proc, method)(*args)

    def send_signal(self, signal):
        self._signal('send_signal', signal)

    def terminate(self):
        self._signal('terminate')

    def kill(self):
        self._signal('kill')

    # -- the pipes ----------------------------------------------------------

    async def _connect_pipes(self, waiter):
        proc, loop = self._proc, self._loop
        plan = ((0, proc.stdin, loop.connect_write_pipe, _WritePipeProto),
                (1, proc.stdout, loop.connect_read_pipe, _ReadPipeProto),
                (2, proc.stderr, loop.connect_read_pipe, _ReadPipeProto))
        try:
            for fd, stream, connect, kind in plan:
                if stream is not None:
                    _, self._pipes[fd] = await connect(lambda k=kind, n=fd: k(self, n), stream)
            loop.call_soon(self._protocol.connection_made, self)
            held, self._held_calls = self._held_calls, None
            for call, args in held:
                loop.call_soon(call, *args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            outcome = exc
        else:
            outcome = None
        if waiter is None or waiter.cancelled():
            return
        if outcome is None:
            waiter.set_result(None)
        else:
            waiter.set_exception(outcome)

    def _schedule(self, call, *args):
        """Runs call(*args) soon, after connection_made()."""
        if self._held_calls is None:
            self._loop.call_soon(call, *args)
        else:
            self._held_calls.append((call, args))

    def _pipe_data_received(self, fd, data):
        self._schedule(self._protocol.pipe_data_received, fd, data)

    def _pipe_connection_lost(self, fd, exc):
        self._schedule(self._protocol.pipe_connection_lost, fd, exc)
        self._try_finish()

    # -- the end ------------------------------------------------------------

    def _process_exited(self, returncode):
        """The child ended with returncode (the watcher's report)."""
        assert returncode is not None and self._returncode is None, (returncode, self._returncode)
        if self._loop.get_debug():
            import logging
            logging.getLogger('asyncio').info('%r exited with return code %r', self, returncode)
        self._returncode = returncode
        # The watcher reaped the child, so its Popen object cannot know.
        if self._proc.returncode is None:
            self._proc.returncode = returncode
        self._schedule(self._protocol.process_exited)
        self._try_finish()

    async def _wait(self):
        """The child's return code, once it has exited and its pipes closed."""
        if self._returncode is None:
            done = self._loop.create_future()
            self._exit_waiters.append(done)
            return await done
        return self._returncode

    def _try_finish(self):
        assert not self._finished
        if self._returncode is None:
            return
        if any(end is None or not end.disconnected for end in self._pipes.values()):
            return
        self._finished = True
        self._schedule(self._call_connection_lost, None)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            waiters, self._exit_waiters = self._exit_waiters, None
            for done in waiters:
                if not done.cancelled():
                    done.set_result(self._returncode)
            self._loop = self._proc = self._protocol = None


class _WritePipeProto(protocols.BaseProtocol):
    """The protocol of the child's input pipe: reports the pipe's loss to
    the process transport and passes flow control on to its protocol."""

    pipe = None
    disconnected = False

    def __init__(self, owner, fd):
        self.proc, self.fd = owner, fd

    def __repr__(self):
        return f'<{type(self).__name__} fd={self.fd} pipe={self.pipe!r}>'

    def connection_made(self, transport):
        self.pipe = transport

    def connection_lost(self, exc):
        owner, self.proc = self.proc, None
        self.disconnected = True
        owner._pipe_connection_lost(self.fd, exc)

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

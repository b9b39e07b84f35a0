"""Running other programs as child processes.

`run()` starts a program, waits for it and returns a `CompletedProcess`;
`Popen` gives finer control (pipes to and from the child, waiting with a
timeout, signals). The helpers `call`, `check_call`, `check_output`,
`getoutput` and `getstatusoutput` cover the common cases.

Children are started by the native `_subprocess` module (no fork of the
interpreter), so `preexec_fn`, `user`, `group` and `extra_groups` are not
supported.
"""

import io
import os
import time
import types
import _subprocess

# Popen objects whose children may still need reaping; `_cleanup()` polls them.
_active = []


def _cleanup():
    """Reaps the children of dropped Popen objects that have exited."""
    for proc in list(_active):
        if proc.poll() is not None:
            _active.remove(proc)

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
           "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
           "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

# What the native spawn understands for a standard stream besides a descriptor.
_INHERIT = -1
_NULL = -3


class SubprocessError(Exception):
    pass


# The errors' `stdout` is another name for their `output`.
_OUTPUT_ALIAS = property(lambda self: self.output, lambda self, value: setattr(self, "output", value))


class CalledProcessError(SubprocessError):
    """A child run with check=True (or by check_call/check_output) exited with
    a non-zero status; `returncode`, `cmd`, `output`/`stdout` and `stderr`
    describe it."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        vars(self).update(returncode=returncode, cmd=cmd, output=output, stderr=stderr)

    def __str__(self):
        code = self.returncode
        if code and code < 0:
            import signal
            try:
                how = repr(signal.Signals(-code))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -code)
            return "Command '%s' died with %s." % (self.cmd, how)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, code)

    stdout = _OUTPUT_ALIAS


class TimeoutExpired(SubprocessError):
    """A child was still running when the timeout given for it ran out."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        vars(self).update(cmd=cmd, timeout=timeout, output=output, stderr=stderr)

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = _OUTPUT_ALIAS


class CompletedProcess:
    """What run() returns: the arguments, the return code and, when they were
    captured, the output and error streams."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        vars(self).update(args=args, returncode=returncode, stdout=stdout, stderr=stderr)

    def __repr__(self):
        shown = [f"args={self.args!r}", f"returncode={self.returncode!r}"]
        for name in ("stdout", "stderr"):
            value = getattr(self, name)
            if value is not None:
                shown.append(f"{name}={value!r}")
        return f"{type(self).__name__}({', '.join(shown)})"

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the return code is not zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def list2cmdline(seq):
    """Join arguments into one command line quoted as the Microsoft C runtime
    parses it (used on Windows; kept for compatibility)."""
    pieces = []
    for arg in map(os.fsdecode, seq):
        quoted = not arg or " " in arg or "\t" in arg
        out = ['"'] if quoted else []
        slashes = 0
        for ch in arg:
            if ch == "\\":
                slashes += 1
                continue
            if ch == '"':
                # Each backslash before a quote is doubled, and the quote escaped.
                out.append("\\" * (2 * slashes + 1) + '"')
            else:
                out.append("\\" * slashes + ch)
            slashes = 0
        if quoted:
            out.append("\\" * (2 * slashes) + '"')
        else:
            out.append("\\" * slashes)
        pieces.append("".join(out))
    return " ".join(pieces)


def _decode_output(data, stream):
    """Bytes read from a text-mode pipe as str, with universal newlines."""
    text = data.decode(stream.encoding, stream.errors)
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _Exchange:
    """What communicate() has done so far (kept across a timeout)."""

    def __init__(self, data):
        self.data = data
        self.offset = 0
        self.out = []
        self.err = []

    @staticmethod
    def joined(chunks):
        return b"".join(chunks) if chunks else None


class Popen:
    """A child process. `stdin`, `stdout` and `stderr` are file objects for the
    streams given as PIPE (None otherwise); `pid` and `returncode` (None while
    the child runs) identify and describe it."""

    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None,
                 preexec_fn=None, close_fds=True, shell=False, cwd=None, env=None,
                 universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(),
                 *, user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self._exchange = None
        self._communication_started = False
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if text is not None and universal_newlines is not None and bool(text) != bool(universal_newlines):
            raise SubprocessError("Cannot disambiguate when both text and universal_newlines are "
                                  "supplied but different. Pass one or the other.")
        for name, value in (("preexec_fn", preexec_fn), ("user", user), ("group", group),
                            ("extra_groups", extra_groups)):
            if value is not None:
                raise NotImplementedError(f"coil's subprocess does not support {name}")
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        self.text_mode = bool(encoding or errors or text or universal_newlines)

        argv = self._command_line(args, shell, executable)
        made = []  # descriptors of the pipes created here
        try:
            child_in, parent_in = self._plumb(stdin, True, made)
            child_out, parent_out = self._plumb(stdout, False, made)
            if stderr == STDOUT:
                child_err, parent_err = (child_out if child_out != _INHERIT else 1), None
            else:
                child_err, parent_err = self._plumb(stderr, False, made)
            env_pairs = None
            if env is not None:
                env_pairs = [(os.fspath(k), os.fspath(v)) for k, v in env.items()]
            self.pid = _subprocess.spawn(
                argv, None if executable is None or shell else os.fspath(executable),
                None if cwd is None else os.fspath(cwd), env_pairs,
                child_in, child_out, child_err, sorted(pass_fds), start_new_session,
                process_group, umask)
        except BaseException:
            for fd in made:
                try:
                    os.close(fd)
                except OSError:
                    pass
            raise
        for fd in made:
            if fd not in (parent_in, parent_out, parent_err):
                os.close(fd)
        self._wrap(parent_in, parent_out, parent_err, bufsize)

    # -- starting -----------------------------------------------------------

    @staticmethod
    def _command_line(args, shell, executable):
        if isinstance(args, (str, bytes)) or hasattr(args, "__fspath__"):
            args = [args]
        else:
            args = list(args)
        if shell:
            argv = ["/bin/sh", "-c"] + [os.fspath(a) for a in args]
            if executable is not None:
                argv[0] = os.fspath(executable)
            return argv
        argv = [os.fspath(a) for a in args]
        argv[0]  # an empty list fails here, as in CPython
        return argv

    @staticmethod
    def _plumb(spec, is_input, made):
        """(what the child gets, the parent's pipe end or None) for one stream."""
        if spec is None:
            return _INHERIT, None
        if spec == PIPE:
            read_end, write_end = os.pipe()
            made.extend((read_end, write_end))
            return (read_end, write_end) if is_input else (write_end, read_end)
        if spec == DEVNULL:
            return _NULL, None
        if isinstance(spec, int):
            if spec < 0:
                raise ValueError(f"bad file descriptor {spec}")
            return spec, None
        return spec.fileno(), None

    def _wrap(self, fd_in, fd_out, fd_err, bufsize):
        if bufsize == 1 and not self.text_mode:
            bufsize = -1
        if fd_in is not None:
            self.stdin = io.open(fd_in, "wb", bufsize)
            if self.text_mode:
                self.stdin = io.TextIOWrapper(self.stdin, write_through=True, line_buffering=bufsize == 1,
                                              encoding=self.encoding, errors=self.errors)
        if fd_out is not None:
            self.stdout = io.open(fd_out, "rb", bufsize)
            if self.text_mode:
                self.stdout = io.TextIOWrapper(self.stdout, encoding=self.encoding, errors=self.errors)
        if fd_err is not None:
            self.stderr = io.open(fd_err, "rb", bufsize)
            if self.text_mode:
                self.stderr = io.TextIOWrapper(self.stderr, encoding=self.encoding, errors=self.errors)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    def __repr__(self):
        text = f"<{type(self).__name__}: returncode: {self.returncode} args: {self.args!r}>"
        if len(text) > 80:
            text = text[:76] + "...>"
        return text

    # -- waiting ------------------------------------------------------------

    def poll(self):
        """The return code if the child has ended, else None."""
        if self.returncode is None:
            self.returncode = _subprocess.poll(self.pid)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child to end and return its return code; raise
        TimeoutExpired if it still runs after `timeout` seconds."""
        if self.returncode is not None:
            return self.returncode
        code = _subprocess.wait(self.pid, timeout)
        if code is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = code
        return code

    def send_signal(self, sig):
        """Send `sig` to the child, unless it has already ended."""
        self.poll()
        if self.returncode is not None:
            return
        try:
            os.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        """Ask the child to end (SIGTERM)."""
        import signal
        self.send_signal(signal.SIGTERM)

    def kill(self):
        """End the child at once (SIGKILL)."""
        import signal
        self.send_signal(signal.SIGKILL)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        for stream in (self.stdout, self.stderr):
            if stream is not None:
                stream.close()
        try:
            if self.stdin is not None:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        finally:
            if exc_type is not KeyboardInterrupt:
                self.wait()

    # -- talking ------------------------------------------------------------

    def communicate(self, input=None, timeout=None):
        """Send `input` to the child, read its output and errors until they end,
        and wait for it; returns (stdout_data, stderr_data). On timeout raises
        TimeoutExpired; calling communicate() again continues."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        pipes = [s for s in (self.stdin, self.stdout, self.stderr) if s is not None]
        if timeout is None and not self._communication_started and len(pipes) < 2:
            return self._communicate_one(input)
        deadline = None if timeout is None else time.monotonic() + timeout
        state = self._exchange
        if state is None:
            data = b""
            if self.stdin is not None:
                if input and self.text_mode:
                    input = input.encode(self.stdin.encoding, self.stdin.errors)
                data = bytes(input or b"")
            state = self._exchange = _Exchange(data)
        self._communication_started = True
        self._stream_input(state, deadline, timeout)
        out = err = None
        if self.stdout is not None:
            out = b"".join(state.out)
            if self.text_mode:
                out = _decode_output(out, self.stdout)
        if self.stderr is not None:
            err = b"".join(state.err)
            if self.text_mode:
                err = _decode_output(err, self.stderr)
        self.wait(None if deadline is None else deadline - time.monotonic())
        return out, err

    def _communicate_one(self, input):
        """communicate() with at most one pipe and no timeout."""
        self._communication_started = True
        out = err = None
        if self.stdin is not None:
            try:
                if input:
                    self.stdin.write(input)
            except BrokenPipeError:
                pass
            try:
                self.stdin.close()
            except BrokenPipeError:
                pass
        elif self.stdout is not None:
            out = self.stdout.read()
            self.stdout.close()
        elif self.stderr is not None:
            err = self.stderr.read()
            self.stderr.close()
        self.wait()
        return out, err

    def _stream_input(self, state, deadline, timeout):
        if self.stdin is not None and not self.stdin.closed:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if state.offset >= len(state.data):
                self._close_input()
        while True:
            fds = [s.fileno() if s is not None and not s.closed else -1
                   for s in (self.stdin, self.stdout, self.stderr)]
            if fds == [-1, -1, -1]:
                return
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            (state.offset, out, err, input_done, out_done, err_done,
             timed_out) = _subprocess.exchange(fds[0], state.data, state.offset, fds[1], fds[2], left)
            if out:
                state.out.append(out)
            if err:
                state.err.append(err)
            if fds[0] >= 0 and input_done:
                self._close_input()
            if fds[1] >= 0 and out_done:
                self.stdout.close()
            if fds[2] >= 0 and err_done:
                self.stderr.close()
            if timed_out:
                raise TimeoutExpired(self.args, timeout, output=state.joined(state.out),
                                     stderr=state.joined(state.err))

    def _close_input(self):
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it and return a CompletedProcess. `input` is sent
    to its standard input; `capture_output` collects its output and errors;
    with `check`, a non-zero return code raises CalledProcessError."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as child:
        try:
            out, err = child.communicate(input, timeout=timeout)
        except TimeoutExpired:
            child.kill()
            child.wait()
            raise
        except BaseException:
            child.kill()
            raise
        code = child.poll()
        if check and code:
            raise CalledProcessError(code, child.args, output=out, stderr=err)
    return CompletedProcess(child.args, code, out, err)


def call(*popenargs, timeout=None, **kwargs):
    """Run a command and return its return code."""
    with Popen(*popenargs, **kwargs) as child:
        try:
            return child.wait(timeout=timeout)
        except BaseException:
            child.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run a command; raise CalledProcessError unless it returns 0."""
    code = call(*popenargs, **kwargs)
    if code:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(code, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run a command and return its output; raise CalledProcessError unless
    it returns 0."""
    if "stdout" in kwargs:
        raise ValueError("stdout argument not allowed, it will be overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        textual = kwargs.get("universal_newlines") or kwargs.get("text") or \
            kwargs.get("encoding") or kwargs.get("errors")
        kwargs["input"] = "" if textual else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit code, output) of a shell command, its errors mixed into the
    output and one final newline removed."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        status = 0
    except CalledProcessError as failure:
        data = failure.output
        status = failure.returncode
    if data.endswith("\n"):
        data = data[:-1]
    return status, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of a shell command (see getstatusoutput)."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


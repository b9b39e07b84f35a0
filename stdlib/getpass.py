"""Password prompts without echo (getpass) and the login name (getuser).

When the terminal's echo cannot be switched off, getpass warns with
GetPassWarning and reads the password from standard input instead.  getuser
tries the environment variables LOGNAME, USER, LNAME, USERNAME in turn, then
the pwd module.
"""

__all__ = ["getpass", "getuser", "GetPassWarning"]

import contextlib
import io
import os
import sys
import warnings


class GetPassWarning(UserWarning):
    """Warns that the password may be echoed as it is typed."""


def _raw_input(prompt="", stream=None, input=None):
    # Write the prompt to stream (stderr), read one line from input (stdin).
    stream = stream or sys.stderr
    input = input or sys.stdin
    prompt = str(prompt)
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            coding = stream.encoding
            stream.write(prompt.encode(coding, 'replace').decode(coding))
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    if line.endswith('\n'):
        line = line[:-1]
    return line


def fallback_getpass(prompt='Password: ', stream=None):
    """Read a password from stdin, warning that it may be echoed."""
    warnings.warn("Can not control echo on the terminal.", GetPassWarning,
                  stacklevel=2)
    stream = stream or sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream)


def unix_getpass(prompt='Password: ', stream=None):
    """Read a password from /dev/tty with echo turned off."""
    import termios
    answer = None
    with contextlib.ExitStack() as cleanup:
        try:
            fd = os.open('/dev/tty', os.O_RDWR | os.O_NOCTTY)
            raw = io.FileIO(fd, 'w+')
            cleanup.enter_context(raw)
            tty = io.TextIOWrapper(raw)
            cleanup.enter_context(tty)
            stream = stream or tty
            source = tty
        except OSError:
            cleanup.close()
            try:
                fd = sys.stdin.fileno()
            except (AttributeError, ValueError):
                fd = None
                answer = fallback_getpass(prompt, stream)
            source = sys.stdin
            stream = stream or sys.stderr
        if fd is not None:
            try:
                saved = termios.tcgetattr(fd)
                quiet = saved[:]
                quiet[3] &= ~termios.ECHO
                when = termios.TCSAFLUSH
                if hasattr(termios, 'TCSASOFT'):
                    when |= termios.TCSASOFT
                try:
                    termios.tcsetattr(fd, when, quiet)
                    answer = _raw_input(prompt, stream, input=source)
                finally:
                    termios.tcsetattr(fd, when, saved)
                    stream.flush()
            except termios.error:
                if answer is not None:
                    raise
                if stream is not source:
                    cleanup.close()
                answer = fallback_getpass(prompt, stream)
        stream.write('\n')
        return answer


def getuser():
    """The user's login name, from the environment or the password
    database."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        found = os.environ.get(name)
        if found:
            return found
    import pwd
    return pwd.getpwuid(os.getuid())[0]


try:
    import termios
    termios.tcgetattr, termios.tcsetattr
except (ImportError, AttributeError):
    getpass = fallback_getpass
else:
    getpass = unix_getpass

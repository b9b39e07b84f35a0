"""Network sockets: the socket type (native, from _socket) with the conveniences
written here: enum views of the constants, makefile(), accept() returning a
socket of this class, socketpair(), create_connection(), create_server()."""

import _socket
from _socket import *
import os
import sys
import io
import errno
from enum import IntEnum, IntFlag

EBADF = getattr(errno, 'EBADF', 9)
EAGAIN = getattr(errno, 'EAGAIN', 11)
EWOULDBLOCK = getattr(errno, 'EWOULDBLOCK', 11)


def _members(prefix, skip=()):
    found = {}
    for key, val in vars(_socket).items():
        if key.startswith(prefix) and key.isupper() and key not in skip and isinstance(val, int):
            found[key] = val
    return found


AddressFamily = IntEnum('AddressFamily', _members('AF_'), module=__name__)
SocketKind = IntEnum('SocketKind', _members('SOCK_'), module=__name__)
MsgFlag = IntFlag('MsgFlag', _members('MSG_'), module=__name__)
AddressInfo = IntFlag('AddressInfo', _members('AI_'), module=__name__)

# The constants themselves become members of their enums, as in CPython.
for _enum in (AddressFamily, SocketKind, MsgFlag, AddressInfo):
    for _name, _member in _enum.__members__.items():
        globals()[_name] = _member
del _enum, _name, _member

error = OSError
timeout = TimeoutError


def _as_enum(value, kind):
    try:
        return kind(value)
    except ValueError:
        return value


class socket(_socket.socket):
    """A socket (family AF_INET, type SOCK_STREAM unless told otherwise)."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        _socket.socket.__init__(self, family, type, proto, fileno)
        self._file_count = 0
        self._closed = False

    @property
    def family(self):
        return _as_enum(_socket.socket.family.__get__(self), AddressFamily)

    @property
    def type(self):
        return _as_enum(_socket.socket.type.__get__(self), SocketKind)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        if not self._closed:
            self.close()

    def __repr__(self):
        closed = getattr(self, '_closed', False)
        fd = self.fileno()
        text = '<%s.%s%s fd=%i, family=%s, type=%s, proto=%i' % (
            type(self).__module__, type(self).__qualname__,
            ' [closed]' if closed else '', fd,
            int(_socket.socket.family.__get__(self)),
            int(_socket.socket.type.__get__(self)), self.proto)
        if not closed and fd >= 0:
            try:
                local = self.getsockname()
                if local:
                    text += ', laddr=%s' % (local,)
            except OSError:
                pass
            try:
                remote = self.getpeername()
                if remote:
                    text += ', raddr=%s' % (remote,)
            except OSError:
                pass
        return text + '>'

    def __getstate__(self):
        raise TypeError(f"cannot pickle {type(self).__name__!r} object")

    def dup(self):
        """A new socket object on a duplicate of the descriptor."""
        return socket(self.family, self.type, self.proto, fileno=_socket.dup(self.fileno()))

    def accept(self):
        """Waits for a connection: (new socket, address of the peer)."""
        fd, peer = self._accept()
        conn = socket(self.family, self.type, self.proto, fileno=fd)
        if getdefaulttimeout() is None and self.gettimeout() is not None:
            conn.setblocking(True)
        return conn, peer

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object reading and/or writing the socket ('r', 'w', 'b' in mode)."""
        letters = set(mode)
        if not letters <= {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        reading = "r" in letters or "w" not in letters
        writing = "w" in letters
        binary = "b" in letters
        raw_mode = ("r" if reading else "") + ("w" if writing else "")
        raw = SocketIO(self, raw_mode)
        self._file_count += 1
        size = io.DEFAULT_BUFFER_SIZE if buffering is None or buffering < 0 else buffering
        if not size:
            if binary:
                return raw
            raise ValueError("unbuffered streams must be binary")
        if writing:
            stream = io.BufferedRWPair(raw, raw, size) if reading else io.BufferedWriter(raw, size)
        else:
            stream = io.BufferedReader(raw, size)
        if binary:
            return stream
        wrapper = io.TextIOWrapper(stream, encoding, errors, newline)
        try:
            wrapper.mode = mode
        except AttributeError:
            pass
        return wrapper

    def _file_closed(self):
        self._file_count -= 1
        if self._closed and self._file_count <= 0:
            _socket.socket.close(self)

    def close(self):
        self._closed = True
        if self._file_count <= 0:
            _socket.socket.close(self)

    def detach(self):
        self._closed = True
        return _socket.socket.detach(self)

    def get_inheritable(self):
        return os.get_inheritable(self.fileno())

    def set_inheritable(self, inheritable):
        os.set_inheritable(self.fileno(), inheritable)

    def sendfile(self, file, offset=0, count=None):
        """Sends a file's bytes (from `offset`, at most `count`); the count sent."""
        if offset:
            file.seek(offset)
        total = 0
        while count is None or total < count:
            size = 8192 if count is None else min(8192, count - total)
            chunk = file.read(size)
            if not chunk:
                break
            self.sendall(chunk)
            total += len(chunk)
        if total and hasattr(file, 'seek'):
            file.seek(offset + total)
        return total


SocketType = _socket.socket


class SocketIO(io.RawIOBase):
    """Raw I/O over a socket, for makefile()."""

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        io.RawIOBase.__init__(self)
        self._sock = sock
        mode = mode.replace("b", "")
        self._can_read = "r" in mode
        self._can_write = "w" in mode
        self._mode = mode + "b"
        self._timed_out = False

    @property
    def mode(self):
        return self._mode

    @property
    def name(self):
        return -1 if self.closed else self.fileno()

    def readinto(self, b):
        self._check_closed()
        self._check_readable()
        if self._timed_out:
            raise OSError("cannot read from timed out object")
        try:
            return self._sock.recv_into(b)
        except TimeoutError:
            self._timed_out = True
            raise
        except BlockingIOError:
            return None

    def write(self, b):
        self._check_closed()
        self._check_writable()
        try:
            return self._sock.send(b)
        except BlockingIOError:
            return None

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._can_read

    def writable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return self._can_write

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")
        return False

    def fileno(self):
        self._check_closed()
        return self._sock.fileno()

    def _check_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")

    def _check_readable(self):
        if not self._can_read:
            raise io.UnsupportedOperation("File not open for reading")

    def _check_writable(self):
        if not self._can_write:
            raise io.UnsupportedOperation("File not open for writing")

    def close(self):
        if self.closed:
            return
        io.RawIOBase.close(self)
        self._sock._file_closed()
        self._sock = None


def fromfd(fd, family, type, proto=0):
    """A socket on a duplicate of the descriptor `fd`."""
    return socket(family, type, proto, _socket.dup(fd))


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """Two connected sockets (AF_UNIX unless told otherwise)."""
    if family is None:
        family = AF_UNIX
    first, second = _socket.socketpair(family, type, proto)
    return (socket(family, type, proto, first.detach()),
            socket(family, type, proto, second.detach()))


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """Resolves host and port: a list of (family, type, proto, canonname, sockaddr)."""
    found = []
    for fam, kind, pro, canon, addr in _socket.getaddrinfo(host, port, family, type, proto, flags):
        found.append((_as_enum(fam, AddressFamily), _as_enum(kind, SocketKind), pro, canon, addr))
    return found


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """Connects a TCP socket to (host, port), trying each address it resolves to."""
    host, port = address
    problems = []
    for family, kind, proto, _canon, target in getaddrinfo(host, port, 0, SOCK_STREAM):
        conn = None
        try:
            conn = socket(family, kind, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                conn.settimeout(timeout)
            if source_address:
                conn.bind(source_address)
            conn.connect(target)
            return conn
        except OSError as exc:
            problems.append(exc)
            if conn is not None:
                conn.close()
    if not problems:
        raise OSError("getaddrinfo returns an empty list")
    if all_errors:
        raise ExceptionGroup("create_connection failed", problems)
    raise problems[0]


def has_dualstack_ipv6():
    """Whether a socket can listen on IPv6 and IPv4 at once."""
    try:
        with socket(AF_INET6, SOCK_STREAM) as probe:
            probe.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
            return True
    except OSError:
        return False


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    """A listening TCP socket bound to address (host, port)."""
    problem = None
    if reuse_port and getattr(_socket, "SO_REUSEPORT", None) is None:
        problem = "SO_REUSEPORT not supported on this platform"
    elif dualstack_ipv6 and not has_dualstack_ipv6():
        problem = "dualstack_ipv6 not supported on this platform"
    elif dualstack_ipv6 and family != AF_INET6:
        problem = "dualstack_ipv6 requires AF_INET6 family"
    if problem is not None:
        raise ValueError(problem)
    server = socket(family, SOCK_STREAM)
    try:
        if os.name not in ('nt', 'cygwin'):
            try:
                server.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
            except OSError:
                pass
        if reuse_port:
            server.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6:
            server.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0 if dualstack_ipv6 else 1)
        try:
            server.bind(address)
        except OSError as exc:
            raise OSError(exc.errno, '%s (while attempting to bind on address %r)' % (exc.strerror, address)) from None
        if backlog is None:
            server.listen()
        else:
            server.listen(backlog)
        return server
    except BaseException:
        server.close()
        raise


def getfqdn(name=''):
    """The fully qualified name of `name` (this host when empty)."""
    name = name.strip()
    if not name or name in ('0.0.0.0', '::'):
        name = gethostname()
    try:
        host, aliases, _addrs = gethostbyaddr(name)
    except OSError:
        return name
    for candidate in [host] + list(aliases):
        if '.' in candidate:
            return candidate
    return host


def gethostbyname_ex(name):
    """(name, aliases, IPv4 addresses) of a host."""
    addrs = []
    for _f, _k, _p, _c, addr in _socket.getaddrinfo(name, None, AF_INET, SOCK_STREAM):
        if addr[0] not in addrs:
            addrs.append(addr[0])
    return name, [], addrs


__all__ = [n for n in globals() if not n.startswith('_') and n not in ('os', 'sys', 'io', 'errno')]

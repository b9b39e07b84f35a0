"""TransportSocket: the view of a transport's socket that asyncio hands out
(Server.sockets, get_extra_info('socket')). It allows inspecting and tuning
the socket, not the I/O that belongs to the transport."""

__all__ = ('TransportSocket',)


class TransportSocket:
    """A socket owned by a transport or server."""

    __slots__ = ('_sock',)

    def __init__(self, sock):
        self._sock = sock

    @property
    def family(self):
        return self._sock.family

    @property
    def type(self):
        return self._sock.type

    @property
    def proto(self):
        return self._sock.proto

    def __repr__(self):
        inner = self._sock
        text = (f"<asyncio.TransportSocket fd={inner.fileno()}, family={int(inner.family)}, "
                f"type={int(inner.type)}, proto={inner.proto}")
        if inner.fileno() != -1:
            for label, getter in (('laddr', inner.getsockname), ('raddr', inner.getpeername)):
                try:
                    where = getter()
                except OSError:
                    continue
                if where:
                    text = f"{text}, {label}={where}"
        return text + ">"

    def __getstate__(self):
        raise TypeError("Cannot serialize asyncio.TransportSocket object")

    def fileno(self):
        return self._sock.fileno()

    def dup(self):
        return self._sock.dup()

    def get_inheritable(self):
        return self._sock.get_inheritable()

    def shutdown(self, how):
        self._sock.shutdown(how)

    def getsockopt(self, *args, **kwargs):
        return self._sock.getsockopt(*args, **kwargs)

    def setsockopt(self, *args, **kwargs):
        self._sock.setsockopt(*args, **kwargs)

    def getpeername(self):
        return self._sock.getpeername()

    def getsockname(self):
        return self._sock.getsockname()

    def getsockbyname(self):
        return self._sock.getsockbyname()

    def settimeout(self, value):
        if value == 0:
            return
        raise ValueError('settimeout(): only 0 timeout is allowed on transport sockets')

    def gettimeout(self):
        return 0

    def setblocking(self, flag):
        if not flag:
            return
        raise ValueError('setblocking(): transport sockets cannot be blocking')

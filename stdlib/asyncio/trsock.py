"""TransportSocket: the view of a transport's socket that asyncio hands out
(Server.sockets, get_extra_info('socket')). It allows inspecting and tuning
the socket, not the I/O that belongs to the transport."""

__all__ = ('TransportSocket',)


class TransportSocket:
    """A socket owned by a transport or server."""

    __slots__ = ('_sock',)

    def __init__(self, sock):
        self._sock = sock

    family = property(lambda self: self._sock.family, doc="The socket's address family.")
    type = property(lambda self: self._sock.type, doc="The socket's kind.")
    proto = property(lambda self: self._sock.proto, doc="The socket's protocol number.")

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

    def settimeout(self, value):
        if value != 0:
            raise ValueError('settimeout(): only 0 timeout is allowed on transport sockets')

    def gettimeout(self):
        return 0

    def setblocking(self, flag):
        if flag:
            raise ValueError('setblocking(): transport sockets cannot be blocking')


def _forward(name):
    def method(self, *args, **kwargs):
        return getattr(self._sock, name)(*args, **kwargs)
    method.__name__ = method.__qualname__ = name
    return method


# What a transport's socket may still be asked directly.
for _name in ('fileno', 'dup', 'get_inheritable', 'shutdown', 'getsockopt', 'setsockopt',
              'getpeername', 'getsockname', 'getsockbyname'):
    setattr(TransportSocket, _name, _forward(_name))
del _name

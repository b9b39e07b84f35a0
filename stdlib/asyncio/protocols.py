"""The protocol interfaces: what a transport calls on the object that handles
its connection. Every method here does nothing; subclasses override what they
need."""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol', 'BufferedProtocol')


class BaseProtocol:
    """Connection events shared by every protocol kind."""

    __slots__ = ()

    def connection_made(self, transport):
        """The connection is up; `transport` is how to talk back."""

    def connection_lost(self, exc):
        """The connection is gone (exc is None after a clean close or EOF)."""

    def pause_writing(self):
        """The transport's write buffer went over its high-water mark."""

    def resume_writing(self):
        """The transport's write buffer drained under its low-water mark."""


class Protocol(BaseProtocol):
    """A stream protocol: bytes arrive through data_received()."""

    __slots__ = ()

    def data_received(self, data):
        """Some bytes arrived."""

    def eof_received(self):
        """The peer will send nothing more. Returning a true value keeps the
        transport open for writing; otherwise it closes itself."""


class BufferedProtocol(BaseProtocol):
    """A stream protocol that lends its own buffer for incoming bytes."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """A writable buffer for at most `sizehint` (-1: any) bytes."""

    def buffer_updated(self, nbytes):
        """`nbytes` bytes were written into the last buffer handed out."""

    def eof_received(self):
        """As Protocol.eof_received."""


class DatagramProtocol(BaseProtocol):
    """A datagram protocol."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """A datagram arrived from `addr`."""

    def error_received(self, exc):
        """A send or receive operation failed with an OSError."""


class SubprocessProtocol(BaseProtocol):
    """A protocol for a child process's pipes."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """The child wrote `data` to its stdout (fd 1) or stderr (fd 2)."""

    def pipe_connection_lost(self, fd, exc):
        """One of the child's pipes closed."""

    def process_exited(self):
        """The child exited."""

"""Framework for network servers (coil's own socketserver).

A server class owns a listening (or datagram) socket; for every request it
builds an instance of a request handler class, whose ``handle`` method does
the work.  ``serve_forever`` waits on the socket with a selector and wakes
every ``poll_interval`` seconds to notice ``shutdown``.

Classes: BaseServer, TCPServer, UDPServer, UnixStreamServer,
UnixDatagramServer; BaseRequestHandler, StreamRequestHandler,
DatagramRequestHandler; ThreadingMixIn, ForkingMixIn and the combined
Threading*/Forking* servers.

coil limits: coil runs one interpreter thread, and
``threading.Thread.start`` raises RuntimeError, so ThreadingMixIn's
``process_request`` raises that same RuntimeError (after closing the
request).  There is no ``os.fork``, so ForkingMixIn's ``process_request``
raises AttributeError the way calling ``os.fork`` does.  Both mixins and all
combined classes exist and import fine; ForkingMixIn is always defined
and listed in ``__all__`` (CPython omits it where fork is missing), while
the Forking*Server classes exist only where ``os.fork`` does.

``shutdown`` only sets the stop flag: with a single thread it can only be
called from inside the serving loop (a handler or ``service_actions``),
where CPython's wait for the loop to finish would deadlock.
"""

import os
import selectors
import socket
import sys
import threading
from io import BufferedIOBase
from time import monotonic as _now

__all__ = ["BaseServer", "TCPServer", "UDPServer",
           "ThreadingUDPServer", "ThreadingTCPServer",
           "BaseRequestHandler", "StreamRequestHandler",
           "DatagramRequestHandler", "ThreadingMixIn", "ForkingMixIn"]
if hasattr(os, "fork"):
    __all__.extend(["ForkingUDPServer", "ForkingTCPServer"])
if hasattr(socket, "AF_UNIX"):
    __all__.extend(["UnixStreamServer", "UnixDatagramServer",
                    "ThreadingUnixStreamServer",
                    "ThreadingUnixDatagramServer"])

if hasattr(selectors, "PollSelector"):
    _Selector = selectors.PollSelector
else:
    _Selector = selectors.SelectSelector


class BaseServer:
    """Request loop shared by every server; subclasses supply the socket."""

    timeout = None

    def __init__(self, server_address, RequestHandlerClass):
        """Remember the address and handler class; no socket yet."""
        self.server_address = server_address
        self.RequestHandlerClass = RequestHandlerClass
        self.__is_shut_down = threading.Event()
        self.__shutdown_request = False

    def server_activate(self):
        """Hook run by the constructor after binding; nothing by default."""
        pass

    def serve_forever(self, poll_interval=0.5):
        """Handle requests until ``shutdown`` is called."""
        self.__is_shut_down.clear()
        try:
            with _Selector() as sel:
                sel.register(self, selectors.EVENT_READ)
                while not self.__shutdown_request:
                    events = sel.select(poll_interval)
                    if self.__shutdown_request:
                        break
                    if events:
                        self._handle_request_noblock()
                    self.service_actions()
        finally:
            self.__shutdown_request = False
            self.__is_shut_down.set()

    def shutdown(self):
        """Ask ``serve_forever`` to stop.

        CPython waits for the loop to finish; with one thread the loop can
        only be running below us (called from a handler), so the flag is
        set and the loop ends once the current request returns.
        """
        self.__shutdown_request = True

    def service_actions(self):
        """Called once per ``serve_forever`` iteration; override freely."""
        pass

    def handle_request(self):
        """Wait (up to the timeout) for one request and handle it."""
        limit = self.socket.gettimeout()
        if limit is None:
            limit = self.timeout
        elif self.timeout is not None:
            limit = min(limit, self.timeout)
        deadline = None if limit is None else _now() + limit
        with _Selector() as sel:
            sel.register(self, selectors.EVENT_READ)
            while True:
                if sel.select(limit):
                    return self._handle_request_noblock()
                if limit is not None:
                    limit = deadline - _now()
                    if limit < 0:
                        return self.handle_timeout()

    def _handle_request_noblock(self):
        """Accept one request that select reported ready and process it."""
        try:
            req, addr = self.get_request()
        except OSError:
            return
        if not self.verify_request(req, addr):
            self.shutdown_request(req)
            return
        try:
            self.process_request(req, addr)
        except Exception:
            self.handle_error(req, addr)
            self.shutdown_request(req)
        except BaseException:
            self.shutdown_request(req)
            raise

    def handle_timeout(self):
        """Called when ``handle_request`` times out; nothing by default."""
        pass

    def verify_request(self, request, client_address):
        """Return False to drop the request; accepts everything by default."""
        return True

    def process_request(self, request, client_address):
        """Run the handler for the request, then shut it down."""
        self.finish_request(request, client_address)
        self.shutdown_request(request)

    def server_close(self):
        """Release server resources; nothing at this level."""
        pass

    def finish_request(self, request, client_address):
        """Build the handler instance, which does all the work."""
        self.RequestHandlerClass(request, client_address, self)

    def shutdown_request(self, request):
        """Finish with one request; closes it by default."""
        self.close_request(request)

    def close_request(self, request):
        """Close one request; nothing at this level."""
        pass

    def handle_error(self, request, client_address):
        """Report a handler exception on stderr and keep serving."""
        print('-' * 40, file=sys.stderr)
        print('Exception occurred during processing of request from',
              client_address, file=sys.stderr)
        import traceback
        traceback.print_exc()
        print('-' * 40, file=sys.stderr)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.server_close()


class TCPServer(BaseServer):
    """Stream-socket server: binds, listens and accepts connections."""

    address_family = socket.AF_INET
    socket_type = socket.SOCK_STREAM
    request_queue_size = 5
    allow_reuse_address = False
    allow_reuse_port = False

    def __init__(self, server_address, RequestHandlerClass,
                 bind_and_activate=True):
        """Create the socket; bind and listen unless told not to."""
        BaseServer.__init__(self, server_address, RequestHandlerClass)
        self.socket = socket.socket(self.address_family, self.socket_type)
        if bind_and_activate:
            try:
                self.server_bind()
                self.server_activate()
            except:
                self.server_close()
                raise

    def server_bind(self):
        """Apply the reuse options, bind, and record the real address."""
        sock = self.socket
        for wanted, option in ((self.allow_reuse_address, "SO_REUSEADDR"),
                               (self.allow_reuse_port, "SO_REUSEPORT")):
            if wanted and hasattr(socket, option):
                sock.setsockopt(socket.SOL_SOCKET, getattr(socket, option), 1)
        sock.bind(self.server_address)
        self.server_address = sock.getsockname()

    def server_activate(self):
        """Start listening."""
        self.socket.listen(self.request_queue_size)

    def server_close(self):
        """Close the listening socket."""
        self.socket.close()

    def fileno(self):
        """The listening socket's descriptor, so selectors can watch us."""
        return self.socket.fileno()

    def get_request(self):
        """Accept a connection: returns (socket, client address)."""
        return self.socket.accept()

    def shutdown_request(self, request):
        """Shut the write side down, then close the connection."""
        try:
            request.shutdown(socket.SHUT_WR)
        except OSError:
            pass
        self.close_request(request)

    def close_request(self, request):
        """Close the connection socket."""
        request.close()


class UDPServer(TCPServer):
    """Datagram server: every received packet is one request."""

    allow_reuse_address = False
    allow_reuse_port = False
    socket_type = socket.SOCK_DGRAM
    max_packet_size = 8192

    def get_request(self):
        """Receive a packet: returns ((data, socket), client address)."""
        data, client_addr = self.socket.recvfrom(self.max_packet_size)
        return (data, self.socket), client_addr

    def server_activate(self):
        """Datagram sockets do not listen."""
        pass

    def shutdown_request(self, request):
        """Nothing to shut down for a packet."""
        self.close_request(request)

    def close_request(self, request):
        """Nothing to close for a packet."""
        pass


class ForkingMixIn:
    """Handle each request in a child process (needs ``os.fork``).

    coil has no ``os.fork``: ``process_request`` raises AttributeError.
    """

    timeout = 300
    active_children = None
    max_children = 40
    block_on_close = True

    def collect_children(self, *, blocking=False):
        """Reap finished children (none can exist without fork)."""
        if self.active_children is None:
            return
        waitpid = getattr(os, "waitpid", None)
        flags = 0 if blocking else getattr(os, "WNOHANG", 1)
        for pid in list(self.active_children):
            try:
                done, _ = waitpid(pid, flags)
                if done:
                    self.active_children.discard(pid)
            except ChildProcessError:
                self.active_children.discard(pid)
            except OSError:
                pass

    def handle_timeout(self):
        """Reap children when idle."""
        self.collect_children()

    def service_actions(self):
        """Reap children every loop iteration."""
        self.collect_children()

    def process_request(self, request, client_address):
        """Fork a child that handles the request."""
        child = os.fork()
        if child != 0:
            children = self.active_children
            if children is None:
                children = self.active_children = set()
            children.add(child)
            self.close_request(request)
            return
        code = 1
        try:
            self.finish_request(request, client_address)
            code = 0
        except Exception:
            self.handle_error(request, client_address)
        try:
            self.shutdown_request(request)
        finally:
            os._exit(code)

    def server_close(self):
        """Close the server, then reap children."""
        super().server_close()
        self.collect_children(blocking=self.block_on_close)


class ThreadingMixIn:
    """Handle each request in a new thread.

    coil cannot start threads: ``process_request`` raises the RuntimeError
    that ``threading.Thread.start`` raises.
    """

    daemon_threads = False
    block_on_close = True
    _threads = None

    def process_request_thread(self, request, client_address):
        """Body of a worker thread: handle, report errors, shut down."""
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def process_request(self, request, client_address):
        """Start a thread that runs ``process_request_thread``."""
        if self.block_on_close and self._threads is None:
            self._threads = []
        worker = threading.Thread(target=self.process_request_thread,
                                  args=(request, client_address))
        worker.daemon = self.daemon_threads
        worker.start()
        if self._threads is not None:
            self._threads = [t for t in self._threads if t.is_alive()]
            self._threads.append(worker)

    def server_close(self):
        """Close the server and join the worker threads."""
        super().server_close()
        workers, self._threads = self._threads, None
        for worker in workers or ():
            if worker.is_alive():
                worker.join()


if hasattr(os, "fork"):
    class ForkingUDPServer(ForkingMixIn, UDPServer):
        """UDPServer with a process per request."""

    class ForkingTCPServer(ForkingMixIn, TCPServer):
        """TCPServer with a process per request."""


class ThreadingUDPServer(ThreadingMixIn, UDPServer):
    """UDPServer with a thread per request."""


class ThreadingTCPServer(ThreadingMixIn, TCPServer):
    """TCPServer with a thread per request."""


if hasattr(socket, "AF_UNIX"):

    class UnixStreamServer(TCPServer):
        """Stream server on a Unix-domain socket path."""
        address_family = socket.AF_UNIX

    class UnixDatagramServer(UDPServer):
        """Datagram server on a Unix-domain socket path."""
        address_family = socket.AF_UNIX

    class ThreadingUnixStreamServer(ThreadingMixIn, UnixStreamServer):
        """UnixStreamServer with a thread per request."""

    class ThreadingUnixDatagramServer(ThreadingMixIn, UnixDatagramServer):
        """UnixDatagramServer with a thread per request."""


class BaseRequestHandler:
    """One instance per request: setup(), handle(), finish() run at once."""

    def __init__(self, request, client_address, server):
        """Store the request and run the setup/handle/finish sequence."""
        self.server = server
        self.request, self.client_address = request, client_address
        self.setup()
        try:
            self.handle()
        finally:
            self.finish()

    def setup(self):
        """Prepare for ``handle``; nothing by default."""
        pass

    def handle(self):
        """Serve the request; nothing by default."""
        pass

    def finish(self):
        """Clean up after ``handle``; nothing by default."""
        pass


class StreamRequestHandler(BaseRequestHandler):
    """Handler for stream sockets giving file objects ``rfile``/``wfile``."""

    rbufsize = -1
    wbufsize = 0
    timeout = None
    disable_nagle_algorithm = False

    def setup(self):
        """Apply the timeout and TCP_NODELAY, then make rfile and wfile."""
        conn = self.connection = self.request
        if self.timeout is not None:
            conn.settimeout(self.timeout)
        if self.disable_nagle_algorithm:
            conn.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
        self.rfile = conn.makefile('rb', self.rbufsize)
        if self.wbufsize:
            self.wfile = conn.makefile('wb', self.wbufsize)
        else:
            self.wfile = _SocketWriter(conn)

    def finish(self):
        """Flush wfile and close both file objects."""
        out = self.wfile
        try:
            if not out.closed:
                out.flush()
        except OSError:
            pass
        out.close()
        self.rfile.close()


class _SocketWriter(BufferedIOBase):
    """Unbuffered writer that sends everything straight to a socket."""

    def __init__(self, sock):
        self._sock = sock

    def writable(self):
        return True

    def write(self, b):
        """Send all of ``b``; returns its length."""
        self._sock.sendall(b)
        view = memoryview(b)
        size = view.nbytes
        view.release()
        return size

    def fileno(self):
        """The socket's descriptor."""
        return self._sock.fileno()


class DatagramRequestHandler(BaseRequestHandler):
    """Handler for datagrams: ``rfile`` reads the packet, ``wfile`` replies."""

    def setup(self):
        """Wrap the packet and a reply buffer in BytesIO objects."""
        from io import BytesIO
        self.packet, self.socket = self.request
        self.rfile = BytesIO(self.packet)
        self.wfile = BytesIO()

    def finish(self):
        """Send whatever was written to ``wfile`` back to the client."""
        self.socket.sendto(self.wfile.getvalue(), self.client_address)

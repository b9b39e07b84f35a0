# socketserver: TCP and UDP servers driven by handle_request in one process.
import socket
import socketserver
import io
import sys


class Upper(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        print("tcp handler got", line, type(self.rfile).__name__)
        self.wfile.write(line.upper())


class Echo(socketserver.DatagramRequestHandler):
    def handle(self):
        data = self.rfile.read()
        print("udp handler got", data)
        self.wfile.write(b"re:" + data)


class Failing(socketserver.BaseRequestHandler):
    def setup(self):
        print("setup")

    def handle(self):
        raise ValueError("boom")

    def finish(self):
        print("finish runs despite error")


class Picky(socketserver.TCPServer):
    allow_reuse_address = True

    def verify_request(self, request, client_address):
        print("verify", client_address[0])
        return False


def read_all(sock):
    data = b""
    while True:
        chunk = sock.recv(100)
        if not chunk:
            return data
        data += chunk


with socketserver.TCPServer(("127.0.0.1", 0), Upper) as srv:
    host, port = srv.server_address
    print(host, port > 0, srv.socket.type == socket.SOCK_STREAM)
    print(srv.fileno() == srv.socket.fileno())
    c = socket.create_connection(srv.server_address)
    c.sendall(b"hello server\n")
    srv.handle_request()
    print("client got", read_all(c))
    c.close()
print("closed:", srv.socket.fileno())

with socketserver.UDPServer(("127.0.0.1", 0), Echo) as srv:
    c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    c.sendto(b"ping", srv.server_address)
    srv.handle_request()
    print("client got", c.recvfrom(100)[0])
    c.close()

with Picky(("127.0.0.1", 0), Failing) as srv:
    c = socket.create_connection(srv.server_address)
    srv.handle_request()
    print("rejected, client reads", read_all(c))
    c.close()

with socketserver.TCPServer(("127.0.0.1", 0), Failing) as srv:
    errors = io.StringIO()
    saved, sys.stderr = sys.stderr, errors
    c = socket.create_connection(srv.server_address)
    try:
        srv.handle_request()
    finally:
        sys.stderr = saved
    text = errors.getvalue()
    print("error report:", text.startswith("-" * 40), "ValueError: boom" in text)
    c.close()

# timeout: handle_request returns after calling handle_timeout
class Quiet(socketserver.TCPServer):
    timeout = 0.05

    def handle_timeout(self):
        print("handle_timeout called")


with Quiet(("127.0.0.1", 0), Upper) as srv:
    srv.handle_request()

# unbound server
srv = socketserver.TCPServer(("127.0.0.1", 0), Upper, bind_and_activate=False)
print(srv.server_address)
srv.server_close()

print(issubclass(socketserver.ThreadingTCPServer, socketserver.ThreadingMixIn))
print(socketserver.UnixStreamServer.address_family == socket.AF_UNIX)
print(socketserver.UDPServer.max_packet_size, socketserver.TCPServer.request_queue_size)
print(socketserver.StreamRequestHandler.rbufsize, socketserver.StreamRequestHandler.wbufsize)

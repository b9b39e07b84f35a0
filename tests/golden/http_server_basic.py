# http.server: BaseHTTPRequestHandler request parsing, responses and error
# pages, served with handle_request in one process.
import re
import socket
from http.server import HTTPServer, BaseHTTPRequestHandler


class Handler(BaseHTTPRequestHandler):
    def log_message(self, fmt, *args):
        print("LOG", fmt % args)

    def date_time_string(self, timestamp=None):
        return "DATE"

    def do_GET(self):
        body = ("path=%s agent=%s n=%d" % (
            self.path, self.headers["user-agent"], len(self.headers))).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_HEAD(self):
        self.send_error(404, "Nothing <here>")


def ask(srv, request):
    c = socket.create_connection(srv.server_address)
    c.sendall(request)
    srv.handle_request()
    data = b""
    while True:
        chunk = c.recv(4096)
        if not chunk:
            break
        data += chunk
    c.close()
    print(re.sub(rb"Python/[0-9.]+", b"Python/X", data).decode())
    print("=" * 20)


with HTTPServer(("127.0.0.1", 0), Handler) as srv:
    print(srv.server_port == srv.server_address[1], bool(srv.server_name))
    ask(srv, b"GET /x?y HTTP/1.0\r\nUser-Agent: t\r\nX-A: 1\r\n\r\n")
    ask(srv, b"GET //double HTTP/1.1\r\nUSER-AGENT: upper\r\nConnection: close\r\n\r\n")
    ask(srv, b"HEAD /missing HTTP/1.0\r\n\r\n")
    ask(srv, b"POST / HTTP/1.0\r\n\r\n")
    ask(srv, b"GET / HTTP/2.0\r\n\r\n")
    ask(srv, b"GET / HTTP/1.x\r\n\r\n")
    ask(srv, b"GET / a HTTP/1.0\r\n\r\n")
    ask(srv, b"PUT /\r\n\r\n")
    ask(srv, b"GET /nine\r\n\r\n")
    ask(srv, b"GET / HTTP/1.0\r\n" + b"H: v\r\n" * 101 + b"\r\n")
    ask(srv, b"\r\n")

print(BaseHTTPRequestHandler.responses[404])
print(BaseHTTPRequestHandler.protocol_version, BaseHTTPRequestHandler.server_version)
print(BaseHTTPRequestHandler.error_content_type)

# http.server: SimpleHTTPRequestHandler serving files and directory listings.
import functools
import os
import re
import socket
import tempfile
from http.server import HTTPServer, SimpleHTTPRequestHandler


class Handler(SimpleHTTPRequestHandler):
    def log_message(self, fmt, *args):
        print("LOG", fmt % args)


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
    data = re.sub(rb"Python/[0-9.]+", b"Python/X", data)
    data = re.sub(rb"(Date|Last-Modified): [^\r]*", rb"\1: D", data)
    print(data.decode())
    print("=" * 20)


with tempfile.TemporaryDirectory() as root:
    with open(os.path.join(root, "a.txt"), "w") as f:
        f.write("hello file\n")
    with open(os.path.join(root, "B <x>.html"), "w") as f:
        f.write("<p>b</p>")
    os.mkdir(os.path.join(root, "sub"))
    os.mkdir(os.path.join(root, "idx"))
    with open(os.path.join(root, "idx", "index.html"), "w") as f:
        f.write("<h1>index</h1>")
    handler = functools.partial(Handler, directory=root)
    with HTTPServer(("127.0.0.1", 0), handler) as srv:
        ask(srv, b"GET /a.txt HTTP/1.0\r\n\r\n")
        ask(srv, b"HEAD /a.txt HTTP/1.0\r\n\r\n")
        ask(srv, b"GET /../a.txt?q=1#frag HTTP/1.0\r\n\r\n")
        ask(srv, b"GET / HTTP/1.0\r\n\r\n")
        ask(srv, b"GET /sub HTTP/1.0\r\n\r\n")
        ask(srv, b"GET /idx/ HTTP/1.0\r\n\r\n")
        ask(srv, b"GET /nope.txt HTTP/1.0\r\n\r\n")
        ask(srv, b"GET /a.txt/ HTTP/1.0\r\n\r\n")
        ask(srv, b"GET /B%20%3Cx%3E.html HTTP/1.0\r\n\r\n")
    h = SimpleHTTPRequestHandler.__new__(SimpleHTTPRequestHandler)
    for name in ["x.gz", "x.Z", "x.BZ2", "x.png", "x.html", "x.unknownext"]:
        print(name, h.guess_type(name))

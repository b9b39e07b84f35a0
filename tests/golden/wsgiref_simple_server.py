# wsgiref: make_server + WSGIRequestHandler driven by handle_request, plus
# util helpers, Headers and SimpleHandler over in-memory streams.
import io
import re
import socket
from wsgiref.simple_server import make_server, WSGIRequestHandler, WSGIServer
from wsgiref.headers import Headers
from wsgiref.handlers import SimpleHandler, BaseCGIHandler
from wsgiref import util


class Quiet(WSGIRequestHandler):
    def log_message(self, fmt, *args):
        print("LOG", fmt % args)


def app(environ, start_response):
    body = "%s %s q=%s ct=%s x=%s len=%s input=%r\n" % (
        environ["REQUEST_METHOD"], environ["PATH_INFO"],
        environ["QUERY_STRING"], environ["CONTENT_TYPE"],
        environ.get("HTTP_X_THING"), environ["CONTENT_LENGTH"],
        environ["wsgi.input"].read(int(environ["CONTENT_LENGTH"] or 0)))
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [body.encode()]


def broken(environ, start_response):
    raise RuntimeError("app failed")


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
    data = re.sub(rb"Date: [^\r]*", b"Date: D", data)
    data = re.sub(rb"Server: [^\r]*", b"Server: S", data)
    print(data.decode())
    print("=" * 20)


with make_server("127.0.0.1", 0, app, handler_class=Quiet) as srv:
    print(type(srv) is WSGIServer, srv.get_app() is app)
    print(sorted(srv.base_environ))
    ask(srv, b"GET /a%20b?x=1 HTTP/1.0\r\nX-Thing: one\r\nX-Thing: two\r\n\r\n")
    ask(srv, b"POST /p HTTP/1.0\r\nContent-Type: text/csv\r\nContent-Length: 5\r\n\r\nhello")
    srv.set_app(broken)
    errors = io.StringIO()
    Quiet.get_stderr = lambda self: errors
    ask(srv, b"GET / HTTP/1.0\r\n\r\n")
    print("traceback logged:", "RuntimeError: app failed" in errors.getvalue())

env = {}
util.setup_testing_defaults(env)
print(sorted(k for k in env if not k.startswith("wsgi.")))
print(util.request_uri(env), util.application_uri(env))
env.update(SCRIPT_NAME="/app", PATH_INFO="/x/./y/z", QUERY_STRING="a=1",
           HTTP_HOST="", SERVER_PORT="8080")
print(util.request_uri(env), util.request_uri(env, include_query=False))
print(util.shift_path_info(env), env["SCRIPT_NAME"], env["PATH_INFO"])
print(util.shift_path_info(env), env["SCRIPT_NAME"], env["PATH_INFO"])
print(util.shift_path_info(env), util.shift_path_info(env))
print(util.guess_scheme({"HTTPS": "on"}), util.is_hop_by_hop("Keep-Alive"))
print(list(util.FileWrapper(io.BytesIO(b"abcdefg"), 3)))

h = Headers([("Content-Type", "text/plain")])
h["X-One"] = "1"
h.add_header("X-One", "2")
h.add_header("Content-Disposition", "attachment", filename="a b.txt", inline=None)
print(repr(h))
print(len(h), h["content-type"], h.get_all("x-one"), "x-two" in h)
del h["X-ONE"]
print(h.setdefault("X-New", "n"), h.setdefault("X-New", "m"))
print(bytes(h))
try:
    Headers(("a", "b"))
except TypeError as e:
    print("TypeError:", e)

out = io.BytesIO()
env = {}
util.setup_testing_defaults(env)
handler = SimpleHandler(io.BytesIO(), out, io.StringIO(), env)
handler.server_software = "Test/1"
handler.run(app)
print(re.sub(rb"Date: [^\r]*", b"Date: D", out.getvalue()))
out = io.BytesIO()
BaseCGIHandler(io.BytesIO(), out, io.StringIO(), env).run(app)
print(out.getvalue())
try:
    SimpleHandler(io.BytesIO(), out, io.StringIO(), env).run(
        lambda e, s: s("200 OK", [("Connection", "close")]))
except AssertionError as e:
    print("AssertionError:", e)

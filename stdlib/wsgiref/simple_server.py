"""A small WSGI server on top of http.server.

make_server(host, port, app) returns a WSGIServer whose requests are
parsed by WSGIRequestHandler and run through ServerHandler.  Like
CPython's, it is meant for tests and demos, not production.
"""

import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer
from platform import python_implementation

from .handlers import SimpleHandler

__version__ = "0.2"
__all__ = ['WSGIServer', 'WSGIRequestHandler', 'demo_app', 'make_server']

server_version = "WSGIServer/%s" % __version__
sys_version = "%s/%s" % (python_implementation(), sys.version.split()[0])
software_version = "%s %s" % (server_version, sys_version)


class ServerHandler(SimpleHandler):
    """SimpleHandler that logs the request through its request handler."""

    server_software = software_version

    def close(self):
        """Log status and size, then reset."""
        try:
            self.request_handler.log_request(
                self.status.split(' ', 1)[0], self.bytes_sent)
        finally:
            SimpleHandler.close(self)


class WSGIServer(HTTPServer):
    """HTTPServer that runs one WSGI application."""

    application = None

    def server_bind(self):
        """Bind, then prepare the base environ."""
        HTTPServer.server_bind(self)
        self.setup_environ()

    def setup_environ(self):
        """Environ keys shared by every request."""
        self.base_environ = {
            'SERVER_NAME': self.server_name,
            'GATEWAY_INTERFACE': 'CGI/1.1',
            'SERVER_PORT': str(self.server_port),
            'REMOTE_HOST': '',
            'CONTENT_LENGTH': '',
            'SCRIPT_NAME': '',
        }

    def get_app(self):
        """The application being served."""
        return self.application

    def set_app(self, application):
        """Choose the application to serve."""
        self.application = application


class WSGIRequestHandler(BaseHTTPRequestHandler):
    """Turns one HTTP request into a WSGI call."""

    server_version = "WSGIServer/" + __version__

    def get_environ(self):
        """The WSGI/CGI environ for the parsed request."""
        env = self.server.base_environ.copy()
        env['SERVER_PROTOCOL'] = self.request_version
        env['SERVER_SOFTWARE'] = self.server_version
        env['REQUEST_METHOD'] = self.command
        path, _, query = self.path.partition('?')
        env['PATH_INFO'] = urllib.parse.unquote(path, 'iso-8859-1')
        env['QUERY_STRING'] = query
        peer = self.client_address[0]
        env['REMOTE_ADDR'] = peer
        host = self.address_string()
        if host != peer:
            env['REMOTE_HOST'] = host
        ctype = self.headers.get('content-type')
        if ctype is None:
            ctype = self.headers.get_content_type()
        env['CONTENT_TYPE'] = ctype
        length = self.headers.get('content-length')
        if length:
            env['CONTENT_LENGTH'] = length
        for name, value in self.headers.items():
            name = name.replace('-', '_').upper()
            value = value.strip()
            if name in env:
                continue
            key = 'HTTP_' + name
            if key in env:
                env[key] += ',' + value
            else:
                env[key] = value
        return env

    def get_stderr(self):
        """Stream for wsgi.errors."""
        return sys.stderr

    def handle(self):
        """Parse one request and run the application on it."""
        self.raw_requestline = self.rfile.readline(65537)
        if len(self.raw_requestline) > 65536:
            self.requestline = self.request_version = self.command = ''
            self.send_error(414)
            return
        if not self.parse_request():
            return
        handler = ServerHandler(self.rfile, self.wfile, self.get_stderr(),
                                self.get_environ(), multithread=False)
        handler.request_handler = self
        handler.run(self.server.get_app())


def demo_app(environ, start_response):
    """Answer 'Hello world!' followed by the sorted environ."""
    from io import StringIO
    out = StringIO()
    print("Hello world!", file=out)
    print(file=out)
    for key, value in sorted(environ.items()):
        print(key, '=', repr(value), file=out)
    start_response("200 OK", [('Content-Type', 'text/plain; charset=utf-8')])
    return [out.getvalue().encode("utf-8")]


def make_server(host, port, app, server_class=WSGIServer,
                handler_class=WSGIRequestHandler):
    """A server for ``app`` bound to (host, port)."""
    server = server_class((host, port), handler_class)
    server.set_app(app)
    return server

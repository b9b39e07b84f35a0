"""Base classes for running WSGI applications under a server or CGI."""

import os
import sys
import time

from .headers import Headers
from .util import FileWrapper, guess_scheme, is_hop_by_hop

__all__ = ['BaseHandler', 'SimpleHandler', 'BaseCGIHandler', 'CGIHandler',
           'IISCGIHandler', 'read_environ']

_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
           'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def format_date_time(timestamp):
    """HTTP date string for a POSIX timestamp."""
    t = time.gmtime(timestamp)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
        _DAYS[t.tm_wday], t.tm_mday, _MONTHS[t.tm_mon], t.tm_year,
        t.tm_hour, t.tm_min, t.tm_sec)


_CGI_KEYS = {
    'AUTH_TYPE', 'CONTENT_LENGTH', 'CONTENT_TYPE', 'DATE_GMT',
    'DATE_LOCAL', 'DOCUMENT_URI', 'GATEWAY_INTERFACE', 'LAST_MODIFIED',
    'PATH', 'PATH_INFO', 'PATH_TRANSLATED', 'QUERY_STRING',
    'REMOTE_ADDR', 'REMOTE_HOST', 'REMOTE_IDENT', 'REMOTE_USER',
    'REQUEST_METHOD', 'SCRIPT_NAME', 'SERVER_NAME', 'SERVER_PORT',
    'SERVER_PROTOCOL', 'SERVER_SOFTWARE',
}


def _carries_request_bytes(key):
    """True for environ keys whose values come from the HTTP request."""
    while key.startswith('REDIRECT_'):
        key = key[len('REDIRECT_'):]
    return key in _CGI_KEYS or key.startswith(('HTTP_', 'SSL_'))


def read_environ():
    """os.environ as a dict; request values re-decoded as latin-1 strings."""
    encoding = sys.getfilesystemencoding()
    result = {}
    for key, value in os.environ.items():
        if _carries_request_bytes(key):
            value = value.encode(encoding, 'surrogateescape')
            value = value.decode('iso-8859-1')
        result[key] = value
    return result


class BaseHandler:
    """Runs one WSGI application call; subclasses supply the I/O."""

    wsgi_version = (1, 0)
    wsgi_multithread = True
    wsgi_multiprocess = True
    wsgi_run_once = False
    origin_server = True
    http_version = "1.0"
    server_software = None
    os_environ = read_environ()
    wsgi_file_wrapper = FileWrapper
    headers_class = Headers
    traceback_limit = None
    error_status = "500 Internal Server Error"
    error_headers = [('Content-Type', 'text/plain')]
    error_body = b"A server error occurred.  Please contact the administrator."
    bytes_sent = 0
    headers_sent = False
    status = None
    result = None
    headers = None

    def run(self, application):
        """Call ``application`` and send its response (errors included)."""
        try:
            self.setup_environ()
            self.result = application(self.environ, self.start_response)
            self.finish_response()
        except (ConnectionAbortedError, BrokenPipeError,
                ConnectionResetError):
            return
        except BaseException:
            try:
                self.handle_error()
            except BaseException:
                self.close()
                raise

    def setup_environ(self):
        """Build ``self.environ`` from os_environ, CGI vars and wsgi keys."""
        env = self.environ = self.os_environ.copy()
        self.add_cgi_vars()
        env.update({
            'wsgi.input': self.get_stdin(),
            'wsgi.errors': self.get_stderr(),
            'wsgi.version': self.wsgi_version,
            'wsgi.run_once': self.wsgi_run_once,
            'wsgi.url_scheme': self.get_scheme(),
            'wsgi.multithread': self.wsgi_multithread,
            'wsgi.multiprocess': self.wsgi_multiprocess,
        })
        if self.wsgi_file_wrapper is not None:
            env['wsgi.file_wrapper'] = self.wsgi_file_wrapper
        if self.origin_server and self.server_software:
            env.setdefault('SERVER_SOFTWARE', self.server_software)

    def finish_response(self):
        """Send every block of the result, then close it."""
        try:
            if not self.result_is_file() or not self.sendfile():
                for block in self.result:
                    self.write(block)
                self.finish_content()
        except BaseException:
            closer = getattr(self.result, 'close', None)
            if closer is not None:
                closer()
            raise
        self.close()

    def get_scheme(self):
        """'http' or 'https' for this request."""
        return guess_scheme(self.environ)

    def set_content_length(self):
        """Set Content-Length when the result is a one-block sequence."""
        try:
            count = len(self.result)
        except (TypeError, AttributeError, NotImplementedError):
            return
        if count == 1:
            self.headers['Content-Length'] = str(self.bytes_sent)

    def cleanup_headers(self):
        """Last changes to the headers before they are sent."""
        if 'Content-Length' not in self.headers:
            self.set_content_length()

    def start_response(self, status, headers, exc_info=None):
        """The WSGI start_response callable; returns ``write``."""
        if exc_info:
            try:
                if self.headers_sent:
                    raise exc_info[0](exc_info[1]).with_traceback(exc_info[2])
            finally:
                exc_info = None
        elif self.headers is not None:
            raise AssertionError("Headers already set!")
        self.status = status
        self.headers = self.headers_class(headers)
        status = self._convert_string_type(status, "Status")
        assert len(status) >= 4, "Status must be at least 4 characters"
        assert status[:3].isdigit(), "Status message must begin w/3-digit code"
        assert status[3] == " ", "Status message must have a space after code"
        for name, val in headers:
            name = self._convert_string_type(name, "Header name")
            val = self._convert_string_type(val, "Header value")
            assert not is_hop_by_hop(name), \
                f"Hop-by-hop header, '{name}: {val}', not allowed"
        return self.write

    def _convert_string_type(self, value, title):
        """Return ``value`` if it is exactly a str, else fail."""
        if type(value) is str:
            return value
        raise AssertionError(
            "{0} must be of type str (got {1})".format(title, repr(value)))

    def send_preamble(self):
        """Status line plus Date/Server (origin server) or a CGI Status."""
        if not self.client_is_modern():
            return
        if self.origin_server:
            lines = ['HTTP/%s %s\r\n' % (self.http_version, self.status)]
            if 'Date' not in self.headers:
                lines.append('Date: %s\r\n' % format_date_time(time.time()))
            if self.server_software and 'Server' not in self.headers:
                lines.append('Server: %s\r\n' % self.server_software)
        else:
            lines = ['Status: %s\r\n' % self.status]
        for line in lines:
            self._write(line.encode('iso-8859-1'))

    def write(self, data):
        """Send one block of body bytes (headers first, once)."""
        assert type(data) is bytes, \
            "write() argument must be a bytes instance"
        if not self.status:
            raise AssertionError("write() before start_response()")
        if self.headers_sent:
            self.bytes_sent += len(data)
        else:
            self.bytes_sent = len(data)
            self.send_headers()
        self._write(data)
        self._flush()

    def sendfile(self):
        """Platform fast path for file results; none here, returns False."""
        return False

    def finish_content(self):
        """Make sure headers went out even for an empty body."""
        if not self.headers_sent:
            self.headers.setdefault('Content-Length', "0")
            self.send_headers()

    def close(self):
        """Close the result and reset the per-request state."""
        try:
            closer = getattr(self.result, 'close', None)
            if closer is not None:
                closer()
        finally:
            self.result = self.headers = self.status = self.environ = None
            self.bytes_sent = 0
            self.headers_sent = False

    def send_headers(self):
        """Send the preamble and the header block."""
        self.cleanup_headers()
        self.headers_sent = True
        if self.origin_server and not self.client_is_modern():
            return
        self.send_preamble()
        self._write(bytes(self.headers))

    def result_is_file(self):
        """True if the application returned a wsgi.file_wrapper object."""
        wrapper = self.wsgi_file_wrapper
        return wrapper is not None and isinstance(self.result, wrapper)

    def client_is_modern(self):
        """False only for HTTP/0.9 clients."""
        return self.environ['SERVER_PROTOCOL'].upper() != 'HTTP/0.9'

    def log_exception(self, exc_info):
        """Print the traceback to the error stream."""
        import traceback
        try:
            stream = self.get_stderr()
            traceback.print_exception(exc_info[0], exc_info[1], exc_info[2],
                                      self.traceback_limit, stream)
            stream.flush()
        finally:
            exc_info = None

    def handle_error(self):
        """Log the error and, if nothing was sent yet, send error_output."""
        self.log_exception(sys.exc_info())
        if not self.headers_sent:
            self.result = self.error_output(self.environ, self.start_response)
            self.finish_response()

    def error_output(self, environ, start_response):
        """A small WSGI app producing the 500 response."""
        start_response(self.error_status, self.error_headers[:],
                       sys.exc_info())
        return [self.error_body]

    def _write(self, data):
        """Send raw bytes; subclasses implement."""
        raise NotImplementedError

    def _flush(self):
        """Flush written bytes; subclasses implement."""
        raise NotImplementedError

    def get_stdin(self):
        """The wsgi.input stream; subclasses implement."""
        raise NotImplementedError

    def get_stderr(self):
        """The wsgi.errors stream; subclasses implement."""
        raise NotImplementedError

    def add_cgi_vars(self):
        """Add the request's CGI variables to environ; subclasses implement."""
        raise NotImplementedError


class SimpleHandler(BaseHandler):
    """Handler over explicit stdin/stdout/stderr streams and an environ."""

    def __init__(self, stdin, stdout, stderr, environ,
                 multithread=True, multiprocess=False):
        """Keep the streams and the base environ."""
        self.stdin, self.stdout, self.stderr = stdin, stdout, stderr
        self.base_env = environ
        self.wsgi_multithread = multithread
        self.wsgi_multiprocess = multiprocess

    def get_stdin(self):
        """The input stream given to the constructor."""
        return self.stdin

    def get_stderr(self):
        """The error stream given to the constructor."""
        return self.stderr

    def add_cgi_vars(self):
        """Copy the constructor's environ into this request's."""
        self.environ.update(self.base_env)

    def _write(self, data):
        written = self.stdout.write(data)
        if written is None or written == len(data):
            return
        from warnings import warn
        warn("SimpleHandler.stdout.write() should not do partial writes",
             DeprecationWarning)
        while True:
            data = data[written:]
            if not data:
                break
            written = self.stdout.write(data)

    def _flush(self):
        self.stdout.flush()
        self._flush = self.stdout.flush


class BaseCGIHandler(SimpleHandler):
    """SimpleHandler for CGI-style output (a Status: line, no HTTP line)."""

    origin_server = False


class CGIHandler(BaseCGIHandler):
    """Runs one application as a CGI script over sys.stdin/stdout."""

    wsgi_run_once = True
    os_environ = {}

    def __init__(self):
        """Use the process's standard streams and environment."""
        BaseCGIHandler.__init__(
            self, sys.stdin.buffer, sys.stdout.buffer, sys.stderr,
            read_environ(), multithread=False, multiprocess=True)


class IISCGIHandler(BaseCGIHandler):
    """CGIHandler that undoes IIS's doubling of SCRIPT_NAME in PATH_INFO."""

    wsgi_run_once = True
    os_environ = {}

    def __init__(self):
        """Fix PATH_INFO, then use the process's streams."""
        environ = read_environ()
        path = environ.get('PATH_INFO', '')
        script = environ.get('SCRIPT_NAME', '')
        if (path + '/').startswith(script + '/'):
            environ['PATH_INFO'] = path[len(script):]
        BaseCGIHandler.__init__(
            self, sys.stdin.buffer, sys.stdout.buffer, sys.stderr,
            environ, multithread=False, multiprocess=True)

"""HTTP servers (coil's own http.server).

HTTPServer is a TCPServer that records its host name and port;
BaseHTTPRequestHandler parses request lines and headers and dispatches to
``do_<METHOD>`` methods; SimpleHTTPRequestHandler serves files and
directory listings from a directory.

coil has no ``email`` package, so request headers are parsed into this
module's small ``HTTPMessage`` (case-insensitive get/[]/in/items/get_all).
ThreadingHTTPServer exists but cannot start threads (see socketserver).
CGIHTTPRequestHandler is not provided.
"""

import html
import io
import os
import posixpath
import shutil
import socket
import socketserver
import sys
import time
import urllib.parse
from http import HTTPStatus

__version__ = "0.6"

__all__ = ["HTTPServer", "ThreadingHTTPServer", "BaseHTTPRequestHandler",
           "SimpleHTTPRequestHandler"]

DEFAULT_ERROR_MESSAGE = "\n".join([
    "<!DOCTYPE HTML>",
    '<html lang="en">',
    "    <head>",
    '        <meta charset="utf-8">',
    "        <title>Error response</title>",
    "    </head>",
    "    <body>",
    "        <h1>Error response</h1>",
    "        <p>Error code: %(code)d</p>",
    "        <p>Message: %(message)s.</p>",
    "        <p>Error code explanation: %(code)s - %(explain)s.</p>",
    "    </body>",
    "</html>",
    "",
])

DEFAULT_ERROR_CONTENT_TYPE = "text/html;charset=utf-8"

_MAX_LINE = 65536
_MAX_HEADERS = 100

_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
           'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


class HTTPMessage:
    """Ordered, case-insensitive collection of parsed header fields."""

    def __init__(self):
        self._fields = []

    def add(self, name, value):
        """Append one field."""
        self._fields.append((name, value))

    def get(self, name, failobj=None):
        """First value of ``name`` or ``failobj``."""
        key = name.lower()
        for k, v in self._fields:
            if k.lower() == key:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        """Every value of ``name`` in order, or ``failobj`` when absent."""
        key = name.lower()
        found = [v for k, v in self._fields if k.lower() == key]
        return found or failobj

    def __getitem__(self, name):
        return self.get(name)

    def __contains__(self, name):
        key = name.lower()
        return any(k.lower() == key for k, _ in self._fields)

    def __len__(self):
        return len(self._fields)

    def __iter__(self):
        return iter([k for k, _ in self._fields])

    def keys(self):
        """Field names in order (repeats kept)."""
        return [k for k, _ in self._fields]

    def values(self):
        """Field values in order."""
        return [v for _, v in self._fields]

    def items(self):
        """(name, value) pairs in order."""
        return list(self._fields)

    def get_content_type(self):
        """The lower-cased media type of Content-Type, default text/plain."""
        value = self.get('content-type')
        if not value:
            return 'text/plain'
        kind = value.split(';', 1)[0].strip().lower()
        return kind if kind.count('/') == 1 else 'text/plain'

    def __str__(self):
        return "".join("%s: %s\n" % item for item in self._fields) + "\n"


class _HeaderError(Exception):
    """Header block too long: (short message, explanation)."""


def _read_headers(rfile, message_class):
    """Read header lines up to the blank line into ``message_class()``."""
    lines = []
    while True:
        line = rfile.readline(_MAX_LINE + 1)
        if len(line) > _MAX_LINE:
            raise _HeaderError("Line too long", "header line")
        lines.append(line)
        if len(lines) > _MAX_HEADERS:
            raise _HeaderError("Too many headers",
                               "got more than %d headers" % _MAX_HEADERS)
        if line in (b'\r\n', b'\n', b''):
            break
    message = message_class()
    name = None
    value = []
    for raw in lines:
        text = raw.decode('iso-8859-1').rstrip('\r\n')
        if not text:
            break
        if text[0] in ' \t' and name is not None:
            value.append(text)
            continue
        if name is not None:
            message.add(name, "\r\n".join(value))
        name, sep, rest = text.partition(':')
        if not sep:
            name = None
            continue
        value = [rest.lstrip(' \t')]
    if name is not None:
        message.add(name, "\r\n".join(value))
    return message


def _http_date(timestamp):
    """RFC 7231 date, e.g. 'Sat, 05 Dec 2026 09:02:07 GMT'."""
    t = time.gmtime(timestamp)
    return "%s, %02d %s %04d %02d:%02d:%02d GMT" % (
        _DAYS[t.tm_wday], t.tm_mday, _MONTHS[t.tm_mon], t.tm_year,
        t.tm_hour, t.tm_min, t.tm_sec)


class HTTPServer(socketserver.TCPServer):
    """TCPServer that also stores ``server_name`` and ``server_port``."""

    allow_reuse_address = 1

    def server_bind(self):
        """Bind, then record the host's full name and the port."""
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = socket.getfqdn(host)
        self.server_port = port


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    """HTTPServer with a (daemon) thread per request."""

    daemon_threads = True


def _escape_table():
    table = {c: '\\x%02x' % c for c in range(0x20)}
    table.update({c: '\\x%02x' % c for c in range(0x7f, 0xa0)})
    table[ord('\\')] = '\\\\'
    return table


class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Parses one HTTP request at a time and calls ``do_<COMMAND>``."""

    sys_version = "Python/" + sys.version.split()[0]
    server_version = "BaseHTTP/" + __version__
    error_message_format = DEFAULT_ERROR_MESSAGE
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    default_request_version = "HTTP/0.9"
    protocol_version = "HTTP/1.0"
    MessageClass = HTTPMessage
    responses = {status: (status.phrase, status.description)
                 for status in HTTPStatus.__members__.values()}
    weekdayname = _DAYS
    monthname = _MONTHS
    _control_char_table = _escape_table()

    def parse_request(self):
        """Parse ``raw_requestline`` and the headers; False after an error.

        Sets command, path, request_version, headers and close_connection.
        """
        self.command = None
        version = self.default_request_version
        self.request_version = version
        self.close_connection = True
        line = self.raw_requestline.decode('iso-8859-1').rstrip('\r\n')
        self.requestline = requestline = line
        words = line.split()
        if not words:
            return False
        if len(words) >= 3:
            version = words[-1]
            number = self._parse_version(version)
            if number is None:
                self.send_error(HTTPStatus.BAD_REQUEST,
                                "Bad request version (%r)" % version)
                return False
            if number >= (1, 1) and self.protocol_version >= "HTTP/1.1":
                self.close_connection = False
            if number >= (2, 0):
                self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED,
                                "Invalid HTTP version (%s)"
                                % version.split('/', 1)[1])
                return False
            self.request_version = version
        if len(words) > 3:
            self.send_error(HTTPStatus.BAD_REQUEST,
                            "Bad request syntax (%r)" % requestline)
            return False
        if len(words) == 1:
            self.send_error(HTTPStatus.BAD_REQUEST,
                            "Bad request syntax (%r)" % requestline)
            return False
        command, path = words[0], words[1]
        if len(words) == 2:
            self.close_connection = True
            if command != 'GET':
                self.send_error(HTTPStatus.BAD_REQUEST,
                                "Bad HTTP/0.9 request type (%r)" % command)
                return False
        self.command = command
        self.path = path
        if self.path.startswith('//'):
            self.path = '/' + self.path.lstrip('/')
        try:
            self.headers = _read_headers(self.rfile, self.MessageClass)
        except _HeaderError as err:
            short, explain = err.args
            self.send_error(HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                            short, explain)
            return False
        connection = self.headers.get('Connection', "").lower()
        if connection == 'close':
            self.close_connection = True
        elif (connection == 'keep-alive'
              and self.protocol_version >= "HTTP/1.1"):
            self.close_connection = False
        expect = self.headers.get('Expect', "").lower()
        if (expect == "100-continue"
                and self.protocol_version >= "HTTP/1.1"
                and self.request_version >= "HTTP/1.1"):
            if not self.handle_expect_100():
                return False
        return True

    @staticmethod
    def _parse_version(version):
        """(major, minor) from 'HTTP/x.y', or None when malformed."""
        if not version.startswith('HTTP/'):
            return None
        parts = version[5:].split(".")
        if len(parts) != 2:
            return None
        for part in parts:
            if not part or not part.isdigit() or not part.isascii():
                return None
            if len(part) > 10:
                return None
        return int(parts[0]), int(parts[1])

    def handle_expect_100(self):
        """Answer 'Expect: 100-continue' with a 100 response."""
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    def handle_one_request(self):
        """Read, parse and dispatch one request."""
        try:
            self.raw_requestline = self.rfile.readline(_MAX_LINE + 1)
            if len(self.raw_requestline) > _MAX_LINE:
                self.requestline = self.request_version = self.command = ''
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
                return
            if self.raw_requestline == b'':
                self.close_connection = True
                return
            if not self.parse_request():
                return
            handler_name = 'do_' + self.command
            if not hasattr(self, handler_name):
                self.send_error(HTTPStatus.NOT_IMPLEMENTED,
                                "Unsupported method (%r)" % self.command)
                return
            getattr(self, handler_name)()
            self.wfile.flush()
        except TimeoutError as exc:
            self.log_error("Request timed out: %r", exc)
            self.close_connection = True

    def handle(self):
        """Serve requests until the connection should close."""
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection:
            self.handle_one_request()

    def send_error(self, code, message=None, explain=None):
        """Send an error response with an HTML body explaining it."""
        short, long = self.responses.get(code, ('???', '???'))
        if message is None:
            message = short
        if explain is None:
            explain = long
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)
        self.send_header('Connection', 'close')
        body = None
        if code >= 200 and code not in (HTTPStatus.NO_CONTENT,
                                        HTTPStatus.RESET_CONTENT,
                                        HTTPStatus.NOT_MODIFIED):
            page = self.error_message_format % {
                'code': code,
                'message': html.escape(message, quote=False),
                'explain': html.escape(explain, quote=False),
            }
            body = page.encode('UTF-8', 'replace')
            self.send_header("Content-Type", self.error_content_type)
            self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        if body and self.command != 'HEAD':
            self.wfile.write(body)

    def send_response(self, code, message=None):
        """Log, then queue the status line plus Server and Date headers."""
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header('Server', self.version_string())
        self.send_header('Date', self.date_time_string())

    def send_response_only(self, code, message=None):
        """Queue just the status line."""
        if self.request_version == 'HTTP/0.9':
            return
        if message is None:
            message = self.responses[code][0] if code in self.responses else ''
        if not hasattr(self, '_headers_buffer'):
            self._headers_buffer = []
        line = "%s %d %s\r\n" % (self.protocol_version, code, message)
        self._headers_buffer.append(line.encode('latin-1', 'strict'))

    def send_header(self, keyword, value):
        """Queue one header line; Connection updates close_connection."""
        if self.request_version != 'HTTP/0.9':
            if not hasattr(self, '_headers_buffer'):
                self._headers_buffer = []
            line = "%s: %s\r\n" % (keyword, value)
            self._headers_buffer.append(line.encode('latin-1', 'strict'))
        if keyword.lower() == 'connection':
            token = value.lower()
            if token in ('close', 'keep-alive'):
                self.close_connection = token == 'close'

    def end_headers(self):
        """Queue the blank line and write the queued headers."""
        if self.request_version != 'HTTP/0.9':
            self._headers_buffer.append(b"\r\n")
            self.flush_headers()

    def flush_headers(self):
        """Write the queued header bytes to wfile."""
        if hasattr(self, '_headers_buffer'):
            self.wfile.write(b"".join(self._headers_buffer))
            self._headers_buffer = []

    def log_request(self, code='-', size='-'):
        """Log the request line with the status code."""
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        """Log an error (same destination as log_message)."""
        self.log_message(format, *args)

    def log_message(self, format, *args):
        """Write 'client - - [date] message' to stderr."""
        message = format % args
        sys.stderr.write("%s - - [%s] %s\n" % (
            self.address_string(), self.log_date_time_string(),
            message.translate(self._control_char_table)))

    def version_string(self):
        """Value of the Server header."""
        return self.server_version + ' ' + self.sys_version

    def date_time_string(self, timestamp=None):
        """HTTP date for ``timestamp`` (now by default)."""
        if timestamp is None:
            timestamp = time.time()
        return _http_date(timestamp)

    def log_date_time_string(self):
        """Local time for log lines, e.g. '05/Dec/2026 09:02:07'."""
        t = time.localtime(time.time())
        return "%02d/%3s/%04d %02d:%02d:%02d" % (
            t.tm_mday, self.monthname[t.tm_mon], t.tm_year,
            t.tm_hour, t.tm_min, t.tm_sec)

    def address_string(self):
        """Client host for log lines."""
        return self.client_address[0]


_TYPES = {
    '.html': 'text/html', '.htm': 'text/html', '.txt': 'text/plain',
    '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
    '.py': 'text/x-python', '.png': 'image/png', '.jpg': 'image/jpeg',
    '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.svg': 'image/svg+xml',
    '.pdf': 'application/pdf', '.xml': 'text/xml', '.csv': 'text/csv',
    '.zip': 'application/zip', '.tar': 'application/x-tar',
    '.wasm': 'application/wasm', '.ico': 'image/vnd.microsoft.icon',
}


class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    """Serves GET and HEAD from ``directory`` (default: the cwd)."""

    server_version = "SimpleHTTP/" + __version__
    extensions_map = {
        '.gz': 'application/gzip',
        '.Z': 'application/octet-stream',
        '.bz2': 'application/x-bzip2',
        '.xz': 'application/x-xz',
    }

    def __init__(self, *args, directory=None, **kwargs):
        """Remember the directory to serve, then handle the request."""
        if directory is None:
            directory = os.getcwd()
        self.directory = os.fspath(directory)
        super().__init__(*args, **kwargs)

    def do_GET(self):
        """Send headers and the file body."""
        source = self.send_head()
        if source:
            try:
                self.copyfile(source, self.wfile)
            finally:
                source.close()

    def do_HEAD(self):
        """Send only the headers."""
        source = self.send_head()
        if source:
            source.close()

    def send_head(self):
        """Send the response headers; return a file to copy, or None."""
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            parts = urllib.parse.urlsplit(self.path)
            if not parts.path.endswith('/'):
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                target = urllib.parse.urlunsplit(
                    (parts[0], parts[1], parts[2] + '/', parts[3], parts[4]))
                self.send_header("Location", target)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            for name in ("index.html", "index.htm"):
                candidate = os.path.join(path, name)
                if os.path.isfile(candidate):
                    path = candidate
                    break
            else:
                return self.list_directory(path)
        ctype = self.guess_type(path)
        if path.endswith("/"):
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            source = open(path, 'rb')
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
            return None
        try:
            info = os.fstat(source.fileno())
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-type", ctype)
            self.send_header("Content-Length", str(info.st_size))
            self.send_header("Last-Modified",
                             self.date_time_string(info.st_mtime))
            self.end_headers()
            return source
        except:
            source.close()
            raise

    def list_directory(self, path):
        """Send headers for an HTML listing of ``path``; return its body."""
        try:
            names = os.listdir(path)
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND,
                            "No permission to list directory")
            return None
        names.sort(key=lambda n: n.lower())
        try:
            shown = urllib.parse.unquote(self.path, errors='surrogatepass')
        except UnicodeDecodeError:
            shown = urllib.parse.unquote(self.path)
        shown = html.escape(shown, quote=False)
        encoding = sys.getfilesystemencoding()
        title = 'Directory listing for ' + shown
        out = ['<!DOCTYPE HTML>', '<html lang="en">', '<head>',
               '<meta charset="%s">' % encoding,
               '<title>%s</title>\n</head>' % title,
               '<body>\n<h1>%s</h1>' % title, '<hr>\n<ul>']
        for name in names:
            full = os.path.join(path, name)
            label = link = name
            if os.path.isdir(full):
                label = link = name + "/"
            if os.path.islink(full):
                label = name + "@"
            out.append('<li><a href="%s">%s</a></li>' % (
                urllib.parse.quote(link, errors='surrogatepass'),
                html.escape(label, quote=False)))
        out.append('</ul>\n<hr>\n</body>\n</html>\n')
        body = '\n'.join(out).encode(encoding, 'surrogateescape')
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-type", "text/html; charset=%s" % encoding)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def translate_path(self, path):
        """Map a URL path onto a file under ``directory``."""
        path = path.split('?', 1)[0].split('#', 1)[0]
        keep_slash = path.rstrip().endswith('/')
        try:
            path = urllib.parse.unquote(path, errors='surrogatepass')
        except UnicodeDecodeError:
            path = urllib.parse.unquote(path)
        result = self.directory
        for word in posixpath.normpath(path).split('/'):
            if not word or os.path.dirname(word):
                continue
            if word in (os.curdir, os.pardir):
                continue
            result = os.path.join(result, word)
        if keep_slash:
            result += '/'
        return result

    def copyfile(self, source, outputfile):
        """Copy an open file to the output."""
        shutil.copyfileobj(source, outputfile)

    def guess_type(self, path):
        """Media type for ``path`` from its extension."""
        ext = posixpath.splitext(path)[1]
        if ext in self.extensions_map:
            return self.extensions_map[ext]
        ext = ext.lower()
        if ext in self.extensions_map:
            return self.extensions_map[ext]
        return _TYPES.get(ext, 'application/octet-stream')

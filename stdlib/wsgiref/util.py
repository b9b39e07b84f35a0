"""Helpers for WSGI environ dictionaries and iterating over files."""

import posixpath

__all__ = ['FileWrapper', 'guess_scheme', 'application_uri', 'request_uri',
           'shift_path_info', 'setup_testing_defaults']


class FileWrapper:
    """Iterate over a file-like object in ``blksize`` chunks."""

    def __init__(self, filelike, blksize=8192):
        """Wrap ``filelike``; its ``close`` (if any) is exposed too."""
        self.filelike = filelike
        self.blksize = blksize
        if hasattr(filelike, 'close'):
            self.close = filelike.close

    def __iter__(self):
        return self

    def __next__(self):
        chunk = self.filelike.read(self.blksize)
        if not chunk:
            raise StopIteration
        return chunk


def guess_scheme(environ):
    """'https' when environ['HTTPS'] is yes/on/1, else 'http'."""
    if environ.get("HTTPS") in ('yes', 'on', '1'):
        return 'https'
    return 'http'


def application_uri(environ):
    """Base URI of the application: scheme, host, port and SCRIPT_NAME."""
    from urllib.parse import quote
    scheme = environ['wsgi.url_scheme']
    pieces = [scheme, '://']
    host = environ.get('HTTP_HOST')
    if host:
        pieces.append(host)
    else:
        pieces.append(environ['SERVER_NAME'])
        port = environ['SERVER_PORT']
        default = '443' if scheme == 'https' else '80'
        if port != default:
            pieces.append(':' + port)
    pieces.append(quote(environ.get('SCRIPT_NAME') or '/', encoding='latin1'))
    return ''.join(pieces)


def request_uri(environ, include_query=True):
    """Full URI of the request, with the query string unless told not to."""
    from urllib.parse import quote
    uri = application_uri(environ)
    tail = quote(environ.get('PATH_INFO', ''), safe='/;=,', encoding='latin1')
    uri += tail if environ.get('SCRIPT_NAME') else tail[1:]
    query = environ.get('QUERY_STRING')
    if include_query and query:
        uri += '?' + query
    return uri


def shift_path_info(environ):
    """Move the first PATH_INFO segment onto SCRIPT_NAME and return it.

    Returns None when PATH_INFO is empty; '.' segments are dropped and an
    empty name is returned for a trailing slash.
    """
    path = environ.get('PATH_INFO', '')
    if not path:
        return None
    segments = path.split('/')
    segments[1:-1] = [s for s in segments[1:-1] if s not in ('', '.')]
    name = segments.pop(1)
    script = posixpath.normpath(environ.get('SCRIPT_NAME', '') + '/' + name)
    if script.endswith('/'):
        script = script[:-1]
    if not name and not script.endswith('/'):
        script += '/'
    environ['SCRIPT_NAME'] = script
    environ['PATH_INFO'] = '/'.join(segments)
    return None if name == '.' else name


def setup_testing_defaults(environ):
    """Fill in the keys a WSGI environ needs, for tests."""
    from io import BytesIO, StringIO
    environ.setdefault('SERVER_NAME', '127.0.0.1')
    environ.setdefault('SERVER_PROTOCOL', 'HTTP/1.0')
    environ.setdefault('HTTP_HOST', environ['SERVER_NAME'])
    environ.setdefault('REQUEST_METHOD', 'GET')
    if 'SCRIPT_NAME' not in environ and 'PATH_INFO' not in environ:
        environ.setdefault('SCRIPT_NAME', '')
        environ.setdefault('PATH_INFO', '/')
    for key, value in (('wsgi.version', (1, 0)), ('wsgi.run_once', 0),
                       ('wsgi.multithread', 0), ('wsgi.multiprocess', 0)):
        environ.setdefault(key, value)
    environ.setdefault('wsgi.input', BytesIO())
    environ.setdefault('wsgi.errors', StringIO())
    environ.setdefault('wsgi.url_scheme', guess_scheme(environ))
    scheme = environ['wsgi.url_scheme']
    if scheme == 'http':
        environ.setdefault('SERVER_PORT', '80')
    elif scheme == 'https':
        environ.setdefault('SERVER_PORT', '443')


_HOP_BY_HOP = frozenset([
    'connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization',
    'te', 'trailers', 'transfer-encoding', 'upgrade',
])


def is_hop_by_hop(header_name):
    """True for headers a WSGI application may not set (RFC 2616 13.5.1)."""
    return header_name.lower() in _HOP_BY_HOP

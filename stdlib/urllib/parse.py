"""URL parsing and quoting (coil implementation).

Splits URLs into components (RFC 3986 style, following CPython 3.11's
observable behaviour), joins relative references, and percent-encodes or
decodes strings and query strings.
"""

from collections import namedtuple

__all__ = (
    "urlparse urlunparse urljoin urldefrag urlsplit urlunsplit urlencode "
    "parse_qs parse_qsl quote quote_plus quote_from_bytes unquote "
    "unquote_plus unquote_to_bytes DefragResult ParseResult SplitResult "
    "DefragResultBytes ParseResultBytes SplitResultBytes").split()

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file', 'https', 'shttp', 'mms', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais', 'file', 'mms', 'https', 'shttp', 'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https', 'shttp', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips', 'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais', 'https', 'shttp', 'snews', 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# Characters stripped from the front of a URL, and characters deleted
# anywhere in it, before splitting (WHATWG URL standard behaviour).
_LEADING_JUNK = "".join(chr(n) for n in range(33))
_DROPPED_CHARS = ("\t", "\r", "\n")

_ASCII_ENCODING = "ascii"
_ASCII_ERRORS = "strict"


def clear_cache():
    """Kept for compatibility; this implementation keeps no cache."""


# ------------------------------------------------------------------
# str / bytes handling: every public function works on str internally
# and converts the answer back when it was given bytes.

def _as_text(value):
    if not value:
        return ""
    return value.decode(_ASCII_ENCODING, _ASCII_ERRORS)


def _text_args(*values):
    """Return (text values, restore) where restore maps a str result back
    to the caller's type."""
    want_text = isinstance(values[0], str)
    for value in values[1:]:
        if value and isinstance(value, str) != want_text:
            raise TypeError("Cannot mix str and non-str arguments")
    if want_text:
        return values, _keep
    return tuple(_as_text(v) for v in values), _to_bytes_result


def _keep(value):
    return value


def _to_bytes_result(value):
    return value.encode(_ASCII_ENCODING, _ASCII_ERRORS)


# ------------------------------------------------------------------
# result types

def _netloc_parts(netloc, text):
    """Split a netloc into (username, password, host, port-string).

    Missing pieces are None; works for str and bytes alike."""
    at, colon, lbr, rbr = ("@", ":", "[", "]") if text else (b"@", b":", b"[", b"]")
    userinfo, found_at, hostport = netloc.rpartition(at)
    if found_at:
        user, found_colon, pw = userinfo.partition(colon)
        if not found_colon:
            pw = None
    else:
        user = pw = None
    before, found_bracket, rest = hostport.partition(lbr)
    if found_bracket:
        host, _, after = rest.partition(rbr)
        port = after.partition(colon)[2]
    else:
        host, _, port = hostport.partition(colon)
    if not port:
        port = None
    return user, pw, host, port


class _NetlocProperties:
    __slots__ = ()

    def _pieces(self):
        return _netloc_parts(self.netloc, isinstance(self.netloc, str))

    @property
    def username(self):
        return self._pieces()[0]

    @property
    def password(self):
        return self._pieces()[1]

    @property
    def hostname(self):
        host = self._pieces()[2]
        if not host:
            return None
        mark = "%" if isinstance(host, str) else b"%"
        address, sep, zone = host.partition(mark)
        return address.lower() + sep + zone

    @property
    def port(self):
        text = self._pieces()[3]
        if text is None:
            return None
        if not (text.isdigit() and text.isascii()):
            raise ValueError("Port could not be cast to integer value as %r"
                             % (text,))
        number = int(text)
        if number < 0 or number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number


class _TextResult:
    __slots__ = ()

    def encode(self, encoding="ascii", errors="strict"):
        return self._encoded_counterpart(*(part.encode(encoding, errors)
                                           for part in self))


class _BytesResult:
    __slots__ = ()

    def decode(self, encoding="ascii", errors="strict"):
        return self._decoded_counterpart(*(part.decode(encoding, errors)
                                           for part in self))


_DefragTuple = namedtuple("DefragResult", "url fragment")
_SplitTuple = namedtuple("SplitResult", "scheme netloc path query fragment")
_ParseTuple = namedtuple("ParseResult",
                         "scheme netloc path params query fragment")


def _defrag_geturl(self):
    if self.fragment:
        return self.url + ("#" if isinstance(self.url, str) else b"#") + self.fragment
    return self.url


class DefragResult(_DefragTuple, _TextResult):
    __slots__ = ()
    geturl = _defrag_geturl


class SplitResult(_SplitTuple, _NetlocProperties, _TextResult):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseTuple, _NetlocProperties, _TextResult):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragTuple, _BytesResult):
    __slots__ = ()
    geturl = _defrag_geturl


class SplitResultBytes(_SplitTuple, _NetlocProperties, _BytesResult):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseTuple, _NetlocProperties, _BytesResult):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


# Each result type knows its counterpart of the other string kind.
for _text, _raw in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
                    (ParseResult, ParseResultBytes)):
    _text._encoded_counterpart = _raw
    _raw._decoded_counterpart = _text
del _text, _raw

# ------------------------------------------------------------------
# bracketed host validation

_HEX = "0123456789abcdefABCDEF"


def _is_ipv4(text):
    fields = text.split(".")
    if len(fields) != 4:
        return False
    for field in fields:
        if not field or len(field) > 3 or not (field.isdigit() and field.isascii()):
            return False
        if len(field) > 1 and field[0] == "0":
            return False
        if int(field) > 255:
            return False
    return True


def _is_hex_group(text):
    if not 1 <= len(text) <= 4:
        return False
    for ch in text:
        if ch not in _HEX:
            return False
    return True


def _is_ipv6(text):
    address, has_zone, zone = text.partition("%")
    if has_zone and (not zone or "%" in zone):
        return False
    groups_needed = 8
    last_colon = address.rfind(":")
    if last_colon >= 0 and "." in address[last_colon + 1:]:
        if not _is_ipv4(address[last_colon + 1:]):
            return False
        address = address[:last_colon + 1] + "0:0"
    if address.count("::") > 1:
        return False
    if "::" in address:
        head, tail = address.split("::")
        left = head.split(":") if head else []
        right = tail.split(":") if tail else []
        if len(left) + len(right) > groups_needed - 1:
            return False
        groups = left + right
    else:
        groups = address.split(":")
        if len(groups) != groups_needed:
            return False
    for group in groups:
        if not _is_hex_group(group):
            return False
    return True


def _validate_bracketed(host):
    if host.startswith("v"):
        dot = host.find(".")
        version = host[1:dot] if dot > 0 else ""
        if (dot < 0 or not version or dot == len(host) - 1
                or any(ch not in _HEX for ch in version)
                or "\n" in host):
            raise ValueError("IPvFuture address is invalid")
        return
    if _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    if not _is_ipv6(host):
        raise ValueError("%r does not appear to be an IPv4 or IPv6 address"
                         % (host,))


# ------------------------------------------------------------------
# splitting and unsplitting

def _cut_scheme(url):
    """Return (scheme, rest) when url starts with a valid 'scheme:'."""
    colon = url.find(":")
    if colon <= 0:
        return "", url
    head = url[:colon]
    if not (head[0].isascii() and head[0].isalpha()):
        return "", url
    for ch in head:
        if ch not in scheme_chars:
            return "", url
    return head.lower(), url[colon + 1:]


def _end_of_authority(url):
    """Index where the authority that starts at url[2:] ends."""
    end = len(url)
    for stop in "/?#":
        where = url.find(stop, 2)
        if 0 <= where < end:
            end = where
    return end


def _clean(text):
    for ch in _DROPPED_CHARS:
        text = text.replace(ch, "")
    return text


def urlsplit(url, scheme="", allow_fragments=True):
    (url, scheme), restore = _text_args(url, scheme)
    url = _clean(url.lstrip(_LEADING_JUNK))
    scheme = _clean(scheme.strip(_LEADING_JUNK))
    found, rest = _cut_scheme(url)
    if found:
        scheme = found
        url = rest
    netloc = query = fragment = ""
    if url[:2] == "//":
        end = _end_of_authority(url)
        netloc = url[2:end]
        url = url[end:]
        opens = "[" in netloc
        closes = "]" in netloc
        if opens != closes:
            raise ValueError("Invalid IPv6 URL")
        if opens:
            inside = netloc.partition("[")[2].partition("]")[0]
            _validate_bracketed(inside)
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    if netloc and not netloc.isascii():
        _reject_nfkc_delimiters(netloc)
    result = SplitResult(scheme, netloc, url, query, fragment)
    if restore is _keep:
        return result
    return result.encode(_ASCII_ENCODING, _ASCII_ERRORS)


def _reject_nfkc_delimiters(netloc):
    """Refuse a non-ASCII netloc whose NFKC form grows URL delimiters."""
    try:
        from unicodedata import normalize
    except ImportError:
        return
    stripped = netloc
    for ch in "@:#?":
        stripped = stripped.replace(ch, "")
    folded = normalize("NFKC", stripped)
    if folded == stripped:
        return
    for ch in "/?#@:":
        if ch in folded:
            raise ValueError("netloc '" + netloc + "' contains invalid "
                             "characters under NFKC normalization")


def _split_params(path):
    """Separate ';params' from the last path segment."""
    start = path.rfind("/")
    semi = path.find(";", start if start >= 0 else 0)
    if semi < 0:
        return path, ""
    return path[:semi], path[semi + 1:]


def urlparse(url, scheme="", allow_fragments=True):
    (url, scheme), restore = _text_args(url, scheme)
    parts = urlsplit(url, scheme, allow_fragments)
    path = parts.path
    params = ""
    if parts.scheme in uses_params and ";" in path:
        path, params = _split_params(path)
    result = ParseResult(parts.scheme, parts.netloc, path, params,
                         parts.query, parts.fragment)
    if restore is _keep:
        return result
    return result.encode(_ASCII_ENCODING, _ASCII_ERRORS)


def urlunsplit(components):
    scheme, netloc, path, query, fragment = components
    (scheme, netloc, path, query, fragment), restore = _text_args(
        scheme, netloc, path, query, fragment)
    pieces = []
    wants_authority = bool(netloc) or (
        bool(scheme) and scheme in uses_netloc and path[:2] != "//")
    if scheme:
        pieces.append(scheme + ":")
    if wants_authority:
        if path and not path.startswith("/"):
            path = "/" + path
        pieces.append("//" + (netloc or ""))
    pieces.append(path)
    if query:
        pieces.append("?" + query)
    if fragment:
        pieces.append("#" + fragment)
    return restore("".join(pieces))


def urlunparse(components):
    scheme, netloc, path, params, query, fragment = components
    (scheme, netloc, path, params, query, fragment), restore = _text_args(
        scheme, netloc, path, params, query, fragment)
    if params:
        path = path + ";" + params
    return restore(urlunsplit((scheme, netloc, path, query, fragment)))


def urldefrag(url):
    (url,), restore = _text_args(url)
    if "#" in url:
        p = urlparse(url)
        base = urlunparse((p.scheme, p.netloc, p.path, p.params, p.query, ""))
        result = DefragResult(base, p.fragment)
    else:
        result = DefragResult(url, "")
    if restore is _keep:
        return result
    return result.encode(_ASCII_ENCODING, _ASCII_ERRORS)


# ------------------------------------------------------------------
# joining

def _remove_dots(segments):
    """Apply '.' and '..' segments (RFC 3986 section 5.2.4)."""
    stack = []
    for segment in segments:
        if segment == ".":
            continue
        if segment == "..":
            if stack:
                stack.pop()
            continue
        stack.append(segment)
    if segments and segments[-1] in (".", ".."):
        stack.append("")
    return stack


def _merged_segments(base_path, ref_path):
    if ref_path[:1] == "/":
        return ref_path.split("/")
    parts = base_path.split("/")
    if parts[-1]:
        parts.pop()          # a non-empty last base segment is replaced
    parts.extend(ref_path.split("/"))
    if len(parts) > 2:
        middle = [seg for seg in parts[1:-1] if seg]
        parts = [parts[0]] + middle + [parts[-1]]
    return parts


def urljoin(base, url, allow_fragments=True):
    if not base:
        return url
    if not url:
        return base
    (base, url), restore = _text_args(base, url)
    b = urlparse(base, "", allow_fragments)
    r = urlparse(url, b.scheme, allow_fragments)
    scheme = r.scheme
    if scheme != b.scheme or scheme not in uses_relative:
        return restore(url)
    netloc = r.netloc
    if scheme in uses_netloc:
        if netloc:
            return restore(urlunparse(r))
        netloc = b.netloc
    if not r.path and not r.params:
        query = r.query or b.query
        return restore(urlunparse((scheme, netloc, b.path, b.params,
                                   query, r.fragment)))
    segments = _merged_segments(b.path, r.path)
    path = "/".join(_remove_dots(segments)) or "/"
    return restore(urlunparse((scheme, netloc, path, r.params, r.query,
                               r.fragment)))


# ------------------------------------------------------------------
# quoting

_ALWAYS_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                         b"abcdefghijklmnopqrstuvwxyz"
                         b"0123456789_.-~")
_HEXPAIRS = ["%%%02X" % n for n in range(256)]


def quote_from_bytes(bs, safe="/"):
    if not isinstance(bs, bytes):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ""
    if isinstance(safe, str):
        keep = set(ord(ch) for ch in safe if ord(ch) < 128)
    else:
        keep = set(code for code in safe if code < 128)
    keep |= _ALWAYS_SAFE
    out = []
    for code in bs:
        if code in keep:
            out.append(chr(code))
        else:
            out.append(_HEXPAIRS[code])
    return "".join(out)


def quote(string, safe="/", encoding=None, errors=None):
    if isinstance(string, str):
        if not string:
            return string
        data = string.encode(encoding or "utf-8", errors or "strict")
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
        data = string
    return quote_from_bytes(data, safe)


def quote_plus(string, safe="", encoding=None, errors=None):
    space = " " if isinstance(string, str) else b" "
    if isinstance(string, (str, bytes)) and space not in string:
        return quote(string, safe, encoding, errors)
    extra = " " if isinstance(safe, str) else b" "
    return quote(string, safe + extra, encoding, errors).replace(" ", "+")


def _hex_digit(code):
    if 48 <= code <= 57:
        return code - 48
    if 65 <= code <= 70:
        return code - 55
    if 97 <= code <= 102:
        return code - 87
    return -1


def unquote_to_bytes(string):
    if not string:
        string.split
        return b""
    if isinstance(string, str):
        string = string.encode("utf-8")
    chunks = string.split(b"%")
    if len(chunks) == 1:
        return string
    out = [chunks[0]]
    for chunk in chunks[1:]:
        if len(chunk) >= 2:
            high = _hex_digit(chunk[0])
            low = _hex_digit(chunk[1])
            if high >= 0 and low >= 0:
                out.append(bytes([high * 16 + low]))
                out.append(chunk[2:])
                continue
        out.append(b"%")
        out.append(chunk)
    return b"".join(out)


def unquote(string, encoding="utf-8", errors="replace"):
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding or "utf-8",
                                               errors or "replace")
    if "%" not in string:
        string.split
        return string
    encoding = encoding or "utf-8"
    errors = errors or "replace"
    out = []
    run_start = 0
    length = len(string)
    pos = 0
    # ASCII stretches are percent-decoded; other characters pass through.
    while pos < length:
        if ord(string[pos]) < 128:
            pos += 1
            continue
        if run_start < pos:
            out.append(unquote_to_bytes(string[run_start:pos])
                       .decode(encoding, errors))
        out.append(string[pos])
        pos += 1
        run_start = pos
    if run_start < length:
        out.append(unquote_to_bytes(string[run_start:]).decode(encoding, errors))
    return "".join(out)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    return unquote(string.replace("+", " "), encoding, errors)


# ------------------------------------------------------------------
# query strings

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding="utf-8", errors="replace", max_num_fields=None,
              separator="&"):
    (qs,), restore = _text_args(qs)
    if not isinstance(separator, str):
        separator = _as_text(separator)
    if not separator:
        raise ValueError("Separator must be of type string or bytes.")
    if not qs:
        return []
    if max_num_fields is not None:
        if max_num_fields < qs.count(separator) + 1:
            raise ValueError("Max number of fields exceeded")
    pairs = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, has_eq, value = field.partition("=")
        if not has_eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if not value and not keep_blank_values:
            continue
        name = unquote(name.replace("+", " "), encoding=encoding, errors=errors)
        value = unquote(value.replace("+", " "), encoding=encoding,
                        errors=errors)
        pairs.append((restore(name), restore(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding="utf-8", errors="replace", max_num_fields=None,
             separator="&"):
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields,
                                 separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result


def urlencode(query, doseq=False, safe="", encoding=None, errors=None,
              quote_via=quote_plus):
    if hasattr(query, "items"):
        items = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as exc:
            raise TypeError("not a valid non-string sequence or mapping "
                            "object") from exc
        items = query

    def one(value):
        if isinstance(value, bytes):
            return quote_via(value, safe)
        if isinstance(value, str):
            return quote_via(value, safe, encoding, errors)
        return quote_via(str(value), safe, encoding, errors)

    fields = []
    for key, value in items:
        key = one(key)
        if not doseq or isinstance(value, (str, bytes)):
            fields.append(key + "=" + one(value))
            continue
        try:
            len(value)
        except TypeError:
            fields.append(key + "=" + one(value))
            continue
        for element in value:
            fields.append(key + "=" + one(element))
    return "&".join(fields)


def unwrap(url):
    url = str(url).strip()
    if url[:1] == "<" and url[-1:] == ">":
        url = url[1:-1].strip()
    if url[:4] == "URL:":
        url = url[4:].strip()
    return url


# ------------------------------------------------------------------
# legacy helpers, deprecated since 3.8

def _deprecated(name, instead="urlparse"):
    import warnings
    if instead:
        text = ("urllib.parse.%s() is deprecated as of 3.8, "
                "use urllib.parse.%s() instead" % (name, instead))
    else:
        text = "urllib.parse.%s() is deprecated as of 3.8" % name
    warnings.warn(text, DeprecationWarning, stacklevel=3)


def _to_bytes(url):
    if isinstance(url, str):
        try:
            url.encode("ASCII")
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) +
                               " contains non-ASCII characters")
    return url


def _splittype(url):
    colon = url.find(":")
    head = url[:colon]
    if colon <= 0 or "/" in head:
        return None, url
    return head.lower(), url[colon + 1:]


def _splithost(url):
    if not url.startswith("//"):
        return None, url
    stop = len(url)
    for ch in "/?#":
        where = url.find(ch, 2)
        if 0 <= where < stop:
            stop = where
    rest = url[stop:]
    if rest and not rest.startswith("/"):
        rest = "/" + rest
    return url[2:stop], rest


def _splituser(host):
    user, at, rest = host.rpartition("@")
    return (user if at else None), rest


def _splitpasswd(user):
    name, colon, secret = user.partition(":")
    return name, (secret if colon else None)


def _splitport(host):
    colon = host.rfind(":")
    if colon >= 0:
        digits = host[colon + 1:]
        if all("0" <= ch <= "9" for ch in digits):
            return host[:colon], (digits or None)
    return host, None


def _splitnport(host, defport=-1):
    name, colon, text = host.rpartition(":")
    if not colon:
        return host, defport
    if not text:
        return name, defport
    if text.isdigit() and text.isascii():
        return name, int(text)
    return name, None


def _splitquery(url):
    head, mark, tail = url.rpartition("?")
    return (head, tail) if mark else (url, None)


def _splittag(url):
    head, mark, tail = url.rpartition("#")
    return (head, tail) if mark else (url, None)


def _splitattr(url):
    pieces = url.split(";")
    return pieces[0], pieces[1:]


def _splitvalue(attr):
    key, eq, value = attr.partition("=")
    return key, (value if eq else None)


def _legacy(name, impl, instead="urlparse"):
    """The public, deprecated spelling of the private helper `impl`."""
    def public(*args, **kwargs):
        _deprecated(name, instead)
        return impl(*args, **kwargs)
    public.__name__ = public.__qualname__ = name
    public.__doc__ = impl.__doc__
    return public


to_bytes = _legacy("to_bytes", _to_bytes, None)
splittype = _legacy("splittype", _splittype)
splithost = _legacy("splithost", _splithost)
splituser = _legacy("splituser", _splituser)
splitpasswd = _legacy("splitpasswd", _splitpasswd)
splitport = _legacy("splitport", _splitport)
splitnport = _legacy("splitnport", _splitnport)
splitquery = _legacy("splitquery", _splitquery)
splittag = _legacy("splittag", _splittag)
splitattr = _legacy("splitattr", _splitattr)
splitvalue = _legacy("splitvalue", _splitvalue, "parse_qsl")


class _ByteQuoteTable(dict):
    """Maps a byte value to its quoted text, filling itself lazily."""

    def __init__(self, safe):
        dict.__init__(self)
        self._keep = _ALWAYS_SAFE | frozenset(safe)

    def __missing__(self, code):
        text = chr(code) if code in self._keep else _HEXPAIRS[code]
        self[code] = text
        return text

    def __repr__(self):
        return "<Quoter %r>" % (dict(self),)


_ByteQuoteTable.__name__ = "_Quoter"
_ByteQuoteTable.__qualname__ = "_Quoter"
_Quoter = _ByteQuoteTable


def __getattr__(name):
    if name == "Quoter":
        import warnings
        warnings.warn("Deprecated in 3.11. urllib.parse.Quoter will be "
                      "removed in Python 3.14. It was not intended to be "
                      "a public API.", DeprecationWarning, stacklevel=2)
        return _ByteQuoteTable
    raise AttributeError("module %r has no attribute %r" % (__name__, name))

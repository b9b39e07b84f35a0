"""HTTP cookie handling: parse Cookie headers, build Set-Cookie headers.

BaseCookie is a dict of Morsel objects keyed by cookie name.  SimpleCookie
additionally quotes values that contain characters outside the safe set
and unquotes them again when parsing.
"""

import operator
import re
import string
import time
import types

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]


class CookieError(Exception):
    pass


# Characters that may appear in a key, and in a value without quoting.
_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
# Characters copied verbatim inside a quoted value.
_UnescapedChars = _LegalChars + ' ()/<=>?@[]{}'

_LEGAL_SET = frozenset(_LegalChars)
_VERBATIM_SET = frozenset(_UnescapedChars)


def _is_legal_key(key):
    return bool(key) and all(ch in _LEGAL_SET for ch in key)


def _escape_char(ch):
    if ch in _VERBATIM_SET:
        return ch
    if ch == '"' or ch == '\\':
        return '\\' + ch
    code = ord(ch)
    if code < 256:
        return '\\%03o' % code
    return ch


def _quote(text):
    """Return text as is if every character is safe, else a quoted form."""
    if text is None or all(ch in _LEGAL_SET for ch in text):
        return text
    return '"' + ''.join(_escape_char(ch) for ch in text) + '"'


_ESCAPE_RE = re.compile(r'\\(?:([0-3][0-7]{2})|(.))')


def _decode_escape(match):
    octal = match.group(1)
    if octal is not None:
        return chr(int(octal, 8))
    return match.group(2)


def _unquote(text):
    """Undo _quote: strip surrounding double quotes and resolve escapes."""
    if text is None or len(text) < 2:
        return text
    if text[0] != '"' or text[-1] != '"':
        return text
    return _ESCAPE_RE.sub(_decode_escape, text[1:-1])


_DAY_NAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTH_NAMES = (None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def _getdate(future=0, weekdayname=_DAY_NAMES, monthname=_MONTH_NAMES):
    """An RFC 1123 style GMT date *future* seconds from now."""
    t = time.gmtime(time.time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
        weekdayname[t.tm_wday], t.tm_mday, monthname[t.tm_mon],
        t.tm_year, t.tm_hour, t.tm_min, t.tm_sec)


class Morsel(dict):
    """One cookie: its key, value and coded value, plus the standard
    attributes (path, domain, expires, ...) stored as dict items."""

    _reserved = {
        "expires": "expires",
        "path": "Path",
        "comment": "Comment",
        "domain": "Domain",
        "max-age": "Max-Age",
        "secure": "Secure",
        "httponly": "HttpOnly",
        "version": "Version",
        "samesite": "SameSite",
    }

    _flags = {'secure', 'httponly'}

    def __init__(self):
        self._key = None
        self._value = None
        self._coded_value = None
        for name in self._reserved:
            dict.__setitem__(self, name, "")

    # read-only views of the three values fixed by set()
    key = property(operator.attrgetter('_key'))
    value = property(operator.attrgetter('_value'))
    coded_value = property(operator.attrgetter('_coded_value'))

    @staticmethod
    def _attribute_name(name):
        lowered = name.lower()
        if lowered not in Morsel._reserved:
            raise CookieError("Invalid attribute %r" % (lowered,))
        return lowered

    def __setitem__(self, K, V):
        dict.__setitem__(self, self._attribute_name(K), V)

    def setdefault(self, key, val=None):
        return dict.setdefault(self, self._attribute_name(key), val)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        if not dict.__eq__(self, morsel):
            return False
        return ((self._key, self._value, self._coded_value) ==
                (morsel._key, morsel._value, morsel._coded_value))

    __ne__ = object.__ne__

    def copy(self):
        clone = Morsel()
        dict.update(clone, self)
        clone.__dict__.update(self.__dict__)
        return clone

    def update(self, values):
        checked = {}
        for name, val in dict(values).items():
            checked[self._attribute_name(name)] = val
        dict.update(self, checked)

    _STATE_FIELDS = ('key', 'value', 'coded_value')

    def set(self, key, val, coded_val):
        if key.lower() in self._reserved:
            raise CookieError('Attempt to set a reserved key %r' % (key,))
        if not _is_legal_key(key):
            raise CookieError('Illegal key %r' % (key,))
        self._key, self._value, self._coded_value = key, val, coded_val

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def __getstate__(self):
        return {field: getattr(self, '_' + field)
                for field in self._STATE_FIELDS}

    def __setstate__(self, state):
        for field in self._STATE_FIELDS:
            setattr(self, '_' + field, state[field])

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return '<%s: %s>' % (type(self).__name__, self.OutputString())

    def js_output(self, attrs=None):
        body = self.OutputString(attrs).replace('"', r'\"')
        return ('\n        <script type="text/javascript">\n'
                '        <!-- begin hiding\n'
                '        document.cookie = "%s";\n'
                '        // end hiding -->\n'
                '        </script>\n        ' % body)

    def _render_attribute(self, name, val):
        label = self._reserved[name]
        if name == "expires" and isinstance(val, int):
            return "%s=%s" % (label, _getdate(val))
        if name == "max-age" and isinstance(val, int):
            return "%s=%d" % (label, val)
        if name == "comment" and isinstance(val, str):
            return "%s=%s" % (label, _quote(val))
        if name in self._flags:
            return label if val else None
        return "%s=%s" % (label, val)

    def OutputString(self, attrs=None):
        parts = ["%s=%s" % (self._key, self._coded_value)]
        if attrs is None:
            attrs = self._reserved
        for name, val in sorted(dict.items(self)):
            if val == "" or name not in attrs:
                continue
            piece = self._render_attribute(name, val)
            if piece is not None:
                parts.append(piece)
        return "; ".join(parts)

    __class_getitem__ = classmethod(types.GenericAlias)


# Pieces of the regular expression that splits a Cookie header.
_LegalKeyChars = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_LegalValueChars = _LegalKeyChars + r'\[\]'

_QUOTED_VALUE = r'"(?:[^\\"]|\\.)*"'
_DATE_VALUE = r'\w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT'
_PLAIN_VALUE = '[' + _LegalValueChars + ']*'

_CookiePattern = re.compile(
    r'\s*(?P<key>[' + _LegalKeyChars + r']+?)'
    r'(\s*=\s*(?P<val>' + '|'.join((_QUOTED_VALUE, _DATE_VALUE,
                                    _PLAIN_VALUE)) + r'))?'
    r'\s*(\s+|;|$)',
    re.ASCII)


class BaseCookie(dict):
    """A dict of Morsels.  Subclasses decide how values are encoded by
    overriding value_encode and value_decode."""

    def value_decode(self, val):
        """Map a value read from a header to (real value, coded value)."""
        return val, val

    def value_encode(self, val):
        """Map a value set by the program to (real value, coded value)."""
        text = str(val)
        return text, text

    def __init__(self, input=None):
        if input:
            self.load(input)

    def _store(self, key, real_value, coded_value):
        morsel = self.get(key, Morsel())
        morsel.set(key, real_value, coded_value)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            real, coded = self.value_encode(value)
            self._store(key, real, coded)

    def output(self, attrs=None, header="Set-Cookie:", sep="\r\n"):
        return sep.join(morsel.output(attrs, header)
                        for _, morsel in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        shown = ' '.join('%s=%r' % (key, morsel.value)
                         for key, morsel in sorted(self.items()))
        return '<%s: %s>' % (type(self).__name__, shown)

    def js_output(self, attrs=None):
        return ''.join(morsel.js_output(attrs)
                       for _, morsel in sorted(self.items()))

    def load(self, rawdata):
        """Add cookies from a header string or from a mapping."""
        if isinstance(rawdata, str):
            self._load_header(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def _load_header(self, header):
        # First collect everything; a malformed header leaves self untouched.
        pending = []
        have_cookie = False
        pos = 0
        end = len(header)
        while 0 <= pos < end:
            found = _CookiePattern.match(header, pos)
            if found is None:
                break
            key = found.group('key')
            val = found.group('val')
            pos = found.end(0)
            if key[0] == '$':
                if have_cookie:
                    pending.append((False, key[1:], val))
            elif key.lower() in Morsel._reserved:
                if not have_cookie:
                    return
                if val is None:
                    if key.lower() not in Morsel._flags:
                        return
                    pending.append((False, key, True))
                else:
                    pending.append((False, key, _unquote(val)))
            elif val is not None:
                pending.append((True, key, self.value_decode(val)))
                have_cookie = True
            else:
                return

        current = None
        for is_cookie, key, val in pending:
            if is_cookie:
                self._store(key, val[0], val[1])
                current = self[key]
            else:
                current[key] = val


class SimpleCookie(BaseCookie):
    """Cookie whose values are strings, quoted when they need to be."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        text = str(val)
        return text, _quote(text)

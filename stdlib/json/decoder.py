"""The JSON decoder of the `json` package: `JSONDecoder`, `JSONDecodeError`
and `scanstring`.

With the native `_json` module (the normal case) the scanning is done
natively, calling back into Python only for the hooks. Without it (when
`_json` is blocked, as CPython's tests do) the pure-Python readers below do
the work: `py_scanstring` for strings and `JSONObject`/`JSONArray` for the
containers, driven by `scanner.py_make_scanner`.
"""

try:
    import _json
except ImportError:
    _json = None
from .scanner import make_scanner, _named_float, _native_settings, _skip_blanks

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")


class JSONDecodeError(ValueError):
    """A JSON document could not be decoded. Besides the message it has:

    msg: the problem, without the position
    doc: the document being decoded
    pos: the index in doc where the problem was found
    lineno, colno: the line and column of pos, counted from 1
    """

    def __init__(self, msg, doc, pos):
        before = doc[:pos]
        line = before.count("\n") + 1
        column = pos - before.rfind("\n")
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, line, column, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = line
        self.colno = column

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


def _native_error(msg, doc, pos):
    """The error the native `_json` module raises: the JSONDecodeError of the
    `json.decoder` module loaded at the time (as CPython's `_json` looks it
    up), which may be another copy of this module than the one that made
    the decoder."""
    import sys
    current = getattr(sys.modules.get("json.decoder"), "JSONDecodeError", JSONDecodeError)
    return current(msg, doc, pos)


# ---------------------------------------------------------------------------
# The pure-Python string reader.

# What each one-letter escape stands for (\uXXXX is handled apart).
_SIMPLE_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f",
                   "n": "\n", "r": "\r", "t": "\t"}
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
# The largest index a C Py_ssize_t holds (CPython refuses bigger ones).
_INDEX_MAX = (1 << 63) - 1
_plain_run = None


def _plain_run_matcher():
    """The matcher of a run of characters that need no attention inside a
    JSON string (anything but a quote, a backslash or a control character).
    Compiled on first use, so that importing json does not import re."""
    global _plain_run
    if _plain_run is None:
        import re
        _plain_run = re.compile('[^"\\\\\x00-\x1f]*').match
    return _plain_run


def _hex_unit(s, at):
    """The code unit of the escape \\uXXXX whose 'u' is at s[at]."""
    digits = s[at + 1:at + 5]
    if len(digits) == 4 and all(d in _HEX_DIGITS for d in digits):
        return int(digits, 16)
    raise JSONDecodeError("Invalid \\uXXXX escape", s, at)


def py_scanstring(s, end, strict=True):
    """Read the JSON string whose opening quote is at s[end - 1]; return
    (its text, the index just past its closing quote). With `strict`,
    control characters (below U+0020) inside the string are an error;
    otherwise they are kept as they are. An escaped surrogate pair becomes
    one character; a lone escaped surrogate is kept as it is."""
    if end > _INDEX_MAX:
        raise OverflowError("Python int too large to convert to C ssize_t")
    plain = _plain_run_matcher()
    start = end - 1
    pieces = []
    while True:
        stop = plain(s, end).end()
        if stop != end:
            pieces.append(s[end:stop])
        if stop >= len(s):
            raise JSONDecodeError("Unterminated string starting at", s, start)
        mark = s[stop]
        end = stop + 1
        if mark == '"':
            return "".join(pieces), end
        if mark != "\\":
            if strict:
                # (CPython's pure-Python reader reports the index after it.)
                raise JSONDecodeError("Invalid control character %r at" % mark, s, end)
            pieces.append(mark)
            continue
        if end >= len(s):
            raise JSONDecodeError("Unterminated string starting at", s, start)
        kind = s[end]
        if kind != "u":
            text = _SIMPLE_ESCAPES.get(kind)
            if text is None:
                raise JSONDecodeError("Invalid \\escape: %r" % kind, s, end)
            pieces.append(text)
            end += 1
            continue
        unit = _hex_unit(s, end)
        end += 5
        # A high surrogate directly followed by an escaped low one: a pair.
        if 0xD800 <= unit < 0xDC00 and s[end:end + 2] == "\\u":
            low = _hex_unit(s, end + 1)
            if 0xDC00 <= low < 0xE000:
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                end += 6
        pieces.append(chr(unit))


# ---------------------------------------------------------------------------
# The pure-Python container readers. Their signatures are CPython's: a
# scanner made by py_make_scanner calls the decoder's `parse_object` and
# `parse_array` attributes this way.

def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook,
               memo=None):
    """Read the members of the JSON object whose '{' is just before
    s_and_end[1]; return (the object, the index past its '}'). Keys are
    shared through `memo`; the hooks are applied as `json.loads` describes."""
    s, end = s_and_end
    if memo is None:
        memo = {}
    pairs = []
    end = _skip_blanks(s, end)
    mark = s[end:end + 1]
    end += 1
    if mark == "}":
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs), end
        found = {}
        return (found if object_hook is None else object_hook(found)), end
    while True:
        if mark != '"':
            raise JSONDecodeError("Expecting property name enclosed in double quotes",
                                  s, end - 1)
        key, end = scanstring(s, end, strict)
        key = memo.setdefault(key, key)
        end = _skip_blanks(s, end)
        if s[end:end + 1] != ":":
            raise JSONDecodeError("Expecting ':' delimiter", s, end)
        end = _skip_blanks(s, end + 1)
        try:
            value, end = scan_once(s, end)
        except StopIteration as missing:
            raise JSONDecodeError("Expecting value", s, missing.value) from None
        pairs.append((key, value))
        end = _skip_blanks(s, end)
        mark = s[end:end + 1]
        end += 1
        if mark == "}":
            break
        if mark != ",":
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = _skip_blanks(s, end)
        mark = s[end:end + 1]
        end += 1
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end
    found = dict(pairs)
    return (found if object_hook is None else object_hook(found)), end


def JSONArray(s_and_end, scan_once):
    """Read the items of the JSON array whose '[' is just before
    s_and_end[1]; return (a list of them, the index past its ']')."""
    s, end = s_and_end
    items = []
    end = _skip_blanks(s, end)
    if s[end:end + 1] == "]":
        return items, end + 1
    while True:
        try:
            value, end = scan_once(s, end)
        except StopIteration as missing:
            raise JSONDecodeError("Expecting value", s, missing.value) from None
        items.append(value)
        end = _skip_blanks(s, end)
        mark = s[end:end + 1]
        end += 1
        if mark == "]":
            return items, end
        if mark != ",":
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = _skip_blanks(s, end)


# ---------------------------------------------------------------------------
# scanstring: the native reader when there is one.

if _json is not None:
    def c_scanstring(s, end, strict=True):
        """Decode the JSON string whose opening quote is at s[end - 1];
        return (text, index after the closing quote). With strict, control
        characters inside the string are an error."""
        return _json.scanstring(s, end, strict, _native_error)
    scanstring = c_scanstring
else:
    c_scanstring = None
    scanstring = py_scanstring


class JSONDecoder:
    """Turns JSON text into Python objects: objects become dicts, arrays
    lists, strings str, numbers int (no fraction or exponent) or float,
    true/false/null True/False/None; NaN, Infinity and -Infinity are read
    as those floats.

    The constructor's keyword-only options are described in `json.loads`.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _named_float
        self.strict = strict
        # What a pure-Python scanner reads containers and strings with.
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        if _json is not None:
            # The native scanner's settings are taken now, as CPython's
            # scanner takes them when the decoder is made.
            self._settings = _native_settings(self)
        self.scan_once = make_scanner(self)

    def decode(self, s):
        """The Python object for the JSON document `s` (a str), which must
        hold one value and nothing after it but whitespace."""
        if _json is not None and type(self).raw_decode is JSONDecoder.raw_decode:
            return _json.decode(s, self._settings)
        value, stop = self.raw_decode(s, _skip_blanks(s, 0))
        rest = _skip_blanks(s, stop)
        if rest < len(s):
            raise JSONDecodeError("Extra data", s, rest)
        return value

    def raw_decode(self, s, idx=0):
        """Decode the JSON value that starts at s[idx] (no whitespace before
        it); return (object, index after it). Text may follow the value:

            >>> JSONDecoder().raw_decode('[1, 2] trailing')
            ([1, 2], 6)
        """
        if _json is not None:
            return _json.scan(s, idx, self._settings)
        try:
            return self.scan_once(s, idx)
        except StopIteration as missing:
            raise JSONDecodeError("Expecting value", s, missing.value) from None

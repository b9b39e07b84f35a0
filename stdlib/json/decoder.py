"""The JSON decoder of the `json` package: `JSONDecoder`, `JSONDecodeError`
and `scanstring`. The scanning itself is done by the native `_json` module,
which calls back into Python only for the hooks."""

import _json
from .scanner import make_scanner, _named_float, _native_settings

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


def scanstring(s, end, strict=True):
    """Decode the JSON string whose opening quote is at s[end - 1]; return
    (text, index after the closing quote). With strict, control characters
    inside the string are an error."""
    return _json.scanstring(s, end, strict, JSONDecodeError)


def _skip_blanks(s, i):
    """The first index at or after i that is not JSON whitespace."""
    n = len(s)
    while i < n and s[i] in " \t\n\r":
        i += 1
    return i


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
        self.memo = {}
        # The native scanner's settings are taken now, as CPython's scanner
        # takes them when the decoder is made.
        self._settings = _native_settings(self)
        self.scan_once = make_scanner(self)

    def decode(self, s):
        """The Python object for the JSON document `s` (a str), which must
        hold one value and nothing after it but whitespace."""
        if type(self).raw_decode is JSONDecoder.raw_decode:
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
        return _json.scan(s, idx, self._settings)

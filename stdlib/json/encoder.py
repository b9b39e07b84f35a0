"""The JSON encoder of the `json` package: `JSONEncoder` and the string
quoting helpers.

With the native `_json` module (the normal case) the encoding is done by
`_json.encode`, which calls back into Python only for `default` and for
instances of subclasses of the builtin types. Without it (when `_json` is
blocked, as CPython's tests do) the pure-Python `_PyEncoding` below writes
the text piece by piece, and `py_encode_basestring(_ascii)` quote strings.
"""

try:
    import _json
except ImportError:
    _json = None

__all__ = ["JSONEncoder", "encode_basestring", "encode_basestring_ascii"]

INFINITY = float("inf")
# The reprs of the floats JSON has no numbers for, and what they are written as.
_NAMED_FLOATS = {"nan": "NaN", "inf": "Infinity", "-inf": "-Infinity"}

# How each character that must be escaped in any JSON string is written.
_ESCAPED = {ord('"'): '\\"', ord("\\"): "\\\\", ord("\b"): "\\b", ord("\f"): "\\f",
            ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}
for _code in range(0x20):
    _ESCAPED.setdefault(_code, "\\u%04x" % _code)
del _code


def py_encode_basestring(s):
    """The JSON string literal of the str `s`, non-ASCII characters kept."""
    return '"' + s.translate(_ESCAPED) + '"'


def _unicode_escape(ch):
    """\\uXXXX for `ch`, or the escaped surrogate pair of an astral character."""
    code = ord(ch)
    if code < 0x10000:
        return "\\u%04x" % code
    code -= 0x10000
    return "\\u%04x\\u%04x" % (0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF))


def py_encode_basestring_ascii(s):
    """The JSON string literal of the str `s`, in ASCII: every character
    outside ' '..'~' is escaped."""
    text = s.translate(_ESCAPED)
    if text.isascii() and "\x7f" not in text:
        return '"' + text + '"'
    return '"' + "".join(ch if ch < "\x7f" else _unicode_escape(ch) for ch in text) + '"'


if _json is not None:
    c_encode_basestring = _json.encode_basestring
    c_encode_basestring_ascii = _json.encode_basestring_ascii
    c_make_encoder = getattr(_json, "make_encoder", None)
else:
    c_encode_basestring = c_encode_basestring_ascii = c_make_encoder = None
encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


def _written_lazily(obj, encoder):
    """The chunks of a native `iterencode`: produced when first asked for.
    What was written before a failure comes out before the exception is
    raised, so `dump` leaves it in the file as CPython does."""
    text, failure = _json.encode_partial(obj, encoder, _BASE_DEFAULT)
    if text:
        yield text
    if failure is not None:
        raise failure


class _PyEncoding:
    """One pure-Python encoding run: the encoder's options, read when the run
    starts, and the generators that write each kind of value."""

    def __init__(self, encoder):
        self.markers = {} if encoder.check_circular else None
        self.quote = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        self.key_separator = encoder.key_separator
        self.item_separator = encoder.item_separator
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        self.allow_nan = encoder.allow_nan
        self.default = encoder.default

    def number(self, f):
        """The JSON text of a float: its repr, or the JavaScript names of
        NaN and the infinities (refused unless allow_nan)."""
        text = float.__repr__(f)
        named = _NAMED_FLOATS.get(text)
        if named is None:
            return text
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: " + repr(f))
        return named

    def scalar(self, o):
        """The text of a string, number, boolean or None; None for others."""
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.number(o)
        return None

    def enter(self, o):
        """Note that `o` is being written (for check_circular); the key to
        pass to `leave` when it is done."""
        if self.markers is None:
            return None
        key = id(o)
        if key in self.markers:
            raise ValueError("Circular reference detected")
        self.markers[key] = o
        return key

    def leave(self, key):
        """The object `enter` gave `key` for has been written."""
        if key is not None:
            del self.markers[key]

    def value(self, o, level):
        """The pieces of any value at nesting `level`."""
        text = self.scalar(o)
        if text is not None:
            yield text
        else:
            yield from self.compound(o, level)

    def compound(self, o, level):
        """The pieces of a list, tuple, dict, or of what `default` makes of
        anything else."""
        if isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.object(o, level)
        else:
            key = self.enter(o)
            yield from self.value(self.default(o), level)
            self.leave(key)

    # The pieces come out as CPython's pure-Python encoder yields them (what
    # `dump` has written when an error stops it is the same).

    def array(self, items, level):
        """The pieces of a list or tuple whose items are at nesting level + 1."""
        if not items:
            yield "[]"
            return
        key = self.enter(items)
        prefix = "["
        between = self.item_separator
        if self.indent is not None:
            level += 1
            inner = "\n" + self.indent * level
            prefix += inner
            between += inner
        for item in items:
            text = self.scalar(item)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                yield from self.compound(item, level)
            prefix = between
        if self.indent is not None:
            yield "\n" + self.indent * (level - 1)
        yield "]"
        self.leave(key)

    def key_text(self, k):
        """The str a dict key is written as; None to leave the item out."""
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return self.number(k)
        if k is True:
            return "true"
        if k is False:
            return "false"
        if k is None:
            return "null"
        if isinstance(k, int):
            return int.__repr__(k)
        if self.skipkeys:
            return None
        raise TypeError("keys must be str, int, float, bool or None, not "
                        + type(k).__name__)

    def object(self, mapping, level):
        """The pieces of a dict whose items are at nesting level + 1."""
        if not mapping:
            yield "{}"
            return
        key = self.enter(mapping)
        yield "{"
        between = self.item_separator
        if self.indent is not None:
            level += 1
            inner = "\n" + self.indent * level
            between += inner
            yield inner
        items = sorted(mapping.items()) if self.sort_keys else mapping.items()
        first = True
        for k, v in items:
            k = self.key_text(k)
            if k is None:
                continue
            if first:
                first = False
            else:
                yield between
            yield self.quote(k)
            yield self.key_separator
            text = self.scalar(v)
            if text is not None:
                yield text
            else:
                yield from self.compound(v, level)
        if self.indent is not None:
            yield "\n" + self.indent * (level - 1)
        yield "}"
        self.leave(key)


class JSONEncoder:
    """Turns Python objects into JSON text: dicts become objects (their keys
    strings), lists and tuples arrays, str strings, int and float numbers,
    True/False/None true/false/null.

    For other types, subclass it and override `default`, which receives the
    object and returns a stand-in of the types above (or raises TypeError).
    The constructor's keyword-only options are described in `json.dumps`.
    """

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        # Plain attributes: a caller may change them before the next encode.
        (self.skipkeys, self.ensure_ascii, self.check_circular, self.allow_nan,
         self.sort_keys, self.indent) = (skipkeys, ensure_ascii, check_circular,
                                         allow_nan, sort_keys, indent)
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            # One item per line: no trailing blank after the comma.
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Called with each object of no JSON type; returns what to write in
        its place. This one refuses with TypeError. A subclass that writes
        dates as ISO text could say:

            def default(self, o):
                if isinstance(o, datetime.date):
                    return o.isoformat()
                return super().default(o)
        """
        raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)

    def encode(self, o):
        """The JSON text of `o`, as a str."""
        if isinstance(o, str):
            # A lone string is quoted directly (iterencode is not consulted).
            quote = encode_basestring_ascii if self.ensure_ascii else encode_basestring
            return quote(o)
        if _json is not None and type(self).iterencode is JSONEncoder.iterencode:
            return _json.encode(o, self, _BASE_DEFAULT)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of `o` as an iterable of str pieces, to be written
        out one after the other (as `json.dump` does)."""
        if _json is None:
            return _PyEncoding(self).value(o, 0)
        # The native encoder reads the options from this object's attributes.
        if _one_shot:
            return [_json.encode(o, self, _BASE_DEFAULT)]
        return _written_lazily(o, self)


# JSONEncoder's own `default`, as defined above (even if the class attribute is
# replaced later): an encoder whose `default` is this one gets the native
# encoder's TypeError, without a call back into Python.
_BASE_DEFAULT = JSONEncoder.default

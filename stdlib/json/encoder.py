"""The JSON encoder of the `json` package: `JSONEncoder` and the string
quoting helpers. The encoding itself is done by the native `_json.encode`,
which calls back into Python only for `default` and for instances of
subclasses of the builtin types."""

import _json

__all__ = ["JSONEncoder", "encode_basestring", "encode_basestring_ascii"]

INFINITY = float("inf")

encode_basestring = _json.encode_basestring
encode_basestring_ascii = _json.encode_basestring_ascii
c_encode_basestring = encode_basestring
c_encode_basestring_ascii = encode_basestring_ascii


def _written_lazily(obj, encoder):
    """The chunks of `iterencode`: produced when first asked for. What was
    written before a failure comes out before the exception is raised, so
    `dump` leaves it in the file as CPython does."""
    text, failure = _json.encode_partial(obj, encoder, _BASE_DEFAULT)
    if text:
        yield text
    if failure is not None:
        raise failure


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
        if type(self).iterencode is JSONEncoder.iterencode:
            return _json.encode(o, self, _BASE_DEFAULT)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The JSON text of `o` as an iterable of str pieces, to be written
        out one after the other (as `json.dump` does)."""
        # The native encoder reads the options from this object's attributes.
        if _one_shot:
            return [_json.encode(o, self, _BASE_DEFAULT)]
        return _written_lazily(o, self)


# JSONEncoder's own `default`, as defined above (even if the class attribute is
# replaced later): an encoder whose `default` is this one gets the native
# encoder's TypeError, without a call back into Python.
_BASE_DEFAULT = JSONEncoder.default

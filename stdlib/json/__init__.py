"""Reading and writing JSON (RFC 8259), the `json` module of Python 3.11.

    >>> import json
    >>> json.dumps({"name": "coil", "tags": ["fast", None]})
    '{"name": "coil", "tags": ["fast", null]}'
    >>> json.loads('[1, 2.5, "x", true]')
    [1, 2.5, 'x', True]

`dumps`/`dump` turn Python objects into JSON text and `loads`/`load` turn
JSON text back into Python objects. `JSONEncoder` and `JSONDecoder` carry the
options and may be subclassed (override `default` to serialise more types);
pass the subclass as `cls=`. Malformed input raises `JSONDecodeError`, a
ValueError that knows where in the document the problem is.

The work itself is done by the native module `_json`; when it is missing
(blocked, as CPython's tests do) the pure-Python code of `json.decoder`,
`json.scanner` and `json.encoder` does it.
"""

try:
    import _json
except ImportError:
    _json = None
from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder, _BASE_DEFAULT

__version__ = "2.0.9"
__all__ = ["dump", "dumps", "load", "loads", "JSONDecoder", "JSONDecodeError", "JSONEncoder"]
__author__ = "coil"

# Shared instances for calls that change no option.
_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _encoder_for(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                 indent, separators, default, sort_keys, extra):
    """The encoder a dump/dumps call asks for (the shared one when it can)."""
    plain = (cls is None and not extra and not skipkeys and ensure_ascii
             and check_circular and allow_nan and indent is None
             and separators is None and default is None and not sort_keys)
    if plain:
        return _default_encoder
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **extra)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Return `obj` as a JSON formatted str.

    skipkeys: leave out dict keys that are not str, int, float, bool or None
    (instead of raising TypeError). ensure_ascii: escape every non-ASCII
    character. check_circular: detect containers that contain themselves
    (ValueError) instead of recursing until RecursionError. allow_nan: write
    NaN and the infinities as JavaScript does (otherwise ValueError).
    indent: an int (spaces) or a str for each nesting level, one item per
    line; None is the compact one-line form. separators: the pair
    (item_separator, key_separator). default: a function returning a
    serialisable stand-in for any other object. sort_keys: write dict items
    ordered by key. cls: a JSONEncoder subclass to use; further keyword
    arguments go to its constructor.
    """
    if _json is not None and cls is None and not kw and indent is None and separators is None \
            and default is None and ensure_ascii and check_circular \
            and allow_nan and not skipkeys and not sort_keys:
        return _json.encode(obj, _default_encoder, _BASE_DEFAULT)
    encoder = _encoder_for(cls, skipkeys, ensure_ascii, check_circular,
                           allow_nan, indent, separators, default, sort_keys, kw)
    return encoder.encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write `obj` as JSON to the file-like `fp` (anything with `.write(str)`).

    The options are those of `dumps`.
    """
    encoder = _encoder_for(cls, skipkeys, ensure_ascii, check_circular,
                           allow_nan, indent, separators, default, sort_keys, kw)
    for piece in encoder.iterencode(obj):
        fp.write(piece)


def detect_encoding(b):
    """Guess the encoding of JSON bytes: a byte order mark if there is one,
    else the pattern of zero bytes that ASCII text leaves in UTF-16 and UTF-32
    (JSON text starts with an ASCII character)."""
    head = bytes(b[:4])
    if head.startswith((b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00")):
        return "utf-32"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    n = len(head)
    if n >= 4:
        if head[0] == 0:
            return "utf-16-be" if head[1] else "utf-32-be"
        if head[1] == 0:
            return "utf-32-le" if head[2] == 0 and head[3] == 0 else "utf-16-le"
    elif n == 2:
        if head[0] == 0:
            return "utf-16-be"
        if head[1] == 0:
            return "utf-16-le"
    return "utf-8"


def _wide_units(data, width, big):
    """The code units of UTF-16 (width 2) or UTF-32 (width 4) bytes."""
    units = []
    for start in range(0, len(data) - width + 1, width):
        chunk = data[start:start + width]
        if not big:
            chunk = chunk[::-1]
        value = 0
        for byte in chunk:
            value = value * 256 + byte
        units.append(value)
    if len(data) % width:
        raise UnicodeDecodeError("utf-%d-%s" % (width * 8, "be" if big else "le"),
                                 bytes(data), len(data) - len(data) % width,
                                 len(data), "truncated data")
    return units


def _decode_wide(data, encoding):
    """Decode UTF-16/UTF-32 bytes (coil's bytes.decode knows only the 8-bit codecs)."""
    width = 4 if encoding.startswith("utf-32") else 2
    big = encoding.endswith("-be")
    if encoding in ("utf-16", "utf-32"):
        # Byte order mark: FF FE ... is little-endian.
        big = data[0] != 0xFF
        data = data[width:]
    units = _wide_units(data, width, big)
    out = []
    i = 0
    while i < len(units):
        unit = units[i]
        i += 1
        if width == 2 and 0xD800 <= unit < 0xDC00 and i < len(units) and 0xDC00 <= units[i] < 0xE000:
            unit = 0x10000 + ((unit - 0xD800) << 10) + (units[i] - 0xDC00)
            i += 1
        if 0xD800 <= unit < 0xE000:
            unit = 0xFFFD
        out.append(chr(unit))
    return "".join(out)


try:
    _BINARY = (bytes, bytearray)
except NameError:  # coil has no bytearray yet
    _BINARY = (bytes,)


def _as_text(s):
    if isinstance(s, str):
        if s[:1] == "\ufeff":
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
        return s
    if not isinstance(s, _BINARY):
        raise TypeError("the JSON object must be str, bytes or bytearray, not "
                        + type(s).__name__)
    encoding = detect_encoding(s)
    if encoding == "utf-8-sig":
        return bytes(s[3:]).decode("utf-8")
    if encoding == "utf-8":
        return bytes(s).decode("utf-8")
    return _decode_wide(bytes(s), encoding)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Return the Python object that the JSON document `s` (str, bytes or
    bytearray) holds.

    object_hook is called with every decoded JSON object (a dict) and its
    result used in its place; object_pairs_hook is called instead with the
    object's (key, value) pairs in order, and wins over object_hook.
    parse_float, parse_int and parse_constant are called with the text of
    every float, every int, and each of -Infinity, Infinity and NaN.
    cls: a JSONDecoder subclass to use; further keyword arguments (such as
    strict=False, which allows control characters inside strings) go to its
    constructor.
    """
    if type(s) is not str or s[:1] == "\ufeff":
        s = _as_text(s)
    if cls is None and not kw and object_hook is None and object_pairs_hook is None \
            and parse_float is None and parse_int is None and parse_constant is None:
        if _json is None:
            return _default_decoder.decode(s)
        return _json.decode(s, _default_decoder._settings)
    for name, hook in (("object_hook", object_hook), ("parse_float", parse_float),
                       ("parse_int", parse_int), ("parse_constant", parse_constant),
                       ("object_pairs_hook", object_pairs_hook)):
        if hook is not None:
            kw[name] = hook
    return (JSONDecoder if cls is None else cls)(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Read the file-like `fp` (anything with `.read()`) to its end and
    decode the JSON document in it; the options are those of `loads`."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)

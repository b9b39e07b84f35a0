"""`make_scanner`: the value-at-an-index reader of a decoder's settings.

`c_make_scanner` uses the native `_json` module; `py_make_scanner` is the
pure-Python reader used when `_json` is missing (None when it is missing).
"""

try:
    import _json
except ImportError:
    _json = None

__all__ = ["make_scanner"]

_NAMED_FLOATS = {"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}
# One bound method, kept so that the default can be recognised (and left to
# the native scanner, which makes the same floats).
_named_float = _NAMED_FLOATS.__getitem__

_matchers = {}


def _compiled(name, pattern):
    """The match method of `pattern`, compiled on first use (importing json
    does not import re)."""
    found = _matchers.get(name)
    if found is None:
        import re
        found = _matchers[name] = re.compile(pattern).match
    return found


def _number_matcher():
    """Matches a JSON number: groups (integer part, fraction, exponent)."""
    return _compiled("number", r"(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?")


_BLANKS = frozenset(" \t\n\r")


def _skip_blanks(s, i):
    """The first index at or after i that is not JSON whitespace (a loop:
    a regular expression costs more for the usual zero or one blank)."""
    while s[i:i + 1] in _BLANKS:
        i += 1
    return i


def py_make_scanner(context):
    """A function scan_once(string, idx) -> (value, end) reading with the
    options of `context` (a JSONDecoder), in pure Python. Where a value is
    missing (at idx or inside an array or object) it raises StopIteration
    with the index as its value; other malformed input raises
    JSONDecodeError. Containers and strings are read by the context's
    parse_object, parse_array and parse_string."""
    # Everything is read from the context now: later changes to it are not seen.
    parse_object, parse_array, parse_string = (
        context.parse_object, context.parse_array, context.parse_string)
    strict, memo = context.strict, context.memo
    parse_int, parse_float, parse_constant = (
        context.parse_int, context.parse_float, context.parse_constant)
    object_hook, object_pairs_hook = context.object_hook, context.object_pairs_hook
    number = _number_matcher()

    def read(string, idx):
        try:
            first = string[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if first == '"':
            return parse_string(string, idx + 1, strict)
        if first == "{":
            return parse_object((string, idx + 1), strict, read, object_hook,
                                object_pairs_hook, memo)
        if first == "[":
            return parse_array((string, idx + 1), read)
        if first == "n" and string[idx:idx + 4] == "null":
            return None, idx + 4
        if first == "t" and string[idx:idx + 4] == "true":
            return True, idx + 4
        if first == "f" and string[idx:idx + 5] == "false":
            return False, idx + 5
        found = number(string, idx)
        if found is not None:
            whole, fraction, exponent = found.groups()
            if fraction is None and exponent is None:
                return parse_int(whole), found.end()
            return parse_float(whole + (fraction or "") + (exponent or "")), found.end()
        for name in ("NaN", "Infinity", "-Infinity"):
            if first == name[0] and string[idx:idx + len(name)] == name:
                return parse_constant(name), idx + len(name)
        raise StopIteration(idx)

    def scan_once(string, idx):
        try:
            return read(string, idx)
        finally:
            memo.clear()

    return scan_once


def _native_settings(context):
    """The options of `context` (a JSONDecoder) as the native scanner takes
    them, read once: later changes to the decoder's attributes are not seen,
    as with CPython's scanner."""
    from .decoder import _native_error
    constant = context.parse_constant
    if constant is _named_float:
        constant = None
    return (bool(context.strict), context.object_hook, context.object_pairs_hook,
            context.parse_float, context.parse_int, constant, _native_error)


def c_make_scanner(context):
    """A function scan_once(string, idx) -> (value, end) reading with the
    options of `context` (a JSONDecoder) natively. Where a value is missing
    (at idx or inside an array or object) it raises StopIteration with the
    index as its value; other malformed input raises JSONDecodeError."""
    settings = _native_settings(context)

    def scan_once(string, idx):
        try:
            return _json.scan(string, idx, settings)
        except ValueError as problem:
            if getattr(problem, "msg", None) == "Expecting value":
                raise StopIteration(problem.pos) from None
            raise

    return scan_once


if _json is None:
    c_make_scanner = None
make_scanner = c_make_scanner or py_make_scanner

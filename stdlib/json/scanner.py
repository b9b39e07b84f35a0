"""`make_scanner`: the value-at-an-index reader of a decoder's settings."""

import _json

__all__ = ["make_scanner"]

_NAMED_FLOATS = {"-Infinity": float("-inf"), "Infinity": float("inf"), "NaN": float("nan")}
# One bound method, kept so that the default can be recognised (and left to
# the native scanner, which makes the same floats).
_named_float = _NAMED_FLOATS.__getitem__


def _native_settings(context):
    """The options of `context` (a JSONDecoder) as the native scanner takes
    them, read once: later changes to the decoder's attributes are not seen,
    as with CPython's scanner."""
    from .decoder import JSONDecodeError
    constant = context.parse_constant
    if constant is _named_float:
        constant = None
    return (bool(context.strict), context.object_hook, context.object_pairs_hook,
            context.parse_float, context.parse_int, constant, JSONDecodeError)


def make_scanner(context):
    """A function scan_once(string, idx) -> (value, end) reading with the
    options of `context` (a JSONDecoder). Where a value is missing (at idx
    or inside an array or object) it raises StopIteration with the index as
    its value; other malformed input raises JSONDecodeError."""
    settings = _native_settings(context)
    error = settings[-1]

    def scan_once(string, idx):
        try:
            return _json.scan(string, idx, settings)
        except error as problem:
            if problem.msg == "Expecting value":
                raise StopIteration(problem.pos) from None
            raise

    return scan_once

"""HTML escaping helpers (coil's own implementation)."""

import re as _re

from html.entities import html5 as _named

__all__ = ["escape", "unescape"]


def escape(s, quote=True):
    """Replace &, < and > (and, with *quote*, both quote marks) by references."""
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;").replace("'", "&#x27;")
    return s


# Numeric references 0x80-0x9f name windows-1252 characters in HTML5, except
# the five positions that code page leaves undefined (those stay as they are).
_C1_REMAP = {0x00: "\ufffd", 0x0d: "\r"}
for _n in range(0x80, 0xa0):
    try:
        _C1_REMAP[_n] = bytes([_n]).decode("cp1252")
    except (UnicodeDecodeError, LookupError):
        _C1_REMAP[_n] = chr(_n)
del _n


def _dropped(n):
    """Code points that a numeric reference may not produce: they vanish."""
    if n <= 0x1f:
        return n != 0x09 and n != 0x0a and n != 0x0c and n != 0x0d and n != 0
    if n == 0x7f or 0xfdd0 <= n <= 0xfdef:
        return True
    return (n & 0xfffe) == 0xfffe


def _numeric(body):
    digits = body.rstrip(";")
    if digits[:1] in "xX" and digits:
        n = int(digits[1:], 16)
    else:
        n = int(digits)
    if n in _C1_REMAP:
        return _C1_REMAP[n]
    if n > 0x10ffff or 0xd800 <= n <= 0xdfff:
        return "\ufffd"
    if _dropped(n):
        return ""
    return chr(n)


def _resolve(match):
    body = match.group(1)
    if body.startswith("#"):
        return _numeric(body[1:])
    if body in _named:
        return _named[body]
    # Longest known name that prefixes the text (legacy, unterminated forms).
    for cut in range(len(body) - 1, 1, -1):
        head = body[:cut]
        if head in _named:
            return _named[head] + body[cut:]
    return "&" + body


_REFERENCE = _re.compile(
    r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


def unescape(s):
    """Replace every character reference in *s* by the character it names."""
    if "&" not in s:
        return s
    return _REFERENCE.sub(_resolve, s)

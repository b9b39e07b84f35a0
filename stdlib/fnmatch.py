"""Shell-style wildcard matching of file names.

Patterns use the Unix shell conventions:

    *       any run of characters (possibly empty)
    ?       exactly one character
    [seq]   one character out of seq (ranges like a-z allowed)
    [!seq]  one character not in seq

fnmatch() folds case the way os.path.normcase does; fnmatchcase() does not.
translate() gives the regular expression text equivalent to a pattern.
coil has no `re`, so matching here is done by a small matcher of its own that
reads the same compiled form translate() renders.
"""

import os
import posixpath

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

try:
    _BYTES_TYPES = (bytes, bytearray)
except NameError:  # coil has no bytearray yet
    _BYTES_TYPES = (bytes,)

# Characters re.escape() prefixes with a backslash outside a character class.
_REGEX_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")
# Characters escaped inside a class so they cannot read as set operations.
_SETOP_CHARS = frozenset("&~|")


def _quote_char(ch):
    return "\\" + ch if ch in _REGEX_SPECIAL else ch


def _quote_in_class(ch):
    if ch == "\\":
        return "\\\\"
    if ch == "-":
        return "\\-"
    return ch


# --- reading a pattern -------------------------------------------------------
#
# A pattern becomes a list of pieces:
#   ("text", s)     literal characters
#   ("one",)        '?'
#   ("star",)       one or more '*' in a row
#   ("class", body) a bracket expression; body is the regex class text
#                   (without the brackets) or None for "matches nothing"


def _read_class(pat, start):
    """Read a bracket expression whose '[' is at pat[start].

    Returns (piece, next_index), or None when the bracket is not closed
    (then the '[' is an ordinary character)."""
    n = len(pat)
    pos = start + 1
    negate = False
    if pos < n and pat[pos] == "!":
        negate = True
        pos += 1
    first = pos
    # A ']' right at the start belongs to the set.
    if pos < n and pat[pos] == "]":
        pos += 1
    close = pat.find("]", pos)
    if close < 0:
        return None
    content = pat[first:close]
    # Split the content into single characters and lo-hi ranges, reading
    # left to right: a character followed by '-' and another character is a
    # range; any other '-' stands for itself.
    items = []
    k = 0
    m = len(content)
    while k < m:
        if k + 2 < m and content[k + 1] == "-":
            items.append((content[k], content[k + 2]))
            k += 3
        else:
            items.append((content[k], None))
            k += 1
    # Ranges running backwards match nothing; leave them out.
    kept = [it for it in items if it[1] is None or it[0] <= it[1]]
    parts = []
    for lo, hi in kept:
        if hi is None:
            parts.append(_quote_in_class(lo))
        else:
            parts.append(_quote_in_class(lo) + "-" + _quote_in_class(hi))
    text = "".join(parts)
    text = "".join("\\" + c if c in _SETOP_CHARS else c for c in text)
    if negate:
        text = "!" + text
    if not text:
        return ("class", None), close + 1
    if text == "!":
        # Negation of an empty set: any character.
        return ("one",), close + 1
    if text[0] == "!":
        text = "^" + text[1:]
    elif text[0] in "^[":
        text = "\\" + text
    return ("class", text), close + 1


def _parse(pat):
    pieces = []
    literal = []
    i = 0
    n = len(pat)

    def flush():
        if literal:
            pieces.append(("text", "".join(literal)))
            literal.clear()

    while i < n:
        ch = pat[i]
        if ch == "*":
            flush()
            if not pieces or pieces[-1][0] != "star":
                pieces.append(("star",))
            i += 1
        elif ch == "?":
            flush()
            pieces.append(("one",))
            i += 1
        elif ch == "[":
            found = _read_class(pat, i)
            if found is None:
                literal.append("[")
                i += 1
            else:
                flush()
                pieces.append(found[0])
                i = found[1]
        else:
            literal.append(ch)
            i += 1
    flush()
    return pieces


def _render_piece(piece):
    kind = piece[0]
    if kind == "text":
        return "".join(_quote_char(c) for c in piece[1])
    if kind == "one":
        return "."
    if piece[1] is None:
        return "(?!)"
    return "[" + piece[1] + "]"


def translate(pat):
    """Return the regular expression text matching the shell pattern pat."""
    if not isinstance(pat, str):
        if isinstance(pat, _BYTES_TYPES) and len(pat):
            raise TypeError("decoding to str: need a bytes-like object, int found")
        if not isinstance(pat, _BYTES_TYPES):
            raise TypeError("object of type '%s' has no len()" % type(pat).__name__)
    pieces = _parse(pat)
    # Group the pieces into runs separated by stars.
    runs = [[]]
    for piece in pieces:
        if piece[0] == "star":
            runs.append([])
        else:
            runs[-1].append(piece)
    out = ["".join(_render_piece(p) for p in runs[0])]
    if len(runs) > 1:
        for middle in runs[1:-1]:
            out.append("(?>.*?" + "".join(_render_piece(p) for p in middle) + ")")
        out.append(".*" + "".join(_render_piece(p) for p in runs[-1]))
    return "(?s:" + "".join(out) + ")\\Z"


# --- matching ----------------------------------------------------------------


def _class_members(body):
    """Turn regex class text into (negated, singles, ranges)."""
    negated = False
    pos = 0
    if body.startswith("^"):
        negated = True
        pos = 1
    atoms = []
    n = len(body)
    while pos < n:
        c = body[pos]
        if c == "\\" and pos + 1 < n:
            atoms.append((body[pos + 1], True))
            pos += 2
        else:
            atoms.append((c, False))
            pos += 1
    singles = set()
    ranges = []
    j = 0
    while j < len(atoms):
        ch, escaped = atoms[j]
        if (j + 2 < len(atoms) and atoms[j + 1] == ("-", False)):
            hi = atoms[j + 2][0]
            if ch <= hi:
                ranges.append((ch, hi))
            j += 3
        else:
            singles.add(ch)
            j += 1
    return negated, frozenset(singles), tuple(ranges)


class _Matcher:
    __slots__ = ("steps",)

    def __init__(self, pat):
        steps = []
        for piece in _parse(pat):
            kind = piece[0]
            if kind == "text":
                for c in piece[1]:
                    steps.append(("c", c))
            elif kind == "class":
                if piece[1] is None:
                    steps.append(("none",))
                else:
                    steps.append(("set",) + _class_members(piece[1]))
            else:
                steps.append((kind,))
        self.steps = steps

    @staticmethod
    def _accepts(step, ch):
        kind = step[0]
        if kind == "c":
            return step[1] == ch
        if kind == "one":
            return True
        if kind == "none":
            return False
        negated, singles, ranges = step[1], step[2], step[3]
        hit = ch in singles
        if not hit:
            for lo, hi in ranges:
                if lo <= ch <= hi:
                    hit = True
                    break
        return hit != negated

    def match(self, name):
        steps = self.steps
        nsteps = len(steps)
        nname = len(name)
        si = 0
        ni = 0
        resume_step = -1
        resume_name = 0
        accepts = self._accepts
        while ni < nname:
            if si < nsteps:
                step = steps[si]
                if step[0] == "star":
                    resume_step = si
                    resume_name = ni
                    si += 1
                    continue
                if accepts(step, name[ni]):
                    si += 1
                    ni += 1
                    continue
            if resume_step < 0:
                return False
            # Let the last star swallow one more character and retry.
            resume_name += 1
            ni = resume_name
            si = resume_step + 1
        while si < nsteps and steps[si][0] == "star":
            si += 1
        return si == nsteps


_cache = {}
_CACHE_LIMIT = 32768


def _matcher_for(pat):
    key = (type(pat), pat)
    found = _cache.get(key)
    if found is None:
        text = pat.decode("latin-1") if isinstance(pat, bytes) else pat
        found = _Matcher(text)
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        _cache[key] = found
    return found


def _check_kinds(name, pat):
    if isinstance(pat, str):
        if not isinstance(name, str):
            raise TypeError("cannot use a string pattern on a bytes-like object")
    elif isinstance(pat, _BYTES_TYPES):
        if isinstance(name, str):
            raise TypeError("cannot use a bytes pattern on a string-like object")
        if not isinstance(name, _BYTES_TYPES):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(name).__name__)
    else:
        raise TypeError("first argument must be string or compiled pattern")


def fnmatchcase(name, pat):
    """Test whether name matches pat, comparing case exactly."""
    _check_kinds(name, pat)
    if not isinstance(name, (str, bytes)):
        name = bytes(name)
    if not isinstance(pat, (str, bytes)):
        pat = bytes(pat)
    if isinstance(name, bytes):
        name = name.decode("latin-1")
    return _matcher_for(pat).match(name)


def fnmatch(name, pat):
    """Test whether name matches pat, after os.path.normcase of both."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    """Return the subset of names that match pat."""
    pat = os.path.normcase(pat)
    folding = os.path is not posixpath
    kept = []
    for name in names:
        candidate = os.path.normcase(name) if folding else name
        _check_kinds(candidate, pat)
        if fnmatchcase(candidate, pat):
            kept.append(name)
    return kept

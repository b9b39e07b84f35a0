"""Text for unittest's failure messages: a line diff in the "- / + / ?" style
and a pretty printer for containers, both producing what CPython's unittest
shows (CPython builds them on difflib and pprint, which coil does not have).

The matcher pairs the longest run of equal elements, then recurses on both
sides of it (the Ratcliff/Obershelp idea). Elements that are "junk" (blanks
inside a line) never start a run but may extend one; in long sequences,
elements that occur in more than 1% of the positions are ignored as anchors.
"""


class Matcher:
    """Compares two sequences a and b of hashable elements."""

    def __init__(self, a, b, is_junk=None):
        self.a = a
        self.b = b
        self._index_b(is_junk)
        self._blocks = None

    def _index_b(self, is_junk):
        where = {}
        for pos, item in enumerate(self.b):
            where.setdefault(item, []).append(pos)
        junk = set()
        if is_junk is not None:
            for item in list(where):
                if is_junk(item):
                    junk.add(item)
                    del where[item]
        n = len(self.b)
        if n >= 200:
            limit = n // 100 + 1
            for item in [k for k, v in where.items() if len(v) > limit]:
                del where[item]
        self._where = where
        self._junk = junk

    def _longest(self, alo, ahi, blo, bhi):
        """(i, j, size) of the longest a[i:i+size] == b[j:j+size] inside the
        given ranges, the earliest in a (then in b) among the longest."""
        a, b, where, junk = self.a, self.b, self._where, self._junk
        best_i, best_j, best = alo, blo, 0
        run_at = {}
        for i in range(alo, ahi):
            next_run = {}
            for j in where.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                size = run_at.get(j - 1, 0) + 1
                next_run[j] = size
                if size > best:
                    best_i, best_j, best = i - size + 1, j - size + 1, size
            run_at = next_run
        # Grow the run over equal neighbours that were not usable as anchors:
        # first the non-junk ones, then the junk ones.
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo
                   and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best += 1
            while (best_i + best < ahi and best_j + best < bhi
                   and (b[best_j + best] in junk) == want_junk
                   and a[best_i + best] == b[best_j + best]):
                best += 1
        return best_i, best_j, best

    def blocks(self):
        """Matching runs (i, j, size) in order, merged when adjacent, ending
        with the sentinel (len(a), len(b), 0)."""
        if self._blocks is not None:
            return self._blocks
        found = []
        pending = [(0, len(self.a), 0, len(self.b))]
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, size = self._longest(alo, ahi, blo, bhi)
            if size:
                found.append((i, j, size))
                if alo < i and blo < j:
                    pending.append((alo, i, blo, j))
                if i + size < ahi and j + size < bhi:
                    pending.append((i + size, ahi, j + size, bhi))
        found.sort()
        merged = []
        for i, j, size in found:
            if merged:
                pi, pj, psize = merged[-1]
                if pi + psize == i and pj + psize == j:
                    merged[-1] = (pi, pj, psize + size)
                    continue
            merged.append((i, j, size))
        merged.append((len(self.a), len(self.b), 0))
        self._blocks = merged
        return merged

    def opcodes(self):
        """(tag, i1, i2, j1, j2) steps turning a into b; tag is one of
        'equal', 'replace', 'delete', 'insert'."""
        steps = []
        i = j = 0
        for bi, bj, size in self.blocks():
            if i < bi and j < bj:
                steps.append(("replace", i, bi, j, bj))
            elif i < bi:
                steps.append(("delete", i, bi, j, bj))
            elif j < bj:
                steps.append(("insert", i, bi, j, bj))
            i, j = bi + size, bj + size
            if size:
                steps.append(("equal", bi, i, bj, j))
        return steps

    def ratio(self):
        matched = sum(size for _, _, size in self.blocks())
        return _score(matched, len(self.a) + len(self.b))

    def rough_ratio(self):
        """Upper bound of ratio() from the elements shared, ignoring order."""
        have = {}
        for item in self.b:
            have[item] = have.get(item, 0) + 1
        common = 0
        for item in self.a:
            left = have.get(item, 0)
            if left > 0:
                have[item] = left - 1
                common += 1
        return _score(common, len(self.a) + len(self.b))

    def length_ratio(self):
        """Upper bound of ratio() from the lengths alone."""
        la, lb = len(self.a), len(self.b)
        return _score(min(la, lb), la + lb)


def _score(matched, total):
    return 2.0 * matched / total if total else 1.0


def _blank(ch):
    return ch == " " or ch == "\t"


def diff_lines(a, b):
    """The human diff of two lists of lines: every line prefixed with
    '  ' (in both), '- ' (only in a), '+ ' (only in b), plus '? ' lines
    pointing at the changed characters of similar lines."""
    out = []
    for tag, i1, i2, j1, j2 in Matcher(a, b).opcodes():
        if tag == "equal":
            out.extend("  " + line for line in a[i1:i2])
        elif tag == "delete":
            out.extend("- " + line for line in a[i1:i2])
        elif tag == "insert":
            out.extend("+ " + line for line in b[j1:j2])
        else:
            _replaced(a, i1, i2, b, j1, j2, out)
    return out


_SIMILAR = 0.75


def _replaced(a, alo, ahi, b, blo, bhi, out):
    """Lines a[alo:ahi] were replaced by b[blo:bhi]: pair the most similar
    two lines (if similar enough) and show their differences in detail."""
    best, best_i, best_j = 0.74, None, None
    same_i = same_j = None
    for j in range(blo, bhi):
        for i in range(alo, ahi):
            if a[i] == b[j]:
                if same_i is None:
                    same_i, same_j = i, j
                continue
            m = Matcher(a[i], b[j], _blank)
            if (m.length_ratio() > best and m.rough_ratio() > best
                    and m.ratio() > best):
                best, best_i, best_j = m.ratio(), i, j
    if best < _SIMILAR:
        if same_i is None:
            _side_by_side(a, alo, ahi, b, blo, bhi, out)
            return
        best_i, best_j = same_i, same_j
    else:
        same_i = None
    _between(a, alo, best_i, b, blo, best_j, out)
    left, right = a[best_i], b[best_j]
    if same_i is None:
        marks_left, marks_right = [], []
        for tag, i1, i2, j1, j2 in Matcher(left, right, _blank).opcodes():
            if tag == "replace":
                marks_left.append("^" * (i2 - i1))
                marks_right.append("^" * (j2 - j1))
            elif tag == "delete":
                marks_left.append("-" * (i2 - i1))
            elif tag == "insert":
                marks_right.append("+" * (j2 - j1))
            else:
                marks_left.append(" " * (i2 - i1))
                marks_right.append(" " * (j2 - j1))
        _marked(left, "".join(marks_left), "- ", out)
        _marked(right, "".join(marks_right), "+ ", out)
    else:
        out.append("  " + left)
    _between(a, best_i + 1, ahi, b, best_j + 1, bhi, out)


def _between(a, alo, ahi, b, blo, bhi, out):
    if alo < ahi:
        if blo < bhi:
            _replaced(a, alo, ahi, b, blo, bhi, out)
        else:
            out.extend("- " + line for line in a[alo:ahi])
    elif blo < bhi:
        out.extend("+ " + line for line in b[blo:bhi])


def _side_by_side(a, alo, ahi, b, blo, bhi, out):
    removed = ["- " + line for line in a[alo:ahi]]
    added = ["+ " + line for line in b[blo:bhi]]
    if bhi - blo < ahi - alo:
        out.extend(added)
        out.extend(removed)
    else:
        out.extend(removed)
        out.extend(added)


def _marked(line, marks, prefix, out):
    out.append(prefix + line)
    # Under blanks of the line itself the guide keeps them (so tabs line up).
    guide = "".join(ch if m == " " and ch.isspace() else m
                    for ch, m in zip(line, marks)).rstrip()
    if guide:
        out.append("? %s\n" % guide)


# ---------------------------------------------------------------------------
# Pretty printing, as pprint.pformat(obj) lays out containers (width 80).

_WIDTH = 80


def pformat(obj):
    parts = []
    _Layout(parts.append).emit(obj, 0, 0, 1)
    return "".join(parts)


class _Unsortable:
    """Sort key that orders values of mixed types without failing."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            mine = (str(type(self.value)), id(self.value))
            theirs = (str(type(other.value)), id(other.value))
            return mine < theirs


def _ordered(items, key=None):
    if key is None:
        return sorted(items, key=_Unsortable)
    return sorted(items, key=lambda item: key(item))


def _pair_key(pair):
    return (_Unsortable(pair[0]), _Unsortable(pair[1]))


class _Layout:

    def __init__(self, write):
        self.write = write
        self.active = set()

    # One-line text, as pprint shows it (dicts with sorted keys).
    def flat(self, obj):
        kind = type(obj)
        r = kind.__repr__
        if (issubclass(kind, dict) and r is dict.__repr__) or \
           (issubclass(kind, (list, tuple)) and r in (list.__repr__, tuple.__repr__)):
            if not obj:
                return repr(obj)
            key = id(obj)
            if key in self.active:
                return "<Recursion on %s with id=%s>" % (kind.__name__, key)
            self.active.add(key)
            try:
                if issubclass(kind, dict):
                    inner = ", ".join("%s: %s" % (self.flat(k), self.flat(v))
                                      for k, v in _ordered(obj.items(), _pair_key))
                    return "{%s}" % inner
                inner = ", ".join(self.flat(item) for item in obj)
                if issubclass(kind, list):
                    return "[%s]" % inner
                if len(obj) == 1:
                    inner += ","
                return "(%s)" % inner
            finally:
                self.active.discard(key)
        return repr(obj)

    def emit(self, obj, indent, allowance, level):
        text = self.flat(obj)
        if len(text) <= _WIDTH - indent - allowance:
            self.write(text)
            return
        kind = type(obj)
        r = kind.__repr__
        if issubclass(kind, str) and r is str.__repr__:
            self.emit_str(obj, indent, allowance, level)
            return
        if issubclass(kind, dict) and r is dict.__repr__:
            shape = "dict"
        elif issubclass(kind, list) and r is list.__repr__:
            shape = "list"
        elif issubclass(kind, tuple) and r is tuple.__repr__:
            shape = "tuple"
        elif issubclass(kind, (set, frozenset)) and r in (set.__repr__, frozenset.__repr__):
            shape = "set"
        else:
            self.write(text)
            return
        key = id(obj)
        self.active.add(key)
        try:
            if shape == "dict":
                self.emit_dict(obj, indent, allowance, level)
            elif shape == "list":
                self.write("[")
                self.emit_items(obj, indent, allowance + 1, level, 1)
                self.write("]")
            elif shape == "tuple":
                close = ",)" if len(obj) == 1 else ")"
                self.write("(")
                self.emit_items(obj, indent, allowance + len(close), level, 1)
                self.write(close)
            elif kind is set:
                self.write("{")
                self.emit_items(_ordered(obj), indent, allowance + 1, level, 1)
                self.write("}")
            else:
                self.write(kind.__name__ + "({")
                self.emit_items(_ordered(obj), indent, allowance + 2, level,
                                len(kind.__name__) + 2)
                self.write("})")
        finally:
            self.active.discard(key)

    def emit_items(self, items, indent, allowance, level, opening):
        indent += opening
        count = len(items)
        for pos, item in enumerate(items):
            if pos:
                self.write(",\n" + " " * indent)
            self.emit(item, indent, allowance if pos == count - 1 else 1, level + 1)

    def emit_dict(self, obj, indent, allowance, level):
        self.write("{")
        indent += 1
        pairs = _ordered(obj.items(), _pair_key)
        count = len(pairs)
        for pos, (k, v) in enumerate(pairs):
            last = pos == count - 1
            key_text = self.flat(k)
            self.write(key_text + ": ")
            self.emit(v, indent + len(key_text) + 2, allowance + 1 if last else 1, level + 1)
            if not last:
                self.write(",\n" + " " * indent)
        self.write("}")

    def emit_str(self, text, indent, allowance, level):
        pieces = []
        lines = text.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        room = _WIDTH - indent
        for n, line in enumerate(lines):
            shown = repr(line)
            line_room = room - allowance if n == len(lines) - 1 else room
            if len(shown) <= line_room:
                pieces.append(shown)
                continue
            words = _words(line)
            chunk = ""
            for w, word in enumerate(words):
                word_room = room
                if n == len(lines) - 1 and w == len(words) - 1:
                    word_room -= allowance
                candidate = chunk + word
                if len(repr(candidate)) > word_room:
                    if chunk:
                        pieces.append(repr(chunk))
                    chunk = word
                else:
                    chunk = candidate
            if chunk:
                pieces.append(repr(chunk))
        if len(pieces) == 1:
            self.write(repr(text))
            return
        if level == 1:
            self.write("(")
        self.write(("\n" + " " * indent).join(pieces))
        if level == 1:
            self.write(")")


def _words(line):
    """line cut after each run of blanks: every piece is non-blanks then blanks."""
    pieces = []
    start = 0
    n = len(line)
    pos = 0
    while pos < n:
        while pos < n and not line[pos].isspace():
            pos += 1
        while pos < n and line[pos].isspace():
            pos += 1
        pieces.append(line[start:pos])
        start = pos
    return pieces

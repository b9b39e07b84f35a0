"""Tools for comparing sequences and producing differences between them.

SequenceMatcher pairs up the longest contiguous runs that two sequences have
in common (the Ratcliff/Obershelp "gestalt" approach), recursing on what is
left on both sides of each run.  On top of it sit Differ and ndiff (human
readable line deltas), unified_diff and context_diff (patch formats),
get_close_matches and HtmlDiff (a side by side HTML table).
"""

import re as _re
from collections import namedtuple as _namedtuple
from heapq import nlargest as _nlargest
from types import GenericAlias

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'HtmlDiff', 'Match']

Match = _namedtuple('Match', 'a b size')


def _proportion(same, total):
    if total:
        return 2.0 * same / total
    return 1.0


class SequenceMatcher:
    """Compares pairs of sequences of hashable elements.

    isjunk, when given, is a predicate telling which elements of b are junk:
    junk never anchors a matching run but may extend one.  With autojunk
    true, elements filling more than 1% of a b of 200 or more items are
    treated as "popular" and likewise not used as anchors.
    """

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set both sequences to compare."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence; the index built on b is kept."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence and index it."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        positions = {}
        for where, item in enumerate(self.b):
            slot = positions.get(item)
            if slot is None:
                positions[item] = [where]
            else:
                slot.append(where)
        junk = set()
        if self.isjunk is not None:
            for item in positions.keys():
                if self.isjunk(item):
                    junk.add(item)
            for item in junk:
                positions.pop(item)
        popular = set()
        size = len(self.b)
        if self.autojunk and size >= 200:
            most = size // 100 + 1
            for item, slot in positions.items():
                if len(slot) > most:
                    popular.add(item)
            for item in popular:
                positions.pop(item)
        self.b2j = positions
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """Longest matching block in a[alo:ahi] and b[blo:bhi], as
        Match(a, b, size); among equally long ones the one starting first in
        a, then first in b.  Match(alo, blo, 0) when nothing matches."""
        a, b = self.a, self.b
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        anchors = self.b2j
        junk = self.bjunk
        at_i, at_j, length = alo, blo, 0
        previous = {}
        for i in range(alo, ahi):
            current = {}
            for j in anchors.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                run = previous.get(j - 1, 0) + 1
                current[j] = run
                if run > length:
                    at_i = i - run + 1
                    at_j = j - run + 1
                    length = run
            previous = current
        # Widen the run over equal neighbours that could not anchor it:
        # popular elements first, then junk ones.
        for want in (False, True):
            while (at_i > alo and at_j > blo
                   and (b[at_j - 1] in junk) is want
                   and a[at_i - 1] == b[at_j - 1]):
                at_i -= 1
                at_j -= 1
                length += 1
            while (at_i + length < ahi and at_j + length < bhi
                   and (b[at_j + length] in junk) is want
                   and a[at_i + length] == b[at_j + length]):
                length += 1
        return Match(at_i, at_j, length)

    def get_matching_blocks(self):
        """List of Match(i, j, n) with a[i:i+n] == b[j:j+n], increasing in
        i and j, adjacent blocks merged, ending with Match(len(a), len(b), 0)."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        na, nb = len(self.a), len(self.b)
        found = []
        todo = [(0, na, 0, nb)]
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            hit = self.find_longest_match(alo, ahi, blo, bhi)
            i, j, k = hit
            if not k:
                continue
            found.append(hit)
            if alo < i and blo < j:
                todo.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                todo.append((i + k, ahi, j + k, bhi))
        found.sort()
        merged = []
        for i, j, k in found:
            if merged:
                pi, pj, pk = merged[-1]
                if pi + pk == i and pj + pk == j:
                    merged[-1] = (pi, pj, pk + k)
                    continue
            merged.append((i, j, k))
        merged.append((na, nb, 0))
        self.matching_blocks = [Match._make(t) for t in merged]
        return self.matching_blocks

    def get_opcodes(self):
        """List of 5-tuples (tag, i1, i2, j1, j2) describing how to turn a
        into b; tag is 'replace', 'delete', 'insert' or 'equal'."""
        if self.opcodes is not None:
            return self.opcodes
        steps = []
        i = j = 0
        for ai, bj, size in self.get_matching_blocks():
            if i < ai:
                steps.append(('replace' if j < bj else 'delete', i, ai, j, bj))
            elif j < bj:
                steps.append(('insert', i, ai, j, bj))
            i = ai + size
            j = bj + size
            if size:
                steps.append(('equal', ai, i, bj, j))
        self.opcodes = steps
        return steps

    def get_grouped_opcodes(self, n=3):
        """Yield groups of opcodes with at most n lines of context around
        each change."""
        # Like CPython, the trimmed context is written into the cached list.
        steps = self.get_opcodes()
        if not steps:
            steps = [('equal', 0, 1, 0, 1)]
        tag, i1, i2, j1, j2 = steps[0]
        if tag == 'equal':
            steps[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tag, i1, i2, j1, j2 = steps[-1]
        if tag == 'equal':
            steps[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))
        chunk = []
        for tag, i1, i2, j1, j2 in steps:
            if tag == 'equal' and i2 - i1 > 2 * n:
                chunk.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield chunk
                chunk = []
                i1 = max(i1, i2 - n)
                j1 = max(j1, j2 - n)
            chunk.append((tag, i1, i2, j1, j2))
        if chunk and (len(chunk) > 1 or chunk[0][0] != 'equal'):
            yield chunk

    def ratio(self):
        """Similarity in [0, 1]: 2*M/T, M matched elements, T all elements."""
        same = 0
        for block in self.get_matching_blocks():
            same += block[2]
        return _proportion(same, len(self.a) + len(self.b))

    def quick_ratio(self):
        """An upper bound on ratio(), computed faster."""
        if self.fullbcount is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self.fullbcount = counts
        counts = self.fullbcount
        used = {}
        same = 0
        for item in self.a:
            left = used[item] if item in used else counts.get(item, 0)
            used[item] = left - 1
            if left > 0:
                same += 1
        return _proportion(same, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """An upper bound on ratio(), from the lengths alone."""
        na, nb = len(self.a), len(self.b)
        return _proportion(min(na, nb), na + nb)

    __class_getitem__ = classmethod(GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """The best (at most n) "good enough" matches of word among
    possibilities, best first; candidates scoring under cutoff are left out."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    m = SequenceMatcher()
    m.set_seq2(word)
    for candidate in possibilities:
        m.set_seq1(candidate)
        if (m.real_quick_ratio() >= cutoff and m.quick_ratio() >= cutoff
                and m.ratio() >= cutoff):
            scored.append((m.ratio(), candidate))
    return [candidate for _, candidate in _nlargest(n, scored)]


def _blank_aware(line, marks):
    # A guide line keeps the tabs/spaces of the text above unmarked spots.
    out = []
    for ch, mark in zip(line, marks):
        out.append(ch if mark == ' ' and ch.isspace() else mark)
    return ''.join(out)


class Differ:
    """Produces human-readable deltas between two lists of lines: '- '
    only in the first, '+ ' only in the second, '  ' in both, '? ' guide
    lines marking intraline changes."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Yield the delta lines turning a into b."""
        m = SequenceMatcher(self.linejunk, a, b)
        for tag, i1, i2, j1, j2 in m.get_opcodes():
            if tag == 'equal':
                out = self._dump(' ', a, i1, i2)
            elif tag == 'delete':
                out = self._dump('-', a, i1, i2)
            elif tag == 'insert':
                out = self._dump('+', b, j1, j2)
            elif tag == 'replace':
                out = self._fancy_replace(a, i1, i2, b, j1, j2)
            else:
                raise ValueError('unknown tag %r' % (tag,))
            yield from out

    def _dump(self, tag, x, lo, hi):
        for k in range(lo, hi):
            yield '%s %s' % (tag, x[k])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        removed = self._dump('-', a, alo, ahi)
        added = self._dump('+', b, blo, bhi)
        if bhi - blo < ahi - alo:
            yield from added
            yield from removed
        else:
            yield from removed
            yield from added

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Find the most similar pair of lines (ratio over 0.75); if there is
        # none, fall back on the first identical pair, or on a plain block
        # replacement.  Then treat what lies before and after recursively.
        top = 0.74
        pick_i = pick_j = None
        twin = None
        scorer = SequenceMatcher(self.charjunk)
        for j in range(blo, bhi):
            right = b[j]
            scorer.set_seq2(right)
            for i in range(alo, ahi):
                left = a[i]
                if left == right:
                    if twin is None:
                        twin = (i, j)
                    continue
                scorer.set_seq1(left)
                if (scorer.real_quick_ratio() > top
                        and scorer.quick_ratio() > top
                        and scorer.ratio() > top):
                    top = scorer.ratio()
                    pick_i, pick_j = i, j
        if top < 0.75:
            if twin is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            pick_i, pick_j = twin
            identical = True
        else:
            identical = False
        yield from self._fancy_helper(a, alo, pick_i, b, blo, pick_j)
        left, right = a[pick_i], b[pick_j]
        if identical:
            yield '  ' + left
        else:
            marks_a = []
            marks_b = []
            scorer.set_seqs(left, right)
            for tag, i1, i2, j1, j2 in scorer.get_opcodes():
                wa, wb = i2 - i1, j2 - j1
                if tag == 'replace':
                    marks_a.append('^' * wa)
                    marks_b.append('^' * wb)
                elif tag == 'delete':
                    marks_a.append('-' * wa)
                elif tag == 'insert':
                    marks_b.append('+' * wb)
                elif tag == 'equal':
                    marks_a.append(' ' * wa)
                    marks_b.append(' ' * wb)
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(left, right, ''.join(marks_a),
                                     ''.join(marks_b))
        yield from self._fancy_helper(a, pick_i + 1, ahi, b, pick_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi and blo < bhi:
            yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
        elif alo < ahi:
            yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        guide_a = _blank_aware(aline, atags).rstrip()
        guide_b = _blank_aware(bline, btags).rstrip()
        yield '- ' + aline
        if guide_a:
            yield '? %s\n' % guide_a
        yield '+ ' + bline
        if guide_b:
            yield '? %s\n' % guide_b


_JUNK_LINE = _re.compile(r"\s*(?:#\s*)?$")


def IS_LINE_JUNK(line, pat=_JUNK_LINE.match):
    """True for a line that is blank or holds only a '#' (with blanks)."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """True for a space or a tab."""
    return ch in ws


def _format_range_unified(start, stop):
    first = start + 1
    count = stop - start
    if count == 1:
        return str(first)
    if count == 0:
        first -= 1
    return '%d,%d' % (first, count)


def _format_range_context(start, stop):
    first = start + 1
    count = stop - start
    if count == 0:
        first -= 1
    if count <= 1:
        return str(first)
    return '%d,%d' % (first, first + count - 1)


def _require_str(a, b, extras):
    for seq in (a, b):
        if seq and not isinstance(seq[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)'
                            % (type(seq[0]).__name__, seq[0]))
    for value in extras:
        if not isinstance(value, str):
            raise TypeError('all arguments must be str, not: %r' % (value,))


def _dated(name, date, lineterm):
    if date:
        return '%s\t%s%s' % (name, date, lineterm)
    return '%s%s' % (name, lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the lines of a unified diff of the line lists a and b, with n
    lines of context."""
    _require_str(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    header = True
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if header:
            header = False
            yield '--- ' + _dated(fromfile, fromfiledate, lineterm)
            yield '+++ ' + _dated(tofile, tofiledate, lineterm)
        head, tail = group[0], group[-1]
        yield '@@ -%s +%s @@%s' % (_format_range_unified(head[1], tail[2]),
                                   _format_range_unified(head[3], tail[4]), lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_MARK = {'insert': '+ ', 'delete': '- ', 'replace': '! ',
                 'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Yield the lines of a context diff of the line lists a and b, with n
    lines of context."""
    _require_str(a, b, (fromfile, tofile, fromfiledate, tofiledate, lineterm))
    header = True
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if header:
            header = False
            yield '*** ' + _dated(fromfile, fromfiledate, lineterm)
            yield '--- ' + _dated(tofile, tofiledate, lineterm)
        head, tail = group[0], group[-1]
        yield '***************' + lineterm
        yield '*** %s ****%s' % (_format_range_context(head[1], tail[2]), lineterm)
        tags = [step[0] for step in group]
        if 'replace' in tags or 'delete' in tags:
            for tag, i1, i2, _, _ in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_MARK[tag] + line
        yield '--- %s ----%s' % (_format_range_context(head[3], tail[4]), lineterm)
        if 'replace' in tags or 'insert' in tags:
            for tag, _, _, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_MARK[tag] + line


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    """Run dfunc (unified_diff or context_diff) on lists of bytes, giving
    bytes back."""
    def text(value):
        try:
            return value.decode('latin-1')
        except AttributeError as exc:
            raise TypeError('all arguments must be bytes, not %s (%r)'
                            % (type(value).__name__, value)) from exc
    a = [text(line) for line in a]
    b = [text(line) for line in b]
    names = [text(v) for v in (fromfile, tofile, fromfiledate, tofiledate)]
    for line in dfunc(a, b, *names, n, text(lineterm)):
        yield line.encode('latin-1')


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Differ-style delta of the line lists a and b."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Recover sequence 1 or 2 from a Differ/ndiff delta."""
    try:
        keep = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % which) from None
    for line in delta:
        if line[:2] == '  ' or line[:2] == keep:
            yield line[2:]


# ---------------------------------------------------------------------------
# Side by side differences, as HtmlDiff shows them.

_RUNS = _re.compile(r'(\++|\-+|\^+)')


class _SideBySide:
    """Turns an ndiff delta into (from, to, changed) rows, where from and to
    are (line number, text) or None; marked text is wrapped in '\\0' + one
    of '+-^' ... '\\1'.  One-sided runs are padded with blank rows so that
    both columns stay aligned."""

    def __init__(self, delta):
        self.delta = delta
        self.ahead = []
        self.count = [0, 0]
        self.spare = 0

    def _peek(self):
        while len(self.ahead) < 4:
            self.ahead.append(next(self.delta, 'X'))
        return ''.join(line[0] for line in self.ahead)

    def _take(self, side, mark, consume=True):
        self.count[side] += 1
        if mark is None:
            line = self.ahead.pop(0) if consume else self.ahead[0]
            return self.count[side], line[2:]
        if mark == '?':
            line = self.ahead.pop(0)
            guide = self.ahead.pop(0)
            spans = [(m.group(1)[0], m.start(), m.end())
                     for m in _RUNS.finditer(guide)]
            spans.reverse()
            for key, lo, hi in spans:
                line = (line[:lo] + '\0' + key + line[lo:hi] + '\1'
                        + line[hi:])
            return self.count[side], line[2:]
        body = self.ahead.pop(0)[2:] or ' '
        return self.count[side], '\0' + mark + body + '\1'

    def _pad(self, balance):
        while balance < 0:
            balance += 1
            yield None, ('', '\n'), True
        while balance > 0:
            balance -= 1
            yield ('', '\n'), None, True

    def rows(self):
        while True:
            sig = self._peek()
            if sig[0] == 'X':
                yield from self._pad(self.spare)
                return
            if sig.startswith('-?+?'):
                yield self._take(0, '?'), self._take(1, '?'), True
            elif sig.startswith('--++'):
                self.spare -= 1
                yield self._take(0, '-'), None, True
            elif sig.startswith(('--?+', '--+', '- ')):
                row = (self._take(0, '-'), None, True)
                balance, self.spare = self.spare - 1, 0
                yield from self._pad(balance)
                yield row
            elif sig.startswith('-+?'):
                yield self._take(0, None), self._take(1, '?'), True
            elif sig.startswith('-?+'):
                yield self._take(0, '?'), self._take(1, None), True
            elif sig[0] == '-':
                self.spare -= 1
                yield self._take(0, '-'), None, True
            elif sig.startswith('+--'):
                self.spare += 1
                yield None, self._take(1, '+'), True
            elif sig.startswith(('+ ', '+-')):
                row = (None, self._take(1, '+'), True)
                balance, self.spare = self.spare + 1, 0
                yield from self._pad(balance)
                yield row
            elif sig[0] == '+':
                self.spare += 1
                yield None, self._take(1, '+'), True
            elif sig[0] == ' ':
                left = self._take(0, None, consume=False)
                yield left, self._take(1, None), False


def _paired(rows):
    # Match each left-hand entry with the next right-hand one.
    lefts, rights = [], []
    for left, right, changed in rows:
        if left is not None:
            lefts.append((left, changed))
        if right is not None:
            rights.append((right, changed))
        if lefts and rights:
            (l, lc), (r, rc) = lefts.pop(0), rights.pop(0)
            yield l, r, lc or rc


def _mdiff(fromlines, tolines, context=None, linejunk=None,
           charjunk=IS_CHARACTER_JUNK):
    """Yield (from, to, changed) rows for a side by side view; with context
    a number, only rows within that many lines of a change, and
    (None, None, None) between separated groups."""
    delta = ndiff(fromlines, tolines, linejunk, charjunk)
    pairs = _paired(_SideBySide(iter(delta)).rows())
    if context is None:
        yield from pairs
        return
    keep = context + 1
    while True:
        recent = []
        seen = 0
        while True:
            row = next(pairs, None)
            if row is None:
                return
            recent.append(row)
            if len(recent) > keep:
                recent.pop(0)
            seen += 1
            if row[2]:
                break
        if seen > keep:
            yield None, None, None
        yield from recent
        budget = keep - 1
        while budget:
            row = next(pairs, None)
            if row is None:
                return
            budget = keep - 1 if row[2] else budget - 1
            yield row


def _lines(*parts):
    return '\n'.join(parts)


_PAGE = _lines(
    '',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"',
    ' ' * 10 + '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    '', '<html>', '', '<head>',
    '    <meta http-equiv="Content-Type"',
    ' ' * 10 + 'content="text/html; charset=%(charset)s" />',
    '    <title></title>',
    '    <style type="text/css">%(styles)s',
    '    </style>', '</head>', '', '<body>',
    '    %(table)s%(legend)s',
    '</body>', '', '</html>')

_CSS = ''.join('\n' + ' ' * 8 + rule for rule in (
    'table.diff {font-family:Courier; border:medium;}',
    '.diff_header {background-color:#e0e0e0}',
    'td.diff_header {text-align:right}',
    '.diff_next {background-color:#c0c0c0}',
    '.diff_add {background-color:#aaffaa}',
    '.diff_chg {background-color:#ffff77}',
    '.diff_sub {background-color:#ffaaaa}'))


def _legend_rows(title, summary, cells):
    pad = ' ' * 22
    rows = [pad + '<tr>%s</tr>' % title]
    rows.extend(pad + c for c in cells)
    return ['<td> <table border="" summary="%s">' % summary] + rows + \
        [' ' * 18 + '</table></td>']


def _make_legend():
    colors = _legend_rows('<th> Colors </th> ', 'Colors', [
        '<tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>',
        '<tr><td class="diff_chg">Changed</td> </tr>',
        '<tr><td class="diff_sub">Deleted</td> </tr>'])
    links = _legend_rows('<th colspan="2"> Links </th> ', 'Links', [
        '<tr><td>(f)irst change</td> </tr>',
        '<tr><td>(n)ext change</td> </tr>',
        '<tr><td>(t)op</td> </tr>'])
    out = ['', '    <table class="diff" summary="Legends">',
           '        <tr> <th colspan="2"> Legends </th> </tr>',
           '        <tr> ' + colors[0]]
    out.extend(colors[1:])
    out.append(' ' * 13 + links[0])
    out.extend(links[1:-1])
    out.append(links[-1] + ' </tr>')
    out.append('    </table>')
    return '\n'.join(out)


_COLGROUPS = '        ' + ' '.join(['<colgroup></colgroup>'] * 3)

_TABLE = _lines(
    '',
    '    <table class="diff" id="difflib_chg_%(prefix)s_top"',
    '           cellspacing="0" cellpadding="0" rules="groups" >',
    _COLGROUPS, _COLGROUPS,
    '        %(header_row)s',
    '        <tbody>',
    '%(data_rows)s        </tbody>',
    '    </table>')


class HtmlDiff:
    """Builds an HTML table (or whole page) showing two lists of lines side
    by side, with intraline changes highlighted."""

    _file_template = _PAGE
    _styles = _CSS
    _legend = _make_legend()
    _table_template = _TABLE
    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None,
                 charjunk=IS_CHARACTER_JUNK):
        self._linejunk, self._charjunk = linejunk, charjunk
        self._wrapcolumn, self._tabsize = wrapcolumn, tabsize

    def make_file(self, fromlines, tolines, fromdesc='', todesc='',
                  context=False, numlines=5, *, charset='utf-8'):
        """A complete HTML page holding the table and a legend."""
        page = self._file_template % {
            'styles': self._styles, 'legend': self._legend,
            'table': self.make_table(fromlines, tolines, fromdesc, todesc,
                                     context=context, numlines=numlines),
            'charset': charset}
        return page.encode(charset, 'xmlcharrefreplace').decode(charset)

    def _tab_newline_replace(self, fromlines, tolines):
        def clean(line):
            # Spaces are hidden while tabs expand so that the expansion can
            # be told apart (it becomes '\t', shown as &nbsp; at the end).
            line = line.replace(' ', '\0').expandtabs(self._tabsize)
            return line.replace(' ', '\t').replace('\0', ' ').rstrip('\n')
        return [clean(l) for l in fromlines], [clean(l) for l in tolines]

    def _split_line(self, data_list, line_num, text):
        if not line_num:
            data_list.append((line_num, text))
            return
        width = self._wrapcolumn
        if len(text) <= width or len(text) - 3 * text.count('\0') <= width:
            data_list.append((line_num, text))
            return
        pos = shown = 0
        open_mark = ''
        while shown < width and pos < len(text):
            ch = text[pos]
            if ch == '\0':
                open_mark = text[pos + 1]
                pos += 2
            elif ch == '\1':
                open_mark = ''
                pos += 1
            else:
                pos += 1
                shown += 1
        head, rest = text[:pos], text[pos:]
        if open_mark:
            head += '\1'
            rest = '\0' + open_mark + rest
        data_list.append((line_num, head))
        self._split_line(data_list, '>', rest)

    def _line_wrapper(self, diffs):
        for left, right, flag in diffs:
            if flag is None:
                yield left, right, flag
                continue
            lefts, rights = [], []
            self._split_line(lefts, *left)
            self._split_line(rights, *right)
            while lefts or rights:
                l = lefts.pop(0) if lefts else ('', ' ')
                r = rights.pop(0) if rights else ('', ' ')
                yield l, r, flag

    def _collect_lines(self, diffs):
        lefts, rights, flags = [], [], []
        for left, right, flag in diffs:
            if flag is None:
                lefts.append(None)
                rights.append(None)
            else:
                lefts.append(self._format_line(0, flag, *left))
                rights.append(self._format_line(1, flag, *right))
            flags.append(flag)
        return lefts, rights, flags

    def _format_line(self, side, flag, linenum, text):
        if isinstance(linenum, int):
            linenum = '%d' % linenum
            anchor = ' id="%s%s"' % (self._prefix[side], linenum)
        else:
            anchor = ''
        for raw, esc in (('&', '&amp;'), ('>', '&gt;'), ('<', '&lt;')):
            text = text.replace(raw, esc)
        text = text.replace(' ', '&nbsp;').rstrip()
        return ('<td class="diff_header"%s>%s</td><td nowrap="nowrap">%s</td>'
                % (anchor, linenum, text))

    def _make_prefix(self):
        number = HtmlDiff._default_prefix
        HtmlDiff._default_prefix = number + 1
        self._prefix = ['from%d_' % number, 'to%d_' % number]

    def _convert_flags(self, fromlist, tolist, flaglist, context, numlines):
        tag = self._prefix[1]
        size = len(flaglist)
        anchors = [''] * size
        links = [''] * size
        changes = 0
        inside = False
        last = 0
        for pos, flag in enumerate(flaglist):
            if not flag:
                inside = False
                continue
            if inside:
                continue
            inside = True
            last = pos
            anchors[max(0, pos - numlines)] = (
                ' id="difflib_chg_%s_%d"' % (tag, changes))
            changes += 1
            links[last] = '<a href="#difflib_chg_%s_%d">n</a>' % (tag, changes)
        if not flaglist:
            flaglist = [False]
            anchors = ['']
            links = ['']
            last = 0
            word = 'No Differences Found' if context else 'Empty File'
            fromlist = tolist = ['<td></td><td>&nbsp;%s&nbsp;</td>' % word]
        if not flaglist[0]:
            links[0] = '<a href="#difflib_chg_%s_0">f</a>' % tag
        links[last] = '<a href="#difflib_chg_%s_top">t</a>' % tag
        return fromlist, tolist, flaglist, links, anchors

    def make_table(self, fromlines, tolines, fromdesc='', todesc='',
                   context=False, numlines=5):
        """The HTML table (as a string) comparing the two lists of lines."""
        self._make_prefix()
        fromlines, tolines = self._tab_newline_replace(fromlines, tolines)
        rows = _mdiff(fromlines, tolines, numlines if context else None,
                      linejunk=self._linejunk, charjunk=self._charjunk)
        if self._wrapcolumn:
            rows = self._line_wrapper(rows)
        lefts, rights, flags = self._collect_lines(rows)
        lefts, rights, flags, links, anchors = self._convert_flags(
            lefts, rights, flags, context, numlines)
        body = []
        for k, flag in enumerate(flags):
            if flag is None:
                if k:
                    body.append('        </tbody>        \n        <tbody>\n')
                continue
            body.append(
                '            <tr><td class="diff_next"%s>%s</td>%s'
                '<td class="diff_next">%s</td>%s</tr>\n'
                % (anchors[k], links[k], lefts[k], links[k], rights[k]))
        if fromdesc or todesc:
            gap = '<th class="diff_next"><br /></th>'
            head = '<th colspan="2" class="diff_header">%s</th>'
            header = '<thead><tr>%s%s%s%s</tr></thead>' % (
                gap, head % fromdesc, gap, head % todesc)
        else:
            header = ''
        table = self._table_template % {'data_rows': ''.join(body),
                                        'header_row': header,
                                        'prefix': self._prefix[1]}
        for code, html in (('\0+', '<span class="diff_add">'),
                           ('\0-', '<span class="diff_sub">'),
                           ('\0^', '<span class="diff_chg">'),
                           ('\1', '</span>'), ('\t', '&nbsp;')):
            table = table.replace(code, html)
        return table


def _demo(which=1):
    import sys
    for line in restore(ndiff(['one\n', 'two\n'], ['ore\n', 'tree\n']),
                        which):
        sys.stdout.write(line)


if __name__ == '__main__':
    _demo()

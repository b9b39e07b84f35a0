"""Small helpers shared by the unittest modules: safe reprs, class names,
shortened reprs for failure messages and element-count differences."""

__all__ = ["safe_repr", "strclass", "three_way_cmp", "sorted_list_difference",
           "unorderable_list_difference"]

# Limits for the shortened reprs that "a != b" messages show.
REPR_LIMIT = 80
_MARKER_ROOM = 12       # how much a "[N chars]" marker is assumed to take
_KEEP_LEADING = 5       # characters always kept at the start of a shortened text
_KEEP_TRAILING = 5      # characters always kept at the end of a shortened text
_KEEP_SHARED = 5        # shortest shared prefix worth keeping whole
_KEEP_DIFFERING = REPR_LIMIT - (_KEEP_LEADING + _MARKER_ROOM + _KEEP_SHARED
                                + _MARKER_ROOM + _KEEP_TRAILING)


def safe_repr(obj, short=False):
    """repr(obj), falling back to object.__repr__ when the object's own fails;
    with short=True, long results are cut at REPR_LIMIT characters."""
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= REPR_LIMIT:
        text = text[:REPR_LIMIT] + " [truncated]..."
    return text


def strclass(cls):
    """The dotted name tests use for a class: module.QualifiedName."""
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def three_way_cmp(x, y):
    """-1, 0 or 1 as x is smaller than, equal to or bigger than y."""
    if x < y:
        return -1
    if x > y:
        return 1
    return 0


def _elide(text, head, tail):
    """text with its middle replaced by "[N chars]" when that saves room."""
    hidden = len(text) - head - tail
    if hidden <= _MARKER_ROOM:
        return text
    return "%s[%d chars]%s" % (text[:head], hidden, text[len(text) - tail:])


def _shared_start(texts):
    """Length of the prefix every text in texts begins with."""
    shortest = min(len(t) for t in texts)
    n = 0
    while n < shortest:
        ch = texts[0][n]
        if any(t[n] != ch for t in texts):
            break
        n += 1
    return n


def shortened_reprs(*objects):
    """The safe reprs of objects, shortened together so the part where they
    differ stays visible when one of them is longer than REPR_LIMIT."""
    reprs = [safe_repr(o) for o in objects]
    longest = max(len(r) for r in reprs)
    if longest <= REPR_LIMIT:
        return tuple(reprs)
    shared = _shared_start(reprs)
    prefix = reprs[0][:shared]
    # Room left for the end of the shared prefix once the longest tail is kept.
    room = REPR_LIMIT - (longest - shared + _KEEP_LEADING + _MARKER_ROOM)
    if room > _KEEP_SHARED:
        prefix = _elide(prefix, _KEEP_LEADING, room)
        return tuple(prefix + r[shared:] for r in reprs)
    prefix = _elide(prefix, _KEEP_LEADING, _KEEP_SHARED)
    return tuple(prefix + _elide(r[shared:], _KEEP_DIFFERING, _KEEP_TRAILING)
                 for r in reprs)


def sorted_list_difference(expected, actual):
    """(items only in expected, items only in actual) for two sorted lists;
    duplicates are reported once."""
    missing = []
    unexpected = []
    i = j = 0
    n, m = len(expected), len(actual)
    while i < n and j < m:
        e, a = expected[i], actual[j]
        if e < a:
            missing.append(e)
            i += 1
            while i < n and expected[i] == e:
                i += 1
        elif e > a:
            unexpected.append(a)
            j += 1
            while j < m and actual[j] == a:
                j += 1
        else:
            i += 1
            while i < n and expected[i] == e:
                i += 1
            j += 1
            while j < m and actual[j] == a:
                j += 1
    for rest, into in ((expected[i:], missing), (actual[j:], unexpected)):
        for k, item in enumerate(rest):
            if k == 0 or item != rest[k - 1]:
                into.append(item)
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """(items of expected not matched in actual, items of actual left over),
    pairing equal items one for one; works for unhashable, unorderable items.
    Consumes expected."""
    remaining = list(actual)
    missing = []
    while expected:
        item = expected.pop()
        for k, other in enumerate(remaining):
            if other == item:
                del remaining[k]
                break
        else:
            missing.append(item)
    return missing, remaining


def count_differences(first, second):
    """(count in first, count in second, element) for the elements whose
    counts differ: those of first in order of first appearance, then those
    only second holds."""
    try:
        counts = _hashable_counts(first, second)
    except TypeError:
        counts = _scanned_counts(first, second)
    return [(a, b, v) for a, b, v in counts if a != b]


def _hashable_counts(first, second):
    tally = {}
    order = []
    for column, seq in ((0, first), (1, second)):
        for item in seq:
            slot = tally.get(item)
            if slot is None:
                slot = tally[item] = [0, 0, item]
                order.append(slot)
            slot[column] += 1
    return order


def _scanned_counts(first, second):
    used_first = [False] * len(first)
    used_second = [False] * len(second)
    order = []
    for column, seq, used in ((0, first, used_first), (1, second, used_second)):
        for i, item in enumerate(seq):
            if used[i]:
                continue
            slot = [0, 0, item]
            for other_seq, other_used, col in ((first, used_first, 0),
                                               (second, used_second, 1)):
                for k, other in enumerate(other_seq):
                    if not other_used[k] and other == item:
                        other_used[k] = True
                        slot[col] += 1
            order.append(slot)
    return order


def _mismatch(slot):
    global _Mismatch
    if _Mismatch is None:
        from collections import namedtuple
        _Mismatch = namedtuple("Mismatch", "actual expected value")
    return _Mismatch(*slot)


_Mismatch = None


def _count_diff_all_purpose(actual, expected):
    """(count in actual, count in expected, element) for the elements whose
    counts differ; the elements need not be hashable."""
    return [_mismatch(slot) for slot in _scanned_counts(list(actual), list(expected))
            if slot[0] != slot[1]]


def _count_diff_hashable(actual, expected):
    """_count_diff_all_purpose() for hashable elements."""
    return [_mismatch(slot) for slot in _hashable_counts(actual, expected)
            if slot[0] != slot[1]]

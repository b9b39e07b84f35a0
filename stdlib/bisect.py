"""Binary search in sorted sequences, and insertion that keeps them sorted."""

__all__ = ["bisect", "bisect_left", "bisect_right", "insort", "insort_left", "insort_right"]

_ABSENT = object()
_NAMES = ("a", "x", "lo", "hi")


def _as_int(value):
    if type(value) is int:
        return value
    convert = getattr(type(value), "__index__", None)
    if convert is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return convert(value)


def _arguments(fname, args, kwargs):
    """Binds (a, x, lo=0, hi=None, *, key=None) the way the C functions do,
    with their messages; returns a, x, lo, hi (an int), key."""
    if len(args) > 4:
        raise TypeError("%s() takes at most 4 positional arguments (%d given)" % (fname, len(args)))
    slots = dict(zip(_NAMES, args))
    key = None
    for name, value in kwargs.items():
        if name == "key":
            key = value
        elif name not in _NAMES:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (name, fname))
        elif name in slots:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (fname, name, _NAMES.index(name) + 1))
        else:
            slots[name] = value
    for position, name in enumerate(("a", "x"), 1):
        if name not in slots:
            raise TypeError("%s() missing required argument '%s' (pos %d)" % (fname, name, position))
    seq = slots["a"]
    lo = _as_int(slots.get("lo", 0))
    if lo < 0:
        raise ValueError("lo must be non-negative")
    hi = slots.get("hi")
    if hi is None:
        hi = -1
    else:
        try:
            hi = _as_int(hi)
        except TypeError:
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(hi).__name__) from None
    if hi == -1:
        # -1 (also when given explicitly) stands for len(a)
        hi = len(seq)
    return seq, slots["x"], lo, hi, key


def _search(seq, target, lo, hi, key, after_equal):
    """First index in [lo, hi) whose element (through key) is greater than
    target (after_equal) or not less than target (not after_equal)."""
    while lo < hi:
        middle = (lo + hi) // 2
        probe = seq[middle] if key is None else key(seq[middle])
        if after_equal:
            go_right = not (target < probe)
        else:
            go_right = probe < target
        if go_right:
            lo = middle + 1
        else:
            hi = middle
    return lo


def bisect_left(*args, **kwargs):
    """bisect_left(a, x, lo=0, hi=len(a), *, key=None) -> index

    The leftmost position in the sorted a[lo:hi] where x can be inserted
    keeping it sorted: every item before it compares less than x. With key,
    key(item) is compared with x.
    """
    seq, target, lo, hi, key = _arguments("bisect_left", args, kwargs)
    return _search(seq, target, lo, hi, key, False)


def bisect_right(*args, **kwargs):
    """bisect_right(a, x, lo=0, hi=len(a), *, key=None) -> index

    The rightmost position in the sorted a[lo:hi] where x can be inserted
    keeping it sorted: every item before it compares less than or equal to x.
    With key, key(item) is compared with x.
    """
    seq, target, lo, hi, key = _arguments("bisect_right", args, kwargs)
    return _search(seq, target, lo, hi, key, True)


def insort_left(*args, **kwargs):
    """insort_left(a, x, lo=0, hi=len(a), *, key=None)

    Inserts x into the sorted list a, before any items equal to it. With key,
    items are ordered by key(item), key(x) included.
    """
    seq, item, lo, hi, key = _arguments("insort_left", args, kwargs)
    probe = item if key is None else key(item)
    seq.insert(_search(seq, probe, lo, hi, key, False), item)


def insort_right(*args, **kwargs):
    """insort_right(a, x, lo=0, hi=len(a), *, key=None)

    Inserts x into the sorted list a, after any items equal to it. With key,
    items are ordered by key(item), key(x) included.
    """
    seq, item, lo, hi, key = _arguments("insort_right", args, kwargs)
    probe = item if key is None else key(item)
    seq.insert(_search(seq, probe, lo, hi, key, True), item)


bisect = bisect_right
insort = insort_right

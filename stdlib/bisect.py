"""Binary search in sorted sequences, and insertion that keeps them sorted."""

__all__ = ["bisect", "bisect_left", "bisect_right", "insort", "insort_left", "insort_right"]

_NAMES = ("a", "x", "lo", "hi")


def _as_int(value):
    if type(value) is int:
        return value
    convert = getattr(type(value), "__index__", None)
    if convert is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return convert(value)


def _bind_slowly(fname, args, kwargs):
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
    return slots["a"], slots["x"], slots.get("lo", 0), slots.get("hi"), key


def _arguments(fname, args, kwargs):
    """Binds (a, x, lo=0, hi=None, *, key=None) the way the C functions do,
    with their messages; returns a, x, lo, hi (an int), key."""
    count = len(args)
    if not kwargs and 2 <= count <= 4:
        seq, target = args[0], args[1]
        lo = args[2] if count > 2 else 0
        hi = args[3] if count > 3 else None
        key = None
    else:
        seq, target, lo, hi, key = _bind_slowly(fname, args, kwargs)
    lo = _as_int(lo)
    if lo < 0:
        raise ValueError("lo must be non-negative")
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
    return seq, target, lo, hi, key


def _first_above(seq, target, lo, hi):
    while lo < hi:
        middle = (lo + hi) // 2
        if target < seq[middle]:
            hi = middle
        else:
            lo = middle + 1
    return lo


def _first_not_below(seq, target, lo, hi):
    while lo < hi:
        middle = (lo + hi) // 2
        if seq[middle] < target:
            lo = middle + 1
        else:
            hi = middle
    return lo


class _Keyed:
    """seq seen through key, for the two searches above."""

    __slots__ = ("seq", "key")

    def __init__(self, seq, key):
        self.seq = seq
        self.key = key

    def __getitem__(self, index):
        return self.key(self.seq[index])


def _search(seq, target, lo, hi, key, after_equal):
    """First index in [lo, hi) whose element (through key) is greater than
    target (after_equal) or not less than target (not after_equal)."""
    if key is not None:
        seq = _Keyed(seq, key)
    if after_equal:
        return _first_above(seq, target, lo, hi)
    return _first_not_below(seq, target, lo, hi)


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

"""Binary search in sorted sequences, and insertion that keeps them sorted.

The functions below are written in Python; the native _bisect module, when it
can be imported, replaces them with faster ones that behave the same.
"""

__all__ = ["bisect", "bisect_left", "bisect_right", "insort", "insort_left", "insort_right"]


def _span(a, lo, hi):
    """The checked bounds of a search: lo must not be negative, and a missing
    hi means the whole sequence."""
    if lo < 0:
        raise ValueError('lo must be non-negative')
    if hi is None:
        hi = len(a)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The rightmost position in the sorted a[lo:hi] where x can be inserted
    keeping it sorted: every item before it compares less than or equal to x.
    With key, key(item) is compared with x.
    """
    lo, hi = _span(a, lo, hi)
    while lo < hi:
        middle = (lo + hi) // 2
        probe = a[middle] if key is None else key(a[middle])
        if x < probe:
            hi = middle
        else:
            lo = middle + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The leftmost position in the sorted a[lo:hi] where x can be inserted
    keeping it sorted: every item before it compares less than x. With key,
    key(item) is compared with x.
    """
    lo, hi = _span(a, lo, hi)
    while lo < hi:
        middle = (lo + hi) // 2
        probe = a[middle] if key is None else key(a[middle])
        if probe < x:
            lo = middle + 1
        else:
            hi = middle
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Inserts x into the sorted sequence a (with its insert method), after
    any items equal to it. With key, items are ordered by key(item), key(x)
    included.
    """
    probe = x if key is None else key(x)
    index = bisect_right(a, probe, lo, hi, key=key)
    a.insert(index, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Inserts x into the sorted sequence a (with its insert method), before
    any items equal to it. With key, items are ordered by key(item), key(x)
    included.
    """
    probe = x if key is None else key(x)
    index = bisect_left(a, probe, lo, hi, key=key)
    a.insert(index, x)


try:
    from _bisect import *
except ImportError:
    pass

bisect = bisect_right
insort = insort_right

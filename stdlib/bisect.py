"""Bisection algorithms, as CPython 3.11's bisect module (its C accelerator) has them."""

from operator import index as _index

__all__ = ["bisect", "bisect_left", "bisect_right", "insort", "insort_left", "insort_right"]

_POSITIONAL = ("a", "x", "lo", "hi")


def _parse(name, args, kwargs):
    """Argument parsing as the C functions do it: (a, x, lo=0, hi=None, *, key=None)."""
    if len(args) > 4:
        raise TypeError("%s() takes at most 4 positional arguments (%d given)"
                        % (name, len(args)))
    values = list(args) + [_MISSING] * (4 - len(args))
    key = None
    for kw, value in kwargs.items():
        if kw == "key":
            key = value
            continue
        if kw in _POSITIONAL:
            pos = _POSITIONAL.index(kw)
            if pos < len(args):
                raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                                % (name, kw, pos + 1))
            values[pos] = value
            continue
        raise TypeError("'%s' is an invalid keyword argument for %s()" % (kw, name))
    a, x, lo, hi = values
    if a is _MISSING:
        raise TypeError("%s() missing required argument 'a' (pos 1)" % name)
    if x is _MISSING:
        raise TypeError("%s() missing required argument 'x' (pos 2)" % name)
    lo = 0 if lo is _MISSING else _index(lo)
    if hi is _MISSING or hi is None:
        hi = -1
    else:
        try:
            hi = _index(hi)
        except TypeError:
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(hi).__name__) from None
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi == -1:
        hi = len(a)
    return a, x, lo, hi, key


_MISSING = object()


def _right(a, x, lo, hi, key):
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < a[mid]:
                hi = mid
            else:
                lo = mid + 1
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if x < key(a[mid]):
                hi = mid
            else:
                lo = mid + 1
    return lo


def _left(a, x, lo, hi, key):
    if key is None:
        while lo < hi:
            mid = (lo + hi) // 2
            if a[mid] < x:
                lo = mid + 1
            else:
                hi = mid
    else:
        while lo < hi:
            mid = (lo + hi) // 2
            if key(a[mid]) < x:
                lo = mid + 1
            else:
                hi = mid
    return lo


def bisect_right(*args, **kwargs):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e <= x, and all e in
    a[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will
    insert just after the rightmost x already there.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    """
    return _right(*_parse("bisect_right", args, kwargs))


def bisect_left(*args, **kwargs):
    """Return the index where to insert item x in list a, assuming a is sorted.

    The return value i is such that all e in a[:i] have e < x, and all e in
    a[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will
    insert just before the leftmost x already there.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    """
    return _left(*_parse("bisect_left", args, kwargs))


def insort_right(*args, **kwargs):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the right of the rightmost x.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    """
    a, x, lo, hi, key = _parse("insort_right", args, kwargs)
    i = _right(a, x if key is None else key(x), lo, hi, key)
    a.insert(i, x)


def insort_left(*args, **kwargs):
    """Insert item x in list a, and keep it sorted assuming a is sorted.

    If x is already in a, insert it to the left of the leftmost x.

    Optional args lo (default 0) and hi (default len(a)) bound the
    slice of a to be searched.
    """
    a, x, lo, hi, key = _parse("insort_left", args, kwargs)
    i = _left(a, x if key is None else key(x), lo, hi, key)
    a.insert(i, x)


bisect = bisect_right
insort = insort_right

"""Binary min-heaps kept in plain lists (heap[0] is always the smallest
item, and heap[i] <= heap[2*i+1], heap[2*i+2]), plus merge(), nsmallest()
and nlargest() built on the same idea. Items are compared with < only.

The heap functions are written in Python below; the native _heapq module,
when it can be imported, replaces them with faster ones that behave the same."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _require_list(value, fname, which):
    if not isinstance(value, list):
        raise TypeError("%s() argument%s must be list, not %s"
                        % (fname, which, type(value).__name__))


def _rise(heap, floor, pos):
    """Moves heap[pos] toward the root (not above index floor) while it is
    smaller than its parent."""
    moving = heap[pos]
    while pos > floor:
        up = (pos - 1) // 2
        above = heap[up]
        if not moving < above:
            break
        heap[pos] = above
        pos = up
    heap[pos] = moving


def _settle(heap, pos):
    """Restores the heap below pos when only heap[pos] may be out of place.

    The item is taken out, the hole is walked down to a leaf by always
    promoting the smaller child, and the item is then put in the hole and
    risen back to where it belongs: this costs fewer comparisons than
    stopping on the way down, because the item is usually a large one.
    """
    size = len(heap)
    top = pos
    moving = heap[pos]
    child = 2 * pos + 1
    while child < size:
        sibling = child + 1
        if sibling < size and not heap[child] < heap[sibling]:
            child = sibling
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = moving
    _rise(heap, top, pos)


def heappush(heap, item, /):
    """Adds item to the heap."""
    _require_list(heap, "heappush", " 1")
    heap.append(item)
    _rise(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Removes and returns the smallest item; IndexError if the heap is empty."""
    _require_list(heap, "heappop", "")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _settle(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pops the smallest item and pushes item, in one step (the result may
    be larger than item). IndexError if the heap is empty."""
    _require_list(heap, "heapreplace", " 1")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _settle(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Pushes item, then pops and returns the smallest item, in one step."""
    _require_list(heap, "heappushpop", " 1")
    if not heap or not heap[0] < item:
        return item
    smallest = heap[0]
    heap[0] = item
    _settle(heap, 0)
    return smallest


def heapify(heap, /):
    """Rearranges a list into a heap, in place, in linear time."""
    _require_list(heap, "heapify", "")
    # every index past len//2 - 1 is a leaf; settle the others bottom-up
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _settle(heap, pos)


# --- max-heaps (private: heap[0] is the largest item) ------------------------

def _rise_max(heap, floor, pos):
    """_rise for a max-heap: heap[pos] moves up while its parent is smaller."""
    moving = heap[pos]
    while pos > floor:
        up = (pos - 1) // 2
        above = heap[up]
        if not above < moving:
            break
        heap[pos] = above
        pos = up
    heap[pos] = moving


def _settle_max(heap, pos):
    """_settle for a max-heap: the hole goes down through the larger child."""
    size = len(heap)
    top = pos
    moving = heap[pos]
    child = 2 * pos + 1
    while child < size:
        sibling = child + 1
        if sibling < size and not heap[sibling] < heap[child]:
            child = sibling
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = moving
    _rise_max(heap, top, pos)


def _heappop_max(heap):
    """Removes and returns the largest item of a max-heap."""
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _settle_max(heap, 0)
    return largest


def _heapreplace_max(heap, item):
    """Pops the largest item of a max-heap and pushes item, in one step."""
    largest = heap[0]
    heap[0] = item
    _settle_max(heap, 0)
    return largest


def _heapify_max(heap):
    """Rearranges a list into a max-heap, in place, in linear time."""
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _settle_max(heap, pos)


# --- merge -------------------------------------------------------------------

class _Head:
    """The current front item of one input of merge(): ordered by its sort
    key, then by the input's position (so equal items keep input order)."""

    __slots__ = ("sortkey", "rank", "value", "source")

    def __init__(self, sortkey, rank, value, source):
        self.sortkey = sortkey
        self.rank = rank
        self.value = value
        self.source = source

    def __lt__(self, other):
        mine, theirs = self.sortkey, other.sortkey
        if mine is theirs or mine == theirs:
            return self.rank < other.rank
        return mine < theirs


class _DescendingHead(_Head):
    __slots__ = ()

    def __lt__(self, other):
        mine, theirs = self.sortkey, other.sortkey
        if mine is theirs or mine == theirs:
            return self.rank < other.rank
        return theirs < mine


def merge(*iterables, key=None, reverse=False):
    """Lazily merges already sorted iterables into one sorted stream.

    Like sorted(itertools.chain(*iterables), key=key, reverse=reverse), but
    a generator that holds one item per input. With reverse, every input
    must be sorted from largest to smallest.
    """
    kind = _DescendingHead if reverse else _Head
    heads = []
    for rank, iterable in enumerate(iterables):
        source = iter(iterable)
        for value in source:
            heads.append(kind(value if key is None else key(value), rank, value, source))
            break
    heapify(heads)
    while len(heads) > 1:
        head = heads[0]
        yield head.value
        for value in head.source:
            head.value = value
            head.sortkey = value if key is None else key(value)
            heapreplace(heads, head)
            break
        else:
            heappop(heads)
    if heads:
        last = heads[0]
        yield last.value
        yield from last.source


# --- n smallest / n largest -------------------------------------------------

def _count(n):
    if type(n) is int:
        return n
    convert = getattr(type(n), "__index__", None)
    if convert is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    return convert(n)


def _keep_extremes(n, iterable, key, largest):
    """The n most extreme items, best first, ties in input order.

    A list of (sortkey, item) pairs, sorted best first, holds the best items
    seen so far; a new item goes in only when it beats the worst of them.
    """
    limit = _count(n)
    if limit <= 0:
        return []
    kept_keys = []
    kept_items = []
    for item in iterable:
        sortkey = item if key is None else key(item)
        full = len(kept_keys) >= limit
        if full:
            worst = kept_keys[-1]
            if not (worst < sortkey if largest else sortkey < worst):
                continue
        # place it after every kept item it does not beat
        lo, hi = 0, len(kept_keys)
        while lo < hi:
            mid = (lo + hi) // 2
            if (kept_keys[mid] < sortkey) if largest else (sortkey < kept_keys[mid]):
                hi = mid
            else:
                lo = mid + 1
        kept_keys.insert(lo, sortkey)
        kept_items.insert(lo, item)
        if full:
            kept_keys.pop()
            kept_items.pop()
    return kept_items


def _sized(iterable):
    try:
        return len(iterable)
    except (TypeError, AttributeError):
        return None


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable (compared through key when given),
    smallest first; the same list as sorted(iterable, key=key)[:n]."""
    if n == 1:
        missing = object()
        found = min(iterable, default=missing, key=key)
        return [] if found is missing else [found]
    size = _sized(iterable)
    if size is not None and n >= size:
        return sorted(iterable, key=key)[:n]
    return _keep_extremes(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items of iterable (compared through key when given),
    largest first; the same list as sorted(iterable, key=key, reverse=True)[:n]."""
    if n == 1:
        missing = object()
        found = max(iterable, default=missing, key=key)
        return [] if found is missing else [found]
    size = _sized(iterable)
    if size is not None and n >= size:
        return sorted(iterable, key=key, reverse=True)[:n]
    return _keep_extremes(n, iterable, key, True)


# The native module's functions replace the ones above when it is available.
try:
    from _heapq import *
except ImportError:
    pass
try:
    from _heapq import _heappop_max, _heapify_max, _heapreplace_max
except ImportError:
    pass

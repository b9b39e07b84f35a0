# The native _bisect and _heapq modules: normal use, key=, argument errors and
# their messages, and comparisons that fail or mutate the list being worked on.
import _bisect
import _heapq
import bisect
import heapq
import sys
from collections import UserList


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


print("--- modules")
for name in ("bisect_left", "bisect_right", "insort_left", "insort_right"):
    print(name, getattr(bisect, name) is getattr(_bisect, name), getattr(_bisect, name).__text_signature__)
print(bisect.bisect is _bisect.bisect_right, bisect.insort is _bisect.insort_right)
for name in ("heappush", "heappop", "heapify", "heapreplace", "heappushpop",
             "_heappop_max", "_heapify_max", "_heapreplace_max"):
    print(name, getattr(heapq, name) is getattr(_heapq, name), getattr(_heapq, name).__text_signature__)

print("--- bisect")
data = [1, 2, 2, 3, 3, 3, 5, 8]
for x in (0, 1, 2, 3, 4, 5, 8, 9, 2.5, 3.0):
    print(x, _bisect.bisect_left(data, x), _bisect.bisect_right(data, x))
print(_bisect.bisect_left(data, 3, 2), _bisect.bisect_right(data, 3, 0, 4))
print(_bisect.bisect_left(data, 3, 2, -1), _bisect.bisect_left(data, 3, 1, -7))
print(_bisect.bisect_right(a=data, x=3, lo=1, hi=5), _bisect.bisect_left(data, x=3, hi=None))
print(_bisect.bisect_left(data, 3, True), _bisect.bisect_right(UserList(data), 3))
words = ["apple", "banana", "cherry", "kiwi"]
print(_bisect.bisect_left(words, "c"), _bisect.bisect_right(words, "kiwi"))
print(_bisect.bisect_left((1, 5, 9), 6), _bisect.bisect_right(range(0, 100, 10), 35))
n = sys.maxsize
print(_bisect.bisect_left(range(n - 1), n - 3), _bisect.bisect_right(range(n - 1), n - 3, n - 10, n))


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(_bisect.bisect_left(data, 3, Index(1), Index(6)))

print("--- key")
records = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
key = lambda r: r[1]
print(_bisect.bisect_left(records, 3, key=key), _bisect.bisect_right(records, 3, key=key))
print(_bisect.bisect_left(records, ("b", 3), key=None), _bisect.bisect_right(records, ("b", 3)))
_bisect.insort_left(records, ("x", 3), key=key)
_bisect.insort_right(records, ("y", 3), key=key)
bisect.insort(records, ("z", 0), key=key)
print(records)
calls = []
_bisect.bisect_left([1, 2, 3, 4, 5], 4, key=lambda v: calls.append(v) or v)
print(calls)

print("--- insort")
target = []
for x in (5, 1, 4, 1, 3, 9, 2, 6):
    _bisect.insort_left(target, x) if x % 2 else _bisect.insort_right(target, x)
print(target)
attempt("insort hi past end", _bisect.insort_right, target, 7, 0, 100)
_bisect.insort_right(target, 7, 2, len(target))
print(target)


class Recorder:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def insert(self, i, x):
        print("insert called", i, x)
        self.items.insert(i, x)


r = Recorder([10, 20, 30])
_bisect.insort_left(r, 20)
_bisect.insort_right(r, 20)
print(r.items)


class MyList(list):
    def insert(self, i, x):
        print("MyList.insert", i, x)
        super().insert(i, x)


m = MyList([1, 3])
_bisect.insort_right(m, 2)
print(m)

print("--- bisect errors")
attempt("no x", _bisect.bisect_left, [1])
attempt("too many", _bisect.bisect_left, [1], 1, 0, 1, 5)
attempt("bad kw", _bisect.bisect_right, [1], 1, foo=2)
attempt("twice", _bisect.bisect_right, [1], 1, a=[2])
attempt("neg lo", _bisect.bisect_left, [1, 2, 3], 5, -1, 3)
attempt("neg lo insort", _bisect.insort_right, [1, 2, 3], 5, -1)
attempt("float lo", _bisect.bisect_left, [1, 2], 1, 1.5)
attempt("float hi", _bisect.bisect_left, [1, 2], 1, 0, 1.5)
attempt("str hi", _bisect.bisect_left, [1, 2], 1, 0, "2")
attempt("huge hi", _bisect.bisect_left, [1, 2], 1, 0, 2 ** 70)
attempt("huge lo", _bisect.bisect_left, [1, 2], 1, 2 ** 70)
attempt("hi past end", _bisect.bisect_left, [1, 2], 5, 0, 10)
attempt("int seq", _bisect.bisect_left, 10, 1)
attempt("int seq hi", _bisect.bisect_left, 10, 1, 0, 3)
attempt("set seq", _bisect.bisect_right, {1, 2}, 1, 0, 2)
attempt("dict seq", _bisect.bisect_right, {1: 2}, 1)
attempt("tuple insort", _bisect.insort_left, (1, 2), 1)
attempt("key first", _bisect.insort_left, [1, 2], 1, -1, key=len)
attempt("bad key", _bisect.insort_right, [], {"a": 1}, key="b")
attempt("mixed", _bisect.bisect_left, [1, 2, 3], "x")


class Boom:
    def __lt__(self, other):
        raise ZeroDivisionError("boom")


attempt("lt raises", _bisect.bisect_right, [1, 2], Boom())
attempt("lt raises left", _bisect.insort_left, [Boom(), Boom()], 1)
attempt("no lt", _bisect.bisect_right, [Boom(), Boom()], 1)

print("--- heapq")
h = []
for x in (5, 3, 8, 1, 9, 2, 7):
    _heapq.heappush(h, x)
print(h)
print([_heapq.heappop(h) for _ in range(len(h))], h)
h = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
_heapq.heapify(h)
print(h)
print(_heapq.heapreplace(h, 10), h)
print(_heapq.heappushpop(h, -1), _heapq.heappushpop(h, 4), h)
print(_heapq.heappushpop([], "x"), _heapq.heappushpop([10], 10.0))
h = [3.5, 1.25, 2.0, float("inf"), -0.5]
_heapq.heapify(h)
print(h)
h = ["pear", "fig", "apple", "kiwi", "banana"]
_heapq.heapify(h)
print(h, _heapq.heappop(h))
h = [(2, "b"), (1, "z"), (1, "a"), (3, "c")]
_heapq.heapify(h)
print(h)
m = [4, 9, 1, 7, 3, 8]
_heapq._heapify_max(m)
print(m, _heapq._heappop_max(m), _heapq._heapreplace_max(m, 2), m)
print(_heapq._heappop_max([3, 2]), _heapq._heappop_max([1]))
big = [(i * 7919) % 5003 for i in range(5003)]
_heapq.heapify(big)
print(all(big[(i - 1) // 2] <= big[i] for i in range(1, len(big))), big[:8])
big_max = list(range(3000))
_heapq._heapify_max(big_max)
print(big_max[:8])


class Sub(list):
    def append(self, x):
        print("never called")


s = Sub([3, 1, 2])
_heapq.heapify(s)
_heapq.heappush(s, 0)
print(s, type(s).__name__)
print(heapq.nsmallest(3, [5, 1, 4, 2]), heapq.nlargest(2, [5, 1, 4, 2]), list(heapq.merge([1, 4], [2, 3])))

print("--- heapq errors")
attempt("push int", _heapq.heappush, 1, 2)
attempt("push one", _heapq.heappush, [])
attempt("push kw", _heapq.heappush, heap=[], item=1)
attempt("pop int", _heapq.heappop, 1)
attempt("pop none", _heapq.heappop)
attempt("pop two", _heapq.heappop, [], [])
attempt("pop empty", _heapq.heappop, [])
attempt("replace empty", _heapq.heapreplace, [], 1)
attempt("heapify tuple", _heapq.heapify, (1,))
attempt("pop_max int", _heapq._heappop_max, 1)
attempt("pop_max empty", _heapq._heappop_max, [])
attempt("replace_max int", _heapq._heapreplace_max, 1, 2)
attempt("replace_max empty", _heapq._heapreplace_max, [], 2)
attempt("mixed types", _heapq.heapify, [1, "a", 2])
print("--- hostile __lt__")


class Clearing:
    def __init__(self, value, heap):
        self.value = value
        self.heap = heap

    def __lt__(self, other):
        self.heap[:] = []
        return self.value < other.value

    def __repr__(self):
        return "C%d" % self.value


heap = []
heap.extend(Clearing(i, heap) for i in range(20))
attempt("push clears", _heapq.heappush, heap, Clearing(5, heap))
print(heap)
heap = []
heap.extend(Clearing(i, heap) for i in range(20))
attempt("pop clears", _heapq.heappop, heap)
heap = []
heap.extend(Clearing(i, heap) for i in range(20))
attempt("heapify clears", _heapq.heapify, heap)
heap = []
heap.extend(Clearing(i, heap) for i in range(20))
attempt("replace_max clears", _heapq._heapreplace_max, heap, Clearing(3, heap))


class Growing:
    def __init__(self, value, heap):
        self.value = value
        self.heap = heap

    def __lt__(self, other):
        self.heap.append(Growing(-1, self.heap))
        return self.value < other.value


heap = []
heap.extend(Growing(i, heap) for i in range(10, 0, -1))
attempt("heapify grows", _heapq.heapify, heap)
print(len(heap))


class Shuffling:
    """Keeps the size but reverses the list on every comparison."""

    def __init__(self, value, heap):
        self.value = value
        self.heap = heap

    def __lt__(self, other):
        self.heap.reverse()
        return self.value < other.value

    def __repr__(self):
        return "S%d" % self.value


heap = []
heap.extend(Shuffling(i, heap) for i in (5, 2, 8, 1, 9, 3, 7))
_heapq.heapify(heap)
print(heap)
print(_heapq.heappop(heap), heap)


class Evil(int):
    def __lt__(self, other):
        heap.clear()
        return NotImplemented


heap = []
_heapq.heappush(heap, Evil(0))
attempt("pushpop emptied", _heapq.heappushpop, heap, 1)

list1, list2 = [], []


class H(int):
    def __lt__(self, other):
        list2.clear()
        return NotImplemented


class G(int):
    def __lt__(self, other):
        list1.clear()
        return NotImplemented


_heapq.heappush(list1, H(0))
_heapq.heappush(list2, G(0))
attempt("two heaps 1", _heapq.heappush, list1, G(1))
attempt("two heaps 2", _heapq.heappush, list2, H(1))

seq = [1, 2, 3, 4, 5, 6]


class Shrinker:
    def __lt__(self, other):
        del seq[:]
        return False

    def __gt__(self, other):
        del seq[:]
        return True


attempt("bisect shrinks", _bisect.bisect_left, seq, Shrinker())
seq = [1, 2, 3, 4, 5, 6]
attempt("insort shrinks", _bisect.insort_right, seq, Shrinker())
print(len(seq))
attempt("cmp err heap", _heapq.heappush, [Boom(), Boom()], Boom())

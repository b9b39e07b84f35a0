import heapq
from heapq import heappush, heappop, heapify, heappushpop, heapreplace, nlargest, nsmallest, merge

h = []
for v in [5, 3, 8, 1, 9, 2, 7, 1]:
    heappush(h, v)
print(h)
print([heappop(h) for _ in range(len(h))])

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapify(data)
print(data)
print(heappushpop(data, -1), data)
print(heappushpop(data, 4), data)
print(heapreplace(data, 10), data)
print(heappushpop([], 3))

# tuples and stability with priorities
tasks = []
for pri, name in [(2, "write"), (1, "read"), (3, "sleep"), (1, "eat"), (2, "code")]:
    heappush(tasks, (pri, name))
while tasks:
    print(heappop(tasks))

# nlargest / nsmallest, with and without key, ties
words = ["pear", "fig", "banana", "kiwi", "apple", "plum", "date"]
print(nlargest(3, words, key=len))
print(nsmallest(3, words, key=len))
print(nlargest(2, [3, 1, 4, 1, 5, 9, 2, 6]))
print(nsmallest(4, [3, 1, 4, 1, 5, 9, 2, 6]))
print(nsmallest(1, [3, 1, 4]), nlargest(1, [3, 1, 4]))
print(nsmallest(1, [3, 1, 4], key=lambda x: -x), nlargest(1, [], key=abs))
print(nlargest(10, [3, 1, 2]), nsmallest(0, [3, 1]), nlargest(-1, [1]))
print(nsmallest(3, iter(range(20, 0, -1))))
print(nlargest(3, iter(range(20)), key=lambda x: x % 7))
recs = [{"n": "a", "v": 3}, {"n": "b", "v": 1}, {"n": "c", "v": 3}, {"n": "d", "v": 2}]
print([r["n"] for r in nlargest(2, recs, key=lambda r: r["v"])])
print([r["n"] for r in nsmallest(3, recs, key=lambda r: r["v"])])

# merge
print(list(merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(merge([1, 3], [], [2], [0, 10])))
print(list(merge(["a", "ccc"], ["bb", "dddd"], key=len)))
print(list(merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(merge([(1, "x"), (2, "y")], [(1, "a"), (3, "b")], key=lambda t: t[0])))
print(list(merge()), list(merge([1, 2])))

# heap sort
def heapsort(it):
    h = []
    for v in it:
        heappush(h, v)
    return [heappop(h) for _ in range(len(h))]
print(heapsort([31, 4, 15, 92, 65, 35, 89, 79, 32, 38, 46, 26, 43]))

for bad in [lambda: heappop([]), lambda: heapreplace([], 1), lambda: heappush((), 1),
            lambda: heapify((1,)), lambda: heappop("x")]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

# heap of custom objects with __lt__
class Job:
    def __init__(self, p, n):
        self.p, self.n = p, n
    def __lt__(self, other):
        return self.p < other.p
    def __repr__(self):
        return "Job(%d, %s)" % (self.p, self.n)
jh = [Job(3, "c"), Job(1, "a"), Job(2, "b")]
heapify(jh)
print(heappop(jh), heappop(jh), jh)
print(heapq.__name__, sorted(heapq.__all__))

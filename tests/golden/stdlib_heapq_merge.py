# heapq: heap layouts, merge with key/reverse, nsmallest/nlargest ties, errors
import heapq


def data(n, m, seed):
    x = seed
    out = []
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % m)
    return out


for trial in range(12):
    d = data(trial * 3 % 17, 10 + trial, trial)
    a = list(d)
    heapq.heapify(a)
    b = []
    for v in d:
        heapq.heappush(b, v)
    print(a, b, [heapq.heappop(b) for _ in range(len(b))])
    if a:
        print(heapq.heapreplace(a, 5), a, heapq.heappushpop(a, 7), a, heapq.heappushpop(a, -1))
    for n in (0, 1, 2, 5, 50, -2):
        print(n, heapq.nsmallest(n, d), heapq.nlargest(n, iter(d)),
              heapq.nsmallest(n, iter(d), key=lambda v: v % 3), heapq.nlargest(n, d, key=lambda v: v % 4))
    parts = [sorted(d[i::3]) for i in range(3)] + [[]]
    print(list(heapq.merge(*parts)), list(heapq.merge(*[p[::-1] for p in parts], reverse=True)))

# stability: equal keys come out in input order
pairs = [(v % 3, i) for i, v in enumerate(data(20, 9, 4))]
print(heapq.nsmallest(6, pairs, key=lambda p: p[0]))
print(heapq.nlargest(6, iter(pairs), key=lambda p: p[0]))
runs = [sorted(pairs[k::3], key=lambda p: p[0]) for k in range(3)]
print(list(heapq.merge(*runs, key=lambda p: p[0])))
print(list(heapq.merge(*[r[::-1] for r in runs], key=lambda p: p[0], reverse=True)))
print(list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(heapq.merge(iter([1, 2]), (x for x in [1, 3]), [0, 5])), list(heapq.merge()), list(heapq.merge([], [1])))
m = heapq.merge([1, 3], [2])
print(type(m).__name__, next(m), list(m))

# priority queue of tasks
tasks = []
for entry in [(3, "write"), (1, "read"), (2, "test"), (1, "plan"), (3, "ship")]:
    heapq.heappush(tasks, entry)
print(tasks, heapq.nsmallest(2, tasks), [heapq.heappop(tasks)[1] for _ in range(len(tasks))])

for call in [lambda: heapq.heappush((), 1), lambda: heapq.heappop(()), lambda: heapq.heapify(()),
             lambda: heapq.heapreplace((), 1), lambda: heapq.heappushpop((), 1), lambda: heapq.heappop([]),
             lambda: heapq.heapreplace([], 1), lambda: heapq.heappushpop([], 1),
             lambda: heapq.nsmallest(2.0, iter([3, 1, 2])), lambda: heapq.nsmallest(-1, [3, 1, 2]),
             lambda: heapq.nlargest(1, [], key=len), lambda: heapq.nlargest(2, "hello"),
             lambda: heapq.heappush([1, "a"], 2)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(sorted(heapq.__all__))

import bisect
import keyword

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 2.5, 3, 4, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, lo=4))
print(bisect.bisect_right(a, 5, hi=None), bisect.bisect_left(a, 5, 0, -1), bisect.bisect_left(a, 100, 2, 4))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1))

recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("e", 3), key=lambda r: r[1])
bisect.insort_left(recs, ("f", 3), key=lambda r: r[1])
print(recs)

l = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(l, v)
print(l)
l2 = [1, 1.0]
bisect.insort_left(l2, True)
bisect.insort_right(l2, 1)
print(l2)
s = ["apple", "cherry"]
bisect.insort(s, "banana", 0, 2)
print(s)

# grades example from the docs
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(score) for score in [33, 99, 77, 70, 89, 90, 100]])

for call in (
    lambda: bisect.bisect_left(a, 1, -1),
    lambda: bisect.insort(a, 1, lo=-5),
    lambda: bisect.bisect(a, 1, "x"),
    lambda: bisect.bisect(a, 1, 0, 2.0),
    lambda: bisect.bisect(),
    lambda: bisect.bisect_left([1]),
    lambda: bisect.insort_left(),
    lambda: bisect.bisect([1], 2, 0, 1, 3),
    lambda: bisect.bisect([1], 2, foo=1),
    lambda: bisect.insort([1], 2, x=1),
    lambda: bisect.bisect(None, 1),
    lambda: bisect.bisect([1, "a"], 2),
    lambda: bisect.bisect_left([1, 2], 3, 0, 5),
):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(bisect.bisect.__name__, bisect.insort.__name__)

print(keyword.kwlist)
print(keyword.softkwlist)
print(len(keyword.kwlist), len(keyword.softkwlist))
for w in ("if", "match", "case", "_", "print", "None", "True", "async", "await", "foo", "", "IF"):
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(keyword.iskeyword([]) if False else "skip")
print(sorted(keyword.__all__))

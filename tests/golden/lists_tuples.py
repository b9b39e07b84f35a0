# list and tuple methods.
l = [3, 1, 4, 1, 5, 9, 2, 6]
l.append(5); print(l)
l.extend([8, 9]); print(l)
l.extend(range(2)); print(l)
l.insert(0, 100); l.insert(-1, 200); l.insert(1000, 300); l.insert(-1000, -1); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1); print(l, l.index(9), l.index(9, 7), l.count(1), l.count(42))
l.reverse(); print(l)
l.sort(); print(l)
l.sort(reverse=True); print(l)
l.sort(key=lambda v: (v % 3, v)); print(l)
c = l.copy(); c.clear(); print(c, len(l))
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
pairs.sort(); print(pairs)
pairs.sort(key=lambda p: p[1]); print(pairs)
print([1, 2] == [1, 2], [1, 2] < [1, 2, 3], [[1]] * 3, list("abc"), list((1, 2)), list({1: 2}))
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5; print(m)
alias = [[0] * 2] * 2
alias[0][0] = 7; print(alias)
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[1:], t[::-1], len(t), t + (4,), t * 2, tuple([5, 6]), tuple("ab"))
print((), (1,), tuple(), (1, 2) == (1, 2), (1, (2, 3)) < (1, (2, 4)), 2 in t)
print(min(l), max(l), sum(l), sorted(l)[:3], list(reversed(l))[:3])
stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print(stack.pop(), end=" ")
print()
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
try:
    [1].index(2)
except ValueError as e:
    print("ValueError:", e)
try:
    (1,).index(2)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
x = [1, 2, 3]
x[1] = "two"; x[-1] = [3]; print(x)
del x[0]; print(x)
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], repr(nested), str(nested))
rec = [1]
rec.append(rec); print(rec)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), list(zip("ab", [1, 2], (True, False))))
print([1, 2, 3].__len__(), [].__class__.__name__, isinstance([], list), list.__name__)
s = [5, 2, 8]
s += "ab"; print(s)
s *= 2; print(s)
print(sorted([3, 1, 2], reverse=True), sorted((x for x in range(5)), key=lambda v: -v))
print([1, 2, 3] * 0, [None] * 2, list(range(10, 0, -3)), hash((1, 2)) == hash((1, 2)))
a = [1, 2, 3]; b = a[:]; b.append(4); print(a, b, a == b[:3])
print([i for i in range(3)] + [i * 10 for i in range(2)], [[]] == [[]], [] is [])
print(list(enumerate(["x", "y"], 1)), sorted({3: 1, 1: 2}), [*range(3), *"ab"])

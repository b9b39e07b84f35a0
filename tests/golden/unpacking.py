# Unpacking: star targets, nested targets, starred expressions.
a, b = 1, 2; print(a, b)
a, b = b, a; print(a, b)
(a, b), c = (1, 2), 3; print(a, b, c)
[a, [b, c]] = [4, [5, 6]]; print(a, b, c)
first, *rest = [1, 2, 3, 4]; print(first, rest)
*init, last = "abcd"; print(init, last)
h, *mid, t = range(5); print(h, mid, t)
h, *mid, t = (1, 2); print(h, mid, t)
x, (y, *z), w = 1, (2, 3, 4), 5; print(x, y, z, w)
for i, (j, k) in enumerate([(1, 2), (3, 4)]):
    print(i, j, k)
for p, *q in [(1, 2, 3), (4,)]:
    print(p, q)
a = b = c = [0]; print(a is c)
d = {}
d["x"], d["y"] = 1, 2; print(d)
l = [0, 0, 0]
l[0], l[2] = "a", "c"; print(l)
class O: pass
o = O()
o.p, o.q = 10, 20; print(o.p, o.q)
print(*[1, 2], *"ab", *range(2))
print([*[1], *(2, 3), *{4: 0}], (*"xy",), {*"aab"} == {"a", "b"})
print({**{"a": 1}, **{"b": 2}, "c": 3})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], 3, *(4,), k=1, **{"m": 2}, **{"n": 3}))
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = None
except TypeError as e:
    print("TypeError:", e)
s1, s2 = "hi"; print(s1, s2)
k1, k2 = {"one": 1, "two": 2}; print(k1, k2)
g1, g2, g3 = (i * 3 for i in range(3)); print(g1, g2, g3)
(a), b = 1, 2; print(a, b)
[a] = [9]; print(a)
a, = (7,); print(a)
*a, = range(3); print(a)
m = [[1, 2], [3, 4]]
for (u, v) in m:
    print(u + v, end=" ")
print()
x = [1, 2, 3]
i = 0
i, x[i] = 1, 99; print(i, x)
t = 1, 2, 3; print(t, type(t).__name__)
a, b, *c, d = range(10); print(a, b, c, d)
((a, b), (c, d)) = ((1, 2), (3, 4)); print(a + b + c + d)
print(*(x * 2 for x in range(3)), sep=",")

# Slicing: read, assign, delete, steps, negative indices, slice objects.
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:2], s[5:2], s[::-3], s[2:8:-1], s[:], s[0:10:100])
t = "abcdefgh"
print(t[1:4], t[::-1], t[::3], t[-2:], t[:-2], t[3:3], t[10:20])
u = tuple(range(6))
print(u[1:4], u[::-2], u[-2:])
b = b"bytes!"
print(b[1:3], b[::-1], b[0], b[-1])
r = range(20)
print(r[2:10:3], list(r[2:10:3]), r[::-1][:3], r[-1], range(0, 10, 2)[1:])
a = list(range(10))
a[2:5] = ["x", "y"]; print(a)
a[:0] = [-1, -2]; print(a)
a[len(a):] = [100]; print(a)
a[1:3] = []; print(a)
a[::2] = "ABCDEF"[:len(a[::2])]; print(a)
a[:] = range(4); print(a)
a[1:3] = (i for i in "pq"); print(a)
a[5:10] = [9]; print(a)
del a[0]; print(a)
del a[1:3]; print(a)
a = list(range(10)); del a[::3]; print(a)
a = list(range(10)); del a[::-2]; print(a)
a = list(range(10)); del a[-2:]; print(a)
a = list(range(10)); a[::-1] = list(range(10)); print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    s[1:2:0]
except ValueError as e:
    print("ValueError:", e)
try:
    "abc"[5]
except IndexError as e:
    print("IndexError:", e)
try:
    [][0]
except IndexError as e:
    print("IndexError:", e)
try:
    (1,)[1]
except IndexError as e:
    print("IndexError:", e)
try:
    t[0] = "z"
except TypeError as e:
    print("TypeError:", e)
sl = slice(1, 8, 2)
print(sl, sl.start, sl.stop, sl.step, s[sl], t[sl], slice(3), slice(None, None, -1))
print(sl.indices(5), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
class Idx:
    def __getitem__(self, k):
        return k
i = Idx()
print(i[1], i[1:2], i[::3], i[1:2, 3], i[...], i[:, None], i["k"])
print(s[True], s[-True], "xyz"[False:True])
class HasIndex:
    def __index__(self):
        return 2
print(s[HasIndex()], s[HasIndex():], "abcd"[:HasIndex()])
m = [[1, 2, 3], [4, 5, 6]]
print([row[1:] for row in m], m[1][::-1], m[-1][-1])
big = list(range(100))
print(big[10:90:17], big[-5::-20], len(big[::7]))
st = "hello world"
print(st[st.index("w"):], st[:st.index(" ")], st[-5:].upper())

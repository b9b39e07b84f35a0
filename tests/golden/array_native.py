# The native array module: every typecode's range checks and messages,
# slicing with steps, slice assignment and deletion, buffers, pickling,
# subclasses and reprs.
import array
import copy
import pickle
from array import array as A


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


print(array.typecodes, array.ArrayType is A, A.__module__, A.__name__)
for code in array.typecodes:
    a = A(code)
    print(code, a.itemsize, repr(a), a.typecode)

for code in "bBhHiIlLqQ":
    for v in (0, -1, 127, 128, 255, 256, -129, 2**15, 2**16, 2**31, 2**32, 2**63, 2**64, -2**63 - 1, -2**64, 1.5, "1"):
        show(lambda: A(code, [v]))

for code in "fd":
    for v in (1, 2.5, True, 10**400, 1e300, "x", None):
        show(lambda: A(code, [v]))
for v in ("", "a", "ab", 1, "\U0001f600"):
    show(lambda: A("u", [v]))

show(lambda: A())
show(lambda: A("x"))
show(lambda: A("bb"))
show(lambda: A(1))
show(lambda: A("b", [1], 2))
show(lambda: A("b", x=1))
show(lambda: A("b", "abc"))
show(lambda: A("b", A("u", "ab")))
show(lambda: A("h", b"abc"))
show(lambda: A("h", b"\x01\x00\x02\x00"))
show(lambda: A("d", A("i", [1, 2])))
show(lambda: A("b", (x for x in range(3))))

a = A("i", range(10))
print(a[2], a[-1], a[2:8:2], a[::-1], a[-3:], a[100:], a[8:2:-3])
show(lambda: a[10])
show(lambda: a[-11])
show(lambda: a["x"])
show(lambda: a[2**70])
a[1:3] = A("i", [7, 7, 7, 7])
print(a)
a[::2] = A("i", [0] * len(a[::2]))
print(a)
show(lambda: a.__setitem__(slice(None, None, 2), A("i", [1])))
show(lambda: a.__setitem__(slice(0, 1), [1]))
show(lambda: a.__setitem__(slice(0, 1), A("b", [1])))
show(lambda: a.__setitem__(100, 1))
del a[::3]
print(a)
del a[1:4]
print(a)
del a[-1]
print(a)
a[:] = a
print(a)
a[len(a):] = A("i", [5, 6])
print(a, len(a))

b = A("b", [1, 2, 3])
print(b + A("b", [4]), b * 3, 0 * b, b * -1)
show(lambda: b + A("h", [1]))
show(lambda: b + [1])
show(lambda: b * 1.5)
c = b
c += A("b", [9])
c *= 2
print(c is b, b)
show(lambda: b.__iadd__([1]))
print(b == A("b", [1, 2, 3, 9, 1, 2, 3, 9]), b != b, b < A("b", [2]), b >= A("h", [1, 2]), A("d", [1.0]) == A("i", [1]))
print(A("d", [float("nan")]) == A("d", [float("nan")]), b == [1, 2], b.__eq__(3))
show(lambda: b < 3)
show(lambda: hash(b))

d = A("d", [1.5, -2.0, 3.25])
d.append(4)
d.extend([5, 6.5])
d.extend(A("d", [7]))
d.insert(0, 0.5)
d.insert(-100, -1)
d.insert(100, 100)
print(d, d.pop(), d.pop(0), d.pop(-2), d)
d.remove(-2.0)
print(d, d.index(4.0), d.count(1.5), 3.25 in d, 99 in d)
show(lambda: d.index(99))
show(lambda: d.index(1.5, 1))
show(lambda: d.remove(99))
show(lambda: A("b").pop())
show(lambda: d.pop(50))
show(lambda: d.extend(A("f", [1])))
show(lambda: d.fromlist((1, 2)))
show(lambda: d.fromlist([1, "x"]))
print(d)
d.reverse()
print(d, d.tolist(), list(d), [x for x in reversed(d)])

h = A("H", [1, 0x102, 0xFFFF])
raw = h.tobytes()
h.byteswap()
print(raw, h, h.tobytes())
h.frombytes(b"\x01\x00")
print(h)
show(lambda: h.frombytes(b"\x01"))
show(lambda: h.frombytes("ab"))
print(h.buffer_info()[1] == len(h), type(h.buffer_info()[0]))

u = A("u", "héllo")
u.fromunicode(" wörld")
print(u, u.tounicode(), u[1], u[::2])
show(lambda: u.fromunicode(5))
show(lambda: A("b").fromunicode("x"))
show(lambda: A("b").tounicode())

m = memoryview(A("i", [1, 2, 3]))
print(m.format, m.itemsize, m.tolist(), bytes(A("b", [65, 66])), bytearray(A("B", [67])))
arr = A("i", [1, 2, 3])
m = memoryview(arr)
m[0] = 10
print(arr)
show(lambda: arr.append(4))
show(lambda: arr.__delitem__(0))
arr[1] = 20
print(arr, m.tolist(), m == arr, arr == m)
m.release()
arr.append(4)
print(arr)


class Sub(A):
    def __init__(self, code, items=(), tag=None):
        self.tag = tag


s = Sub("i", [3, 1, 2], tag="t")
print(s, type(s).__name__, s.tag, s[0], len(s), isinstance(s, A), type(s[1:]).__name__)
s.append(5)
s[0] = 9
print(s, s + A("i", [1]), sorted(s))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    t = pickle.loads(pickle.dumps(s, proto))
    print(proto, type(t).__name__, t, t.tag)
print(pickle.loads(pickle.dumps(A("Q", [2**64 - 1]))), copy.copy(s), copy.deepcopy(A("d", [1])))
print(s.__reduce_ex__(2)[1], A("b", [1]).__reduce_ex__(3)[1])
print(array._array_reconstructor(A, "h", 5, b"\x01\x02"), array._array_reconstructor(A, "b", 3, b"\x01\x00"))
show(lambda: array._array_reconstructor(int, "b", 0, b""))
show(lambda: array._array_reconstructor(A, "b", 99, b""))
show(lambda: array._array_reconstructor(A, "b", 2, b"abc"))

it = iter(A("b", [1, 2, 3]))
next(it)
print(type(it).__name__, list(pickle.loads(pickle.dumps(it))), list(it), list(it))
print(A.append.__text_signature__, A.index.__text_signature__)
show(lambda: A("b").append())
show(lambda: A("b").append(1, 2))

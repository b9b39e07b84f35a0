# memoryview: attributes, indexing, slicing, writes through views, release.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


m = memoryview(b"abcdef")
print("-- attributes")
show(lambda: (m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets))
show(lambda: (m.c_contiguous, m.f_contiguous, m.contiguous, m.obj))
show(lambda: memoryview())
show(lambda: memoryview("abc"))
show(lambda: memoryview(5))
show(lambda: memoryview(object=b"kw").tobytes())
show(lambda: type(m).__name__)

print("-- reading")
show(lambda: (m[0], m[-1], len(m), list(m), m.tolist(), m.tobytes(), bytes(m)))
show(lambda: m[6])
show(lambda: m[-7])
show(lambda: m["a"])
show(lambda: m[1.5])
show(lambda: (m[1:3].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[4:1].tobytes()))
show(lambda: (m[::2].strides, m[::2].shape, m[::2].c_contiguous, m[1:3].obj))
show(lambda: (m.hex(), m.hex(":"), m[::2].hex("-", 2), m.tobytes(order="C")))
show(lambda: m.tobytes(order="X"))
show(lambda: (98 in m, b"b" in m))
show(lambda: type(iter(m)).__name__)

print("-- writing")
show(lambda: m.__setitem__(0, 1))
show(lambda: m.__delitem__(0))
buf = bytearray(b"abcdef")
w = memoryview(buf)
show(lambda: w.readonly)
w[0] = 65
w[1:3] = b"XY"
w[-1] = 0x46
show(lambda: buf)
w[::2] = b"123"
show(lambda: buf)
sub = w[2:5]
sub[0] = 0x2A
show(lambda: (buf, sub.tobytes()))
show(lambda: w.__setitem__(0, 256))
show(lambda: w.__setitem__(0, -1))
show(lambda: w.__setitem__(0, "a"))
show(lambda: w.__setitem__(0, b"a"))
show(lambda: w.__setitem__(1, 2.0))
show(lambda: w.__setitem__(10, 1))
show(lambda: w.__setitem__("x", 1))
show(lambda: w.__setitem__(slice(1, 3), b"XYZ"))
show(lambda: w.__setitem__(slice(1, 3), "ab"))
show(lambda: w.__delitem__(0))
ro = w.toreadonly()
show(lambda: (ro.readonly, ro.tobytes()))
show(lambda: ro.__setitem__(0, 1))
buf[0] = 0x7A
show(lambda: (w[0], ro[0], sub[0]))

print("-- exports lock the bytearray's size")
show(lambda: buf.append(1))
show(lambda: buf.extend(b""))
show(lambda: buf.extend(b"x"))
show(lambda: buf.pop())
show(lambda: buf.clear())
show(lambda: buf.__delitem__(0))
show(lambda: buf.__setitem__(slice(0, 2), b"xyz"))
show(lambda: buf.__setitem__(slice(0, 2), b"pq"))
show(lambda: buf.__iadd__(b"!"))
show(lambda: buf.__imul__(2))
buf.reverse()
show(lambda: buf)
for v in (w, ro, sub):
    v.release()
buf.append(0x21)
show(lambda: buf)


def linger():
    data = bytearray(b"abc")
    view = memoryview(data)
    piece = view[1:]
    view.release()
    try:
        data.append(1)
    except BufferError as e:
        print("still exported:", e)
    piece.release()
    data.append(1)
    return data


show(linger)


def dropped():
    data = bytearray(b"abc")
    view = memoryview(data)
    del view
    data.append(1)
    return data


show(dropped)

print("-- release and the context manager")
r = memoryview(b"ab")
r.release()
r.release()
for f in (lambda: r[0], lambda: len(r), lambda: r.tobytes(), lambda: r.format, lambda: r.obj,
          lambda: bytes(r), lambda: hash(r), lambda: list(r), lambda: r.tolist(), lambda: r[0:1],
          lambda: r.cast("B"), lambda: memoryview(r), lambda: b"x" + r):
    show(f)
show(lambda: (r == r, r == b"ab", repr(r).startswith("<released memory at 0x")))
show(lambda: repr(m).startswith("<memory at 0x"))
with memoryview(bytearray(b"cm")) as cm:
    show(lambda: cm.tobytes())
show(lambda: cm.tobytes())
try:
    with cm:
        pass
except ValueError as e:
    print("ValueError", e)

print("-- comparisons and hashing")
show(lambda: (m == b"abcdef", b"abcdef" == m, m == bytearray(b"abcdef"), m != b"x", m == "abcdef"))
show(lambda: (m == m, m == memoryview(b"abcdef"), m[::2] == b"ace"))
show(lambda: m < b"x")
show(lambda: bytearray(b"a") < memoryview(b"b"))
show(lambda: hash(m) == hash(b"abcdef"))
show(lambda: hash(m[::2]) == hash(b"ace"))
show(lambda: hash(memoryview(bytearray(b"x"))))
show(lambda: hash(memoryview(bytearray(b"x")).toreadonly()) == hash(b"x"))
show(lambda: {memoryview(b"k"): 1}[memoryview(b"k")] if False else len({memoryview(b"k"): 1}))

print("-- subclassing is refused")
try:
    class V(memoryview):
        pass
except TypeError as e:
    print("TypeError", e)

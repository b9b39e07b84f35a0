# memoryview.cast: formats, shapes, and the errors for the casts CPython refuses.


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


raw = b"\x01\x00\x00\x00\xff\xff\xff\xff"
c = memoryview(raw).cast("i")
show(lambda: (c.format, c.itemsize, c.shape, c.strides, c.nbytes, c.tolist(), c[1], len(c)))
show(lambda: c.cast("B").tolist())
show(lambda: memoryview(raw).cast("I").tolist())
show(lambda: memoryview(raw).cast("h").tolist())
show(lambda: memoryview(raw).cast("H").tolist())
show(lambda: memoryview(raw).cast("q").tolist())
show(lambda: memoryview(raw).cast("Q").tolist())
show(lambda: memoryview(raw).cast("l").tolist())
show(lambda: memoryview(raw).cast("b").tolist())
show(lambda: memoryview(b"abcd").cast("c").tolist())
show(lambda: memoryview(b"abcd").cast("c")[0])
show(lambda: memoryview(b"\x00\x00\x80\x3f").cast("f").tolist())
show(lambda: memoryview(b"\x00\x00\x00\x00\x00\x00\xf0\x3f").cast("d").tolist())
show(lambda: memoryview(b"\x01\x00").cast("?").tolist())
show(lambda: memoryview(b"abcd").cast("@i").format)
show(lambda: memoryview(b"abc").cast("i"))
show(lambda: memoryview(b"abcd").cast("i").cast("h"))
show(lambda: memoryview(b"abcd").cast("x"))
show(lambda: memoryview(b"abcd").cast("<i"))
show(lambda: memoryview(b"abcd").cast(1))
show(lambda: memoryview(b"abcd")[::2].cast("B"))

print("-- shapes")
g = memoryview(b"abcdef").cast("B", shape=[2, 3])
show(lambda: (g.shape, g.strides, g.ndim, len(g), g.tolist(), g.tobytes()))
show(lambda: (g[0, 1], g[1, -1]))
show(lambda: g[0])
show(lambda: g[2, 0])
show(lambda: g[0, 0, 0])
show(lambda: list(g))
show(lambda: g.cast("B").tolist())
show(lambda: g.cast("B", shape=[3, 2]))
show(lambda: memoryview(b"abcd").cast("B", shape=(2, 2)).tolist())
show(lambda: memoryview(b"abcd").cast("B", shape=[3]))
show(lambda: memoryview(b"abcd").cast("B", shape=5))
show(lambda: memoryview(b"abcd").cast("B", shape=[0, 4]))
show(lambda: memoryview(b"abcd").cast("B", shape=[]))
z = memoryview(b"a").cast("B", shape=[])
show(lambda: (z.ndim, z.shape, z.strides, z.tolist(), z[()], len(z)))
show(lambda: z[0])
show(lambda: list(z))

print("-- writes through casts")
data = bytearray(8)
ints = memoryview(data).cast("i")
ints[0] = 258
ints[1] = -1
show(lambda: (data, ints.tolist()))
show(lambda: ints.__setitem__(0, 2**31))
show(lambda: ints.__setitem__(0, "x"))
shorts = memoryview(data).cast("H")
shorts[3] = 0
show(lambda: (shorts.tolist(), shorts.__setitem__(0, -1)))
chars = memoryview(data).cast("c")
chars[0] = b"Z"
show(lambda: (data[0], chars.__setitem__(0, b"ab")))
show(lambda: chars.__setitem__(0, 1))
ints.release()
shorts.release()
chars.release()
data.append(0)
show(lambda: len(data))

print("-- comparing different formats")
show(lambda: memoryview(b"\x01\x00\x02\x00").cast("h") == memoryview(b"\x01\x02").cast("b"))
show(lambda: memoryview(b"\x01\x00\x02\x00").cast("h") == [1, 2])
show(lambda: memoryview(b"\x01\x00\x02\x00").cast("h") == b"\x01\x00\x02\x00")
show(lambda: hash(memoryview(b"abcd").cast("h")))
show(lambda: hash(memoryview(b"abcd").cast("c")) == hash(b"abcd"))

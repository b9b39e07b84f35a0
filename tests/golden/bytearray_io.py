# Bytes-likes through io and os: write accepts them, readinto fills them.
import io
import os
import tempfile


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


b = io.BytesIO(b"hello world")
ba = bytearray(5)
show(lambda: (b.readinto(ba), ba))
mv = memoryview(bytearray(4))
show(lambda: (b.readinto(mv), mv.tobytes()))
show(lambda: (b.readinto(bytearray(10)), b.readinto(bytearray(10))))
show(lambda: b.readinto(b"xx"))
show(lambda: b.readinto(memoryview(b"xx")))
show(lambda: b.readinto())
show(lambda: (b.write(bytearray(b"ab")), b.write(memoryview(b"cd")), b.getvalue()))
show(lambda: b.write("s"))
show(lambda: io.BytesIO(bytearray(b"init")).read())

d = tempfile.mkdtemp()
path = os.path.join(d, "f.bin")
with open(path, "wb") as f:
    show(lambda: f.write(bytearray(b"0123456789")))
    show(lambda: f.write(memoryview(b"abc")[1:]))
with open(path, "rb") as f:
    buf = bytearray(4)
    show(lambda: (f.readinto(buf), buf))
    show(lambda: (f.readinto1(memoryview(buf)[1:3]), buf))
    show(lambda: f.readinto(bytes(3)))
with open(path, "rb", buffering=0) as f:
    big = bytearray(20)
    show(lambda: (f.readinto(big), big))
    show(lambda: f.readinto(bytearray(3)))
fd = os.open(path, os.O_WRONLY | os.O_TRUNC)
show(lambda: os.write(fd, bytearray(b"xyz")))
show(lambda: os.write(fd, memoryview(b"123")))
os.close(fd)
with open(path, "rb") as f:
    show(lambda: f.read())
os.remove(path)
os.rmdir(d)

import binascii
import base64
import codecs

show(lambda: binascii.hexlify(bytearray(b"ab")))
show(lambda: binascii.b2a_base64(memoryview(b"ab")))
show(lambda: base64.b64encode(bytearray(b"ab")))
show(lambda: base64.b64decode(bytearray(b"YWI=")))
show(lambda: base64.b64encode(memoryview(b"ab")))
show(lambda: codecs.decode(bytearray(b"abc"), "ascii"))
show(lambda: codecs.utf_8_decode(bytearray(b"abc")))
show(lambda: codecs.latin_1_decode(memoryview(b"abc")))

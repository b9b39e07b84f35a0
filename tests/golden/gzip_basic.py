# gzip: one-shot functions, GzipFile reading and writing in memory and on
# disk, multi-member streams, headers, text mode and the errors.
import gzip
import io
import os
import tempfile


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


data = b"line one\nline two\n" + b"filler " * 300 + b"\nlast line"

# One shot; with mtime=0 the header is fixed (the deflate body may differ between builds).
blob = gzip.compress(data, mtime=0)
print(blob[:10], gzip.decompress(blob) == data)
print(gzip.compress(data, 1, mtime=0)[:10], gzip.compress(data, 5, mtime=12345)[:10])
print(gzip.decompress(gzip.compress(b"a", mtime=0) + gzip.compress(b"b", mtime=0)))
print(gzip.decompress(gzip.compress(b"padded", mtime=0) + b"\0\0\0\0"))
print(gzip.decompress(b""), gzip.decompress(gzip.compress(b"")))
print(gzip.decompress(bytearray(blob)) == data)

# A stream written by CPython's gzip with a file name in the header.
made = (b'\x1f\x8b\x08\x08\x05\x00\x00\x00\x02\xfffoo.txt\x00\xcbH\xcd\xc9\xc9\xe7'
        b'\xaa\xa8`@\x02\x00\x90\xb1\xa6\x1c\x14\x00\x00\x00')
with gzip.GzipFile(fileobj=io.BytesIO(made)) as f:
    print(f.mtime, f.read(), f.mtime)

# GzipFile in memory.
buf = io.BytesIO()
with gzip.GzipFile("name.txt.gz", "wb", fileobj=buf, mtime=7) as f:
    print(f.mode == gzip.WRITE, f.name, f.writable(), f.readable())
    print(f.write(b"hello\n"), f.write(memoryview(b"world\n")), f.write(bytearray(b"!")))
    print(f.tell())
    f.seek(20)
    print(f.tell())
    attempt("backwards:", lambda: f.seek(3))
    attempt("read on write:", lambda: f.read())
raw = buf.getvalue()
print(raw[:18])
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.mode == gzip.READ, repr(f.name), f.readable(), f.seekable())
    print(f.peek(1)[:1], f.read(3), f.read1(2), f.readline(), f.tell())
    print(list(f))
    f.seek(0)
    print(f.readlines())
    f.seek(-3, 1)
    print(f.read(), f.seek(2), f.read(4))
    f.rewind()
    print(f.read(5))
    attempt("write on read:", lambda: f.write(b"x"))
print(f.closed)
attempt("closed:", lambda: f.read())

# On disk: write, append a member, read it back, text mode.
folder = tempfile.mkdtemp()
path = os.path.join(folder, "sample.gz")
with gzip.open(path, "wb") as f:
    f.write(b"first member\n")
with gzip.open(path, "ab", compresslevel=1) as f:
    f.write(b"second member\n")
with gzip.open(path) as f:
    print(f.read())
with gzip.open(path, "rt", encoding="ascii") as f:
    print(f.readlines())
with gzip.open(path, "wt", encoding="utf-8", newline="\r\n") as f:
    f.write("caf\u00e9\nline\n")
with gzip.open(path, "rb") as f:
    print(f.read())
with open(path, "rb") as raw_file:
    print(raw_file.read(3))
    raw_file.seek(0)
    print(gzip.GzipFile(fileobj=raw_file, mode="rb").read()[:4])
os.remove(path)
os.rmdir(folder)

# Errors.
attempt("not gzip:", lambda: gzip.decompress(b"hello world"))
attempt("trailing junk:", lambda: gzip.decompress(blob + b"junk"))
attempt("truncated:", lambda: gzip.decompress(blob[:-3]))
attempt("method:", lambda: gzip.decompress(b"\x1f\x8b\x07" + blob[3:]))
attempt("crc:", lambda: gzip.decompress(blob[:-8] + b"\0\0\0\0" + blob[-4:]))
attempt("length:", lambda: gzip.decompress(blob[:-4] + b"\0\0\0\0"))
attempt("file crc:", lambda: gzip.GzipFile(fileobj=io.BytesIO(blob[:-8] + b"\0\0\0\0" + blob[-4:])).read())
attempt("file truncated:", lambda: gzip.GzipFile(fileobj=io.BytesIO(blob[:-8])).read())
attempt("bad mode:", lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="z"))
attempt("open text+binary:", lambda: gzip.open(io.BytesIO(), "rbt"))
attempt("encoding in binary:", lambda: gzip.open(io.BytesIO(), "rb", encoding="utf-8"))
attempt("bad filename:", lambda: gzip.open(3.5))
print(issubclass(gzip.BadGzipFile, OSError))

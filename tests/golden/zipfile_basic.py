# zipfile: writing and reading archives in memory and on disk, stored and
# deflated members, ZipInfo, comments, appending, extraction, zipfile.Path,
# ZIP64 records and the errors.
import hashlib
import io
import os
import shutil
import tempfile
import warnings
import zipfile


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


stamp = (2021, 6, 7, 8, 9, 10)
text = b"zip me " * 200

# A stored archive with fixed timestamps is byte-for-byte what CPython writes.
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    for name, body in (("a.txt", b"alpha"), ("dir/b.txt", text), ("dir/", b"")):
        info = zipfile.ZipInfo(name, stamp)
        info.external_attr = 0o644 << 16
        z.writestr(info, body)
    z.comment = b"an archive comment"
stored = buf.getvalue()
print(len(stored), hashlib.sha1(stored).hexdigest())

with zipfile.ZipFile(io.BytesIO(stored)) as z:
    print(z.namelist(), z.comment, z.testzip())
    for info in z.infolist():
        print(repr(info), info.date_time, info.CRC, info.header_offset, info.is_dir())
    print(z.read("a.txt"), z.read(z.getinfo("dir/b.txt")) == text)
    with z.open("dir/b.txt") as f:
        print(repr(f), f.read(8), f.readline()[:14], f.tell(), f.seek(2), f.read(5))
        f.seek(-4, 2)
        print(f.read())
    attempt("missing:", lambda: z.getinfo("nope"))
    attempt("write in r:", lambda: z.writestr("x", b""))
print(zipfile.is_zipfile(io.BytesIO(stored)), zipfile.is_zipfile(io.BytesIO(b"PK nothing")))

# Deflated members (bytes may differ between zlib builds; contents may not).
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr(zipfile.ZipInfo("d.txt", stamp), text, compress_type=zipfile.ZIP_DEFLATED)
    z.writestr("s.txt", "stored text", compress_type=zipfile.ZIP_STORED)
    with z.open("w.bin", "w") as w:
        w.write(b"streamed ")
        w.write(memoryview(b"bytes"))
    z.mkdir("empty")
    print(repr(z.getinfo("empty/")))
with zipfile.ZipFile(buf) as z:
    d = z.getinfo("d.txt")
    print(d.compress_type, d.file_size, d.compress_size < d.file_size, d.flag_bits)
    print(z.read("d.txt") == text, z.read("s.txt"), z.read("w.bin"), z.namelist())

# Appending, a prepended stub, mode 'x'.
buf = io.BytesIO(stored)
with zipfile.ZipFile(buf, "a") as z:
    z.writestr(zipfile.ZipInfo("c.txt", stamp), b"gamma")
with zipfile.ZipFile(buf) as z:
    print(z.namelist(), z.comment, z.read("c.txt"))
prefixed = io.BytesIO(b"#!stub\n" + stored)
with zipfile.ZipFile(prefixed) as z:
    print(z.read("a.txt"), z.getinfo("a.txt").header_offset)
fresh = io.BytesIO(b"not a zip")
with zipfile.ZipFile(fresh, "a") as z:
    z.writestr(zipfile.ZipInfo("n.txt", stamp), b"new")
print(fresh.getvalue()[:9], zipfile.ZipFile(fresh).read("n.txt"))

# On disk: write files and folders, extract, the command line helpers.
root = tempfile.mkdtemp()
src = os.path.join(root, "src")
os.makedirs(os.path.join(src, "sub"))
with open(os.path.join(src, "one.txt"), "w") as f:
    f.write("one\n")
with open(os.path.join(src, "sub", "two.txt"), "w") as f:
    f.write("two\n")
archive = os.path.join(root, "out.zip")
with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
    z.write(os.path.join(src, "one.txt"), "one.txt")
    z.write(os.path.join(src, "sub"), "sub")
    z.write(os.path.join(src, "sub", "two.txt"), "sub/two.txt")
    z.writestr("../evil.txt", b"kept inside")
    print(repr(z)[:26], z.filename == archive)
try:
    zipfile.ZipFile(archive, "x")
except FileExistsError as e:
    print("exclusive:", e.errno)
with zipfile.ZipFile(archive) as z:
    print(z.namelist())
    dest = os.path.join(root, "dest")
    z.extractall(dest)
    print(sorted(os.listdir(dest)), sorted(os.listdir(os.path.join(dest, "sub"))))
    target = z.extract("one.txt", os.path.join(root, "single"))
    print(os.path.relpath(target, root), open(target).read())
print(repr(z))
attempt("closed:", lambda: z.read("one.txt"))

# zipfile.Path.
with zipfile.ZipFile(archive) as z:
    top = zipfile.Path(z)
    print(sorted(p.name for p in top.iterdir()))
    sub = top / "sub"
    print(sub.is_dir(), sub.exists(), (sub / "two.txt").read_text(), (top / "one.txt").read_bytes())
    print((top / "one.txt").suffix, (top / "one.txt").stem, (sub / "two.txt").parent.at, (top / "nope").exists())
    with (sub / "two.txt").open() as f:
        print(f.read())
shutil.rmtree(root)

# ZIP64 records forced on a small member.
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    with z.open(zipfile.ZipInfo("big.bin", stamp), "w", force_zip64=True) as w:
        w.write(b"x" * 100)
with zipfile.ZipFile(buf) as z:
    info = z.getinfo("big.bin")
    print(info.extract_version, z.read("big.bin") == b"x" * 100, len(info.extra))
attempt("no zip64:", lambda: zipfile.ZipFile(io.BytesIO(), "w", allowZip64=False).open("f", "w", force_zip64=True))

# ZipInfo.
info = zipfile.ZipInfo("plain")
print(repr(info), info.date_time, info.compress_type, info.create_system, info.external_attr)
attempt("old stamp:", lambda: zipfile.ZipInfo("x", (1979, 12, 31, 0, 0, 0)))

# Errors and warnings.
attempt("not a zip:", lambda: zipfile.ZipFile(io.BytesIO(b"hello")))
attempt("mode:", lambda: zipfile.ZipFile(io.BytesIO(), "q"))
attempt("method:", lambda: zipfile.ZipFile(io.BytesIO(), "w", 99))
attempt("open mode:", lambda: zipfile.ZipFile(io.BytesIO(stored)).open("a.txt", "q"))
bad = bytearray(stored)
bad[bad.find(b"alpha")] = ord("A")
attempt("crc:", lambda: zipfile.ZipFile(io.BytesIO(bytes(bad))).read("a.txt"))
print(zipfile.ZipFile(io.BytesIO(bytes(bad))).testzip())
bad = bytearray(stored)
bad[0] = ord("X")
attempt("header:", lambda: zipfile.ZipFile(io.BytesIO(bytes(bad))).read("a.txt"))
with zipfile.ZipFile(io.BytesIO(), "w") as z:
    attempt("comment type:", lambda: setattr(z, "comment", "text"))
    with z.open("held", "w"):
        attempt("while writing:", lambda: z.writestr("other", b""))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        z.writestr("held", b"again")
        z.comment = b"c" * 70000
    print([str(w.message) for w in caught], len(z.comment))
print(zipfile.BadZipfile is zipfile.BadZipFile is zipfile.error, issubclass(zipfile.LargeZipFile, Exception))
print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA, zipfile.ZIP64_LIMIT)

# zlib: round trips at every level and window size, streams made by C zlib,
# the objects' bookkeeping, checksums and error messages.
import zlib


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


data = b"The quick brown fox jumps over the lazy dog. " * 40 + bytes(range(256))

# Round trips (the compressed bytes themselves may differ between zlib builds).
for level in range(-1, 10):
    assert zlib.decompress(zlib.compress(data, level)) == data, level
for wbits in (9, 12, 15):
    assert zlib.decompress(zlib.compress(data, 6, wbits), wbits) == data
    assert zlib.decompress(zlib.compress(data, 6, -wbits), -wbits) == data
    assert zlib.decompress(zlib.compress(data, 6, 16 + wbits), 16 + wbits) == data
print("round trips ok")
print(zlib.decompress(zlib.compress(data, wbits=31), 47) == data, zlib.decompress(zlib.compress(data), 32 + 15) == data)
print(zlib.compress(b"abc", 0))

# Streams produced by C zlib.
print(zlib.decompress(b'x\x9cK\xce\xcf\xccQ\xa8\xca\xc9LRH\xcf\xcfII\xcdSH&]\x00\x00]g\x18\xc5'))
print(zlib.decompress(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03K\xaf\xca,P\xc8M\xcdMJ-\x02\x00.\xe3\x08\xa1\x0b\x00\x00\x00', 31))
print(zlib.decompress(b'+J,WHIM\xcbI,IUHI,I\x04\x00', -15))
zd = b'x\xbb7j\x06\x86KA\xe3+$\xe6\xa5(\xe4\xe6\x17\xa5B\xb8\x00\xc1\xf4\x0b\xfb'
print(zlib.decompressobj(zdict=b"dictionary words").decompress(zd))
attempt("no zdict:", lambda: zlib.decompress(zd))
attempt("wrong zdict:", lambda: zlib.decompressobj(zdict=b"other").decompress(zd))

# Buffer protocol.
print(zlib.decompress(bytearray(zlib.compress(memoryview(b"views too")))))
print(zlib.crc32(bytearray(b"abc")), zlib.adler32(memoryview(b"abc")))

# Checksums, running and masked start values.
print(zlib.crc32(b""), zlib.crc32(b"hello"), zlib.crc32(b"world", zlib.crc32(b"hello ")))
print(zlib.adler32(b""), zlib.adler32(b"hello"), zlib.adler32(b"x", 2**32 + 5), zlib.crc32(b"x", -1))

# Compress objects: flush modes and copies.
co = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_FILTERED)
parts = [co.compress(data[:500]), co.flush(zlib.Z_SYNC_FLUSH), co.compress(data[500:])]
twin = co.copy()
parts.append(co.flush())
print(zlib.decompress(b"".join(parts), -15) == data)
print(zlib.decompress(b"".join(parts[:3]) + twin.flush(), -15) == data)
attempt("after finish:", lambda: co.compress(b"x"))
attempt("flush again:", lambda: co.flush())
attempt("copy finished:", lambda: co.copy())
print(co.flush(zlib.Z_NO_FLUSH))

# Decompress objects: max_length, unconsumed_tail, unused_data, eof, flush.
blob = zlib.compress(data)
do = zlib.decompressobj()
out = do.decompress(blob, 100)
print(len(out), do.eof, len(do.unconsumed_tail) > 0, do.unused_data)
while do.unconsumed_tail:
    out += do.decompress(do.unconsumed_tail, 1000)
out += do.flush()
print(out == data, do.eof, do.unconsumed_tail, do.unused_data)

do = zlib.decompressobj()
print(do.decompress(zlib.compress(b"first") + b"trailing") , do.eof, do.unused_data)
print(do.decompress(b"more"), do.unused_data)
dup = do.copy()
print(dup.eof, dup.unused_data)

do = zlib.decompressobj()
pieces = [do.decompress(blob[i:i + 7]) for i in range(0, len(blob), 7)]
print(b"".join(pieces) == data, do.eof)

# Errors.
attempt("bad header:", lambda: zlib.decompress(b"not zlib at all"))
attempt("truncated:", lambda: zlib.decompress(blob[:-5]))
attempt("empty:", lambda: zlib.decompress(b""))
attempt("gzip as zlib:", lambda: zlib.decompress(zlib.compress(b"x", wbits=31)))
attempt("window:", lambda: zlib.decompress(zlib.compress(b"x" * 1000, wbits=15), 9))
attempt("level:", lambda: zlib.compress(b"x", 10))
attempt("wbits:", lambda: zlib.compress(b"x", 6, 99))
attempt("bufsize:", lambda: zlib.decompress(blob, bufsize=-1))
attempt("compressobj:", lambda: zlib.compressobj(memLevel=10))
attempt("decompressobj:", lambda: zlib.decompressobj(wbits=99))
attempt("zdict type:", lambda: zlib.decompressobj(zdict=5))
attempt("max_length:", lambda: zlib.decompressobj().decompress(b"", -1))
attempt("flush length:", lambda: zlib.decompressobj().flush(0))
attempt("str data:", lambda: zlib.compress("text"))
attempt("crc str:", lambda: zlib.crc32("text"))
attempt("big level:", lambda: zlib.compress(b"x", 2**40))
attempt("float level:", lambda: zlib.compress(b"x", 1.5))
attempt("kwarg:", lambda: zlib.compress(b"x", bogus=1))
attempt("no data:", lambda: zlib.compress())
attempt("crc no args:", lambda: zlib.crc32())
attempt("new Compress:", lambda: type(zlib.compressobj())())
print(isinstance(zlib.error("x"), Exception), zlib.error.__module__, zlib.error.__name__)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__)

# Constants.
for name in ("MAX_WBITS", "DEFLATED", "DEF_MEM_LEVEL", "DEF_BUF_SIZE", "Z_NO_COMPRESSION",
             "Z_BEST_SPEED", "Z_BEST_COMPRESSION", "Z_DEFAULT_COMPRESSION", "Z_FILTERED",
             "Z_HUFFMAN_ONLY", "Z_RLE", "Z_FIXED", "Z_DEFAULT_STRATEGY", "Z_NO_FLUSH",
             "Z_PARTIAL_FLUSH", "Z_SYNC_FLUSH", "Z_FULL_FLUSH", "Z_FINISH", "Z_BLOCK", "Z_TREES"):
    print(name, getattr(zlib, name))
print(zlib.ZLIB_VERSION[0] == zlib.ZLIB_RUNTIME_VERSION[0] == "1")

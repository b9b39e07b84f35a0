# Incremental decoding split at every byte boundary, incremental encoders
# (byte order marks once), state, and iterencode/iterdecode.
import codecs

TEXT = "a\xe9\u20ac\U0001f600z\n\u4e2d"
CODECS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
          "latin-1", "cp1252", "unicode_escape", "raw_unicode_escape"]

for enc in CODECS:
    text = TEXT if enc not in ("latin-1", "cp1252") else "a\xe9z\n"
    data = codecs.encode(text, enc)
    ok = True
    for cut in range(len(data) + 1):
        dec = codecs.getincrementaldecoder(enc)()
        got = dec.decode(data[:cut]) + dec.decode(data[cut:]) + dec.decode(b"", True)
        ok = ok and got == text
    # byte by byte, watching what is held back
    dec = codecs.getincrementaldecoder(enc)()
    pieces = []
    for i in range(len(data)):
        pieces.append(dec.decode(data[i:i + 1]))
    pieces.append(dec.decode(b"", final=True))
    print(enc, ok, "".join(pieces) == text, [len(p) for p in pieces][:12])

# what the decoders hold back, and getstate()
for enc, data in [("utf-8", b"a\xe2\x82"), ("utf-16", b"\xff"), ("utf-16", b"\xff\xfea"), ("utf-16", b"\xfe\xff\x00a"),
                  ("utf-8-sig", b"\xef\xbb"), ("utf-8-sig", b"\xef\xbb\xbfa"), ("utf-32-le", b"a\x00"),
                  ("unicode_escape", b"ab\\x4"), ("unicode_escape", b"\\N{EURO"), ("raw_unicode_escape", b"x\\u00"),
                  ("raw_unicode_escape", b"\\\\\\"), ("ascii", b"abc")]:
    dec = codecs.getincrementaldecoder(enc)()
    out = dec.decode(data)
    print(enc, repr(data), ascii(out), dec.getstate())
    try:
        print("   final:", ascii(dec.decode(b"", True)))
    except UnicodeDecodeError as e:
        print("   final:", e)

# reset and setstate
dec = codecs.getincrementaldecoder("utf-16")()
print(ascii(dec.decode(b"\xfe\xff\x00a")), dec.getstate())
dec.reset()
try:
    dec.decode(b"a\x00")
except UnicodeError as e:
    print(dec.getstate(), type(e).__name__, e)
dec.reset()
for enc in ["utf-16", "utf-32"]:
    try:
        codecs.getincrementaldecoder(enc)().decode(b"ab\x00\x00")
    except UnicodeError as e:
        print(enc, type(e).__name__, e)
print(ascii(b"a\x00".decode("utf-16")), ascii(b"a\x00\x00\x00".decode("utf-32")))
dec.setstate((b"", 1))
print(ascii(dec.decode(b"\x00b")))
dec = codecs.getincrementaldecoder("utf-8")()
dec.decode(b"\xe2")
dec.setstate((b"\xe2\x82", 0))
print(ascii(dec.decode(b"\xac")))

# errors while decoding in pieces
dec = codecs.getincrementaldecoder("utf-8")("replace")
print(ascii(dec.decode(b"a\xff\xe2")), ascii(dec.decode(b"\x82")), ascii(dec.decode(b"", True)))
dec = codecs.getincrementaldecoder("utf-8")()
try:
    dec.decode(b"ab\xff")
except UnicodeDecodeError as e:
    print(e)
dec.errors = "ignore"
print(ascii(dec.decode(b"c\xffd")))

# encoders: the byte order mark once, again after reset()
for enc in ["utf-8", "utf-8-sig", "utf-16", "utf-32", "utf-16-be", "ascii", "cp437"]:
    coder = codecs.getincrementalencoder(enc)("replace")
    first = coder.encode("ab")
    second = coder.encode("\xe9")
    state = coder.getstate()
    coder.reset()
    print(enc, first, second, coder.encode("", True), state)
coder = codecs.getincrementalencoder("ascii")()
try:
    coder.encode("x\xe9")
except UnicodeEncodeError as e:
    print(e)

print(list(codecs.iterencode(["a", "\xe9", "", "\u20ac"], "utf-16")))
print(ascii(list(codecs.iterdecode([b"a\xc3", b"\xa9", b"", b"\xe2\x82", b"\xac"], "utf-8"))))
print(ascii(list(codecs.iterdecode([b"\xff"], "utf-8", "replace"))))

# bytes.decode with every codec and error handler: results, messages, attributes.

def show(data, encoding, errors="strict"):
    try:
        print(encoding, errors, repr(data), ascii(data.decode(encoding, errors)))
    except UnicodeDecodeError as e:
        print(encoding, errors, repr(data), "UnicodeDecodeError:", e)
        print("   ", e.encoding, repr(e.object), e.start, e.end, e.reason, e.args == (e.encoding, e.object, e.start, e.end, e.reason))
    except Exception as e:
        print(encoding, errors, repr(data), type(e).__name__, e)

HANDLERS = ["strict", "ignore", "replace", "backslashreplace"]

UTF8 = [b"", b"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80", b"\xff", b"a\x80b", b"\xe2\x82", b"\xe2\x82x", b"\xe2x",
        b"\xe0\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xf0\x90\x80", b"\xc0\xaf", b"\xf8", b"\xc2",
        b"\xc2\xa9\xff\xfe", b"ok\xef\xbb\xbfok"]
for data in UTF8:
    for h in HANDLERS:
        show(data, "utf-8", h)
for data in [b"\xef\xbb\xbfabc", b"abc", b"\xef\xbb", b"\xef\xbb\xbf\xef\xbb\xbf", b"\xef\xbb\xbfa\xff"]:
    for h in HANDLERS:
        show(data, "utf-8-sig", h)

UTF16 = [b"a", b"a\x00\x00", b"\x00\xd8", b"\x00\xd8a", b"\x00\xd8a\x00", b"\x00\xdca\x00", b"\x00\xd8\x00\xd8",
         b"\x00\xd8\x00\xdc", b"\xff\xfea\x00", b"\xfe\xff\x00a", b"\xff\xfe\x00\xd8", b"\xfe\xff\xd8\x00"]
for data in UTF16:
    for enc in ["utf-16", "utf-16-le", "utf-16-be"]:
        for h in HANDLERS:
            show(data, enc, h)

UTF32 = [b"a\x00\x00", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00", b"\xff\xfe\x00\x00a\x00\x00\x00",
         b"\x00\x00\xfe\xff\x00\x00\x00a", b"a\x00\x00\x00\xff", b"\x00\xf6\x01\x00"]
for data in UTF32:
    for enc in ["utf-32", "utf-32-le", "utf-32-be"]:
        for h in HANDLERS:
            show(data, enc, h)

for enc in ["ascii", "latin-1", "cp1252", "cp437", "iso8859-15", "mac-roman"]:
    for h in HANDLERS + ["xmlcharrefreplace", "namereplace", "nonsense"]:
        show(b"a\x81\x90\xff\xa4", enc, h)
    show(bytes(range(128, 256)), enc, "replace")

ESCAPES = [rb"a\x41\u00e9\U0001F600\N{EURO SIGN}\101\7\0\n\t\\\'\"\a\b\f\v\r", b"\\\n", rb"\x4", rb"\x4g",
           rb"\u12", rb"\U0011ffff", rb"\U001", rb"\N{NOPE}", rb"\N{EURO", rb"\N{}", rb"\N", rb"\Nx", b"\\",
           b"a\\", b"\xe9\xff", rb"ab\x", b"\\\\u0041", b"\\\\\\u0041"]
for data in ESCAPES:
    for enc in ["unicode_escape", "raw_unicode_escape"]:
        for h in HANDLERS:
            show(data, enc, h)

# round trips
text = "mixed: caf\xe9 \u20ac \u4e2d \U0001f600 \\ \t"
for enc in ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
            "unicode_escape", "raw_unicode_escape"]:
    print(enc, text.encode(enc).decode(enc) == text)
for enc in ["latin-1", "cp1252", "cp437", "iso8859-15", "mac-roman"]:
    table = bytes(range(256)).decode(enc, "replace")
    print(enc, ascii(table[128:]))

# str() with an encoding, keyword arguments, argument errors
print(str(b"abc", "ascii"), ascii(str(b"a\xffc", errors="replace")), str(b"abc", encoding="latin1"))
print(ascii(b"\xe9".decode(encoding="latin-1")), ascii(b"a\xff".decode(errors="ignore")))
for call in [lambda: b"a".decode(1), lambda: b"a".decode("utf-8", None), lambda: b"a".decode("x", "y", "z"),
             lambda: b"a".decode(foo=1), lambda: b"a".decode("nope"), lambda: str("abc", "ascii"),
             lambda: str(5, "ascii"), lambda: str(b"a", 5), lambda: str(b"\xff", "utf-8"),
             lambda: b"\x81".decode("cp1252", "nonsense"), lambda: b"\xff".decode("ascii", "namereplace")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

# str.encode with every codec and error handler: results, messages, attributes.

def show(text, encoding, errors="strict"):
    try:
        print(encoding, errors, repr(text.encode(encoding, errors)))
    except UnicodeEncodeError as e:
        print(encoding, errors, "UnicodeEncodeError:", e)
        print("   ", e.encoding, repr(e.object), e.start, e.end, e.reason, e.args == (e.encoding, e.object, e.start, e.end, e.reason))
    except Exception as e:
        print(encoding, errors, type(e).__name__, e)

CODECS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be",
          "latin-1", "ascii", "cp1252", "cp437", "iso8859-15", "mac-roman", "unicode_escape", "raw_unicode_escape"]
SAMPLES = ["", "plain ascii", "caf\xe9 \u20ac \U0001f600", "\t\n\r\\'\"\x00\x7f\x80\xff", "\u0100\u0101x\u4e2d"]
for enc in CODECS:
    for s in SAMPLES:
        show(s, enc)

HANDLERS = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
            "surrogateescape", "surrogatepass", "nonsense"]
for enc in ["ascii", "latin-1", "cp1252", "cp437", "iso8859-15", "mac-roman"]:
    for h in HANDLERS:
        show("a\xe9\u20ac\u0100\U0001f600\ue000b", enc, h)
    show("plain", enc, "nonsense")

# one character versus a run in the message
show("x\xe9y", "ascii")
show("x\xe9\xe9y", "ascii")
show("\U0001f600", "latin-1")
show("\u20ac", "cp437")

# keyword arguments and argument errors
print("k\xe9".encode(encoding="latin-1"), "k\xe9".encode(errors="replace", encoding="ascii"), "k".encode())
for call in [lambda: "a".encode(1), lambda: "a".encode("utf-8", 1), lambda: "a".encode("utf-8", "strict", 3),
             lambda: "a".encode(bogus=1), lambda: "a".encode("ascii", encoding="ascii"),
             lambda: "a".encode("no-such-codec"), lambda: "a".encode("utf-8\0")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

# encoding names in Python's spellings
for name in ["UTF8", "utf_8", "U8", "Utf 8", "latin1", "ISO-8859-1", "cp819", "L1", "iso_8859_1:1987", "us-ascii",
             "646", "windows-1252", "IBM437", "latin9", "macroman", "utf-16le", "UTF-32BE", "unicode-escape"]:
    print(name, "\xe9".encode(name, "replace"))

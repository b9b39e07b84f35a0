# The codecs module: lookup, CodecInfo, encode/decode, error handler registry,
# the builtin handler functions, UnicodeError classes, BOM constants.
import codecs

for name in ["utf-8", "UTF8", "u8", "utf_8_sig", "utf-16", "UTF-16LE", "utf_32_be", "latin-1", "L1", "ascii",
             "us", "cp1252", "windows_1252", "437", "iso-8859-15", "latin9", "macintosh", "unicode_escape",
             "raw-unicode-escape", "iso8859.1", "ANSI_X3.4-1968"]:
    info = codecs.lookup(name)
    print(name, "->", info.name, len(info), info._is_text_encoding, isinstance(info, tuple),
          info.incrementalencoder is not None, info.incrementaldecoder is not None)
for name in ["nope", "utf.8", "latin.1", "x-mac-roman", "CP-1252", ""]:
    try:
        codecs.lookup(name)
    except LookupError as e:
        print("LookupError", e)
for bad in [5, None]:
    try:
        codecs.lookup(bad)
    except TypeError as e:
        print("TypeError", e)

info = codecs.lookup("latin-1")
print(info.encode("a\xe9"), info.decode(b"a\xe9"), info[0]("x"), info.name)
print(codecs.lookup("utf-16").encode("hi"), codecs.lookup("utf-8").decode(b"\xc3\xa9"))
print(codecs.encode("a\xe9", "latin-1"), codecs.decode(b"a\xe9", "latin-1"), codecs.encode("x"), codecs.decode(b"x"))
print(codecs.encode("\u20ac", "ascii", "xmlcharrefreplace"), codecs.decode(b"\xff", "ascii", errors="replace"))
print(codecs.getencoder("utf-16-le")("ab"), codecs.getdecoder("utf-16-le")(b"a\x00b\x00"))
print(codecs.utf_8_decode(b"ab\xe2\x82"), codecs.utf_8_decode(b"ab\xe2\x82", "strict", True) if False else "",
      codecs.utf_16_decode(b"\xff\xfea\x00b"), codecs.latin_1_encode("\xe9"), codecs.ascii_decode(b"abc"),
      codecs.unicode_escape_decode(b"ab\\x4", "strict", False), codecs.raw_unicode_escape_encode("\u20ac"))
for call in [lambda: codecs.encode(5, "cp1252"), lambda: codecs.encode(5, "utf-8"),
             lambda: codecs.decode("x", "utf-8"), lambda: codecs.encode(b"x", "latin-1"),
             lambda: codecs.decode(b"x", "nope"), lambda: codecs.register(5),
             lambda: codecs.utf_8_decode(b"\xff", "strict", True)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM == codecs.BOM_UTF16, codecs.BOM_LE, codecs.BOM_BE, codecs.BOM32_LE, codecs.BOM64_BE)

# error handlers: lookup_error, the builtin functions, registered handlers
for name in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    print(name, callable(codecs.lookup_error(name)))
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError", e)
enc_err = UnicodeEncodeError("ascii", "a\xe9\u20ac", 1, 3, "bad")
dec_err = UnicodeDecodeError("ascii", b"a\xff\xfe", 1, 3, "bad")
tr_err = UnicodeTranslateError("a\xe9\u20ac", 1, 3, "bad")
for fn in [codecs.ignore_errors, codecs.replace_errors, codecs.backslashreplace_errors,
           codecs.xmlcharrefreplace_errors, codecs.namereplace_errors, codecs.strict_errors]:
    for err in [enc_err, dec_err, tr_err]:
        try:
            print(fn.__name__, type(err).__name__, ascii(fn(err)))
        except Exception as e:
            print(fn.__name__, type(err).__name__, "raises", type(e).__name__, e)
for bad in [ValueError("x"), 5]:
    for fn in [codecs.strict_errors, codecs.replace_errors]:
        try:
            fn(bad)
        except Exception as e:
            print(fn.__name__, type(e).__name__, e)

def euro(exc):
    print("  handler got", type(exc).__name__, exc.start, exc.end, ascii(exc.object))
    return ("\u20ac", exc.end)
codecs.register_error("euro", euro)
for enc in ["ascii", "latin-1", "cp1252"]:
    try:
        print(enc, "a\xe9b".encode(enc, "euro"))
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError", e)
print(ascii(b"a\xffb\xfe".decode("utf-8", "euro")))
print(codecs.lookup_error("euro") is euro)
codecs.register_error("tag", lambda e: ("<%d:%d>" % (e.start, e.end), e.end))
print(ascii(b"a\xff\xfe\xe2\x82b".decode("utf-8", "tag")), "x\xe9\xe9y\u20ac".encode("ascii", "tag"))
codecs.register_error("skip2", lambda e: ("", e.start + 2))
print(ascii(b"a\xffbcd".decode("ascii", "skip2")))
codecs.register_error("neg", lambda e: ("X", -1))
print(ascii(b"ab\xffcd".decode("ascii", "neg")), "ab\xe9cd".encode("ascii", "neg"))
codecs.register_error("bytes", lambda e: (b"\xff\xfe", e.end))
print("a\xe9b".encode("ascii", "bytes"))
for name, handler in [("bad", lambda e: 5), ("far", lambda e: ("x", 99)), ("boom", lambda e: 1 / 0)]:
    codecs.register_error(name, handler)
    for call in [lambda: "a\xe9".encode("ascii", name), lambda: b"a\xff".decode("ascii", name),
                 lambda: b"a\x81".decode("cp1252", name)]:
        try:
            call()
        except Exception as e:
            print(name, type(e).__name__, e)
try:
    codecs.register_error("x", 5)
except TypeError as e:
    print("TypeError", e)

# the exception classes
for make in [lambda: UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad"),
             lambda: UnicodeDecodeError("utf-8", b"\xff\xfe", 1, 2, "bad"),
             lambda: UnicodeEncodeError("ascii", "a\xe9\u1234\U00012345", 3, 4, "r"),
             lambda: UnicodeEncodeError("ascii", "xy", 1, 2, "r"),
             lambda: UnicodeTranslateError("xy\xe9", 2, 3, "r"),
             lambda: UnicodeTranslateError("xy\xe9", 0, 3, "r"),
             lambda: UnicodeDecodeError(1, b"", 0, 0, "r"), lambda: UnicodeDecodeError("a", "b", 1, 2, "r"),
             lambda: UnicodeDecodeError("a", b"", "x", 0, "r"), lambda: UnicodeDecodeError("a", b"", 0, 0, 5),
             lambda: UnicodeEncodeError("a", b"xy", 0, 1, "r"), lambda: UnicodeDecodeError(),
             lambda: UnicodeTranslateError("xy", 1, 2)]:
    try:
        e = make()
        print(type(e).__name__, str(e), e.args)
    except TypeError as e:
        print("TypeError", e)
e = UnicodeDecodeError("a", b"xy", 0, 1, "r")
e.reason = "changed"
e.start, e.end = 1, 2
print(e, e.args, e.encoding, e.object, e.start, e.end, e.reason)
class Mine(UnicodeDecodeError):
    def __init__(self, data):
        super().__init__("utf-8", data, 0, 1, "mine")
m = Mine(b"\xff")
print(m, m.args, m.object, isinstance(m, ValueError), UnicodeTranslateError.__mro__[1].__name__)
try:
    raise Mine(b"\x80")
except UnicodeError as e:
    print("caught", e)

# incremental base classes
class Upper(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return input.upper().encode("ascii", self.errors)
print(Upper().encode("abc"), Upper("replace").encode("\xe9"), Upper().getstate())
class Pairs(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        n = len(input) if final else len(input) // 2 * 2
        return input[:n].decode("ascii", errors).upper(), n
d = Pairs()
print(d.decode(b"abc"), d.getstate(), d.decode(b"d"), d.decode(b"e", True), d.getstate())
try:
    codecs.IncrementalDecoder().decode(b"x")
except NotImplementedError:
    print("NotImplementedError")

# a codec of our own through a search function
def search(name):
    if name == "my_rot":
        def enc(text, errors="strict"):
            return text.translate(str.maketrans("abcdefghijklmnopqrstuvwxyz", "nopqrstuvwxyzabcdefghijklm")), len(text)
        return codecs.CodecInfo(enc, enc, name="my-rot")
    return None
codecs.register(search)
print(codecs.lookup("MY-ROT").name, codecs.encode("hello", "my-rot"), codecs.decode("uryyb", "my_rot"))
codecs.unregister(search)
try:
    codecs.lookup("my-rot")
except LookupError as e:
    print("LookupError", e)

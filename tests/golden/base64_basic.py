import base64 as b
import io


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


t(b.b64encode, b"hello world")
t(b.b64encode, "a")
t(b.b64encode, b"ab?>", b"-_")
t(b.b64encode, b"\xfb\xff", b"-")
t(b.b64encode, b"ab", altchars="-_")
t(b.b64decode, "YW==")
t(b.b64decode, "é")
t(b.b64decode, b"-_==", b"-_")
t(b.b64decode, b"+/==", altchars=b"-_")
t(b.b64decode, "YWJj", altchars="-_")
t(b.b64decode, b"YW!=", validate=True)
t(b.b64decode, b"YWJj\n\n", validate=True)
t(b.b64decode, b"YW==", validate=True)
t(b.b64decode, b"YW")
t(b.b64decode, b"YW Jj")
t(b.b64decode, 5)
t(b.b64decode, b"x", altchars=b"-")
t(b.standard_b64encode, b"\xff\xfe")
t(b.urlsafe_b64encode, b"\xff\xfe")
t(b.urlsafe_b64decode, "__4=")
t(b.standard_b64decode, b"//4=")
for data in [b"", b"a", b"ab", b"abc", b"abcd", b"abcde", b"abcdef"]:
    e32 = b.b32encode(data)
    h32 = b.b32hexencode(data)
    print(data, e32, h32, b.b32decode(e32) == data, b.b32hexdecode(h32) == data)
for s in [b"MFRGGZDFMY======", b"mfrggzdfmy======", b"MFRG", b"MFRGGZD1",
          b"MFRGGZD=", b"ME======", b"M=======", b"========", b"M=E=====",
          b"", b"MFRGGZD=MFRGGZD=", "MFRGGZDF"]:
    t(b.b32decode, s)
t(b.b32decode, b"mfrggzdfmy======", True)
t(b.b32decode, b"MFRGGZD1", map01=b"L")
t(b.b32decode, b"MFRGGZD0", map01=b"L")
t(b.b32decode, b"mfrggzdf", map01=b"l")
t(b.b32decode, b"MFRGGZD1", map01="L")
t(b.b32decode, b"MFRGGZD1", map01=b"LL")
t(b.b32encode, "a")
t(b.b32hexdecode, b"c5h66p35co======", True)
t(b.b32hexdecode, b"W")
t(b.b16encode, b"\xab\xcd")
for s in [b"ABCD", b"abcd", b"ABC", b"ABZ", b"AB\n"]:
    t(b.b16decode, s)
t(b.b16decode, "ab", True)
t(b.b85encode, b"hello")
t(b.b85encode, b"hello", pad=True)
t(b.b85encode, b"\0\0\0\0")
t(b.b85encode, "a")
for s in [b"Xk~0{Zv", b"Xk~0{Zv~~", b"|NsC0", b"|NsC", b"Xk~0{Zv!", b'Xk"0',
          "Xk~0{Zv", b"\x80"]:
    t(b.b85decode, s)
t(b.a85encode, b"hello")
t(b.a85encode, b"\0\0\0\0    x")
t(b.a85encode, b"\0\0\0\0    x", foldspaces=True)
t(b.a85encode, b"hello world, more text", wrapcol=5, adobe=True)
t(b.a85encode, b"hello", pad=True, adobe=True)
t(b.a85encode, b"", adobe=True, wrapcol=1)
t(b.a85encode, b"abcd", adobe=True, wrapcol=2)
t(b.a85encode, b"abcdabcd", adobe=True, wrapcol=7)
t(b.a85encode, b"abcdabcd", wrapcol=3)
t(b.a85encode, b"abcd", adobe=True, wrapcol=8)
t(b.a85encode, b"abc", adobe=True, wrapcol=6)
t(b.a85encode, b"\0")
t(b.a85encode, b"\0", pad=True)
t(b.a85encode, b"   ", foldspaces=True, pad=True)
t(b.a85encode, "x")
for s in [b"BOu!rDZ", b"y", b"zz!", b"B v", b"B\x00", b"Bz", b's8W-"',
          b"<~BOu!rDZ", b"B\nOu!rDZ", b"zzz", b"uuuuu", b"s8W-!", "BOu!rDZ",
          b"B\x80"]:
    t(b.a85decode, s)
t(b.a85decode, b"<~BOu!rDZ~>", adobe=True)
t(b.a85decode, b"BOu!rDZ", adobe=True)
t(b.a85decode, b"BOu!rDZ~>", adobe=True)
t(b.a85decode, b"~>", adobe=True)
t(b.a85decode, b"<~BOu!rDZ~>", adobe=True, ignorechars=b"")
t(b.a85decode, b"zy", foldspaces=True)
t(b.a85decode, b"By", foldspaces=True)
t(b.a85decode, b"B", ignorechars=b"")
t(b.encodebytes, b"x" * 100)
t(b.decodebytes, b"YWJj\n")
t(b.encodebytes, "a")
t(b.decodebytes, "YWJj")
o = io.BytesIO()
b.encode(io.BytesIO(b"abc" * 30), o)
print(o.getvalue())
o2 = io.BytesIO()
b.decode(io.BytesIO(o.getvalue()), o2)
print(o2.getvalue() == b"abc" * 30)
print(b.MAXBINSIZE, b.MAXLINESIZE)
data = bytes(range(256))
for enc, dec in [(b.b64encode, b.b64decode), (b.b32encode, b.b32decode),
                 (b.b16encode, b.b16decode), (b.b85encode, b.b85decode),
                 (b.a85encode, b.a85decode)]:
    print(enc.__name__, dec(enc(data)) == data, len(enc(data)))

# str.encode / bytes.decode with utf-8, ascii and latin-1 and the common error handlers.
s = "héllo ☃ wörld"
print(s.encode(), s.encode("utf-8"), s.encode("UTF8"), len(s.encode()))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", errors="backslashreplace"))
print(s.encode("latin-1", "replace"), s.encode("ascii", "xmlcharrefreplace"), "abc".encode("ascii"))
print("café".encode("latin1"), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"), b"\xc3\xa9".decode("utf-8"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("ascii", "ignore"))
print(b"a\xffb".decode(errors="replace"), "x".encode(encoding="ascii"))
for bad in [lambda: s.encode("ascii"), lambda: "a☃".encode("latin-1"), lambda: b"\xe9".decode("ascii"),
            lambda: b"\xc3".decode(), lambda: b"\xc3\x28".decode(), lambda: b"\x80".decode(),
            lambda: "x".encode("klingon"), lambda: b"x".decode("nope"), lambda: "é".encode("ascii", "bogus")]:
    try:
        print(bad())
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__, e)
"snow ☃".encode("ascii")

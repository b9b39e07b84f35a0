import binascii as b


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


print(b.hexlify(b"\x00\xffabc"), b.b2a_hex(b"xyz"))
print(b.hexlify(b"abcdef", "-", 2), b.hexlify(b"abcdef", b":", -4))
print(b.hexlify(b"abcde", ":", 2), b.hexlify(b"abcde", ":", -2), b.hexlify(b"", ":"))
print(b.unhexlify(b"414243"), b.unhexlify("6a6B"), b.a2b_hex("00ff"))
show(b.unhexlify, b"abc")
show(b.unhexlify, b"zz")
show(b.unhexlify, "é")
show(b.unhexlify, 5)
show(b.hexlify, "ab")
show(b.hexlify, b"ab", "")
show(b.hexlify, b"ab", "ab")
show(b.hexlify, b"ab", 5)
for data in [b"", b"a", b"ab", b"abc", b"abcd", bytes(range(256))[:40]]:
    enc = b.b2a_base64(data)
    print(enc, b.b2a_base64(data, newline=False), b.a2b_base64(enc) == data)
for s in [b"abcd=", b"abcd==", b"abcd=a", b"ab!cde", b"=", b"==abcd",
          b"abcd====", b"ab=\n=", b"ab==\n", b"ab\n==", b"abc=\n",
          b"abcd\n", b" abcd", b"ab=!=", b"a!b==", b"ab=c=", b"abc",
          b"a", b"ab==", b"ab=", b"a===", b"abcde", "YWJj", b"YW=Jj",
          b"YW==Jj", b""]:
    for st in (False, True):
        try:
            r = repr(b.a2b_base64(s, strict_mode=st))
        except Exception as e:
            r = type(e).__name__ + " " + str(e)
        print(s, st, r)
show(b.a2b_base64, 5)
show(b.b2a_base64, "a")
print(b.crc32(b"abc"), b.crc32(b"abc", 5), b.crc32(b""), b.crc32(b"a", -1))
print(b.crc32(b"world", b.crc32(b"hello ")) == b.crc32(b"hello world"))
print(b.crc_hqx(b"abc", 0), b.crc_hqx(b"a", -1), b.crc_hqx(b"a", 0x12345))
show(b.crc32, "a")
show(b.crc_hqx, b"a")
print(b.Error.__mro__[1].__name__, b.Incomplete.__mro__[1].__name__)
print(issubclass(b.Error, ValueError), b.Error.__module__)
for data in [b"", b"x", b"hello world", bytes(range(45))]:
    u = b.b2a_uu(data)
    print(u, b.a2b_uu(u) == data)
print(b.b2a_uu(b"\x00\x00", backtick=True))

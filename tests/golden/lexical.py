# Lexical forms: numbers, strings, bytes, prefixes, escapes, separators.
print(0, 00, 0_0, 1_000_000, 0x_ff, 0XFF, 0o17, 0O_7_7, 0b1010, 0B_1_0)
print(1.5, 1., .5, 1e10, 1E-5, 1_0.2_5, 1e1_0, 0.0, 1.5e+3)
print(123456789012345678901234567890, 0xdead_beef_cafe_babe_1234)
print(10 ** 0)
print('single', "double", '''triple
single''', """triple
double""")
print('it\'s', "say \"hi\"", 'tab\there', 'nl\\n', "bell\a".encode())
print("\x41\x42", "\101\102", "\u00e9", "\U0001F600" == "😀", "é")
print(len("\0"), repr("\0"), repr("\x7f"), repr("\t\n\r"), repr("\\"))
print(r"raw\n", R"raw\t", r'\d+\s*', rb"\x00", Rb'\n', bR"x\y")
print(b"bytes", b'\x00\xff', B"abc", b"\n\t", b'\\', br'\\')
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr("'"), repr('"'), repr("'\""))
print("con" "cat" 'en' """ated""")
print(b"con" b"cat")
print(f"f{1+1}", F"F{2}", rf"\n{3}", fr"{4}\t", Rf"{5}")
s = """line1
line2\
continued
"""
print(repr(s))
x = 1 + \
    2
print(x)
y = (1,
     2,
     3,)
print(y)
z = [
    1,  # comment inside
    2,
]
print(z)
print(type(1), type(1.0), type(""), type(b""), type(None), type(...), type(True))
print(..., Ellipsis, None, True, False, NotImplemented)
print(0.1 + 0.2, 1e16, 1e-7, 123456789.0, 1e22, 1.0e15, 12345678901234567.0)
print(float('inf'), float('-inf'), -0.0, 5e-324, 1.7976931348623157e308)
print(0xFFFFFFFFFFFFFFFF, -0x8000000000000000, 0o777777777777777777777777)
print(0b1111111111111111111111111111111111111111111111111111111111111111)
print("a\
b")
print('\'' + "\"" + '\\')
print("é".encode(), "日本".encode("utf-8"), len("日本"))
print(ascii("é日"), ascii("abc"), ascii(b"x"))
if True: print("one-line if")
for i in range(2): print("loop", i)
a = 1; b = 2; print(a, b)

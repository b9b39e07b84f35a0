# StringIO and BytesIO: reading, writing, seeking, newline modes, errors.
import io

s = io.StringIO('first\nsecond\nthird')
print(s.readline(), s.tell(), repr(s.read(3)), s.readlines())
s.seek(0)
print(list(s))
s.seek(0, 2)
s.write('\nfourth')
print(repr(s.getvalue()))
s.seek(3)
s.write('ST')
print(repr(s.getvalue()), s.tell())
s.seek(40)
s.write('!')
print(repr(s.getvalue()[-10:]), len(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.encoding, s.errors, s.line_buffering)

u = io.StringIO('ünï\ncödé\n')
print(u.read(2), u.tell(), u.readline(), u.read())

for newline in (None, '', '\n', '\r', '\r\n'):
    t = io.StringIO('a\r\nb\rc\nd', newline=newline)
    print(repr(newline), repr(t.getvalue()), t.readlines(), t.newlines)
    t = io.StringIO(newline=newline)
    t.write('x\ny\r\n')
    print('  written:', repr(t.getvalue()))

print('to a StringIO', 1, 2.5, sep='|', end='#\n', file=(out := io.StringIO()))
print(repr(out.getvalue()))

with io.StringIO('ctx') as c:
    print(c.read())
print(c.closed)
for op in (c.read, c.getvalue, lambda: c.write('x'), c.tell):
    try:
        op()
    except ValueError as e:
        print('closed:', e)

for bad in (lambda: io.StringIO(1), lambda: io.StringIO().write(b'x'), lambda: io.StringIO().seek(-1),
            lambda: io.StringIO().seek(1, 1), lambda: io.StringIO().seek(0, 3), lambda: io.StringIO(newline='x'),
            lambda: io.StringIO().fileno(), lambda: io.StringIO().truncate(-1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

b = io.BytesIO(b'line1\nline2\nrest')
print(b.readline(), b.read(3), b.tell(), b.readlines())
print(b.seek(-4, 2), b.read(), b.seek(-100, 1), b.tell())
b.seek(20)
b.write(b'!')
print(b.getvalue())
print(b.truncate(3), b.getvalue(), b.tell())
b = io.BytesIO()
print(b.write(b'abc'), b.write(b'def'), b.getvalue(), b.tell())
b.seek(1)
b.write(b'XY')
print(b.getvalue(), list(io.BytesIO(b'a\nb\nc')))
for bad in (lambda: io.BytesIO('x'), lambda: io.BytesIO().write('x'), lambda: io.BytesIO().seek(-1),
            lambda: io.BytesIO().seek(0, 5), lambda: io.BytesIO().fileno()):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
with io.BytesIO(b'z') as z:
    pass
try:
    z.read()
except ValueError as e:
    print('closed:', e)
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)

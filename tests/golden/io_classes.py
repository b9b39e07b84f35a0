# The io class hierarchy: ABCs, subclasses of the native streams, layering,
# and the standard streams.
import io
import sys


class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
print('shout', 'this', file=u)
print(repr(u.getvalue()), isinstance(u, io.TextIOBase), isinstance(u, io.StringIO), type(u).__name__)


class Collect(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


raw = Collect()
buf = io.BufferedWriter(raw, buffer_size=4)
buf.write(b'ab')
print(raw.chunks)
buf.write(b'cdef')
print(raw.chunks)
buf.write(b'g')
buf.flush()
print(raw.chunks, buf.closed, raw.closed)
buf.close()
print(buf.closed, raw.closed)


class Lines(io.TextIOBase):
    def __init__(self):
        self.parts = []

    def writable(self):
        return True

    def write(self, s):
        self.parts.append(s)
        return len(s)


lines = Lines()
print('a', 'b', sep='-', file=lines)
print(lines.parts, lines.encoding, lines.closed)
lines.close()
print(lines.closed)
try:
    lines.read()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e, isinstance(e, OSError), isinstance(e, ValueError))

for cls in (io.FileIO, io.BytesIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.StringIO, io.TextIOWrapper):
    print(cls.__name__, issubclass(cls, io.IOBase), issubclass(cls, io.RawIOBase),
          issubclass(cls, io.BufferedIOBase), issubclass(cls, io.TextIOBase))

# A text layer over bytes in memory.
data = io.BytesIO('ünï\r\ncödé\nend'.encode('utf-8'))
t = io.TextIOWrapper(data, encoding='utf-8')
print(t.readline(), t.readline(), t.readline(), t.readline() == '', t.newlines, t.encoding)
t = io.TextIOWrapper(io.BytesIO(), encoding='utf-16-le', newline='\r\n')
t.write('a\nb')
t.flush()
print(t.buffer.getvalue())
raw_again = t.detach()
print(type(raw_again).__name__)
try:
    t.write('x')
except ValueError as e:
    print(e)
t = io.TextIOWrapper(io.BytesIO(b'x'), encoding='ascii')
t.reconfigure(encoding='latin-1')
print(t.encoding, t.errors)

r = io.BufferedReader(io.BytesIO(b'line one\nline two\n'))
print(r.peek()[:4], r.read1(4), r.readline(), list(r))

pair = io.BufferedRWPair(io.BytesIO(b'incoming'), Collect())
print(pair.read(2), pair.write(b'out'), pair.readable(), pair.writable())

# The standard streams are text streams; print goes through sys.stdout as the script sets it.
print(type(sys.stdout).__name__, sys.stdout.encoding, sys.stderr.errors, sys.stdin.mode, sys.stdout.name)
print(sys.stdout.buffer.name)
saved = sys.stdout
sys.stdout = io.StringIO()
print('captured', 42)
print('more', end='')
captured = sys.stdout.getvalue()
sys.stdout = saved
print(repr(captured))
sys.stdout.write('written directly\n')
sys.stdout.flush()
saved_in = sys.stdin
sys.stdin = io.StringIO('typed line\nsecond\n')
print(repr(input()), repr(input('prompt> ')))
try:
    input()
except EOFError as e:
    print('EOFError', e)
sys.stdin = saved_in
print('flushed', flush=True)

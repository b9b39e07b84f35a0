# open() in every mode, text and binary, over a fresh folder.
import os

base = '/tmp/coil_golden_io_files'
if os.path.isdir(base):
    for name in os.listdir(base):
        os.remove(os.path.join(base, name))
else:
    os.mkdir(base)
p = os.path.join(base, 'a.txt')

with open(p, 'w') as f:
    print(type(f).__name__, f.mode, f.name == p, f.encoding, f.errors, f.closed, f.writable(), f.readable())
    n = f.write('one\ntwo\r\nthree\rfour')
    print('wrote', n)
print('closed after with:', f.closed)

# Universal newlines by default; newline='' keeps them; newline='\n' splits at \n only.
with open(p) as f:
    print(f.readlines(), f.newlines)
with open(p, newline='') as f:
    print(list(f))
with open(p, newline='\n') as f:
    print(list(f))
with open(p, newline='\r') as f:
    print(list(f))
with open(p, 'rb') as f:
    print(type(f).__name__, f.mode, f.read())

# read(n), readline(limit), tell/seek.
with open(p) as f:
    print(repr(f.read(2)), repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(repr(rest), f.read() == rest, repr(f.read()))
    f.seek(0)
    print(repr(f.read(5)))

# Appending, x mode, r+ and w+.
with open(p, 'a') as f:
    f.write('\nfive')
with open(p) as f:
    print(f.read().split('\n'))
try:
    open(p, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
q = os.path.join(base, 'b.txt')
with open(q, 'x') as f:
    f.write('new file')
with open(q, 'r+') as f:
    f.write('NEW')
    f.seek(0)
    print(f.read())
with open(q, 'w+') as f:
    f.write('replaced')
    f.seek(0)
    print(f.read(), f.tell())

# Binary files: seek from the end, truncate, readinto-free reads.
bp = os.path.join(base, 'c.bin')
with open(bp, 'wb') as f:
    print(f.write(bytes(range(10))), f.tell())
with open(bp, 'rb+') as f:
    print(f.read(3), f.seek(-2, 2), f.read(), f.tell())
    f.seek(4)
    print(f.truncate(), f.tell())
    f.seek(0)
    print(f.read())
    print(f.seek(0, 1), f.seekable(), f.readable(), f.writable())
with open(bp, 'rb', buffering=0) as f:
    print(type(f).__name__, f.read(2), f.readall())

# Encodings.
with open(q, 'w', encoding='utf-8') as f:
    f.write('naïve café ünïcödé\n')
with open(q, encoding='latin-1') as f:
    print(repr(f.read()))
with open(q, 'rb') as f:
    print(f.read())
with open(q, encoding='ascii', errors='replace') as f:
    print(repr(f.read()))
try:
    with open(q, encoding='ascii') as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)

# Errors.
for args, kw in [(('/nonexistent/dir/x',), {}), ((base,), {}), ((p, 'rw'), {}), ((p, 'rbt'), {}),
                 ((p, 'rb'), {'encoding': 'utf-8'}), ((p, 'r'), {'buffering': 0}), ((p,), {'newline': 'x'}),
                 ((p, 3), {}), ((3.5,), {}), (([],), {}), ((p,), {'encoding': 'no-such-codec'})]:
    try:
        open(*args, **kw).close()
    except (OSError, ValueError, TypeError, LookupError) as e:
        msg = str(e).replace(base, 'BASE')
        print(type(e).__name__, msg)

f = open(p)
f.close()
for op in (f.read, f.readline, lambda: f.write('x'), f.tell, lambda: next(iter(f))):
    try:
        op()
    except ValueError as e:
        print('closed:', e)
w = open(q, 'r')
try:
    w.write('x')
except OSError as e:
    print(type(e).__name__, e)
w.close()

# A file nobody closed is flushed when it is dropped.
g = open(os.path.join(base, 'd.txt'), 'w')
g.write('flushed on drop')
del g
with open(os.path.join(base, 'd.txt')) as f:
    print(f.read())
print(sorted(os.listdir(base)))

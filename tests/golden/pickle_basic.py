# pickle: the exact bytes of simple values for every protocol, round trips,
# framing, memoization of shared and recursive structures, and load errors.
import io
import pickle

print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.PickleError.__mro__[1].__name__,
      issubclass(pickle.PicklingError, pickle.PickleError),
      issubclass(pickle.UnpicklingError, pickle.PickleError))

values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256,
    2**31 - 1, -2**31, 2**31, -2**31 - 1, 2**64, -2**70, 12345678901234567890,
    0.0, 1.5, -2.25, 1e100, float('inf'),
    '', 'ab', 'caf\xe9', 'a\\b\nc\u1234\x00', '\U0001f600',
    b'', b'ab', b'\x00\xff',
    bytearray(), bytearray(b'xy'),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
    [], [1, 2], {}, {1: 2},
    set(), {7}, frozenset(), frozenset([8]),
    3 + 4j, range(1, 10, 2), ..., NotImplemented,
    type(None), type(...), int, list, len, print,
]

for value in values:
    print(repr(value))
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(value, proto)
        back = pickle.loads(data)
        same = back == value and type(back) is type(value)
        print('  ', proto, data, 'ok' if same else ('DIFF', back))

# slices: compare their parts
for proto in range(6):
    s = pickle.loads(pickle.dumps(slice(1, None, -2), proto))
    print('slice', proto, s.start, s.stop, s.step)

# default protocol and negative protocol
print(pickle.dumps([1]) == pickle.dumps([1], 4))
print(pickle.dumps([1], -1) == pickle.dumps([1], 5))

# nested containers and sharing
shared = [1, 2]
outer = [shared, shared, (shared,)]
for proto in range(6):
    data = pickle.dumps(outer, proto)
    back = pickle.loads(data)
    print('shared', proto, data, back[0] is back[1] is back[2][0])

# recursive structures
for proto in range(6):
    lst = []
    lst.append(lst)
    dct = {}
    dct['self'] = dct
    tup = ([],)
    tup[0].append(tup)
    b1 = pickle.loads(pickle.dumps(lst, proto))
    b2 = pickle.loads(pickle.dumps(dct, proto))
    b3 = pickle.loads(pickle.dumps(tup, proto))
    print('recursive', proto, b1[0] is b1, b2['self'] is b2, b3[0][0] is b3)
    print('  ', pickle.dumps(lst, proto), pickle.dumps(tup, proto))

# framing: a big pickle is split in frames of about 64 KiB
big = list(range(40000))
for proto in (4, 5):
    data = pickle.dumps(big, proto)
    print('frames', proto, len(data), data.count(pickle.FRAME), data[:12],
          pickle.loads(data) == big)
blob = b'z' * 100000
data = pickle.dumps([blob, blob], 4)
print('large bytes', len(data), data[:14], pickle.loads(data) == [blob, blob])
text = 'q' * 70000
data = pickle.dumps(('a', text), 4)
print('large str', len(data), data[:20], pickle.loads(data) == ('a', text))

# batching of appends and setitems
many = list(range(2500))
data = pickle.dumps(many, 2)
print('appends', data.count(pickle.APPENDS), data.count(pickle.MARK))
mapping = {i: i for i in range(1500)}
data = pickle.dumps(mapping, 2)
print('setitems', data.count(pickle.SETITEMS), pickle.loads(data) == mapping)
data = pickle.dumps(set(range(1200)), 4)
print('additems', data.count(pickle.ADDITEMS), pickle.loads(data) == set(range(1200)))

# dump/load with files, several pickles in a row
stream = io.BytesIO()
for proto in range(6):
    pickle.dump({'proto': proto}, stream, proto)
pickle.dump('last', stream)
stream.seek(0)
for _ in range(7):
    print('stream', pickle.load(stream))
try:
    pickle.load(stream)
except EOFError as e:
    print('EOFError', e)

# Pickler / Unpickler objects and the memo
stream = io.BytesIO()
pickler = pickle.Pickler(stream, 2)
word = ['w']
pickler.dump(word)
pickler.dump(word)
print('memo', len(pickler.memo.copy()), stream.getvalue())
pickler.clear_memo()
pickler.dump(word)
stream.seek(0)
unpickler = pickle.Unpickler(stream)
first = unpickler.load()
second = unpickler.load()
print('same object through the memo', first is second, unpickler.load())

# Python 2 pickles: str as bytes or decoded text, renamed globals
py2 = b"(dp0\nS'key'\np1\nS'caf\\xe9'\np2\nsS'n'\nL12L\ns."
print(pickle.loads(py2, encoding='latin1'))
print(pickle.loads(py2, encoding='bytes'))
try:
    pickle.loads(py2)
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(pickle.loads(b'c__builtin__\nxrange\n(I0\nI3\nI1\ntR.'))
print(pickle.loads(b'\x80\x02c__builtin__\nunicode\nU\x02hi\x85R.'))
print(pickle.loads(b'cexceptions\nKeyError\n(S\'k\'\ntR.'))
print(pickle.loads(b'\x80\x02U\x03abcq\x00.', encoding='bytes'))
print(pickle.loads(b"S'a\\nb\\x41\\101'\n.", encoding='latin1'))

# protocol 0 integers and booleans
print(pickle.loads(b'I01\n.'), pickle.loads(b'I00\n.'), pickle.loads(b'L5\n.'))


def show_error(data, **kw):
    try:
        value = pickle.loads(data, **kw)
    except Exception as e:
        print('  ', data, type(e).__name__, repr(str(e)))
    else:
        print('  ', data, 'loaded', repr(value))


print('load errors')
for data in [b'', b'N', b'\xff', b'\x80\x06N.', b'(.', b'.', b'0.', b'K',
             b'X\x05\x00\x00\x00ab', b'h\x05.', b'cbuiltins\nnosuch\n.',
             b'cno_such_module_here\nx\n.', b'P1\n.', b'a.',
             b'\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00N.',
             b'\x80\x04\x8c\x08builtins\x8c\x03a.b\x93.',
             b'\x80\x02cbuiltins\nint.from_bytes\n.', b'N)R.']:
    show_error(data)

print('dump errors')
for args in [(1, 6), ]:
    try:
        pickle.dumps(*args)
    except Exception as e:
        print('  ', type(e).__name__, e)
try:
    pickle.dumps(1, 4, buffer_callback=print)
except ValueError as e:
    print('  ', type(e).__name__, e)
try:
    pickle.Pickler(42)
except TypeError as e:
    print('  ', type(e).__name__, e)
try:
    pickle.Unpickler(42)
except TypeError as e:
    print('  ', type(e).__name__, e)
try:
    pickle.loads('text')
except TypeError as e:
    print('  ', type(e).__name__, e)

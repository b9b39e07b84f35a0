# struct: the errors, with CPython's exact messages.
import struct
import sys


def show(label, fn, *args, **kwargs):
    try:
        print(label, repr(fn(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


# Range errors differ by code and byte order.
for order in ['', '<', '>']:
    for code in 'bBhHiIlLqQ':
        for v in [2**64, -2**64 - 1, 300, -1, 2**31, 2**32, -2**31 - 1, 2**63]:
            show(order + code + ' ' + str(v), struct.pack, order + code, v)
for order in ['', '<']:
    for code in 'nNP':
        if order and code in 'nNP':
            continue
        for v in [2**64, -1, -2**63 - 1]:
            show(code + ' ' + str(v), struct.pack, code, v)

# Wrong types.
for code in 'bHqe?cfds':
    for v in [1.5, 'a', b'ab', None]:
        show(code + ' ' + repr(v), struct.pack, code, v)

# Floats too large.
for fmt in ['e', '<e', '>e', 'f', '<f', '>f', 'd']:
    for v in [70000, 70000.0, 65520.0, 3.5e38, 2**1024]:
        show(fmt + ' ' + repr(v)[:10], struct.pack, fmt, v)

# Bad formats.
for fmt in ['z', '12345', 'c12345', '3 i', 'i<', '<<i', '<n', '>N', '!P', '\0', b'\0', 'é',
            '%db' % (sys.maxsize + 1), '%db%dH' % (sys.maxsize // 2, sys.maxsize // 2)]:
    show(repr(fmt)[:30], struct.calcsize, fmt)
show('int format', struct.calcsize, 3)

# Argument counts.
show('pack few', struct.pack, 'ii', 1)
show('pack many', struct.pack, 'i', 1, 2)
show('pack none', struct.pack)
show('unpack size', struct.unpack, 'i', b'abc')
show('unpack str', struct.unpack, 'i', 'abcd')
show('unpack int', struct.unpack, 'i', 5)
show('unpack args', struct.unpack, 'i')
show('calcsize args', struct.calcsize)
show('char', struct.pack, 'c', b'ab')
show('s str', struct.pack, 's', 'abc')
show('p str', struct.pack, 'p', 'abc')

# unpack_from and its offsets.
data = b'abcdefgh'
show('from 0', struct.unpack_from, '<i', data)
show('from 4', struct.unpack_from, '<i', data, 4)
show('from -4', struct.unpack_from, '<i', data, -4)
show('from kw', struct.unpack_from, '<i', buffer=data, offset=2)
show('from 5', struct.unpack_from, '<i', data, 5)
show('from -2', struct.unpack_from, '<i', data, -2)
show('from -9', struct.unpack_from, '<B', data, -9)
show('from big', struct.unpack_from, '<I', data, sys.maxsize)
show('from str offset', struct.unpack_from, 'i', data, 'x')
show('from args', struct.unpack_from, 'i', data, 0, 1)
show('from missing', struct.unpack_from, 'i')
show('from none', struct.unpack_from)

# iter_unpack.
show('iter size', struct.iter_unpack, 'i', b'abc')
show('iter zero', struct.iter_unpack, '', b'')
show('iter args', struct.iter_unpack, 'i')

# pack_into argument checks (bytes is not writable).
show('into none', struct.pack_into)
show('into fmt only', struct.pack_into, 'i')
show('into no offset', struct.pack_into, 'i', b'abcd')
show('into bytes', struct.pack_into, 'i', b'abcd', 0, 1)
show('into items', struct.pack_into, 'i', b'abcd', 0)

print(struct.error.__module__, struct.error.__mro__)
try:
    struct.pack('B', 256)
except struct.error as e:
    print('caught', e.args)

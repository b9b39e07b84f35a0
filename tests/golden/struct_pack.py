# struct: packing and unpacking every format code, byte orders, sizes and alignment.
import struct


def show(label, fn, *args):
    try:
        print(label, repr(fn(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


# Sizes under each byte order.
for order in ['', '@', '=', '<', '>', '!']:
    sizes = []
    for code in 'xcbB?hHiIlLqQefd':
        sizes.append(f'{code}{struct.calcsize(order + code)}')
    print(repr(order), ' '.join(sizes))

# Native alignment and padding.
for fmt in ['bi', 'bq', 'bqb', '@b0q', '@b0i3e', 'ci0l', 'hd', '3s i', 'P', 'nN', '=bq', '<bq']:
    print(fmt, struct.calcsize(fmt))
print(struct.pack('bi', 1, 2))
print(struct.pack('@b0i3e', 1, 1, 2, 3))

# Round trips under every order.
values = (b'x', -5, 250, True, -1234, 60000, -70000, 4000000000, -2**40, 2**63 + 5, 1.5, 0.25, -2.5)
for order in '<>=!@':
    fmt = order + 'cbB?hHiIqQefd'
    packed = struct.pack(fmt, *values)
    print(order, packed.hex(), struct.unpack(fmt, packed))

# Strings: s pads or truncates, p is a Pascal string.
for fmt, data in [('5s', b'ab'), ('2s', b'abcd'), ('0s', b'xyz'), ('p', b'abc'), ('3p', b'abc'),
                  ('6p', b'abc'), ('300p', b'q' * 300)]:
    packed = struct.pack(fmt, data)
    print(fmt, len(packed), packed[:8], struct.unpack(fmt, packed)[0][:8])

# Repeat counts, padding and whitespace.
print(struct.pack('3x2b 4x', 1, 2))
print(struct.unpack('> 2h  i', b'\x00\x01\x00\x02\x00\x00\x00\x03'))
print(struct.pack('3c', b'a', b'b', b'c'))
print(struct.unpack('2?', b'\x00\x02'))

# Edge values.
print(struct.pack('<qQ', -2**63, 2**64 - 1).hex())
print(struct.unpack('<qQ', b'\xff' * 16))
print(struct.unpack('>hHiI', b'\x80\x01' * 6))
print(struct.pack('P', -1).hex(), struct.unpack('P', b'\xff' * 8))
print(struct.pack('>d', 1 / 3).hex(), struct.pack('<f', 0.1).hex())
print(struct.unpack('<f', struct.pack('<f', 0.1)))

# Half precision: rounding to nearest even, subnormals, specials.
for x in [1.0, 65504.0, 65519.0, 5.960464477539063e-08, 2.9802322387695312e-08,
          2.98023223876953125e-08 * 3, 0.1, -0.0, float('inf'), float('-inf'), 1e-10, 1.0009765625, 1.00048828125]:
    h = struct.pack('<e', x)
    print('e', x, h.hex(), struct.unpack('<e', h)[0], struct.pack('>e', x).hex())
print(struct.unpack('<e', b'\x00\x7e')[0], struct.unpack('<e', b'\x00\xfe')[0])

# Objects with __index__ pack as integers; __bool__ decides '?'.
class Number:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class Truth:
    def __bool__(self):
        return False


print(struct.pack('<iH', Number(-3), Number(9)), struct.pack('??', Truth(), [0]))
print(struct.pack('<d', Number(4)))
print(struct.pack('b', True), struct.pack('<f', 2))

# iter_unpack.
it = struct.iter_unpack('<hb', bytes(range(9)))
print(it.__length_hint__(), next(it), list(it), it.__length_hint__())
print(type(it).__name__, iter(it) is it)

# The cache and _clearcache.
struct._clearcache()
print(struct.calcsize('i'), struct.calcsize(b'2i'))
print(struct.__all__)

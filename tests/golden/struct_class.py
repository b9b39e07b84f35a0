# struct.Struct: compiled formats, attributes, subclassing, errors.
import struct


def show(label, fn, *args, **kwargs):
    try:
        print(label, repr(fn(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


s = struct.Struct('<3sIh')
print(s.format, s.size)
packed = s.pack(b'abc', 7, -2)
print(packed, s.unpack(packed), s.unpack_from(b'..' + packed, 2), s.unpack_from(buffer=packed))
print(list(s.iter_unpack(packed * 3)))
print(type(s).__name__, type(s).__module__, struct.Struct.__module__)
print(struct.Struct(b'=i2H').format, struct.Struct(format='>q').size)

show('bad', struct.Struct, 'z')
show('none', struct.Struct)
show('int', struct.Struct, 3)
show('two', struct.Struct, 'i', 'j')
show('pack', s.pack, b'abc', 1.5, 2)
show('count', s.pack, b'abc')
show('unpack', s.unpack, b'ab')
show('unpack args', s.unpack)
show('from', s.unpack_from, b'ab')
show('from args', s.unpack_from, b'abcd', 0, 1)
show('from missing', s.unpack_from)
show('iter args', s.iter_unpack)
show('into', s.pack_into)
show('into offset', s.pack_into, b'abcdefghi')
show('set format', setattr, s, 'format', 'i')
show('set size', setattr, s, 'size', 3)
show('set other', setattr, s, 'x', 3)
show('get other', getattr, s, 'x')

# Re-initialising changes the format.
t = struct.Struct('i')
t.__init__('<qq')
print(t.format, t.size, t.pack(1, 2))


class Pair(struct.Struct):
    def __init__(self):
        super().__init__('<hh')

    def both(self, a, b):
        return self.unpack(self.pack(a, b))


p = Pair()
print(p.format, p.size, p.both(3, -4), isinstance(p, struct.Struct))


class Plain(struct.Struct):
    pass


q = Plain('>Q')
print(q.format, q.unpack(b'\x00' * 7 + b'\x05'), type(q).__name__)
show('plain none', Plain)

it = struct.Struct('>IB').iter_unpack(bytes(range(1, 11)))
print(next(it), next(it))
show('exhausted', next, it)
show('make iterator', type(it))
print(type(it))
show('struct as format', struct.pack, struct.Struct('i'), 1)

# Subclasses of bytearray, copying, the collections.abc registrations.
import collections.abc as abc
import copy


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


class Buf(bytearray):
    def __init__(self, *args):
        super().__init__(*args)
        self.tag = "t"

    def total(self):
        return sum(self)


b = Buf(b"abc")
show(lambda: (b, b.tag, len(b), b[0], b.total()))
show(lambda: (type(b + b"d").__name__, type(b.copy()).__name__, type(b[0:1]).__name__))
show(lambda: (b == b"abc", isinstance(b, bytearray), b.upper()))
b.append(100)
b[0] = 65
b += b"!"
b *= 2
show(lambda: (b, type(b).__name__, b.tag))
del b[0]
show(lambda: b)
show(lambda: hash(b))
show(lambda: bytes(b))
show(lambda: bytearray(b))
show(lambda: memoryview(b).tobytes())
show(lambda: b"-".join([b, bytearray(b"x")]))


class Plain(bytearray):
    pass


p = Plain(b"xy")
show(lambda: (p, Plain(), Plain(3), Plain([1, 2])))
show(lambda: p.decode())


class Rev(bytearray):
    def __getitem__(self, i):
        return "item %r" % (i,)

    def __len__(self):
        return 99


r = Rev(b"ab")
show(lambda: (r[0], len(r), bytes(r)))

print("-- abc and copy")
show(lambda: isinstance(bytearray(), abc.ByteString))
show(lambda: isinstance(bytearray(), abc.MutableSequence))
show(lambda: isinstance(memoryview(b""), abc.Sequence))
show(lambda: isinstance(iter(bytearray()), abc.Iterator))
show(lambda: issubclass(bytearray, abc.Hashable))
show(lambda: copy.copy(bytearray(b"ab")))
orig = [bytearray(b"ab")]
dup = copy.deepcopy(orig)
dup[0].append(33)
show(lambda: (orig, dup))
show(lambda: bytearray(b"abc").__reduce_ex__(2))
show(lambda: (bytearray(b"ab").__alloc__(), bytearray().__alloc__()))

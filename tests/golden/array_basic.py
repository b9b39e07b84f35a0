import array
import copy
import pickle
import io
import struct
import hashlib

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = array.array('i', [1, 2, 3])
print(a, len(a), a[0], a[-1], a[1:], a[::-1], a.itemsize, a.typecode)
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
a.insert(-100, -1)
a.insert(100, 7)
print(a, a.pop(), a.pop(0), a)
a[1:3] = array.array('i', [9, 9, 9])
print(a)
del a[::2]
print(a)
a[::2] = array.array('i', [7] * len(a[::2]))
print(a)
print(a + a, a * 2, 2 * a, 9 in a, 100 in a, list(a), a.tolist())
b = a
b += array.array('i', [10])
b *= 2
print(a, a is b)
print(a.index(9), a.index(9, 2), a.count(7))
a.remove(7)
a.reverse()
print(a)
print(array.array('u', 'hello'), array.array('u', 'hi').tounicode())
print(array.array('d', [1.5, 2]), array.array('f', [0.25, 1e300]))
print(array.array('b', b'ab'), array.array('B', bytearray(b'\xff')), array.array('h'))
x = array.array('i', [1, 2])
print(x == array.array('i', [1, 2]), x == array.array('l', [1, 2]), x != [1, 2])
print(x < array.array('i', [1, 3]), x >= array.array('i', [1]), x > array.array('i', [1, 2, 0]))
nan = float('nan')
print(array.array('d', [nan]) == array.array('d', [nan]))
print(sorted(array.typecodes), array.ArrayType is array.array)
for t in array.typecodes:
    print(t, array.array(t).itemsize)

# pickling and copying
c = copy.copy(x)
d = copy.deepcopy(x)
print(c, d, c is x, d == x)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.loads(pickle.dumps(array.array('u', 'ab'), proto)),
          pickle.loads(pickle.dumps(array.array('d', [0.5]), proto)))
print(x.__reduce_ex__(2))
it = iter(array.array('h', [5, 6, 7]))
next(it)
print(list(pickle.loads(pickle.dumps(it))))

# bytes
y = array.array('H', [1, 258])
print(y.tobytes(), bytes(y), bytearray(y))
y.byteswap()
print(y)
y.frombytes(b'\x01\x00')
print(y)
z = array.array('i')
z.fromlist([1, 2, 3])
print(z, z.buffer_info()[1])
z.fromunicode if False else None

# buffer protocol
m = memoryview(array.array('i', [1, 2, 3]))
print(m.format, m.itemsize, m.nbytes, m.tolist(), m[1], len(m))
q = array.array('q', [0, 0])
struct.pack_into('qq', q, 0, 5, -6)
print(q)
print(hashlib.sha1(array.array('b', b'abc')).hexdigest() == hashlib.sha1(b'abc').hexdigest())
f = io.BytesIO()
f.write(array.array('b', [65, 66]))
array.array('B', b'CD').tofile(f)
print(f.getvalue())
f.seek(0)
r = array.array('b', b'\x00\x00')
f.readinto(r)
print(r)
f.seek(0)
s = array.array('B')
s.fromfile(f, 3)
print(s)
show(lambda: s.fromfile(f, 5))
print(s)
print(b'x' + array.array('b', b'yz'))

# subclass
class A(array.array):
    def total(self):
        return sum(self)

sub = A('i', [1, 2, 3])
print(sub, sub.total(), type(sub[:2]).__name__, isinstance(sub, array.array))
sub.note = 'hi'
print(sub.note, type(pickle.loads(pickle.dumps(sub))).__name__, pickle.loads(pickle.dumps(sub)).note)

# errors
show(lambda: array.array('b', [300]))
show(lambda: array.array('b', [-300]))
show(lambda: array.array('B', [-1]))
show(lambda: array.array('h', [1 << 20]))
show(lambda: array.array('H', [1 << 20]))
show(lambda: array.array('i', [1 << 40]))
show(lambda: array.array('I', [-1]))
show(lambda: array.array('I', [1 << 40]))
show(lambda: array.array('l', [1 << 70]))
show(lambda: array.array('L', [-1]))
show(lambda: array.array('q', [1 << 70]))
show(lambda: array.array('Q', [-1]))
show(lambda: array.array('i', [1.5]))
show(lambda: array.array('d', ['x']))
show(lambda: array.array('u', [1]))
show(lambda: array.array('x'))
show(lambda: array.array('bb'))
show(lambda: array.array(1))
show(lambda: array.array('i', 'abc'))
show(lambda: array.array('i', array.array('u', 'a')))
show(lambda: array.array())
show(lambda: array.array('i', [], 1))
show(lambda: a[100])
show(lambda: a['x'])
show(lambda: a.__setitem__(100, 1))
show(lambda: a.__setitem__(slice(0, 2), [1]))
show(lambda: a.__setitem__(slice(0, 2), array.array('b')))
show(lambda: a.__setitem__(slice(0, 6, 2), array.array('i', [1])))
show(lambda: a + [1])
show(lambda: a + array.array('b'))
show(lambda: a.extend(array.array('b')))
show(lambda: a * 'x')
show(lambda: array.array('i').pop())
show(lambda: a.pop(100))
show(lambda: a.index(12345))
show(lambda: a.remove(12345))
show(lambda: a.frombytes('x'))
show(lambda: a.frombytes(b'abc'))
show(lambda: a.fromlist((1,)))
show(lambda: a.tounicode())
show(lambda: a.fromunicode('x'))
show(lambda: array.array('u').fromunicode(1))
show(lambda: a.fromfile(io.BytesIO(), -1))
k = array.array('i', [1, 2, 3])
show(lambda: k.fromlist([4, 'x']))
print(k)

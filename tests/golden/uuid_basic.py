# uuid: construction from every form, attributes, name-based UUIDs, errors.
import copy
import uuid


def show(label, fn, *args, **kwargs):
    try:
        print(label, repr(fn(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


u = uuid.UUID('12345678-1234-5678-1234-567812345678')
for attr in ['bytes', 'bytes_le', 'fields', 'time_low', 'time_mid', 'time_hi_version',
             'clock_seq_hi_variant', 'clock_seq_low', 'node', 'time', 'clock_seq', 'hex',
             'int', 'urn', 'variant', 'version', 'is_safe']:
    print(attr, repr(getattr(u, attr)))
print(repr(u), str(u), f'{u}', int(u) == u.int)

forms = [
    {'hex': '{12345678-1234-5678-1234-567812345678}'},
    {'hex': 'urn:uuid:12345678123456781234567812345678'},
    {'bytes': bytes(range(16))},
    {'bytes_le': bytes(range(16))},
    {'fields': (1, 2, 3, 4, 5, 6)},
    {'int': 5, 'version': 4},
    {'int': 0xd << 60, 'version': 1},
    {'hex': '12345678123456781234567812345678', 'version': 3},
    {'int': 0},
    {'int': 0xc << 60},
    {'int': 0xe << 60},
]
for kw in forms:
    x = uuid.UUID(**kw)
    print(kw, repr(x), x.variant, x.version, x.fields)

bad = [
    {'hex': 'x'}, {}, {'hex': 'a', 'bytes': b'x'}, {'bytes': b'x'}, {'bytes_le': b'x'},
    {'fields': (1, 2)}, {'fields': (2**32, 2, 3, 4, 5, 6)}, {'fields': (1, 2**16, 3, 4, 5, 6)},
    {'fields': (1, 2, 2**16, 4, 5, 6)}, {'fields': (1, 2, 3, 256, 5, 6)}, {'fields': (1, 2, 3, 4, 256, 6)},
    {'fields': (1, 2, 3, 4, 5, 2**48)}, {'int': -1}, {'int': 2**128}, {'int': 5, 'version': 9},
    {'hex': '12345678-1234-5678-1234-56781234567g'},
]
for kw in bad:
    show(kw, uuid.UUID, **kw)
show('int positional', uuid.UUID, 5)
show('bytes int', uuid.UUID, bytes=5)

# Immutability, comparison, hashing.
show('set attr', setattr, u, 'x', 1)
show('set int', setattr, u, 'int', 1)
show('get x', getattr, u, 'x')
zero = uuid.UUID(int=0)
print(u < zero, u > zero, u <= u, u >= zero, u == uuid.UUID(u.hex), u != zero, u == 5)
show('lt int', lambda: u < 5)
print(hash(u) == hash(u.int), {u: 1}[uuid.UUID(str(u))])
print(sorted({uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)}))
print(copy.copy(u) == u, copy.deepcopy(u), uuid.UUID(u.urn))
print(u.__getstate__(), uuid.UUID(int=1, is_safe=uuid.SafeUUID.safe).__getstate__())
print(uuid.UUID.__slots__)

# Name-based UUIDs.
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'https://example.com/'))
print(uuid.uuid5(uuid.NAMESPACE_OID, '1.2.3'))
print(uuid.uuid5(uuid.NAMESPACE_X500, 'cn=x'))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep=' | ')
print(list(uuid.SafeUUID), uuid.SafeUUID(-1), uuid.SafeUUID.safe.value)


class Tagged(uuid.UUID):
    pass


print(repr(Tagged(int=7)), uuid.UUID.__module__)

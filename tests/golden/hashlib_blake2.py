# hashlib: BLAKE2 with keys, salts, personalisation and tree parameters.
import hashlib


def show(label, fn, *args, **kwargs):
    try:
        print(label, repr(fn(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


params = [
    {},
    {'digest_size': 20},
    {'digest_size': 1},
    {'key': b'secret key'},
    {'key': b'k' * 32},
    {'salt': b'salty'},
    {'person': b'me'},
    {'salt': b'12345678', 'person': b'abcdefgh'},
    {'fanout': 2, 'depth': 3, 'leaf_size': 100, 'node_offset': 7, 'node_depth': 1, 'inner_size': 20},
    {'last_node': True},
    {'fanout': 0, 'depth': 255, 'leaf_size': 2**32 - 1, 'node_depth': 255},
]
for maker in (hashlib.blake2b, hashlib.blake2s):
    print(maker.__name__, maker.SALT_SIZE, maker.PERSON_SIZE, maker.MAX_KEY_SIZE, maker.MAX_DIGEST_SIZE)
    for p in params:
        h = maker(b'hello world', **p)
        print('  ', p, h.digest_size, h.hexdigest())
    long = maker(key=b'K' * maker.MAX_KEY_SIZE, digest_size=maker.MAX_DIGEST_SIZE)
    long.update(b'a' * 200)
    print('  long', long.hexdigest())
    show('  digest_size 0', maker, digest_size=0)
    show('  digest_size big', maker, digest_size=maker.MAX_DIGEST_SIZE + 1)
    show('  key', maker, key=b'x' * (maker.MAX_KEY_SIZE + 1))
    show('  salt', maker, salt=b'x' * (maker.SALT_SIZE + 1))
    show('  person', maker, person=b'x' * (maker.PERSON_SIZE + 1))
    show('  fanout', maker, fanout=256)
    show('  depth', maker, depth=0)
    show('  leaf', maker, leaf_size=-1)
    show('  node_depth', maker, node_depth=256)
    show('  inner', maker, inner_size=maker.MAX_DIGEST_SIZE + 1)
    show('  offset', maker, node_offset=-1)
    show('  str key', maker, key='x')
    show('  str data', maker, 'x')

show('offset s', hashlib.blake2s, node_offset=2**48)
print(hashlib.blake2s(node_offset=2**48 - 1).hexdigest())
print(hashlib.blake2b(node_offset=2**64 - 1).hexdigest())
for offset in [2**32, 2**40, 2**48, 2**63, 2**64 - 1]:
    print(offset, hashlib.blake2b(node_offset=offset).hexdigest()[:32])
for kw in [{'leaf_size': 2**32}, {'leaf_size': 2**64}, {'node_offset': 2**64}, {'node_offset': -2**70},
           {'fanout': 2**70}, {'digest_size': 2**70}, {'depth': -2**70}, {'fanout': 1.5}]:
    show(kw, hashlib.blake2b, **kw)

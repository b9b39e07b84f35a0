# hashlib: digests of every guaranteed algorithm, incremental updates, copies, attributes.
import hashlib

samples = [b'', b'abc', b'The quick brown fox jumps over the lazy dog', b'x' * 1000, bytes(range(256)) * 5]

for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size, type(h).__name__)
    for data in samples:
        one = getattr(hashlib, name)(data)
        if name.startswith('shake'):
            print('  ', one.hexdigest(24), one.digest(4))
        else:
            print('  ', one.hexdigest())
    # Fed piece by piece, then copied and continued.
    for data in samples:
        h.update(data)
    twin = h.copy()
    twin.update(b'tail')
    if name.startswith('shake'):
        print('  +', h.hexdigest(16), twin.hexdigest(16), h.hexdigest(length=3))
    else:
        print('  +', h.hexdigest(), twin.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))

# Names given to new() in other spellings.
print(hashlib.new('MD5', b'a').hexdigest(), hashlib.new('SHA256').name)
print(hashlib.new('md5', b'abc', usedforsecurity=False).hexdigest())
print(hashlib.sha256(string=b'abc').hexdigest())
print(hashlib.new('blake2s', b'abc', digest_size=8).hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.algorithms_guaranteed <= hashlib.algorithms_available)
print(hashlib.__all__)

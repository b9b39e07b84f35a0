# hmac: HMAC objects, one-shot digest, compare_digest.
import hashlib
import hmac


def show(label, fn, *args, **kwargs):
    try:
        print(label, repr(fn(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


# RFC 4231 test case 2 and a few other keys and hashes.
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'blake2b', 'blake2s']:
    h = hmac.new(b'Jefe', b'what do ya want for nothing?', name)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    long_key = hmac.new(b'\xaa' * 200, b'Test Using Larger Than Block-Size Key', digestmod=name)
    print('  ', long_key.hexdigest())

h = hmac.new(b'key', digestmod=hashlib.sha256)
h.update(b'part one, ')
twin = h.copy()
h.update(b'part two')
print(h.hexdigest())
print(twin.hexdigest())
print(hmac.new(b'key', b'part one, part two', 'sha256').digest() == h.digest())
print(hmac.digest(b'key', b'message', 'sha256').hex())
print(hmac.digest(b'key', b'message', digest=hashlib.sha1).hex())
print(hmac.HMAC(b'k', None, 'md5').hexdigest(), type(h).__name__, hmac.digest_size)

show('no digestmod', hmac.new, b'k')
show('str key', hmac.new, 'k', digestmod='md5')
show('str msg', hmac.new, b'k', 'msg', digestmod='md5')
show('unknown', hmac.new, b'k', b'msg', digestmod='foo')
show('int digestmod', hmac.new, b'k', b'msg', digestmod=5)
show('digest unknown', hmac.digest, b'k', b'msg', 'foo')
show('shake', hmac.new, b'k', digestmod='shake_128')
show('update str', hmac.new(b'k', digestmod='md5').update, 'x')

# compare_digest.
for a, b in [(b'abc', b'abc'), (b'abc', b'abd'), (b'abc', b'ab'), ('abc', 'abc'), ('abc', 'abx'), ('', '')]:
    print(repr(a), repr(b), hmac.compare_digest(a, b))
show('mixed', hmac.compare_digest, 'a', b'a')
show('mixed2', hmac.compare_digest, b'a', 'a')
show('non-ascii', hmac.compare_digest, 'é', 'é')
show('ints', hmac.compare_digest, 1, 1)
show('one arg', hmac.compare_digest, b'a')

# The two keyed hash objects are reachable, set up by _init_old on a bare
# instance, and copies hold copies of them.
import hmac as _hm
bare = _hm.HMAC.__new__(_hm.HMAC)
bare._init_old(b"key", b"msg", digestmod="sha256")
print(bare.hexdigest(), bare.name, bare.digest_size, bare.block_size)
twin = bare.copy()
print(twin._inner is not bare._inner, twin._outer is not bare._outer, bare._hmac)
print(type(twin._inner) is type(bare._inner))

# hashlib.new falls back to the constructor cache for unknown names.
cache = getattr(hashlib, '__builtin_constructor_cache')
cache['sha256-alias'] = hashlib.sha256
print(_hm.digest(b'key', b'message', 'sha256-alias').hex())
cache.pop('sha256-alias')
try:
    hashlib.new('sha256-alias')
except ValueError as e:
    print('ValueError', e)

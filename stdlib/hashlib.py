"""Message digests and secure hashes.

Each constructor (md5, sha1, sha224, sha256, sha384, sha512, sha3_224,
sha3_256, sha3_384, sha3_512, shake_128, shake_256, blake2b, blake2s) takes
optional initial data and returns a hash object with update(), digest(),
hexdigest() and copy(), and the attributes name, digest_size and block_size.
new(name, data=b'') picks an algorithm by name. The work is done natively by
the _hashlib and _blake2 modules.
"""

try:
    import _hashlib
except ImportError:
    # Blocked (as test suites do to reach the fallback): the separate modules.
    _hashlib = None
from _blake2 import blake2b, blake2s

if _hashlib is not None:
    md5 = _hashlib.openssl_md5
    sha1 = _hashlib.openssl_sha1
    sha224 = _hashlib.openssl_sha224
    sha256 = _hashlib.openssl_sha256
    sha384 = _hashlib.openssl_sha384
    sha512 = _hashlib.openssl_sha512
    sha3_224 = _hashlib.openssl_sha3_224
    sha3_256 = _hashlib.openssl_sha3_256
    sha3_384 = _hashlib.openssl_sha3_384
    sha3_512 = _hashlib.openssl_sha3_512
    shake_128 = _hashlib.openssl_shake_128
    shake_256 = _hashlib.openssl_shake_256
    pbkdf2_hmac = _hashlib.pbkdf2_hmac
else:
    from _md5 import md5
    from _sha1 import sha1
    from _sha256 import sha224, sha256
    from _sha512 import sha384, sha512
    from _sha3 import sha3_224, sha3_256, sha3_384, sha3_512, shake_128, shake_256

algorithms_guaranteed = frozenset([
    'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
    'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
    'shake_128', 'shake_256', 'blake2b', 'blake2s',
])
algorithms_available = algorithms_guaranteed
if _hashlib is not None:
    algorithms_available = algorithms_available | _hashlib.openssl_md_meth_names

__all__ = (
    'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
    'blake2b', 'blake2s',
    'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
    'shake_128', 'shake_256',
    'new', 'algorithms_guaranteed', 'algorithms_available',
    'pbkdf2_hmac', 'file_digest',
)

_BLAKE = {'blake2b': blake2b, 'blake2s': blake2s}

# Extra constructors by name, looked up when no built-in algorithm has the
# name (CPython keeps its lazily imported fallbacks here; tests add to it).
__builtin_constructor_cache = {}


def _unsupported(name, data, kwargs):
    maker = __builtin_constructor_cache.get(name)
    if maker is None:
        raise ValueError('unsupported hash type ' + name)
    return maker(data, **kwargs)


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    maker = _BLAKE.get(name)
    if maker is not None:
        return maker(data, **kwargs)
    if _hashlib is None:
        maker = globals().get(name) if name in algorithms_guaranteed else None
        if maker is None:
            return _unsupported(name, data, kwargs)
        return maker(data, **kwargs)
    try:
        return _hashlib.new(name, data, **kwargs)
    except _hashlib.UnsupportedDigestmodError:
        pass
    return _unsupported(name, data, kwargs)


def _binary_stream(obj):
    import io
    return isinstance(obj, (io.BufferedIOBase, io.RawIOBase))


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    """Hash the contents of a file-like object opened for reading in binary
    mode. `digest` is a hash name or a callable returning a hash object.
    Returns the hash object.
    """
    hasher = new(digest) if isinstance(digest, str) else digest()
    whole = getattr(fileobj, 'getbuffer', None)
    if whole is not None:
        hasher.update(whole())
        return hasher
    binary = (hasattr(fileobj, 'readable') and fileobj.readable()
              and (hasattr(fileobj, 'readinto') or _binary_stream(fileobj)))
    if not binary:
        raise ValueError(
            f"'{fileobj!r}' is not a file-like object in binary reading mode.")
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            return hasher
        hasher.update(chunk)


if _hashlib is None:
    def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
        """Password-based key derivation (PKCS #5 v2.0) with HMAC of `hash_name`."""
        import hmac
        if iterations < 1:
            raise ValueError('iteration value must be greater than 0.')
        keyed = hmac.new(bytes(password), None, hash_name)
        if dklen is None:
            dklen = keyed.digest_size
        if dklen < 1:
            raise ValueError('key length must be greater than 0.')
        out = b''
        block = 1
        while len(out) < dklen:
            step = keyed.copy()
            step.update(bytes(salt) + block.to_bytes(4, 'big'))
            u = step.digest()
            acc = int.from_bytes(u, 'big')
            for _ in range(iterations - 1):
                step = keyed.copy()
                step.update(u)
                u = step.digest()
                acc ^= int.from_bytes(u, 'big')
            out += acc.to_bytes(len(u), 'big')
            block += 1
        return out[:dklen]

"""Message digests and secure hashes.

Each constructor (md5, sha1, sha224, sha256, sha384, sha512, sha3_224,
sha3_256, sha3_384, sha3_512, shake_128, shake_256, blake2b, blake2s) takes
optional initial data and returns a hash object with update(), digest(),
hexdigest() and copy(), and the attributes name, digest_size and block_size.
new(name, data=b'') picks an algorithm by name. The work is done natively by
the _hashlib and _blake2 modules.
"""

import _hashlib
from _blake2 import blake2b, blake2s

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

algorithms_guaranteed = frozenset([
    'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
    'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
    'shake_128', 'shake_256', 'blake2b', 'blake2s',
])
algorithms_available = algorithms_guaranteed | _hashlib.openssl_md_meth_names

__all__ = (
    'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
    'blake2b', 'blake2s',
    'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
    'shake_128', 'shake_256',
    'new', 'algorithms_guaranteed', 'algorithms_available',
    'pbkdf2_hmac', 'file_digest',
)

_BLAKE = {'blake2b': blake2b, 'blake2s': blake2s}


def new(name, data=b'', **kwargs):
    """new(name, data=b'') - Return a new hashing object using the named algorithm;
    optionally initialized with data (which must be a bytes-like object).
    """
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    maker = _BLAKE.get(name)
    if maker is not None:
        return maker(data, **kwargs)
    try:
        return _hashlib.new(name, data, **kwargs)
    except _hashlib.UnsupportedDigestmodError:
        raise ValueError('unsupported hash type ' + name) from None


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

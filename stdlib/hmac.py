"""HMAC: keyed hashing for message authentication (RFC 2104).

new(key, msg=None, digestmod) returns an HMAC object; digest(key, msg,
digest) computes one in a single call; compare_digest(a, b) compares two
digests in constant time.
"""

import hashlib as _hashes
from _hashlib import compare_digest

try:
    _KEY_TYPES = (bytes, bytearray)
except NameError:  # an interpreter built without bytearray
    _KEY_TYPES = (bytes,)

trans_5C = bytes(i ^ 0x5C for i in range(256))
trans_36 = bytes(i ^ 0x36 for i in range(256))

# Kept for compatibility: the module-level digest size is not defined.
digest_size = None


def _maker(digestmod):
    """A callable returning a fresh hash object, from a name, a constructor
    or a module with a new() function."""
    if isinstance(digestmod, str):
        return lambda data=b'': _hashes.new(digestmod, data)
    if callable(digestmod):
        return digestmod
    return digestmod.new


class HMAC:
    """An HMAC computation: feed it with update(), read it with digest()."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, _KEY_TYPES):
            raise TypeError(
                f"key: expected bytes or bytearray, but got {type(key).__name__!r}")
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._init_old(key, msg, digestmod)

    def _init_old(self, key, msg, digestmod):
        """Set up the two keyed hash objects in Python (the only way coil
        has; CPython also has an OpenSSL-backed `_init_hmac`)."""
        self._hmac = None
        fresh = _maker(digestmod)
        inner = fresh()
        outer = fresh()
        if inner.digest_size == 0:
            raise ValueError('no reason supplied')
        width = getattr(inner, 'block_size', None)
        if width is None or width < 16:
            import warnings
            warnings.warn(f'block_size of {width} seems too small; using our '
                          f'default of {self.blocksize}.', RuntimeWarning, 2)
            width = self.blocksize
        if len(key) > width:
            key = fresh(key).digest()
        key = bytes(key) + bytes(width - len(key))
        inner.update(key.translate(trans_36))
        outer.update(key.translate(trans_5C))
        self._inner = inner
        self._outer = outer
        self.block_size = width
        self.digest_size = inner.digest_size
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        """Feed more data to the computation."""
        self._inner.update(msg)

    def copy(self):
        """An independent HMAC object in the same state."""
        twin = type(self).__new__(type(self))
        twin.__dict__.update(self.__dict__)
        twin._inner = self._inner.copy()
        twin._outer = self._outer.copy()
        return twin

    def _finish(self):
        last = self._outer.copy()
        last.update(self._inner.digest())
        return last

    def digest(self):
        """The MAC of the data fed so far, as bytes."""
        return self._finish().digest()

    def hexdigest(self):
        """The MAC of the data fed so far, as hexadecimal text."""
        return self._finish().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object with `key`, fed with `msg` when given."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of `msg` with `key` and the hash `digest`, in one call."""
    return HMAC(key, msg, digest).digest()

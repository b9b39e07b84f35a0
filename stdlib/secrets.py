"""Random numbers and tokens suitable for security purposes (passwords,
account authentication, session keys), drawn from the operating system's
randomness source."""

import base64
import binascii
import os
import random as _random

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe', 'compare_digest']

try:
    from random import SystemRandom
except ImportError:
    class SystemRandom(_random.Random):
        """Random numbers from os.urandom(); seeding has no effect."""

        def random(self):
            return (int.from_bytes(os.urandom(7), 'big') >> 3) * 2.0 ** -53

        def getrandbits(self, k):
            if k < 0:
                raise ValueError('number of bits must be non-negative')
            size = (k + 7) // 8
            value = int.from_bytes(os.urandom(size), 'big')
            return value >> (size * 8 - k)

        def _randbelow(self, n):
            width = n.bit_length()
            while True:
                pick = self.getrandbits(width)
                if pick < n:
                    return pick

        def randrange(self, start, stop=None, step=1):
            if stop is None:
                start, stop = 0, start
            span = len(range(start, stop, step))
            if span <= 0:
                raise ValueError('empty range for randrange() (%d, %d, %d)'
                                 % (start, stop, span))
            return start + step * self._randbelow(span)

        def choice(self, seq):
            if not len(seq):
                raise IndexError('Cannot choose from an empty sequence')
            return seq[self._randbelow(len(seq))]

        def seed(self, *args, **kwds):
            return None

        def getstate(self, *args, **kwds):
            raise NotImplementedError('System entropy source does not have '
                                      'state.')

        setstate = getstate

# bytearray and memoryview are not in coil yet.
import builtins as _builtins
_BINARY = tuple(getattr(_builtins, name) for name in
                ('bytes', 'bytearray', 'memoryview')
                if hasattr(_builtins, name))

try:
    from hmac import compare_digest
except ImportError:
    def compare_digest(a, b, /):
        """a == b, taking a time that depends only on the lengths (str
        arguments must be ASCII)."""
        binary = _BINARY
        if isinstance(a, str) and isinstance(b, str):
            if not (a.isascii() and b.isascii()):
                raise TypeError('comparing strings with non-ASCII characters '
                                'is not supported')
            a, b = a.encode('ascii'), b.encode('ascii')
        elif isinstance(a, binary) or isinstance(b, binary):
            for value in (a, b):
                if not isinstance(value, binary):
                    raise TypeError("a bytes-like object is required, not "
                                    "'%s'" % type(value).__name__)
            a, b = bytes(a), bytes(b)
        else:
            raise TypeError("unsupported operand types(s) or combination of "
                            "types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        differ = len(a) != len(b)
        if differ:
            b = a
        acc = 0
        for x, y in zip(a, b):
            acc |= x ^ y
        return acc == 0 and not differ

_source = SystemRandom()

randbits = _source.getrandbits
choice = _source.choice

DEFAULT_ENTROPY = 32


def randbelow(exclusive_upper_bound):
    """A random int in the range [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _source._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY when None)."""
    return os.urandom(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """Random text of 2 * nbytes hexadecimal digits."""
    return binascii.hexlify(token_bytes(nbytes)).decode('ascii')


def token_urlsafe(nbytes=None):
    """Random URL-safe Base64 text made from nbytes random bytes."""
    raw = base64.urlsafe_b64encode(token_bytes(nbytes))
    return raw.rstrip(b'=').decode('ascii')

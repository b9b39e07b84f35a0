"""UUID objects (universally unique identifiers, RFC 4122).

UUID(...) builds one from 32 hex digits, 16 bytes (big-endian or, with
bytes_le, in the Windows GUID byte order), the six RFC fields, or a 128-bit
int. uuid1() makes a time-based UUID, uuid3() and uuid5() name-based ones
(MD5 and SHA-1), uuid4() a random one.
"""

import os
from enum import Enum

__all__ = [
    'UUID', 'SafeUUID', 'getnode', 'uuid1', 'uuid3', 'uuid4', 'uuid5',
    'NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500',
    'RESERVED_NCS', 'RFC_4122', 'RESERVED_MICROSOFT', 'RESERVED_FUTURE',
]

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

_int = int
_bytes = bytes


class SafeUUID(Enum):
    """Whether the platform generated a UUID in a multiprocessing-safe way."""
    safe = 0
    unsafe = -1
    unknown = None


# (name in messages, bit width) of the six RFC 4122 fields, most significant first.
_FIELD_WIDTHS = (32, 16, 16, 8, 8, 48)
_ARTICLE = {32: 'a', 16: 'a', 8: 'an', 48: 'a'}


def _from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    total = 0
    for position, (value, width) in enumerate(zip(fields, _FIELD_WIDTHS), 1):
        if not 0 <= value < (1 << width):
            raise ValueError(f'field {position} out of range '
                             f'(need {_ARTICLE[width]} {width}-bit value)')
        total = (total << width) | value
    return total


def _from_hex(text):
    for prefix in ('urn:', 'uuid:'):
        text = text.replace(prefix, '')
    text = text.strip('{}').replace('-', '')
    if len(text) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return _int(text, 16)


def _swap_le(data):
    """Reorders the first three groups between GUID (little-endian) and RFC order."""
    return data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]


def _by_value(test):
    """A rich comparison of two UUIDs by their integer values."""
    def compare(self, other):
        if not isinstance(other, UUID):
            return NotImplemented
        return test(self.int, other.int)
    return compare


def _bit_field(low, width):
    """A read-only property: `width` bits of the value starting at bit `low`."""
    mask = (1 << width) - 1
    return property(lambda self: (self.int >> low) & mask)


class UUID:
    """A UUID; it is immutable, hashable and ordered by its 128-bit value."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        given = [hex, bytes, bytes_le, fields, int]
        if given.count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            value = _from_hex(hex)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            value = _int.from_bytes(_swap_le(_bytes(bytes_le)), 'big')
        elif bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            value = _int.from_bytes(bytes, 'big')
        elif fields is not None:
            value = _from_fields(fields)
        else:
            value = int
            if not 0 <= value < (1 << 128):
                raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if version not in (1, 2, 3, 4, 5):
                raise ValueError('illegal version number')
            # The variant becomes RFC 4122 (bits 10) and the version nibble is set.
            value = (value & ~(0xc000 << 48)) | (0x8000 << 48)
            value = (value & ~(0xf000 << 64)) | (version << 76)
        object.__setattr__(self, 'int', value)
        object.__setattr__(self, 'is_safe', is_safe)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        safe = SafeUUID(state['is_safe']) if 'is_safe' in state else SafeUUID.unknown
        object.__setattr__(self, 'is_safe', safe)

    __eq__ = _by_value(lambda a, b: a == b)
    __lt__ = _by_value(lambda a, b: a < b)
    __gt__ = _by_value(lambda a, b: a > b)
    __le__ = _by_value(lambda a, b: a <= b)
    __ge__ = _by_value(lambda a, b: a >= b)

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return f'{type(self).__name__}({str(self)!r})'

    def __str__(self):
        h = self.hex
        return '-'.join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_le(self.bytes)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    time_low = _bit_field(96, 32)
    time_mid = _bit_field(80, 16)
    time_hi_version = _bit_field(64, 16)
    clock_seq_hi_variant = _bit_field(56, 8)
    clock_seq_low = _bit_field(48, 8)
    node = _bit_field(0, 48)
    # The 14 bits after the variant.
    clock_seq = _bit_field(48, 14)

    @property
    def time(self):
        """The 60-bit timestamp, its three pieces put back in order."""
        v = self.int
        return ((v >> 64) & 0xfff) << 48 | ((v >> 80) & 0xffff) << 32 | v >> 96

    @property
    def hex(self):
        return format(self.int, '032x')

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        top = (self.int >> 61) & 0b111
        if top < 0b100:
            return RESERVED_NCS
        if top < 0b110:
            return RFC_4122
        if top == 0b110:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xf
        return None


_cached_node = None


def _hardware_node():
    """The MAC address of a network interface as a 48-bit int, or None."""
    try:
        names = sorted(os.listdir('/sys/class/net'))
    except OSError:
        return None
    for name in names:
        try:
            with open(f'/sys/class/net/{name}/address') as f:
                text = f.read().strip()
        except OSError:
            continue
        digits = text.replace(':', '')
        if len(digits) != 12:
            continue
        try:
            value = _int(digits, 16)
        except ValueError:
            continue
        # Skip empty addresses and locally administered ones (bit 1 of the first byte).
        if value and not value & (1 << 41):
            return value
    return None


def getnode():
    """The hardware address as a 48-bit int; a random number with the
    multicast bit set when no interface address can be read."""
    global _cached_node
    if _cached_node is None:
        node = _hardware_node()
        if node is None:
            import random
            node = random.getrandbits(48) | (1 << 40)
        _cached_node = node
    return _cached_node


_previous_stamp = None


def uuid1(node=None, clock_seq=None):
    """A UUID from the host ID, a sequence number and the current time."""
    global _previous_stamp
    import time
    # 100-nanosecond intervals since the Gregorian reform, 1582-10-15.
    stamp = time.time_ns() // 100 + 0x01b21dd213814000
    if _previous_stamp is not None and stamp <= _previous_stamp:
        stamp = _previous_stamp + 1
    _previous_stamp = stamp
    if clock_seq is None:
        import random
        clock_seq = random.getrandbits(14)
    if node is None:
        node = getnode()
    parts = (stamp & 0xffffffff, (stamp >> 32) & 0xffff, (stamp >> 48) & 0x0fff,
             (clock_seq >> 8) & 0x3f, clock_seq & 0xff, node)
    return UUID(fields=parts, version=1)


def _name_based(hasher, namespace, name, version):
    data = namespace.bytes + _bytes(name, 'utf-8')
    return UUID(bytes=hasher(data, usedforsecurity=False).digest()[:16],
                version=version)


def uuid3(namespace, name):
    """A UUID from the MD5 hash of a namespace UUID and a name."""
    from hashlib import md5
    return _name_based(md5, namespace, name, 3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A UUID from the SHA-1 hash of a namespace UUID and a name."""
    from hashlib import sha1
    return _name_based(sha1, namespace, name, 5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')

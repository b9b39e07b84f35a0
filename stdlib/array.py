"""Arrays of numbers or characters held as packed machine values.

The items live in a bytearray kept in the instance under the key
`__coil_buffer__` (with the typecode under `__coil_format__`); the interpreter's
buffer protocol reads them from there, so an array is a bytes-like object.
"""

import struct as _struct
from operator import index as _as_index
import operator as _op
from types import GenericAlias as _GenericAlias

_ORDER = {'<': _op.lt, 'l': _op.le, '>': _op.gt, 'g': _op.ge}

typecodes = 'bBuhHiIlLqQfd'

# typecode -> (struct letter, itemsize)
_LAYOUT = {
    'b': ('b', 1), 'B': ('B', 1), 'u': ('I', 4),
    'h': ('h', 2), 'H': ('H', 2), 'i': ('i', 4), 'I': ('I', 4),
    'l': ('q', 8), 'L': ('Q', 8), 'q': ('q', 8), 'Q': ('Q', 8),
    'f': ('f', 4), 'd': ('d', 8),
}

_ONE = {code: '=' + letter for code, (letter, size) in _LAYOUT.items()}

_I64_LO, _I64_HI = -(1 << 63), (1 << 63) - 1
_U64_HI = (1 << 64) - 1

_LONG_BIG = "Python int too large to convert to C long"
_ULONG_BIG = "Python int too large to convert to C unsigned long"
_NEG_UINT = "can't convert negative value to unsigned int"

# typecode -> (low, high, name used in the range messages)
_SMALL_RANGES = {
    'b': (-128, 127, 'signed char'),
    'B': (0, 255, 'unsigned byte integer'),
    'h': (-32768, 32767, 'signed short integer'),
    'H': (0, 65535, 'unsigned short'),
    'i': (-(1 << 31), (1 << 31) - 1, 'signed integer'),
}

_INT_CODES = frozenset('bBhHiIlLqQ')

_BAD_TYPECODE = "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)"


def _check_int(code, value):
    v = _as_index(value)
    if code in _SMALL_RANGES:
        lo, hi, name = _SMALL_RANGES[code]
        if v < _I64_LO or v > _I64_HI:
            raise OverflowError(_LONG_BIG)
        if v > hi:
            raise OverflowError(name + " is greater than maximum")
        if v < lo:
            raise OverflowError(name + " is less than minimum")
    elif code == 'I':
        if v < 0:
            raise OverflowError(_NEG_UINT)
        if v > _U64_HI:
            raise OverflowError(_ULONG_BIG)
        if v > 0xFFFFFFFF:
            raise OverflowError("unsigned int is greater than maximum")
    elif code == 'L':
        if v < 0:
            raise OverflowError(_NEG_UINT)
        if v > _U64_HI:
            raise OverflowError(_ULONG_BIG)
    elif code == 'l':
        if v < _I64_LO or v > _I64_HI:
            raise OverflowError(_LONG_BIG)
    elif code == 'q':
        if v < _I64_LO or v > _I64_HI:
            raise OverflowError("int too big to convert")
    else:  # 'Q'
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v > _U64_HI:
            raise OverflowError("int too big to convert")
    return v


def _check_real(value):
    if isinstance(value, float):
        return value
    t = type(value)
    if hasattr(t, '__float__') or hasattr(t, '__index__'):
        return float(value)
    raise TypeError("must be real number, not " + t.__name__)


def _check_char(value):
    if isinstance(value, str) and len(value) == 1:
        return value
    raise TypeError("array item must be unicode character")


def _encode(code, value):
    """The packed bytes of one item (after checking it)."""
    letter = _LAYOUT[code][0]
    if code in _INT_CODES:
        return _struct.pack('=' + letter, _check_int(code, value))
    if code == 'u':
        return _struct.pack('=I', ord(_check_char(value)))
    x = _check_real(value)
    try:
        return _struct.pack('=' + letter, x)
    except OverflowError:
        return _struct.pack('=' + letter, float('inf') if x > 0 else float('-inf'))


def _decode_all(code, data):
    letter, size = _LAYOUT[code]
    n = len(data) // size
    vals = _struct.unpack('=%d%s' % (n, letter), data)
    if code == 'u':
        return [chr(c) for c in vals]
    return list(vals)


def _check_code_points(data):
    for c in _struct.unpack('=%dI' % (len(data) // 4), data):
        if c > 0x10FFFF:
            raise ValueError("character U+%x is not in range [U+0000; U+10ffff]" % c)


def _bytes_of(obj):
    if isinstance(obj, (bytes, bytearray)):
        return bytes(obj)
    if isinstance(obj, array):
        return bytes(obj.__coil_buffer__)
    if isinstance(obj, (str, int)) or obj is None:
        raise TypeError("a bytes-like object is required, not '%s'" % type(obj).__name__)
    try:
        view = memoryview(obj)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(obj).__name__) from None
    return view.tobytes()


def _resizing(method):
    """Reports a resize refused because of live memoryviews the way arrays do."""
    def run(self, *args):
        try:
            return method(self, *args)
        except BufferError:
            raise BufferError("cannot resize an array that is exporting buffers") from None
    run.__name__ = method.__name__
    run.__qualname__ = 'array.' + method.__name__
    run.__doc__ = method.__doc__
    return run


class array:
    """array(typecode [, initializer]) -> array

    An array of items that all have the type named by `typecode`."""

    __slots__ = ('__coil_buffer__', '__coil_format__')
    __hash__ = None
    __class_getitem__ = classmethod(_GenericAlias)

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is array:
            raise TypeError("array.array() takes no keyword arguments")
        if not args:
            raise TypeError("array() takes at least 1 argument (0 given)")
        if len(args) > 2:
            raise TypeError("array() takes at most 2 arguments (%d given)" % len(args))
        code = args[0]
        if not isinstance(code, str) or len(code) != 1:
            what = type(code).__name__
            raise TypeError("array() argument 1 must be a unicode character, not " + what)
        if code not in _LAYOUT:
            raise ValueError(_BAD_TYPECODE)
        self = object.__new__(cls)
        self.__coil_buffer__ = bytearray()
        self.__coil_format__ = code
        if len(args) == 2:
            init = args[1]
            if isinstance(init, str):
                if code != 'u':
                    raise TypeError(
                        "cannot use a str to initialize an array with typecode '%s'" % code)
                self.fromunicode(init)
            elif isinstance(init, array):
                if init.typecode == 'u' and code != 'u':
                    raise TypeError(
                        "cannot use a unicode array to initialize an array with typecode '%s'"
                        % code)
                self._append_items(init.tolist())
            elif isinstance(init, (bytes, bytearray)):
                self.frombytes(init)
            else:
                self._append_items(init)
        return self

    def __init__(self, *args, **kwargs):
        pass

    # -- internals --------------------------------------------------------

    @property
    def _buf(self):
        return self.__coil_buffer__

    def _append_items(self, items):
        code = self.typecode
        buf = self._buf
        for item in items:
            buf += _encode(code, item)

    def _pack_many(self, items):
        code = self.typecode
        return b''.join([_encode(code, x) for x in items])

    def _fix_index(self, i, message):
        i = _as_index(i)
        n = len(self)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError(message)
        return i

    def _same_kind(self, other):
        return isinstance(other, array) and other.typecode == self.typecode

    # -- attributes -------------------------------------------------------

    @property
    def typecode(self):
        return self.__coil_format__

    @property
    def itemsize(self):
        return _LAYOUT[self.typecode][1]

    # -- sequence protocol ------------------------------------------------

    def __len__(self):
        return len(self._buf) // self.itemsize

    def __getitem__(self, key):
        if type(key) is int:
            code = self.__coil_format__
            buf = self.__coil_buffer__
            size = _LAYOUT[code][1]
            n = len(buf) // size
            i = key + n if key < 0 else key
            if i < 0 or i >= n:
                raise IndexError("array index out of range")
            value = _struct.unpack(_ONE[code], buf[i * size:i * size + size])[0]
            return chr(value) if code == 'u' else value
        size = self.itemsize
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            out = array(self.typecode)
            buf = self._buf
            if step == 1:
                if stop > start:
                    out._buf[:] = buf[start * size:stop * size]
            else:
                parts = []
                for i in range(start, stop, step):
                    parts.append(buf[i * size:(i + 1) * size])
                out._buf[:] = b''.join(parts)
            if type(self) is not array:
                return out
            return out
        if not hasattr(type(key), '__index__'):
            raise TypeError("array indices must be integers")
        i = self._fix_index(key, "array index out of range")
        return _decode_all(self.typecode, bytes(self._buf[i * size:(i + 1) * size]))[0]

    @_resizing
    def __setitem__(self, key, value):
        size = self.itemsize
        if isinstance(key, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(value).__name__)
            if value.typecode != self.typecode:
                raise TypeError("bad argument type for built-in operation")
            data = bytes(value._buf)
            start, stop, step = key.indices(len(self))
            buf = self._buf
            if step == 1:
                if stop < start:
                    stop = start
                buf[start * size:stop * size] = data
                return
            positions = list(range(start, stop, step))
            count = len(data) // size
            if count != len(positions):
                raise ValueError("attempt to assign array of size %d to extended slice of size %d"
                                 % (count, len(positions)))
            for k, i in enumerate(positions):
                buf[i * size:(i + 1) * size] = data[k * size:(k + 1) * size]
            return
        if not hasattr(type(key), '__index__'):
            raise TypeError("array indices must be integers")
        i = self._fix_index(key, "array assignment index out of range")
        self._buf[i * size:(i + 1) * size] = _encode(self.typecode, value)

    @_resizing
    def __delitem__(self, key):
        size = self.itemsize
        buf = self._buf
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self))
            if step == 1:
                if stop > start:
                    del buf[start * size:stop * size]
                return
            doomed = sorted(range(start, stop, step), reverse=True)
            for i in doomed:
                del buf[i * size:(i + 1) * size]
            return
        if not hasattr(type(key), '__index__'):
            raise TypeError("array indices must be integers")
        i = self._fix_index(key, "array assignment index out of range")
        del buf[i * size:(i + 1) * size]

    def __iter__(self):
        return arrayiterator(self)

    def __contains__(self, value):
        for item in self.tolist():
            if item == value:
                return True
        return False

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other.typecode != self.typecode:
            raise TypeError("bad argument type for built-in operation")
        out = array(self.typecode)
        out._buf[:] = self._buf + other._buf
        return out

    @_resizing
    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        n = _as_index(n)
        out = array(self.typecode)
        if n > 0:
            out._buf[:] = bytes(self._buf) * n
        return out

    __rmul__ = __mul__

    @_resizing
    def __imul__(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        n = _as_index(n)
        buf = self._buf
        if n <= 0:
            del buf[:]
        else:
            buf[:] = bytes(buf) * n
        return self

    # -- comparisons ------------------------------------------------------

    def _compare(self, other, op):
        if not isinstance(other, array):
            if op in '=!' and isinstance(other, memoryview):
                same = memoryview(self) == other
                return same if op == '=' else not same
            return NotImplemented
        n, m = len(self), len(other)
        if op in '=!' and n != m:
            return op == '!'
        if op in '=!' and self.typecode == other.typecode and self.typecode not in 'fd':
            same = bytes(self._buf) == bytes(other._buf)
            return same if op == '=' else not same
        mine, theirs = self.tolist(), other.tolist()
        for k in range(min(n, m)):
            x, y = mine[k], theirs[k]
            if not x == y:
                if op == '=':
                    return False
                if op == '!':
                    return True
                return _ORDER[op](x, y)
        if op == '=':
            return True
        if op == '!':
            return False
        return _ORDER[op](n, m)

    def __eq__(self, other):
        return self._compare(other, '=')

    def __ne__(self, other):
        return self._compare(other, '!')

    def __lt__(self, other):
        return self._compare(other, '<')

    def __le__(self, other):
        return self._compare(other, 'l')

    def __gt__(self, other):
        return self._compare(other, '>')

    def __ge__(self, other):
        return self._compare(other, 'g')

    # -- display ----------------------------------------------------------

    def __repr__(self):
        name = type(self).__name__
        code = self.typecode
        if not len(self):
            return "%s(%r)" % (name, code)
        if code == 'u':
            return "%s(%r, %r)" % (name, code, self.tounicode())
        return "%s(%r, %r)" % (name, code, self.tolist())

    # -- methods ----------------------------------------------------------

    @_resizing
    def append(self, value, /):
        self._buf.extend(_encode(self.typecode, value))

    @_resizing
    def extend(self, iterable, /):
        if isinstance(iterable, array):
            if iterable.typecode != self.typecode:
                raise TypeError("can only extend with array of same kind")
            self._buf.extend(bytes(iterable._buf))
            return
        self._append_items(iterable)

    @_resizing
    def insert(self, i, value, /):
        i = _as_index(i)
        n = len(self)
        if i < 0:
            i = max(i + n, 0)
        if i > n:
            i = n
        size = self.itemsize
        data = _encode(self.typecode, value)
        self._buf[i * size:i * size] = data

    @_resizing
    def pop(self, i=-1, /):
        i = _as_index(i)
        n = len(self)
        if n == 0:
            raise IndexError("pop from empty array")
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("pop index out of range")
        value = self[i]
        del self[i]
        return value

    @_resizing
    def remove(self, value, /):
        for i, item in enumerate(self.tolist()):
            if item == value:
                del self[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, value, start=0, stop=9223372036854775807, /):
        items = self.tolist()
        n = len(items)
        start = _as_index(start)
        stop = _as_index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            item = items[i]
            if item == value:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, value, /):
        total = 0
        for item in self.tolist():
            if item == value:
                total += 1
        return total

    def reverse(self):
        size = self.itemsize
        buf = self._buf
        n = len(buf) // size
        chunks = [buf[k * size:(k + 1) * size] for k in range(n)]
        chunks.reverse()
        buf[:] = b''.join(chunks)

    def buffer_info(self):
        return (id(self._buf), len(self))

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        buf = self._buf
        n = len(buf) // size
        for k in range(n):
            lo = k * size
            buf[lo:lo + size] = buf[lo:lo + size][::-1]

    def tobytes(self):
        return bytes(self._buf)

    @_resizing
    def frombytes(self, buffer, /):
        data = _bytes_of(buffer)
        if len(data) % self.itemsize:
            raise ValueError("bytes length not a multiple of item size")
        self._buf.extend(data)

    def tolist(self):
        return _decode_all(self.typecode, bytes(self._buf))

    @_resizing
    def fromlist(self, list, /):
        if not isinstance(list, type([])):
            raise TypeError("arg must be list")
        data = self._pack_many(list)
        self._buf.extend(data)

    def tofile(self, f, /):
        data = bytes(self._buf)
        block = 64 * 1024
        if not data:
            f.write(data)
        for lo in range(0, len(data), block):
            f.write(data[lo:lo + block])

    @_resizing
    def fromfile(self, f, n, /):
        n = _as_index(n)
        if n < 0:
            raise ValueError("negative count")
        size = self.itemsize
        want = n * size
        data = f.read(want)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        whole = len(data) - len(data) % size
        self._buf.extend(data[:whole])
        if len(data) != want:
            raise EOFError("read() didn't return enough bytes")

    def tounicode(self):
        if self.typecode != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        data = bytes(self._buf)
        _check_code_points(data)
        return ''.join(_decode_all('u', data))

    @_resizing
    def fromunicode(self, ustr, /):
        if self.typecode != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        if not isinstance(ustr, str):
            raise TypeError("fromunicode() argument must be str, not " + type(ustr).__name__)
        self._buf.extend(_struct.pack('=%dI' % len(ustr), *[ord(c) for c in ustr]))

    # -- copying and pickling ---------------------------------------------

    def _user_state(self):
        own = getattr(self, '__dict__', None) or {}
        state = {k: v for k, v in own.items()
                 if k not in ('__coil_buffer__', '__coil_format__')}
        return state or None

    def __copy__(self):
        cls = type(self)
        out = cls.__new__(cls, self.typecode)
        out._buf[:] = self._buf
        return out

    def __deepcopy__(self, memo, /):
        return self.__copy__()

    def __reduce_ex__(self, protocol, /):
        cls = type(self)
        if protocol < 3:
            return (cls, (self.typecode, self.tolist()), self._user_state())
        return (_array_reconstructor,
                (cls, self.typecode, _NATIVE_MFORMAT[self.typecode], bytes(self._buf)),
                self._user_state())

    def __setstate__(self, state):
        if state:
            self.__dict__.update(state)


ArrayType = array


class arrayiterator:
    """Iterator over the items of an array (picklable: it remembers its position)."""

    __slots__ = ('_source', '_pos')

    def __init__(self, source):
        self._source = source
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        src = self._source
        if src is None:
            raise StopIteration
        i = self._pos
        if i >= len(src):
            self._source = None
            raise StopIteration
        self._pos = i + 1
        return src[i]

    def __reduce__(self):
        if self._source is None:
            return (iter, ((),))
        return (iter, (self._source,), self._pos)

    def __setstate__(self, state):
        self._pos = _as_index(state)


arrayiterator.__module__ = 'array'


def _register_abc():
    try:
        from collections.abc import MutableSequence
    except ImportError:
        return
    MutableSequence.register(array)


_register_abc()

# Machine format codes of the pickled form (numbering as CPython's).
# code -> (struct letter, byte order, python typecodes it may decode to)
_MFORMATS = {
    0: ('B', '<'), 1: ('b', '<'),
    2: ('H', '<'), 3: ('H', '>'), 4: ('h', '<'), 5: ('h', '>'),
    6: ('I', '<'), 7: ('I', '>'), 8: ('i', '<'), 9: ('i', '>'),
    10: ('Q', '<'), 11: ('Q', '>'), 12: ('q', '<'), 13: ('q', '>'),
    14: ('f', '<'), 15: ('f', '>'), 16: ('d', '<'), 17: ('d', '>'),
    18: ('H', '<'), 19: ('H', '>'), 20: ('I', '<'), 21: ('I', '>'),
}

_NATIVE_MFORMAT = {
    'b': 1, 'B': 0, 'u': 20, 'h': 4, 'H': 2, 'i': 8, 'I': 6,
    'l': 12, 'L': 10, 'q': 12, 'Q': 10, 'f': 14, 'd': 16,
}


def _array_reconstructor(arraytype, typecode, mformat_code, items, /):
    if not isinstance(arraytype, type):
        raise TypeError("first argument must be a type object, not " + type(arraytype).__name__)
    if not issubclass(arraytype, array):
        raise TypeError("%s is not a subtype of array.array" % arraytype.__name__)
    if not isinstance(typecode, str) or len(typecode) != 1:
        raise TypeError("array._array_reconstructor() argument 2 must be a unicode character, not "
                        + type(typecode).__name__)
    if typecode not in _LAYOUT:
        raise ValueError(_BAD_TYPECODE)
    mformat_code = _as_index(mformat_code)
    if mformat_code not in _MFORMATS:
        raise ValueError("third argument must be a valid machine format code.")
    if not isinstance(items, bytes):
        raise TypeError("fourth argument should be bytes, not " + type(items).__name__)
    if mformat_code == _NATIVE_MFORMAT[typecode] and (typecode not in 'lL'):
        out = arraytype.__new__(arraytype, typecode)
        out.frombytes(items)
        return out
    letter, order = _MFORMATS[mformat_code]
    width = _struct.calcsize(order + letter)
    n = len(items) // width
    vals = _struct.unpack('%s%d%s' % (order, n, letter), items[:n * width])
    if mformat_code in (18, 19):
        vals = list(bytes(items[:n * width]).decode('utf-16-le' if order == '<' else 'utf-16-be'))
    elif mformat_code in (20, 21):
        vals = [chr(c) for c in vals]
    out = arraytype.__new__(arraytype, typecode)
    if typecode == 'u':
        out.fromunicode(''.join(vals))
    else:
        out.fromlist(list(vals))
    return out


_array_reconstructor.__module__ = 'array'

"""Serializing Python objects to bytes and back (the pickle format).

dumps(obj) / dump(obj, file) write a pickle, loads(data) / load(file) read
one.  Protocols 0 through 5 are understood; the bytes written are the same
as CPython's, so pickles travel between the two interpreters.

Classes and functions are written by reference (module and qualified name);
other objects go through the reduction protocol: copyreg.dispatch_table,
__reduce_ex__ / __reduce__, __getnewargs_ex__ / __getnewargs__ and
__getstate__ / __setstate__.
"""

import sys
import io
import _codecs
import copyreg
from copyreg import dispatch_table
from copyreg import dispatch_table as _global_reducers
from copyreg import _extension_registry, _inverted_registry, _extension_cache
from struct import pack as _pack, unpack as _unpack

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8",
           "BINFLOAT", "BINGET", "BININT", "BININT1", "BININT2", "BINPERSID",
           "BINPUT", "BINSTRING", "BINUNICODE", "BINUNICODE8", "BUILD",
           "BYTEARRAY8", "DEFAULT_PROTOCOL", "DICT", "DUP", "EMPTY_DICT",
           "EMPTY_LIST", "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4",
           "FALSE", "FLOAT", "FRAME", "FROZENSET", "GET", "GLOBAL",
           "HIGHEST_PROTOCOL", "INST", "INT", "LIST", "LONG", "LONG1",
           "LONG4", "LONG_BINGET", "LONG_BINPUT", "MARK", "MEMOIZE",
           "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE", "NEXT_BUFFER",
           "NONE", "OBJ", "PERSID", "POP", "POP_MARK", "PROTO", "PUT",
           "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS",
           "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE",
           "STACK_GLOBAL", "STOP", "STRING", "TRUE", "TUPLE", "TUPLE1",
           "TUPLE2", "TUPLE3", "UNICODE"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

bytes_types = (bytes, bytearray)


class PickleError(Exception):
    """Base class of the pickle errors."""


class PicklingError(PickleError):
    """An object could not be pickled."""


class UnpicklingError(PickleError):
    """The data is not a valid pickle (or refers to something missing)."""


class _StackError(UnpicklingError, IndexError):
    # A pickle that pops more than it pushed, or pops across a MARK: an
    # UnpicklingError, and an IndexError too, like a pop from an empty list.
    pass


_StackError.__name__ = _StackError.__qualname__ = 'UnpicklingError'


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# --- opcodes (one byte each; the argument formats are in the comments) -----

MARK = b'('             # push a mark on the stack
STOP = b'.'             # end of the pickle: the top of the stack is the result
POP = b'0'              # drop the top item
POP_MARK = b'1'         # drop everything down to the topmost mark
DUP = b'2'              # push the top item again
FLOAT = b'F'            # float as text, newline-terminated
INT = b'I'              # int as text (also "00"/"01" for False/True)
BININT = b'J'           # 4-byte little-endian signed int
BININT1 = b'K'          # 1-byte unsigned int
LONG = b'L'             # int as text with an "L" suffix
BININT2 = b'M'          # 2-byte little-endian unsigned int
NONE = b'N'
PERSID = b'P'           # persistent id as text
BINPERSID = b'Q'        # persistent id taken from the stack
REDUCE = b'R'           # callable(*args)
STRING = b'S'           # quoted, escaped byte string (protocol 0)
BINSTRING = b'T'        # byte string, 4-byte length
SHORT_BINSTRING = b'U'  # byte string, 1-byte length
UNICODE = b'V'          # raw-unicode-escape text, newline-terminated
BINUNICODE = b'X'       # UTF-8 text, 4-byte length
APPEND = b'a'
BUILD = b'b'            # apply state: __setstate__ or __dict__ update
GLOBAL = b'c'           # module and name, each newline-terminated
DICT = b'd'             # dict from the items above the mark
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'              # memo index as text
BINGET = b'h'           # 1-byte memo index
INST = b'i'             # class by name, instance from the items above the mark
LONG_BINGET = b'j'      # 4-byte memo index
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'              # class and arguments above the mark
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'         # 8-byte big-endian IEEE double

TRUE = b'I01\n'
FALSE = b'I00\n'

# protocol 2
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'

# protocol 3
BINBYTES = b'B'
SHORT_BINBYTES = b'C'

# protocol 4
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'

# protocol 5
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'


_FRAME_TARGET = 64 * 1024


def _with_byte(opcode):
    """opcode followed by each possible one-byte argument, by argument."""
    return [opcode + bytes((n,)) for n in range(256)]


_BININT1_OF = _with_byte(BININT1)
_BINPUT_OF = _with_byte(BINPUT)
_BINGET_OF = _with_byte(BINGET)
_SHORT_UNICODE_HEAD = _with_byte(SHORT_BINUNICODE)
_SHORT_BYTES_HEAD = _with_byte(SHORT_BINBYTES)
_NEEDS_PROTO_5 = "PickleBuffer can only pickled with protocol >= 5"
_NOT_CONTIGUOUS = ("PickleBuffer can not be pickled when pointing to a "
                   "non-contiguous buffer")
_BATCH = 1000


# --- PickleBuffer ------------------------------------------------------------

class PickleBuffer:
    """A wrapper around a bytes-like object, telling a protocol 5 pickler
    that the data may be passed out-of-band."""

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def _alive(self):
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view

    def raw(self):
        """The underlying data as a flat memoryview of bytes."""
        view = self._alive()
        if not view.c_contiguous and not view.f_contiguous:
            raise BufferError("cannot extract raw buffer from non-contiguous buffer")
        return view.cast('B') if view.format != 'B' or view.ndim != 1 else view

    def release(self):
        """Releases the wrapped buffer."""
        if self._view is not None:
            self._view.release()
            self._view = None

    @property
    def readonly(self):
        return self._alive().readonly

    def __bytes__(self):
        return bytes(self._alive())

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")


# --- Python 2 names (fix_imports) ----------------------------------------

import _compat_pickle


# --- finding globals ------------------------------------------------------

def _walk(owner, dotted):
    """Follows the dotted path from owner; returns (object, parent)."""
    parent = None
    for part in dotted.split('.'):
        if part == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}"
                                 .format(dotted, owner))
        parent, owner = owner, getattr(owner, part)
    return owner, parent


def whichmodule(obj, name):
    """The name of the module obj can be imported from."""
    found = getattr(obj, '__module__', None)
    if found is not None:
        return found
    import builtins
    if getattr(builtins, name, None) is obj:
        return 'builtins'
    for modname, module in sys.modules.copy().items():
        if modname == '__main__' or modname == '__mp_main__' or module is None:
            continue
        try:
            if _walk(module, name)[0] is obj:
                return modname
        except AttributeError:
            pass
    return '__main__'


def encode_long(x):
    """The minimal little-endian two's complement bytes of x (b'' for 0)."""
    if x == 0:
        return b''
    size = x.bit_length() // 8 + 1
    data = x.to_bytes(size, 'little', signed=True)
    if x < 0 and size > 1 and data[-1] == 0xff and data[-2] & 0x80:
        data = data[:-1]
    return data


def decode_long(data):
    """The int a little-endian two's complement byte string stands for."""
    return int.from_bytes(data, 'little', signed=True)


# --- writing ------------------------------------------------------------------

class _Output:
    """Collects the opcodes in a buffer; for protocol 4 and up each flush
    of the buffer is one frame."""

    def __init__(self, write):
        self.write_file = write
        self.framing = False
        self.buf = bytearray()
        self.write = self.buf.extend

    def start_framing(self):
        self.framing = True

    def stop_framing(self):
        self.flush_frame()
        self.framing = False

    def flush_frame(self):
        buf = self.buf
        if buf:
            if self.framing and len(buf) >= 4:
                self.write_file(FRAME + len(buf).to_bytes(8, 'little'))
            self.write_file(bytes(buf))
            del buf[:]

    def maybe_flush(self):
        if len(self.buf) >= _FRAME_TARGET:
            self.flush_frame()

    def write_big(self, head, payload):
        """A large payload goes to the file directly, out of any frame."""
        self.flush_frame()
        self.write_file(head)
        self.write_file(payload)


_TEXTS = {}


def _same_text(text):
    """One str object per distinct module or qualified name, so the memo
    writes a name used twice only once."""
    return _TEXTS.setdefault(text, text)


def _memo_key(obj):
    # Ellipsis and NotImplemented get keys of their own: no id() is
    # negative, and some interpreters give singletons a shared id().
    if obj is ...:
        return -1
    if obj is NotImplemented:
        return -2
    if type(obj) is str and _shared_like_cpython(obj):
        return obj
    return id(obj)


def _shared_like_cpython(text):
    """Whether CPython would hold every copy of this string as one object:
    one-character Latin-1 strings, and the identifier-like names it
    interns (attribute names, keywords, constants in code).  Pickles then
    refer back to the first copy, as CPython's do."""
    if len(text) <= 1:
        return text < '\u0100'
    return (len(text) <= 100 and text.isascii()
            and text.replace('_', 'x').isalnum())


def _is_iterator(obj):
    return hasattr(type(obj), '__next__')


def _reducer_name(obj):
    return getattr(obj, '__name__', None)


class Pickler:
    """Writes pickles of objects to a binary file.

    Pickler(file, protocol=None, *, fix_imports=True, buffer_callback=None)
    """

    def __init__(self, file, protocol=None, *, fix_imports=True,
                 buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        elif protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        try:
            write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self._out = _Output(write)
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = bool(fix_imports) and protocol < 3
        self._buffer_callback = buffer_callback
        self.memo = {}
        self._pid_hook = None
        self._active = set()

    def clear_memo(self):
        """Forgets which objects were already written."""
        self.memo.clear()

    def persistent_id(self, obj):
        return None

    def dump(self, obj):
        """Writes the pickle of obj."""
        if not hasattr(self, '_out'):
            raise PicklingError("Pickler.__init__() was not called by "
                                "%s.__init__()" % (type(self).__name__,))
        out = self._out
        out.framing = False
        del out.buf[:]
        if ('persistent_id' in getattr(self, '__dict__', ())
                or type(self).persistent_id is not Pickler.persistent_id):
            self._pid_hook = self.persistent_id
        else:
            self._pid_hook = None
        if self.proto >= 2:
            out.write(PROTO + bytes((self.proto,)))
        if self.proto >= 4:
            out.flush_frame()
            out.start_framing()
        self.save(obj)
        out.write(STOP)
        out.stop_framing()

    # -- the memo --

    def _memo_put(self, obj):
        if self.fast:
            return
        index = len(self.memo)
        self.memo[_memo_key(obj)] = index, obj
        write = self._out.write
        if self.proto >= 4:
            write(MEMOIZE)
        elif self.bin:
            if index < 256:
                write(_BINPUT_OF[index])
            else:
                write(LONG_BINPUT + _pack('<I', index))
        else:
            write(PUT + repr(index).encode('ascii') + b'\n')

    def _memo_get(self, index):
        if self.bin:
            if index < 256:
                return _BINGET_OF[index]
            return LONG_BINGET + _pack('<I', index)
        return GET + repr(index).encode('ascii') + b'\n'

    # -- dispatch --

    def save(self, obj, save_persistent_id=True):
        out = self._out
        if len(out.buf) >= _FRAME_TARGET:
            out.flush_frame()
        if save_persistent_id and self._pid_hook is not None:
            pid = self._pid_hook(obj)
            if pid is not None:
                self._save_pers(pid)
                return
        cls = type(obj)
        simple = _SIMPLE.get(cls)
        if simple is not None:
            simple(self, obj)
            return
        if self.fast:
            # no memo: refuse cycles instead of recursing forever
            key = id(obj)
            active = self._active
            if key in active:
                raise ValueError("fast mode: can't pickle cyclic objects "
                                 "including object type %s at %#x"
                                 % (cls.__name__, key))
            active.add(key)
            try:
                self._save_compound(obj, cls)
            finally:
                active.discard(key)
            return
        self._save_compound(obj, cls)

    def _save_compound(self, obj, cls):
        known = self.memo.get(_memo_key(obj))
        if known is not None:
            self._out.write(self._memo_get(known[0]))
            return
        container = _CONTAINERS.get(cls)
        if container is not None:
            container(self, obj)
            return
        override = getattr(self, 'reducer_override', None)
        reduced = NotImplemented
        if override is not None:
            reduced = override(obj)
        if reduced is NotImplemented:
            special = _OTHERS.get(cls)
            if special is not None and special(self, obj):
                return
            reduced = self._reduce(obj, cls)
        if reduced is _GLOBAL_MARKER:
            self._save_type(obj)
            return
        if isinstance(reduced, str):
            self.save_global(obj, reduced)
            return
        if not isinstance(reduced, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(reduced) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain "
                                "2 through 6 elements")
        if not callable(reduced[0]):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        if not isinstance(reduced[1], tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        for place, position in (("fourth", 3), ("fifth", 4)):
            if len(reduced) > position:
                part = reduced[position]
                if part is not None and not _is_iterator(part):
                    raise PicklingError(
                        "%s element of the tuple returned by __reduce__ "
                        "must be an iterator, not %s"
                        % (place, type(part).__name__))
        self.save_reduce(*reduced, obj=obj)

    def _reduce(self, obj, cls):
        table = getattr(self, 'dispatch_table', _global_reducers)
        reducer = table.get(cls)
        if reducer is not None:
            return reducer(obj)
        if issubclass(cls, type):
            return _GLOBAL_MARKER
        hook = getattr(obj, '__reduce_ex__', None)
        if hook is not None:
            return hook(self.proto)
        hook = getattr(obj, '__reduce__', None)
        if hook is not None:
            return hook()
        return copyreg._object_reduce_ex(obj, self.proto)

    def _save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self._out.write(BINPERSID)
            return
        try:
            text = str(pid).encode('ascii')
        except UnicodeEncodeError:
            raise PicklingError("persistent IDs in protocol 0 must be "
                                "ASCII strings")
        self._out.write(PERSID + text + b'\n')

    # -- atoms --

    def _save_none(self, obj):
        self._out.write(NONE)

    def _save_bool(self, obj):
        if self.proto >= 2:
            self._out.write(NEWTRUE if obj else NEWFALSE)
        else:
            self._out.write(TRUE if obj else FALSE)

    def _save_int(self, obj):
        write = self._out.write
        if self.bin:
            if 0 <= obj < 256:
                write(_BININT1_OF[obj])
                return
            if 0 <= obj < 65536:
                write(BININT2 + obj.to_bytes(2, 'little'))
                return
            if -0x80000000 <= obj < 0x80000000:
                write(BININT + obj.to_bytes(4, 'little', signed=True))
                return
            if self.proto >= 2:
                data = encode_long(obj)
                if len(data) < 256:
                    write(LONG1 + bytes((len(data),)) + data)
                else:
                    write(LONG4 + len(data).to_bytes(4, 'little', signed=True)
                          + data)
                return
        if -0x80000000 <= obj < 0x80000000:
            write(INT + repr(obj).encode('ascii') + b'\n')
        else:
            write(LONG + repr(obj).encode('ascii') + b'L\n')

    def _save_float(self, obj):
        if self.bin:
            self._out.write(BINFLOAT + _pack('>d', obj))
        else:
            self._out.write(FLOAT + repr(obj).encode('ascii') + b'\n')

    def _save_str(self, obj):
        known = self.memo.get(_memo_key(obj))
        if known is not None:
            self._out.write(self._memo_get(known[0]))
            return
        out = self._out
        if self.bin:
            data = obj.encode('utf-8', 'surrogatepass')
            size = len(data)
            if size < 256 and self.proto >= 4:
                out.write(_SHORT_UNICODE_HEAD[size] + data)
            elif size > 0xffffffff and self.proto >= 4:
                out.write_big(BINUNICODE8 + size.to_bytes(8, 'little'), data)
            elif size > 0xffffffff:
                raise PicklingError("cannot serialize a string larger than "
                                    "4GiB")
            elif size >= _FRAME_TARGET:
                out.write_big(BINUNICODE + size.to_bytes(4, 'little'), data)
            else:
                out.write(BINUNICODE + size.to_bytes(4, 'little') + data)
        else:
            text = (obj.replace('\\', '\\u005c').replace('\0', '\\u0000')
                    .replace('\n', '\\u000a').replace('\r', '\\u000d')
                    .replace('\x1a', '\\u001a'))
            out.write(UNICODE + text.encode('raw-unicode-escape') + b'\n')
        self._memo_put(obj)

    def _save_bytes(self, obj):
        known = self.memo.get(id(obj))
        if known is not None:
            self._out.write(self._memo_get(known[0]))
            return
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs.encode,
                                 (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        self._bytes_body(bytes(obj))
        self._memo_put(obj)

    def _bytes_body(self, data):
        out = self._out
        size = len(data)
        if size < 256:
            out.write(_SHORT_BYTES_HEAD[size] + data)
        elif size > 0xffffffff and self.proto >= 4:
            out.write_big(BINBYTES8 + size.to_bytes(8, 'little'), data)
        elif size >= _FRAME_TARGET:
            out.write_big(BINBYTES + size.to_bytes(4, 'little'), data)
        else:
            out.write(BINBYTES + size.to_bytes(4, 'little') + data)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        data = bytes(obj)
        head = BYTEARRAY8 + len(data).to_bytes(8, 'little')
        if len(data) >= _FRAME_TARGET:
            self._out.write_big(head, data)
        else:
            self._out.write(head + data)
        self._memo_put(obj)

    def _save_picklebuffer(self, obj):
        if self.proto >= 5:
            view = obj.raw()
        else:
            raise PicklingError(_NEEDS_PROTO_5)
        if not view.contiguous:
            raise PicklingError(_NOT_CONTIGUOUS)
        callback = self._buffer_callback
        if callback is not None and not callback(obj):
            # out-of-band: the reader passes the buffer back in loads()
            self._out.write(NEXT_BUFFER + READONLY_BUFFER if view.readonly
                            else NEXT_BUFFER)
        elif view.readonly:
            self._save_bytes_value(bytes(view), obj)
        else:
            self._save_bytearray(bytearray(view))
        return True

    def _save_bytes_value(self, data, obj):
        self._bytes_body(data)
        self._memo_put(obj)

    # -- containers --

    def _save_tuple(self, obj):
        out = self._out
        if not obj:
            out.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        size = len(obj)
        short = size <= 3 and self.proto >= 2
        if not short:
            out.write(MARK)
        for item in obj:
            self.save(item)
        known = self.memo.get(id(obj))
        if known is not None:
            # an item refers back to the tuple: it was built on the way
            if short:
                out.write(POP * size + self._memo_get(known[0]))
            elif self.bin:
                out.write(POP_MARK + self._memo_get(known[0]))
            else:
                out.write(POP * (size + 1) + self._memo_get(known[0]))
            return
        if short:
            out.write((TUPLE1, TUPLE2, TUPLE3)[size - 1])
        else:
            out.write(TUPLE)
        self._memo_put(obj)

    def _save_list(self, obj):
        self._out.write(EMPTY_LIST if self.bin else MARK + LIST)
        self._memo_put(obj)
        self._write_appends(iter(obj))

    def _write_appends(self, items):
        items = iter(items)
        out = self._out
        if not self.bin:
            for item in items:
                self.save(item)
                out.write(APPEND)
            return
        while True:
            batch = []
            for item in items:
                batch.append(item)
                if len(batch) == _BATCH:
                    break
            if not batch:
                return
            if len(batch) == 1:
                self.save(batch[0])
                out.write(APPEND)
            else:
                out.write(MARK)
                for item in batch:
                    self.save(item)
                out.write(APPENDS)
            if len(batch) < _BATCH:
                return

    def _save_dict(self, obj):
        self._out.write(EMPTY_DICT if self.bin else MARK + DICT)
        self._memo_put(obj)
        self._write_setitems(iter(obj.items()))

    def _write_setitems(self, pairs):
        pairs = iter(pairs)
        out = self._out
        if not self.bin:
            for key, value in pairs:
                self.save(key)
                self.save(value)
                out.write(SETITEM)
            return
        while True:
            batch = []
            for pair in pairs:
                batch.append(pair)
                if len(batch) == _BATCH:
                    break
            if not batch:
                return
            if len(batch) == 1:
                self.save(batch[0][0])
                self.save(batch[0][1])
                out.write(SETITEM)
            else:
                out.write(MARK)
                for key, value in batch:
                    self.save(key)
                    self.save(value)
                out.write(SETITEMS)
            if len(batch) < _BATCH:
                return

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        out = self._out
        out.write(EMPTY_SET)
        self._memo_put(obj)
        items = list(obj)
        for start in range(0, len(items), _BATCH):
            out.write(MARK)
            for item in items[start:start + _BATCH]:
                self.save(item)
            out.write(ADDITEMS)

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        out = self._out
        out.write(MARK)
        for item in obj:
            self.save(item)
        known = self.memo.get(id(obj))
        if known is not None:
            out.write(POP_MARK + self._memo_get(known[0]))
            return
        out.write(FROZENSET)
        self._memo_put(obj)

    # -- by reference --

    def save_global(self, obj, name=None):
        out = self._out
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        module_name = _same_text(whichmodule(obj, name))
        name = _same_text(name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
            found, parent = _walk(module, name)
        except ImportError:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from None
        except AttributeError:
            if '<locals>' in name.split('.'):
                raise AttributeError("Can't pickle local object %r"
                                     % (name,)) from None
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s "
                                "failed" % (obj, name, module_name)) from None
        if found is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object "
                                "as %s.%s" % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    out.write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    out.write(EXT2 + code.to_bytes(2, 'little'))
                else:
                    out.write(EXT4 + code.to_bytes(4, 'little', signed=True))
                return
        last = name.rpartition('.')[2]
        if parent is module:
            name = last
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            out.write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, last))
        elif self.proto >= 3:
            out.write(GLOBAL + module_name.encode('utf-8') + b'\n'
                      + name.encode('utf-8') + b'\n')
        else:
            if self.fix_imports:
                key = (module_name, name)
                if key in _compat_pickle.REVERSE_NAME_MAPPING:
                    module_name, name = _compat_pickle.REVERSE_NAME_MAPPING[key]
                elif module_name in _compat_pickle.REVERSE_IMPORT_MAPPING:
                    module_name = _compat_pickle.REVERSE_IMPORT_MAPPING[module_name]
            try:
                out.write(GLOBAL + module_name.encode('ascii') + b'\n'
                          + name.encode('ascii') + b'\n')
            except UnicodeEncodeError:
                raise PicklingError(
                    "can't pickle global identifier '%s.%s' using "
                    "pickle protocol %i" % (module_name, name, self.proto)) from None
        self._memo_put(obj)

    def _save_type(self, obj):
        if obj is type(None):
            self.save_reduce(type, (None,), obj=obj)
        elif obj is type(NotImplemented):
            self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            self.save_reduce(type, (...,), obj=obj)
        else:
            self.save_global(obj)
        return True

    def _save_function(self, obj):
        owner = getattr(obj, '__self__', None)
        if owner is not None and type(owner) is not _module_type:
            # a builtin method bound to an object or a class
            self.save_reduce(getattr, (owner, obj.__name__), obj=obj)
            return True
        if type(obj) is not _function_type:
            home = _builtin_owner(obj)
            if home is not None:
                self.save_reduce(getattr, (home, obj.__name__), obj=obj)
                return True
        self.save_global(obj)
        return True

    def _save_singleton(self, obj):
        self.save_global(obj, 'Ellipsis' if obj is ... else 'NotImplemented')
        return True

    # -- the reduction protocol --

    def save_reduce(self, func, args, state=None, listitems=None,
                    dictitems=None, state_setter=None, *, obj=None):
        out = self._out
        if func is _GLOBAL_MARKER:
            self.save_global(obj)
            return
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by "
                                "__reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by "
                                "__reduce__ must be callable")
        name = _reducer_name(func)
        if self.proto >= 2 and name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no "
                                    "__new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the "
                                    "wrong class")
            if self.proto >= 4:
                self.save(cls)
                self.save(args)
                self.save(kwargs)
                out.write(NEWOBJ_EX)
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *args, **kwargs))
                self.save(())
                out.write(REDUCE)
        elif self.proto >= 2 and name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no "
                                    "__new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the "
                                    "wrong class")
            self.save(cls)
            self.save(args[1:])
            out.write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            out.write(REDUCE)
        if obj is not None:
            known = self.memo.get(id(obj))
            if known is not None:
                out.write(POP + self._memo_get(known[0]))
            else:
                self._memo_put(obj)
        if listitems is not None:
            self._write_appends(listitems)
        if dictitems is not None:
            self._write_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                out.write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                out.write(TUPLE2 + REDUCE + POP)


# what _reduce answers for a class: save it by reference
def _GLOBAL_MARKER():
    pass


_module_type = type(sys)
_function_type = type(_walk)


def _builtin_owner(func):
    """The builtin class a native function was taken from (str.count has
    no __self__ here), or None when it is a module-level function."""
    import builtins
    name = getattr(func, '__name__', None)
    if name is None or getattr(builtins, name, None) is func:
        return None
    for value in vars(builtins).values():
        if isinstance(value, type) and getattr(value, name, None) is func:
            return value
    return None


_SIMPLE = {
    type(None): Pickler._save_none,
    bool: Pickler._save_bool,
    int: Pickler._save_int,
    float: Pickler._save_float,
    str: Pickler._save_str,
    bytes: Pickler._save_bytes,
}

_CONTAINERS = {
    tuple: Pickler._save_tuple,
    list: Pickler._save_list,
    dict: Pickler._save_dict,
    set: Pickler._save_set,
    frozenset: Pickler._save_frozenset,
    bytearray: Pickler._save_bytearray,
}

_OTHERS = {
    type: Pickler._save_type,
    PickleBuffer: Pickler._save_picklebuffer,
    type(...): Pickler._save_singleton,
    type(NotImplemented): Pickler._save_singleton,
}
for _kind in (type(_walk), type(len)):
    _OTHERS[_kind] = Pickler._save_function
del _kind


# --- reading ------------------------------------------------------------------

class _Input:
    """Reads the pickle's bytes, from frames once the pickle has them."""

    def __init__(self, read, readline):
        self.file_read = read
        self.file_readline = readline
        self.frame = None
        self.frame_pos = 0

    def read(self, n):
        frame = self.frame
        if frame is not None:
            pos = self.frame_pos
            end = pos + n
            if end <= len(frame):
                self.frame_pos = end
                return frame[pos:end]
            if pos != len(frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self.frame = None
        data = self.file_read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def read_opcode(self):
        frame = self.frame
        if frame is not None:
            pos = self.frame_pos
            if pos < len(frame):
                self.frame_pos = pos + 1
                return frame[pos]
            self.frame = None
        data = self.file_read(1)
        if not data:
            raise EOFError("Ran out of input")
        return data[0]

    def readline(self):
        frame = self.frame
        if frame is not None:
            pos = self.frame_pos
            end = frame.find(b'\n', pos)
            if end >= 0:
                self.frame_pos = end + 1
                return frame[pos:end + 1]
            if pos != len(frame):
                raise UnpicklingError("pickle exhausted before end of frame")
            self.frame = None
        line = self.file_readline()
        if not line.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return line

    def load_frame(self, size):
        if self.frame is not None and self.frame_pos != len(self.frame):
            raise UnpicklingError("beginning of a new frame before end of "
                                  "current frame")
        self.frame = None
        data = self.file_read(size)
        if len(data) < size:
            raise UnpicklingError("pickle data was truncated")
        self.frame = bytes(data)
        self.frame_pos = 0


class _BytesInput(_Input):
    """Reads from an in-memory pickle (loads)."""

    def __init__(self, data):
        self.data = bytes(data)
        self.pos = 0
        self.frame = None

    def read(self, n):
        pos = self.pos
        end = pos + n
        if end > len(self.data):
            raise UnpicklingError("pickle data was truncated")
        self.pos = end
        return self.data[pos:end]

    def read_opcode(self):
        pos = self.pos
        if pos >= len(self.data):
            raise EOFError("Ran out of input")
        self.pos = pos + 1
        return self.data[pos]

    def readline(self):
        pos = self.pos
        end = self.data.find(b'\n', pos)
        if end < 0:
            raise UnpicklingError("pickle data was truncated")
        self.pos = end + 1
        return self.data[pos:end + 1]

    def load_frame(self, size):
        if self.pos + size > len(self.data):
            raise UnpicklingError("pickle data was truncated")


def _method_or_none(obj, name):
    try:
        return getattr(obj, name)
    except AttributeError:
        return None


def _text_arg(line):
    return line[:-1]


class Unpickler:
    """Reads pickles from a binary file.

    Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict',
              buffers=None)
    """

    def __init__(self, file, *, fix_imports=True, encoding="ASCII",
                 errors="strict", buffers=None):
        if isinstance(file, _BytesInput):
            self._in = file
        else:
            readline = _method_or_none(file, 'readline')
            read = _method_or_none(file, 'read')
            if read is None or readline is None:
                raise TypeError("file must have 'read' and 'readline' "
                                "attributes")
            self._in = _Input(read, readline)
        self._buffers = iter(buffers) if buffers is not None else None
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.memo = {}
        self.proto = 0

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was "
                              "encountered,\nbut no persistent_load function "
                              "was specified.")

    def load(self):
        """Reads one pickle and returns the object it holds."""
        if not hasattr(self, '_in'):
            raise UnpicklingError("Unpickler.__init__() was not called by "
                                  "%s.__init__()" % (type(self).__name__,))
        self._stack = []
        self._marks = []
        self.proto = 0
        read_opcode = self._in.read_opcode
        table = _LOADERS
        try:
            while True:
                code = read_opcode()
                loader = table[code]
                if loader is None:
                    if 0x20 <= code < 0x7f:
                        key = chr(code)
                    else:
                        key = '\\x%02x' % code
                    raise UnpicklingError("invalid load key, '%s'." % key)
                loader(self)
        except _Stop as stop:
            return stop.value

    # -- stack helpers --

    def _pop(self):
        stack = self._stack
        if len(stack) <= (self._marks[-1] if self._marks else 0):
            raise _StackError("unpickling stack underflow")
        return stack.pop()

    def _top(self):
        stack = self._stack
        if len(stack) <= (self._marks[-1] if self._marks else 0):
            raise _StackError("unpickling stack underflow")
        return stack[-1]

    def _pop_marked(self):
        if not self._marks:
            raise _StackError("could not find MARK")
        start = self._marks.pop()
        items = self._stack[start:]
        del self._stack[start:]
        return items

    # -- opcodes --

    def _op_proto(self):
        proto = self._in.read(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def _op_frame(self):
        size = int.from_bytes(self._in.read(8), 'little')
        if size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % size)
        self._in.load_frame(size)

    def _op_stop(self):
        if self._marks:
            raise _StackError("unexpected MARK found")
        raise _Stop(self._pop())

    def _op_mark(self):
        self._marks.append(len(self._stack))

    def _op_pop(self):
        if self._marks and self._marks[-1] == len(self._stack):
            self._marks.pop()
            return
        self._pop()

    def _op_pop_mark(self):
        self._pop_marked()

    def _op_dup(self):
        self._stack.append(self._top())

    def _op_none(self):
        self._stack.append(None)

    def _op_false(self):
        self._stack.append(False)

    def _op_true(self):
        self._stack.append(True)

    def _op_int(self):
        text = _text_arg(self._in.readline())
        if text == b'00':
            self._stack.append(False)
        elif text == b'01':
            self._stack.append(True)
        else:
            self._stack.append(_parse_int(text))

    def _op_binint(self):
        self._stack.append(int.from_bytes(self._in.read(4), 'little', signed=True))

    def _op_binint1(self):
        self._stack.append(self._in.read(1)[0])

    def _op_binint2(self):
        self._stack.append(int.from_bytes(self._in.read(2), 'little'))

    def _op_long(self):
        text = _text_arg(self._in.readline())
        if text.endswith(b'L'):
            text = text[:-1]
        self._stack.append(_parse_int(text))

    def _op_long1(self):
        size = self._in.read(1)[0]
        self._stack.append(decode_long(self._in.read(size)))

    def _op_long4(self):
        size = int.from_bytes(self._in.read(4), 'little', signed=True)
        if size < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self._stack.append(decode_long(self._in.read(size)))

    def _op_float(self):
        self._stack.append(float(_text_arg(self._in.readline()).decode('ascii')))

    def _op_binfloat(self):
        self._stack.append(_unpack('>d', self._in.read(8))[0])

    def _decode_string(self, data):
        if self.encoding == "bytes":
            return data
        return data.decode(self.encoding, self.errors)

    def _op_string(self):
        text = _text_arg(self._in.readline())
        if len(text) >= 2 and text[0] == text[-1] and text[:1] in (b'"', b"'"):
            text = text[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self._stack.append(self._decode_string(_unescape_bytes(text)))

    def _op_binstring(self):
        size = int.from_bytes(self._in.read(4), 'little', signed=True)
        if size < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self._stack.append(self._decode_string(self._in.read(size)))

    def _op_short_binstring(self):
        size = self._in.read(1)[0]
        self._stack.append(self._decode_string(self._in.read(size)))

    def _op_binbytes(self):
        size = int.from_bytes(self._in.read(4), 'little')
        self._stack.append(bytes(self._in.read(size)))

    def _op_short_binbytes(self):
        size = self._in.read(1)[0]
        self._stack.append(bytes(self._in.read(size)))

    def _op_binbytes8(self):
        size = int.from_bytes(self._in.read(8), 'little')
        if size > sys.maxsize:
            raise UnpicklingError("BINBYTES8 exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self._stack.append(bytes(self._in.read(size)))

    def _op_bytearray8(self):
        size = int.from_bytes(self._in.read(8), 'little')
        if size > sys.maxsize:
            raise UnpicklingError("BYTEARRAY8 exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self._stack.append(bytearray(self._in.read(size)))

    def _op_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self._stack.append(buf)

    def _op_readonly_buffer(self):
        buf = self._top()
        view = memoryview(buf.raw() if isinstance(buf, PickleBuffer) else buf)
        if not view.readonly:
            self._stack[-1] = view.toreadonly()

    def _op_unicode(self):
        line = _text_arg(self._in.readline())
        self._stack.append(str(line, 'raw-unicode-escape'))

    def _op_binunicode(self):
        size = int.from_bytes(self._in.read(4), 'little')
        self._stack.append(str(self._in.read(size), 'utf-8', 'surrogatepass'))

    def _op_binunicode8(self):
        size = int.from_bytes(self._in.read(8), 'little')
        if size > sys.maxsize:
            raise UnpicklingError("BINUNICODE8 exceeds system's maximum size "
                                  "of %d bytes" % sys.maxsize)
        self._stack.append(str(self._in.read(size), 'utf-8', 'surrogatepass'))

    def _op_short_binunicode(self):
        size = self._in.read(1)[0]
        self._stack.append(str(self._in.read(size), 'utf-8', 'surrogatepass'))

    def _op_tuple(self):
        self._stack.append(tuple(self._pop_marked()))

    def _op_empty_tuple(self):
        self._stack.append(())

    def _op_tuple1(self):
        self._stack.append((self._pop(),))

    def _op_tuple2(self):
        second = self._pop()
        first = self._pop()
        self._stack.append((first, second))

    def _op_tuple3(self):
        third = self._pop()
        second = self._pop()
        first = self._pop()
        self._stack.append((first, second, third))

    def _op_empty_list(self):
        self._stack.append([])

    def _op_empty_dict(self):
        self._stack.append({})

    def _op_empty_set(self):
        self._stack.append(set())

    def _op_frozenset(self):
        self._stack.append(frozenset(self._pop_marked()))

    def _op_list(self):
        self._stack.append(self._pop_marked())

    def _op_dict(self):
        items = self._pop_marked()
        self._stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _make_instance(self, cls, args):
        if (args or not isinstance(cls, type)
                or hasattr(cls, "__getinitargs__")):
            try:
                value = cls(*args)
            except TypeError as exc:
                raise TypeError("in constructor for %s: %s"
                                % (cls.__name__, exc)) from exc
        else:
            value = cls.__new__(cls)
        self._stack.append(value)

    def _op_inst(self):
        module = _text_arg(self._in.readline()).decode('ascii')
        name = _text_arg(self._in.readline()).decode('ascii')
        cls = self.find_class(module, name)
        self._make_instance(cls, self._pop_marked())

    def _op_obj(self):
        items = self._pop_marked()
        if not items:
            raise _StackError("unpickling stack underflow")
        self._make_instance(items[0], items[1:])

    def _op_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self._stack.append(cls.__new__(cls, *args))

    def _op_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, "
                                  "not %s" % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, "
                                  "not %s" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, "
                                  "not %s" % type(kwargs).__name__)
        self._stack.append(cls.__new__(cls, *args, **kwargs))

    def _op_global(self):
        module = _text_arg(self._in.readline()).decode('utf-8')
        name = _text_arg(self._in.readline()).decode('utf-8')
        self._stack.append(self.find_class(module, name))

    def _op_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self._stack.append(self.find_class(module, name))

    def _extension(self, code):
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        value = _extension_cache.get(code, _MISSING)
        if value is not _MISSING:
            self._stack.append(value)
            return
        key = _inverted_registry.get(code)
        if not key:
            raise ValueError("unregistered extension code %d" % code)
        value = self.find_class(*key)
        _extension_cache[code] = value
        self._stack.append(value)

    def _op_ext1(self):
        self._extension(self._in.read(1)[0])

    def _op_ext2(self):
        self._extension(int.from_bytes(self._in.read(2), 'little'))

    def _op_ext4(self):
        self._extension(int.from_bytes(self._in.read(4), 'little', signed=True))

    def find_class(self, module, name):
        """The object module.name (imported), as GLOBAL and STACK_GLOBAL
        ask for."""
        sys.audit('pickle.find_class', module, name)
        if self.proto < 3 and self.fix_imports:
            key = (module, name)
            if key in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[key]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        __import__(module, level=0)
        owner = sys.modules[module]
        if self.proto >= 4:
            try:
                return _walk(owner, name)[0]
            except AttributeError:
                pass
        else:
            try:
                return getattr(owner, name)
            except AttributeError:
                pass
        raise AttributeError("Can't get attribute {!r} on {!r}"
                             .format(name, owner))

    def _op_reduce(self):
        args = self._pop()
        func = self._pop()
        self._stack.append(func(*args))

    def _op_persid(self):
        line = _text_arg(self._in.readline())
        try:
            pid = line.decode('ascii')
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be "
                                  "ASCII strings") from None
        self._stack.append(self.persistent_load(pid))

    def _op_binpersid(self):
        self._stack.append(self.persistent_load(self._pop()))

    def _memo_lookup(self, index):
        try:
            self._stack.append(self.memo[index])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d"
                                  % index) from None

    def _op_get(self):
        self._memo_lookup(_parse_int(_text_arg(self._in.readline())))

    def _op_binget(self):
        self._memo_lookup(self._in.read(1)[0])

    def _op_long_binget(self):
        self._memo_lookup(int.from_bytes(self._in.read(4), 'little'))

    def _op_put(self):
        index = _parse_int(_text_arg(self._in.readline()))
        if index < 0:
            raise ValueError("negative PUT argument")
        self.memo[index] = self._top()

    def _op_binput(self):
        self.memo[self._in.read(1)[0]] = self._top()

    def _op_long_binput(self):
        index = int.from_bytes(self._in.read(4), 'little')
        if index > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self.memo[index] = self._top()

    def _op_memoize(self):
        stack = self._stack
        if len(stack) <= (self._marks[-1] if self._marks else 0):
            raise _StackError("unpickling stack underflow")
        self.memo[len(self.memo)] = stack[-1]

    def _op_append(self):
        value = self._pop()
        target = self._top()
        target.append(value)

    def _op_appends(self):
        items = self._pop_marked()
        target = self._top()
        if isinstance(target, list):
            target.extend(items)
            return
        extend = getattr(target, 'extend', None)
        if extend is not None:
            extend(items)
            return
        add = target.append
        for item in items:
            add(item)

    def _op_setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def _op_setitems(self):
        items = self._pop_marked()
        target = self._top()
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def _op_additems(self):
        items = self._pop_marked()
        target = self._top()
        if isinstance(target, (set, frozenset)) and type(target) in (set, frozenset):
            target.update(items)
            return
        add = target.add
        for item in items:
            add(item)

    def _op_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slots = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slots = state
        if state:
            try:
                inst_dict = inst.__dict__
            except AttributeError:
                inst_dict = None
            for key, value in state.items():
                if type(key) is str:
                    key = sys.intern(key)
                if inst_dict is None:
                    setattr(inst, key, value)
                else:
                    inst_dict[key] = value
        if slots:
            for key, value in slots.items():
                setattr(inst, key, value)


_MISSING = object()


_SIMPLE_ESCAPES = {ord(k): v for k, v in zip('\\\'"abfnrtv\n',
                                              b'\\\'"\a\b\f\n\r\t\v')}


def _unescape_bytes(text):
    """Python 2 string-literal escapes (the STRING opcode) to bytes."""
    if b'\\' not in text:
        return bytes(text)
    out = bytearray()
    i = 0
    size = len(text)
    while i < size:
        ch = text[i]
        i += 1
        if ch != 0x5c:
            out.append(ch)
            continue
        if i >= size:
            raise ValueError("Trailing \\ in string")
        ch = text[i]
        i += 1
        if ch == 0x0a:
            continue
        if ch in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[ch])
        elif ch == 0x78:
            digits = text[i:i + 2]
            try:
                if len(digits) != 2:
                    raise ValueError
                out.append(int(digits.decode('ascii'), 16))
            except ValueError:
                raise ValueError("invalid \\x escape at position %d"
                                 % (i - 2)) from None
            i += 2
        elif 0x30 <= ch <= 0x37:
            value = ch - 0x30
            for _ in range(2):
                if i < size and 0x30 <= text[i] <= 0x37:
                    value = value * 8 + text[i] - 0x30
                    i += 1
            out.append(value & 0xff)
        else:
            out.append(0x5c)
            out.append(ch)
    return bytes(out)


def _parse_int(text):
    if isinstance(text, (bytes, bytearray)):
        text = text.decode('ascii', 'replace')
    try:
        return int(text)
    except ValueError:
        raise ValueError("could not convert string to int") from None


_LOADERS = [None] * 256


def _register_loaders():
    names = {
        PROTO: '_op_proto', FRAME: '_op_frame', STOP: '_op_stop',
        MARK: '_op_mark', POP: '_op_pop', POP_MARK: '_op_pop_mark',
        DUP: '_op_dup', NONE: '_op_none', NEWFALSE: '_op_false',
        NEWTRUE: '_op_true', INT: '_op_int', BININT: '_op_binint',
        BININT1: '_op_binint1', BININT2: '_op_binint2', LONG: '_op_long',
        LONG1: '_op_long1', LONG4: '_op_long4', FLOAT: '_op_float',
        BINFLOAT: '_op_binfloat', STRING: '_op_string',
        BINSTRING: '_op_binstring', SHORT_BINSTRING: '_op_short_binstring',
        BINBYTES: '_op_binbytes', SHORT_BINBYTES: '_op_short_binbytes',
        BINBYTES8: '_op_binbytes8', BYTEARRAY8: '_op_bytearray8',
        NEXT_BUFFER: '_op_next_buffer', READONLY_BUFFER: '_op_readonly_buffer',
        UNICODE: '_op_unicode', BINUNICODE: '_op_binunicode',
        BINUNICODE8: '_op_binunicode8',
        SHORT_BINUNICODE: '_op_short_binunicode', TUPLE: '_op_tuple',
        EMPTY_TUPLE: '_op_empty_tuple', TUPLE1: '_op_tuple1',
        TUPLE2: '_op_tuple2', TUPLE3: '_op_tuple3',
        EMPTY_LIST: '_op_empty_list', EMPTY_DICT: '_op_empty_dict',
        EMPTY_SET: '_op_empty_set', FROZENSET: '_op_frozenset',
        LIST: '_op_list', DICT: '_op_dict', INST: '_op_inst', OBJ: '_op_obj',
        NEWOBJ: '_op_newobj', NEWOBJ_EX: '_op_newobj_ex',
        GLOBAL: '_op_global', STACK_GLOBAL: '_op_stack_global',
        EXT1: '_op_ext1', EXT2: '_op_ext2', EXT4: '_op_ext4',
        REDUCE: '_op_reduce', PERSID: '_op_persid', BINPERSID: '_op_binpersid',
        GET: '_op_get', BINGET: '_op_binget', LONG_BINGET: '_op_long_binget',
        PUT: '_op_put', BINPUT: '_op_binput', LONG_BINPUT: '_op_long_binput',
        MEMOIZE: '_op_memoize', APPEND: '_op_append', APPENDS: '_op_appends',
        SETITEM: '_op_setitem', SETITEMS: '_op_setitems',
        ADDITEMS: '_op_additems', BUILD: '_op_build',
    }
    for code, attr in names.items():
        _LOADERS[code[0]] = getattr(Unpickler, attr)


_register_loaders()
del _register_loaders


# --- the functions ----------------------------------------------------------

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Writes the pickle of obj to the binary file."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """The pickle of obj, as bytes."""
    sink = io.BytesIO()
    Pickler(sink, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return sink.getvalue()


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict",
         buffers=None):
    """Reads one pickle from the binary file and returns its object."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict",
          buffers=None):
    """The object the pickle in data (a bytes-like object) holds."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_BytesInput(data), fix_imports=fix_imports,
                     buffers=buffers, encoding=encoding, errors=errors).load()


# the names CPython's C accelerator also exports
_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads


def _show_files(argv=None):
    """python -m pickle FILE...: pretty-prints what each pickle holds
    ('-' reads standard input)."""
    import argparse
    import pprint
    parser = argparse.ArgumentParser(
        description='display contents of the pickle files')
    parser.add_argument('pickle_file', nargs='*', help='the pickle file')
    parser.add_argument('-t', '--test', action='store_true',
                        help='run self-test suite')
    parser.add_argument('-v', action='store_true',
                        help='run verbosely; only affects self-test run')
    args = parser.parse_args(argv)
    if args.test or not args.pickle_file:
        parser.print_help()
        return
    for name in args.pickle_file:
        if name == '-':
            pprint.pprint(load(sys.stdin.buffer))
        else:
            with open(name, 'rb') as f:
                pprint.pprint(load(f))


if __name__ == "__main__":
    _show_files()

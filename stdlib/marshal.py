"""Serialises Python's core values to bytes and back in CPython's marshal format.

Handles None, bools, StopIteration, Ellipsis, ints, floats, complex numbers, str,
bytes, tuples, lists, dicts, sets and frozensets. coil has no code-object format,
so code objects (and any other type) are "unmarshallable". Shared references are
written out in full rather than as back-references, which `loads` reads all the same.
"""

import struct as _struct

__all__ = ["dump", "dumps", "load", "loads", "version"]

version = 4

_FLAG_REF = 0x80


def _int32(n):
    return _struct.pack("<i", n)


def _write(value, out, version):
    kind = type(value)
    if value is None:
        out.append(b"N")
    elif value is False:
        out.append(b"F")
    elif value is True:
        out.append(b"T")
    elif value is StopIteration:
        out.append(b"S")
    elif value is Ellipsis:
        out.append(b".")
    elif kind is int:
        if -2**31 <= value < 2**31:
            out.append(b"i" + _int32(value))
        else:
            # base 2**15 digits, least significant first; the count carries the sign
            digits = []
            rest = abs(value)
            while rest:
                digits.append(rest & 0x7FFF)
                rest >>= 15
            count = len(digits) if value > 0 else -len(digits)
            out.append(b"l" + _int32(count) + b"".join(_struct.pack("<H", d) for d in digits))
    elif kind is float:
        out.append(b"g" + _struct.pack("<d", value) if version > 1 else b"f" + _short_text(repr(value)))
    elif kind is complex:
        if version > 1:
            out.append(b"y" + _struct.pack("<dd", value.real, value.imag))
        else:
            out.append(b"x" + _short_text(repr(value.real)) + _short_text(repr(value.imag)))
    elif kind is bytes or kind is bytearray:
        out.append(b"s" + _int32(len(value)) + bytes(value))
    elif kind is str:
        data = value.encode("utf-8", "surrogatepass")
        out.append(b"u" + _int32(len(data)) + data)
    elif kind is tuple:
        if version >= 4 and len(value) < 256:
            out.append(b")" + bytes([len(value)]))
        else:
            out.append(b"(" + _int32(len(value)))
        for item in value:
            _write(item, out, version)
    elif kind is list:
        out.append(b"[" + _int32(len(value)))
        for item in value:
            _write(item, out, version)
    elif kind is dict:
        out.append(b"{")
        for key, item in value.items():
            _write(key, out, version)
            _write(item, out, version)
        out.append(b"0")
    elif kind is set or kind is frozenset:
        out.append((b"<" if kind is set else b">") + _int32(len(value)))
        for item in value:
            _write(item, out, version)
    else:
        raise ValueError("unmarshallable object")


def _short_text(text):
    data = text.encode("ascii")
    return bytes([len(data)]) + data


def dumps(value, version=version, /):
    """The bytes `dump(value, file)` would write."""
    out = []
    _write(value, out, version)
    return b"".join(out)


def dump(value, file, version=version, /):
    """Writes value to the binary file open for writing."""
    file.write(dumps(value, version))


class _Reader:
    """Reads values back from marshal data, remembering those flagged for reference."""

    def __init__(self, data):
        self.data = memoryview(data).tobytes()
        self.pos = 0
        self.refs = []

    def take(self, size):
        end = self.pos + size
        if end > len(self.data):
            raise EOFError("marshal data too short")
        chunk = self.data[self.pos:end]
        self.pos = end
        return chunk

    def int32(self):
        return _struct.unpack("<i", self.take(4))[0]

    def read(self):
        code = self.take(1)[0]
        flagged = code & _FLAG_REF
        code = chr(code & ~_FLAG_REF)
        slot = None
        if flagged:
            slot = len(self.refs)
            self.refs.append(None)
        value = self.read_kind(code, slot)
        if flagged:
            self.refs[slot] = value
        return value

    def read_kind(self, code, slot):
        simple = {"N": None, "F": False, "T": True, "S": StopIteration, ".": Ellipsis}
        if code in simple:
            return simple[code]
        if code == "i":
            return self.int32()
        if code == "l":
            count = self.int32()
            value = 0
            for shift in range(abs(count)):
                value |= _struct.unpack("<H", self.take(2))[0] << (15 * shift)
            return -value if count < 0 else value
        if code == "g":
            return _struct.unpack("<d", self.take(8))[0]
        if code == "f":
            return float(self.take(self.take(1)[0]).decode("ascii"))
        if code == "y":
            real, imag = _struct.unpack("<dd", self.take(16))
            return complex(real, imag)
        if code == "x":
            real = float(self.take(self.take(1)[0]).decode("ascii"))
            return complex(real, float(self.take(self.take(1)[0]).decode("ascii")))
        if code == "s":
            return self.take(self.int32())
        if code in "ut":
            return self.take(self.int32()).decode("utf-8", "surrogatepass")
        if code in "aA":
            return self.take(self.int32()).decode("latin-1")
        if code in "zZ":
            return self.take(self.take(1)[0]).decode("latin-1")
        if code == "r":
            index = self.int32()
            if not 0 <= index < len(self.refs):
                raise ValueError("bad marshal data (invalid reference)")
            return self.refs[index]
        if code in "()[<>":
            size = self.take(1)[0] if code == ")" else self.int32()
            items = [self.read() for _ in range(size)]
            return {"(": tuple, ")": tuple, "[": list, "<": set, ">": frozenset}[code](items)
        if code == "{":
            result = {}
            if slot is not None:
                self.refs[slot] = result
            while self.data[self.pos:self.pos + 1] != b"0":
                key = self.read()
                result[key] = self.read()
            self.pos += 1
            return result
        raise ValueError("bad marshal data (unknown type code)")


def loads(data, /):
    """The value marshal data (bytes-like) holds; extra bytes after it are ignored."""
    return _Reader(data).read()


def load(file, /):
    """Reads one value from the binary file open for reading."""
    reader = _Reader(file.read())
    value = reader.read()
    if hasattr(file, "seek"):
        try:
            file.seek(reader.pos - len(reader.data), 1)
        except (OSError, ValueError):
            pass
    return value

"""Codec registry and base classes for coil.

The codecs coil implements natively (UTF-8/16/32, ASCII, Latin-1, a few code
pages and the escape codecs) live in `_codecs`; this module puts the codec
registry, the `CodecInfo` records and the incremental and stream classes on
top of them. Programs may add codecs with `register()` and error handlers
with `register_error()`.
"""

import _codecs
from _codecs import (
    register_error, lookup_error,
    strict_errors, ignore_errors, replace_errors, backslashreplace_errors,
    xmlcharrefreplace_errors, namereplace_errors,
    utf_8_encode, utf_8_decode, utf_16_encode, utf_16_decode,
    utf_16_le_encode, utf_16_le_decode, utf_16_be_encode, utf_16_be_decode,
    utf_32_encode, utf_32_decode, utf_32_le_encode, utf_32_le_decode,
    utf_32_be_encode, utf_32_be_decode, latin_1_encode, latin_1_decode,
    ascii_encode, ascii_decode, unicode_escape_encode, unicode_escape_decode,
    raw_unicode_escape_encode, raw_unicode_escape_decode,
)

__all__ = [
    "register", "unregister", "lookup", "encode", "decode", "open",
    "getencoder", "getdecoder", "getincrementalencoder", "getincrementaldecoder",
    "getreader", "getwriter", "iterencode", "iterdecode",
    "register_error", "lookup_error", "strict_errors", "ignore_errors",
    "replace_errors", "backslashreplace_errors", "xmlcharrefreplace_errors",
    "namereplace_errors",
    "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
    "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
    "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
    "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
    "BufferedIncrementalEncoder", "BufferedIncrementalDecoder",
    "StreamReader", "StreamWriter", "StreamReaderWriter",
]

# ---- byte order marks -----------------------------------------------------

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
BOM_UTF16 = BOM = BOM_UTF16_LE if utf_16_encode("")[0] == BOM_UTF16_LE else BOM_UTF16_BE
BOM_UTF32 = BOM_UTF32_LE if BOM_UTF16 == BOM_UTF16_LE else BOM_UTF32_BE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


# ---- the codec record -----------------------------------------------------

class CodecInfo(tuple):
    """What lookup() finds for an encoding: a 4-tuple (encode, decode,
    stream reader, stream writer) that also carries the incremental classes
    and the codec's name as attributes."""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        record = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        record.name = name
        record.encode = encode
        record.decode = decode
        record.incrementalencoder = incrementalencoder
        record.incrementaldecoder = incrementaldecoder
        record.streamreader = streamreader
        record.streamwriter = streamwriter
        if _is_text_encoding is not None:
            record._is_text_encoding = _is_text_encoding
        return record

    def __repr__(self):
        kind = type(self)
        return "<%s.%s object for encoding %s at %#x>" % (
            kind.__module__, kind.__qualname__, self.name, id(self))


# ---- base classes -----------------------------------------------------------

class Codec:
    """A stateless codec: encode() and decode() answer (output, input length used)."""

    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes text handed over in pieces; `final` marks the last piece."""

    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder over a stateless `_buffer_encode(text, errors,
    final)` that answers (bytes, characters used) and may leave a tail."""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        text = self.buffer + input
        out, used = self._buffer_encode(text, self.errors, final)
        self.buffer = text[used:]
        return out

    def reset(self):
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decodes bytes handed over in pieces; `final` marks the last piece."""

    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder over a stateless `_buffer_decode(data, errors,
    final)` that answers (text, bytes used); unused bytes wait for the next call."""

    buffer = b""

    def decode(self, input, final=False):
        joined = self.buffer + input
        text, used = self._buffer_decode(joined, self.errors, final)
        self.buffer = joined[used:]
        return text

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]

    def reset(self):
        self.buffer = b""


class _StreamBase(Codec):
    """What readers and writers share: the wrapped stream and `errors`."""

    def __init__(self, stream, errors="strict"):
        self.stream = stream
        self.errors = errors

    def __getattr__(self, name):
        if name == "stream":
            raise AttributeError(name)
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.stream.close()

    def __reduce_ex__(self, protocol):
        raise TypeError("can't serialize %s" % type(self).__name__)


class StreamWriter(_StreamBase):
    """Writes text to a byte stream through the codec's encode()."""

    def write(self, object):
        data, _ = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write("".join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()


class StreamReader(_StreamBase):
    """Reads text from a byte stream through the codec's decode(); bytes of a
    sequence cut by a read wait for the next one."""

    charbuffertype = str

    def __init__(self, stream, errors="strict"):
        _StreamBase.__init__(self, stream, errors)
        self.bytebuffer = b""
        self._text = ""

    def decode(self, input, errors="strict"):
        raise NotImplementedError

    def _pull(self, size):
        """Reads up to `size` bytes (all when negative) into the text buffer;
        answers False at the end of the stream."""
        raw = self.stream.read() if size < 0 else self.stream.read(size)
        data = self.bytebuffer + (raw or b"")
        if not data:
            return False
        try:
            text, used = self.decode(data, self.errors)
        except UnicodeDecodeError as exc:
            if raw:
                # Possibly a sequence cut by the read: try again with more bytes.
                text, used = self.decode(data[:exc.start], self.errors)
            else:
                raise
        self.bytebuffer = data[used:]
        self._text += text
        return bool(raw)

    def read(self, size=-1, chars=-1, firstline=False):
        while True:
            want = chars if chars >= 0 else size
            if want >= 0 and len(self._text) >= want:
                break
            if not self._pull(size):
                break
        if firstline and "\n" in self._text:
            cut = self._text.index("\n") + 1
        elif chars < 0:
            cut = len(self._text)
        else:
            cut = chars
        out, self._text = self._text[:cut], self._text[cut:]
        return out

    def readline(self, size=None, keepends=True):
        while True:
            lines = self._text.splitlines(True)
            if len(lines) > 1 or (lines and lines[0].endswith(("\n", "\r\n"))
                                  and not lines[0].endswith("\r")):
                break
            if size is not None and len(self._text) >= size:
                break
            if not self._pull(72 if size is None else size):
                break
        lines = self._text.splitlines(True)
        line = lines[0] if lines else ""
        if size is not None and len(line) > size:
            line = line[:size]
        self._text = self._text[len(line):]
        return line if keepends else line.splitlines()[0] if line else line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b""
        self._text = ""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration


class StreamReaderWriter:
    """A reader and a writer over one stream: reading goes to the reader,
    writing to the writer, anything else to the stream."""

    encoding = "unknown"

    def __init__(self, stream, Reader, Writer, errors="strict"):
        self.stream, self.errors = stream, errors
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)

    def __iter__(self):
        return self

    def __next__(self):
        return self.reader.__next__()

    def __getattr__(self, name):
        if name == "stream":
            raise AttributeError(name)
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.stream.close()


def _pass_to(side, method):
    def passed(self, *args):
        return getattr(getattr(self, side), method)(*args)
    passed.__name__ = passed.__qualname__ = method
    return passed


for _side, _methods in (("reader", ("read", "readline", "readlines")),
                        ("writer", ("write", "writelines"))):
    for _method in _methods:
        setattr(StreamReaderWriter, _method, _pass_to(_side, _method))


def _reset_both(self):
    self.reader.reset()
    self.writer.reset()


StreamReaderWriter.reset = _reset_both
del _side, _methods, _method


# ---- the native codecs as CodecInfo records --------------------------------

class _NativeEncoder(IncrementalEncoder):
    """An incremental encoder kept by `_codecs`; subclasses name the codec."""

    codec_name = None

    def __init__(self, errors="strict"):
        IncrementalEncoder.__init__(self, errors)
        self._state = _codecs.encoder_new(self.codec_name, errors)
        self._errors_in_use = errors

    def encode(self, input, final=False):
        if self.errors != self._errors_in_use:
            _codecs.encoder_set_errors(self._state, self.errors)
            self._errors_in_use = self.errors
        return _codecs.encoder_encode(self._state, input, final)

    def reset(self):
        _codecs.encoder_reset(self._state)

    def getstate(self):
        return _codecs.encoder_getstate(self._state)

    def setstate(self, state):
        _codecs.encoder_setstate(self._state, state)


class _NativeDecoder(IncrementalDecoder):
    """An incremental decoder kept by `_codecs`; subclasses name the codec."""

    codec_name = None

    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self._state = _codecs.decoder_new(self.codec_name, errors)
        self._errors_in_use = errors

    def decode(self, input, final=False):
        if self.errors != self._errors_in_use:
            _codecs.decoder_set_errors(self._state, self.errors)
            self._errors_in_use = self.errors
        return _codecs.decoder_decode(self._state, input, final)

    def reset(self):
        _codecs.decoder_reset(self._state)

    def getstate(self):
        return _codecs.decoder_getstate(self._state)

    def setstate(self, state):
        pending, flag = state
        _codecs.decoder_setstate(self._state, pending, flag)


class _NativeStreamReader(StreamReader):
    """A stream reader whose decoding state lives in a native decoder."""

    codec_name = None

    def decode(self, input, errors="strict"):
        if getattr(self, "_incremental", None) is None:
            self._incremental = _codecs.decoder_new(self.codec_name, errors)
        return _codecs.decoder_decode(self._incremental, input, False), len(input)

    def read(self, size=-1, chars=-1, firstline=False):
        text = StreamReader.read(self, size, chars, firstline)
        if not text and getattr(self, "_incremental", None) is not None:
            # The end of the stream: what the decoder still holds is an error
            # (or its replacement).
            text = _codecs.decoder_decode(self._incremental, b"", True)
        return text

    def reset(self):
        StreamReader.reset(self)
        if getattr(self, "_incremental", None) is not None:
            _codecs.decoder_reset(self._incremental)


def _native_info(name):
    """The CodecInfo of a codec `_codecs` implements, by its canonical name."""

    def encode(input, errors="strict"):
        return _codecs.encode(input, name, errors), len(input)

    stem = "latin_1" if name == "iso8859-1" else name.replace("-", "_")
    encode = getattr(_codecs, stem + "_encode", encode)

    def decode(input, errors="strict"):
        return _codecs.decode(input, name, errors), len(input)

    kinds = {}
    for base in (_NativeEncoder, _NativeDecoder, _NativeStreamReader):
        kinds[base] = type(base.__name__.replace("_Native", ""), (base,),
                           {"codec_name": name, "__module__": "codecs"})

    class StreamWriter_(StreamWriter):
        def __init__(self, stream, errors="strict"):
            StreamWriter.__init__(self, stream, errors)
            self._incremental = _codecs.encoder_new(name, errors)

        def encode(self, input, errors="strict"):
            return _codecs.encoder_encode(self._incremental, input, False), len(input)

        def reset(self):
            _codecs.encoder_reset(self._incremental)

    StreamWriter_.__name__ = StreamWriter_.__qualname__ = "StreamWriter"
    return CodecInfo(encode, decode, kinds[_NativeStreamReader], StreamWriter_,
                     kinds[_NativeEncoder], kinds[_NativeDecoder], name)


# ---- the registry -----------------------------------------------------------

_search_functions = []
_found = {}


def register(search_function):
    """Adds a search function: called with a normalized encoding name, it
    answers a CodecInfo or None."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Removes a search function added by register(), and forgets what it found."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
        _found.clear()


def _native_name(encoding):
    """The canonical name of a codec `_codecs` implements, or None."""
    try:
        return _codecs.canonical(encoding)
    except LookupError:
        return None


def lookup(encoding):
    """The CodecInfo of an encoding; LookupError when no codec has that name."""
    native = _native_name(encoding)
    if native is not None:
        info = _found.get(native)
        if info is None:
            info = _found[native] = _native_info(native)
        return info
    key = encoding.lower().replace(" ", "_").replace("-", "_")
    if key in _found:
        return _found[key]
    for search in _search_functions:
        info = search(key)
        if info is None:
            continue
        if not isinstance(info, tuple) or len(info) != 4:
            raise TypeError("codec search functions must return 4-tuples")
        _found[key] = info
        return info
    raise LookupError("unknown encoding: %s" % encoding)


def encode(obj, encoding="utf-8", errors="strict"):
    """Encodes `obj` with the codec registered for `encoding`."""
    if _native_name(encoding) is not None:
        return _codecs.encode(obj, encoding, errors)
    result = lookup(encoding).encode(obj, errors)
    return _first_of(result, "encoder")


def decode(obj, encoding="utf-8", errors="strict"):
    """Decodes `obj` with the codec registered for `encoding`."""
    if _native_name(encoding) is not None:
        return _codecs.decode(obj, encoding, errors)
    result = lookup(encoding).decode(obj, errors)
    return _first_of(result, "decoder")


def _first_of(result, role):
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("%s must return a tuple (object, integer)" % role)
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    made = lookup(encoding).incrementalencoder
    if made is None:
        raise LookupError(encoding)
    return made


def getincrementaldecoder(encoding):
    made = lookup(encoding).incrementaldecoder
    if made is None:
        raise LookupError(encoding)
    return made


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors="strict", **kwargs):
    """Encodes each str of `iterator`, yielding the non-empty pieces."""
    coder = getincrementalencoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = coder.encode(piece)
        if out:
            yield out
    out = coder.encode("", True)
    if out:
        yield out


def iterdecode(iterator, encoding, errors="strict", **kwargs):
    """Decodes each bytes of `iterator`, yielding the non-empty pieces."""
    coder = getincrementaldecoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = coder.decode(piece)
        if out:
            yield out
    out = coder.decode(b"", True)
    if out:
        yield out


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    """Opens a file; with an encoding, through that codec's reader and writer."""
    import builtins
    if encoding is not None and "b" not in mode:
        mode = mode + "b"
    stream = builtins.open(filename, mode, buffering)
    if encoding is None:
        return stream
    info = lookup(encoding)
    wrapped = StreamReaderWriter(stream, info.streamreader, info.streamwriter, errors)
    wrapped.encoding = encoding
    return wrapped


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    reverse = {}
    for byte, char in decoding_map.items():
        reverse[char] = None if char in reverse else byte
    return reverse

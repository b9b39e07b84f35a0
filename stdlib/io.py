"""Streams of text and bytes.

The concrete streams (FileIO, BufferedReader/Writer/Random, TextIOWrapper,
StringIO, BytesIO) and open() are native, from _io. The abstract bases that
user classes extend are written here: their generic methods are built from
the few a subclass supplies (read/readinto, write, seek...).
"""

import abc
from _io import (DEFAULT_BUFFER_SIZE, UnsupportedOperation, FileIO, BytesIO,
                 StringIO, BufferedReader, BufferedWriter, BufferedRandom,
                 TextIOWrapper, open, text_encoding)

__all__ = ['BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase',
           'FileIO', 'BytesIO', 'StringIO', 'BufferedIOBase',
           'BufferedReader', 'BufferedWriter', 'BufferedRWPair',
           'BufferedRandom', 'TextIOBase', 'TextIOWrapper',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'DEFAULT_BUFFER_SIZE', 'text_encoding', 'IncrementalNewlineDecoder']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

UnsupportedOperation.__module__ = 'io'


def open_code(path):
    """Opens a file of code for reading, in binary mode."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, 'rb')


def _refuse(name):
    raise UnsupportedOperation(name)


class IOBase(metaclass=abc.ABCMeta):
    """The base of every stream: closing, context management, iteration by
    lines, and the capability queries (all False until a subclass says so)."""

    __closed = False

    def seek(self, pos, whence=0):
        _refuse('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        _refuse('truncate')

    def fileno(self):
        _refuse('fileno')

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        self._checkClosed()
        return self

    def readline(self, size=-1):
        if size is None:
            size = -1
        elif not isinstance(size, int):
            size = size.__index__()
        peek = getattr(self, 'peek', None)
        pieces = []
        count = 0
        while size < 0 or count < size:
            want = 1
            if peek is not None:
                ahead = peek(1)
                if not ahead:
                    break
                end = ahead.find(b'\n') + 1
                want = end if end > 0 else len(ahead)
                if size >= 0:
                    want = min(want, size - count)
            chunk = self.read(want)
            if not chunk:
                break
            pieces.append(chunk)
            count += len(chunk)
            if chunk.endswith(b'\n'):
                break
        return b''.join(pieces)

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def __del__(self):
        try:
            closed = self.closed
        except AttributeError:
            return
        if not closed:
            self.close()


class RawIOBase(IOBase):
    """Unbuffered bytes: a subclass supplies readinto() and/or write()."""

    def read(self, size=-1):
        if size is None:
            size = -1
        if size < 0:
            return self.readall()
        buf = bytearray(size)
        n = self.readinto(buf)
        if n is None:
            return None
        return bytes(buf[:n])

    def readall(self):
        parts = []
        while True:
            chunk = self.read(DEFAULT_BUFFER_SIZE)
            if chunk is None:
                if not parts:
                    return None
                break
            if not chunk:
                break
            parts.append(chunk)
        return b''.join(parts)

    def readinto(self, b):
        _refuse('readinto')

    def write(self, b):
        _refuse('write')


class BufferedIOBase(IOBase):
    """Buffered bytes: read, read1, write and detach."""

    def read(self, size=-1):
        _refuse('read')

    def read1(self, size=-1):
        return self.read(size)

    def write(self, b):
        _refuse('write')

    def detach(self):
        _refuse('detach')

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        data = self.read1(len(b))
        n = len(data)
        b[:n] = data
        return n


class TextIOBase(IOBase):
    """Text: read, readline and write work on str."""

    def read(self, size=-1):
        _refuse('read')

    def write(self, s):
        _refuse('write')

    def truncate(self, pos=None):
        _refuse('truncate')

    def readline(self, size=-1):
        _refuse('readline')

    def detach(self):
        _refuse('detach')

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer joined into one stream (two raw streams, one each way)."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise UnsupportedOperation('"writer" argument must be writable.')
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(-1 if size is None else size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


class IncrementalNewlineDecoder:
    """Wraps a decoder (or none) and translates \\r and \\r\\n to \\n when asked,
    holding back a final \\r until the next call shows what follows it."""

    _CR, _LF, _CRLF = 1, 2, 4

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seen = 0
        self._held_cr = False

    def decode(self, input, final=False):
        text = input if self.decoder is None else self.decoder.decode(input, final=final)
        if self._held_cr and (text or final):
            text = '\r' + text
            self._held_cr = False
        if text.endswith('\r') and not final:
            text = text[:-1]
            self._held_cr = True
        crlf = text.count('\r\n')
        cr = text.count('\r') - crlf
        lf = text.count('\n') - crlf
        self._seen |= (lf and self._LF) | (cr and self._CR) | (crlf and self._CRLF)
        if self.translate:
            if crlf:
                text = text.replace('\r\n', '\n')
            if cr:
                text = text.replace('\r', '\n')
        return text

    def getstate(self):
        if self.decoder is None:
            buf, flag = b'', 0
        else:
            buf, flag = self.decoder.getstate()
        return buf, (flag << 1) | int(self._held_cr)

    def setstate(self, state):
        buf, flag = state
        self._held_cr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self._seen = 0
        self._held_cr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        kinds = [k for bit, k in ((self._CR, '\r'), (self._LF, '\n'), (self._CRLF, '\r\n'))
                 if self._seen & bit]
        if not kinds:
            return None
        return kinds[0] if len(kinds) == 1 else tuple(kinds)


for _cls in (FileIO,):
    RawIOBase.register(_cls)
for _cls in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom):
    BufferedIOBase.register(_cls)
for _cls in (StringIO, TextIOWrapper):
    TextIOBase.register(_cls)
del _cls

"""Read and write gzip files (RFC 1952) on top of zlib's raw deflate streams.

GzipFile reads one or more concatenated members and writes one; compress()
and decompress() work on whole byte strings; open() adds text mode.
"""

import builtins
import io
import os
import struct
import sys
import time
import zlib

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

FTEXT = 1
FHCRC = 2
FEXTRA = 4
FNAME = 8
FCOMMENT = 16

READ = 1
WRITE = 2

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

_MAGIC = b"\x1f\x8b"
_TRUNCATED = "Compressed file ended before the end-of-stream marker was reached"
_CHUNK = 64 * 1024


class BadGzipFile(OSError):
    """The data is not a valid gzip stream."""


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip file in binary ("rb", "wb", "ab", "xb") or text ("rt", ...)
    mode; filename is a path or a file object."""
    text = "t" in mode
    if text:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        for what, value in (("encoding", encoding), ("errors", errors), ("newline", newline)):
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % what)
    binary_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes)) or hasattr(filename, "__fspath__"):
        stream = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        stream = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if text:
        encoding = io.text_encoding(encoding) if hasattr(io, "text_encoding") else encoding
        return io.TextIOWrapper(stream, encoding, errors, newline)
    return stream


def _byte_count(data):
    """The size in bytes of a bytes-like object."""
    if isinstance(data, (bytes, bytearray)):
        return len(data)
    return memoryview(data).nbytes


def _header(mtime, level, name=b"", os_code=255):
    if level == _COMPRESS_LEVEL_BEST:
        xfl = 2
    elif level == _COMPRESS_LEVEL_FAST or (os_code == 3 and level == 0):
        xfl = 4
    else:
        xfl = 0
    flags = FNAME if name else 0
    head = _MAGIC + bytes([8, flags]) + struct.pack("<L", int(mtime) & 0xFFFFFFFF) + bytes([xfl, os_code])
    if name:
        head += name + b"\x00"
    return head


class _Source:
    """The compressed bytes of a readable file, with look-ahead that can be
    handed back (what follows the end of a member's deflate stream)."""

    def __init__(self, fp):
        self.fp = fp
        self.ahead = b""

    def read(self, n):
        if self.ahead:
            part = self.ahead[:n]
            self.ahead = self.ahead[n:]
            return part
        return self.fp.read(n)

    def exact(self, n):
        got = self.read(n)
        while len(got) < n:
            more = self.read(n - len(got))
            if not more:
                raise EOFError(_TRUNCATED)
            got += more
        return got

    def give_back(self, data):
        if data:
            self.ahead = bytes(data) + self.ahead

    def rewind(self):
        self.ahead = b""
        self.fp.seek(0)


def _read_member_header(src, first):
    """Reads one member's header; returns its mtime, or None at the end of the
    data. Zero bytes between members are padding."""
    magic = src.read(2)
    if not first:
        while magic[:1] == b"\x00":
            magic = magic[1:] + src.read(1)
            if magic == b"":
                return None
    if magic == b"":
        return None
    if len(magic) == 1:
        magic += src.read(1)
    if magic != _MAGIC:
        raise BadGzipFile("Not a gzipped file (%r)" % magic)
    method, flags = src.exact(2)
    (mtime,) = struct.unpack("<L", src.exact(4))
    src.exact(2)
    if method != 8:
        raise BadGzipFile("Unknown compression method")
    if flags & FEXTRA:
        (extra,) = struct.unpack("<H", src.exact(2))
        src.exact(extra)
    for bit in (FNAME, FCOMMENT):
        if flags & bit:
            while src.exact(1) != b"\x00":
                pass
    if flags & FHCRC:
        src.exact(2)
    return mtime


class GzipFile(io.BufferedIOBase):
    """A file object over a gzip stream: reading decompresses, writing compresses.

    GzipFile(filename=None, mode=None, compresslevel=9, fileobj=None, mtime=None)
    """

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ("t" in mode or "U" in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and "b" not in mode:
            mode += "b"
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or "rb")
        if filename is None:
            filename = getattr(fileobj, "name", "")
            if not isinstance(filename, (str, bytes)):
                filename = ""
        else:
            filename = os.fspath(filename)
        if mode is None:
            mode = getattr(fileobj, "mode", "rb")
            if mode.startswith(("w", "a", "x")):
                import warnings
                warnings.warn("GzipFile was opened for writing, but this will change in future Python "
                              "releases.  Specify the mode argument for opening it for writing.",
                              FutureWarning, 2)
        if mode.startswith("r"):
            self.mode = READ
            self._src = _Source(fileobj)
            self._reset_reader()
            self.name = filename
        elif mode.startswith(("w", "a", "x")):
            self.mode = WRITE
            self.name = filename
            self.crc = 0
            self.size = 0
            self.offset = 0
            self._level = compresslevel
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                                             zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))
        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_header()

    # -- common

    @property
    def filename(self):
        import warnings
        warnings.warn("use the name attribute", DeprecationWarning, 2)
        name = self.name
        needs_suffix = self.mode == WRITE and not name.endswith(".gz")
        return name + ".gz" if needs_suffix else name

    @property
    def mtime(self):
        """Last modification time read from stream, or None"""
        if self.mode == READ:
            return self._last_mtime
        return self._write_mtime

    @property
    def closed(self):
        return self.fileobj is None

    def __repr__(self):
        inner = repr(self.fileobj)
        return "<gzip " + inner[1:-1] + " " + hex(id(self)) + ">"

    def _check_open(self):
        if self.fileobj is None:
            raise ValueError("I/O operation on closed file")

    def _require(self, want, what):
        self._check_open()
        if self.mode != want:
            import errno
            kind = "write-only" if want == READ else "read-only"
            raise OSError(errno.EBADF, "%s() on %s GzipFile object" % (what, kind))

    def readable(self):
        self._check_open()
        return self.mode == READ

    def writable(self):
        self._check_open()
        return self.mode == WRITE

    def seekable(self):
        return True

    def fileno(self):
        return self.fileobj.fileno()

    def close(self):
        target, self.fileobj = self.fileobj, None
        if target is None:
            return
        try:
            if self.mode != WRITE:
                self._out = b""
                self._off = 0
            else:
                trailer = struct.pack("<LL", self.crc, self.size & 0xFFFFFFFF)
                target.write(self.compress.flush() + trailer)
        finally:
            mine = self.myfileobj
            if mine is not None:
                self.myfileobj = None
                mine.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_open()
        if self.mode == WRITE:
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- writing

    def _write_header(self):
        name = os.path.basename(self.name)
        if not isinstance(name, bytes):
            try:
                name = name.encode("latin-1")
            except UnicodeEncodeError:
                name = b""
        if name.endswith(b".gz"):
            name = name[:-3]
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        self.fileobj.write(_header(mtime, self._level, name))

    def write(self, data):
        self._require(WRITE, "write")
        length = _byte_count(data)
        if length:
            self.crc = zlib.crc32(data, self.crc)
            self.size += length
            self.offset += length
            self.fileobj.write(self.compress.compress(data))
        return length

    # -- reading

    def _reset_reader(self):
        self._dec = None
        self._first = True
        self._member_crc = 0
        self._member_size = 0
        self._out = b""
        self._off = 0
        self._whole = None
        self._pos = 0
        self._done = False
        self._trailer_due = False
        self._last_mtime = None

    def _next_chunk(self):
        """Decompresses more data into self._out; False at the end of the file."""
        src = self._src
        while not self._done:
            if self._trailer_due:
                self._trailer_due = False
                self._check_trailer()
            if self._dec is None:
                mtime = _read_member_header(src, self._first)
                if mtime is None:
                    self._done = True
                    return False
                self._first = False
                self._last_mtime = mtime
                self._dec = zlib.decompressobj(-zlib.MAX_WBITS)
                self._member_crc = 0
                self._member_size = 0
            dec = self._dec
            if dec.unconsumed_tail:
                raw = dec.unconsumed_tail
            else:
                raw = src.read(io.DEFAULT_BUFFER_SIZE)
                if not raw:
                    raise EOFError(_TRUNCATED)
            out = dec.decompress(raw, _CHUNK)
            if out:
                self._member_crc = zlib.crc32(out, self._member_crc)
                self._member_size += len(out)
            if dec.eof:
                src.give_back(dec.unused_data)
                self._trailer_due = True
                self._dec = None
            if out:
                self._out = out
                self._off = 0
                self._line_ends = None
                self._line_k = 0
                self._whole = None
                return True
        return False

    def _check_trailer(self):
        crc, size = struct.unpack("<LL", self._src.exact(8))
        if crc != self._member_crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self._member_crc)))
        if size != self._member_size & 0xFFFFFFFF:
            raise BadGzipFile("Incorrect length of data produced")

    def _has(self):
        return self._off < len(self._out)

    def _next_whole_line(self):
        """The complete line (newline included) that starts at the read offset
        in the current chunk, or None. The chunk is cut into lines once."""
        lines = self._whole
        if lines is None:
            if self._off >= len(self._out):
                return None
            lines = [piece + b"\n" for piece in self._out.split(b"\n")]
            lines.pop()
            self._whole = lines
            self._whole_k = 0
            self._whole_at = 0
        k = self._whole_k
        at = self._whole_at
        off = self._off
        while at < off and k < len(lines):
            at += len(lines[k])
            k += 1
        self._whole_k = k
        self._whole_at = at
        if at != off or k >= len(lines):
            return None
        return lines[k]

    def _line_end(self):
        """Where the line at the read offset ends in the current chunk (after
        its newline, or the chunk's end). The chunk's newlines are located once."""
        ends = self._line_ends
        if ends is None:
            ends = []
            at = 0
            for piece in self._out.split(b"\n")[:-1]:
                at += len(piece) + 1
                ends.append(at)
            self._line_ends = ends
        k = self._line_k
        while k < len(ends) and ends[k] <= self._off:
            k += 1
        self._line_k = k
        return ends[k] if k < len(ends) else len(self._out)

    def _take(self, n):
        """Up to n bytes (all, for n < 0) of the decoded chunk, from the read offset."""
        start = self._off
        end = len(self._out)
        if 0 <= n < end - start:
            end = start + n
        self._off = end
        self._pos += end - start
        return self._out[start:end]

    def read(self, size=-1):
        self._require(READ, "read")
        if size is None or size < 0:
            parts = [self._take(-1)]
            while self._next_chunk():
                parts.append(self._take(-1))
            return b"".join(parts)
        parts = []
        want = size
        while want > 0:
            if not self._has() and not self._next_chunk():
                break
            part = self._take(want)
            parts.append(part)
            want -= len(part)
        return b"".join(parts)

    def read1(self, size=-1):
        self._require(READ, "read")
        if size is None or size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if size == 0:
            return b""
        if not self._has() and not self._next_chunk():
            return b""
        return self._take(size)

    def readinto(self, b):
        view = memoryview(b).cast("B")
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def readinto1(self, b):
        view = memoryview(b).cast("B")
        data = self.read1(len(view))
        view[:len(data)] = data
        return len(data)

    def peek(self, n):
        self._require(READ, "peek")
        if not self._has():
            self._next_chunk()
        return self._out[self._off:]

    def readline(self, size=-1):
        self._require(READ, "readline")
        if size is None:
            size = -1
        line = self._next_whole_line()
        if line is not None and (size < 0 or len(line) <= size):
            self._whole_k += 1
            self._whole_at = self._off = self._off + len(line)
            self._pos += len(line)
            return line
        parts = []
        got = 0
        while size < 0 or got < size:
            if not self._has() and not self._next_chunk():
                break
            count = self._line_end() - self._off
            if size >= 0:
                count = min(count, size - got)
            part = self._take(count)
            parts.append(part)
            got += len(part)
            if part.endswith(b"\n"):
                break
        return b"".join(parts)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def rewind(self):
        """Return the uncompressed stream file position indicator to the
        beginning of the file"""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._src.rewind()
        self._reset_reader()

    def tell(self):
        self._check_open()
        if self.mode == WRITE:
            return self.offset
        return self._pos

    def seek(self, offset, whence=io.SEEK_SET):
        self._check_open()
        if self.mode == WRITE:
            if whence == io.SEEK_CUR:
                offset = self.offset + offset
            elif whence != io.SEEK_SET:
                raise ValueError("Seek from end not supported")
            if offset < self.offset:
                raise OSError("Negative seek in write mode")
            gap = offset - self.offset
            zeros = bytes(1024)
            while gap >= 1024:
                self.write(zeros)
                gap -= 1024
            self.write(bytes(gap))
            return self.offset
        if whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == io.SEEK_END:
            while self._has() or self._next_chunk():
                self._take(-1)
            offset = self._pos + offset
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid value for whence: {}".format(whence))
        if offset < self._pos:
            self.rewind()
        while self._pos < offset:
            if not self._has() and not self._next_chunk():
                break
            self._take(offset - self._pos)
        return self._pos


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Compress data in one shot and return the gzip stream."""
    if mtime is None:
        mtime = time.time()
    mtime = int(mtime)
    os_code = 3 if mtime == 0 else 255
    body = zlib.compress(data, compresslevel, -zlib.MAX_WBITS)
    size = _byte_count(data)
    trailer = struct.pack("<LL", zlib.crc32(data), size & 0xFFFFFFFF)
    return _header(mtime, compresslevel, b"", os_code) + body + trailer


def decompress(data):
    """Decompress a gzip stream (all of its members) in one shot."""
    src = _Source(io.BytesIO(data))
    parts = []
    first = True
    while True:
        if _read_member_header(src, first) is None:
            return b"".join(parts)
        first = False
        dec = zlib.decompressobj(-zlib.MAX_WBITS)
        rest = src.read(len(data))
        out = dec.decompress(rest)
        if not dec.eof:
            raise EOFError(_TRUNCATED)
        src.give_back(dec.unused_data)
        trailer = src.read(8)
        if len(trailer) < 8:
            raise EOFError(_TRUNCATED)
        crc, size = struct.unpack("<LL", trailer)
        if crc != zlib.crc32(out):
            raise BadGzipFile("CRC check failed")
        if size != len(out) & 0xFFFFFFFF:
            raise BadGzipFile("Incorrect length of data produced")
        parts.append(out)


def main():
    from argparse import ArgumentParser
    parser = ArgumentParser(description="A simple command line interface for the gzip module: act like gzip, "
                                        "but do not delete the input file.")
    levels = parser.add_mutually_exclusive_group()
    levels.add_argument("--fast", action="store_true", help="compress faster")
    levels.add_argument("--best", action="store_true", help="compress better")
    levels.add_argument("-d", "--decompress", action="store_true", help="act like gunzip instead of gzip")
    parser.add_argument("args", nargs="*", default=["-"], metavar="file")
    opts = parser.parse_args()
    level = _COMPRESS_LEVEL_TRADEOFF
    if opts.fast:
        level = _COMPRESS_LEVEL_FAST
    elif opts.best:
        level = _COMPRESS_LEVEL_BEST
    for name in opts.args:
        if opts.decompress:
            if name == "-":
                source = GzipFile(filename="", mode="rb", fileobj=sys.stdin.buffer)
                target = sys.stdout.buffer
            else:
                if name[-3:] != ".gz":
                    sys.exit(f"filename doesn't end in .gz: {name!r}")
                source = open(name, "rb")
                target = builtins.open(name[:-3], "wb")
        else:
            if name == "-":
                source = sys.stdin.buffer
                target = GzipFile(filename="", mode="wb", fileobj=sys.stdout.buffer, compresslevel=level)
            else:
                source = builtins.open(name, "rb")
                target = open(name + ".gz", "wb", compresslevel=level)
        while True:
            block = source.read(io.DEFAULT_BUFFER_SIZE)
            if not block:
                break
            target.write(block)
        if target is not sys.stdout.buffer:
            target.close()
        if source is not sys.stdin.buffer:
            source.close()


if __name__ == "__main__":
    main()

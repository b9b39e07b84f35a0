"""Read and write ZIP archives (PKWARE's APPNOTE): stored and deflated members,
ZIP64 records for large archives, archive comments, traditional PKWARE
decryption when reading, and zipfile.Path over an archive's tree."""

import struct
import io
import os
import stat
import time
import sys
import shutil
import posixpath
import threading
import bisect
import binascii

try:
    import zlib
    crc32 = zlib.crc32
except ImportError:
    zlib = None
    crc32 = binascii.crc32

__all__ = ["ZipFile", "ZipInfo", "Path", "PyZipFile", "is_zipfile",
           "BadZipFile", "BadZipfile", "LargeZipFile", "error",
           "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2", "ZIP_LZMA"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a zipfile that would need the ZIP64 extensions
    while they are turned off."""


error = BadZipfile = BadZipFile

# Compression methods, the limits past which ZIP64 records are needed, and the
# "version needed to extract" of each feature (APPNOTE 4.4.3).
ZIP_STORED, ZIP_DEFLATED, ZIP_BZIP2, ZIP_LZMA = 0, 8, 12, 14
ZIP64_LIMIT = 2 ** 31 - 1
ZIP_FILECOUNT_LIMIT = ZIP_MAX_COMMENT = 0xFFFF
DEFAULT_VERSION, ZIP64_VERSION, BZIP2_VERSION, LZMA_VERSION = 20, 45, 46, 63
MAX_EXTRACT_VERSION = LZMA_VERSION

# The fixed-size records of the format (APPNOTE 4.3): signature, layout, size.
stringFileHeader, structFileHeader = b"PK\003\004", "<4s2B4HL2L2H"
stringCentralDir, structCentralDir = b"PK\001\002", "<4s4B4HL2L5H2L"
stringEndArchive, structEndArchive = b"PK\005\006", b"<4s4H2LH"
stringEndArchive64, structEndArchive64 = b"PK\x06\x06", "<4sQ2H2L4Q"
stringEndArchive64Locator, structEndArchive64Locator = b"PK\x06\x07", "<4sLQL"
(sizeFileHeader, sizeCentralDir, sizeEndCentDir, sizeEndCentDir64,
 sizeEndCentDir64Locator) = [struct.calcsize(layout) for layout in (
    structFileHeader, structCentralDir, structEndArchive, structEndArchive64, structEndArchive64Locator)]

_DD_SIGNATURE = b"PK\x07\x08"
_ZIP64_EXTRA = 0x0001

_FLAG_ENCRYPTED = 0x1
_FLAG_DESCRIPTOR = 0x8
_FLAG_PATCHED = 0x20
_FLAG_STRONG = 0x40
_FLAG_UTF8 = 0x800

compressor_names = {
    0: "store",
    1: "shrink",
    2: "reduce",
    3: "reduce",
    4: "reduce",
    5: "reduce",
    6: "implode",
    7: "tokenize",
    8: "deflate",
    9: "deflate64",
    10: "implode",
    12: "bzip2",
    14: "lzma",
    18: "terse",
    19: "lz77",
    97: "wavpack",
    98: "ppmd",
}

_NEEDED_MODULE = {ZIP_DEFLATED: "zlib", ZIP_BZIP2: "bz2", ZIP_LZMA: "lzma"}


def _module_for(method):
    """The module a compression method needs, or None when it is missing."""
    name = _NEEDED_MODULE[method]
    try:
        return __import__(name)
    except ImportError:
        return None


def _check_compression(method):
    if method == ZIP_STORED:
        return
    if method in _NEEDED_MODULE:
        if _module_for(method) is None:
            raise RuntimeError("Compression requires the (missing) %s module" % _NEEDED_MODULE[method])
        return
    raise NotImplementedError("That compression method is not supported")


def _compressor(method, level=None):
    if method == ZIP_DEFLATED:
        return zlib.compressobj(-1 if level is None else level, zlib.DEFLATED, -15)
    if method == ZIP_BZIP2:
        bz2 = _module_for(ZIP_BZIP2)
        return bz2.BZ2Compressor(9 if level is None else level)
    if method == ZIP_LZMA:
        raise NotImplementedError("compression type 14 (lzma)")
    return None


def _decompressor(method):
    _check_compression(method)
    if method == ZIP_STORED:
        return None
    if method == ZIP_DEFLATED:
        return zlib.decompressobj(-15)
    if method == ZIP_BZIP2:
        return _module_for(ZIP_BZIP2).BZ2Decompressor()
    label = compressor_names.get(method)
    if label:
        raise NotImplementedError("compression type %d (%s)" % (method, label))
    raise NotImplementedError("compression type %d" % (method,))


def _is_zip_stream(fp):
    try:
        return _find_end_record(fp) is not None
    except OSError:
        return False


def is_zipfile(filename):
    """Whether filename (a path or a file object) looks like a ZIP archive:
    it has an end of central directory record."""
    try:
        if hasattr(filename, "read"):
            return _is_zip_stream(filename)
        with open(filename, "rb") as fp:
            return _is_zip_stream(fp)
    except OSError:
        return False


def _find_end_record(fp):
    """Locates the end of central directory record. Returns a list
    [disk, cd_disk, entries_here, entries, cd_size, cd_offset, comment,
    record_position, zip64_extra_bytes] or None."""
    try:
        fp.seek(0, 2)
    except OSError:
        return None
    size = fp.tell()
    if size < sizeEndCentDir:
        return None
    fp.seek(size - sizeEndCentDir)
    tail = fp.read()
    found = -1
    if len(tail) == sizeEndCentDir and tail[:4] == stringEndArchive and tail[-2:] == b"\x00\x00":
        block = tail
        found = 0
        block_start = size - sizeEndCentDir
    else:
        block_start = max(size - ZIP_MAX_COMMENT - sizeEndCentDir, 0)
        fp.seek(block_start)
        block = fp.read()
        found = block.rfind(stringEndArchive)
        while found >= 0:
            record = block[found:found + sizeEndCentDir]
            if len(record) == sizeEndCentDir:
                clen = struct.unpack("<H", record[20:22])[0]
                if found + sizeEndCentDir + clen <= len(block):
                    break
            found = block.rfind(stringEndArchive, 0, found)
        if found < 0:
            return None
    record = block[found:found + sizeEndCentDir]
    fields = list(struct.unpack(structEndArchive, record))
    clen = fields[7]
    comment = block[found + sizeEndCentDir:found + sizeEndCentDir + clen]
    where = block_start + found
    result = [fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], comment, where, 0]
    return _read_zip64_end(fp, where, result)


def _read_zip64_end(fp, where, result):
    if where < sizeEndCentDir64Locator:
        return result
    fp.seek(where - sizeEndCentDir64Locator)
    locator = fp.read(sizeEndCentDir64Locator)
    if len(locator) != sizeEndCentDir64Locator or locator[:4] != stringEndArchive64Locator:
        return result
    _, disk_with_record, _, disks = struct.unpack(structEndArchive64Locator, locator)
    if disk_with_record != 0 or disks > 1:
        raise BadZipFile("zipfiles that span multiple disks are not supported")
    start = where - sizeEndCentDir64Locator - sizeEndCentDir64
    if start < 0:
        raise BadZipFile("Corrupt ZIP64 end of central directory record")
    fp.seek(start)
    record = fp.read(sizeEndCentDir64)
    if len(record) != sizeEndCentDir64:
        raise BadZipFile("Corrupt ZIP64 end of central directory record")
    (sig, _size, _made_by, _needed, disk, cd_disk, here, total,
     cd_size, cd_offset) = struct.unpack(structEndArchive64, record)
    if sig != stringEndArchive64:
        raise BadZipFile("Corrupt ZIP64 end of central directory record")
    result[0:6] = [disk, cd_disk, here, total, cd_size, cd_offset]
    result[8] = sizeEndCentDir64 + sizeEndCentDir64Locator
    return result


# ---------------------------------------------------------------- ZipInfo

def _drop_extra_fields(extra, kinds):
    """extra without its fields whose header ids are in kinds."""
    kept = []
    at = 0
    while at + 4 <= len(extra):
        kind, size = struct.unpack("<HH", extra[at:at + 4])
        end = at + 4 + size
        if kind not in kinds:
            kept.append(extra[at:end])
        at = end
    kept.append(extra[at:])
    return b"".join(kept)


# Names CPython's test suite reaches for.
_strip_extra = _drop_extra_fields
_MASK_USE_DATA_DESCRIPTOR = _FLAG_DESCRIPTOR


def _dos_stamp(date_time):
    y, mo, d, h, mi, s = date_time
    return ((y - 1980) << 9 | mo << 5 | d), (h << 11 | mi << 5 | s // 2)


class ZipInfo(object):
    """The description of one member of an archive."""

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        cut = filename.find("\x00")
        if cut >= 0:
            filename = filename[:cut]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError("ZIP does not support timestamps before 1980")
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == "win32" else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self.header_offset = 0
        self.CRC = 0
        self._end_offset = None

    def __repr__(self):
        parts = ["<%s filename=%r" % (type(self).__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(" compress_type=%s" % compressor_names.get(self.compress_type, self.compress_type))
        high = self.external_attr >> 16
        low = self.external_attr & 0xFFFF
        if high:
            parts.append(" filemode=%r" % stat.filemode(high))
        if low:
            parts.append(" external_attr=%#x" % low)
        if not self.is_dir() or self.file_size:
            parts.append(" file_size=%r" % self.file_size)
        if (not self.is_dir() or self.compress_size) and (
                self.compress_type != ZIP_STORED or self.file_size != self.compress_size):
            parts.append(" compress_size=%r" % self.compress_size)
        parts.append(">")
        return "".join(parts)

    def is_dir(self):
        """Whether this member is a directory (its name ends with '/')."""
        return self.filename.endswith("/")

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for the file at filename, named arcname in the archive."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        directory = stat.S_ISDIR(st.st_mode)
        stamp = time.localtime(st.st_mtime)[:6]
        if not strict_timestamps:
            if stamp[0] < 1980:
                stamp = (1980, 1, 1, 0, 0, 0)
            elif stamp[0] > 2107:
                stamp = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0:1] in (os.sep, os.altsep) and arcname:
            arcname = arcname[1:]
        if directory:
            arcname += "/"
        info = cls(arcname, stamp)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if directory:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info

    def _encoded_name(self):
        try:
            return self.filename.encode("ascii"), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode("utf-8"), self.flag_bits | _FLAG_UTF8

    def _local_header(self, zip64=None):
        """The local file header of this member (APPNOTE 4.3.7)."""
        dosdate, dostime = _dos_stamp(self.date_time)
        if self.flag_bits & _FLAG_DESCRIPTOR:
            crc = csize = fsize = 0
        else:
            crc, csize, fsize = self.CRC, self.compress_size, self.file_size
        extra = self.extra
        need = self.extract_version
        if zip64 is None:
            zip64 = fsize > ZIP64_LIMIT or csize > ZIP64_LIMIT
        if zip64:
            extra = _drop_extra_fields(extra, (_ZIP64_EXTRA,)) + struct.pack("<HHQQ", _ZIP64_EXTRA, 16, fsize, csize)
            fsize = csize = 0xFFFFFFFF
            need = max(need, ZIP64_VERSION)
        if self.compress_type == ZIP_BZIP2:
            need = max(need, BZIP2_VERSION)
        elif self.compress_type == ZIP_LZMA:
            need = max(need, LZMA_VERSION)
        self.extract_version = need
        self.create_version = max(self.create_version, need)
        name, flags = self._encoded_name()
        head = struct.pack(structFileHeader, stringFileHeader, need, self.reserved, flags,
                           self.compress_type, dostime, dosdate, crc, csize, fsize,
                           len(name), len(extra))
        return head + name + extra

    def _parse_extra(self):
        """Reads the ZIP64 values out of the extra field (APPNOTE 4.5.3)."""
        extra = self.extra
        at = 0
        while at + 4 <= len(extra):
            kind, size = struct.unpack("<HH", extra[at:at + 4])
            if at + 4 + size > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (kind, size))
            if kind == _ZIP64_EXTRA:
                body = extra[at + 4:at + 4 + size]
                for field in ("file_size", "compress_size", "header_offset"):
                    if getattr(self, field) in (0xFFFFFFFF, 0xFFFF):
                        if len(body) < 8:
                            raise BadZipFile("Corrupt zip64 extra field. %s not found." % _ZIP64_FIELD_LABEL[field])
                        setattr(self, field, struct.unpack("<Q", body[:8])[0])
                        body = body[8:]
            at += 4 + size


_ZIP64_FIELD_LABEL = {"file_size": "File size", "compress_size": "Compress size",
                      "header_offset": "Header offset"}


# ---------------------------------------------------------------- PKWARE decryption

def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = None


class _Decrypter:
    """The traditional PKWARE stream cipher (APPNOTE 6.1), decrypting."""

    def __init__(self, pwd):
        global _CRC_TABLE
        if _CRC_TABLE is None:
            _CRC_TABLE = _crc_table()
        self.table = _CRC_TABLE
        self.k0, self.k1, self.k2 = 305419896, 591751049, 878082192
        for byte in pwd:
            self._mix(byte)

    def _crc(self, crc, byte):
        return (crc >> 8) ^ self.table[(crc ^ byte) & 0xFF]

    def _mix(self, byte):
        self.k0 = self._crc(self.k0, byte)
        self.k1 = ((self.k1 + (self.k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = self._crc(self.k2, (self.k1 >> 24) & 0xFF)

    def __call__(self, data):
        out = bytearray(len(data))
        for i, c in enumerate(data):
            k = self.k2 | 2
            c ^= ((k * (k ^ 1)) >> 8) & 0xFF
            self._mix(c)
            out[i] = c
        return bytes(out)


# ---------------------------------------------------------------- reading members

class _Shared:
    """One archive file read by several open members: each keeps its own
    position and seeks before reading."""

    def __init__(self, owner, fp, pos):
        self._owner = owner
        self._fp = fp
        self._pos = pos
        self.seekable = getattr(fp, "seekable", lambda: False)

    def tell(self):
        return self._pos

    def seek(self, offset, whence=0):
        if whence == 0:
            self._pos = offset
        elif whence == 1:
            self._pos += offset
        else:
            self._fp.seek(offset, whence)
            self._pos = self._fp.tell()
        return self._pos

    def read(self, n=-1):
        if self._owner._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing handle "
                             "on it. Close the writing handle before trying to read.")
        self._fp.seek(self._pos)
        data = self._fp.read(n)
        self._pos = self._fp.tell()
        return data

    def close(self):
        owner = self._owner
        if self._fp is not None:
            fp = self._fp
            self._fp = None
            owner._release(fp)


class ZipExtFile(io.BufferedIOBase):
    """A readable file object for one member of an archive."""

    MAX_N = (1 << 31) - 1
    MIN_READ_SIZE = 4096
    MAX_SEEK_READ = 1 << 24

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._fileobj = fileobj
        self._close_fileobj = close_fileobj
        self._info = zipinfo
        self._compress_type = zipinfo.compress_type
        self._pwd = pwd
        self.mode = mode
        self.name = zipinfo.filename
        self._data_start = fileobj.tell()
        self._start_decoding()
        self.newlines = None

    def _start_decoding(self):
        info = self._info
        self._decomp = _decompressor(info.compress_type)
        self._left = info.compress_size
        self._crc = 0
        self._out = b""
        self._off = 0
        self._whole = None
        self._pos = 0
        self._eof = False
        self._fileobj.seek(self._data_start)
        self._decrypt = None
        if info.flag_bits & _FLAG_ENCRYPTED:
            self._decrypt = _Decrypter(self._pwd)
            header = self._fileobj.read(12)
            self._left -= 12
            check = self._decrypt(header)[11]
            if info.flag_bits & _FLAG_DESCRIPTOR:
                expected = (info._raw_time >> 8) & 0xFF
            else:
                expected = (info.CRC >> 24) & 0xFF
            if check != expected:
                raise RuntimeError("Bad password for file %r" % info.orig_filename)

    def __repr__(self):
        cls = type(self)
        head = "<%s.%s" % (cls.__module__, cls.__qualname__)
        if self.closed:
            return head + " [closed]>"
        text = head + " name=%r mode=%r" % (self.name, self.mode)
        if self._compress_type != ZIP_STORED:
            text += " compress_type=%s" % compressor_names.get(self._compress_type, self._compress_type)
        return text + ">"

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._fileobj.seekable()

    def _produce(self):
        """Decodes more of the member into self._out; False at its end."""
        while not self._eof:
            raw = b""
            if self._left > 0:
                raw = self._fileobj.read(min(self._left, 1 << 16))
                if not raw:
                    raise EOFError
                self._left -= len(raw)
                if self._decrypt is not None:
                    raw = self._decrypt(raw)
            dec = self._decomp
            if dec is None:
                out = raw
                finished = self._left <= 0
            else:
                if hasattr(dec, "unconsumed_tail") and dec.unconsumed_tail:
                    raw = dec.unconsumed_tail + raw
                out = dec.decompress(raw)
                finished = getattr(dec, "eof", False) or self._left <= 0
                if self._left <= 0 and not getattr(dec, "eof", True):
                    out += dec.flush()
            if out:
                self._crc = crc32(out, self._crc)
            if finished:
                self._eof = True
                if self._crc != self._info.CRC:
                    raise BadZipFile("Bad CRC-32 for file %r" % self.name)
            if out:
                self._out = out
                self._off = 0
                self._line_ends = None
                self._line_k = 0
                self._whole = None
                return True
        return False

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

    def read(self, n=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            parts = [self._take(-1)]
            while self._produce():
                parts.append(self._take(-1))
            return b"".join(parts)
        parts = []
        while n > 0:
            if not self._has() and not self._produce():
                break
            part = self._take(n)
            n -= len(part)
            parts.append(part)
        return b"".join(parts)

    def read1(self, n):
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            n = self.MAX_N
        if n == 0:
            return b""
        if not self._has() and not self._produce():
            return b""
        return self._take(n)

    def readinto(self, b):
        view = memoryview(b).cast("B")
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def peek(self, n=1):
        if not self._has():
            self._produce()
        return self._out[self._off:self._off + max(n, 512)]

    def readline(self, limit=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        if limit is None:
            limit = -1
        line = self._next_whole_line()
        if line is not None and (limit < 0 or len(line) <= limit):
            self._whole_k += 1
            self._whole_at = self._off = self._off + len(line)
            self._pos += len(line)
            return line
        parts = []
        got = 0
        while limit < 0 or got < limit:
            if not self._has() and not self._produce():
                break
            count = self._line_end() - self._off
            if limit >= 0:
                count = min(count, limit - got)
            part = self._take(count)
            parts.append(part)
            got += len(part)
            if part.endswith(b"\n"):
                break
        return b"".join(parts)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        if self.closed:
            raise ValueError("tell on closed file.")
        return self._pos

    def seek(self, offset, whence=0):
        if self.closed:
            raise ValueError("seek on closed file.")
        if not self._fileobj.seekable():
            raise io.UnsupportedOperation("underlying stream is not seekable")
        if whence == 0:
            target = offset
        elif whence == 1:
            target = self._pos + offset
        elif whence == 2:
            target = self._info.file_size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR (1), or os.SEEK_END (2)")
        target = max(0, min(target, self._info.file_size))
        if target < self._pos:
            self._start_decoding()
        while self._pos < target:
            if not self._has() and not self._produce():
                break
            self._take(target - self._pos)
        return self._pos

    def close(self):
        try:
            if self._close_fileobj and self._fileobj is not None:
                self._fileobj.close()
        finally:
            super().close()


class _ZipWriteFile(io.BufferedIOBase):
    """A writable file object for a new member, from ZipFile.open(name, 'w')."""

    def __init__(self, archive, info, zip64):
        self._archive = archive
        self._info = info
        self._zip64 = zip64
        self._fp = archive.fp
        self._comp = _compressor(info.compress_type, info._compresslevel)
        self._size = 0
        self._csize = 0
        self._crc = 0

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if isinstance(data, (bytes, bytearray)):
            n = len(data)
        else:
            data = memoryview(data)
            n = data.nbytes
        self._size += n
        self._crc = crc32(data, self._crc)
        if self._comp is not None:
            data = self._comp.compress(data)
        self._csize += len(data)
        self._archive._emit(data)
        return n

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            if self._comp is not None:
                tail = self._comp.flush()
                self._csize += len(tail)
                self._archive._emit(tail)
            info = self._info
            info.compress_size = self._csize
            info.file_size = self._size
            info.CRC = self._crc
            if not self._zip64:
                if self._size > ZIP64_LIMIT:
                    raise RuntimeError("File size too large, try using force_zip64")
                if self._csize > ZIP64_LIMIT:
                    raise RuntimeError("Compressed size too large, try using force_zip64")
            archive = self._archive
            if info.flag_bits & _FLAG_DESCRIPTOR:
                layout = "<4sLQQ" if self._zip64 else "<4sLLL"
                self._archive._emit(struct.pack(layout, _DD_SIGNATURE, info.CRC, info.compress_size, info.file_size))
                archive.start_dir = archive._tell()
            else:
                end = archive._tell()
                self._fp.seek(info.header_offset)
                self._fp.write(info._local_header(self._zip64))
                self._fp.seek(end)
                archive.start_dir = end
            archive._add_member(info)
        finally:
            self._archive._writing = False


# ---------------------------------------------------------------- ZipFile

def _sanitize_member_path(arcname):
    """The relative path a member extracts to: no drive, no root, no '.' or
    '..' components."""
    arcname = arcname.replace("/", os.sep)
    if os.altsep:
        arcname = arcname.replace(os.altsep, os.sep)
    arcname = os.path.splitdrive(arcname)[1]
    kept = [part for part in arcname.split(os.sep) if part not in ("", os.curdir, os.pardir)]
    return os.sep.join(kept)


class ZipFile:
    """A ZIP archive: ZipFile(file, mode='r', compression=ZIP_STORED,
    allowZip64=True, compresslevel=None, *, strict_timestamps=True,
    metadata_encoding=None).

    file is a path or a file object; mode is 'r' (read), 'w' (new archive),
    'x' (new archive, the file must not exist) or 'a' (add to an archive, or
    to the end of any other file)."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ("r", "w", "x", "a"):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b""
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        if metadata_encoding and mode != "r":
            raise ValueError("metadata_encoding is only supported for reading files")
        self._writing = False
        self._lock = threading.RLock()
        self._seekable = True
        self._position = None

        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            open_modes = {"r": "rb", "w": "w+b", "x": "x+b", "a": "r+b"}
            try:
                self.fp = io.open(file, open_modes[mode])
            except FileNotFoundError:
                if mode != "a":
                    raise
                mode = self.mode = "w"
                self.fp = io.open(file, "w+b")
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, "name", None)
        self._fileRefCnt = 1

        try:
            if mode == "r":
                self._load_directory()
            elif mode in ("w", "x"):
                self._didModify = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self._seekable = False
                    self._position = 0
                    self.start_dir = 0
                else:
                    try:
                        self.fp.seek(self.start_dir)
                    except (AttributeError, OSError):
                        self._seekable = False
                        self._position = self.start_dir
            else:
                try:
                    self._load_directory()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except BaseException:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    # -- basics

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        head = "<%s.%s" % (type(self).__module__, type(self).__qualname__)
        if self.fp is None:
            return head + " [closed]>"
        if self._filePassed:
            return head + " file=%r mode=%r>" % (self.fp, self.mode)
        return head + " filename=%r mode=%r>" % (self.filename, self.mode)

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def _set_comment(self, text):
        if not isinstance(text, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(text).__name__)
        if len(text) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn("Archive comment is too long; truncating to %d bytes" % ZIP_MAX_COMMENT,
                          stacklevel=2)
        self._didModify = True
        self._comment = text[:ZIP_MAX_COMMENT]

    comment = property(lambda self: self._comment, _set_comment,
                       doc="The comment text of the archive (bytes).")

    def _tell(self):
        if self._seekable:
            return self.fp.tell()
        return self._position

    def _emit(self, data):
        self.fp.write(data)
        if not self._seekable:
            self._position += len(data)

    # -- the central directory

    def _load_directory(self):
        fp = self.fp
        try:
            end = _find_end_record(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if not end:
            raise BadZipFile("File is not a zip file")
        disk, cd_disk, here, total, cd_size, cd_offset, comment, where, z64 = end
        self._comment = comment
        shift = where - cd_size - cd_offset - z64
        self.start_dir = cd_offset + shift
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir)
        data = fp.read(cd_size)
        if len(data) != cd_size:
            raise BadZipFile("Truncated central directory")
        at = 0
        while at < cd_size:
            fixed = data[at:at + sizeCentralDir]
            if len(fixed) != sizeCentralDir:
                raise BadZipFile("Truncated central directory")
            fields = struct.unpack(structCentralDir, fixed)
            if fields[0] != stringCentralDir:
                raise BadZipFile("Bad magic number for central directory")
            (_, create_version, create_system, extract_version, reserved, flags, method,
             t, d, crc, csize, fsize, nlen, elen, clen, volume, internal, external,
             offset) = fields
            at += sizeCentralDir
            raw_name = data[at:at + nlen]
            at += nlen
            if flags & _FLAG_UTF8:
                name = raw_name.decode("utf-8")
            else:
                name = raw_name.decode(self.metadata_encoding or "cp437")
            info = ZipInfo(name)
            info.extra = data[at:at + elen]
            at += elen
            info.comment = data[at:at + clen]
            at += clen
            info.create_version = create_version
            info.create_system = create_system
            info.extract_version = extract_version
            info.reserved = reserved
            info.flag_bits = flags
            info.compress_type = method
            info.CRC = crc
            info.compress_size = csize
            info.file_size = fsize
            info.volume = volume
            info.internal_attr = internal
            info.external_attr = external
            info.header_offset = offset
            info._raw_time = t
            info.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                              t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            info._parse_extra()
            info.header_offset += shift
            if extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" % (extract_version / 10))
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info
        ends = sorted({i.header_offset for i in self.filelist} | {self.start_dir})
        for info in self.filelist:
            k = bisect.bisect_right(ends, info.header_offset)
            info._end_offset = ends[k] if k < len(ends) else None

    def namelist(self):
        """The names of the members, in archive order."""
        return [info.filename for info in self.filelist]

    def infolist(self):
        """The ZipInfo of every member, in archive order."""
        return list(self.filelist)

    def getinfo(self, name):
        """The ZipInfo of the member called name (KeyError if there is none)."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError("There is no item named %r in the archive" % name)
        return info

    def printdir(self, file=None):
        """Prints a table of the members to file (default stdout)."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            stamp = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print("%-46s %s %12d" % (info.filename, stamp, info.file_size), file=file)

    def testzip(self):
        """Reads every member and checks its CRC; returns the first bad
        member's name, or None."""
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as f:
                    while f.read(1 << 20):
                        pass
            except BadZipFile:
                return info.filename
        return None

    def setpassword(self, pwd):
        """Sets the default password for encrypted members."""
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    # -- reading

    def read(self, name, pwd=None):
        """The bytes of member name (a name or a ZipInfo)."""
        with self.open(name, "r", pwd) as f:
            return f.read()

    def _release(self, fp):
        """One user of the archive file is done with it; the file closes
        when the last one (the ZipFile or an open member) is."""
        self._fileRefCnt -= 1
        if self._fileRefCnt <= 0 and not self._filePassed:
            fp.close()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A file object for member name: mode 'r' reads it, 'w' writes a new
        member (name may be a ZipInfo carrying its metadata)."""
        if mode not in ("r", "w"):
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            info = name
        elif mode == "w":
            info = ZipInfo(name)
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
        else:
            info = self.getinfo(name)
        if mode == "w":
            return self._open_for_writing(info, force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing handle "
                             "on it. Close the writing handle before trying to read.")
        self._fileRefCnt += 1
        shared = _Shared(self, self.fp, info.header_offset)
        try:
            fixed = shared.read(sizeFileHeader)
            if len(fixed) != sizeFileHeader:
                raise BadZipFile("Truncated file header")
            fields = struct.unpack(structFileHeader, fixed)
            if fields[0] != stringFileHeader:
                raise BadZipFile("Bad magic number for file header")
            nlen, elen = fields[10], fields[11]
            raw_name = shared.read(nlen)
            if elen:
                shared.read(elen)
            if info.flag_bits & _FLAG_PATCHED:
                raise NotImplementedError("compressed patched data (flag bit 5)")
            if info.flag_bits & _FLAG_STRONG:
                raise NotImplementedError("strong encryption (flag bit 6)")
            if fields[3] & _FLAG_UTF8:
                local_name = raw_name.decode("utf-8")
            else:
                local_name = raw_name.decode(self.metadata_encoding or "cp437")
            if local_name != info.orig_filename:
                raise BadZipFile("File name in directory %r and header %r differ."
                                 % (info.orig_filename, raw_name))
            encrypted = info.flag_bits & _FLAG_ENCRYPTED
            if encrypted:
                if not pwd:
                    pwd = self.pwd
                if pwd and not isinstance(pwd, bytes):
                    raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
                if not pwd:
                    raise RuntimeError("File %r is encrypted, password required for extraction" % name)
            else:
                pwd = None
            return ZipExtFile(shared, mode, info, pwd, True)
        except BaseException:
            shared.close()
            raise

    # -- writing

    def _require_writable(self, what="write"):
        if self.mode not in ("w", "x", "a"):
            raise ValueError("%s() requires mode 'w', 'x', or 'a'" % what)
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")

    def _check_new_member(self, info):
        if info.filename in self.NameToInfo:
            import warnings
            warnings.warn("Duplicate name: %r" % info.filename, stacklevel=3)
        _check_compression(info.compress_type)
        if not self._allowZip64:
            if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
                raise LargeZipFile("Files count would require ZIP64 extensions")
            if info.file_size > ZIP64_LIMIT:
                raise LargeZipFile("Filesize would require ZIP64 extensions")
            if info.header_offset > ZIP64_LIMIT:
                raise LargeZipFile("Zipfile size would require ZIP64 extensions")

    def _add_member(self, info):
        self.filelist.append(info)
        self.NameToInfo[info.filename] = info

    def _open_for_writing(self, info, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when opening the ZIP file.")
        self._require_writable("write")
        info.compress_size = 0
        info.CRC = 0
        info.flag_bits = 0x00
        if info.compress_type == ZIP_LZMA:
            info.flag_bits |= 0x02
        if not self._seekable:
            info.flag_bits |= _FLAG_DESCRIPTOR
        if not info.external_attr:
            info.external_attr = 0o600 << 16
        zip64 = self._allowZip64 and (force_zip64 or info.file_size * 1.05 > ZIP64_LIMIT)
        if self._seekable:
            self.fp.seek(self.start_dir)
        info.header_offset = self._tell()
        self._check_new_member(info)
        self._didModify = True
        self._emit(info._local_header(zip64))
        self._writing = True
        return _ZipWriteFile(self, info, zip64)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Adds the file at filename to the archive as arcname."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        info = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if info.is_dir():
            info.compress_size = 0
            info.CRC = 0
            self.mkdir(info)
            return
        info.compress_type = self.compression if compress_type is None else compress_type
        info._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as src, self.open(info, "w") as dst:
            shutil.copyfileobj(src, dst, 1024 * 8)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Adds a member whose content is data (str is encoded as UTF-8);
        zinfo_or_arcname is its name or a ZipInfo."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
        else:
            info = ZipInfo(zinfo_or_arcname, time.localtime(time.time())[:6])
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
            if info.is_dir():
                info.external_attr = 0o40775 << 16
                info.external_attr |= 0x10
            else:
                info.external_attr = 0o600 << 16
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            info.compress_type = compress_type
        if compresslevel is not None:
            info._compresslevel = compresslevel
        info.file_size = len(data)
        with self._lock:
            with self.open(info, mode="w") as dst:
                dst.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Adds a directory member."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            info = zinfo_or_directory_name
            if not info.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith("/"):
                name += "/"
            info = ZipInfo(name, time.localtime(time.time())[:6])
            info.compress_size = 0
            info.CRC = 0
            info.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        self._require_writable("write")
        if self._seekable:
            self.fp.seek(self.start_dir)
        info.header_offset = self._tell()
        if info.compress_type == ZIP_LZMA:
            info.flag_bits |= 0x02
        self._check_new_member(info)
        self._didModify = True
        self._add_member(info)
        self._emit(info._local_header(False))
        self.start_dir = self._tell()

    # -- extracting

    def extract(self, member, path=None, pwd=None):
        """Extracts member into path (default the current directory);
        returns the path written."""
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        return self._extract_one(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extracts members (default all) into path."""
        if members is None:
            members = self.namelist()
        if path is None:
            path = os.getcwd()
        else:
            path = os.fspath(path)
        for member in members:
            self._extract_one(member, path, pwd)

    def _extract_one(self, member, root, pwd):
        info = member if isinstance(member, ZipInfo) else self.getinfo(member)
        relative = _sanitize_member_path(info.filename)
        target = os.path.normpath(os.path.join(root, relative))
        parent = os.path.dirname(target)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if info.is_dir():
            if not os.path.isdir(target):
                os.mkdir(target)
            return target
        with self.open(info, pwd=pwd) as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst)
        return target

    # -- closing

    def close(self):
        """Writes the central directory (when the archive changed) and closes
        the file."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ("w", "x", "a") and self._didModify:
                with self._lock:
                    if self._seekable:
                        self.fp.seek(self.start_dir)
                    self._write_directory()
        finally:
            fp = self.fp
            self.fp = None
            self._release(fp)

    def _write_directory(self):
        start = self._tell()
        for info in self.filelist:
            dosdate, dostime = _dos_stamp(info.date_time)
            values = []
            fsize, csize, offset = info.file_size, info.compress_size, info.header_offset
            if fsize > ZIP64_LIMIT:
                values.append(fsize)
                fsize = 0xFFFFFFFF
            if csize > ZIP64_LIMIT:
                values.append(csize)
                csize = 0xFFFFFFFF
            if offset > ZIP64_LIMIT:
                values.append(offset)
                offset = 0xFFFFFFFF
            extra = _drop_extra_fields(info.extra, (_ZIP64_EXTRA,))
            need = info.extract_version
            made = info.create_version
            if values:
                extra = struct.pack("<HH" + "Q" * len(values), _ZIP64_EXTRA, 8 * len(values), *values) + extra
                need = max(need, ZIP64_VERSION)
                made = max(made, ZIP64_VERSION)
            if info.compress_type == ZIP_BZIP2:
                need = max(need, BZIP2_VERSION)
            elif info.compress_type == ZIP_LZMA:
                need = max(need, LZMA_VERSION)
            name, flags = info._encoded_name()
            record = struct.pack(structCentralDir, stringCentralDir, made, info.create_system,
                                 need, info.reserved, flags, info.compress_type, dostime, dosdate,
                                 info.CRC, csize, fsize, len(name), len(extra), len(info.comment),
                                 0, info.internal_attr, info.external_attr, offset)
            self._emit(record + name + extra + info.comment)
        end = self._tell()
        count = len(self.filelist)
        size = end - start
        offset = start
        needs64 = None
        if count > ZIP_FILECOUNT_LIMIT:
            needs64 = "Files count"
        elif offset > ZIP64_LIMIT:
            needs64 = "Central directory offset"
        elif size > ZIP64_LIMIT:
            needs64 = "Central directory size"
        if needs64:
            if not self._allowZip64:
                raise LargeZipFile(needs64 + " would require ZIP64 extensions")
            record64 = struct.pack(structEndArchive64, stringEndArchive64, 44, 45, 45, 0, 0,
                                   count, count, size, offset)
            locator = struct.pack(structEndArchive64Locator, stringEndArchive64Locator, 0, end, 1)
            self._emit(record64 + locator)
            count = min(count, 0xFFFF)
            size = min(size, 0xFFFFFFFF)
            offset = min(offset, 0xFFFFFFFF)
        tail = struct.pack(structEndArchive, stringEndArchive, 0, 0, count, count, size, offset,
                           len(self._comment))
        self._emit(tail + self._comment)
        if self.mode == "a" and self._seekable:
            self.fp.truncate()
        self.fp.flush()


class PyZipFile(ZipFile):
    """A ZipFile that can add Python source files (writepy)."""

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True, optimize=-1):
        ZipFile.__init__(self, file, mode=mode, compression=compression, allowZip64=allowZip64)
        self._optimize = optimize

    def writepy(self, pathname, basename="", filterfunc=None):
        """Adds the .py file, or the .py files of the package or folder, at pathname."""
        pathname = os.fspath(pathname)
        if filterfunc and not filterfunc(pathname):
            return
        if os.path.isdir(pathname):
            here = os.path.basename(pathname)
            package = os.path.isfile(os.path.join(pathname, "__init__.py"))
            prefix = posixpath.join(basename, here) if (package and basename) else (here if package else basename)
            for entry in sorted(os.listdir(pathname)):
                full = os.path.join(pathname, entry)
                if os.path.isdir(full):
                    if package and os.path.isfile(os.path.join(full, "__init__.py")):
                        self.writepy(full, prefix, filterfunc)
                elif entry.endswith(".py"):
                    if filterfunc and not filterfunc(full):
                        continue
                    self.write(full, posixpath.join(prefix, entry) if prefix else entry)
        else:
            if not pathname.endswith(".py"):
                raise RuntimeError('Files added with writepy() must end with ".py"')
            name = os.path.basename(pathname)
            self.write(pathname, posixpath.join(basename, name) if basename else name)


# ---------------------------------------------------------------- zipfile.Path

def _parent_dirs(name):
    """The folders above a member name, nearest first ('a/b/c' -> 'a/b/', 'a/')."""
    parts = name.rstrip("/").split("/")[:-1]
    while parts:
        yield "/".join(parts) + "/"
        parts.pop()


def _missing_folders(names):
    """The folders that appear only as parts of names, in order of appearance."""
    seen = set(names)
    extra = []
    for name in names:
        for folder in _parent_dirs(name):
            if folder not in seen:
                seen.add(folder)
                extra.append(folder)
    return extra


def _complete_names(names):
    """names plus the folders that appear only as parts of other names."""
    return list(names) + _missing_folders(names)


class CompleteDirs(ZipFile):
    """A ZipFile whose namelist also names the folders that only appear as
    parts of member names."""

    # CPython's test suite calls this one by name.
    _implied_dirs = staticmethod(_missing_folders)

    def namelist(self):
        return _complete_names(super().namelist())

    def _name_set(self):
        return set(self.namelist())

    def resolve_dir(self, name):
        names = self._name_set()
        folder = name + "/"
        return folder if name not in names and folder in names else name

    def getinfo(self, name):
        try:
            return super().getinfo(name)
        except KeyError:
            if not name.endswith("/") or name not in self._name_set():
                raise
            return ZipInfo(filename=name)

    @classmethod
    def make(cls, source):
        if isinstance(source, CompleteDirs):
            return source
        if not isinstance(source, ZipFile):
            return cls(source)
        return _Tree(source)


class FastLookup(CompleteDirs):
    """CompleteDirs with its name list computed once."""

    def namelist(self):
        cached = self.__dict__.get("_cached_names")
        if cached is None:
            cached = super().namelist()
            self.__dict__["_cached_names"] = cached
        return cached

    def _name_set(self):
        cached = self.__dict__.get("_cached_set")
        if cached is None:
            cached = set(self.namelist())
            self.__dict__["_cached_set"] = cached
        return cached


class _Tree:
    """The folders and files of an open ZipFile as zipfile.Path sees them;
    remembered while the archive is only read, recomputed while it is written."""

    def __init__(self, archive):
        self.archive = archive
        self._names = None
        self._count = -1

    def namelist(self):
        archive = self.archive
        if self._names is None or (archive.mode != "r" and self._count != len(archive.filelist)):
            self._names = _complete_names(archive.namelist())
            self._set = set(self._names)
            self._count = len(archive.filelist)
        return self._names

    def _name_set(self):
        self.namelist()
        return self._set

    def resolve_dir(self, name):
        names = self._name_set()
        folder = name + "/"
        return folder if name not in names and folder in names else name


class Path:
    """A pathlib-like view of a folder or member inside a ZIP archive:
    Path(root, at='')."""

    def __init__(self, root, at=""):
        if isinstance(root, _Tree):
            tree = root
        elif isinstance(root, ZipFile):
            tree = root if isinstance(root, CompleteDirs) else _Tree(root)
        else:
            tree = FastLookup(root)
        self._tree = tree
        self.root = tree.archive if isinstance(tree, _Tree) else tree
        self.at = at

    def __eq__(self, other):
        if self.__class__ is not other.__class__:
            return NotImplemented
        return (self.root, self.at) == (other.root, other.at)

    def __hash__(self):
        return hash((self.root, self.at))

    def open(self, mode="r", *args, pwd=None, **kwargs):
        if self.is_dir():
            raise IsADirectoryError(self)
        binary = mode[0:1] and "b" in mode
        zip_mode = mode[0]
        if not self.exists() and zip_mode == "r":
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, zip_mode, pwd=pwd)
        if binary:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        if args and "encoding" in kwargs:
            raise TypeError("TextIOWrapper() got multiple values for argument 'encoding'")
        if not args and "encoding" not in kwargs:
            kwargs["encoding"] = "utf-8"
        return io.TextIOWrapper(stream, *args, **kwargs)

    @property
    def name(self):
        return posixpath.basename(self.at.rstrip("/")) or posixpath.basename(str(self.filename))

    @property
    def suffix(self):
        name = self.name
        cut = name.rfind(".")
        return name[cut:] if 0 < cut < len(name) - 1 else ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        suffix = self.suffix
        return name[:-len(suffix)] if suffix else name

    @property
    def filename(self):
        import pathlib
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def read_text(self, *args, **kwargs):
        with self.open("r", *args, **kwargs) as f:
            return f.read()

    def read_bytes(self):
        with self.open("rb") as f:
            return f.read()

    def _is_child(self, path):
        return posixpath.dirname(path.at.rstrip("/")) == self.at.rstrip("/")

    def _next(self, at):
        return self.__class__(self._tree, at)

    def is_dir(self):
        return not self.at or self.at.endswith("/")

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self._tree._name_set()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        children = (self._next(name) for name in self._tree.namelist())
        return filter(self._is_child, children)

    def __str__(self):
        return posixpath.join(self.root.filename, self.at)

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self.root.filename, self.at)

    def joinpath(self, *other):
        target = posixpath.join(self.at, *other)
        return self._next(self._tree.resolve_dir(target))

    __truediv__ = joinpath

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        up = posixpath.dirname(self.at.rstrip("/"))
        if up:
            up += "/"
        return self._next(up)


# ---------------------------------------------------------------- command line

def main(args=None):
    import argparse
    parser = argparse.ArgumentParser(description="A simple command-line interface for zipfile module.")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("-l", "--list", metavar="<zipfile>", help="Show listing of a zipfile")
    group.add_argument("-e", "--extract", nargs=2, metavar=("<zipfile>", "<output_dir>"),
                       help="Extract zipfile into target dir")
    group.add_argument("-c", "--create", nargs="+", metavar=("<name>", "<file>"),
                       help="Create zipfile from sources")
    group.add_argument("-t", "--test", metavar="<zipfile>", help="Test if a zipfile is valid")
    parser.add_argument("--metadata-encoding", metavar="<encoding>",
                        help="Specify encoding of member names for -l, -e and -t")
    opts = parser.parse_args(args)
    encoding = opts.metadata_encoding
    if opts.test is not None:
        with ZipFile(opts.test, "r", metadata_encoding=encoding) as zf:
            bad = zf.testzip()
        if bad:
            print("The following enclosed file is corrupted: {!r}".format(bad))
        print("Done testing")
    elif opts.list is not None:
        with ZipFile(opts.list, "r", metadata_encoding=encoding) as zf:
            zf.printdir()
    elif opts.extract is not None:
        source, target = opts.extract
        with ZipFile(source, "r", metadata_encoding=encoding) as zf:
            zf.extractall(target)
    else:
        if encoding:
            print("Non-conforming encodings not supported with -c.", file=sys.stderr)
            sys.exit(1)
        archive = opts.create.pop(0)
        sources = opts.create

        def add(zf, path, name):
            if os.path.isfile(path):
                zf.write(path, name, ZIP_DEFLATED)
            elif os.path.isdir(path):
                if name:
                    zf.write(path, name)
                for child in sorted(os.listdir(path)):
                    add(zf, os.path.join(path, child), os.path.join(name, child))

        with ZipFile(archive, "w") as zf:
            for path in sources:
                name = os.path.basename(path)
                if not name:
                    name = os.path.basename(os.path.dirname(path))
                if name in ("", os.curdir, os.pardir):
                    name = ""
                add(zf, path, name)


if __name__ == "__main__":
    main()

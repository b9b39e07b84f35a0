"""A slow but portable dbm clone written in pure Python.

A database named NAME lives in three files:

* NAME.dat holds the values, each one starting on a 512-byte boundary;
* NAME.dir is the index, one text line per key of the form
  ``'key', (offset, length)`` where the key is the Latin-1 reading of the
  key bytes, written as a Python string literal;
* NAME.bak is the previous index, kept while the index is rewritten.

Keys and values are bytes; str arguments are stored as their UTF-8 encoding.
"""

import collections.abc
import io as _io
import os as _os

__all__ = ["error", "open"]

_BLOCKSIZE = 512

error = OSError

_FLAGS = ('r', 'w', 'c', 'n')
_SIMPLE_ESCAPES = {
    '\\': '\\', "'": "'", '"': '"', 'n': '\n', 'r': '\r', 't': '\t',
    'a': '\a', 'b': '\b', 'f': '\f', 'v': '\v', '0': '\0',
}


def _bad_entry(text):
    return ValueError('malformed node or string: %r' % (text,))


def _read_literal(text, start):
    """Parse a quoted string literal at text[start:]; return (str, end)."""
    quote = text[start]
    if quote not in ('"', "'"):
        raise _bad_entry(text)
    chars = []
    i = start + 1
    size = len(text)
    while i < size:
        ch = text[i]
        if ch == quote:
            return ''.join(chars), i + 1
        if ch == '\\':
            i += 1
            if i >= size:
                break
            code = text[i]
            if code in ('x', 'u', 'U'):
                width = {'x': 2, 'u': 4, 'U': 8}[code]
                digits = text[i + 1:i + 1 + width]
                if len(digits) != width:
                    raise _bad_entry(text)
                try:
                    chars.append(chr(int(digits, 16)))
                except ValueError:
                    raise _bad_entry(text) from None
                i += 1 + width
                continue
            if code not in _SIMPLE_ESCAPES:
                raise _bad_entry(text)
            chars.append(_SIMPLE_ESCAPES[code])
            i += 1
            continue
        if ch in '\r\n':
            break
        chars.append(ch)
        i += 1
    raise _bad_entry(text)


def _parse_entry(line):
    """Turn one index line into (key_bytes, (offset, length))."""
    text = line.strip()
    key, pos = _read_literal(text, 0) if text else (None, 0)
    if key is None:
        raise _bad_entry(line)
    rest = text[pos:].replace(' ', '').replace('\t', '')
    if not (rest.startswith(',(') and rest.endswith(')')):
        raise _bad_entry(line)
    numbers = rest[2:-1].rstrip(',').split(',')
    if len(numbers) != 2 or not all(n.isdigit() for n in numbers):
        raise _bad_entry(line)
    return key.encode('Latin-1'), (int(numbers[0]), int(numbers[1]))


def _format_entry(key, where):
    return "%r, (%d, %d)\n" % (key.decode('Latin-1'), where[0], where[1])


def _as_bytes(obj, what):
    if isinstance(obj, str):
        return obj.encode('utf-8')
    if isinstance(obj, (bytes, bytearray)):
        return obj
    raise TypeError("%s must be bytes or strings" % what)


class _Database(collections.abc.MutableMapping):

    def __init__(self, filebasename, mode, flag='c'):
        self._mode = mode
        self._readonly = (flag == 'r')
        self._index = None
        self._modified = False
        base = _os.fsencode(filebasename)
        self._datfile = base + b'.dat'
        self._dirfile = base + b'.dir'
        self._bakfile = base + b'.bak'
        creating = flag in ('c', 'n')
        if flag == 'n':
            for stale in (self._datfile, self._dirfile, self._bakfile):
                try:
                    _os.remove(stale)
                except OSError:
                    pass
        # the data file must exist (or be creatable) before the index
        try:
            probe = _io.open(self._datfile, 'rb')
        except FileNotFoundError:
            if not creating:
                raise
            with _io.open(self._datfile, 'wb'):
                pass
            self._set_permissions(self._datfile)
        else:
            probe.close()
        self._load_index(creating)

    def _set_permissions(self, path):
        try:
            _os.chmod(path, self._mode)
        except (OSError, AttributeError, NotImplementedError):
            pass

    def _load_index(self, creating):
        table = {}
        try:
            handle = _io.open(self._dirfile, 'r', encoding='Latin-1')
        except FileNotFoundError:
            if not creating:
                raise
            with _io.open(self._dirfile, 'w', encoding='Latin-1'):
                pass
            self._set_permissions(self._dirfile)
        else:
            with handle:
                for line in handle:
                    if not line.strip():
                        continue
                    key, where = _parse_entry(line)
                    table[key] = where
        self._index = table

    def _check_open(self):
        if self._index is None:
            raise error('DBM object has already been closed')

    def _check_writable(self):
        if self._readonly:
            raise error('The database is opened for reading only')

    def _commit(self):
        if self._index is None or not self._modified or self._readonly:
            return
        try:
            _os.unlink(self._bakfile)
        except OSError:
            pass
        try:
            _os.rename(self._dirfile, self._bakfile)
        except OSError:
            pass
        with _io.open(self._dirfile, 'w', encoding='Latin-1') as out:
            self._set_permissions(self._dirfile)
            for key, where in self._index.items():
                out.write(_format_entry(key, where))
        self._modified = False

    sync = _commit

    def __getitem__(self, key):
        if isinstance(key, str):
            key = key.encode('utf-8')
        self._check_open()
        offset, length = self._index[key]
        with _io.open(self._datfile, 'rb') as data:
            data.seek(offset)
            return data.read(length)

    def _append_value(self, value):
        with _io.open(self._datfile, 'rb+') as data:
            end = data.seek(0, 2)
            start = -(-end // _BLOCKSIZE) * _BLOCKSIZE
            data.write(b'\0' * (start - end))
            data.write(value)
        return start, len(value)

    def _overwrite_value(self, offset, value):
        with _io.open(self._datfile, 'rb+') as data:
            data.seek(offset)
            data.write(value)
        return offset, len(value)

    def __setitem__(self, key, value):
        self._check_writable()
        key = _as_bytes(key, 'keys')
        value = _as_bytes(value, 'values')
        self._check_open()
        self._modified = True
        old = self._index.get(key)
        if old is None:
            where = self._append_value(value)
            self._index[key] = where
            with _io.open(self._dirfile, 'a', encoding='Latin-1') as out:
                self._set_permissions(self._dirfile)
                out.write(_format_entry(key, where))
            return
        offset, length = old
        blocks_held = -(-length // _BLOCKSIZE)
        blocks_needed = -(-len(value) // _BLOCKSIZE)
        if blocks_needed <= blocks_held:
            self._index[key] = self._overwrite_value(offset, value)
        else:
            self._index[key] = self._append_value(value)

    def __delitem__(self, key):
        self._check_writable()
        if isinstance(key, str):
            key = key.encode('utf-8')
        self._check_open()
        self._modified = True
        del self._index[key]
        self._commit()

    def keys(self):
        self._check_open()
        return list(self._index)

    def items(self):
        self._check_open()
        return [(key, self[key]) for key in self._index]

    def iterkeys(self):
        self._check_open()
        return iter(list(self._index))

    __iter__ = iterkeys

    def __contains__(self, key):
        if isinstance(key, str):
            key = key.encode('utf-8')
        self._check_open()
        return key in self._index

    def __len__(self):
        self._check_open()
        return len(self._index)

    def close(self):
        try:
            self._commit()
        finally:
            self._index = None

    def __del__(self):
        if getattr(self, '_index', None) is not None:
            try:
                self.close()
            except Exception:
                pass

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def open(file, flag='c', mode=0o666):
    """Open the dumb database *file* and return a mapping-like object.

    flag: 'r' read only, 'w' read/write, 'c' create if needed (default),
    'n' always start empty.  mode gives the permission bits of created
    files, reduced by the process umask.
    """
    try:
        mask = _os.umask(0)
    except AttributeError:
        pass
    else:
        _os.umask(mask)
        mode &= ~mask
    if flag not in _FLAGS:
        raise ValueError("Flag must be one of 'r', 'w', 'c', or 'n'")
    return _Database(file, mode, flag=flag)

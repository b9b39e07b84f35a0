"""Temporary files and directories.

mkstemp() and mkdtemp() create a uniquely named file or directory that the
caller removes; TemporaryFile, NamedTemporaryFile, SpooledTemporaryFile and
TemporaryDirectory clean up after themselves. Names are built from a prefix,
eight random characters and a suffix, in the directory gettempdir() picks
(or `dir`).
"""

import errno as _errno
import io as _io
import os as _os
import random as _random_module
import shutil as _shutil
import sys as _sys
from types import GenericAlias as _GenericAlias

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
    "TemporaryDirectory", "mkstemp", "mkdtemp", "mktemp", "TMP_MAX",
    "gettempprefix", "tempdir", "gettempdir", "gettempprefixb", "gettempdirb",
]

TMP_MAX = getattr(_os, "TMP_MAX", 10000)
template = "tmp"
tempdir = None

_NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
# The open(2) flags of a new temporary file, for text and for binary use (the
# names are the ones CPython's tests patch).
_text_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
for _flag in ("O_NOFOLLOW", "O_CLOEXEC"):
    _text_openflags |= getattr(_os, _flag, 0)
del _flag
_bin_openflags = _text_openflags | getattr(_os, "O_BINARY", 0)


class _NameSource:
    """Endless random 8-character names; reseeded in a forked child."""

    def __init__(self):
        self._pid = None
        self._rng = None

    def __iter__(self):
        return self

    def __next__(self):
        pid = _os.getpid()
        if self._rng is None or pid != self._pid:
            self._rng = _random_module.Random()
            self._pid = pid
        pick = self._rng.choice
        return "".join(pick(_NAME_CHARS) for _ in range(8))


_names = None


def _name_source():
    global _names
    if _names is None:
        _names = _NameSource()
    return _names


# --- choosing the directory ------------------------------------------------------


def _candidate_dirs():
    found = []
    for var in ("TMPDIR", "TEMP", "TMP"):
        value = _os.getenv(var)
        if value:
            found.append(value)
    if _os.name == "nt":
        found.extend([_os.path.expanduser(r"~\AppData\Local\Temp"),
                      _os.path.expandvars(r"%SYSTEMROOT%\Temp"), r"c:\temp", r"c:\tmp",
                      r"\temp", r"\tmp"])
    else:
        found.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        found.append(_os.getcwd())
    except (AttributeError, OSError):
        found.append(_os.curdir)
    return found


def _find_usable_dir():
    names = _name_source()
    tried = _candidate_dirs()
    for folder in tried:
        if folder != _os.curdir:
            folder = _os.path.abspath(folder)
        for _ in range(100):
            probe = _os.path.join(folder, next(names))
            try:
                fd = _os.open(probe, _bin_openflags, 0o600)
            except FileExistsError:
                continue
            except PermissionError:
                if _os.name == "nt" and _os.path.isdir(folder):
                    continue
                break
            except OSError:
                break
            try:
                try:
                    _os.write(fd, b"blat")
                finally:
                    _os.close(fd)
            finally:
                _os.unlink(probe)
            return folder
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" % tried)


def _tempdir_setting():
    global tempdir
    if tempdir is None:
        tempdir = _find_usable_dir()
    return tempdir


def gettempdir():
    """The directory temporary files go in by default (as str)."""
    return _os.fsdecode(_tempdir_setting())


def gettempdirb():
    """The directory temporary files go in by default (as bytes)."""
    return _os.fsencode(_tempdir_setting())


def gettempprefix():
    """The default prefix of temporary names (as str)."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The default prefix of temporary names (as bytes)."""
    return _os.fsencode(template)


def _resolve_parts(prefix, suffix, folder):
    """Fill in defaults and check that the parts agree on str versus bytes."""
    kinds = set()
    for part in (prefix, suffix, folder):
        if part is None:
            continue
        if isinstance(part, _os.PathLike):
            part = _os.fspath(part)
        kinds.add(bytes if isinstance(part, bytes) else str)
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    if kinds:
        binary = kinds == {bytes}
    else:
        # Nothing given: follow the type of a tempdir set by the user.
        binary = isinstance(tempdir, bytes)
    if suffix is None:
        suffix = b"" if binary else ""
    if prefix is None:
        prefix = gettempprefixb() if binary else template
    if folder is None:
        folder = gettempdirb() if binary else gettempdir()
    return prefix, suffix, folder, binary


def _candidates(prefix, suffix, folder, binary):
    names = _name_source()
    for _ in range(TMP_MAX):
        middle = next(names)
        if binary:
            middle = _os.fsencode(middle)
        yield _os.path.join(folder, prefix + middle + suffix)


def _make_file(folder, prefix, suffix, binary, flags):
    audit = getattr(_sys, "audit", None)
    for path in _candidates(prefix, suffix, folder, binary):
        if audit is not None:
            audit("tempfile.mkstemp", path)
        try:
            fd = _os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        except PermissionError:
            if _os.name == "nt" and _os.path.isdir(folder) and _os.access(folder, _os.W_OK):
                continue
            raise
        return fd, _os.path.abspath(path)
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file readable and writable only by its owner.

    Returns (open OS-level descriptor, absolute path). The caller closes and
    removes it."""
    prefix, suffix, folder, binary = _resolve_parts(prefix, suffix, dir)
    flags = _text_openflags if text else _bin_openflags
    return _make_file(folder, prefix, suffix, binary, flags)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory accessible only by its owner; returns its path.
    The caller removes it."""
    prefix, suffix, folder, binary = _resolve_parts(prefix, suffix, dir)
    audit = getattr(_sys, "audit", None)
    for path in _candidates(prefix, suffix, folder, binary):
        if audit is not None:
            audit("tempfile.mkdtemp", path)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        except PermissionError:
            if _os.name == "nt" and _os.path.isdir(folder) and _os.access(folder, _os.W_OK):
                continue
            raise
        return path
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """Return a path that did not exist when asked (deprecated: another
    process may take it before you do)."""
    if dir is None:
        dir = gettempdir()
    names = _name_source()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(names) + suffix)
        try:
            _os.lstat(path)
        except OSError:
            return path
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


# --- file objects ---------------------------------------------------------------


class _NamedFileProxy:
    """What NamedTemporaryFile returns: the open file plus its name; the
    file is removed when closed if `delete` is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._done = False

    def __getattr__(self, attr):
        target = self.__dict__["file"]
        value = getattr(target, attr)
        if callable(value) and not isinstance(value, (int, str, bytes)):
            # Cache it so repeated lookups are cheap.
            self.__dict__[attr] = value
        return value

    def _finish(self, unlink=True):
        if self._done:
            return
        self._done = True
        try:
            self.file.close()
        finally:
            if self.delete and unlink:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def close(self):
        """Close the file (and remove it when `delete` is true)."""
        self._finish()

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._finish()
        return None

    def __iter__(self):
        for line in self.file:
            yield line

    def __del__(self):
        try:
            self._finish()
        except Exception:
            pass


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (the .name attribute), removed
    on close when delete is true. Works as a context manager."""
    prefix, suffix, folder, binary = _resolve_parts(prefix, suffix, dir)
    if "b" not in mode:
        encoding = _io.text_encoding(encoding) if hasattr(_io, "text_encoding") else encoding
    fd, path = _make_file(folder, prefix, suffix, binary, _bin_openflags)
    try:
        handle = _io.open(fd, mode, buffering=buffering, newline=newline,
                         encoding=encoding, errors=errors)
    except BaseException:
        _discard(fd, path)
        raise
    # The underlying raw file reports the path, not the descriptor.
    lowest = getattr(getattr(handle, "buffer", handle), "raw", getattr(handle, "buffer", handle))
    try:
        lowest.name = path
    except (AttributeError, TypeError):
        pass
    return _NamedFileProxy(handle, path, delete)


def _discard(fd, path):
    """Undo a creation whose file object could not be made."""
    if path is not None:
        try:
            _os.unlink(path)
        except OSError:
            pass
    try:
        _os.close(fd)
    except OSError:
        pass


if _os.name != "posix" or _sys.platform == "cygwin":
    TemporaryFile = NamedTemporaryFile
else:
    def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                      suffix=None, prefix=None, dir=None, *, errors=None):
        """An anonymous temporary file (already unlinked), gone once closed."""
        prefix, suffix, folder, binary = _resolve_parts(prefix, suffix, dir)
        if "b" not in mode:
            encoding = _io.text_encoding(encoding) if hasattr(_io, "text_encoding") else encoding
        fd, path = _make_file(folder, prefix, suffix, binary, _bin_openflags)
        try:
            _os.unlink(path)
            return _io.open(fd, mode, buffering=buffering, newline=newline,
                           encoding=encoding, errors=errors)
        except BaseException:
            _discard(fd, None)
            raise


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file kept in memory until it grows beyond max_size (or
    fileno() is asked for); then it moves to a real TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if "b" in mode:
            self._file = _io.BytesIO()
        else:
            if hasattr(_io, "text_encoding"):
                encoding = _io.text_encoding(encoding)
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding,
                                          errors=errors, newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._spill_options = {
            "mode": mode, "buffering": buffering, "suffix": suffix, "prefix": prefix,
            "encoding": encoding, "newline": newline, "dir": dir, "errors": errors,
        }

    __class_getitem__ = classmethod(_GenericAlias)

    def _check(self, file):
        limit = self._max_size
        if limit and not self._rolled and file.tell() > limit:
            self.rollover()

    def rollover(self):
        """Move the contents to a real file on disk."""
        if self._rolled:
            return
        memory = self._file
        disk = TemporaryFile(**self._spill_options)
        position = memory.tell()
        if isinstance(memory, _io.TextIOWrapper):
            memory.flush()
            disk.buffer.write(memory.buffer.getvalue())
            disk.flush()
        else:
            disk.write(memory.getvalue())
        disk.seek(position, 0)
        self._file = disk
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def __del__(self):
        pass

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._spill_options["mode"]

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    def truncate(self, size=None):
        if size is not None and size > self._max_size:
            self.rollover()
        return self._file.truncate() if size is None else self._file.truncate(size)

    def write(self, s):
        current = self._file
        written = current.write(s)
        self._check(current)
        return written

    def writelines(self, iterable):
        current = self._file
        outcome = current.writelines(iterable)
        self._check(current)
        return outcome

    def detach(self):
        return self._file.detach()


def _forward_method(attr):
    def forward(self, *args):
        return getattr(self._file, attr)(*args)
    forward.__name__ = attr
    forward.__qualname__ = "SpooledTemporaryFile." + attr
    return forward


def _forward_property(attr):
    return property(lambda self: getattr(self._file, attr))


for _attr in ("close", "flush", "isatty", "readable", "read", "read1", "readinto",
              "readinto1", "readline", "readlines", "seekable", "seek", "tell", "writable"):
    setattr(SpooledTemporaryFile, _attr, _forward_method(_attr))
for _attr in ("closed", "encoding", "errors", "newlines"):
    setattr(SpooledTemporaryFile, _attr, _forward_property(_attr))
del _attr


# --- directories ---------------------------------------------------------------


def _remove_tree(name, ignore_errors=False):
    """rmtree that makes read-only entries writable and tries again."""

    def retry(func, path, exc_info):
        exc = exc_info[1]
        if isinstance(exc, PermissionError):
            try:
                if path != name:
                    _os.chmod(_os.path.dirname(path), 0o700)
                _os.chmod(path, 0o700)
            except OSError:
                if not ignore_errors:
                    raise
                return
            try:
                _os.unlink(path)
            except IsADirectoryError:
                _remove_tree(path, ignore_errors)
            except PermissionError:
                if _os.path.isdir(path):
                    _remove_tree(path, ignore_errors)
                elif not ignore_errors:
                    raise
            except FileNotFoundError:
                pass
        elif isinstance(exc, FileNotFoundError):
            pass
        elif not ignore_errors:
            raise exc

    _shutil.rmtree(name, onerror=retry)


class TemporaryDirectory:
    """A temporary directory removed by cleanup(), on leaving a `with`
    block (which binds the name) or when the object goes away."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._removed = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc_type, exc_value, tb):
        self.cleanup()

    def cleanup(self):
        """Remove the directory and everything in it (once)."""
        first_time = not self._removed
        self._removed = True
        if first_time or _os.path.exists(self.name):
            _remove_tree(self.name, self._ignore_cleanup_errors)

    def __del__(self):
        try:
            if not getattr(self, "_removed", True):
                self.cleanup()
        except Exception:
            pass

    __class_getitem__ = classmethod(_GenericAlias)

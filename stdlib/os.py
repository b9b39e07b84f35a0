"""The operating system as scripts see it: files and folders, descriptors,
the environment and the process, with os.path for path names.

Built on the native posix module; everything it does goes through the
interpreter's file system and policy, so an embedding host decides what
scripts may reach.
"""

import abc

import posix
from posix import *
from posix import _exit, _have_functions

import posixpath as path

try:
    import sys
except ImportError:
    # A sandbox that leaves sys out: os.path is still reachable as an attribute.
    pass
else:
    sys.modules['os.path'] = path
    del sys

# Written out rather than taken from path: when posixpath is imported first,
# it is not finished while this module runs.
name = 'posix'
linesep = '\n'
sep, altsep, extsep, pathsep = '/', None, '.', ':'
curdir, pardir = '.', '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

error = OSError

# Which functions accept a descriptor, dir_fd or follow_symlinks=False.
supports_dir_fd = set()
supports_fd = {stat, chdir, truncate, chmod, listdir, scandir}
supports_effective_ids = set()
supports_follow_symlinks = {stat, access, chmod, utime}
supports_bytes_environ = True

_exported = [
    'altsep', 'curdir', 'pardir', 'sep', 'pathsep', 'linesep', 'defpath',
    'name', 'path', 'devnull', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
    'fsencode', 'fsdecode', 'get_exec_path', 'fdopen', 'extsep',
    'makedirs', 'removedirs', 'renames', 'walk', 'environ', 'environb',
    'getenv', 'getenvb', 'PathLike', 'error', 'supports_bytes_environ',
]
__all__ = _exported + [n for n in dir(posix) if not n.startswith('_')]
del _exported


def _exists(name):
    return name in globals()


# --- path names as bytes or str -------------------------------------------

def fsencode(filename):
    """filename as bytes (str is encoded as UTF-8, undecodable bytes restored)."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """filename as str (bytes are decoded as UTF-8, undecodable ones escaped)."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


class PathLike(abc.ABC):
    """What an object implementing __fspath__ (the file system path protocol) is."""

    @abc.abstractmethod
    def __fspath__(self):
        """The path as str or bytes."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is not PathLike:
            return NotImplemented
        for klass in subclass.__mro__:
            if '__fspath__' in klass.__dict__:
                return NotImplemented if klass.__dict__['__fspath__'] is None else True
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


# --- the environment ------------------------------------------------------

class _MappingFallback:
    """The mapping methods os.environ needs when _collections_abc is not
    importable (a sandbox that leaves sys out)."""

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return [k for k in self]

    def values(self):
        return [self[k] for k in self]

    def items(self):
        return [(k, self[k]) for k in self]

    _missing = object()

    def pop(self, key, default=_missing):
        try:
            value = self[key]
        except KeyError:
            if default is self._missing:
                raise
            return default
        del self[key]
        return value

    def update(self, other=(), **kwargs):
        pairs = other.items() if hasattr(other, 'items') else other
        for k, v in pairs:
            self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def clear(self):
        for k in list(self):
            del self[k]

    def __eq__(self, other):
        if isinstance(other, _MappingFallback):
            return self is other or dict(self) == dict(other)
        if isinstance(other, dict):
            return dict(self) == other
        return NotImplemented

    __hash__ = None


try:
    from _collections_abc import MutableMapping as _MappingBase, Mapping as _Mapping
except ImportError:
    _MappingBase = _MappingFallback
    _Mapping = dict

# The process environment as bytes, read on first use (so that importing os
# never touches it, and a policy denying it only affects those who look).
_env_cache = None


def _env():
    global _env_cache
    if _env_cache is None:
        _env_cache = posix._environ()
    return _env_cache


class _EnvironMapping(_MappingBase):
    """os.environ (str keys and values) and os.environb (bytes): live views of
    the process environment; changing them changes the process's too."""

    def __init__(self, as_bytes):
        self._as_bytes = as_bytes

    def _key(self, key):
        if self._as_bytes:
            if not isinstance(key, bytes):
                raise TypeError(f"bytes expected, not {type(key).__name__}")
            return key
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        return key.encode('utf-8', 'surrogateescape')

    _value = _key

    def _show(self, raw):
        return raw if self._as_bytes else raw.decode('utf-8', 'surrogateescape')

    def __getitem__(self, key):
        try:
            raw = _env()[self._key(key)]
        except KeyError:
            raise KeyError(key) from None
        return self._show(raw)

    def __setitem__(self, key, value):
        k = self._key(key)
        v = self._value(value)
        putenv(k, v)
        _env()[k] = v

    def __delitem__(self, key):
        k = self._key(key)
        env = _env()
        if k not in env:
            raise KeyError(key)
        unsetenv(k)
        del env[k]

    def __iter__(self):
        for k in list(_env()):
            yield self._show(k)

    def __len__(self):
        return len(_env())

    def __contains__(self, key):
        try:
            return self._key(key) in _env()
        except TypeError:
            return False

    def __repr__(self):
        items = ', '.join(f'{self._show(k)!r}: {self._show(v)!r}' for k, v in _env().items())
        return f"{'environb' if self._as_bytes else 'environ'}({{{items}}})"

    def setdefault(self, key, value):
        """environ[key], setting it to value first when it is missing."""
        try:
            return self[key]
        except KeyError:
            self[key] = value
            return value

    def copy(self):
        """A dict with the current variables."""
        return dict(self)

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = dict(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = dict(other)
        merged.update(self)
        return merged


environ = _EnvironMapping(False)
environb = _EnvironMapping(True)


def getenv(key, default=None):
    """The environment variable key, or default when it is not set."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """The environment variable key (bytes), or default when it is not set."""
    return environb.get(key, default)


def get_exec_path(env=None):
    """The folders searched for programs: PATH of env (os.environ by default)."""
    if env is None:
        env = environ
    found = None
    for key in ('PATH', b'PATH'):
        try:
            value = env.get(key)
        except TypeError:
            continue
        if value is not None:
            if found is not None:
                raise ValueError("env cannot contain 'PATH' and b'PATH' keys")
            found = value
    if found is None:
        found = defpath
    if isinstance(found, bytes):
        found = fsdecode(found)
    return found.split(pathsep)


# --- trees of folders -----------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """Makes the folder name and every missing folder above it. An existing
    folder is an error unless exist_ok."""
    parent, leaf = path.split(name)
    if not leaf:
        parent, leaf = path.split(parent)
    if parent and leaf and not path.exists(parent):
        try:
            makedirs(parent, exist_ok=exist_ok)
        except FileExistsError:
            pass
        here = bytes(curdir, 'ascii') if isinstance(leaf, bytes) else curdir
        if leaf == here:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Removes the folder name, then each parent that becomes empty."""
    rmdir(name)
    parent, leaf = path.split(name)
    if not leaf:
        parent, leaf = path.split(parent)
    while parent and leaf:
        try:
            rmdir(parent)
        except OSError:
            return
        parent, leaf = path.split(parent)


def renames(old, new):
    """Renames old to new, making the folders new needs and removing the
    folders old leaves empty."""
    parent, leaf = path.split(new)
    if parent and leaf and not path.exists(parent):
        makedirs(parent)
    rename(old, new)
    parent, leaf = path.split(old)
    if parent and leaf:
        try:
            removedirs(parent)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for top and every folder below
    it. Top-down, dirnames may be edited in place to choose where to go;
    errors listing a folder go to onerror (and the folder is skipped)."""
    return _walk_tree(fspath(top), topdown, onerror, followlinks)


def _walk_tree(top, topdown, onerror, followlinks):
    dirs = []
    files = []
    descend = []
    try:
        listing = scandir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    with listing:
        while True:
            try:
                entry = next(listing)
            except StopIteration:
                break
            except OSError as err:
                if onerror is not None:
                    onerror(err)
                return
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if not is_dir:
                files.append(entry.name)
                continue
            dirs.append(entry.name)
            if not topdown:
                try:
                    link = entry.is_symlink()
                except OSError:
                    link = False
                if followlinks or not link:
                    descend.append(entry.path)
    if topdown:
        yield top, dirs, files
        for d in dirs:
            below = path.join(top, d)
            if followlinks or not path.islink(below):
                yield from _walk_tree(below, topdown, onerror, followlinks)
    else:
        for below in descend:
            yield from _walk_tree(below, topdown, onerror, followlinks)
        yield top, dirs, files


# --- files ----------------------------------------------------------------

def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object for the open descriptor fd (io.open on it)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding) if hasattr(io, 'text_encoding') else encoding
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


del abc

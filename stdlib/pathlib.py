"""Object-oriented filesystem paths.

Pure paths (PurePath, PurePosixPath, PureWindowsPath) only manipulate text:
splitting into drive, root and names, joining, comparing. Concrete paths
(Path, PosixPath, WindowsPath) add the operations that touch the filesystem.
Only the flavour of the running system can be instantiated as a concrete path.
"""

import errno
import fnmatch
import io
import os
import stat
import sys
from collections.abc import Sequence

__all__ = [
    "PurePath", "PurePosixPath", "PureWindowsPath",
    "Path", "PosixPath", "WindowsPath",
]

_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_URI_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/")


def _percent_encode(data):
    out = []
    for code in data:
        if code in _URI_SAFE:
            out.append(chr(code))
        else:
            out.append("%%%02X" % code)
    return "".join(out)


# --- the two path syntaxes ---------------------------------------------------


class _Syntax:
    """How one family of systems spells paths."""

    sep = "/"
    altsep = ""
    native = False

    def fold(self, text):
        return text

    def anchor_of(self, text):
        """(drive, root, rest) of one path string whose separators are sep."""
        raise NotImplementedError

    def parse(self, pieces):
        """(drive, root, names) for a sequence of path strings joined together.

        The last piece carrying a drive or a root decides the anchor, and the
        pieces left of it are dropped; a root without a drive keeps the
        nearest drive given before it."""
        sep = self.sep
        alt = self.altsep
        found = []
        drive = root = ""
        pos = len(pieces)
        while pos > 0:
            pos -= 1
            piece = pieces[pos]
            if not piece:
                continue
            if alt:
                piece = piece.replace(alt, sep)
            d, r, rest = self.anchor_of(piece)
            for name in reversed(rest.split(sep)):
                if name and name != ".":
                    found.append(name)
            if d or r:
                drive, root = d, r
                if not d:
                    while pos > 0:
                        pos -= 1
                        earlier = pieces[pos]
                        if not earlier:
                            continue
                        if alt:
                            earlier = earlier.replace(alt, sep)
                        d = self.anchor_of(earlier)[0]
                        if d:
                            drive = d
                            break
                break
        found.reverse()
        return drive, root, found

    def reserved(self, path):
        return False

    def absolute(self, drive, root):
        return bool(root)


class _PosixSyntax(_Syntax):
    native = os.name != "nt"

    def anchor_of(self, text):
        if text[:1] != "/":
            return "", "", text
        rest = text.lstrip("/")
        if len(text) - len(rest) == 2:
            return "", "//", rest
        return "", "/", rest

    def uri(self, path):
        return "file://" + _percent_encode(os.fsencode(str(path)))


_WINDOWS_DEVICE_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [kind + digit for kind in ("COM", "LPT") for digit in "123456789\u00b9\u00b2\u00b3"]
)


class _WindowsSyntax(_Syntax):
    sep = "\\"
    altsep = "/"
    native = os.name == "nt"

    def fold(self, text):
        return text.lower()

    def anchor_of(self, text):
        lead = ""
        if text[:4] == "\\\\?\\":
            lead = text[:4]
            text = text[4:]
            if text[:4].upper() == "UNC\\":
                lead += text[:3]
                text = "\\" + text[3:]
        if text[:2] == "\\\\" and text[2:3] != "\\":
            # \\server\share: both names are needed to make a UNC drive.
            end_server = text.find("\\", 2)
            if end_server >= 0:
                end_share = text.find("\\", end_server + 1)
                if end_share != end_server + 1:
                    if end_share < 0:
                        end_share = len(text)
                    unc = text[1:end_share] if lead else text[:end_share]
                    return lead + unc, "\\", text[end_share + 1:]
        letter = ""
        if len(text) >= 2 and text[1] == ":" and text[0] in _ASCII_LETTERS:
            letter = text[:2]
            text = text[2:]
        if text[:1] == "\\":
            return lead + letter, "\\", text.lstrip("\\")
        return lead + letter, "", text

    def absolute(self, drive, root):
        return bool(root) and bool(drive)

    def reserved(self, path):
        if not path._names or path._drive.startswith("\\\\"):
            return False
        last = path._names[-1]
        base = last.partition(".")[0].partition(":")[0].rstrip(" ")
        return base.upper() in _WINDOWS_DEVICE_NAMES

    def uri(self, path):
        drive = path._drive
        text = path.as_posix()
        if len(drive) == 2 and drive[1] == ":":
            return "file:///" + drive + _percent_encode(text[2:].encode("utf-8"))
        return "file:" + _percent_encode(text.encode("utf-8"))


_posix_syntax = _PosixSyntax()
_windows_syntax = _WindowsSyntax()


# --- pure paths --------------------------------------------------------------


def _pieces_of(args):
    pieces = []
    for arg in args:
        if isinstance(arg, PurePath):
            pieces.extend(arg.parts)
            continue
        text = os.fspath(arg)
        if not isinstance(text, str):
            raise TypeError(
                "argument should be a str object or an os.PathLike object "
                "returning str, not %r" % (type(text),))
        pieces.append(text)
    return pieces


class _Parents(Sequence):
    """The logical ancestors of a path, nearest first."""

    __slots__ = ("_of", "_count")

    def __init__(self, path):
        self._of = path
        self._count = len(path._names)

    def __len__(self):
        return self._count

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(self._count)))
        if idx >= self._count or idx < -self._count:
            raise IndexError(idx)
        if idx < 0:
            idx += self._count
        path = self._of
        return path._derive(path._drive, path._root, path._names[:self._count - idx - 1])

    def __repr__(self):
        return "<%s.parents>" % type(self._of).__name__


class PurePath:
    """A path string taken apart: drive, root and the names after them.

    PurePath(*segments) joins the segments; instantiating PurePath itself
    gives the flavour of the running system."""

    __slots__ = ("_drive", "_root", "_names", "_text", "_folded", "_hashcode", "_pieces")

    _syntax = None

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == "nt" else PurePosixPath
        return cls._parse_new(args)

    @classmethod
    def _parse_new(cls, args):
        drive, root, names = cls._syntax.parse(_pieces_of(args))
        return cls._assemble(drive, root, names)

    @classmethod
    def _assemble(cls, drive, root, names):
        self = object.__new__(cls)
        self._drive = drive
        self._root = root
        self._names = names
        return self

    def _derive(self, drive, root, names):
        return type(self)._assemble(drive, root, list(names))

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    # Text forms.

    def __str__(self):
        try:
            return self._text
        except AttributeError:
            head = self._drive + self._root
            body = self._syntax.sep.join(self._names)
            self._text = (head + body) or "."
            return self._text

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path as a string with forward slashes."""
        return str(self).replace(self._syntax.sep, "/")

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def as_uri(self):
        """The path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._syntax.uri(self)

    # Comparison.

    def _key(self):
        try:
            return self._folded
        except AttributeError:
            fold = self._syntax.fold
            self._folded = tuple(fold(part) for part in self.parts)
            return self._folded

    def __hash__(self):
        try:
            return self._hashcode
        except AttributeError:
            self._hashcode = hash(self._key())
            return self._hashcode

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._syntax is other._syntax and self._key() == other._key()

    def _comparable(self, other):
        return isinstance(other, PurePath) and self._syntax is other._syntax

    def __lt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other):
        if not self._comparable(other):
            return NotImplemented
        return self._key() >= other._key()

    # Pieces.

    @property
    def drive(self):
        """The drive prefix (letter or UNC share), if any."""
        return self._drive

    @property
    def root(self):
        """The root separator, if any."""
        return self._root

    @property
    def anchor(self):
        """Drive and root together."""
        return self._drive + self._root

    @property
    def parts(self):
        """The anchor (if any) and each name, as a tuple."""
        try:
            return self._pieces
        except AttributeError:
            anchor = self._drive + self._root
            names = tuple(self._names)
            self._pieces = (anchor,) + names if anchor else names
            return self._pieces

    @property
    def name(self):
        """The last name, or '' when there is none."""
        return self._names[-1] if self._names else ""

    @property
    def suffix(self):
        """The extension of the last name ('' when it has none)."""
        name = self.name
        dot = name.rfind(".")
        if 0 < dot < len(name) - 1:
            return name[dot:]
        return ""

    @property
    def suffixes(self):
        """Every extension of the last name, in order."""
        name = self.name
        if name.endswith("."):
            return []
        pieces = name.lstrip(".").split(".")
        return ["." + piece for piece in pieces[1:]]

    @property
    def stem(self):
        """The last name without its extension."""
        name = self.name
        dot = name.rfind(".")
        if 0 < dot < len(name) - 1:
            return name[:dot]
        return name

    @property
    def parent(self):
        """The logical parent of the path."""
        if not self._names:
            return self
        return self._derive(self._drive, self._root, self._names[:-1])

    @property
    def parents(self):
        """A sequence of the logical ancestors."""
        return _Parents(self)

    # Deriving other paths.

    def with_name(self, name):
        """The path with its last name replaced."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        syntax = self._syntax
        drive, root, names = syntax.parse((name,))
        if (not name or name[-1] in (syntax.sep, syntax.altsep) or drive or root
                or len(names) != 1):
            raise ValueError("Invalid name %r" % (name,))
        return self._derive(self._drive, self._root, self._names[:-1] + [name])

    def with_stem(self, stem):
        """The path with the stem of its last name replaced."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The path with its extension replaced (or removed, for '')."""
        syntax = self._syntax
        if syntax.sep in suffix or (syntax.altsep and syntax.altsep in suffix):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if (suffix and not suffix.startswith(".")) or suffix == ".":
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        base = name[:len(name) - len(old)] if old else name
        return self._derive(self._drive, self._root, self._names[:-1] + [base + suffix])

    def _chain(self):
        """Anchor pieces then names, the form relative_to compares."""
        if self._root:
            return [self._drive, self._root] + list(self._names)
        if self._drive:
            return [self._drive] + list(self._names)
        return list(self._names)

    def relative_to(self, *other):
        """The path relative to the path given by other."""
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)._parse_new(other)
        mine = self._chain()
        theirs = base._chain()
        count = len(theirs)
        fold = self._syntax.fold
        if count == 0:
            mismatch = bool(self._root or self._drive)
        else:
            mismatch = [fold(p) for p in mine[:count]] != [fold(p) for p in theirs]
        if mismatch:
            raise ValueError(
                "%r is not in the subpath of %r OR one path is relative and "
                "the other is absolute." % (str(self), str(base)))
        rest = mine[count:]
        root = ""
        if count == 1 and self._root:
            # Only a bare drive was given: the result keeps this path's root.
            root = rest.pop(0)
        return self._derive("", root, rest)

    def is_relative_to(self, *other):
        """Whether the path is relative to other."""
        try:
            self.relative_to(*other)
        except ValueError:
            return False
        return True

    def _join_with(self, args):
        drive, root, names = self._syntax.parse(_pieces_of(args))
        if root:
            if not drive and self._drive:
                return self._derive(self._drive, root, names)
            return self._derive(drive, root, names)
        if drive:
            fold = self._syntax.fold
            if fold(drive) == fold(self._drive):
                return self._derive(self._drive, self._root, self._names + names)
            return self._derive(drive, root, names)
        return self._derive(self._drive, self._root, self._names + names)

    def joinpath(self, *args):
        """The path with each argument joined on in turn."""
        return self._join_with(args)

    def __truediv__(self, key):
        try:
            return self._join_with((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)._parse_new((key, self))
        except TypeError:
            return NotImplemented

    # Questions.

    def is_absolute(self):
        """Whether the path has a root (and a drive, where drives exist)."""
        return self._syntax.absolute(self._drive, self._root)

    def is_reserved(self):
        """Whether the path names a reserved device (Windows only)."""
        return self._syntax.reserved(self)

    def match(self, path_pattern):
        """Whether the path matches the glob-style pattern, from the right."""
        syntax = self._syntax
        fold = syntax.fold
        drive, root, names = syntax.parse((path_pattern,))
        if not drive and not root and not names:
            raise ValueError("empty pattern")
        if drive and fold(drive) != fold(self._drive):
            return False
        if root and root != fold(self._root):
            return False
        mine = self._key()
        anchored = bool(drive or root)
        if anchored:
            # The anchor was checked above; the names must match one for one.
            if len(names) + 1 != len(mine):
                return False
        elif len(names) > len(mine):
            return False
        for have, pattern in zip(reversed(mine), reversed(names)):
            if not fnmatch.fnmatchcase(have, fold(pattern)):
                return False
        return True


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """A pure path in POSIX spelling."""

    __slots__ = ()
    _syntax = _posix_syntax


class PureWindowsPath(PurePath):
    """A pure path in Windows spelling."""

    __slots__ = ()
    _syntax = _windows_syntax


# --- concrete paths ----------------------------------------------------------

_MISSING_ERRNOS = frozenset([errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP])


def _absent(exc):
    return getattr(exc, "errno", None) in _MISSING_ERRNOS


def _lookup_name(table, number, missing):
    try:
        with open(table, encoding="utf-8", errors="replace") as listing:
            for line in listing:
                fields = line.rstrip("\n").split(":")
                if len(fields) > 2 and fields[2] == str(number):
                    return fields[0]
    except OSError:
        pass
    raise KeyError("%s: %d" % (missing, number))


def _is_magic(part):
    return any(c in part for c in "*?[")


class Path(PurePath):
    """A path on the running system, with filesystem operations."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == "nt" else PosixPath
        self = cls._parse_new(args)
        if not self._syntax.native:
            raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
        return self

    def _child(self, name):
        return self._derive(self._drive, self._root, self._names + [name])

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        pass

    # Where we are.

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls("~").expanduser()

    def absolute(self):
        """The path made absolute against the working directory (no
        normalisation, symlinks untouched)."""
        if self.is_absolute():
            return self
        return type(self)._parse_new((os.getcwd(),) + self.parts)

    def resolve(self, strict=False):
        """The absolute path with symlinks and '..' resolved. With strict,
        a missing path raises."""

        def refuse_loop(exc):
            if getattr(exc, "errno", None) == errno.ELOOP:
                raise RuntimeError("Symlink loop from %r" % (exc.filename,))

        try:
            text = os.path.realpath(self, strict=strict)
        except OSError as exc:
            refuse_loop(exc)
            raise
        resolved = type(self)._parse_new((text,))
        if not strict:
            try:
                resolved.stat()
            except OSError as exc:
                refuse_loop(exc)
        return resolved

    def expanduser(self):
        """The path with a leading ~ or ~user expanded."""
        if not (self._drive or self._root) and self._names and self._names[0][:1] == "~":
            home = os.path.expanduser(self._names[0])
            if home[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return type(self)._parse_new((home,) + tuple(self._names[1:]))
        return self

    def samefile(self, other_path):
        """Whether other_path names the same file as this path."""
        mine = self.stat()
        try:
            theirs = other_path.stat()
        except AttributeError:
            theirs = self.__class__(other_path).stat()
        return os.path.samestat(mine, theirs)

    # Listing.

    def iterdir(self):
        """Yield the entries of the directory ('.' and '..' left out)."""
        for name in os.listdir(self):
            yield self._child(name)

    def _pattern_names(self, pattern):
        syntax = self._syntax
        drive, root, names = syntax.parse((pattern,))
        if drive or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] in (syntax.sep, syntax.altsep):
            names.append("")
        return names

    def glob(self, pattern):
        """Yield the existing paths below this one matching pattern."""
        audit = getattr(sys, "audit", None)
        if audit is not None:
            audit("pathlib.Path.glob", self, pattern)
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        names = self._pattern_names(pattern)
        if not names:
            raise IndexError("tuple index out of range")
        return self._walk_pattern(names)

    def rglob(self, pattern):
        """glob() with '**/' put in front of the pattern."""
        audit = getattr(sys, "audit", None)
        if audit is not None:
            audit("pathlib.Path.rglob", self, pattern)
        names = self._pattern_names(pattern)
        return self._walk_pattern(["**"] + names)

    def _walk_pattern(self, names):
        for part in names:
            if "**" in part and part != "**":
                raise ValueError("Invalid pattern: '**' can only be an entire path component")
        fold = self._syntax.fold
        folded = [fold(part) for part in names]

        def entries(path, dirs_only):
            try:
                with os.scandir(path) as listing:
                    found = list(listing)
            except PermissionError:
                return
            for entry in found:
                if dirs_only:
                    try:
                        if not entry.is_dir():
                            continue
                    except OSError:
                        continue
                yield entry

        def subdirs(path):
            yield path
            try:
                with os.scandir(path) as listing:
                    found = list(listing)
            except PermissionError:
                return
            for entry in found:
                try:
                    deeper = entry.is_dir(follow_symlinks=False)
                except OSError:
                    deeper = False
                if deeper:
                    yield from subdirs(path._child(entry.name))

        def select(path, index):
            if index == len(names):
                yield path
                return
            part = names[index]
            more = index + 1 < len(names)
            if part == "**":
                seen = set()
                for base in subdirs(path):
                    for found in select(base, index + 1):
                        if found not in seen:
                            seen.add(found)
                            yield found
            elif part == "":
                if path.is_dir():
                    yield from select(path, index + 1)
            elif _is_magic(part):
                pattern = folded[index]
                for entry in entries(path, more):
                    if fnmatch.fnmatchcase(fold(entry.name), pattern):
                        yield from select(path._child(entry.name), index + 1)
            else:
                child = path._child(part)
                if child.is_dir() if more else child.exists():
                    yield from select(child, index + 1)

        if not self.is_dir():
            return
        yield from select(self, 0)

    # Status.

    def stat(self, *, follow_symlinks=True):
        """os.stat() of the path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """os.lstat() of the path (a symlink itself, not its target)."""
        return self.stat(follow_symlinks=False)

    def owner(self):
        """The user name owning the file."""
        return _lookup_name("/etc/passwd", self.stat().st_uid, "getpwuid(): uid not found")

    def group(self):
        """The group name owning the file."""
        return _lookup_name("/etc/group", self.stat().st_gid, "getgrgid(): gid not found")

    def _mode_or_none(self, follow=True):
        try:
            return self.stat(follow_symlinks=follow).st_mode
        except OSError as exc:
            if not _absent(exc):
                raise
            return None
        except ValueError:
            return None

    def exists(self):
        """Whether the path exists (following symlinks)."""
        return self._mode_or_none() is not None

    def _mode_is(self, test, follow=True):
        mode = self._mode_or_none(follow)
        return mode is not None and test(mode)

    def is_dir(self):
        """Whether the path is a directory (following symlinks)."""
        return self._mode_is(stat.S_ISDIR)

    def is_file(self):
        """Whether the path is a regular file (following symlinks)."""
        return self._mode_is(stat.S_ISREG)

    def is_symlink(self):
        """Whether the path is a symbolic link."""
        return self._mode_is(stat.S_ISLNK, False)

    def is_block_device(self):
        """Whether the path is a block device."""
        return self._mode_is(stat.S_ISBLK)

    def is_char_device(self):
        """Whether the path is a character device."""
        return self._mode_is(stat.S_ISCHR)

    def is_fifo(self):
        """Whether the path is a FIFO."""
        return self._mode_is(stat.S_ISFIFO)

    def is_socket(self):
        """Whether the path is a socket."""
        return self._mode_is(stat.S_ISSOCK)

    def is_mount(self):
        """Whether the path is a mount point."""
        if not self.exists() or not self.is_dir():
            return False
        try:
            above = self.parent.stat()
        except OSError:
            return False
        here = self.stat()
        if here.st_dev != above.st_dev:
            return True
        return here.st_ino == above.st_ino

    # Contents.

    def open(self, mode="r", buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file, as the builtin open() does."""
        if "b" not in mode and hasattr(io, "text_encoding"):
            encoding = io.text_encoding(encoding)
        return io.open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The whole file as bytes."""
        with self.open(mode="rb") as handle:
            return handle.read()

    def read_text(self, encoding=None, errors=None):
        """The whole file as text."""
        if hasattr(io, "text_encoding"):
            encoding = io.text_encoding(encoding)
        with self.open(mode="r", encoding=encoding, errors=errors) as handle:
            return handle.read()

    def write_bytes(self, data):
        """Replace the file's contents with data (bytes-like); returns the count."""
        if not isinstance(data, bytes):
            if type(data).__name__ not in ("bytearray", "memoryview", "array"):
                raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                                % type(data).__name__)
            data = bytes(data)
        with self.open(mode="wb") as handle:
            return handle.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replace the file's contents with the text data; returns the count."""
        if not isinstance(data, str):
            raise TypeError("data must be str, not %s" % data.__class__.__name__)
        if hasattr(io, "text_encoding"):
            encoding = io.text_encoding(encoding)
        with self.open(mode="w", encoding=encoding, errors=errors, newline=newline) as handle:
            return handle.write(data)

    def readlink(self):
        """The path a symbolic link points to."""
        if not hasattr(os, "readlink"):
            raise NotImplementedError("os.readlink() not available on this system")
        return type(self)._parse_new((os.readlink(self),))

    # Changing the filesystem.

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file, or update its times when it exists."""
        refreshed = False
        if exist_ok:
            try:
                os.utime(self, None)
                refreshed = True
            except OSError:
                refreshed = False
        if not refreshed:
            exclusive = 0 if exist_ok else os.O_EXCL
            fd = os.open(self, os.O_WRONLY | os.O_CREAT | exclusive, mode)
            os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the directory (and, with parents, missing ancestors)."""
        missing = []
        try:
            os.mkdir(self, mode)
            return
        except FileNotFoundError as exc:
            if not parents or self.parent == self:
                raise
            missing.append(exc)
        except OSError:
            if exist_ok and self.is_dir():
                return
            raise
        # Some ancestor is missing: make the chain first, then retry.
        self.parent.mkdir(parents=True, exist_ok=True)
        self.mkdir(mode, parents=False, exist_ok=exist_ok)

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permission bits."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """chmod() applied to a symlink itself."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file or link; missing_ok tolerates its absence."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove the (empty) directory."""
        os.rmdir(self)

    def rename(self, target):
        """Rename to target; returns the new path."""
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """Rename to target, replacing it when it exists; returns the new path."""
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to target."""
        if not hasattr(os, "symlink"):
            raise NotImplementedError("os.symlink() not available on this system")
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link to target."""
        if not hasattr(os, "link"):
            raise NotImplementedError("os.link() not available on this system")
        os.link(target, self)

    def link_to(self, target):
        """Make target a hard link to this path (deprecated)."""
        try:
            import warnings
        except ImportError:
            pass
        else:
            warnings.warn("pathlib.Path.link_to() is deprecated and is scheduled for "
                          "removal in Python 3.12. Use pathlib.Path.hardlink_to() instead.",
                          DeprecationWarning, stacklevel=2)
        self.__class__(target).hardlink_to(self)


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""

    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """A concrete path on Windows."""

    __slots__ = ()

    def is_mount(self):
        raise NotImplementedError("Path.is_mount() is unsupported on this system")

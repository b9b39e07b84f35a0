"""High-level file operations: copying files and trees, moving, removing
trees, finding programs on PATH, and a registry for archive formats.

coil has no tarfile or zipfile, so no archive format is built in; formats
registered with register_archive_format()/register_unpack_format() work.
"""

import errno
import fnmatch
import os
import stat
import sys

__all__ = [
    "copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
    "copytree", "move", "rmtree", "Error", "SpecialFileError", "ExecError",
    "make_archive", "get_archive_formats", "register_archive_format",
    "unregister_archive_format", "get_unpack_formats", "register_unpack_format",
    "unregister_unpack_format", "unpack_archive", "ignore_patterns", "chown",
    "which", "get_terminal_size", "SameFileError",
]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when asked to copy a special file such as a named pipe."""


class ExecError(OSError):
    """Raised when a command could not be executed."""


class ReadError(OSError):
    """Raised when an archive cannot be read."""


class RegistryError(Exception):
    """Raised when registering an archive format fails."""


def _audit(event, *args):
    hook = getattr(sys, "audit", None)
    if hook is not None:
        hook(event, *args)


# --- copying file data ---------------------------------------------------------


def copyfileobj(fsrc, fdst, length=0):
    """Copy everything readable from fsrc into fdst, length bytes at a time."""
    size = length or COPY_BUFSIZE
    read = fsrc.read
    write = fdst.write
    while True:
        chunk = read(size)
        if not chunk:
            return
        write(chunk)


def _is_entry(path):
    return isinstance(path, os.DirEntry)


def _stat_of(path):
    return path.stat() if _is_entry(path) else os.stat(path)


def _is_link(path):
    return path.is_symlink() if _is_entry(path) else os.path.islink(path)


def _same_file(src, dst):
    try:
        if _is_entry(src):
            return os.path.samestat(src.stat(), os.stat(dst))
        return os.path.samefile(src, dst)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the data of src to dst (not permissions); returns dst."""
    _audit("shutil.copyfile", src, dst)
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for path in (src, dst):
        try:
            info = _stat_of(path)
        except OSError:
            continue
        if stat.S_ISFIFO(info.st_mode):
            shown = path.path if _is_entry(path) else path
            raise SpecialFileError("`%s` is a named pipe" % shown)
    if not follow_symlinks and _is_link(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, "rb") as reader:
        try:
            writer = open(dst, "wb")
        except IsADirectoryError as exc:
            if os.path.exists(dst):
                raise
            raise FileNotFoundError(f"Directory does not exist: {dst}") from exc
        with writer:
            copyfileobj(reader, writer)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copy the permission bits of src to dst."""
    _audit("shutil.copymode", src, dst)
    if not follow_symlinks and _is_link(src) and os.path.islink(dst):
        if not hasattr(os, "lchmod"):
            return
        info = os.lstat(src)
        os.lchmod(dst, stat.S_IMODE(info.st_mode))
        return
    info = _stat_of(src)
    os.chmod(dst, stat.S_IMODE(info.st_mode))


def _unsupported(exc):
    return isinstance(exc, NotImplementedError) or (
        isinstance(exc, OSError) and exc.errno in (errno.ENOTSUP, errno.EOPNOTSUPP))


def copystat(src, dst, *, follow_symlinks=True):
    """Copy permission bits, access and modification times (and flags) of
    src to dst. With follow_symlinks false and both paths symlinks, the
    links themselves are changed where the system allows it."""
    _audit("shutil.copystat", src, dst)
    follow = follow_symlinks or not (_is_link(src) and os.path.islink(dst))

    def usable(name):
        func = getattr(os, name, None)
        if func is None or (not follow and func not in os.supports_follow_symlinks):
            return None
        return func

    if _is_entry(src):
        info = src.stat(follow_symlinks=follow)
    else:
        stat_func = usable("stat")
        if stat_func is None:
            return
        info = stat_func(src, follow_symlinks=follow)
    utime = usable("utime")
    if utime is not None:
        utime(dst, ns=(info.st_atime_ns, info.st_mtime_ns), follow_symlinks=follow)
    chmod = usable("chmod")
    if chmod is not None:
        try:
            chmod(dst, stat.S_IMODE(info.st_mode), follow_symlinks=follow)
        except (NotImplementedError, OSError) as exc:
            if not _unsupported(exc):
                raise
    flags = getattr(info, "st_flags", None)
    chflags = usable("chflags")
    if flags is not None and chflags is not None:
        try:
            chflags(dst, flags, follow_symlinks=follow)
        except OSError as exc:
            if exc.errno not in (errno.ENOTSUP, errno.EOPNOTSUPP):
                raise


def _into_dir(src, dst):
    """dst, or dst/<name of src> when dst is an existing directory."""
    return os.path.join(dst, os.path.basename(src)) if os.path.isdir(dst) else dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits; dst may be a directory. Returns the
    path written."""
    target = _into_dir(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copymode(src, target, follow_symlinks=follow_symlinks)
    return target


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy(), but also copies the times (copystat)."""
    target = _into_dir(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copystat(src, target, follow_symlinks=follow_symlinks)
    return target


# --- trees -------------------------------------------------------------------


def ignore_patterns(*patterns):
    """An `ignore` callable for copytree() leaving out names matching any
    of the glob-style patterns."""

    def names_to_skip(path, names):
        skipped = set()
        for pattern in patterns:
            skipped.update(fnmatch.filter(names, pattern))
        return skipped

    return names_to_skip


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree at src to dst; returns dst.

    Symlinks are copied as links when symlinks is true, else what they point
    to is copied. ignore(src, names) returns names to leave out. Failures are
    gathered and raised together as Error([(src, dst, reason), ...])."""
    _audit("shutil.copytree", src, dst)
    with os.scandir(src) as listing:
        entries = list(listing)
    if ignore is None:
        skipped = ()
    else:
        skipped = ignore(os.fspath(src), [entry.name for entry in entries])
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    problems = []
    options = (symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
    for entry in entries:
        if entry.name in skipped:
            continue
        source = os.path.join(src, entry.name)
        target = os.path.join(dst, entry.name)
        try:
            _copy_tree_entry(entry, source, target, options)
        except Error as exc:
            problems.extend(exc.args[0])
        except OSError as exc:
            problems.append((source, target, str(exc)))
    try:
        copystat(src, dst)
    except OSError as exc:
        if getattr(exc, "winerror", None) is None:
            problems.append((src, dst, str(exc)))
    if problems:
        raise Error(problems)
    return dst


def _copy_tree_entry(entry, source, target, options):
    symlinks, ignore, copy_function, ignore_dangling, dirs_exist_ok = options
    if entry.is_symlink():
        points_to = os.readlink(source)
        if symlinks:
            os.symlink(points_to, target)
            copystat(source, target, follow_symlinks=False)
            return
        if ignore_dangling and not os.path.exists(points_to):
            return
    if entry.is_dir():
        copytree(source, target, symlinks, ignore, copy_function, ignore_dangling, dirs_exist_ok)
    else:
        copy_function(source, target)


def _report(onerror, func, path):
    if onerror is None:
        raise
    onerror(func, path, sys.exc_info())


def _remove_contents(path, onerror):
    try:
        with os.scandir(path) as listing:
            entries = list(listing)
    except OSError:
        _report(onerror, os.scandir, path)
        entries = []
    for entry in entries:
        child = os.path.join(path, entry.name)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if is_dir:
            _remove_contents(child, onerror)
            try:
                os.rmdir(child)
            except OSError:
                _report(onerror, os.rmdir, child)
        else:
            try:
                os.unlink(child)
            except OSError:
                _report(onerror, os.unlink, child)


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Delete the directory tree at path (a symlink to a directory is refused).

    With ignore_errors, failures are ignored; otherwise onerror(func, path,
    exc_info) is called for each, or the error is raised when onerror is None."""
    _audit("shutil.rmtree", path, dir_fd)
    if ignore_errors:
        def onerror(*args):
            pass
    if dir_fd is not None:
        base = os.readlink("/proc/self/fd/%d" % dir_fd)
        path = os.path.join(base, os.fspath(path))
    try:
        info = os.lstat(path)
    except OSError:
        _report(onerror, os.lstat, path)
        return
    try:
        if stat.S_ISLNK(info.st_mode):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        _report(onerror, os.path.islink, path)
        return
    _remove_contents(path, onerror)
    try:
        os.rmdir(path)
    except OSError:
        _report(onerror, os.rmdir, path)


# Removal goes by path names, not by directory descriptors.
rmtree.avoids_symlink_attacks = False


# --- moving ------------------------------------------------------------------


def _last_name(path):
    trimmed = path.rstrip(os.sep + (os.altsep or ""))
    return os.path.basename(trimmed)


def _inside(src, dst):
    """Whether dst lies within (or is) the directory src."""
    outer = os.path.join(os.path.abspath(src), "")
    inner = os.path.join(os.path.abspath(dst), "")
    return inner.startswith(outer)


def move(src, dst, copy_function=copy2):
    """Move a file or tree to dst (into it, when dst is a directory); returns
    the final path. Falls back to copy-and-delete across filesystems."""
    _audit("shutil.move", src, dst)
    final = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            os.rename(src, dst)
            return None
        final = os.path.join(dst, _last_name(os.fspath(src)))
        if os.path.exists(final):
            raise Error("Destination path '%s' already exists" % final)
    try:
        os.rename(src, final)
        return final
    except OSError:
        pass
    if os.path.islink(src):
        target = os.readlink(src)
        os.symlink(target, final)
        os.unlink(src)
    elif os.path.isdir(src):
        if _inside(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, final, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, final)
        os.unlink(src)
    return final


# --- owners, programs, terminal ------------------------------------------------


def _find_id(table, name):
    try:
        with open(table, encoding="utf-8", errors="replace") as listing:
            for line in listing:
                fields = line.rstrip("\n").split(":")
                if len(fields) > 2 and fields[0] == name:
                    return int(fields[2])
    except (OSError, ValueError):
        pass
    return None


def chown(path, user=None, group=None):
    """Change the owner and/or group of path (names or numeric ids)."""
    _audit("shutil.chown", path, user, group)
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    uid = gid = -1
    if user is not None:
        uid = user if isinstance(user, int) else _find_id("/etc/passwd", user)
        if uid is None:
            raise LookupError("no such user: {!r}".format(user))
    if group is not None:
        gid = group if isinstance(group, int) else _find_id("/etc/group", group)
        if gid is None:
            raise LookupError("no such group: {!r}".format(group))
    changer = getattr(os, "chown", None)
    if changer is None:
        raise NotImplementedError("chown: os.chown is not available")
    changer(path, uid, gid)


if hasattr(os, "statvfs"):
    from collections import namedtuple as _namedtuple

    _ntuple_diskusage = _namedtuple("usage", "total used free")

    def disk_usage(path):
        """Total, used and free space on the filesystem holding path, in bytes."""
        info = os.statvfs(path)
        free = info.f_bavail * info.f_frsize
        total = info.f_blocks * info.f_frsize
        used = (info.f_blocks - info.f_bfree) * info.f_frsize
        return _ntuple_diskusage(total, used, free)
    __all__.append("disk_usage")


def _runnable(candidate, mode):
    return (os.path.exists(candidate) and os.access(candidate, mode)
            and not os.path.isdir(candidate))


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program cmd found on PATH (or path), or None."""
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    if isinstance(cmd, bytes):
        folders = os.fsencode(path).split(os.fsencode(os.pathsep))
    else:
        folders = os.fsdecode(path).split(os.pathsep)
    visited = set()
    for folder in folders:
        key = os.path.normcase(folder)
        if key in visited:
            continue
        visited.add(key)
        candidate = os.path.join(folder, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size: $COLUMNS/$LINES first, then the terminal on
    sys.__stdout__, then fallback."""

    def from_env(name):
        try:
            return int(os.environ[name])
        except (KeyError, ValueError):
            return 0

    columns = from_env("COLUMNS")
    lines = from_env("LINES")
    if columns <= 0 or lines <= 0:
        try:
            measured = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            measured = os.terminal_size(fallback)
        if columns <= 0:
            columns = measured.columns or fallback[0]
        if lines <= 0:
            lines = measured.lines or fallback[1]
    return os.terminal_size((columns, lines))


# --- archive format registry ----------------------------------------------------

_archivers = {}
_unpackers = {}


def _check_extra(extra_args):
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError("extra_args needs to be a sequence")
    for item in extra_args:
        if not isinstance(item, (tuple, list)) or len(item) != 2:
            raise TypeError("extra_args elements are : (arg_name, value)")


def get_archive_formats():
    """(name, description) of every registered archive format, sorted."""
    return sorted((name, info[2]) for name, info in _archivers.items())


def register_archive_format(name, function, extra_args=None, description=""):
    """Register function(base_name, base_dir, **kwargs) as archive format name."""
    if extra_args is None:
        extra_args = []
    if not callable(function):
        raise TypeError("The %s object is not callable" % function)
    _check_extra(extra_args)
    _archivers[name] = (function, extra_args, description)


def unregister_archive_format(name):
    del _archivers[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    """Create an archive with a registered format; returns its file name."""
    _audit("shutil.make_archive", base_name, format, root_dir, base_dir)
    try:
        function, extra_args, _ = _archivers[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format) from None
    kwargs = {"dry_run": dry_run, "logger": logger}
    kwargs.update(dict(extra_args))
    if format != "zip":
        kwargs["owner"] = owner
        kwargs["group"] = group
    if base_dir is None:
        base_dir = os.curdir
    previous = None
    if root_dir is not None:
        previous = os.getcwd()
        base_name = os.path.abspath(os.fspath(base_name))
        if not dry_run:
            os.chdir(root_dir)
    try:
        return function(base_name, base_dir, **kwargs)
    finally:
        if previous is not None:
            os.chdir(previous)


def get_unpack_formats():
    """(name, extensions, description) of every registered unpack format."""
    return sorted((name, info[0], info[3]) for name, info in _unpackers.items())


def register_unpack_format(name, extensions, function, extra_args=None, description=""):
    """Register function(filename, extract_dir, **kwargs) for the extensions."""
    if extra_args is None:
        extra_args = []
    owners = {}
    for other, info in _unpackers.items():
        for ext in info[0]:
            owners[ext] = other
    for ext in extensions:
        if ext in owners:
            raise RegistryError('%s is already registered for "%s"' % (ext, owners[ext]))
    if not callable(function):
        raise TypeError("The registered function must be a callable")
    _unpackers[name] = (extensions, function, extra_args, description)


def unregister_unpack_format(name):
    del _unpackers[name]


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Unpack an archive with a registered format (named or guessed from
    the file name's extension)."""
    _audit("shutil.unpack_archive", filename, extract_dir, format)
    extract_dir = os.getcwd() if extract_dir is None else os.fspath(extract_dir)
    filename = os.fspath(filename)
    kwargs = {} if filter is None else {"filter": filter}
    if format is not None:
        try:
            info = _unpackers[format]
        except KeyError:
            raise ValueError("Unknown unpack format '{0}'".format(format)) from None
    else:
        info = None
        for candidate in _unpackers.values():
            if any(filename.endswith(ext) for ext in candidate[0]):
                info = candidate
                break
        if info is None:
            raise ReadError("Unknown archive format '{0}'".format(filename))
    kwargs.update(dict(info[2]))
    info[1](filename, extract_dir, **kwargs)

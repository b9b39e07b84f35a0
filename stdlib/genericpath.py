"""Path functions that do not depend on the path syntax: whether a path
exists and what kind of file it names, its size and times, and the longest
common prefix of several paths."""

import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'samefile', 'sameopenfile',
           'samestat']


def _stat_or_none(path, follow=True):
    """The stat of path, or None when it cannot be had (missing, bad name)."""
    try:
        return os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return None


def exists(path):
    """Whether path names an existing file (False for a dangling link)."""
    return _stat_or_none(path) is not None


def isfile(path):
    """Whether path names a regular file (following links)."""
    st = _stat_or_none(path)
    return st is not None and stat.S_ISREG(st.st_mode)


def isdir(s):
    """Whether s names a directory (following links)."""
    st = _stat_or_none(s)
    return st is not None and stat.S_ISDIR(st.st_mode)


def getsize(filename):
    """The size of the file in bytes."""
    return os.stat(filename).st_size


def getmtime(filename):
    """When the file was last changed, in seconds since the epoch."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """When the file was last read, in seconds since the epoch."""
    return os.stat(filename).st_atime


def getctime(filename):
    """When the file's metadata last changed, in seconds since the epoch."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    """The longest string (compared item by item) that every path in m starts with."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(os.fspath(p) for p in m)
    shortest = min(m)
    longest = max(m)
    # The smallest and largest in sort order differ first where any pair does.
    for i, item in enumerate(shortest):
        if item != longest[i]:
            return shortest[:i]
    return shortest


def samestat(s1, s2):
    """Whether two stat results describe the same file."""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Whether two paths name the same file."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Whether two open descriptors refer to the same file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _split_extension(p, sep, altsep, extsep):
    """(root, ext) of p, the extension starting at the last extsep of the
    last component unless that component is all leading dots before it."""
    cut = p.rfind(sep)
    if altsep:
        cut = max(cut, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > cut:
        # A name such as '.bashrc' or '..x' has no extension.
        start = cut + 1
        while start < dot:
            if p[start:start + 1] != extsep:
                return p[:dot], p[dot:]
            start += 1
    return p, p[:0]


def _same_kind(funcname, *args):
    """TypeError unless the args are all str or all bytes (after fspath)."""
    kinds = set()
    for a in args:
        if isinstance(a, str):
            kinds.add(str)
        elif isinstance(a, bytes):
            kinds.add(bytes)
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {type(a).__name__!r}') from None
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None


# Imported last: os imports posixpath, which takes these functions from here;
# when this module is imported first, they must exist by then.
import os

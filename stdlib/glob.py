"""Pathname expansion with shell wildcards.

glob() and iglob() return the paths matching a pattern, in the order the
directory listings come back (not sorted). '*', '?' and '[...]' match within
one path component, as fnmatch does; with recursive=True a component that is
exactly '**' matches any number of directory levels, including none. Names
starting with '.' are matched only by pattern components that start with '.'
unless include_hidden is true.
"""

import os
import sys
import fnmatch

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return the list of paths matching pathname (see the module doc)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Like glob(), but yields the paths one at a time."""
    audit = getattr(sys, "audit", None)
    if audit is not None:
        audit("glob.glob", pathname, recursive)
        audit("glob.glob/2", pathname, recursive, root_dir, dir_fd)
    # Like CPython, the pattern itself must be str or bytes (slicing it
    # is what rejects other objects).
    starts = pathname[:2]
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    if dir_fd is not None:
        base = os.readlink("/proc/self/fd/%d" % dir_fd)
        if isinstance(pathname, bytes):
            base = os.fsencode(base)
        root_dir = base if root_dir is None else os.path.join(base, root_dir)
    finder = _Finder(pathname, root_dir, recursive, include_hidden)
    results = finder.expand(pathname, False)
    if not pathname or (recursive and _is_double_star(starts)):
        # These patterns produce the starting directory itself (as an empty
        # name) first; that is not a result.
        first = next(results, None)
        if first is None:
            return iter(())
        if first:
            return _prepend(first, results)
    return results


def _prepend(item, rest):
    yield item
    yield from rest


_MAGIC = frozenset("*?[")


def has_magic(s):
    if isinstance(s, bytes):
        return any(b in b"*?[" for b in s)
    return any(c in _MAGIC for c in s)


def _is_double_star(part):
    return part == b"**" if isinstance(part, bytes) else part == "**"


def _is_hidden(name):
    return name[:1] in (".", b".")


def _join(head, tail):
    if not head or not tail:
        return head or tail
    return os.path.join(head, tail)


class _Finder:
    """Carries the options of one glob call through the recursion."""

    def __init__(self, pattern, root_dir, recursive, include_hidden):
        self.root = root_dir
        self.recursive = recursive
        self.hidden = include_hidden
        self.empty = pattern[:0]

    # Filesystem access, relative to root_dir when one was given.

    def _real(self, path):
        if self.root is None:
            return path
        return _join(self.root, path)

    def _lexists(self, path):
        real = self._real(path)
        return bool(real) and os.path.lexists(real)

    def _isdir(self, path):
        real = self._real(path)
        return bool(real) and os.path.isdir(real)

    def _entries(self, dirname, dirs_only):
        """Names in dirname (the current directory when empty)."""
        where = self._real(dirname)
        if not where:
            where = os.curdir if isinstance(dirname, str) else os.fsencode(os.curdir)
        names = []
        try:
            with os.scandir(where) as listing:
                for entry in listing:
                    if dirs_only:
                        try:
                            if not entry.is_dir():
                                continue
                        except OSError:
                            continue
                    names.append(entry.name)
        except OSError:
            return []
        return names

    # Expansion.

    def expand(self, pattern, dirs_only):
        head, tail = os.path.split(pattern)
        if not has_magic(pattern):
            if tail:
                if self._lexists(pattern):
                    yield pattern
            elif self._isdir(head):
                yield pattern
            return
        if not head:
            yield from self._in_dir(head, tail, dirs_only)
            return
        if head != pattern and has_magic(head):
            parents = self.expand(head, True)
        else:
            parents = [head]
        for parent in parents:
            for name in self._in_dir(parent, tail, dirs_only):
                yield os.path.join(parent, name)

    def _in_dir(self, dirname, part, dirs_only):
        """Names in dirname matching one pattern component."""
        if has_magic(part):
            if self.recursive and _is_double_star(part):
                return self._deep(dirname, dirs_only)
            return self._matching(dirname, part, dirs_only)
        if not part:
            return [part] if self._isdir(dirname) else []
        return [part] if self._lexists(_join(dirname, part)) else []

    def _matching(self, dirname, part, dirs_only):
        names = self._entries(dirname, dirs_only)
        if not (self.hidden or _is_hidden(part)):
            names = [n for n in names if not _is_hidden(n)]
        return fnmatch.filter(names, part)

    def _deep(self, dirname, dirs_only):
        """'' (the directory itself), then everything below it."""
        if dirname and not self._isdir(dirname):
            return
        yield self.empty
        yield from self._below(dirname, self.empty, dirs_only)

    def _below(self, dirname, prefix, dirs_only):
        for name in self._entries(dirname, dirs_only):
            if not self.hidden and _is_hidden(name):
                continue
            rel = _join(prefix, name)
            yield rel
            inner = _join(dirname, name)
            if dirs_only or self._isdir(inner):
                yield from self._below(inner, rel, dirs_only)


def escape(pathname):
    """Escape the wildcard characters of pathname (drive left as is)."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        pieces = []
        for code in rest:
            ch = bytes([code])
            pieces.append(b"[" + ch + b"]" if ch in (b"*", b"?", b"[") else ch)
        return drive + b"".join(pieces)
    return drive + "".join("[" + c + "]" if c in _MAGIC else c for c in rest)

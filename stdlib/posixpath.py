"""Path names as POSIX systems write them: '/' separates components, a
leading '/' makes a path absolute. Every function takes str or bytes (or an
os.PathLike) and answers in the same type. Imported as os.path."""

import os
import stat
import genericpath
from genericpath import *

# The spelling of paths on POSIX systems.
sep, pathsep, extsep = '/', ':', '.'
curdir, pardir = '.', '..'
altsep = None
devnull = '/dev/null'
defpath = '/bin:/usr/bin'
supports_unicode_filenames = False

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir",
           "isfile", "ismount", "expanduser", "expandvars", "normpath",
           "abspath", "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep",
           "extsep", "devnull", "realpath", "supports_unicode_filenames",
           "relpath", "commonpath"]


def _seps(p):
    """The separator, current and parent names in the type of p."""
    if isinstance(p, bytes):
        return b'/', b'.', b'..'
    return '/', '.', '..'


def normcase(s):
    """s unchanged: POSIX names are case-sensitive."""
    return os.fspath(s)


def isabs(s):
    """Whether s is absolute (starts with '/')."""
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """The components joined with '/'; an absolute one drops what came before."""
    a = os.fspath(a)
    slash = _seps(a)[0]
    out = a
    try:
        for part in map(os.fspath, p):
            if part.startswith(slash):
                out = part
            elif not out or out.endswith(slash):
                out = out + part
            else:
                out = out + slash + part
    except (TypeError, AttributeError):
        genericpath._same_kind('join', a, *p)
        raise
    return out


def split(p):
    """(head, tail): tail is the last component, head the rest without trailing '/'."""
    p = os.fspath(p)
    slash = _seps(p)[0]
    cut = p.rfind(slash) + 1
    head, tail = p[:cut], p[cut:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    """(root, ext) where ext is the last extension of the last component, or empty."""
    p = os.fspath(p)
    slash = _seps(p)[0]
    dot = b'.' if isinstance(p, bytes) else '.'
    return genericpath._split_extension(p, slash, None, dot)


def splitdrive(p):
    """(drive, path): POSIX has no drives, so drive is always empty."""
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    """The last component of p."""
    p = os.fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    """Everything before the last component of p, without trailing '/'."""
    p = os.fspath(p)
    slash = _seps(p)[0]
    head = p[:p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def islink(path):
    """Whether path is a symbolic link."""
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def lexists(path):
    """Whether path exists, counting dangling symbolic links."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def ismount(path):
    """Whether path is a mount point: its parent is on another device, or is itself."""
    try:
        st = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(st.st_mode):
        return False
    path = os.fspath(path)
    slash, here, up = _seps(path)
    parent = realpath(join(path, up))
    try:
        above = os.lstat(parent)
    except (OSError, ValueError):
        return False
    if st.st_dev != above.st_dev:
        return True
    return st.st_ino == above.st_ino


def expanduser(path):
    """path with a leading '~' replaced by the home directory ($HOME)."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    tilde = b'~' if is_bytes else '~'
    if not path.startswith(tilde):
        return path
    slash = _seps(path)[0]
    end = path.find(slash, 1)
    if end < 0:
        end = len(path)
    if end != 1:
        # '~user': no password database here; leave it as written.
        return path
    home = os.environ.get('HOME')
    if home is None:
        return path
    if is_bytes:
        home = os.fsencode(home)
    home = home.rstrip(slash)
    return (home + path[end:]) or slash


def _is_name_char(c):
    return c == '_' or ('0' <= c <= '9') or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def expandvars(path):
    """path with $name and ${name} replaced by environment variables; unknown ones stay."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        text = path.decode('latin-1')
        return _expand(text, os.environb, True).encode('latin-1')
    if '$' not in path:
        return path
    return _expand(path, os.environ, False)


def _expand(text, env, is_bytes):
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == '{':
            close = text.find('}', i + 2)
            if close < 0:
                out.append(c)
                i += 1
                continue
            name = text[i + 2:close]
            end = close + 1
        else:
            end = i + 1
            while end < n and _is_name_char(text[end]):
                end += 1
            name = text[i + 1:end]
            if not name:
                out.append(c)
                i += 1
                continue
        key = name.encode('latin-1') if is_bytes else name
        if key in env:
            value = env[key]
            out.append(value.decode('latin-1') if is_bytes else value)
        else:
            out.append(text[i:end])
        i = end
    return ''.join(out)


def normpath(path):
    """path with redundant separators, '.' and 'up' parts ('a/../') removed."""
    path = os.fspath(path)
    slash, here, up = _seps(path)
    if not path:
        return here
    lead = 0
    if path.startswith(slash):
        # POSIX lets exactly two leading slashes mean something else; keep them.
        lead = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    kept = []
    for part in path.split(slash):
        if not part or part == here:
            continue
        if part == up:
            if kept and kept[-1] != up:
                kept.pop()
                continue
            if lead:
                continue
        kept.append(part)
    result = slash * lead + slash.join(kept)
    return result or here


def abspath(path):
    """path made absolute (from the current directory) and normalized."""
    path = os.fspath(path)
    if not isabs(path):
        here = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(here, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The path with every symbolic link resolved. Missing parts are kept as
    written, unless strict, where they (and link loops) raise OSError."""
    filename = os.fspath(filename)
    slash = _seps(filename)[0]
    base = slash if isabs(filename) else (os.getcwdb() if isinstance(filename, bytes) else os.getcwd())
    resolved, finished = _follow(base, filename, strict, {})
    # After a loop the rest is kept as written, then normalized as a whole.
    return resolved if finished else abspath(resolved)


def _follow(base, rest, strict, known):
    """(path, finished): base (absolute, resolved) extended by the parts of
    rest with links resolved; finished is False after a link loop, which
    leaves what follows the loop as written. known maps each link met to
    where it leads (None while it is being resolved)."""
    slash, here, up = _seps(rest)
    if rest.startswith(slash):
        base = slash
    parts = [p for p in rest.split(slash) if p and p != here]
    for i, part in enumerate(parts):
        if part == up:
            base = split(base)[0] or slash
            continue
        candidate = join(base, part)
        if candidate in known:
            target = known[candidate]
            if target is not None:
                base = target
                continue
            if strict:
                os.stat(candidate)
            return join(candidate, *parts[i + 1:]), False
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            base = candidate
            continue
        if not stat.S_ISLNK(st.st_mode):
            base = candidate
            continue
        known[candidate] = None
        base, finished = _follow(base, os.readlink(candidate), strict, known)
        if not finished:
            return join(base, *parts[i + 1:]), False
        known[candidate] = base
    return base, True


def relpath(path, start=None):
    """path relative to start (the current directory by default)."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    if start is None:
        start = _seps(path)[1]
    else:
        start = os.fspath(start)
    try:
        slash, here, up = _seps(path)
        genericpath._same_kind('relpath', path, start)
        from_parts = [p for p in abspath(start).split(slash) if p]
        to_parts = [p for p in abspath(path).split(slash) if p]
        common = 0
        for a, b in zip(from_parts, to_parts):
            if a != b:
                break
            common += 1
        parts = [up] * (len(from_parts) - common) + to_parts[common:]
        if not parts:
            return here
        return join(*parts)
    except (TypeError, AttributeError):
        genericpath._same_kind('relpath', path, start)
        raise


def commonpath(paths):
    """The longest path that every path in paths lies under."""
    paths = tuple(map(os.fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    try:
        slash, here, up = _seps(paths[0])
        genericpath._same_kind('commonpath', *paths)
        absolute = {p.startswith(slash) for p in paths}
        if len(absolute) > 1:
            raise ValueError("Can't mix absolute and relative paths")
        split_paths = [[c for c in p.split(slash) if c and c != here] for p in paths]
        first = min(split_paths)
        last = max(split_paths)
        common = first
        for i, c in enumerate(first):
            if c != last[i]:
                common = first[:i]
                break
        prefix = slash if absolute.pop() else slash[:0]
        return prefix + slash.join(common)
    except (TypeError, AttributeError):
        genericpath._same_kind('commonpath', *paths)
        raise

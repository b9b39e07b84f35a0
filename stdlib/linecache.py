"""Lines of source files, read once and kept in memory.

`cache` maps a file name either to (size, mtime, lines, full path) once the
file is read, or to a one-item tuple holding a function that returns the
source text (registered by `lazycache()` for modules a loader can provide).
Tracebacks and warnings use it to show source lines.
"""

import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forgets every file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (counting from 1) of the file with its newline, or ''."""
    lines = getlines(filename, module_globals)
    if 0 < lineno <= len(lines):
        return lines[lineno - 1]
    return ""


def getlines(filename, module_globals=None):
    """Every line of the file (each ending in a newline); [] if unreadable."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _is_pseudo(filename):
    """True for names such as '<string>' or '<stdin>' that name no file."""
    return not filename or (filename.startswith("<") and filename.endswith(">"))


def checkcache(filename=None):
    """Drops the cached files (or the one named) that changed or vanished
    since they were read. Lazily registered sources are kept."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue
        size, mtime, _, fullname = entry
        if mtime is None:
            continue
        try:
            info = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if (info.st_size, info.st_mtime) != (size, mtime):
            cache.pop(name, None)


def _lines_of(text):
    """Splits source text the way a text file in universal-newline mode reads."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return [line + "\n" for line in lines]


def _cookie(line):
    """The encoding a `# coding: NAME` comment line declares, or None."""
    text = line.lstrip(b" \t\f")
    if not text.startswith(b"#"):
        return None
    for marker in (b"coding:", b"coding="):
        at = text.find(marker)
        if at >= 0:
            rest = text[at + len(marker):].lstrip(b" \t")
            end = 0
            while end < len(rest) and (chr(rest[end]).isalnum() or rest[end] in b"-_."):
                end += 1
            if end:
                return rest[:end].decode("ascii")
    return None


def _decode_source(data):
    """Source bytes as text: a UTF-8 BOM or a coding comment on one of the
    first two lines picks the encoding, UTF-8 otherwise."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    encoding = None
    head = data.split(b"\n", 2)
    for line in head[:2]:
        encoding = _cookie(line)
        if encoding is not None:
            break
        if line.strip() and not line.lstrip().startswith(b"#"):
            break
    if encoding is None:
        encoding = "utf-8"
    try:
        return data.decode(encoding)
    except LookupError:
        raise SyntaxError("unknown encoding: " + encoding) from None


def _from_loader(filename, module_globals):
    """Fills the cache from a lazily registered loader; None if there is none."""
    if not lazycache(filename, module_globals):
        return None
    try:
        text = cache[filename][0]()
    except (ImportError, OSError):
        return None
    if text is None:
        return []
    lines = _lines_of(text)
    cache[filename] = (len(text), None, lines, filename)
    return lines


def _locate(filename):
    """(full path, stat result) of a file, searching sys.path for a
    relative name that does not exist as is; None if nowhere."""
    try:
        return filename, os.stat(filename)
    except OSError:
        pass
    if os.path.isabs(filename):
        return None
    for folder in sys.path:
        if not isinstance(folder, str):
            continue
        candidate = os.path.join(folder, filename)
        try:
            return candidate, os.stat(candidate)
        except (OSError, ValueError):
            continue
    return None


def updatecache(filename, module_globals=None):
    """Reads the file again (or, for a module its loader can give the source
    of, asks the loader), stores its lines and returns them; [] on failure."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        del cache[filename]
    if _is_pseudo(filename):
        return []
    if filename.startswith("<stdlib>/"):
        return _embedded(filename)
    try:
        found = filename, os.stat(filename)
    except OSError:
        found = None
        lines = _from_loader(filename, module_globals)
        if lines is not None:
            return lines
        found = _locate(filename)
        if found is None:
            return []
    fullname, info = found
    try:
        with open(fullname, "rb") as stream:
            data = stream.read()
        lines = _lines_of(_decode_source(data))
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    cache[filename] = (info.st_size, info.st_mtime, lines, fullname)
    return lines


def _embedded(filename):
    """The lines of a module of coil's library, built into the interpreter
    (`<stdlib>/json/decoder.py`); [] when there is none by that name."""
    import _imp
    name = filename[len("<stdlib>/"):]
    if not name.endswith(".py"):
        return []
    name = name[:-3].replace("/", ".")
    if name.endswith(".__init__"):
        name = name[:-len(".__init__")]
    found = _imp.find_source(name, [])
    if found is None:
        return []
    lines = _lines_of(found[1])
    cache[filename] = (len(found[1]), None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    """Registers a way to get a module's source later, from the `__loader__`
    (or `__spec__.loader`) in `module_globals` that has `get_source`.
    True when the file is (now) registered lazily, False otherwise."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if _is_pseudo(filename) or not module_globals:
        return False
    # A non-container raises TypeError here, as in CPython.
    if "__name__" not in module_globals:
        return False
    name = module_globals["__name__"]
    if not name:
        return False
    loader = module_globals.get("__loader__")
    if loader is None:
        loader = getattr(module_globals.get("__spec__"), "loader", None)
    source_of = getattr(loader, "get_source", None)
    if source_of is None:
        return False
    cache[filename] = (lambda: source_of(name),)
    return True

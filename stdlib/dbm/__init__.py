"""Generic front end to the dbm family of database modules.

Use open(file, flag='r', mode=0o666) to get a database object; the module
used is chosen by looking at the files already present (see whichdb()).
Only dbm.dumb is available in this interpreter.
"""

import os
import io
import sys
import struct

__all__ = ['open', 'whichdb', 'error']


class error(Exception):
    pass


# module-specific error classes are OSError, so catch both
error = (error, OSError)

# candidate back ends, most preferred first
_names = ['dbm.gnu', 'dbm.ndbm', 'dbm.dumb']
_modules = {}  # name -> imported back-end module
_defaultmod = None

try:
    from dbm import ndbm
except ImportError:
    ndbm = None


def _first_available():
    global _defaultmod
    if _defaultmod is not None:
        return _defaultmod
    for candidate in _names:
        try:
            found = __import__(candidate, fromlist=['open'])
        except ImportError:
            continue
        _modules[candidate] = found
        if _defaultmod is None:
            _defaultmod = found
    if _defaultmod is None:
        raise ImportError("no dbm clone found; tried %s" % _names)
    return _defaultmod


def open(file, flag='r', mode=0o666):
    """Open or create the database *file*.

    flag is 'r' (read only, the default), 'w' (read/write), 'c' (create
    if missing) or 'n' (always create a new, empty database).  mode gives
    the permission bits of newly created files (before the umask).
    """
    default = _first_available()
    kind = None if 'n' in flag else whichdb(file)
    if kind is None:
        if 'c' not in flag and 'n' not in flag:
            raise error[0]("db file doesn't exist; "
                           "use 'c' or 'n' flag to create a new db")
        backend = default
    elif kind == "":
        raise error[0]("db type could not be determined")
    elif kind not in _modules:
        raise error[0]("db type is {0}, but the module is not available"
                       .format(kind))
    else:
        backend = _modules[kind]
    return backend.open(file, flag, mode)


def _readable(path):
    try:
        handle = io.open(path, 'rb')
    except OSError:
        return False
    handle.close()
    return True


def whichdb(filename):
    """Guess which dbm module created the database *filename*.

    Returns None when the files cannot be opened, "" when their format
    is not recognised, otherwise the module name such as "dbm.dumb".
    """
    filename = os.fsencode(filename)

    # ndbm keeps a .pag next to its .dir; some builds use a single .db
    if _readable(filename + b'.pag') and _readable(filename + b'.dir'):
        return "dbm.ndbm"
    if ndbm is not None and _readable(filename + b'.db'):
        if getattr(ndbm, 'library', None) == "Berkeley DB":
            return "dbm.ndbm"

    # dbm.dumb: a .dat next to a .dir that is empty or starts with a quote
    try:
        os.stat(filename + b'.dat')
        dir_size = os.stat(filename + b'.dir').st_size
    except OSError:
        pass
    else:
        if dir_size == 0:
            return "dbm.dumb"
        with io.open(filename + b'.dir', 'rb') as index:
            first = index.read(1)
        if first in (b"'", b'"'):
            return "dbm.dumb"

    try:
        handle = io.open(filename, 'rb')
    except OSError:
        return None
    with handle:
        head = handle.read(16)
    if len(head) != 16:
        return ""
    try:
        (magic,) = struct.unpack("=l", head[:4])
    except struct.error:
        return ""
    if magic in (0x13579ace, 0x13579acd, 0x13579acf):
        return "dbm.gnu"
    return ""


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(whichdb(name) or "UNKNOWN", name)

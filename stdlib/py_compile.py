"""Checking a Python source file compiles, and writing its byte-code cache file.

``compile(file)`` runs the builtin ``compile()`` over the file's bytes, so
syntax errors are reported (printed, or raised as PyCompileError) the way
CPython's py_compile reports them, and then writes the cache file named by
``importlib.util.cache_from_source(file)`` (or `cfile`) and returns its path.

coil keeps no byte code on disk: its importer always reads the source and
never reads these files. The file written has CPython 3.11's 16-byte header
(magic number, flags word, then either the source's modification time and
size or the source hash) followed by the source bytes themselves instead of a
marshalled code object, so tools that look for the file or read its header
find what they expect.

``python -m py_compile FILE...`` (or ``-`` to read the names from standard
input) checks each file and exits with status 1 at the first failure.
"""

import builtins
import enum
import importlib.util
import os
import stat
import sys
import traceback

__all__ = ["compile", "main", "PyCompileError", "PycInvalidationMode"]


class PyCompileError(Exception):
    """Raised by compile(file, doraise=True) when the source does not compile.

    PyCompileError(exc_type, exc_value, file, msg='') keeps the name of the
    original exception's type (``exc_type_name``), the exception itself
    (``exc_value``), the file name (``file``) and the report text (``msg``;
    when not given it is the usual syntax error display for a SyntaxError and
    ``Sorry: <type>: <value>`` for anything else). str() is the message.
    """

    def __init__(self, exc_type, exc_value, file, msg=''):
        type_name = exc_type.__name__
        if not msg:
            if exc_type is SyntaxError:
                report = ''.join(traceback.format_exception_only(exc_type, exc_value))
                msg = report.replace('File "<string>"', f'File "{file}"')
            else:
                msg = f"Sorry: {type_name}: {exc_value}"
        Exception.__init__(self, msg, type_name, exc_value, file)
        self.exc_type_name = type_name
        self.exc_value = exc_value
        self.file = file
        self.msg = msg

    def __str__(self):
        return self.msg


class PycInvalidationMode(enum.Enum):
    """How the importer would decide a cache file is stale: by the source's
    timestamp and size, or by a hash of the source (checked or not)."""
    TIMESTAMP = 1
    CHECKED_HASH = 2
    UNCHECKED_HASH = 3


def _header(mode, source_bytes, source_stat):
    """The 16 bytes before the payload: magic, flags, then two words."""
    magic = importlib.util.MAGIC_NUMBER
    if mode is PycInvalidationMode.TIMESTAMP:
        stamp = int(source_stat.st_mtime) & 0xFFFFFFFF
        size = source_stat.st_size & 0xFFFFFFFF
        return magic + bytes(4) + stamp.to_bytes(4, 'little') + size.to_bytes(4, 'little')
    flags = 0b01
    if mode is PycInvalidationMode.CHECKED_HASH:
        flags |= 0b10
    return magic + flags.to_bytes(4, 'little') + importlib.util.source_hash(source_bytes)


def _get_default_invalidation_mode():
    # reproducible builds set SOURCE_DATE_EPOCH; timestamps would defeat them
    if os.environ.get('SOURCE_DATE_EPOCH'):
        return PycInvalidationMode.CHECKED_HASH
    return PycInvalidationMode.TIMESTAMP


def _refuse_special_target(cfile):
    """Writing replaces the target with a fresh regular file; refuse when
    that would silently turn a link or a device/folder into one."""
    if os.path.islink(cfile):
        raise FileExistsError(f"{cfile} is a symlink and will be changed into a regular "
                              "file if import writes a byte-compiled file to it")
    if os.path.exists(cfile) and not os.path.isfile(cfile):
        raise FileExistsError(f"{cfile} is a non-regular file and will be changed into a "
                              "regular one if import writes a byte-compiled file to it")


def _replace_contents(path, data, mode):
    """Writes `data` next to `path` then renames it over `path`, so readers
    never see a half-written file."""
    scratch = f"{path}.{id(path)}"
    fd = os.open(scratch, os.O_EXCL | os.O_CREAT | os.O_WRONLY, mode & 0o666)
    written = False
    try:
        with open(fd, 'wb') as stream:
            stream.write(data)
        os.replace(scratch, path)
        written = True
    finally:
        if not written:
            try:
                os.unlink(scratch)
            except OSError:
                pass


def compile(file, cfile=None, dfile=None, doraise=False, optimize=-1,
            invalidation_mode=None, quiet=0):
    """Checks that the source file `file` compiles and writes its cache file.

    cfile: where to write (default: importlib.util.cache_from_source(file),
        with an ``opt-N`` part when `optimize` is 1 or 2).
    dfile: the file name shown in error messages (default: `file`).
    doraise: raise PyCompileError on a compile error rather than print it.
    optimize: optimization level given to compile() (-1: the interpreter's).
    invalidation_mode: a PycInvalidationMode (default: TIMESTAMP, or
        CHECKED_HASH when SOURCE_DATE_EPOCH is set).
    quiet: 0 report errors, 1 the same (errors only), 2 say and raise nothing.

    Returns the path written, or None when the source did not compile.
    OSError (a missing source, an unwritable folder) propagates; a target that
    is a symlink or not a regular file gives FileExistsError.
    """
    if invalidation_mode is None:
        invalidation_mode = _get_default_invalidation_mode()
    if cfile is None:
        if optimize < 0:
            cfile = importlib.util.cache_from_source(file)
        else:
            cfile = importlib.util.cache_from_source(
                file, optimization=optimize if optimize >= 1 else '')
    _refuse_special_target(cfile)
    with open(file, 'rb') as stream:
        source_bytes = stream.read()
    shown = dfile or file
    try:
        builtins.compile(source_bytes, shown, 'exec', dont_inherit=True, optimize=optimize)
    except Exception as err:
        failure = PyCompileError(type(err), err, shown)
        if quiet >= 2:
            return None
        if doraise:
            raise failure
        sys.stderr.write(failure.msg + '\n')
        return None
    folder = os.path.dirname(cfile)
    if folder:
        try:
            os.makedirs(folder)
        except FileExistsError:
            pass
    source_stat = os.stat(file)
    data = _header(invalidation_mode, source_bytes, source_stat) + source_bytes
    # the cache file takes the source's permissions, and is always writable
    # by its owner
    _replace_contents(cfile, data, stat.S_IMODE(source_stat.st_mode) | 0o200)
    return cfile


def main():
    """The command line: ``python -m py_compile [-h] [-q] filenames...``."""
    import argparse
    parser = argparse.ArgumentParser(
        description='A simple command-line interface for py_compile module.')
    parser.add_argument('-q', '--quiet', action='store_true', help='Suppress error output')
    parser.add_argument('filenames', nargs='+', help='Files to compile')
    options = parser.parse_args()
    if options.filenames == ['-']:
        names = [line.rstrip('\n') for line in sys.stdin.readlines()]
    else:
        names = options.filenames
    for name in names:
        try:
            compile(name, doraise=True)
        except (PyCompileError, OSError) as failure:
            text = failure.msg if isinstance(failure, PyCompileError) else str(failure)
            parser.exit(1, None if options.quiet else text)


if __name__ == "__main__":
    main()

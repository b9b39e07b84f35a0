"""Constants and tests for the st_mode field of os.stat() results.

S_IS*() tell a file's type from its mode, S_I* name the type and
permission bits, filemode() shows a mode as `ls -l` does.
"""

# Positions of the fields in the tuple os.stat() returns.
ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID, ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME = range(10)

# File types (the S_IFMT bits).
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
# Types this system does not have.
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# Permission and mode bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IRWXU = 0o700
S_IRUSR = 0o400
S_IWUSR = 0o200
S_IXUSR = 0o100
S_IREAD = S_IRUSR
S_IWRITE = S_IWUSR
S_IEXEC = S_IXUSR
S_IRWXG = 0o070
S_IRGRP = 0o040
S_IWGRP = 0o020
S_IXGRP = 0o010
S_IRWXO = 0o007
S_IROTH = 0o004
S_IWOTH = 0o002
S_IXOTH = 0o001

# BSD file flags (st_flags).
UF_NODUMP = 0x00000001
UF_IMMUTABLE = 0x00000002
UF_APPEND = 0x00000004
UF_OPAQUE = 0x00000008
UF_NOUNLINK = 0x00000010
UF_COMPRESSED = 0x00000020
UF_HIDDEN = 0x00008000
SF_ARCHIVED = 0x00010000
SF_IMMUTABLE = 0x00020000
SF_APPEND = 0x00040000
SF_NOUNLINK = 0x00100000
SF_SNAPSHOT = 0x00200000

# Windows file attributes (st_file_attributes).
FILE_ATTRIBUTE_READONLY = 1
FILE_ATTRIBUTE_HIDDEN = 2
FILE_ATTRIBUTE_SYSTEM = 4
FILE_ATTRIBUTE_DIRECTORY = 16
FILE_ATTRIBUTE_ARCHIVE = 32
FILE_ATTRIBUTE_DEVICE = 64
FILE_ATTRIBUTE_NORMAL = 128
FILE_ATTRIBUTE_TEMPORARY = 256
FILE_ATTRIBUTE_SPARSE_FILE = 512
FILE_ATTRIBUTE_REPARSE_POINT = 1024
FILE_ATTRIBUTE_COMPRESSED = 2048
FILE_ATTRIBUTE_OFFLINE = 4096
FILE_ATTRIBUTE_NOT_CONTENT_INDEXED = 8192
FILE_ATTRIBUTE_ENCRYPTED = 16384
FILE_ATTRIBUTE_INTEGRITY_STREAM = 32768
FILE_ATTRIBUTE_VIRTUAL = 65536
FILE_ATTRIBUTE_NO_SCRUB_DATA = 131072

_MODE_LIMIT = 1 << 32


def _checked(mode):
    if type(mode) is not int and not isinstance(mode, int):
        try:
            mode = mode.__index__()
        except AttributeError:
            raise TypeError("an integer is required") from None
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode >= _MODE_LIMIT:
        raise OverflowError("mode out of range")
    return mode


def S_IMODE(mode):
    """The permission bits of mode (what chmod() sets)."""
    return _checked(mode) & 0o7777


def S_IFMT(mode):
    """The file type bits of mode."""
    return _checked(mode) & 0o170000


def S_ISDIR(mode):
    """Whether mode is a directory's."""
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    """Whether mode is a character device's."""
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    """Whether mode is a block device's."""
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    """Whether mode is a regular file's."""
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    """Whether mode is a FIFO's (named pipe)."""
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    """Whether mode is a symbolic link's."""
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    """Whether mode is a socket's."""
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    """Whether mode is a door's (never, on this system)."""
    _checked(mode)
    return False


def S_ISPORT(mode):
    """Whether mode is an event port's (never, on this system)."""
    _checked(mode)
    return False


def S_ISWHT(mode):
    """Whether mode is a whiteout's (never, on this system)."""
    _checked(mode)
    return False


_TYPE_LETTERS = {
    S_IFLNK: "l",
    S_IFSOCK: "s",
    S_IFREG: "-",
    S_IFBLK: "b",
    S_IFDIR: "d",
    S_IFCHR: "c",
    S_IFIFO: "p",
}

# For each of user, group, other: its read, write and execute bits, and the
# special bit shown in the execute column with its two letters (set with and
# without execute permission).
_COLUMNS = (
    (S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, "s", "S"),
    (S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, "s", "S"),
    (S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, "t", "T"),
)


def filemode(mode):
    """mode as `ls -l` shows it, such as '-rw-r--r--'."""
    mode = _checked(mode)
    letters = [_TYPE_LETTERS.get(mode & 0o170000, "?")]
    for read, write, execute, special, on, off in _COLUMNS:
        letters.append("r" if mode & read else "-")
        letters.append("w" if mode & write else "-")
        if mode & special:
            letters.append(on if mode & execute else off)
        else:
            letters.append("x" if mode & execute else "-")
    return "".join(letters)

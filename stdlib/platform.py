"""The machine, operating system and Python implementation coil runs on.

A small subset of CPython's platform module, built on os.uname().
python_implementation() answers 'coil', as sys.implementation.name does;
code that tests for 'CPython' to use CPython-only details will (rightly)
take its portable path.
"""

import os
import sys

__version__ = "1.0.8"

_info_cache = []


class uname_result(tuple):
    """(system, node, release, version, machine, processor); made from the
    first five, and shown with them."""

    _fields = ("system", "node", "release", "version", "machine", "processor")

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine,
                                   processor()))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    processor = property(lambda self: self[5])

    def __repr__(self):
        shown = ", ".join("%s=%r" % pair for pair in zip(self._fields[:5], self))
        return "uname_result(%s)" % shown

    def __reduce__(self):
        return uname_result, tuple(self[:5])


def uname():
    """The system's identification, read once."""
    if not _info_cache:
        try:
            raw = os.uname()
            values = (raw.sysname, raw.nodename, raw.release, raw.version, raw.machine)
        except (AttributeError, OSError):
            values = ("", "", "", "", "")
        _info_cache.append(uname_result(*values))
    return _info_cache[0]


def system():
    """'Linux', 'Darwin', ... ('' when unknown)."""
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    """'x86_64', 'aarch64', ... ('' when unknown)."""
    return uname().machine


def processor():
    """The processor name; '' as CPython gives on Linux when `uname -p`
    does not know it."""
    return ""


def architecture(executable=None, bits="", linkage=""):
    """(bits, linkage) of the interpreter, such as ('64bit', 'ELF')."""
    if not bits:
        bits = "%dbit" % (64 if sys.maxsize > 2 ** 32 else 32)
    if not linkage and system() in ("Linux", "FreeBSD", "NetBSD", "OpenBSD"):
        linkage = "ELF"
    return bits, linkage


def python_implementation():
    return "coil"


def python_version():
    """'3.11.0': the Python version coil implements."""
    return "%d.%d.%d" % tuple(sys.version_info[:3])


def python_version_tuple():
    return tuple(str(part) for part in sys.version_info[:3])


def python_branch():
    return ""


def python_revision():
    return ""


def python_build():
    return ("coil", "")


def python_compiler():
    return "rustc"


def libc_ver(executable=None, lib="", version="", chunksize=16384):
    """(lib, version) of the C library; coil does not look, so ('', '')
    unless given."""
    return lib, version


def platform(aliased=False, terse=False):
    """One line naming the platform, such as 'Linux-6.1.0-x86_64'."""
    info = uname()
    if terse:
        parts = [info.system, info.release]
    else:
        parts = [info.system, info.release, info.machine]
    text = "-".join(p for p in parts if p)
    for bad, good in ((" ", "_"), ("/", "-"), (":", "-"), (";", "-"), ('"', "-"),
                      ("(", "-"), (")", "-")):
        text = text.replace(bad, good)
    while "--" in text:
        text = text.replace("--", "-")
    return text.rstrip("-")


def freedesktop_os_release():
    """The fields of /etc/os-release (or /usr/lib/os-release) as a dict."""
    for path in ("/etc/os-release", "/usr/lib/os-release"):
        try:
            with open(path, encoding="utf-8") as stream:
                text = stream.read()
        except OSError:
            continue
        fields = {"NAME": "Linux", "ID": "linux", "PRETTY_NAME": "Linux"}
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            key, _, value = line.partition("=")
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            fields[key.strip()] = value
        return fields
    raise OSError(2, "No such file or directory", "/etc/os-release")

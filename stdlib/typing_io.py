"""typing.io, deprecated since Python 3.8: IO, TextIO, BinaryIO read
from here warn, and are typing's own."""

import typing as _typing

__getattr__ = _typing._deprecated_submodule(__name__, ('IO', 'TextIO', 'BinaryIO'))

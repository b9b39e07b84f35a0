"""typing.re, deprecated since Python 3.8: Pattern, Match read
from here warn, and are typing's own."""

import typing as _typing

__getattr__ = _typing._deprecated_submodule(__name__, ('Pattern', 'Match'))

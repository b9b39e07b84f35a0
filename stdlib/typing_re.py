"""typing.re, deprecated since Python 3.8: Pattern, Match read
from here warn, and are typing's own."""

import typing as _typing

_EXPORTED = ('Pattern', 'Match', '__all__')


def __getattr__(name):
    if name not in _EXPORTED:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import warnings
    warnings.warn(f"{__name__} is deprecated, import directly from typing instead. "
                  f"{__name__} will be removed in Python 3.12.", DeprecationWarning, stacklevel=2)
    if name == "__all__":
        return ['Pattern', 'Match']
    return getattr(_typing, name)

"""Conversion between Python values and C structs packed into bytes.

The work is done by the native module _struct; this module re-exports it.
Format strings start with an optional byte order character (@ = < > !)
followed by type codes, each with an optional repeat count.
"""

from _struct import (
    Struct,
    calcsize,
    error,
    iter_unpack,
    pack,
    pack_into,
    unpack,
    unpack_from,
    _clearcache,
)

__all__ = [
    'calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
    'iter_unpack', 'Struct', 'error',
]

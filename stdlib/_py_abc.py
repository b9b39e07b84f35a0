"""The pure-Python implementation of ABCMeta. CPython keeps one here beside
its C accelerator `_abc`; coil's `abc` is written in coil already, so this
module offers the same ABCMeta and get_cache_token under the name code and
tests expect."""

from abc import ABCMeta, get_cache_token

__all__ = ["ABCMeta", "get_cache_token"]

"""Coroutine tests."""

import os
import sys
from _asyncio import iscoroutine
from _asyncio import iscoroutinefunction as _native_iscoroutinefunction

__all__ = ('iscoroutinefunction', 'iscoroutine')

def _is_debug_mode():
    """Whether new event loops start in debug mode: in development mode (-X dev)
    or with PYTHONASYNCIODEBUG set (unless -E)."""
    flags = sys.flags
    if getattr(flags, 'dev_mode', False):
        return True
    return not flags.ignore_environment and bool(os.environ.get('PYTHONASYNCIODEBUG'))


# Objects (such as unittest.mock.AsyncMock) that are not coroutine functions
# but should be treated as one carry this marker as their _is_coroutine.
_is_coroutine = object()


def iscoroutinefunction(func):
    """True if func is a coroutine function (an `async def` function, a
    method of one, or an object marked as one)."""
    if _native_iscoroutinefunction(func):
        return True
    return getattr(func, "_is_coroutine", None) is _is_coroutine

"""Coroutine tests."""

from _asyncio import iscoroutine
from _asyncio import iscoroutinefunction as _native_iscoroutinefunction

__all__ = ('iscoroutinefunction', 'iscoroutine')

# Objects (such as unittest.mock.AsyncMock) that are not coroutine functions
# but should be treated as one carry this marker as their _is_coroutine.
_is_coroutine = object()


def iscoroutinefunction(func):
    """True if func is a coroutine function (an `async def` function, a
    method of one, or an object marked as one)."""
    if _native_iscoroutinefunction(func):
        return True
    return getattr(func, "_is_coroutine", None) is _is_coroutine

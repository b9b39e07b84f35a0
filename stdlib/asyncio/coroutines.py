"""Coroutine tests."""

from _asyncio import iscoroutine
from _asyncio import iscoroutinefunction as _native_iscoroutinefunction

__all__ = ('iscoroutinefunction', 'iscoroutine')

def _is_debug_mode():
    """Whether new event loops start in debug mode: in development mode (-X dev)
    or with PYTHONASYNCIODEBUG set (unless -E)."""
    try:
        import sys
    except ImportError:  # hidden by an embedding host's sandbox
        return False
    flags = sys.flags
    if getattr(flags, 'dev_mode', False):
        return True
    if flags.ignore_environment:
        return False
    os = sys.modules.get('os')
    if os is not None:
        return bool(os.environ.get('PYTHONASYNCIODEBUG'))
    # Without importing os (which asyncio does not otherwise need).
    try:
        import posix
    except ImportError:
        return False
    return bool(posix._environ().get(b'PYTHONASYNCIODEBUG'))


# Objects (such as unittest.mock.AsyncMock) that are not coroutine functions
# but should be treated as one carry this marker as their _is_coroutine.
_is_coroutine = object()


def iscoroutinefunction(func):
    """True if func is a coroutine function (an `async def` function, a
    method of one, or an object marked as one)."""
    if _native_iscoroutinefunction(func):
        return True
    return getattr(func, "_is_coroutine", None) is _is_coroutine

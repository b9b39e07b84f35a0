"""asyncio.to_thread: run a blocking call without blocking the event loop
(as far as coil can: an offloadable native runs on a worker thread, any other
callable on the loop's thread in a later iteration; see
concurrent/futures/thread.py)."""

import functools
import _offload
from asyncio import events
from asyncio.executors import _submit

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) in the loop's default executor, in a copy
    of the current context; its result."""
    loop = events.get_running_loop()
    if _offload.offloadable(func):
        # Native work sees no context variables: pass it as it is, so that
        # it can go to a worker thread.
        return await _submit(loop, None, func, args, kwargs)
    import contextvars
    ctx = contextvars.copy_context()
    return await loop.run_in_executor(None, functools.partial(ctx.run, func, *args, **kwargs))

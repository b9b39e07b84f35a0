"""Futures are native (_asyncio.Future); helpers shared by the other modules."""

from _asyncio import Future, isfuture

__all__ = ('Future', 'isfuture')


def _set_result_unless_cancelled(fut, result):
    """Helper setting the result only if the future was not cancelled."""
    if fut.cancelled():
        return
    fut.set_result(result)


def _get_loop(fut):
    return fut.get_loop()

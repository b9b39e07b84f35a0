"""The base event loop: in coil the native loop class (_asyncio), which is at
once asyncio's BaseEventLoop, SelectorEventLoop and the Unix loop; this
module gives the names code looks up here."""

from _asyncio import BaseEventLoop
from asyncio.log import logger

__all__ = ('BaseEventLoop', 'Server')


def __getattr__(name):
    # Server lives with the socket layer, loaded on first use.
    if name == 'Server':
        from asyncio.reactor import Server
        return Server
    raise AttributeError(f"module 'asyncio.base_events' has no attribute '{name}'")

"""Event loop access: the loop itself is native (_asyncio)."""

from _asyncio import (get_running_loop, _get_running_loop, get_event_loop, set_event_loop,
                      new_event_loop, AbstractEventLoop, BaseEventLoop, SelectorEventLoop)

__all__ = ('AbstractEventLoop', 'get_event_loop', 'set_event_loop', 'new_event_loop',
           'get_running_loop', '_get_running_loop', 'SelectorEventLoop')

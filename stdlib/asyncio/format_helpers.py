"""How asyncio describes callbacks in reprs and log messages:
`name(arg, ...) at FILE:LINE`, and the short stacks debug mode records."""

import functools
import inspect
import reprlib
import sys
import traceback


def _get_function_source(func):
    """(filename, first line) of a function (through wrappers and partials), or None."""
    func = inspect.unwrap(func)
    if inspect.isfunction(func):
        code = func.__code__
        return (code.co_filename, code.co_firstlineno)
    if isinstance(func, (functools.partial, functools.partialmethod)):
        return _get_function_source(func.func)
    return None


def _format_callback_source(func, args):
    """`name(args) at FILE:LINE` (without the place when it is unknown)."""
    text = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text


def _format_args_and_kwargs(args, kwargs):
    """`(a, b, key=c)`, each value shortened by reprlib."""
    parts = [reprlib.repr(arg) for arg in args or ()]
    parts.extend(f'{key}={reprlib.repr(value)}' for key, value in (kwargs or {}).items())
    return '(' + ', '.join(parts) + ')'


def _format_callback(func, args, kwargs, suffix=''):
    if isinstance(func, functools.partial):
        inner = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, inner)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    text = name if name else repr(func)
    return text + _format_args_and_kwargs(args, kwargs) + suffix


def extract_stack(f=None, limit=None):
    """The stack summary from frame f (default: the caller) outwards, most
    recent call last, without reading source lines."""
    if f is None:
        f = sys._getframe().f_back
    if limit is None:
        limit = 10
    stack = traceback.StackSummary.extract(traceback.walk_stack(f), limit=limit,
                                           lookup_lines=False)
    stack.reverse()
    return stack

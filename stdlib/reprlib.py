"""repr() variants that cut long or deeply nested values short.

Repr holds the limits (maxlevel, maxstring, maxlist, ...) and one method
repr_<typename> per type it abbreviates; anything else goes through
repr_instance.  recursive_repr makes a __repr__ method return a placeholder
when it is re-entered for the same object.
"""

import builtins
from itertools import islice

try:
    from threading import get_ident as _thread_id
except ImportError:
    def _thread_id():
        return 0

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue='...'):
    """Decorator for __repr__ methods: a call made while the same object's
    repr is already being computed (in this thread) returns fillvalue."""

    def decorate(method):
        busy = set()

        def wrapper(self):
            token = (id(self), _thread_id())
            if token in busy:
                return fillvalue
            busy.add(token)
            try:
                return method(self)
            finally:
                busy.discard(token)

        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            setattr(wrapper, attr, getattr(method, attr))
        wrapper.__annotations__ = getattr(method, '__annotations__', {})
        return wrapper

    return decorate


def _in_order(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


def _squeeze(text, limit, filler):
    # Keep the head and the tail of text around filler, within limit.
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + filler + text[len(text) - tail:]


def _sequence_method(limit, left, right, trail=''):
    def method(self, x, level):
        return self._repr_iterable(x, level, left, right,
                                   getattr(self, limit), trail)
    return method


class Repr:
    """Limits for the abbreviated repr; change the attributes to adjust."""

    _DEFAULTS = (('fillvalue', '...'), ('maxlevel', 6), ('maxtuple', 6),
                 ('maxlist', 6), ('maxarray', 5), ('maxdict', 4),
                 ('maxset', 6), ('maxfrozenset', 6), ('maxdeque', 6),
                 ('maxstring', 30), ('maxlong', 40), ('maxother', 30))

    def __init__(self):
        for attr, value in self._DEFAULTS:
            setattr(self, attr, value)

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        name = '_'.join(type(x).__name__.split())
        handler = getattr(self, 'repr_' + name, None)
        if handler is None:
            return self.repr_instance(x, level)
        return handler(x, level)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=''):
        count = len(x)
        if count and level <= 0:
            inner = self.fillvalue
        else:
            shown = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
            if count > maxiter:
                shown.append(self.fillvalue)
            inner = ', '.join(shown)
            if count == 1 and trail:
                right = trail + right
        return left + inner + right

    repr_tuple = _sequence_method('maxtuple', '(', ')', ',')
    repr_list = _sequence_method('maxlist', '[', ']')
    repr_deque = _sequence_method('maxdeque', 'deque([', '])')

    def repr_array(self, x, level):
        code = x.typecode
        if len(x) == 0:
            return "array('%s')" % code
        return self._repr_iterable(x, level, "array('%s', [" % code, '])',
                                   self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return 'set()'
        return self._repr_iterable(_in_order(x), level, '{', '}',
                                   self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._repr_iterable(_in_order(x), level, 'frozenset({', '})',
                                   self.maxfrozenset)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{%s}' % self.fillvalue
        items = []
        for key in islice(_in_order(x), self.maxdict):
            items.append('%s: %s' % (self.repr1(key, level - 1),
                                     self.repr1(x[key], level - 1)))
        if len(x) > self.maxdict:
            items.append(self.fillvalue)
        return '{%s}' % ', '.join(items)

    def repr_str(self, x, level):
        limit = self.maxstring
        text = builtins.repr(x[:limit])
        if len(text) <= limit:
            return text
        head = max(0, (limit - 3) // 2)
        tail = max(0, limit - 3 - head)
        text = builtins.repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        return _squeeze(builtins.repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return _squeeze(text, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr

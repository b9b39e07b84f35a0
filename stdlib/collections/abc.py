"""Abstract base classes for containers (the code lives in _collections_abc)."""

from _collections_abc import *
from _collections_abc import __all__
from _collections_abc import _CallableAlias

import _collections_abc as _impl
import collections as _collections


def _register_collections():
    # The containers of the collections package are ABC instances by
    # registration when they do not already inherit from the ABCs.
    pairs = (("deque", _impl.MutableSequence), ("OrderedDict", _impl.MutableMapping),
             ("defaultdict", _impl.MutableMapping), ("Counter", _impl.MutableMapping),
             ("ChainMap", _impl.MutableMapping), ("UserDict", _impl.MutableMapping),
             ("UserList", _impl.MutableSequence), ("UserString", _impl.Sequence))
    for name, abc in pairs:
        kind = getattr(_collections, name, None)
        if isinstance(kind, type) and not issubclass(kind, abc):
            abc.register(kind)


_register_collections()
del _register_collections

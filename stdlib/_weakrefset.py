"""WeakSet: a set whose members are held through weak references; a member
leaves the set when it dies."""

from _weakref import ref
import types as _types
import _collections_abc

__all__ = ['WeakSet']


class WeakSet:
    """A set of objects held weakly."""

    def __init__(self, data=None):
        self.data = set()
        owner = ref(self)

        def forget(member_ref):
            ws = owner()
            if ws is None:
                return
            if ws._walkers:
                ws._deferred.append(member_ref)
            else:
                ws.data.discard(member_ref)

        self._forget = forget
        self._walkers = 0
        self._deferred = []
        if data is not None:
            self.update(data)

    def _settle(self):
        waiting, self._deferred = self._deferred, []
        for member_ref in waiting:
            self.data.discard(member_ref)

    def __iter__(self):
        self._walkers += 1
        try:
            for member_ref in list(self.data):
                member = member_ref()
                if member is not None:
                    yield member
        finally:
            self._walkers -= 1
            if not self._walkers and self._deferred:
                self._settle()

    def __len__(self):
        return sum(1 for r in self.data if r() is not None)

    def __contains__(self, item):
        try:
            probe = ref(item)
        except TypeError:
            return False
        return probe in self.data

    def __reduce__(self):
        return (self.__class__, (list(self),), self.__getstate__())

    def __getstate__(self):
        state = dict(vars(self))
        for private in ('data', '_forget', '_walkers', '_deferred'):
            state.pop(private, None)
        return state or None

    def add(self, item):
        if self._deferred and not self._walkers:
            self._settle()
        self.data.add(ref(item, self._forget))

    def clear(self):
        if self._deferred and not self._walkers:
            self._settle()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._deferred and not self._walkers:
            self._settle()
        while True:
            try:
                member_ref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            member = member_ref()
            if member is not None:
                return member

    def remove(self, item):
        if self._deferred and not self._walkers:
            self._settle()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._deferred and not self._walkers:
            self._settle()
        self.data.discard(ref(item))

    def update(self, other):
        if self._deferred and not self._walkers:
            self._settle()
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    # Set algebra: each binary operation is a copy followed by the matching
    # in-place update; the in-place operators return the set itself.

    def _derived(self, update, other):
        result = self.copy()
        update(result, other)
        return result

    def difference_update(self, other):
        if self._deferred and not self._walkers:
            self._settle()
        if other is self:
            self.data.clear()
            return
        for item in other:
            self.discard(item)

    def intersection_update(self, other):
        if self._deferred and not self._walkers:
            self._settle()
        self.data &= {ref(item) for item in other}

    def symmetric_difference_update(self, other):
        if self._deferred and not self._walkers:
            self._settle()
        if other is self:
            self.data.clear()
            return
        toggled = set()
        for item in list(other):
            probe = ref(item)
            if probe in toggled:
                continue
            toggled.add(probe)
            if probe in self.data:
                self.data.discard(probe)
            else:
                self.data.add(ref(item, self._forget))

    def difference(self, other):
        return self._derived(WeakSet.difference_update, other)

    def intersection(self, other):
        # The members are the ones `other` holds (equal objects may differ).
        result = self.__class__()
        for item in other:
            if item in self:
                result.add(item)
        return result

    def symmetric_difference(self, other):
        return self._derived(WeakSet.symmetric_difference_update, other)

    def union(self, other):
        return self._derived(WeakSet.update, other)

    __sub__ = difference
    __and__ = intersection
    __xor__ = symmetric_difference
    __or__ = union

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    def _refs_of(self, other):
        return {ref(item) for item in other}

    def issubset(self, other):
        return self.data.issubset(self._refs_of(other))

    def issuperset(self, other):
        return self.data.issuperset(self._refs_of(other))

    __le__ = issubset
    __ge__ = issuperset

    def __lt__(self, other):
        return self.data < self._refs_of(other)

    def __gt__(self, other):
        return self.data > self._refs_of(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == self._refs_of(other)

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = None

    def isdisjoint(self, other):
        return not any(item in self for item in other)

    def __repr__(self):
        return repr(self.data)

    __class_getitem__ = classmethod(_types.GenericAlias)


_collections_abc.MutableSet.register(WeakSet)

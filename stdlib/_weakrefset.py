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

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._deferred and not self._walkers:
            self._settle()
        if other is self:
            self.data.clear()
        else:
            for item in other:
                self.discard(item)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._deferred and not self._walkers:
            self._settle()
        self.data &= {ref(item) for item in other}
        return self

    def _refs_of(self, other):
        found = set()
        for item in other:
            found.add(ref(item))
        return found

    def issubset(self, other):
        return self.data.issubset(self._refs_of(other))

    __le__ = issubset

    def __lt__(self, other):
        return self.data < self._refs_of(other)

    def issuperset(self, other):
        return self.data.issuperset(self._refs_of(other))

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > self._refs_of(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == self._refs_of(other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._deferred and not self._walkers:
            self._settle()
        if other is self:
            self.data.clear()
            return self
        for item in set(other) if not isinstance(other, WeakSet) else list(other):
            probe = ref(item)
            if probe in self.data:
                self.data.discard(probe)
            else:
                self.data.add(ref(item, self._forget))
        return self

    def union(self, other):
        result = self.copy()
        result.update(other)
        return result

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0

    def __repr__(self):
        return repr(self.data)

    __class_getitem__ = classmethod(_types.GenericAlias)


_collections_abc.MutableSet.register(WeakSet)

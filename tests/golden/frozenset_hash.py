# hash(frozenset) is CPython's (independent of order, equal to collections.abc.Set._hash).
from collections.abc import Set
for s in [frozenset(), frozenset({1, 2, 3}), frozenset({-1, -2}), frozenset({2.5, (1, 2)}),
          frozenset({frozenset({1}), frozenset()}), frozenset(range(100))]:
    print(hash(s), Set._hash(s) == hash(s))
print(hash(frozenset([3, 1, 2])) == hash(frozenset([1, 2, 3])))
class F(frozenset):
    pass
print(hash(F({1, 2})) == hash(frozenset({1, 2})))

# dataclasses: the __hash__ rules table for every (unsafe_hash, eq, frozen, explicit __hash__)
from dataclasses import dataclass, field

def describe(cls):
    h = cls.__dict__.get('__hash__', 'inherited')
    if h is None:
        return 'None'
    if h == 'inherited':
        return 'inherited object.__hash__' if cls.__hash__ is object.__hash__ else 'inherited'
    if getattr(h, '__qualname__', '').endswith('explicit'):
        return 'explicit'
    return 'generated ' + str(h(cls(1, 2)) == hash((1, 2)))

for unsafe_hash in (False, True):
    for eq in (False, True):
        for frozen in (False, True):
            for explicit in (False, True):
                ns = {'__annotations__': {'a': int, 'b': int}}
                if explicit:
                    def explicit(self):
                        return 0
                    ns['__hash__'] = explicit
                cls = type('C', (), ns)
                try:
                    cls = dataclass(unsafe_hash=unsafe_hash, eq=eq, frozen=frozen)(cls)
                except TypeError as e:
                    print(unsafe_hash, eq, frozen, bool(explicit), 'TypeError', e)
                else:
                    print(unsafe_hash, eq, frozen, bool(explicit), describe(cls))

# an explicit __eq__ without __hash__ sets __hash__ to None in the class body:
# the dataclass treats that as no explicit hash
@dataclass(frozen=True)
class EqOnly:
    a: int
    def __eq__(self, other):
        return True
print(EqOnly.__hash__(EqOnly(3)) == hash((3,)))

@dataclass(eq=False, frozen=True)
class NoEqFrozen:
    a: int
print(NoEqFrozen.__hash__ is object.__hash__)

@dataclass(unsafe_hash=True)
class Partial:
    a: int
    b: int = field(compare=False)
    c: int = field(default=0, hash=False)
    d: int = field(default=0, compare=False, hash=True)
print(hash(Partial(1, 2, 3, 4)) == hash((1, 4)))

@dataclass(frozen=True)
class Key:
    name: str
    n: int = 0
counts = {}
for k in [Key('a'), Key('b'), Key('a'), Key('a', 1), Key('b')]:
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items(), key=lambda kv: (kv[0].name, kv[0].n)))
print(Key('a') in {Key('a'), Key('z')}, len({Key('q', 1), Key('q', 1)}))

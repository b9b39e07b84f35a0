# dataclasses: del on a frozen instance goes through the generated __delattr__
from dataclasses import dataclass, FrozenInstanceError

@dataclass(frozen=True)
class F:
    x: int
    y: int = 0

f = F(1, 2)
for name in ('x', 'y', 'nope'):
    try:
        exec(f'del f.{name}')
    except FrozenInstanceError as e:
        print(type(e).__name__, e)
print(f)

@dataclass
class G:
    x: int
    def __delattr__(self, name):
        print('G.__delattr__', name)
g = G(1)
del g.x
print(g)

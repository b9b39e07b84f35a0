# patch() checks its arguments when it starts, as CPython does, and puts
# special function attributes back.
import sys
from unittest.mock import patch, DEFAULT, NonCallableMagicMock, _patch

value = [1, 2]


def function(a):
    return a


here = sys.modules[__name__]
for kwargs in ({"new": 3, "autospec": True}, {"spec": 0, "autospec": 0},
               {"spec_set": 0, "spec": 0}):
    p = patch(__name__ + ".function", **kwargs)
    try:
        p.start()
    except TypeError as e:
        print("TypeError", e)
    print(here.function is function)

try:
    p = patch(__name__ + ".doesnotexist", create=True, spec=True)
    p.start()
except TypeError as e:
    print("TypeError", e)

@patch(__name__ + ".value", new=object(), x=1)
def with_kwargs():
    pass

try:
    with_kwargs()
except TypeError as e:
    print("TypeError", e)

p = patch(__name__ + ".value", spec=True)
m = p.start()
print(type(m).__name__, hasattr(m, "append"), hasattr(m, "nothing"))
p.stop()
print(value)


def g(x=0):
    "doc"
    return x

with patch.object(g, "__defaults__", (1,)), patch.object(g, "__doc__", "changed"):
    print(g(), g.__doc__)
print(g(), g.__doc__)

stopped = []

class Thing:
    one = two = None

def tracked(name):
    class Tracked(_patch):
        def stop(self):
            stopped.append(name)
            return super().stop()
    return Tracked(lambda: Thing, name, None, None, False, None, None, None, {})

for name in ("one", "two"):
    tracked(name).start()
patch.stopall()
print(stopped)

Str = type("Str", (str,), {"fish": "tasty"})
s = Str()
with patch.multiple(s, fish="gone"):
    print(s.fish)
print(s.fish)

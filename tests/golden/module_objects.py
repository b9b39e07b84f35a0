# Module objects: types.ModuleType, modules put in sys.modules by a script,
# a module's own __getattr__ (PEP 562), ModuleType subclasses.
import sys
import types

m = types.ModuleType("fake", "docs")
m.x = 1
print(m.__name__, m.__doc__, m.x, type(m).__name__, isinstance(m, types.ModuleType), m.__spec__)
sys.modules["fake"] = m
import fake
from fake import x
print(fake is m, x)
try:
    types.ModuleType(3)
except TypeError as e:
    print("TypeError:", e)


def __getattr__(name):
    if name == "lazy":
        return "computed"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


me = sys.modules[__name__]
print(me.lazy, getattr(me, "lazy"), hasattr(me, "nothing"))
try:
    me.other
except AttributeError as e:
    print("AttributeError:", e)


class Greeter(types.ModuleType):
    def hello(self):
        return "hi from " + self.__name__


g = Greeter("greeter")
print(g.hello(), isinstance(g, types.ModuleType))

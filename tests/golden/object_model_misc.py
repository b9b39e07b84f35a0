# Odds and ends of the object model: __prepare__ namespaces that are dict
# subclasses (annotations, locals()), types.MethodType, __get__ on functions
# and the builtin descriptors, sys.exc_info() inside __exit__.
import sys
import types
from enum import Enum


class Color(Enum):
    RED: int = 1
    GREEN = 2
print(list(Color), Color.__annotations__)


class Recording(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()


class K(metaclass=Meta):
    x: int = 3
    kind = type(locals()).__name__
print(K.x, K.kind, K.__annotations__)


def whoami(self, suffix=""):
    return f"{type(self).__name__}{suffix}"


class O:
    pass


o = O()
m = types.MethodType(whoami, o)
print(m(), m("!"), m.__self__ is o, m.__func__ is whoami)
for bad in [(1, o), (whoami, None)]:
    try:
        types.MethodType(*bad)
    except TypeError as e:
        print("TypeError:", e)
print(whoami.__get__(o)("?"), whoami.__get__(None, O) is whoami)
print(staticmethod(whoami).__get__(o) is whoami, classmethod(whoami).__get__(o)())
print(property(lambda self: 42).__get__(o), hasattr(len, "__call__"), hasattr(whoami, "__get__"))


class Show:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("handling:", sys.exc_info()[0].__name__ if exc[0] else None)
        return True


with Show():
    1 / 0
with Show():
    pass
try:
    class Ctx:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            raise KeyError("from exit")
    with Ctx():
        raise ValueError("body")
except KeyError as e:
    print(repr(e), repr(e.__context__))


class Plain:
    pass


class Greater:
    def __gt__(self, other):
        return "Greater.__gt__"


print(Plain().__lt__(Plain()), object.__ge__(1, 2), hasattr(dict, "__lt__"), Plain() < Greater())
try:
    Plain() <= Plain()
except TypeError as e:
    print("TypeError:", e)

# isinstance() also believes an object's __class__ when its class overrides it,
# as proxies and spec'd mocks do; issubclass() does not look at instances.
class Real:
    pass

class Proxy:
    @property
    def __class__(self):
        return Real

class Liar:
    __class__ = int

class Broken:
    @property
    def __class__(self):
        raise AttributeError("no class")

p = Proxy()
print(isinstance(p, Real), isinstance(p, Proxy), isinstance(p, (int, Real)))
print(type(p).__name__, p.__class__.__name__)
print(isinstance(Liar(), int), isinstance(Liar(), Liar))
print(isinstance(Broken(), Real), isinstance(Broken(), Broken))
print(issubclass(Proxy, Real))

from unittest.mock import Mock
m = Mock(spec=Real)
print(isinstance(m, Real), isinstance(m, Mock))

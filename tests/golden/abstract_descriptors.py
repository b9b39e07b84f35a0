from abc import ABC, abstractmethod
print(property(lambda s: 0).__isabstractmethod__, classmethod(lambda c: 0).__isabstractmethod__)
class Base(ABC):
    @property
    @abstractmethod
    def p(self): ...
    @classmethod
    @abstractmethod
    def c(cls): ...
print(sorted(Base.__abstractmethods__))
class X:
    def __instancecheck__(self, o): return True
print(isinstance(1, X()))
class R:
    __reversed__ = None
    def __iter__(self): return iter([])
try:
    reversed(R())
except TypeError as e:
    print(e)

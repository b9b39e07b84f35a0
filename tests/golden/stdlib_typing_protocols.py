# typing: runtime protocols with data members, protocol inheritance, properties
from typing import *
def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
@runtime_checkable
class HasName(Protocol):
    name: str
    def greet(self) -> str: ...
class A:
    name = "a"
    def greet(self): return "hi"
class Bn:
    def greet(self): return "hi"
class Cc:
    def __init__(self): self.name = "c"
    def greet(self): return "x"
show("data proto A", lambda: isinstance(A(), HasName))
show("data proto B", lambda: isinstance(Bn(), HasName))
show("data proto C", lambda: isinstance(Cc(), HasName))
show("issubclass data", lambda: issubclass(A, HasName))
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
@runtime_checkable
class ReadCloser(Closer, Protocol):
    def read(self): ...
class RC:
    def close(self): pass
    def read(self): pass
class R:
    def read(self): pass
show("sub proto", lambda: (isinstance(RC(), ReadCloser), isinstance(R(), ReadCloser), isinstance(RC(), Closer)))
show("ReadCloser attrs", lambda: ReadCloser._is_protocol)
class NotProto(Closer):
    def close(self): return 1
show("not proto", lambda: (NotProto._is_protocol, isinstance(NotProto(), Closer), NotProto().close()))
show("proto inherit non-proto", lambda: type('X', (A, Protocol), {}))
class WithInit(Protocol):
    def __init__(self, x): self.x = x
class Impl(WithInit):
    pass
show("impl init", lambda: Impl(4).x)
show("issubclass non-class", lambda: issubclass(3, Closer))
show("isinstance class obj", lambda: isinstance(RC, Closer))
show("proto generic", lambda: Protocol[TypeVar('T')])
@runtime_checkable
class P2(Protocol):
    @property
    def size(self) -> int: ...
class S2:
    size = 3
show("property member", lambda: (isinstance(S2(), P2), isinstance(1, P2)))
show("Sized isinstance", lambda: isinstance([1], SupportsIndex))


# a protocol that also derives from a collections.abc alias
T2 = TypeVar('T')
@runtime_checkable
class PI(Iterable[T2], Protocol[T2]):
    def __iter__(self): ...
    def extra(self): ...
class Good:
    def __iter__(self): return iter(())
    def extra(self): pass
print(isinstance([1], PI), isinstance(Good(), PI), PI[int], PI.__parameters__)
class MyIt(Iterable[int]):
    def __iter__(self): return iter([1])
print(isinstance(MyIt(), MyIt), isinstance([], MyIt), MyIt.__mro__)
print(issubclass(Good, PI), issubclass(list, PI))

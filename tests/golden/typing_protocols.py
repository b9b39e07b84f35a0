# Protocol classes, runtime_checkable, and the Supports* protocols.
import typing
from typing import Protocol, runtime_checkable, TypeVar, Generic, Iterable, SupportsInt, SupportsIndex, SupportsFloat
import collections.abc
import abc


def show(label, f):
    try:
        print(label, "=>", repr(f()))
    except Exception as e:
        print(label, "=> !%s: %s" % (type(e).__name__, e))


T = TypeVar("T")


class Closer(Protocol):
    def close(self):
        ...


@runtime_checkable
class RCloser(Protocol):
    def close(self):
        ...


@runtime_checkable
class HasX(Protocol):
    x: int

    def meth(self):
        ...


class File:
    def close(self):
        pass


class Point:
    x = 1

    def meth(self):
        pass


class NoClose:
    close = None


show("Closer", lambda: (Closer, Closer._is_protocol, Closer._is_runtime_protocol, Closer.__mro__))
show("isinstance Closer", lambda: isinstance(File(), Closer))
show("issubclass Closer", lambda: issubclass(File, Closer))
show("isinstance RCloser", lambda: (isinstance(File(), RCloser), isinstance(1, RCloser), isinstance(NoClose(), RCloser)))
show("issubclass RCloser", lambda: (issubclass(File, RCloser), issubclass(int, RCloser), issubclass(NoClose, RCloser)))
show("issubclass(1, RCloser)", lambda: issubclass(1, RCloser))
show("isinstance HasX", lambda: (isinstance(Point(), HasX), isinstance(File(), HasX)))
show("issubclass HasX", lambda: issubclass(Point, HasX))
show("Closer()", lambda: Closer())
show("RCloser()", lambda: RCloser())
show("Protocol()", lambda: type(Protocol()).__name__)


class Impl(RCloser):
    def __init__(self, a):
        self.a = a


class Impl2(RCloser):
    pass


class Impl3(Impl):
    pass


show("Impl", lambda: (Impl(1).a, Impl._is_protocol, isinstance(Impl(1), RCloser), issubclass(Impl, RCloser)))
show("Impl2", lambda: (type(Impl2()).__name__, isinstance(Impl2(), RCloser)))
show("Impl2(1)", lambda: Impl2(1))
show("Impl3", lambda: Impl3(5).a)


class Sub(RCloser, Protocol):
    def open(self):
        ...


@runtime_checkable
class RSub(RCloser, Protocol):
    def open(self):
        ...


class Both:
    def open(self):
        pass

    def close(self):
        pass


show("Sub", lambda: (Sub._is_protocol, Sub._is_runtime_protocol))
show("isinstance(File(), Sub)", lambda: isinstance(File(), Sub))
show("isinstance RSub", lambda: (isinstance(File(), RSub), isinstance(Both(), RSub)))


def make(*bases):
    class X(*bases):
        pass
    return X


show("Protocol, int", lambda: make(Protocol, int))
show("File, Protocol", lambda: make(File, Protocol))
show("Iterable base", lambda: make(collections.abc.Iterable, Protocol).__mro__)
show("Sized base", lambda: make(collections.abc.Sized, Protocol)._is_protocol)
show("AbstractContextManager base", lambda: make(__import__("contextlib").AbstractContextManager, Protocol)._is_protocol)
show("Mapping base", lambda: make(collections.abc.Mapping, Protocol))
show("runtime_checkable(File)", lambda: runtime_checkable(File))
show("runtime_checkable(Impl)", lambda: runtime_checkable(Impl))


@runtime_checkable
class GetT(Protocol[T]):
    def get(self) -> T:
        ...


class Getter:
    def get(self):
        return 1


show("GetT", lambda: (GetT[int], GetT.__parameters__, GetT.__mro__, isinstance(Getter(), GetT)))
show("Protocol[int]", lambda: Protocol[int])
show("Protocol[T]", lambda: Protocol[T])


class Dataish(Protocol):
    name: str
    count: int


show("data protocol members", lambda: sorted(typing.EXCLUDED_ATTRIBUTES)[:3])


@runtime_checkable
class WithProp(Protocol):
    @property
    def size(self) -> int:
        ...


class Sized3:
    size = 3


show("property protocol", lambda: (isinstance(Sized3(), WithProp), isinstance(1, WithProp)))
show("property issubclass", lambda: issubclass(Sized3, WithProp))


class IntLike:
    def __int__(self):
        return 3

    def __index__(self):
        return 3


class FloatLike:
    def __float__(self):
        return 1.0


show("SupportsInt", lambda: (isinstance(IntLike(), SupportsInt), isinstance("", SupportsInt), isinstance(FloatLike(), SupportsInt)))
show("SupportsIndex", lambda: (isinstance(IntLike(), SupportsIndex), isinstance(FloatLike(), SupportsIndex)))
show("SupportsFloat", lambda: (isinstance(FloatLike(), SupportsFloat), issubclass(IntLike, SupportsFloat)))
show("Supports reprs", lambda: (typing.SupportsAbs, typing.SupportsAbs[int], typing.SupportsRound[float], typing.SupportsAbs.__parameters__))
show("Supports protocol", lambda: [getattr(typing, n)._is_protocol for n in ("SupportsInt", "SupportsFloat", "SupportsComplex", "SupportsBytes", "SupportsIndex", "SupportsAbs", "SupportsRound")])
show("abstracts", lambda: (sorted(SupportsInt.__abstractmethods__), sorted(typing.SupportsRound.__abstractmethods__)))


class Registered:
    pass


RCloser.register(Registered)
show("registered", lambda: (isinstance(Registered(), RCloser), issubclass(Registered, RCloser)))


class ABCBase(abc.ABC):
    pass


class ProtoFromABC(Closer, Protocol):
    pass


show("ABC subclasscheck with non-runtime protocol subclass", lambda: issubclass(int, ABCBase))
show("IO", lambda: (typing.IO, typing.IO[str], typing.TextIO.__mro__, typing.BinaryIO.__mro__, typing.IO.__parameters__))

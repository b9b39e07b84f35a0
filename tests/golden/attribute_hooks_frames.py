# Interpreter details that typing, types and functools lean on: a class's own
# __getattribute__ (also on a metaclass), __iter__ = None, sys._getframe across
# a builtin that calls back, locals() with cell variables, number __round__,
# module.__class__, types.UnionType substitution and hash, GenericAlias calls.
import sys
import typing


class Logged:
    def __getattr__(self, name):
        return "fallback:" + name

    def __getattribute__(self, name):
        if name == "hidden":
            raise AttributeError(name)
        return object.__getattribute__(self, name)


obj = Logged()
obj.x = 1
print(obj.x, obj.hidden, obj.missing)


class Meta(type):
    def __getattribute__(cls, name):
        if name == "shout":
            return "from the metaclass"
        return type.__getattribute__(cls, name)


class WithMeta(metaclass=Meta):
    plain = 2


print(WithMeta.shout, WithMeta.plain)


class NoIter:
    __iter__ = None

    def __getitem__(self, i):
        return i


for attempt in (lambda: iter(NoIter()), lambda: list(NoIter())):
    try:
        attempt()
    except TypeError as e:
        print(e)


def chain():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


class Eq:
    def __eq__(self, other):
        print(chain())
        return True


def caller():
    return Eq() == 1


caller()
print(sorted([2, 1], key=lambda v: (print(chain()[:2]), v)[1]))


def outer():
    shared = 1
    plain = 2

    def inner():
        return shared

    return sorted(locals())


print(outer())
print(round(2.675, 2), (7).__round__(-1), float.__round__(2.5), issubclass(float, typing.SupportsRound))
print(sys.__class__.__name__)

T = typing.TypeVar("T")
S = typing.TypeVar("S")
print((float | list[T])[int], (list[T] | list[S]).__parameters__, (list[T] | list[S])[int, int])
print(hash(int | str) == hash(str | int) == hash(typing.Union[int, str]))


class Bag(list):
    pass


print(Bag[int]().__orig_class__)
a, = tuple[int, str]
print(a)

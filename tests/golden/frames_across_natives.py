# f_back and sys.exc_info() see the frames that called into builtins.
import sys


def names(frame):
    out = []
    while frame is not None:
        out.append(frame.f_code.co_name)
        frame = frame.f_back
    return out


seen = []


def key(x):
    seen.append(names(sys._getframe())[:3])
    return x


def caller():
    return sorted([1], key=key)


caller()
print(seen)
print(list(map(lambda x: names(sys._getframe(x))[:2], [0, 1])))


class Meta(type):
    def __instancecheck__(cls, obj):
        seen.append(names(sys._getframe(1))[:2])
        return True


class K(metaclass=Meta):
    pass


def probe():
    return isinstance(3, K)


print(probe(), seen[-1])


def inner():
    return sys.exc_info()[0]


try:
    raise KeyError("x")
except KeyError:
    print([inner() for _ in range(1)], list(map(lambda _: inner(), [0])))


def deep(n):
    if n == 0:
        return len(names(sys._getframe()))
    return max(map(deep, [n - 1]))


print(deep(5) - deep(0))

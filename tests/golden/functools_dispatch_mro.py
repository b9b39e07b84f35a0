# functools: singledispatch over ABCs a class only implies (C3 merge of the
# MRO with those ABCs), total_ordering's derived methods, lru_cache keys,
# partial state, partialmethod binding.
import builtins
import collections
import collections.abc as c
import copy
import functools
import pickle


@functools.singledispatch
def g(arg):
    return "base"


g.register(c.Iterable, lambda arg: "iterable")
g.register(c.Sized, lambda arg: "sized")


class O(c.Sized):
    def __len__(self):
        return 0


class P:
    pass


print(g(O()), g(P()))
c.Iterable.register(P)
print(g(P()))
c.Container.register(P)
g.register(c.Container, lambda arg: "container")
try:
    g(P())
except RuntimeError as e:
    print(sorted(str(e).replace("Ambiguous dispatch: ", "").split(" or ")))


class A:
    pass


class B(A):
    def __len__(self):
        return 0


@c.Container.register
class C:
    pass


class X(C, B):
    def __call__(self):
        pass


print([k.__name__ for k in functools._c3_mro(X, abcs=[c.Sized, c.Callable, c.Container])])
print([k.__name__ for k in functools._compose_mro(dict, [c.Sequence, c.Mapping, c.Set])])
print(functools._find_impl(O, g.registry) is g.registry[c.Sized])


@functools.total_ordering
class Money:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n

    def __eq__(self, other):
        return self.n == other.n


print(Money.__gt__.__name__, Money(2) > Money(1), Money(1) >= Money(1))
print(pickle.loads(pickle.dumps(Money.__le__)) is Money.__le__)


class Noisy:
    hashes = 0

    def __hash__(self):
        Noisy.hashes += 1
        return 7

    def __eq__(self, other):
        return self is other


@functools.lru_cache(maxsize=1)
def f(x, y):
    return y


n = Noisy()
f(n, 1)
f(n, 1)
print("hashes:", Noisy.hashes, f.cache_info())

old_len = builtins.len
try:
    builtins.len = functools.lru_cache(4)(len)
    print([len("abcdef"[:i]) for i in (0, 1, 1, 3)])
finally:
    builtins.len = old_len

p = functools.partial(print, [1], sep="-")
p.attr = []
q = copy.copy(p)
print(q.args is p.args, q.keywords is p.keywords, q.attr is p.attr)


class MyTuple(tuple):
    pass


p.__setstate__((print, MyTuple((1,)), None, None))
print(type(p.args).__name__, p.keywords)


class K:
    def show(self, *args):
        return args

    both = functools.partialmethod(show, 1)


k = K()
print(k.both.__self__ is k, k.both(2))

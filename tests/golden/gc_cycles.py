# Reference cycles are found and freed by the cycle collector; __del__ runs
# once (PEP 442), resurrection keeps an object alive, weak-reference callbacks
# fire for collected objects, and the gc module's interface behaves as CPython's.
import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


def collected(make):
    """Builds garbage with `make`, returns whether a weak reference to it died."""
    obj = make()
    r = weakref.ref(obj)
    del obj
    alive_before = r() is not None
    gc.collect()
    return alive_before, r() is None


gc.collect()


def pair():
    a, b = Node("a"), Node("b")
    a.other, b.other = b, a
    return a


def self_list():
    n = Node("n")
    n.items = [n, [n, {"k": n}]]
    return n


def bound_method():
    n = Node("m")
    n.handler = n.__init__
    return n


def closure():
    n = Node("c")

    def f():
        return n, f

    n.f = f
    return n


def via_tuple():
    n = Node("t")
    n.t = (1, "x", n)
    return n


def via_set_and_class():
    class Local:
        pass
    Local.me = Local
    n = Node("s")
    n.s = {Local}
    n.cls = Local
    Local.n = n
    return n


def generator():
    n = Node("g")

    def gen():
        yield n
    n.g = gen()
    next(n.g)
    return n


def exception():
    n = Node("e")
    try:
        raise ValueError(n)
    except ValueError as e:
        n.exc = e
    return n


for make in [pair, self_list, bound_method, closure, via_tuple, via_set_and_class, generator, exception]:
    print(make.__name__, collected(make))


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


x = D(1)
del x
print("after del x")
y = D(2)
y = None
print("after y = None")


def local():
    z = D(3)


local()
print("after local()")

p, q = D(4), D(5)
p.q, q.p = q, p
del p, q
print("cycle with __del__ collected:", gc.collect() >= 2)

saved = []


class Phoenix:
    def __del__(self):
        print("Phoenix.__del__")
        saved.append(self)


ph = Phoenix()
ph.me = ph
del ph
gc.collect()
print("resurrected:", len(saved), gc.is_finalized(saved[0]))
saved.clear()
gc.collect()
print("__del__ ran once")


class Loud:
    def __del__(self):
        raise ValueError("boom")


print("is_tracked:", gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]),
      gc.is_tracked(()), gc.is_tracked(([],)), gc.is_tracked({}), gc.is_tracked({"a": []}),
      gc.is_tracked(Node("x")))
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
for bad in [(3,), (-1,)]:
    try:
        gc.collect(*bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    gc.set_threshold()
except TypeError as e:
    print(type(e).__name__, e)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
print(type(gc.get_count()), len(gc.get_count()))

events = []
gc.callbacks.append(lambda phase, info: events.append((phase, info["generation"])))
gc.collect()
gc.callbacks.clear()
print(events)

holder = [1, 2]
box = {"h": holder}
print(any(r is box for r in gc.get_referrers(holder)))
print(sorted(map(id, gc.get_referents([holder, "s"]))) == sorted([id(holder), id("s")]))

keep = D("at exit")
cyc = D("cycle at exit")
cyc.me = cyc
print("end")

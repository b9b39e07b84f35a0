# The itertools tools as types: normal use, argument errors with their
# messages, subclassing, pickling state and hostile callbacks.
import copy
import pickle
from itertools import *


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
    else:
        print(label, "->", r)


def take(it, n=12):
    return list(islice(it, n))


# normal use
show("count", lambda: take(count(3, 2), 5))
show("count float", lambda: take(count(0.5), 3))
show("count big", lambda: take(count(2**63 - 2), 3))
show("count repr", lambda: (repr(count()), repr(count(5, 1.0)), repr(count(1, 3)), repr(count(2.5))))
show("cycle", lambda: take(cycle("abc"), 7))
show("cycle empty", lambda: list(cycle([])))
show("repeat", lambda: (list(repeat("x", 3)), take(repeat(1), 4), list(repeat(1, -2))))
show("repeat repr", lambda: (repr(repeat(1)), repr(repeat("a", 2)), repeat(1, 4).__length_hint__()))
show("accumulate", lambda: (list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)),
                            list(accumulate([1, 2], initial=10)), list(accumulate([], initial=None))))
show("chain", lambda: (list(chain("ab", [1, 2], ())), list(chain.from_iterable(["xy", "z"]))))
show("compress", lambda: list(compress("abcdef", [1, 0, 1, 0, 1, 1])))
show("dropwhile", lambda: list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 4])))
show("takewhile", lambda: list(takewhile(lambda x: x < 3, [1, 2, 3, 1, 4])))
show("filterfalse", lambda: (list(filterfalse(None, [0, 1, "", "a"])), list(filterfalse(lambda x: x % 2, range(7)))))
show("islice", lambda: (list(islice("abcdefg", 2)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 1, None, 2)),
                        list(islice(range(10), None)), list(islice(range(10), 3, None))))
show("starmap", lambda: list(starmap(pow, [(2, 3), [3, 2], (10, 0)])))
show("zip_longest", lambda: (list(zip_longest("ab", "xyz", fillvalue="-")), list(zip_longest()), list(zip_longest("a"))))
show("pairwise", lambda: (list(pairwise("abcd")), list(pairwise("a"))))
show("groupby", lambda: [(k, list(g)) for k, g in groupby("aabbbcaa")])
show("groupby key", lambda: [(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 4)])
show("groupby skip", lambda: [k for k, g in groupby("aabbbc")])
show("groupby stale", lambda: (lambda gs: [list(g) for k, g in gs])(list(groupby("aabb"))))
show("product", lambda: (list(product("ab", [1, 2])), list(product("ab", repeat=2)), list(product()),
                         list(product("ab", [])), list(product("a", repeat=0))))
show("permutations", lambda: (list(permutations("abc", 2)), len(list(permutations(range(5)))), list(permutations("ab", 3)),
                              list(permutations([], 0))))
show("combinations", lambda: (list(combinations("abcd", 2)), list(combinations("ab", 3)), list(combinations("ab", 0))))
show("cwr", lambda: (list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement("", 2)),
                     list(combinations_with_replacement("", 0))))
show("tee", lambda: [list(t) for t in tee("abc", 3)])

# argument errors
for text in ["count('a')", "count(1, 2, 3)", "count(1, step='x')", "count(x=1)", "cycle()", "cycle([], 1)",
             "cycle(x=1)", "cycle(1)", "repeat()", "repeat(1, 2, 3)", "repeat(1, 'a')", "repeat(1, None)",
             "repeat(1, 2**100)", "repeat(object=1, times=2)", "repeat(1, x=2)", "chain(x=1)", "next(chain(1))",
             "chain.from_iterable()", "compress([])", "compress(1, [])", "compress([], [], x=1)",
             "dropwhile(len)", "takewhile(len, 1)", "filterfalse(None)", "dropwhile(len, [], x=1)",
             "islice([])", "islice([], -1)", "islice([], -5)", "islice([], 1, 2, 3, 4)", "islice([], 'a')",
             "islice([], 'a', 3)", "islice([], 0, 1, 0)", "islice([], stop=3)", "list(islice(range(5), 2**100))",
             "starmap(pow)", "list(starmap(pow, [1]))", "zip_longest(1)", "zip_longest([], x=1)",
             "zip_longest([], fillvalue=1, x=2)", "pairwise()", "pairwise(1)", "pairwise([], x=1)",
             "accumulate()", "accumulate(1)", "accumulate([], x=1)", "accumulate([], None, None)",
             "accumulate([], iterable=[])", "product(1)", "product([], repeat=-1)", "product([], repeat='a')",
             "product(x=1)", "product(repeat=1, x=2)", "product([], repeat=2**100)", "permutations()",
             "permutations([], 'a')", "permutations([], -1)", "permutations([], 1.0)", "combinations([])",
             "combinations([], -1)", "combinations([], 1.0)", "combinations_with_replacement([], -1)",
             "combinations('ab', 2**62)", "groupby()", "groupby(1)", "groupby([], 1, 2)", "groupby([], x=1)",
             "groupby([], iterable=[])", "tee([], -1)", "list(_grouper(1, 2))",
             "count.__new__(int)", "cycle.__new__(1)"]:
    show(text, lambda: eval(text))
from itertools import _grouper
show("_grouper", lambda: _grouper(1, 2))


# subclassing: each tool is a type, subclasses may add __init__ arguments
class Cycle(cycle):
    def __init__(self, iterable, label="?"):
        self.label = label


c = Cycle("ab", label="L")
print(type(c).__name__, c.label, take(c, 5), isinstance(c, cycle))
show("subclass keyword", lambda: Cycle("ab", label="Z").label)


class Count(count):
    pass


print(repr(Count(3)), take(Count(3, 2), 3), type(Count(1)).__mro__[1].__name__)
show("subclass count kw", lambda: Count(x=1))


class Chain(chain):
    def __next__(self):
        return super().__next__() * 2


print(list(Chain([1, 2], [3])), type(Chain.from_iterable([[1]])).__name__, list(Chain.from_iterable([[1, 4]])))


class Product(product):
    extra = 1


p = Product("ab", repeat=2)
print(type(p).__name__, list(p), p.extra)


class Acc(accumulate):
    def __init__(self, *args, **kwargs):
        self.seen = args


a = Acc([1, 2, 3])
print(list(a), a.seen)
show("no tool subclass", lambda: cycle.__new__(int, []))

# pickling (tools whose state holds no iterator) and copying
for it in [count(2), count(1.5, 0.5), repeat(1, 3), repeat("r"), product("ab", "cd"), permutations("abc", 2),
           combinations("abcd", 3), combinations_with_replacement("ab", 2)]:
    first = next(it, None)
    again = pickle.loads(pickle.dumps(it))
    print(type(it).__name__, first, take(again, 6), take(copy.copy(it), 2))
for it in [cycle("abc"), accumulate([1, 2, 3]), chain("ab", "cd"), compress("abc", [1, 0, 1]),
           dropwhile(bool, [1, 0, 1]), islice(range(20), 2, 15, 3), starmap(pow, [(1, 2), (3, 4)]),
           zip_longest("ab", "c"), takewhile(bool, [1, 2, 0, 3]), filterfalse(None, [0, 1, 0])]:
    first = next(it, None)
    twin = copy.copy(it)
    print(type(it).__name__, first, take(twin, 6), take(it, 6))
print(list(pickle.loads(pickle.dumps(product("ab", repeat=2)))))
show("pairwise pickle", lambda: pickle.dumps(pairwise("ab")))
show("reduce count", lambda: count(5).__reduce__())
show("reduce islice", lambda: islice("abc", 1, None).__reduce__()[1][1:])
show("setstate product", lambda: product("ab").__setstate__((0, 0)))
show("setstate cycle", lambda: cycle("a").__setstate__(1))


# hostile callbacks and re-entrancy
class BadEq:
    def __eq__(self, other):
        raise ValueError("no eq")


show("groupby bad eq", lambda: [k for k, g in groupby([BadEq(), BadEq()])])


class Boom:
    def __iter__(self):
        return self

    def __next__(self):
        raise RuntimeError("boom")


show("chain boom", lambda: list(chain(Boom())))
show("zip_longest boom", lambda: list(zip_longest([1], Boom())))
show("cycle boom", lambda: list(cycle(Boom())))
show("islice boom", lambda: list(islice(Boom(), 3)))


class Reenter:
    """A source whose second step calls next() on the tool reading it."""

    def __init__(self):
        self.n = 0
        self.tool = None

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 2:
            print("inner", next(self.tool, "end"))
        if self.n > 5:
            raise StopIteration
        return self.n


def reenter(make):
    src = Reenter()
    src.tool = make(src)
    return list(src.tool)


for make in [pairwise, chain, islice, accumulate, zip_longest]:
    if make is islice:
        make = lambda s: islice(s, 1, None)
    show("reentry", lambda: reenter(make)[:8])
g = None


def keyf(x):
    if x == 2:
        next(g)
    return x


g = groupby([1, 2, 3], keyf)
show("groupby reentry", lambda: [k for k, _ in g])
show("repeat huge", lambda: take(repeat(0, 2**62), 2))
show("product huge", lambda: next(product(range(3), repeat=10**18)))
show("combinations huge", lambda: next(combinations_with_replacement("ab", 10**18)))
show("permutations none", lambda: list(permutations("abc", 5)))

# tee
from itertools import _tee
a, b = tee(range(200))
print(next(a), next(a), list(b)[:3], list(a)[-2:], list(b), type(a).__name__)
x, y = tee(a)
print(x is a, list(x), list(y))
t1, t2 = tee(count())
t3 = copy.copy(t1)
print(next(t1), next(t1), next(t3), next(t2), tee([], 0), len(tee([], 5)))
for text in ["tee()", "tee([], 'a')", "tee([], 1, 2)", "tee([], n=3)", "tee(1)", "_tee()", "_tee(1)",
             "tee([], 2**100)"]:
    show(text, lambda: eval(text))


class TeeSource:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 2:
            return next(copies[0])
        return self.n


copies = tee(TeeSource())
show("tee reentry", lambda: take(copies[0], 3))
t = _tee([1, 2, 3])
print(next(t), list(copy.copy(t)), list(t), t.__reduce__()[1], t.__reduce__()[2][1])


# __reduce__ forms (iterators shown by type) and __setstate__ checks
def norm(x):
    if isinstance(x, tuple): return tuple(norm(i) for i in x)
    if isinstance(x, list): return [norm(i) for i in x]
    if type(x).__name__.endswith('iterator') or type(x).__name__ in ('generator',): return '<%s>' % type(x).__name__
    if type(x).__module__ == 'itertools' and not isinstance(x, type): return '<%s>' % type(x).__name__
    return x
def reduced(label, it, steps=1):
    for _ in range(steps): next(it, None)
    try: print(label, norm(it.__reduce__()))
    except Exception as e: print(label, "!!", type(e).__name__, e)
reduced("count", count(3))
reduced("count f", count(1.5, 2))
reduced("count step1.0", count(1, 1.0))
reduced("cycle", cycle([1,2,3]), 2)
reduced("cycle done", cycle([1,2]), 5)
reduced("repeat", repeat('a', 5), 2)
reduced("repeat inf", repeat('a'))
reduced("acc", accumulate([1,2,3]))
reduced("acc0", accumulate([1,2,3]), 0)
reduced("acc init", accumulate([1,2,3], initial=9), 0)
reduced("acc none", accumulate([None, 1], lambda a, b: None), 1)
reduced("chain0", chain([1], [2]), 0)
reduced("chain1", chain([1], [2]), 1)
reduced("chain done", chain([1], [2]), 3)
reduced("compress", compress([1], [1]))
reduced("dropwhile", dropwhile(bool, [1, 0, 1]), 2)
reduced("takewhile", takewhile(bool, [1, 0, 1]), 2)
reduced("filterfalse", filterfalse(None, [0, 1]))
reduced("islice", islice(range(10), 1, 8, 2), 2)
reduced("islice done", islice(range(3), 5), 1)
reduced("starmap", starmap(pow, [(1, 2)]))
reduced("zip_longest", zip_longest([1], [1, 2], fillvalue=0), 2)
reduced("groupby", groupby([1, 1, 2]), 1)
reduced("groupby0", groupby([1, 1, 2]), 0)
g = groupby([1, 1, 2]); k, grp = next(g)
print("grouper", norm(grp.__reduce__())); next(g); print("grouper old", norm(grp.__reduce__()))
reduced("product", product([1, 2], [3]), 1)
reduced("product0", product([1, 2], [3]), 0)
reduced("product done", product([1], [3]), 3)
reduced("perm", permutations([1, 2, 3], 2), 2)
reduced("perm done", permutations([1], 1), 3)
reduced("comb", combinations([1, 2, 3], 2), 2)
reduced("cwr", combinations_with_replacement([1, 2], 2), 2)
reduced("tee", tee([1,2,3])[0], 1)
for it in [cycle([1,2,3]), accumulate([1,2,3]), groupby([1,1,2,2]), islice(range(10), 1, 8, 2), product("ab", repeat=2), permutations("abc")]:
    next(it); c = copy.copy(it); print(type(it).__name__, norm(list(islice(c, 3))))
class R(repeat): pass
print(repr(R(1, 2)), norm(R(1,2).__reduce__()[1]), R.__reduce__ is repeat.__reduce__)
for label, it, st in [("cycle", cycle('ab'), ([1], 'x')), ("cycle2", cycle('ab'), ((1,), 1)), ("cycle3", cycle('ab'), ([1],)),
                      ("cycle4", cycle('ab'), ([1], 2**40)), ("islice", islice('ab', 1), 'a'), ("islice2", islice('ab', 1), 1.5),
                      ("chain", chain(), ()), ("chain2", chain(), (1, 2, 3)), ("groupby", groupby('a'), (1,)), ("groupby2", groupby('a'), [1, 2, 3]),
                      ("product", product('ab'), ('a',)), ("perm", permutations('ab'), ((0, 1), (1,))), ("comb", combinations('ab', 1), (0.5,)),
                      ("tee", tee('ab')[0], (1, 2)), ("tee2", tee('ab')[0], 1), ("zip_longest", zip_longest('a'), 5), ("acc", accumulate([1, 2]), 10)]:
    try:
        it.__setstate__(st)
        print(label, "ok", list(islice(it, 4)))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

# the cycle collector frees tools caught in reference cycles
import gc
import weakref


class Holder:
    def __init__(self, make):
        self.it = make(self._gen())

    def _gen(self):
        yield self
        yield 1


cyclic = {"cycle": cycle, "islice": lambda g: islice(g, 5), "accumulate": lambda g: accumulate(g, lambda a, b: b),
          "pairwise": pairwise, "zip_longest": zip_longest, "groupby": groupby,
          "compress": lambda g: compress(g, repeat(1)), "filterfalse": lambda g: filterfalse(lambda x: 0, g),
          "dropwhile": lambda g: dropwhile(bool, g), "count": lambda g: count(0, g and 1),
          "takewhile": lambda g: takewhile(bool, g), "product": lambda g: product([g]),
          "permutations": lambda g: permutations([g])}
for name, make in cyclic.items():
    h = Holder(make)
    next(h.it, None)
    ref = weakref.ref(h)
    del h
    gc.collect()
    print("gc", name, ref() is None)


class Node:
    pass


n = Node()
n.r = repeat(n)
ref = weakref.ref(n)
del n
gc.collect()
print("gc repeat", ref() is None)

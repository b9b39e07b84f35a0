# itertools objects as classes: subclassing, copying, pickling state,
# __setstate__, and what happens when a tool is re-entered from inside.
import copy
import operator
import pickle
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress,
                       count, cycle, dropwhile, filterfalse, groupby, islice, pairwise,
                       permutations, product, repeat, starmap, takewhile, tee, zip_longest)


def roundtrip(it, proto=2):
    return pickle.loads(pickle.dumps(it, proto))


# Combinatorics pickle at any point of their run.
for make in (lambda: product('ab', range(3)), lambda: permutations('abcd', 2),
             lambda: combinations('abcde', 3), lambda: combinations_with_replacement('abc', 2),
             lambda: product('ab', repeat=2), lambda: permutations(range(3))):
    it = make()
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        assert list(roundtrip(make(), proto)) == list(make())
    next(it), next(it)
    twin = roundtrip(it)
    print(type(twin).__name__, list(twin) == list(it))
    print(list(roundtrip(it)))

# Objects built on picklable iterators (count, repeat) pickle their progress.
it = islice(count(5, 2), 1, 20, 3)
next(it)
print(list(roundtrip(it)), list(it))
def first(a, b):
    return a


def small(x):
    return x < 4


acc = accumulate(repeat(2, 5), operator.mul)
print(next(acc), list(roundtrip(acc)), list(acc))
acc = accumulate(repeat(None, 3), first)
next(acc)
made, args = acc.__reduce__()
print(made.__name__, type(args[0]).__name__, args[1:], list(acc))
acc = accumulate(repeat(2, 3), initial=1)
print(acc.__reduce__()[0].__name__, type(acc.__reduce__()[1][0]).__name__, list(acc))
print(list(roundtrip(takewhile(small, count()))))
d = dropwhile(small, islice(count(), 8))
next(d)
print(list(roundtrip(d)), list(d))
z = zip_longest(repeat(1, 2), repeat(2, 4), fillvalue='-')
print(next(z), next(z), next(z), list(roundtrip(z)))
print(list(roundtrip(starmap(pow, repeat((2, 3), 2)))))
print(list(roundtrip(filterfalse(None, islice(count(-2), 5)))))
print(list(islice(roundtrip(cycle(repeat('x', 2))), 5)))
print(repr(roundtrip(count(3))), repr(roundtrip(count(1.5, 0.5))), repr(roundtrip(repeat('a', 2))))
for name, it in [('product', product('ab')), ('permutations', permutations('ab')),
                 ('combinations', combinations('abc', 2)), ('count', count(2)),
                 ('repeat', repeat(1, 3)), ('islice', islice(count(), 2, 9, 3))]:
    print(name, it.__reduce__()[0].__name__, it.__reduce__()[1:])
try:
    pickle.dumps(pairwise(repeat(1, 3)))
except TypeError as e:
    print('TypeError', e)

# __setstate__.
c = cycle('defg')
c.__setstate__((list('abc'), 0))
print(''.join(islice(c, 12)))
c = cycle('defg')
c.__setstate__((list('abcdefg'), 1))
print(''.join(islice(c, 12)))
for bad in ([list('ab'), 0], (tuple('ab'), 0), (list('ab'), 'x'), (), ([],)):
    try:
        cycle('x').__setstate__(bad)
    except TypeError:
        print('cycle TypeError', repr(bad))
ch = chain()
ch.__setstate__((iter(['abc', 'def']), iter(['ghi'])))
print(list(ch))
for bad in ((), [], 0, ([],), (iter([]), [])):
    try:
        chain().__setstate__(bad)
    except TypeError:
        print('chain TypeError', type(bad).__name__, len(bad) if bad != 0 else 0)
p = product((1, 2), (3,))
p.__setstate__((0, 0x1000))
print(next(p), list(p))
p = product((1, 2), (), (3,))
p.__setstate__((0, 0, 7))
print(list(p))
try:
    product('ab').__setstate__((1, 2))
except ValueError as e:
    print('ValueError', e)
cm = combinations('abcd', 2)
cm.__setstate__((0, 99))
print(list(cm))
pm = permutations('abc')
pm.__setstate__(((2, 0, 1), (3, 1, 1)))
print(list(pm))

# Copies of tee iterators share the items read so far.
a, b = tee('abcdef')
print(next(a), next(a), next(b))
c = copy.copy(a)
print(list(c), list(a), list(b))
a, b = tee(range(200))
for _ in range(130):
    next(a)
print(list(copy.copy(a))[:3], len(list(b)), type(a).__name__)
a, b = tee('xyz')
c, d = tee(a)
print(c is a, list(type(a)(d)), list(b))
for args in ((), (10,)):
    try:
        type(a)(*args)
    except TypeError:
        print('_tee TypeError', args)
print(tee('ab', 0), [list(t) for t in tee('ab', 3)])
try:
    tee('ab', -1)
except ValueError as e:
    print('ValueError', e)


class Reenter:
    first = True

    def __iter__(self):
        return self

    def __next__(self):
        first, self.first = self.first, False
        if first:
            return next(b)
        raise StopIteration


a, b = tee(Reenter())
try:
    next(a)
except RuntimeError as e:
    print('RuntimeError', e)


# pairwise read again from inside its own iterator.
def pair_check(reenter_at, steps):
    class Source:
        count = 0

        def __iter__(self):
            return self

        def __next__(self):
            self.count += 1
            if self.count in reenter_at:
                return next(it)
            return [self.count]
    it = pairwise(Source())
    print([next(it) for _ in range(steps)])


pair_check({1}, 2)
pair_check({2}, 3)
pair_check({1, 4}, 3)
pair_check({2, 3}, 3)
for bad in ((), ('abc', 10)):
    try:
        pairwise(*bad)
    except TypeError:
        print('pairwise TypeError', bad)
try:
    pairwise(iterable='abc')
except TypeError:
    print('pairwise TypeError keyword')


# groupby: a group read from the key function, and a key that pulls the group.
def key(n):
    if n == 5:
        list(grp)
    return n != 6


for k, grp in groupby(range(10), key):
    print(k, list(grp))
calls = 0


class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        global calls
        calls += 1
        if calls == 1:
            next(g, None)
        return True


g = next(groupby(range(10), K))[1]
print([next(g, None) for _ in range(3)], calls)
gb = groupby('aabbbc')
k, grp = next(gb)
print(k, grp.__reduce__()[0].__name__, next(grp))
next(gb)
print(grp.__reduce__()[0].__name__, list(grp))


# Subclasses: with an __init__ of their own they take extra keyword arguments.
def is_even(x):
    return x % 2 == 0


cases = [(filterfalse, (None, [0, 1])), (chain, ([1, 2], [3, 4])),
         (starmap, (operator.pow, ((2, 3), (3, 2)))), (islice, ([1, 2, 3, 4], 1, 3)),
         (takewhile, (is_even, [2, 3, 4])), (dropwhile, (is_even, [2, 3, 4])),
         (cycle, ([1, 2],)), (repeat, (1, 2)), (compress, ('ABC', [1, 0, 1]))]
for cls, args in cases:
    class Plain(cls):
        pass
    u = Plain(*args)
    print(cls.__name__, type(u) is Plain, list(islice(u, 3)))
    try:
        Plain(*args, newarg=3)
    except TypeError:
        print('  TypeError for newarg')
    if cls in (repeat, compress):
        continue

    class WithInit(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    u = WithInit(*args, newarg=3)
    print('  ', list(islice(u, 3)), u.newarg)

    class WithNew(cls):
        def __new__(cls, *args, newarg=None):
            self = super().__new__(cls, *args)
            self.newarg = newarg
            return self
    u = WithNew(*args, newarg=4)
    print('  ', list(islice(u, 3)), u.newarg)
print(type(chain.from_iterable(['ab'])).__name__, list(chain.from_iterable(['ab', 'c'])))

import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile,
                       takewhile, filterfalse, groupby, islice, starmap, tee, zip_longest,
                       product, permutations, combinations, combinations_with_replacement,
                       pairwise)
import operator

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(1.5, 0.5), 3)))
print(list(zip("abc", count(1))), list(islice(count(5, -2), 4)))
c = count(7)
next(c)
print(repr(c), repr(count(2, 3)), repr(count()), repr(count(1.5)))
print(list(islice(cycle("AB"), 5)), list(cycle([])))
print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -2)), list(islice(repeat(7), 3)))
print(repr(repeat("a", 3)), repr(repeat(None)), list(map(pow, range(5), repeat(2))))

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=5)), list(accumulate([])))
print(list(accumulate("abc")), list(accumulate([1, 2, 3], lambda a, b: a - b, initial=0)))

print(list(chain("ab", [1, 2], (), range(2))), list(chain()))
print(list(chain.from_iterable(["ab", "cd", [1]])), list(chain.from_iterable([])))
def gen_lists():
    yield [1]
    yield [2, 3]
print(list(chain.from_iterable(gen_lists())))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), [0, 1] * 2)))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None])))

print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby(sorted(["apple", "avocado", "banana", "cherry", "cranberry"]), key=lambda w: w[0])])
groups = groupby([1, 1, 2, 2, 2, 3])
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2), [k for k, g in groups])
print(list(groupby([])), [(k, list(g)) for k, g in groupby([1, 2, 2], key=lambda x: x > 1)])

print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)), list(islice(range(20), 3, 15, 4)), list(islice("AB", 5, 2)))
print(list(islice("ABC", None)), list(islice("ABC", None, None, None)), list(islice([], 3)))
it = iter(range(10))
print(list(islice(it, 2, 5)), next(it))
it = iter(range(10))
print(list(islice(it, 0, 6, 4)), next(it))
it = iter(range(10))
print(list(islice(it, 4, 2)), next(it))
for args in [(-1,), (1, -1), (1, 2, 0), ("a",), (-2, 5), (1, 2, 3, 4), (), (1.5,), (None, None, -1)]:
    try:
        islice([], *args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, zip("ab", "cd"))))
a, b = tee([1, 2, 3])
print(next(a), list(a), list(b))
x, y, z = tee(iter("xyz"), 3)
print(list(zip(x, y, z)), tee([], 0))
a, b = tee(count())
print([next(a) for _ in range(3)], [next(b) for _ in range(5)], next(a))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest([1, 2], [3])), list(zip_longest()))
print(list(zip_longest("a", "bc", "def")))
print(list(pairwise("ABCDE")), list(pairwise([1])), list(pairwise([])))

print(list(product("AB", "xy")), list(product(range(2), repeat=3)))
print(list(product("ab", [1], repeat=2)), list(product()), list(product("a", [])), list(product([1, 2], repeat=0)))
print(list(permutations("ABC", 2)), list(permutations(range(3))))
print(list(permutations([1, 2], 3)), list(permutations([], 0)), len(list(permutations(range(5)))))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("ab", 3)))
print(list(combinations([], 0)), list(combinations("abc", 0)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement([], 1)))
print(list(combinations_with_replacement("ab", 0)), len(list(combinations_with_replacement(range(5), 3))))
for bad in [lambda: permutations([], -1), lambda: combinations([], -1),
            lambda: combinations_with_replacement([], -1), lambda: product([1], repeat=-1),
            lambda: tee([], -1), lambda: count("a"), lambda: cycle(1), lambda: list(chain(1)),
            lambda: accumulate(1), lambda: zip_longest(1), lambda: product(1)]:
    try:
        bad()
        print("no error")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# typical uses
print(sum(1 for _ in combinations(range(10), 3)))
pairs = {(a, b) for a, b in product(range(3), repeat=2) if a < b}
print(sorted(pairs))
print(["".join(p) for p in permutations("abc")])
print(list(itertools.islice(itertools.accumulate(itertools.count(1)), 6)))
def running_groups(data):
    for key, grp in groupby(enumerate(data), lambda t: t[1] - t[0]):
        grp = list(grp)
        yield grp[0][1], grp[-1][1]
print(list(running_groups([1, 2, 3, 7, 8, 10, 11, 12])))

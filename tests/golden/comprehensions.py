# Comprehensions and generator expressions.
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[y for y in range(x)] for x in range(4)])
print({x: x ** 2 for x in range(4)}, {x % 4 for x in range(10)} == {0, 1, 2, 3})
print(list(x + 1 for x in range(3)), sum(x for x in range(101)), tuple(c for c in "abc"))
print(max((len(w), w) for w in ["a", "bbb", "cc"]), any(x > 3 for x in [1, 5]), all(x for x in []))
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1], [list(r) for r in zip(*matrix)])
print([[row[i] for row in matrix] for i in range(3)])
n = 10
print([n * i for i in range(3)], [i for i in range(n) if i > n - 3])
def f():
    k = 2
    return [k * j for j in range(3)], (k + j for j in range(2))
lst, gen = f()
print(lst, list(gen))
x = "outer"
print([x for x in "ab"], x)
funcs = [lambda: i for i in range(3)]
print([g() for g in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([g() for g in funcs2])
g = (i * 2 for i in range(4))
print(next(g), next(g), list(g), list(g))
print([(a, b) for a, b in [(1, 2), (3, 4)]], [a for a, *rest in [(1, 2, 3), (4,)]])
print({k: v for k, v in zip("abc", range(3)) if v}, [s.upper() for s in "x y z".split()])
print([i if i % 2 else -i for i in range(5)], [y for x in [[1, 2], [3]] for y in x])
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    total = sum(v for v in vals)
print(K.doubled, K.total)
print(sorted({c for c in "hello world" if c.isalpha()}), len([0 for _ in range(1000)]))
print(list(zip(*[(1, "a"), (2, "b")])), [i for i in reversed(range(3))])
print({i: [j for j in range(i)] for i in range(3)}, [(lambda q: q + 1)(i) for i in range(3)])
gen2 = (x for x in range(3))
print(type(gen2).__name__, sum(gen2), sum(gen2))
print([w for w in ("apple", "kiwi", "fig") if len(w) > 3 and w[0] in "ak"])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
print(sum(i * j for i in range(4) for j in range(4) if i < j))
print([(yield_ := i) for i in range(2)], yield_)
print([y := 5, y ** 2], [last := v for v in "xyz"], last)

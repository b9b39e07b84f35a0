# Counter: construction, counting, most_common (ties keep first-seen order),
# arithmetic and in-place arithmetic, comparisons, and error cases.
from collections import Counter

c = Counter("mississippi")
print(c, len(c), c["s"], c["q"], "q" in c)
print(Counter(), Counter({"a": 2, "b": 0}), Counter(a=1, b=2), Counter(["x", "y", "x"], y=5))
print(Counter(Counter("aab")), Counter({"b": 1}, a=3))

# most_common: equal counts stay in insertion order
ties = Counter("dcbadcb")
print(ties.most_common(), ties.most_common(1), ties.most_common(3))
print(ties.most_common(0), ties.most_common(-2), ties.most_common(100))
print(Counter("zyx").most_common(), Counter({"late": 1, "early": 1, "big": 3}).most_common(2))
print(repr(Counter({"a": 1, "b": 3, "c": 2})), repr(Counter({"u": "x", "v": 1})))

# elements, total
e = Counter(a=2, b=0, c=-1, d=3)
print(list(e.elements()), e.total(), Counter().total(), type(e.elements()).__name__)

# update and subtract with iterables, mappings and keywords
u = Counter("ab")
u.update("abc")
u.update({"a": 10, "z": 1})
u.update(Counter(z=2), q=4)
print(u)
u.subtract("aaz")
u.subtract({"q": 10})
u.subtract(Counter(b=1), c=3)
print(u, u["q"], u.total())
s = Counter()
s.subtract("ab")
print(s)
u.update()
u.update(None)
print(u == u.copy(), u.copy() is u, type(u.copy()).__name__)

# arithmetic keeps only positive results; self's keys come first
a = Counter(a=3, b=1, c=-2, e=0)
b = Counter(b=2, a=1, d=4, c=1, f=-3)
print("+", a + b)
print("-", a - b)
print("|", a | b)
print("&", a & b)
print("+a", +a, "-a", -a)
print(Counter(a=1) & Counter(a=1.0), Counter(a=1.0) | Counter(a=1), Counter(a=True) + Counter())
print(Counter() + Counter(a=True), Counter(a=2) - Counter(a=2), -Counter(a=-0.5))

# in-place arithmetic changes self and drops non-positive counts
x = Counter(a=3, b=1, c=0)
y = x
x += Counter(b=-1, d=2)
print(x, x is y)
x -= Counter(a=1, e=-5)
print(x)
x |= Counter(a=7, z=0)
print(x)
x &= Counter(a=4, d=9)
print(x)
p = Counter(a=1)
p += {"b": 2}
print(p)

# comparisons treat missing elements as zero
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter() == Counter(x=0))
print(Counter(a=1) <= Counter(a=1, b=1), Counter(a=1) < Counter(a=1), Counter(a=1) < Counter(a=1, b=1))
print(Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter(a=2, b=0), Counter(a=2, b=1) > Counter(a=2))
print(Counter(a=1) == {"a": 1}, {"a": 1} == Counter(a=1), Counter(a=1) == {"a": 1, "b": 0})
print(Counter(a=1) == 5, Counter(a=1) != "x")

# dict-like behaviour
d = Counter("abca")
del d["a"]
del d["missing"]
d["n"] += 5
print(d, d.get("zz"), d.get("zz", 7), d.pop("n"), d.setdefault("w", 9), sorted(d), list(d.items()))
print(dict(d), list(reversed(d)), d.keys(), d.values())

for bad in [lambda: Counter.fromkeys("ab"), lambda: Counter(a=1) < 3, lambda: Counter(a=1) + 1,
            lambda: Counter(a=1) - {"a": 1}, lambda: Counter(a=1) & [1], lambda: Counter(5),
            lambda: Counter("a", "b"), lambda: Counter()[[1]], lambda: Counter(a=1) <= {"a": 2}]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)

# word frequencies
text = "the quick brown fox jumps over the lazy dog the fox"
freq = Counter(text.split())
print(freq.most_common(3), freq["fox"], sum(freq.values()), len(freq))

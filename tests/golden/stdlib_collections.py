from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap
import collections

# ---- deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 2 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend([4, 5])
d.extendleft("ab")
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.reverse()
print(d, d.count(1), d.index(3), d.index(3, 1))
d.remove("a")
d[0] = "first"
del d[1]
print(d, list(reversed(d)), d == deque(["first", 3, 2, 1, "b"]), d == [1])
d.insert(1, "ins")
print(d, d.copy(), bool(d), bool(deque()))
d.clear()
print(d, len(d))
q = deque(maxlen=3)
for i in range(6):
    q.append(i)
print(q, q.maxlen, deque([1, 2]).maxlen)
q.appendleft(-1)
print(q)
q.extend([10, 11])
print(q, deque("abcdef", 2), deque([], maxlen=0))
print(deque(range(3)) + deque([9]), deque([1, 2]) * 2, deque([1]) < deque([2]), deque([1, 2]) >= deque([1]))
e = deque()
for op in [e.pop, e.popleft, lambda: e[0], lambda: deque([1]).remove(5), lambda: deque([1]).index(7),
           lambda: deque(maxlen=-1), lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque([1])["x"]]:
    try:
        op()
    except (IndexError, ValueError, TypeError) as ex:
        print(type(ex).__name__, ex)
try:
    dd = deque([1, 2])
    for x in dd:
        dd.append(x)
except RuntimeError as ex:
    print("RuntimeError", ex)
# BFS with a deque
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
seen, order, work = {"a"}, [], deque(["a"])
while work:
    node = work.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            work.append(nxt)
print(order)
big = deque()
for i in range(1000):
    big.appendleft(i)
    big.append(-i)
for i in range(1500):
    big.popleft()
print(len(big), big[0], big[-1], sum(big))
dq = deque([1, 2, 3])
dq += [4]
dq *= 2
print(dq, dq.__class__.__name__)

# ---- defaultdict
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["a"], len(dd), "c" in dd, dd["c"], dd)
print(sorted(dd.items()), list(dd.keys()), list(dd.values()), dd.get("zz"), "zz" in dd)
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, dict(counts), counts == {"m": 1, "i": 4, "s": 4, "p": 2}, {"m": 1} == counts)
print(defaultdict(None, {1: 2}), defaultdict(set), defaultdict(lambda: "x", a=1)["b"])
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(dict(nested["x"]), nested["x"]["y"], len(nested))
dd2 = dd.copy()
dd2["new"].append(0)
print("new" in dd, dd2.default_factory is list, dd2.pop("new"), dd2.setdefault("q", 5), dd2["q"])
del dd2["q"]
dd2.update({"z": [9]}, w=[8])
print(dd2)
try:
    defaultdict()["k"]
except KeyError as ex:
    print("KeyError", ex)
try:
    defaultdict(3)
except TypeError as ex:
    print("TypeError", ex)
for k in defaultdict(int, {"p": 1, "q": 2}):
    print(k, end=" ")
print()

# ---- Counter
c = Counter("abracadabra")
print(c, c["a"], c["z"], len(c))
print(c.most_common(2), c.most_common(), c.most_common(0))
print(sorted(c.elements()), c.total())
c.update("zzz")
c.update({"a": -5})
print(c)
c.subtract(["z", "z"])
c.subtract(b=2)
print(c, +c, -c)
c1, c2 = Counter(a=3, b=1, c=0), Counter(a=1, b=2, d=4)
print(c1 + c2, c1 - c2, c1 | c2, c1 & c2)
print(Counter(), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), Counter(a=1) == Counter(a=1, b=0))
print(Counter(a=1) <= Counter(a=2), Counter(a=3) < Counter(a=2), Counter("aab") >= Counter("ab"))
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(3), wc["the"], list(wc), list(wc.keys()))
print(Counter(["x", "y", "x"]).most_common(1)[0], dict(Counter("hello")))
c3 = Counter(a=2)
c3 += Counter(a=-3, b=1)
print(c3)
c3 -= Counter(b=5)
print(c3)
del c3["nothere"]
c4 = Counter({"k": 2, "j": 2, "l": 3})
print(c4, c4.most_common(2), c4.copy())
try:
    Counter.fromkeys("ab")
except NotImplementedError as ex:
    print("NotImplementedError", ex)

# ---- OrderedDict
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), od["a"])
od.move_to_end("b")
print(od)
od.move_to_end("b", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([("x", 1), ("y", 2)]) == OrderedDict([("y", 2), ("x", 1)]))
print(OrderedDict([("x", 1), ("y", 2)]) == {"y": 2, "x": 1}, OrderedDict.fromkeys("ab", 0))
lru = OrderedDict()
for key in [1, 2, 3, 1, 4, 5]:
    if key in lru:
        lru.move_to_end(key)
    lru[key] = True
    if len(lru) > 3:
        lru.popitem(last=False)
print(list(lru))
for bad in [lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end("q")]:
    try:
        bad()
    except KeyError as ex:
        print("KeyError", ex)

# ---- namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
q = Point(y=5, x=3)
print(p, q, p.x + q.y, p[0], p[-1], p[:1], len(p), list(p), tuple(q))
x, y = p
print(x, y, p == (1, 2), (1, 2) == p, p == Point(1, 2), p != q, p < q, hash(p) == hash((1, 2)))
print(Point._fields, p._asdict(), p._replace(y=9), Point._make([7, 8]), 2 in p, p.count(1), p.index(2))
print({p: "found"}[Point(1, 2)], sorted([Point(2, 1), Point(1, 3)]), max(Point(0, 9), Point(1, 0)))
Emp = namedtuple("Emp", "name, dept salary", defaults=[0])
print(Emp("ann", "it"), Emp("bob", "hr", 10), Emp._field_defaults, Emp.__name__)
Color = namedtuple("Color", "red green blue", defaults=(0, 255))
print(Color(1), Color._fields)
R = namedtuple("R", ["a", "def", "a", "_x"], rename=True)
print(R._fields, R(1, 2, 3, 4))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, y=2, z=3), lambda: Point(1, x=2),
            lambda: Emp(), lambda: Point._make([1]), lambda: p._replace(z=1),
            lambda: namedtuple("Bad", ["x", "x"]), lambda: namedtuple("Bad", ["_x"]),
            lambda: namedtuple("Bad", ["class"]), lambda: namedtuple("1Bad", ["x"]),
            lambda: namedtuple("Bad", ["a"], defaults=[1, 2])]:
    try:
        bad()
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
try:
    p.x = 10
except AttributeError as ex:
    print("AttributeError", ex)

class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)
v = Vec(1, 2) + Vec(3, -4)
print(v, v.norm1, v._replace(x=0), Vec._make((5, 6)))

# ---- ChainMap
defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cm = ChainMap(env, defaults)
print(cm["user"], cm["color"], len(cm), sorted(cm), list(cm), "color" in cm, cm.get("zz", 0))
cm["color"] = "blue"
print(cm, defaults)
child = cm.new_child({"user": "root"})
print(child["user"], child.parents["user"], child.maps[-1] is defaults, dict(child.items()))
del cm["color"]
print(cm, ChainMap())
try:
    del cm["user2"]
except KeyError as ex:
    print("KeyError", ex)

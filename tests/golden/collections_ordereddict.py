# OrderedDict: move_to_end, popitem from either end, order-sensitive equality,
# views, | operators and copies; defaultdict alongside.
from collections import OrderedDict, defaultdict
import copy

od = OrderedDict.fromkeys("abcde", 0)
print(od, list(od), len(od))
od.move_to_end("b")
od.move_to_end("d", last=False)
od.move_to_end("e", True)
print(list(od.items()))
print(od.popitem(), od.popitem(last=False), od.popitem(False), list(od))
od["x"] = 1
od["a"] = 5
print(od, od.keys(), od.values(), od.items())
print(list(reversed(od)), list(reversed(od.keys())), list(reversed(od.items())), list(reversed(od.values())))
print(od.keys() == {"a", "c", "x"}, od.keys() & {"a", "q"}, od.keys() | {"q"} == {"a", "c", "x", "q"})
print(sorted(od.keys() - {"a"}), {"a", "w"} - od.keys(), ("a", 5) in od.items(), 5 in od.values(), "c" in od.keys())
print(od.items() == {("a", 5), ("c", 0), ("x", 1)}, od.keys().isdisjoint(["zz"]), len(od.values()))

# equality: order matters only between two OrderedDicts
o1 = OrderedDict([("p", 1), ("q", 2)])
o2 = OrderedDict([("q", 2), ("p", 1)])
print(o1 == o2, o1 != o2, o1 == dict(o2), dict(o2) == o1, o1 == {"p": 1}, o1 == [("p", 1), ("q", 2)])
o2.move_to_end("q")
print(o1 == o2, OrderedDict() == OrderedDict(), OrderedDict() == {})

# dict methods
o = OrderedDict(a=1)
print(o.setdefault("b", 2), o.setdefault("a", 9), o.pop("a"), o.pop("zz", "dflt"), o.get("b"), o)
o.update([("c", 3)], d=4)
o.update({"b": 20})
print(o, o.copy(), copy.copy(o), o.copy() is o)
o |= {"e": 5}
print(o, o | {"a": 0}, {"z": 0} | o, type({"z": 0} | o).__name__)
o.clear()
print(o, bool(o), repr(OrderedDict()))

# an LRU cache built on move_to_end/popitem
class LRU:
    def __init__(self, size):
        self.size, self.data = size, OrderedDict()
    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.size:
            print("evict", self.data.popitem(last=False))
cache = LRU(2)
cache.put(1, "one"); cache.put(2, "two"); cache.get(1); cache.put(3, "three"); cache.put(4, "four")
print(list(cache.data.items()))

for bad in [lambda: OrderedDict().popitem(), lambda: OrderedDict().popitem(last=False),
            lambda: OrderedDict(a=1).move_to_end("b"), lambda: OrderedDict(a=1)["b"],
            lambda: OrderedDict(a=1).pop("b"), lambda: OrderedDict(1, 2), lambda: OrderedDict([1]),
            lambda: OrderedDict([(1, 2, 3)]), lambda: OrderedDict([(1,)]),
            lambda: OrderedDict().update(1, 2), lambda: defaultdict(list, 1, 2), lambda: defaultdict(list, [1])]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)

# defaultdict
dd = defaultdict(list, {"a": [1]}, b=[2])
dd["c"].append(3)
print(dd, dd.default_factory, len(dd))
print(dd | {"z": []}, {"z": [0]} | dd, type(dd | {}).__name__, (dd | {}).default_factory)
dd2 = copy.copy(dd)
dd2["d"]
print(sorted(dd2), sorted(dd), dd2.default_factory is list)
dd.default_factory = None
try:
    dd["nope"]
except KeyError as ex:
    print("KeyError", ex)
dd.default_factory = lambda: "made"
print(dd["new"], dd.get("other"), "other" in dd, dd.pop("new"))
counts = defaultdict(int)
for w in "a b a c b a".split():
    counts[w] += 1
print(counts, defaultdict(None), defaultdict(), defaultdict(int) == {}, counts == {"a": 3, "b": 2, "c": 1})
groups = defaultdict(set)
for n in range(10):
    groups[n % 3].add(n)
print(dict(groups), list(groups.keys()))
for bad in [lambda: defaultdict(1), lambda: defaultdict("x", {}), lambda: defaultdict()[0]]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)

# containers that contain themselves
from collections import deque, ChainMap, namedtuple
rod = OrderedDict(a=1)
rod["me"] = rod
rdd = defaultdict(list)
rdd["me"] = rdd
rdq = deque([1])
rdq.append(rdq)
rcm = ChainMap({})
rcm.maps[0]["me"] = rcm
rcm.maps.append(rcm)
Box = namedtuple("Box", "content")
items = [1]
box = Box(items)
items.append(box)
print(rod, rdd, rdq, rcm, box, OrderedDict(k=[rod]))

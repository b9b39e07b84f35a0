import pprint
import io

data = {
    "name": "coil", "version": (3, 11, 0), "tags": ["python", "rust", "interpreter", "bytecode", "vm"],
    "nested": {"a": [1, 2, 3] * 8, "b": {"x": 1, "y": [{"deep": list(range(12))}]}},
    "set": {5, 3, 1, 4}, "fs": frozenset({7, 2}), "empty": {}, "el": [], "et": (), "one": (1,),
    "text": "The quick brown fox jumps over the lazy dog. " * 4,
    "lines": "first line\nsecond line that is fairly long indeed, yes it is\nthird\n",
    "bytes": b"0123456789abcdefghijklmnopqrstuvwxyz" * 3,
    "big": 12345678901234567890,
}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, indent=4, width=60)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=50)
pprint.pp({"z": 1, "a": 2, "m": [3, 2, 1]})
pprint.pprint({"z": 1, "a": 2}, sort_dicts=False)
print(pprint.pformat(list(range(40)), compact=True, width=30))
print(pprint.pformat(list(range(40)), width=30)[:60])
print(pprint.pformat(12345678, underscore_numbers=True), pprint.pformat([10**9], underscore_numbers=True))
print(pprint.pformat(("a" * 30, "b" * 30, "c" * 30)))
print(pprint.pformat([("x" * 50,)], width=30))
print(pprint.pformat({1: "a", "b": 2, (1, 2): None, None: 3}))
print(pprint.pformat({1, 2.5, None}))
print(pprint.pformat([[[[["deep"]]]]], depth=3))
print(pprint.pformat("word " * 30, width=30))
print(pprint.pformat(["word " * 30], width=30))
print(pprint.pformat(set(range(30)), width=40))
print(pprint.pformat(frozenset(range(30)), width=40))

rec = [1, 2]
rec.append(rec)
d = {"k": 1}
d["self"] = d
print(pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isrecursive(d))
print(pprint.isreadable([1, "a", (2.5, None)]), pprint.isreadable([object()]))
print(pprint.saferepr([1, {"b": 2, "a": (3,)}]))
print("Recursion on list" in pprint.saferepr(rec), "Recursion on dict" in pprint.pformat(d))

pp = pprint.PrettyPrinter(indent=2, width=30)
print(pp.pformat({"alpha": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "beta": "b"}))
print(pp.isreadable((1, 2)), pp.isrecursive(rec), pp.isreadable(rec))
buf = io.StringIO()
pprint.PrettyPrinter(stream=buf, width=20).pprint(list("abcdefghij"))
print(repr(buf.getvalue()))
print(pp.format([1, 2], {}, 0, 0))

for kw in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print(type(e).__name__, e)

class MyList(list):
    pass

class Custom:
    def __repr__(self):
        return "Custom()"

print(pprint.pformat(MyList(range(30)), width=20)[:50])
print(pprint.pformat([Custom()] * 12, width=30))
print(pprint.isreadable(Custom()))

# collections, namespaces and dataclasses
import collections
import dataclasses
import types
w = 20
print(pprint.pformat(collections.OrderedDict((i, str(i) * 3) for i in range(5)), width=w))
print(pprint.pformat(collections.OrderedDict(), width=w))
print(pprint.pformat(collections.defaultdict(int, {i: "x" * i for i in range(6)}), width=w))
print(pprint.pformat(collections.defaultdict(list, {1: 2, 3: 4}), width=30))
print(pprint.pformat(collections.Counter("abracadabrazzzzyy"), width=w))
print(pprint.pformat(collections.ChainMap({"a": 1, "b": "x" * 10}, {"c": [1, 2, 3]}), width=w))
print(pprint.pformat(collections.deque(range(12)), width=w))
print(pprint.pformat(collections.deque(range(12), maxlen=20), width=w))
print(pprint.pformat(collections.UserDict({i: "y" * 5 for i in range(4)}), width=w))
print(pprint.pformat(collections.UserList(range(12)), width=w))
print(pprint.pformat(collections.UserString("word " * 8), width=w))
print(pprint.pformat(types.MappingProxyType({i: "z" * 5 for i in range(4)}), width=w))
print(pprint.pformat(types.SimpleNamespace(a=1, bb="q" * 10, c=[1, 2, 3]), width=w))

@dataclasses.dataclass
class Point:
    x: int
    label: str
    tags: list = dataclasses.field(default_factory=list)
    hidden: int = dataclasses.field(default=0, repr=False)

print(pprint.pformat(Point(1, "origin point", ["a", "b", "c"]), width=w))
print(pprint.pformat(Point(1, "o"), width=80))
node = Point(2, "self")
node.tags.append(node)
print(pprint.pformat(node, width=w).replace(str(id(node)), "ID"))

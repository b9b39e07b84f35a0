# ChainMap: lookups through the maps in order, writes to the first map only,
# iteration order, views, new_child/parents, | operators and error messages.
from collections import ChainMap, Counter, defaultdict, OrderedDict
import copy

base = {"color": "red", "size": 1, "shape": "box"}
user = {"size": 3}
cli = {"verbose": True, "color": "green"}
cm = ChainMap(cli, user, base)
print(cm["color"], cm["size"], cm["shape"], cm.get("nope"), cm.get("nope", 0), "verbose" in cm, "x" in cm)
print(len(cm), list(cm), list(cm.keys()), list(cm.values()), list(cm.items()))
print(cm.keys(), cm.values())
print(cm.items())
print(sorted(cm.keys() & {"size", "zz"}), sorted(cm.keys() | {"extra"}), sorted(cm.keys() - {"size"}))
print(sorted({"size", "zz"} - cm.keys()), ("size", 3) in cm.items(), ("size", 1) in cm.items(), 1 in cm.values())
print(cm.keys() == {"color", "size", "shape", "verbose"}, cm.keys() == set(), cm.keys().isdisjoint({"q"}))
print(dict(cm), cm == dict(cm), dict(cm) == cm, cm == ChainMap(dict(cm)), cm != {}, cm == 3)
print(bool(cm), bool(ChainMap()), bool(ChainMap({}, {})), ChainMap(), ChainMap().maps, len(ChainMap({}, {})))

# writes, deletes and pops only touch maps[0]
cm["size"] = 10
cm["new"] = "n"
print(cli, user["size"], cm["size"])
del cm["new"]
print(cm.pop("verbose"), cm.pop("missing", "dflt"), cm.setdefault("shape", "circle"), cm.setdefault("k", "v"))
print(cm.popitem(), cm.popitem(), cm.popitem(), cli)
cm.update({"a": 1}, b=2)
cm.update([("c", 3)])
print(cm)
cm.clear()
print(cm, base)

# new_child and parents
root = ChainMap({"x": 1})
child = root.new_child()
child["x"] = 2
grand = child.new_child({"y": 3}, z=4)
kw = root.new_child(x=9)
print(root, child, grand, kw)
print(grand["x"], grand.parents, grand.parents.parents, grand.parents.parents.parents)
print(grand.maps[-1] is root.maps[0], type(grand.parents).__name__)

# copy shares every map but the first
c1 = ChainMap({"a": [1]}, {"b": 2})
c2 = c1.copy()
c3 = copy.copy(c1)
c2["a"] = "changed"
c2.maps[1]["b"] = "shared"
print(c1, c2, c3)
print(ChainMap.fromkeys("ab"), ChainMap.fromkeys(["p"], 0))

# | and |=
left = ChainMap({"a": 1}, {"b": 2})
print(left | {"c": 3, "a": 0}, {"c": 3, "b": 9} | left, left)
left |= {"d": 4}
print(left, type({"q": 1} | left).__name__)

# __missing__ of the inner maps and of a subclass
print(ChainMap(Counter("aab"))["z"], ChainMap({}, defaultdict(int))["w"])
class Fallback(ChainMap):
    def __missing__(self, key):
        return f"<{key}>"
fb = Fallback({"a": 1})
print(fb["a"], fb["b"], fb.get("b"), "b" in fb, fb.new_child(), type(fb.parents).__name__)
print(ChainMap(OrderedDict(a=1), {"b": 2}))

# layered scopes
scopes = ChainMap({"builtin": "len"})
scopes = scopes.new_child({"g": 1})
scopes = scopes.new_child({"local": 2, "g": "shadow"})
print(scopes["g"], scopes.parents["g"], sorted(scopes))

for bad in [lambda: ChainMap({})["k"], lambda: ChainMap({}, {"k": 1}).pop("k"),
            lambda: ChainMap().popitem(), lambda: ChainMap({"a": 1}).__delitem__("b"),
            lambda: ChainMap({}, {"a": 1}).__delitem__("a"), lambda: hash(ChainMap()),
            lambda: ChainMap() | 1, lambda: ChainMap().pop()]:
    try:
        bad()
    except Exception as ex:
        print(type(ex).__name__, ex)

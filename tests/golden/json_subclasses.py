# Instances of subclasses of dict, list, tuple, str, int and float are written
# as their builtin base, as CPython's encoder does (not through their __repr__).
import json
from collections import OrderedDict


class D(dict):
    pass


class L(list):
    pass


class T(tuple):
    pass


class S(str):
    def __str__(self):
        return "not this"


class I(int):
    def __repr__(self):
        return "not this"


class F(float):
    def __repr__(self):
        return "not this"


d = D(b=1, a=2)
print(json.dumps(d), json.dumps(d, sort_keys=True), json.dumps(d, indent=1))
print(json.dumps(L([1, L([2])])), json.dumps(T((1, 2))), json.dumps([T()]))
print(json.dumps(S("text")), json.dumps({S("key"): S("value")}))
print(json.dumps(I(5)), json.dumps({I(5): I(6)}), json.dumps(True), json.dumps({True: 1}))
print(json.dumps(F(2.5)), json.dumps({F(2.5): F(-0.0)}))
print(json.dumps([F("nan"), F("inf"), F("-inf")]))
try:
    json.dumps(F("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
print(json.dumps({"od": OrderedDict([("z", 1), ("a", 2)])}))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)]), sort_keys=True))


class Items(dict):
    def items(self):
        return [("from", "items()")]


print(json.dumps(Items(a=1)))


class Backwards(list):
    def __iter__(self):
        return iter(list(list.__iter__(self))[::-1])


print(json.dumps(Backwards([1, 2, 3])), json.dumps(Backwards([1, 2, 3]), indent=0))

x = L()
x.append(x)
try:
    json.dumps(x)
except ValueError as e:
    print("ValueError", e)
y = D()
y["y"] = y
try:
    json.dumps(y)
except ValueError as e:
    print("ValueError", e)


# CPython issue 24094: a dict subclass whose keys mutate during sorting.
class Evil(dict):
    def keys(self):
        return L


class X:
    def __hash__(self):
        del L[0]
        return 1337

    def __lt__(self, o):
        return 0


L = [X() for i in range(1122)]
e = Evil()
e[1337] = "true.dat"
print(json.dumps(e, sort_keys=True))

od = json.loads('{"xkd":1, "kcw":2, "art":3, "empty": {}}', object_pairs_hook=OrderedDict)
print(type(od).__name__, list(od.items())[:3], type(od["empty"]).__name__)
print(json.dumps(od))

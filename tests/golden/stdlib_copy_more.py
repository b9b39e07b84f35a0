# copy: the reduce protocol, exceptions, slots, recursion through tuples, memo, uncopyable objects
import copy


def show(label, fn):
    try:
        print(label, "=>", fn())
    except Exception as e:
        print(label, "=>", type(e).__name__ + ":", e)


class C:
    def m(self):
        return self

values = {"None": None, "int": 1, "float": 1.5, "bool": True, "str": "s", "bytes": b"b",
          "tuple": (1, [2]), "atomic tuple": (1, 2), "frozenset": frozenset({1}), "type": int,
          "range": range(3), "slice": slice(1, 2), "property": property(), "builtin": len,
          "Ellipsis": ..., "NotImplemented": NotImplemented, "list": [1], "dict": {1: 2},
          "set": {1}, "method": C().m, "empty tuple": (), "nested tuple": ((1, 2), 3)}
for name, v in values.items():
    print(name, copy.copy(v) is v, copy.deepcopy(v) is v)
show("module", lambda: copy.copy(copy))
show("generator", lambda: copy.deepcopy(x for x in []))

class WithSetstate:
    def __setstate__(self, state):
        print("setstate", state)
copy.copy(WithSetstate())
w = WithSetstate()
w.a = 1
copy.deepcopy(w)

class NewArgs:
    def __getnewargs__(self):
        return (1, 2)
    def __new__(cls, *args):
        print("new", args)
        return object.__new__(cls)
copy.copy(NewArgs())
class NewArgsEx:
    def __getnewargs_ex__(self):
        return (1,), {"k": 2}
    def __new__(cls, *args, **kw):
        print("new", args, kw)
        return object.__new__(cls)
copy.deepcopy(NewArgsEx())

e = copy.deepcopy(ValueError("x", [1]))
print(type(e).__name__, e.args)
class AppError(Exception):
    pass
err = AppError(1, [2])
err.note = [3]
err2 = copy.deepcopy(err)
print(type(err2).__name__, err2.args, err2.note, err2.note is err.note, err2.args[1] is err.args[1])
print(copy.copy(err).note is err.note)

a = [1]
t = (a,)
a.append(a)
a.append(t)
b = copy.deepcopy(t)
print(b[0][1] is b[0], b[0][2] is b, b is not t)
d = {}
d["k"] = [d]
d2 = copy.deepcopy(d)
print(d2["k"][0] is d2)
class N:
    pass
n = N()
n.me = n
n.items = [n, (n,)]
n2 = copy.deepcopy(n)
print(n2.me is n2, n2.items[0] is n2, n2.items[1][0] is n2, n2 is not n)
memo = {}
copy.deepcopy([n, n], memo)
print(memo[id(n)].me is memo[id(n)], id(memo) in memo)
m2 = copy.deepcopy(C().m)
print(type(m2()).__name__)

class Slots:
    __slots__ = ("x", "y")
s = Slots()
s.x = [1]
s2 = copy.deepcopy(s)
print(s2.x, s2.x is s.x, hasattr(s2, "y"), copy.copy(s).x is s.x)

class ReduceEx:
    def __reduce_ex__(self, protocol):
        print("reduce_ex", protocol)
        return (ReduceEx, ())
copy.copy(ReduceEx())
class ReduceItems:
    def __init__(self):
        self.items = []
        self.pairs = {}
    def append(self, v):
        self.items.append(v)
    def __setitem__(self, k, v):
        self.pairs[k] = v
    def __reduce__(self):
        return (ReduceItems, (), None, iter([[1], [2]]), iter([("k", [3])]))
ri = copy.deepcopy(ReduceItems())
print(type(ri).__name__, ri.items, ri.pairs)

class Hooks:
    def __copy__(self):
        return "copied"
    def __deepcopy__(self, memo):
        return "deep " + type(memo).__name__
print(copy.copy(Hooks()), copy.deepcopy(Hooks()), copy.deepcopy([Hooks()]))
fs = frozenset({(1, 2)})
print(copy.deepcopy(fs) == fs, copy.deepcopy(fs) is fs)
print(copy.deepcopy({1: [2], (3,): {4}}), copy.deepcopy(slice(1, [2], None)))
print(copy.Error.__name__, copy.error is copy.Error, copy.__all__, type(copy.dispatch_table).__name__)

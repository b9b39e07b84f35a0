# types: SimpleNamespace, MappingProxyType, DynamicClassAttribute, new_class and friends, coroutine
import asyncio
import types


def show(label, fn):
    try:
        print(label, "=>", fn())
    except Exception as e:
        print(label, "=>", type(e).__name__ + ":", e)


ns = types.SimpleNamespace(a=1, b="x")
print(ns, repr(types.SimpleNamespace()), ns == types.SimpleNamespace(b="x", a=1), ns != types.SimpleNamespace())
class Named(types.SimpleNamespace):
    pass
print(Named(x=1), Named(x=1) == types.SimpleNamespace(x=1), types.SimpleNamespace(a=1) == 1)
ns.self = ns
print(ns)
del ns.a
print(sorted(vars(ns)), hasattr(ns, "a"))
show("positional", lambda: types.SimpleNamespace({"a": 1}))
print(types.SimpleNamespace(**{"a b": 1}), types.SimpleNamespace(a=[1]).__reduce__())
print(types.SimpleNamespace.__module__, types.SimpleNamespace.__name__, types.SimpleNamespace.__hash__)

d = {"k": 1}
mp = types.MappingProxyType(d)
d["n"] = 2
print(mp, str(mp), len(mp), list(mp), list(reversed(mp)), mp.get("k"), mp.get("z", 0), "k" in mp)
print(mp | {"a": 3}, {"a": 3} | mp, mp == d, mp != d, mp.copy(), mp.copy() is d, type(mp).__name__)
print(list(mp.keys()), list(mp.values()), list(mp.items()), types.MappingProxyType[int])
print(types.MappingProxyType(mp), types.MappingProxyType(mapping=d), types.MappingProxyType("ab")[1:])
show("item assignment", lambda: mp.__setitem__)
show("attribute", lambda: setattr(mp, "x", 1))
show("hash", lambda: hash(mp))
show("not a mapping", lambda: types.MappingProxyType(1))
show("list", lambda: types.MappingProxyType([1]))
try:
    mp["z"] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    mp |= {}
except TypeError as e:
    print("TypeError:", e)

# DynamicClassAttribute
class Thing:
    @types.DynamicClassAttribute
    def label(self):
        "the label"
        return "instance label"
print(Thing().label, Thing.__dict__["label"].__doc__, Thing.__dict__["label"].overwrite_doc)
show("class access", lambda: Thing.label)
show("set", lambda: setattr(Thing(), "label", 1))
show("delete", lambda: delattr(Thing(), "label"))
class Empty:
    nothing = types.DynamicClassAttribute()
show("unreadable", lambda: Empty().nothing)
with_setter = Thing.__dict__["label"].setter(lambda self, v: print("set to", v))
Thing.label = with_setter
t = Thing()
t.label = 5
print(with_setter.__doc__, type(with_setter).__name__)

# new_class, prepare_class, resolve_bases
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, bases, kw)
        return {"from_prepare": True}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(ns), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
K = types.new_class("K", (), {"metaclass": Meta, "flag": 1}, lambda ns: ns.__setitem__("x", 1))
print(type(K).__name__, K.x, K.from_prepare, K.__name__)
Sub = types.new_class("Sub", (K,), None, lambda ns: ns.update(y=2))
print(type(Sub).__name__, Sub.x, Sub.y)
print(types.new_class("Y", (int,), {}, lambda ns: ns.update(z=1))(5) if False else types.new_class("Y", (object,), {}, lambda ns: ns.update(z=1)).z)
print(types.prepare_class("Z"), types.resolve_bases((int,)), types.prepare_class("E", (), {"metaclass": Meta, "extra": 1})[0::2])
class MetaA(type):
    pass
class MetaB(type):
    pass
A = MetaA("A", (), {})
B = MetaB("B", (), {})
show("conflict", lambda: types.new_class("C", (A, B)))
print(types.prepare_class("D", (A,))[0].__name__)

class Entry:
    def __mro_entries__(self, bases):
        print("mro_entries", len(bases))
        return (dict,)
bases = (Entry(), object)
print(types.resolve_bases(bases))
plain = (int, str)
print(types.resolve_bases(plain) is plain)
T = types.new_class("T", (Entry(),))
print(T.__mro__, type(T.__orig_bases__[0]).__name__)
class BadEntry:
    def __mro_entries__(self, bases):
        return [int]
show("bad entries", lambda: types.resolve_bases((BadEntry(),)))

# coroutine
show("coroutine(1)", lambda: types.coroutine(1))
@types.coroutine
def legacy():
    yield
    return 42
async def main():
    return await legacy()
print(asyncio.run(main()), legacy.__name__)
async def native():
    return 1
print(types.coroutine(native) is native)

def f():
    pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.CellType, types.FrameType)
print(sorted(types.__all__))

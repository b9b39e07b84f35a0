import types
def f(): pass
print(types.FunctionType is type(f), types.LambdaType, types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType)
print(types.MethodType, types.BuiltinFunctionType, types.ModuleType, types.NoneType, types.EllipsisType, types.NotImplementedType)
print(types.GenericAlias, types.UnionType, isinstance(list[int], types.GenericAlias), isinstance(int | str, types.UnionType))
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), ns != types.SimpleNamespace())
ns.me = ns
print(ns)
class Sub(types.SimpleNamespace): pass
print(Sub(z=2))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
d = {"k": 1}
mp = types.MappingProxyType(d)
print(mp, mp["k"], "k" in mp, len(mp), list(mp), mp.get("z", 0), list(mp.items()), type(mp).__name__, type(mp))
d["n"] = 2
print(mp, mp | {"q": 3}, mp == d, mp.copy())
try:
    mp["a"] = 1
except TypeError as e:
    print("TypeError:", e)
print(repr(mp))
for bad in [lambda: types.MappingProxyType(1), lambda: types.MappingProxyType([1])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
C = types.new_class("C", (object,), {}, lambda ns: ns.update(x=5))
print(C.x, C.__name__)
print(types.resolve_bases((int, list[str])), types.prepare_class("D", (int,)))
class Meta(type):
    pass
print(types.prepare_class("E", (), {"metaclass": Meta, "extra": 1})[0::2])

# The builtins module and __import__.
import builtins

print(builtins.len([1, 2, 3]), builtins.__name__)
print(builtins.print is print, builtins.int is int)
builtins.shared_value = 42
print(shared_value)
del builtins.shared_value
try:
    shared_value
except NameError as e:
    print("NameError:", e)

m = __import__("math")
print(m.sqrt(16))
top = __import__("_imppkg.sub.leaf")
print(top.__name__, top.sub.leaf.gamma, top.sub.leaf.parent_alpha)
leaf = __import__("_imppkg.sub.leaf", fromlist=["gamma"])
print(leaf.__name__)
pkg = __import__("_imppkg.sub", globals(), None, ["leaf"], 0)
print(pkg.__name__, pkg.leaf.gamma)
print(__import__("_imppkg", fromlist=["*"]).sub.__name__)
print(__import__(name="math").pi > 3)

for args, kwargs in [
    ((1,), {}),
    (("",), {}),
    (("math",), {"level": -1}),
    (("x", None, None, (), 1), {}),
    (("definitely_missing_module",), {}),
    ((), {}),
    (("math",), {"bogus": 1}),
    (("math", None, None, (), 0, 9), {}),
    (("math",), {"name": "math"}),
]:
    try:
        __import__(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
for g in [{}, {"__name__": "plain"}, {"__name__": "_imppkg.sub.leaf"}, {"__package__": "_imppkg"}]:
    try:
        print(__import__("sub", g, None, ["beta"], 1).__name__)
    except Exception as e:
        print(type(e).__name__, e)

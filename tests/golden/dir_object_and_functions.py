# object.__dir__ gives the default listing; dir() of a function includes the
# attributes set on it; sys.builtin_module_names is a sorted tuple.
import sys

def f():
    pass

f.marker = 1
print("marker" in dir(f), "marker" in object.__dir__(f))

class WithDir:
    def __dir__(self):
        return ["extra"] + object.__dir__(self)

w = WithDir()
w.field = 2
names = dir(w)
print("extra" in names, "field" in names, "__dir__" in names, names == sorted(names))
print("__dir__" in dir(object), type(object.__dir__(w)).__name__)

mods = sys.builtin_module_names
print(type(mods).__name__, list(mods) == sorted(mods), "sys" in mods, "builtins" in mods)
print("json" in mods, "os" in mods)

# Imports search sys.path as the script changes it.
import sys

try:
    import syspath_only_mod
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
sys.path.insert(0, "_syspath_extra")
import syspath_only_mod

print(syspath_only_mod.VALUE)
sys.path.remove("_syspath_extra")
print("_syspath_extra" in sys.path, sys.modules["syspath_only_mod"].VALUE)

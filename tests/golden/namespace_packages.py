# Namespace packages (PEP 420): folders without __init__.py, spread over several path entries.
import importlib, importlib.util, os, sys, tempfile

root = tempfile.mkdtemp()
def write(rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)

write("a/nsx/m1.py", "X = 1\n")
write("b/nsx/m2.py", "Y = 2\n")
write("a/nsx/sub/m3.py", "Z = 3\n")
write("b/regular/__init__.py", "KIND = 'regular'\n")
os.makedirs(os.path.join(root, "a/regular"))      # a bare folder earlier on the path loses
sys.path[:0] = [os.path.join(root, "a"), os.path.join(root, "b")]

import nsx
print([p[len(root):] for p in nsx.__path__])
print(nsx.__file__, nsx.__package__, nsx.__spec__.origin, nsx.__name__, nsx.__doc__)
print([p[len(root):] for p in nsx.__spec__.submodule_search_locations])
import nsx.m1, nsx.m2
from nsx.sub import m3
print(nsx.m1.X, nsx.m2.Y, m3.Z, nsx.sub.__name__, nsx.sub.__file__)
print(importlib.import_module("nsx.sub.m3").Z)
import regular
print(regular.KIND)
spec = importlib.util.find_spec("nsx")
print(spec.name, spec.origin, spec.loader.is_package("nsx"), [p[len(root):] for p in spec.submodule_search_locations])
try:
    import nsx.nothere
except ModuleNotFoundError as e:
    print(type(e).__name__, e)

# `from package import name` consults the package's module-level __getattr__
# (PEP 562) before giving up, as attribute access does.
import os, sys, tempfile

root = tempfile.mkdtemp()
os.makedirs(os.path.join(root, "lazypkg"))
with open(os.path.join(root, "lazypkg", "__init__.py"), "w") as f:
    f.write("def __getattr__(name):\n"
            "    if name == 'lazy':\n"
            "        return 'made on demand'\n"
            "    if name == 'broken':\n"
            "        raise KeyError(name)\n"
            "    raise AttributeError(name)\n")
sys.path.insert(0, root)

from lazypkg import lazy
print(lazy)
try:
    from lazypkg import missing
except ImportError as e:
    print("ImportError", str(e).split(" (")[0])
try:
    from lazypkg import broken
except KeyError as e:
    print("KeyError", e)
from unittest import IsolatedAsyncioTestCase
print(IsolatedAsyncioTestCase.__name__)

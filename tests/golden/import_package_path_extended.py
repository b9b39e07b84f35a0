# A folder appended to a library package's __path__ adds submodules to it, but
# the package's own submodules still come first.
import os
import sys
import tempfile
import unittest

extra = tempfile.mkdtemp()
with open(os.path.join(extra, "mock.py"), "w") as f:
    f.write("raise RuntimeError('the added folder was searched first')\n")
with open(os.path.join(extra, "added_helper.py"), "w") as f:
    f.write("WHERE = 'added folder'\n")

unittest.__path__.append(extra)
import unittest.mock
import unittest.added_helper
print(hasattr(unittest.mock, "MagicMock"), unittest.added_helper.WHERE)
print(unittest.added_helper.__name__, "unittest.added_helper" in sys.modules)
try:
    import unittest.not_anywhere
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)

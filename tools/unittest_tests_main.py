"""`coil tools/unittest_tests_main.py DIR ARGS...` runs `coil -m unittest ARGS...` with
CPython's own tests of unittest importable as `unittest.test`.

Those tests live inside CPython's unittest package (DIR, its installed folder), while
coil's unittest is its own embedded package. Appending DIR to `unittest.__path__` lets
`unittest.test` and `unittest.test.testmock` load from CPython's folder while every other
`unittest` submodule stays coil's. tools/cpython_tests.py uses this for test_unittest only.
"""

import sys
import unittest

unittest.__path__.append(sys.argv.pop(1))
sys.argv[0] = "python -m unittest"

from unittest.main import main

main(module=None)

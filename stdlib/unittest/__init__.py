"""coil's unit testing framework, compatible with CPython's unittest.

Write tests as methods named test* of a TestCase subclass, use its assert*
methods to check results, and run them with unittest.main() at the end of
the file or with `coil -m unittest`:

    import unittest

    class ArithmeticTest(unittest.TestCase):
        def test_add(self):
            self.assertEqual(2 + 2, 4)

    if __name__ == "__main__":
        unittest.main()
"""

__all__ = ["TestResult", "TestCase", "IsolatedAsyncioTestCase", "TestSuite",
           "TextTestRunner", "TestLoader", "FunctionTestCase", "main",
           "defaultTestLoader", "SkipTest", "skip", "skipIf", "skipUnless",
           "expectedFailure", "TextTestResult", "installHandler",
           "registerResult", "removeResult", "removeHandler",
           "addModuleCleanup", "doModuleCleanups", "enterModuleContext",
           "getTestCaseNames", "makeSuite", "findTestCases"]

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                   skipIf, skipUnless, expectedFailure, doModuleCleanups,
                   enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import (TestLoader, defaultTestLoader, makeSuite, getTestCaseNames,
                     findTestCases)
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, removeHandler

# The name older code used.
_TextTestResult = TextTestResult


def __dir__():
    return globals().keys() | {"IsolatedAsyncioTestCase"}


def __getattr__(name):
    # asyncio is only imported when asynchronous tests are used.
    if name == "IsolatedAsyncioTestCase":
        global IsolatedAsyncioTestCase
        from .async_case import IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

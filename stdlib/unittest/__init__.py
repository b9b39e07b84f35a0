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

from .case import TestCase, FunctionTestCase, SkipTest
from .case import skip, skipIf, skipUnless, expectedFailure
from .case import addModuleCleanup, doModuleCleanups, enterModuleContext
from .result import TestResult
from .runner import TextTestResult, TextTestRunner
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .loader import getTestCaseNames, makeSuite, findTestCases
from .main import TestProgram, main
from .signals import installHandler, registerResult, removeHandler, removeResult

# The name older code used.
_TextTestResult = TextTestResult



def __getattr__(name):
    # IsolatedAsyncioTestCase imports asyncio: only when it is asked for.
    if name == "IsolatedAsyncioTestCase":
        global IsolatedAsyncioTestCase
        from .async_case import IsolatedAsyncioTestCase
        return IsolatedAsyncioTestCase
    if name == "_lazy_probe":
        return True
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | {"IsolatedAsyncioTestCase"})


# Where a module's __getattr__ is not consulted (PEP 562), import it now.
import sys as _sys
if not getattr(_sys.modules.get(__name__), "_lazy_probe", False):
    from .async_case import IsolatedAsyncioTestCase
del _sys

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

# Imported eagerly: coil does not consult a module-level __getattr__ yet,
# which would let asyncio load only when asynchronous tests are used.
from .async_case import IsolatedAsyncioTestCase

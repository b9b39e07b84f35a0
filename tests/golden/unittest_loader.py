# unittest: TestLoader (from classes, modules and dotted names, the
# load_tests protocol, name patterns, sorting), TestSuite building and its
# errors, FunctionTestCase, and what a failed name loads.
import sys
import unittest
from _unittest_out import runner

here = sys.modules[__name__]


class Alpha(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def helper(self):
        pass

    test_not_callable = 5

    @staticmethod
    def test_static():
        pass


class Beta(unittest.TestCase):
    def runTest(self):
        pass


class Gamma(Alpha):
    def test_c(self):
        pass


def make_suite():
    return unittest.TestSuite([Alpha("test_a"), Beta()])


def make_case():
    return Alpha("test_b")


def make_nothing():
    return 42


not_a_test = "text"

loader = unittest.TestLoader()
print(loader.getTestCaseNames(Alpha))
print(loader.getTestCaseNames(Gamma))
print([t.id() for t in loader.loadTestsFromTestCase(Alpha)])
print([t.id() for t in loader.loadTestsFromTestCase(Beta)])
try:
    loader.loadTestsFromTestCase(unittest.TestSuite)
except TypeError as e:
    print("TypeError", e)

module_suite = loader.loadTestsFromModule(here)
print(module_suite.countTestCases())
for sub in module_suite:
    print(type(sub).__name__, [t.id() for t in sub])

for name in ["Alpha", "Alpha.test_a", "Beta", "make_suite", "make_case",
             "Gamma.test_c"]:
    found = loader.loadTestsFromName(name, here)
    print(name, "->", [t.id() for t in found])

for name in ["make_nothing", "not_a_test", "Alpha.test_static"]:
    try:
        loader.loadTestsFromName(name, here)
    except TypeError as e:
        text = str(e)
        if " at " in text:
            text = text[:text.index(" at ")] + text[text.index(">"):]
        print(name, "-> TypeError", text)

failed = loader.loadTestsFromName("Missing", here)
print([t.id() for t in failed], len(loader.errors))
print(loader.errors[-1].splitlines()[0])
result = unittest.TestResult()
failed.run(result)
print(result.errors[0][1].splitlines()[-1])

failed = loader.loadTestsFromName("no_such_module_anywhere")
print([t.id() for t in failed])
print(loader.errors[-1].splitlines()[0])
print(loader.errors[-1].splitlines()[-1])

names = loader.loadTestsFromNames(["Alpha.test_b", "Beta"], here)
print(names.countTestCases(), [[t.id() for t in s] for s in names])

print("== patterns and sorting")
patterned = unittest.TestLoader()
patterned.testNamePatterns = ["*test_a", "*Gamma*"]
print(patterned.getTestCaseNames(Alpha), patterned.getTestCaseNames(Gamma))
patterned.testNamePatterns = ["*.Alpha.test_[ab]"]
print(patterned.getTestCaseNames(Alpha), patterned.getTestCaseNames(Gamma))
reverse = unittest.TestLoader()
reverse.sortTestMethodsUsing = lambda x, y: (x < y) - (x > y)
print(reverse.getTestCaseNames(Gamma))
reverse.sortTestMethodsUsing = None
print(sorted(reverse.getTestCaseNames(Gamma)))
prefixed = unittest.TestLoader()
prefixed.testMethodPrefix = "help"
print(prefixed.getTestCaseNames(Alpha))

print("== suites")
suite = unittest.TestSuite()
print(suite.countTestCases(), list(suite))
suite.addTest(Alpha("test_a"))
suite.addTests([Alpha("test_b"), unittest.TestSuite([Beta()])])
print(suite.countTestCases())
print(suite == unittest.TestSuite([Alpha("test_a"), Alpha("test_b"),
                                   unittest.TestSuite([Beta()])]))
for bad in [5, Alpha, unittest.TestSuite]:
    try:
        suite.addTest(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    suite.addTests("ab")
except TypeError as e:
    print("TypeError", e)
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, suite.countTestCases(), list(suite))
print(repr(unittest.TestSuite([Beta()])))

print("== load_tests and FunctionTestCase")


def passing():
    """Passes quietly."""


def failing():
    assert 1 == 2, "plain assert failed"


def setup():
    print("function setUp")


def teardown():
    print("function tearDown")


def load_tests(loader, tests, pattern):
    print("load_tests called with pattern", pattern)
    extra = unittest.TestSuite()
    extra.addTest(unittest.FunctionTestCase(passing))
    extra.addTest(unittest.FunctionTestCase(failing, setUp=setup, tearDown=teardown))
    extra.addTest(unittest.FunctionTestCase(lambda: None, description="described"))
    return extra


loaded = loader.loadTestsFromModule(here)
print(loaded.countTestCases())
runner(2).run(loaded)
ftc = unittest.FunctionTestCase(passing)
print(ftc.id(), "|", str(ftc), "|", ftc.shortDescription())
print(ftc == unittest.FunctionTestCase(passing), ftc == unittest.FunctionTestCase(failing))


def broken_load_tests(loader, tests, pattern):
    raise RuntimeError("load_tests broke")


here.load_tests = broken_load_tests
fresh = unittest.TestLoader()
broken = fresh.loadTestsFromModule(here)
print([t.id() for t in broken], len(fresh.errors))
print(fresh.errors[0].splitlines()[0], "/", fresh.errors[0].splitlines()[-1])

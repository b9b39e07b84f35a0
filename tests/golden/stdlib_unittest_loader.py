# unittest.TestLoader: method order, prefixes, sorting, names; TestSuite; main(exit=False).
import sys
import unittest


class Stream:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass

    def dump(self):
        for line in "".join(self.parts).split("\n"):
            if line.startswith("Ran ") and " in " in line:
                line = line[:line.index(" in ")]
            if line.startswith('  File "'):
                end = line.index('"', 8)
                line = '  File "' + line[8:end].split("/")[-1] + line[end:]
            print(line)
        self.parts.clear()


class Base(unittest.TestCase):
    def test_zeta(self):
        pass

    def test_alpha(self):
        pass

    def helper(self):
        pass

    not_callable_test = 3
    test_attribute = "not a method"


class Derived(Base):
    def test_beta(self):
        pass

    def check_one(self):
        pass

    def check_two(self):
        self.assertEqual("a", "b")


class Runner(unittest.TestCase):
    def runTest(self):
        pass


def ids(suite):
    out = []
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            out.append(ids(t))
        else:
            out.append(t.id())
    return out


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Derived))
print(ids(loader.loadTestsFromTestCase(Derived)))
print(ids(loader.loadTestsFromTestCase(Runner)))
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Derived))
loader.sortTestMethodsUsing = None
loader.testMethodPrefix = "check"
print(loader.getTestCaseNames(Derived))
print(ids(unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])))
print(ids(unittest.defaultTestLoader.loadTestsFromName("Derived.test_beta", sys.modules[__name__])))
print(ids(unittest.defaultTestLoader.loadTestsFromNames(["Base", "Runner"], sys.modules[__name__])))
print(ids(unittest.defaultTestLoader.loadTestsFromName("__main__.Base")))

suite = unittest.TestSuite()
suite.addTest(Base("test_alpha"))
suite.addTests([Derived("test_beta"), unittest.TestSuite([Runner()])])
print(suite.countTestCases(), ids(suite))
try:
    suite.addTest(Base)
except TypeError as e:
    print("TypeError:", e)
try:
    suite.addTests("abc")
except TypeError as e:
    print("TypeError:", e)
print(unittest.TestSuite([Base("test_alpha")]) == unittest.TestSuite([Base("test_alpha")]))

t = unittest.FunctionTestCase(lambda: None, description="a function")
print(t.shortDescription(), unittest.TestSuite([t]).countTestCases())

# main() with exit=False, argv and a stream going to stdout
stream = Stream()
runner = unittest.TextTestRunner(stream=stream)
prog = unittest.main(argv=["prog", "Base"], exit=False, testRunner=runner)
stream.dump()
print(prog.result.testsRun, prog.result.wasSuccessful())

prog = unittest.main(argv=["prog", "-v", "Derived.check_two", "Base.test_zeta"], exit=False,
                     testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
stream.dump()
print(prog.verbosity, prog.result.testsRun, prog.result.wasSuccessful())


class ToStream(unittest.TextTestRunner):
    def __init__(self, **kwargs):
        kwargs["stream"] = stream
        super().__init__(**kwargs)


prog = unittest.main(argv=["prog", "-q", "Derived"], exit=False, testRunner=ToStream)
stream.dump()
print(prog.verbosity, prog.result.testsRun)
prog = unittest.main(argv=["prog", "-k", "alpha"], exit=False, testRunner=ToStream,
                     testLoader=unittest.TestLoader())
stream.dump()
print(prog.result.testsRun)

try:
    unittest.main(argv=["prog", "Runner"], testRunner=ToStream)
except SystemExit as e:
    stream.dump()
    print("SystemExit", e.code)
try:
    unittest.main(argv=["prog", "Derived.check_two"], testRunner=ToStream)
except SystemExit as e:
    stream.dump()
    print("SystemExit", e.code)

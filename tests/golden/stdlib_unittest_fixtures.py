# unittest fixtures: setUp/tearDown, setUpClass/tearDownClass, setUpModule,
# addCleanup/doCleanups, addClassCleanup, and failures in each of them.
import unittest

log = []


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


def run(*classes, verbosity=2):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    stream = Stream()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    stream.dump()
    print("log:", log)
    log.clear()
    return result


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")
        cls.addClassCleanup(log.append, "class cleanup")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup 1")
        self.addCleanup(lambda: log.append("cleanup 2"))

    def tearDown(self):
        log.append("tearDown")

    def test_one(self):
        log.append("one")

    def test_two(self):
        log.append("two")
        self.fail("two failed")


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, "cleanup after broken setUp")
        raise ValueError("setUp broke")

    def tearDown(self):
        log.append("not reached")

    def test_x(self):
        log.append("not reached either")


class BrokenTearDown(unittest.TestCase):
    def tearDown(self):
        raise RuntimeError("tearDown broke")

    def test_x(self):
        log.append("test ran")


class BrokenCleanup(unittest.TestCase):
    def test_x(self):
        self.addCleanup(log.append, "second cleanup still runs")
        self.addCleanup(self.fail, "cleanup failed")
        self.addCleanup(int, "not a number")


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(log.append, "class cleanup after failure")
        raise TypeError("setUpClass broke")

    def test_never(self):
        log.append("never")


class BrokenTearDownClass(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise KeyError("tearDownClass broke")

    def test_x(self):
        pass


class SkippingSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("no resources")

    def test_x(self):
        pass


run(Fixtures)
run(BrokenSetUp, BrokenTearDown, BrokenCleanup)
run(BrokenSetUpClass, BrokenTearDownClass, Fixtures, verbosity=1)
run(SkippingSetUpClass)

# doCleanups by hand, and a test run without a result
t = Fixtures("test_one")
t.addCleanup(log.append, "manual")
print(t.doCleanups(), log)
log.clear()
result = Fixtures("test_one").run()
print(type(result).__name__, result.testsRun, result.wasSuccessful(), log)
log.clear()
result = unittest.TestResult()
Fixtures("test_two")(result)
print(result.testsRun, len(result.failures), result.failures[0][0])
print(result.failures[0][1].splitlines()[-1])

# unittest: TextTestRunner output at verbosity 0, 1 and 2 (dots, "... ok"
# lines, failure reports, summary lines), fixtures and cleanups in order,
# skips, expected failures, subtests, failfast and buffered output.
import sys
import unittest
from _unittest_out import runner, Out

events = []


class Mixed(unittest.TestCase):
    def test_pass(self):
        self.assertEqual(1 + 1, 2)

    def test_fail(self):
        """Compares two lists.

        The second line of the docstring is not shown."""
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_error(self):
        {}["missing"]

    @unittest.skip("not today")
    def test_skip_decorated(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def test_subtest_kinds(self):
        with self.subTest("labelled", x=1):
            raise KeyError("k")
        with self.subTest():
            self.fail("plain")
        with self.subTest(outer=1):
            with self.subTest(inner=2):
                self.fail("nested")


def suite_of(*classes):
    loader = unittest.TestLoader()
    return unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)


for verbosity in (0, 1, 2):
    print("### verbosity", verbosity)
    result = runner(verbosity).run(suite_of(Mixed))
    print("###", result.testsRun, len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures),
          len(result.unexpectedSuccesses), result.wasSuccessful())


class Fixtures(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")
        cls.addClassCleanup(events.append, "class cleanup")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass")

    def setUp(self):
        events.append("setUp " + self._testMethodName)
        self.addCleanup(events.append, "cleanup 1 " + self._testMethodName)
        self.addCleanup(events.append, "cleanup 2 " + self._testMethodName)

    def tearDown(self):
        events.append("tearDown " + self._testMethodName)

    def test_one(self):
        events.append("test_one")

    def test_two(self):
        events.append("test_two")
        self.fail("two fails")


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(events.append, "cleanup after broken setUp")
        raise ValueError("setUp broke")

    def tearDown(self):
        events.append("never torn down")

    def test_it(self):
        events.append("never run")


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise RuntimeError("class setup broke")

    def test_it(self):
        events.append("never run either")


class SkippedClassSetUp(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("no resources")

    def test_it(self):
        pass


@unittest.skipIf(True, "whole class skipped")
class SkippedClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("skipped class set up!")

    def test_a(self):
        pass

    def test_b(self):
        pass


class FailingCleanups(unittest.TestCase):
    def test_cleanup_error(self):
        self.addCleanup(self.explode, "first")
        self.fail("the test fails too")

    def explode(self, what):
        raise OSError("cleanup " + what)

    def test_teardown_error(self):
        pass

    def tearDown(self):
        if self._testMethodName == "test_teardown_error":
            raise LookupError("tearDown broke")


print("### fixtures, verbose")
runner(2).run(suite_of(Fixtures, BrokenSetUp, BrokenClass, SkippedClassSetUp,
                       SkippedClass, FailingCleanups))
for event in events:
    print(event)

print("### failfast")
result = runner(1, failfast=True).run(suite_of(Mixed))
print(result.testsRun, result.shouldStop)


class Noisy(unittest.TestCase):
    def test_quiet_pass(self):
        print("this output is swallowed")

    def test_loud_fail(self):
        print("printed before failing")
        sys.stderr.write("and on stderr\n")
        self.fail("noisy")


print("### buffer")
result = runner(2, buffer=True).run(suite_of(Noisy))
print(result.wasSuccessful())

print("### empty suite")
runner(1).run(unittest.TestSuite())
print("### single test, quiet")
runner(0).run(Mixed("test_pass"))

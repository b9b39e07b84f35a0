# TextTestRunner output: dots and verbose lines, separators, tracebacks, the summary.
import sys
import unittest


class Stream:
    """Collects the runner's output; prints it with the script's path shortened
    to its file name and the run time dropped (both vary)."""

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


def run(*classes, verbosity=1, **kwargs):
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in classes)
    stream = Stream()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kwargs).run(suite)
    stream.dump()
    print("->", result, result.wasSuccessful(), len(result.failures), len(result.errors),
          len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses))


def helper(x):
    return 10 // x


class Mixed(unittest.TestCase):
    def test_ok(self):
        self.assertEqual(2 + 2, 4)

    def test_fail(self):
        """The sum is wrong."""
        self.assertEqual(2 + 2, 5, "arithmetic")

    def test_error(self):
        helper(0)

    @unittest.skip("not today")
    def test_skip(self):
        raise RuntimeError

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.skipIf(True, "always")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, "never skipped")
    def test_skip_unless(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertIn(3, [1, 2])

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i, kind="even" if i % 2 == 0 else "odd"):
                self.assertEqual(i % 2, 0)
        with self.subTest("labelled"):
            raise KeyError("k")


class Passing(unittest.TestCase):
    def test_a(self):
        pass

    def test_b(self):
        with self.subTest(n=1):
            pass


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        pass


run(Mixed)
run(Mixed, verbosity=2)
run(Mixed, verbosity=0)
run(Passing)
run(Passing, Skipped, verbosity=2)
run(Mixed, failfast=True)
run()

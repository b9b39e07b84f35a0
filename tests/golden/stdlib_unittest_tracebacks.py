# unittest's tracebacks: the test's frames only, chained exceptions, subtests.
import unittest

def inner():
    raise KeyError("deep")


def inner_type_error():
    raise TypeError("from a callable")


class T(unittest.TestCase):
    def test_chain(self):
        try:
            inner()
        except KeyError:
            raise ValueError("wrapped")

    def test_cause(self):
        try:
            inner()
        except KeyError as e:
            raise ValueError("caused") from e

    def test_fail_in_helper(self):
        self.check(3)

    def check(self, n):
        self.assertEqual(n, 4)

    def test_raises_other(self):
        with self.assertRaises(KeyError):
            raise TypeError("wrong kind")

    def test_nested_subtests(self):
        with self.subTest("outer", a=1):
            with self.subTest(b=2):
                self.fail("inner")
            with self.subTest(a=5):
                self.fail("override")

    def test_subtest_skip(self):
        with self.subTest(x=1):
            self.skipTest("sub skip")
        self.fail("after")

    def test_raises_other_callable(self):
        self.assertRaises(KeyError, inner_type_error)

    def test_multiline_msg(self):
        raise AssertionError("line1\nline2")

    def test_empty_assert(self):
        assert False

class Stream:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass

    def dump(self):
        # unittest's own frames (which CPython keeps in the middle of an error's
        # traceback) have installation-specific paths: they are left out here
        skipping = False
        for line in "".join(self.parts).split("\n"):
            if line.startswith("Ran ") and " in " in line:
                line = line[:line.index(" in ")]
            if line.startswith('  File "'):
                end = line.index('"', 8)
                name = line[8:end].split("/")[-1]
                skipping = name != "stdlib_unittest_tracebacks.py"
                line = '  File "' + name + line[end:]
            elif not line.startswith("    "):
                skipping = False
            if not skipping:
                print(line)


for verbosity in (1, 2):
    stream = Stream()
    unittest.main(exit=False, argv=["prog"], testRunner=unittest.TextTestRunner(stream=stream, verbosity=verbosity))
    stream.dump()

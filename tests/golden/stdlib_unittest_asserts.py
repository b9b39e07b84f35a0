# unittest's assert methods: their failure messages, as CPython 3.11 words them.
import unittest


class Probe(unittest.TestCase):
    def runTest(self):
        pass


t = Probe()


def check(name, *args, **kwargs):
    try:
        getattr(t, name)(*args, **kwargs)
    except AssertionError as e:
        print(name, "->", str(e))
    else:
        print(name, "passed")


check("assertEqual", 1, 1)
check("assertEqual", 1, 2)
check("assertEqual", 1, 2, "custom")
check("assertEqual", "a" * 100, "a" * 99 + "b")
check("assertEqual", "x" * 50 + "a" * 100, "y" * 50 + "a" * 100)
check("assertNotEqual", 3, 3)
check("assertNotEqual", 3, 4)
check("assertTrue", 0)
check("assertTrue", [], "empty")
check("assertFalse", "yes")
check("assertIs", 1, None)
check("assertIsNot", None, None)
check("assertIsNone", 5)
check("assertIsNotNone", None)
check("assertIn", 3, [1, 2])
check("assertNotIn", 1, (1, 2))
check("assertIn", "x" * 100, ["y" * 100])
check("assertIsInstance", 3, str)
check("assertNotIsInstance", 3, int)
check("assertAlmostEqual", 1.0, 1.00000001)
check("assertAlmostEqual", 1.0, 1.1)
check("assertAlmostEqual", 1.0, 1.1, places=3)
check("assertAlmostEqual", 1.0, 1.5, delta=0.1)
check("assertAlmostEqual", 1.0, 1.05, delta=0.1)
check("assertNotAlmostEqual", 1.0, 1.00000001)
check("assertNotAlmostEqual", 1.0, 1.5, delta=1)
check("assertGreater", 1, 2)
check("assertGreaterEqual", 1, 2)
check("assertLess", 2, 1)
check("assertLessEqual", 2, 1)
check("assertCountEqual", [1, 2, 2], [2, 1, 2])
check("assertCountEqual", [1, 2, 2, 3], [2, 1, 1])
check("assertCountEqual", [[1], [2]], [[2], [3]])
check("assertSetEqual", {1, 2}, {1, 2})
check("assertSetEqual", {1}, {2})
check("assertSetEqual", {1, 3}, {1})
check("assertListEqual", [1, 2], (1, 2))
check("assertTupleEqual", (1,), [1])
check("assertSequenceEqual", [1, 2], (1, 2))
try:
    t.assertRaises(ValueError, int, "7")
except AssertionError as e:
    print("assertRaises ->", e)
try:
    with t.assertRaises(KeyError):
        pass
except AssertionError as e:
    print("assertRaises cm ->", e)
try:
    with t.assertRaises(KeyError, msg="why"):
        pass
except AssertionError as e:
    print("assertRaises msg ->", e)
with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print("caught", type(cm.exception).__name__, cm.exception)
with t.assertRaises((KeyError, IndexError)) as cm:
    [][1]
print("caught", repr(cm.exception))
try:
    with t.assertRaises(KeyError):
        raise ValueError("other")
except ValueError as e:
    print("passed through:", repr(e))
t.assertRaises(ValueError, int, "x")
try:
    t.assertRaises(3)
except TypeError as e:
    print("TypeError:", e)
with t.assertRaisesRegex(ValueError, "invalid literal"):
    int("x")
try:
    with t.assertRaisesRegex(ValueError, "zzz"):
        int("x")
except AssertionError as e:
    print("assertRaisesRegex ->", e)
try:
    t.fail("boom")
except AssertionError as e:
    print("fail ->", e)
t.longMessage = False
check("assertEqual", 1, 2, "only this")
check("assertEqual", 1, 2)
t.longMessage = True
try:
    t.skipTest("why not")
except unittest.SkipTest as e:
    print("SkipTest:", e)
print(t.id(), str(t), repr(t))
print(Probe("runTest") == t, Probe.failureException, Probe.maxDiff, Probe.longMessage)
try:
    Probe("nothere")
except ValueError as e:
    print("ValueError:", e)


class Described(unittest.TestCase):
    def test_a(self):
        """  First line of doc.

        More.
        """

    def test_b(self):
        pass


print(repr(Described("test_a").shortDescription()), Described("test_b").shortDescription())

# assertRegex / assertNotRegex with plain-text patterns (coil has no `re` yet)
check("assertRegex", "hello world", "lo w")
check("assertRegex", "hello world", "xyz")
check("assertRegex", "hello world", "xyz", "note")
check("assertNotRegex", "hello world", "xyz")
check("assertNotRegex", "hello world", "wor")
check("assertRaisesRegex", ValueError, "base 10", int, "q")
check("assertRaisesRegex", ValueError, "base 16", int, "q")

# unittest's multi-line failure messages: sequence, dict and string diffs.
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
        print("~~~")
    else:
        print(name, "passed")


check("assertEqual", [1, 2, 3], [1, 2, 4])
check("assertEqual", [1, 2, 3], [1, 2])
check("assertEqual", [1], [1, 2, 3])
check("assertEqual", (1, "a"), (1, "b"))
check("assertEqual", {"a": 1, "b": 2}, {"a": 1, "b": 3})
check("assertEqual", {"b": 1, "a": [1, 2]}, {"c": 1})
check("assertEqual", "hello\nworld\n", "hello\nthere\nworld\n")
check("assertEqual", "one line", "one lime")
check("assertEqual", "abc", "abd", "note")
check("assertEqual", list(range(30)), list(range(29)) + [99])
check("assertEqual", {i: str(i) * 3 for i in range(12)}, {i: str(i) * 3 for i in range(1, 13)})
check("assertEqual", ["x" * 30, "y" * 30, "z" * 30], ["x" * 30, "w" * 30, "z" * 30])
check("assertSequenceEqual", "abc", "abd")
check("assertSequenceEqual", [1, 2], [1, 2, 3], "more")
check("assertMultiLineEqual", "a\nb\nc", "a\nB\nc")
t.maxDiff = 20
check("assertEqual", [1, 2, 3], [1, 2, 4])
t.maxDiff = None
check("assertEqual", list(range(100)), list(range(1, 101)))
t.longMessage = False
check("assertEqual", [1], [2], "short")
check("assertDictEqual", {1: 2}, {1: 3})
try:
    t.assertDictEqual([], {})
except AssertionError as e:
    print(e)

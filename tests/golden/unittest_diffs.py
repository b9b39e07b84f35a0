# unittest: the diffs assertEqual shows for lists, tuples, dicts, sets and
# multi-line strings (line diff with "?" guide lines, pretty-printed
# containers), shortened reprs, and maxDiff truncation.
import unittest


class Case(unittest.TestCase):
    def runTest(self):
        pass


t = Case()


def show(label, first, second, **kwargs):
    try:
        t.assertEqual(first, second, **kwargs)
    except AssertionError as e:
        print("--", label)
        print(e)
    else:
        print("--", label, "equal")


show("short lists", [1, 2], [1, 3])
show("longer first", [1, 2, 3], [1, 2])
show("longer second", [1, 2], [1, 2, 3, 4])
show("tuples", (1, 2), (1, 3, 4))
show("nested", [1, [2, {"a": 3}]], [1, [2, {"a": 4}]])
show("long list", list(range(30)), list(range(29)) + [99])
show("list of strings", ["alpha " * 5, "beta " * 5, "gamma " * 5],
     ["alpha " * 5, "beta " * 4, "gamma " * 5, "delta"])
show("dicts", {"a": 1, "b": 2}, {"a": 1, "b": 3})
show("dict order", {"b": 1, "a": 2}, {"a": 2, "b": 1})
show("big dicts", {"alpha": 1, "beta": [1, 2, 3], "gamma": "x" * 70},
     {"alpha": 1, "beta": [1, 2, 4], "gamma": "x" * 70, "delta": None})
show("dict of lists", {k: list(range(k, k + 12)) for k in range(3)},
     {k: list(range(k, k + 12)) for k in (0, 1, 3)})
show("sets", {1, 2, 3}, {2, 3, 4})
show("set subset", {1, 2}, {1, 2, 3})
show("frozensets", frozenset({"x"}), frozenset({"y"}))
show("strings one line", "abc", "abd")
show("strings unrelated", "hello world", "goodbye moon")
show("strings multi", "one\ntwo\nthree\nfour\n", "one\ntoo\nthree\nfive\nsix\n")
show("strings tabs", "a\tb\tc\n", "a\tb\td\n")
show("strings no newline", "first\nsecond", "first\nsecond\n")
show("strings long", "x" * 100 + "tail", "x" * 100 + "tale")
show("strings msg", "a\nb\n", "a\nc\n", msg="explained")
show("mixed types", [1, 2], (1, 2))
show("str vs bytes", "abc", b"abc")

t.maxDiff = 60
show("truncated", list(range(20)), list(range(1, 21)))
show("truncated str", "line\n" * 5, "line\n" * 6)
t.maxDiff = None
show("unlimited", ["a" * 30, "b" * 30, "c" * 30], ["a" * 30, "B" * 30, "c" * 30])

print("== assertSequenceEqual / assertListEqual directly")
for first, second, kwargs in [
    ("ab", "ac", {}),
    ([1, [2]], [1, [3]], {}),
    ([1, 2], [1, 2, 3], {"seq_type": list}),
    ((1, 2), (1, 2), {"seq_type": tuple}),
]:
    try:
        t.assertSequenceEqual(first, second, **kwargs)
        print("equal", first, second)
    except AssertionError as e:
        print(e)

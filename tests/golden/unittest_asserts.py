# unittest: the failure messages of every assert* method (what CPython's
# unittest says, word for word), longMessage/msg handling, custom
# failureException, addTypeEqualityFunc, assertRaises in both forms.
import unittest


class Case(unittest.TestCase):
    def runTest(self):
        pass


t = Case()


def show(label, func, *args, **kwargs):
    try:
        func(*args, **kwargs)
    except BaseException as e:
        print("--", label, type(e).__name__)
        print(e)
    else:
        print("--", label, "passed")


show("equal", t.assertEqual, 1, 2)
show("equal msg", t.assertEqual, 1, 2, "custom")
show("equal msg kw", t.assertEqual, 1, 2, msg="keyword")
show("equal ok", t.assertEqual, [1, (2, 3)], [1, (2, 3)])
show("equal long", t.assertEqual, "a" * 100, "a" * 99 + "b")
show("equal long 2", t.assertEqual, "a" * 30 + "x" * 100, "a" * 30 + "y" * 100)
show("equal None", t.assertEqual, None, 0)
show("equal int float", t.assertEqual, 1, 1.5)
show("not equal", t.assertNotEqual, [1], [1])
show("true", t.assertTrue, 0)
show("true msg", t.assertTrue, [], "empty")
show("false", t.assertFalse, "x")
show("is", t.assertIs, 1, None)
show("is not", t.assertIsNot, None, None)
show("is none", t.assertIsNone, "x")
show("is not none", t.assertIsNotNone, None)
show("in", t.assertIn, 1, [2, 3])
show("in str", t.assertIn, "z", "abc")
show("not in", t.assertNotIn, "b", {"a": 1, "b": 2})
show("isinstance", t.assertIsInstance, 1, str)
show("isinstance tuple", t.assertIsInstance, 1, (str, bytes))
show("not isinstance", t.assertNotIsInstance, True, int)
show("greater", t.assertGreater, 1, 2)
show("greater equal", t.assertGreaterEqual, 1, 2)
show("less", t.assertLess, 2, 1)
show("less equal", t.assertLessEqual, 2, 1)
show("almost", t.assertAlmostEqual, 1.0, 1.1)
show("almost ok", t.assertAlmostEqual, 1.0, 1.00000001)
show("almost places", t.assertAlmostEqual, 1.0, 1.1, places=3)
show("almost delta", t.assertAlmostEqual, 1.0, 1.1, delta=0.01)
show("almost delta ok", t.assertAlmostEqual, 10, 11, delta=1)
show("almost both", t.assertAlmostEqual, 1.0, 1.1, delta=0.01, places=2)
show("almost ints", t.assertAlmostEqual, 5, 6)
show("not almost", t.assertNotAlmostEqual, 1.0, 1.0000000001)
show("not almost delta", t.assertNotAlmostEqual, 1.0, 1.01, delta=0.1)
show("not almost equal", t.assertNotAlmostEqual, 2.5, 2.5)
show("not almost places", t.assertNotAlmostEqual, 1.0, 1.0, places=2)
show("not almost both", t.assertNotAlmostEqual, 1.0, 1.01, delta=0.1, places=2)
show("count", t.assertCountEqual, [1, 2, 2, 3], [3, 2, 4, 4])
show("count unhashable", t.assertCountEqual, [[1], [2]], [[2], [3], [3]])
show("count ok", t.assertCountEqual, [[1], 2, "x"], ["x", [1], 2])
show("count msg", t.assertCountEqual, "abc", "abd", msg="m")
show("fail", t.fail)
show("fail msg", t.fail, "boom")
show("dict subset", t.assertDictContainsSubset, {"a": 1, "c": 3, "d": 4},
     {"a": 2, "b": 2, "c": 3})
show("dict not dict", t.assertDictEqual, {"a": 1}, [1])
show("dict not dict 2", t.assertDictEqual, [1], {"a": 1})
show("set not set", t.assertSetEqual, [1], {1})
show("set not set 2", t.assertSetEqual, {1}, [1])
show("set bad type", t.assertSetEqual, {1}, 5)
show("list type", t.assertListEqual, (1,), [1])
show("list type 2", t.assertListEqual, [1], (1,))
show("tuple type", t.assertTupleEqual, [1], (1,))
show("seq no len", t.assertSequenceEqual, [1], 5)
show("seq ok", t.assertSequenceEqual, [1, 2], (1, 2))
show("multiline type", t.assertMultiLineEqual, 1, "a")
show("multiline type 2", t.assertMultiLineEqual, "a", 1)
show("skip", t.skipTest, "why")

print("== assertRaises")


def named():
    pass


def raises_value(text):
    raise ValueError(text)


show("raises lambda", t.assertRaises, ValueError, lambda: None)
show("raises named", t.assertRaises, ValueError, named)
show("raises tuple", t.assertRaises, (ValueError, KeyError), named)
show("raises bad type", t.assertRaises, 5, named)
show("raises bad tuple", t.assertRaises, (ValueError, 5), named)
show("raises bad kw", t.assertRaises, ValueError, foo=1)
show("raises other", t.assertRaises, KeyError, raises_value, "abc")
show("raises ok", t.assertRaises, ValueError, raises_value, "abc")
show("raises subclass ok", t.assertRaises, LookupError, {}.__getitem__, "k")


def context_not_raised():
    with t.assertRaises(ValueError):
        pass


def context_msg():
    with t.assertRaises(ValueError, msg="mm"):
        pass


def context_exception():
    with t.assertRaises(ValueError) as cm:
        raise ValueError(5, "five")
    print("caught", repr(cm.exception), cm.exception.args, cm.expected.__name__)


def context_other():
    with t.assertRaises(KeyError):
        raise TypeError("not a key error")


show("context not raised", context_not_raised)
show("context msg", context_msg)
show("context exception", context_exception)
show("context other", context_other)

print("== longMessage, failureException, addTypeEqualityFunc")
t.longMessage = False
show("short true", t.assertTrue, 0, "hey")
show("short true no msg", t.assertTrue, 0)
show("short equal", t.assertEqual, [1], [2], "only this")
t.longMessage = True


class MyFailure(Exception):
    pass


class Custom(unittest.TestCase):
    failureException = MyFailure

    def runTest(self):
        pass


c = Custom()
show("custom failure", c.assertEqual, 1, 2)
show("custom fail", c.fail, "f")


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def points_equal(a, b, msg=None):
    if (a.x, a.y) != (b.x, b.y):
        raise c.failureException("points differ: (%d, %d) vs (%d, %d)" % (a.x, a.y, b.x, b.y))


c.addTypeEqualityFunc(Point, points_equal)
show("type equality", c.assertEqual, Point(1, 2), Point(1, 3))
show("type equality ok", c.assertEqual, Point(1, 2), Point(1, 2))
show("id", t.id)
print(str(t), repr(t))
show("bad method", Case, "nope")
show("enter context", t.enterContext, 5)


class Ctx:
    def __enter__(self):
        print("enter")
        return "value"

    def __exit__(self, *exc):
        print("exit", exc)


print(t.enterContext(Ctx()))
print(t.doCleanups())

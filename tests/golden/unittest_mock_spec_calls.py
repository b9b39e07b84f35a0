# Calls to a mock with a function or class spec compare through the spec's
# signature; _Call equality follows CPython (names, parents, ANY order).
from unittest.mock import ANY, Mock, MagicMock, call, create_autospec, _Call, sentinel
import pickle


def f(a, b, c, d=None):
    pass


m = Mock(spec=f)
m(1, b=2, c=3)
m.assert_called_with(1, 2, 3)
m.assert_called_with(a=1, b=2, c=3)
try:
    m.assert_called_with(1, b=3, c=2)
except AssertionError as e:
    print("AssertionError", str(e).splitlines()[0])
try:
    m.assert_called_with(e=8)
except AssertionError as e:
    print("cause", type(e.__cause__).__name__, e.__cause__)
try:
    m.assert_has_calls([call(1, 2, 3), call(1, 2, 3, 4, 5)])
except AssertionError as e:
    print(str(e).splitlines()[:2])


class Foo:
    def __init__(self, x, y=3):
        pass

    def meth(self, a):
        pass

    def __eq__(self, other):
        pass


spec_mock = create_autospec(Foo)
spec_mock(1)
spec_mock.assert_called_once_with(x=1)
try:
    spec_mock(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
inst = spec_mock.return_value
inst.meth(5)
inst.meth.assert_called_with(a=5)
print(isinstance(inst, Foo), isinstance(spec_mock, Foo))
print(create_autospec(Foo, return_value="made")(1))

any_mock = Mock()
any_mock(Foo(1), 1)
any_mock.assert_called_with(ANY, 1)
any_mock.assert_has_calls([call(ANY, 1)])
any_mock.assert_any_call(ANY, 1)
print("ANY matched")

named = _Call(("foo", (1, 2), {}))
print(named == ("foo", (1, 2)), named == ((1, 2),), named != ("bar", (1, 2)))
print(call(x=1).foo == call(x=1).foo, call(x=1).foo == call(x=2).foo)
print(call().foo().bar == call().foo().bar)

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print(proto, pickle.loads(pickle.dumps(sentinel.thing, proto)) is sentinel.thing)

d = Mock()
d.__iter__ = lambda s: iter([])
print("__iter__" in dir(d), "_spec_signature" in dir(d))
mm = MagicMock()
print(type(mm.__anext__).__name__, type(mm.__next__).__name__, hasattr(mm, "__fspath__"))
type(mm).__str__.return_value = "through the class"
print(str(mm))

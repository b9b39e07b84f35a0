# unittest.mock: Mock, call objects, return values, side effects, asserts
import re
from unittest import mock
from unittest.mock import Mock, NonCallableMock, call, sentinel, DEFAULT, ANY


def r(obj):
    return re.sub(r" id='\d+'", "", repr(obj))


def attempt(fn):
    try:
        result = fn()
    except Exception as e:
        print(type(e).__name__, str(e))
    else:
        print("ok", r(result))


m = Mock()
print(r(m), r(m.foo), r(m.foo.bar()), r(m()), r(m.return_value.x))
n = Mock(name="thing")
print(r(n), r(n.attr), r(n.attr(1).z))
print(m.called, m.call_count, m.call_args)

# calls and recording
m = Mock(return_value=42)
print(m(1, 2, key="v"), m(), m.called, m.call_count)
print(m.call_args, m.call_args.args, m.call_args.kwargs)
print(m.call_args_list)
args, kwargs = m.call_args_list[0]
print(args, kwargs)
print(m.call_args_list == [call(1, 2, key="v"), call()])

p = Mock()
p.a.b(1)
p.a(2).c(3)
p(4)
p.x.y.z()
print(p.mock_calls)
print(p.method_calls)
print(p.a.mock_calls, p.a.method_calls)
name, a, kw = p.mock_calls[0]
print(repr(name), a, kw)
print(call.a.b(1) in p.mock_calls, [call.a(2), call.a().c(3)] in p.mock_calls)

# call objects
print(call(1, a=2), call.foo(1), call.foo().bar(x=3), call(1)(2), repr(call), repr(call.foo))
print(call(1) == call(1), call(1) == call(2), call.foo(1) == call.bar(1), call(1, a=ANY) == call(1, a=[5]))
print(call.foo(1) == ("foo", (1,), {}), call(1) == ((1,), {}), call(a=1) == ({"a": 1},))
print(call(1).call_list(), call.x(1).y(2).call_list())
print(ANY == 3, ANY != 3, repr(ANY), [1, ANY] == [1, "z"])

# side effects
def double(x):
    return x * 2
m = Mock(side_effect=double)
print(m(4), m.side_effect is double)
m.side_effect = [1, 2, ValueError("third")]
print(m(), m())
attempt(m)
attempt(m)
m.side_effect = KeyError
attempt(m)
m.side_effect = TypeError("boom")
attempt(m)
m.side_effect = lambda: DEFAULT
m.return_value = "fallback"
print(m())
m.side_effect = None
print(m())

# wraps
w = Mock(wraps=double)
print(w(5), w.call_args)
w.return_value = 0
print(w(5))

# sentinel and DEFAULT
print(sentinel.thing is sentinel.thing, sentinel.thing is sentinel.other, sentinel.thing, DEFAULT)
m = Mock(return_value=sentinel.result)
print(m() is sentinel.result)

# assertion helpers
m = Mock()
attempt(m.assert_called)
attempt(m.assert_called_once)
attempt(lambda: m.assert_called_with(1))
attempt(lambda: m.assert_called_once_with(1))
attempt(m.assert_not_called)
m(1)
m(2, k=3)
attempt(m.assert_called)
attempt(m.assert_called_once)
attempt(lambda: m.assert_called_with(1))
attempt(lambda: m.assert_called_with(2, k=3))
attempt(lambda: m.assert_called_once_with(2, k=3))
attempt(m.assert_not_called)
attempt(lambda: m.assert_any_call(1))
attempt(lambda: m.assert_any_call(9))
attempt(lambda: m.assert_has_calls([call(1), call(2, k=3)]))
attempt(lambda: m.assert_has_calls([call(2, k=3), call(1)]))
attempt(lambda: m.assert_has_calls([call(2, k=3), call(1)], any_order=True))
attempt(lambda: m.assert_has_calls([call(1), call(7)], any_order=True))
named = Mock(name="fetch")
named.child(1)
attempt(named.assert_called)
attempt(lambda: named.child.assert_called_with(2))
attempt(lambda: named.child.assert_called_once_with(1))
attempt(lambda: m.assert_called_with(ANY, k=ANY))

# typo'd assertions
attempt(lambda: m.assert_called_twice())
attempt(lambda: m.assret_called())
print(r(Mock(unsafe=True).assert_foo))

# configure_mock, attach_mock, reset_mock
c = Mock(**{"method.return_value": 3, "other.side_effect": KeyError, "plain": 5})
print(c.method(), c.plain)
attempt(c.other)
c.configure_mock(name_attr="x", **{"deep.a.b.return_value": "deep"})
print(c.name_attr, c.deep.a.b())
parent = Mock()
child = Mock(return_value=None)
parent.attach_mock(child, "kid")
child(1)
parent.kid.sub(2)
print(parent.mock_calls, r(child))
assigned = Mock()
parent.other = assigned
assigned(3)
print(parent.mock_calls[-1], r(assigned))
parent.reset_mock()
print(parent.mock_calls, child.call_count, child.called, assigned.call_args)
rv = Mock(return_value=5, side_effect=[1])
rv.reset_mock(return_value=True, side_effect=True)
print(r(rv()), rv.side_effect)

# deleting attributes, assigning values
d = Mock()
d.value = 10
print(d.value)
del d.value
attempt(lambda: d.value)
d.gone
del d.gone
attempt(lambda: d.gone)
attempt(lambda: delattr(d, "gone"))

# NonCallableMock
nc = NonCallableMock()
attempt(nc)
print(r(nc.meth), r(nc.meth()))

# module surface
print(sorted(mock.__all__))
print(mock.FILTER_DIR)

# a wrapping mock's attributes wrap the real object's attributes
class Real:
    def greet(self, who):
        return "hello " + who
wrapped = Mock(wraps=Real())
print(wrapped.greet("you"), wrapped.greet.call_args, wrapped.method_calls)
attempt(lambda: wrapped.not_real)

# a mock cannot be the spec of another
from unittest.mock import InvalidSpecError, create_autospec, patch
for make in (lambda: Mock(spec=Mock()), lambda: create_autospec(Mock()),
             lambda: Mock(spec_set=Mock()),
             lambda: patch("os.getcwd", spec=Mock()).start()):
    try:
        make()
    except InvalidSpecError as e:
        print(type(e).__name__, issubclass(InvalidSpecError, Exception),
              str(e).split(" [")[0])

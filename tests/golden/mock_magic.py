# unittest.mock: MagicMock protocols, spec/spec_set, PropertyMock, seal, dir
import re
from unittest.mock import (Mock, MagicMock, NonCallableMagicMock, PropertyMock,
                           seal, call, DEFAULT)
import unittest.mock


def r(obj):
    return re.sub(r" id='\d+'", "", repr(obj))


def attempt(fn):
    try:
        result = fn()
    except Exception as e:
        print(type(e).__name__, str(e))
    else:
        print("ok", r(result))


mm = MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), float(mm), complex(mm), mm.__index__())
print(3 in mm, mm == mm, mm == 3, mm != mm, mm != 3, hash(mm) == hash(mm))
print(str(mm) == repr(mm))
with mm as entered:
    print(r(entered), entered is mm.__enter__.return_value)
print(mm.__exit__.call_args)
print(r(mm[0]), r(mm + 1), r(1 + mm), r(mm * 2), r(-mm), r(abs(mm)), r(mm // 3))
mm[1] = "v"
del mm[2]
print(mm.mock_calls[-3:])
print(mm.method_calls)
print(call.__floordiv__(3) in mm.mock_calls, call.__floordiv__(4) in mm.mock_calls)
attempt(lambda: mm < 1)
attempt(lambda: mm >= 1)

mm = MagicMock()
mm.__len__.return_value = 7
mm.__iter__.return_value = [1, 2, 3]
mm.__getitem__.side_effect = lambda key: key * 10
mm.__contains__.return_value = True
mm.__bool__.return_value = False
mm.__int__.return_value = 99
mm.__str__.return_value = "text"
mm.__eq__.return_value = True
mm.__lt__.return_value = "less"
print(len(mm), list(mm), list(mm), mm[4], "x" in mm, bool(mm), int(mm), str(mm), mm == 1, mm < 0)
mm.__enter__.return_value = "resource"
with mm as got:
    print(got)
mm.__exit__.return_value = True
with mm:
    raise ValueError("swallowed")
print("after with", mm.__exit__.call_args[0][0].__name__)
print(mm.__int__.call_count, r(mm.__len__))
long_list = Mock()
for i in range(12):
    long_list.method(i, "some text")
print(long_list.mock_calls)

# magic methods on plain Mock are opt-in
plain = Mock()
attempt(lambda: len(plain))
attempt(lambda: plain.__len__)
plain.__len__ = lambda self: 5
plain.__iter__ = Mock(return_value=iter("ab"))
print(len(plain), list(plain))
del plain.__len__
attempt(lambda: len(plain))
attempt(lambda: mm.__custom__)

# NonCallableMagicMock
ncm = NonCallableMagicMock()
print(len(ncm), bool(ncm), r(ncm.attr))
attempt(ncm)

# spec and spec_set
class Widget:
    size = 3
    def grow(self, amount):
        return amount
    def shrink(self):
        pass

s = Mock(spec=Widget)
print(r(s), r(s.grow), r(s.grow(1)))
attempt(lambda: s.missing)
s.missing = 1
print(s.missing)
ss = Mock(spec_set=Widget)
print(r(ss))
attempt(lambda: setattr(ss, "other", 2))
ss.size = 10
print(ss.size)
listed = Mock(spec=["alpha", "beta"])
print(r(listed), r(listed.alpha))
attempt(lambda: listed.gamma)
inst = MagicMock(spec=Widget())
print(r(inst))
limited = MagicMock(spec=["__len__", "x"])
print(len(limited))
attempt(lambda: iter(limited))
late = Mock()
late.mock_add_spec(["only"])
attempt(lambda: late.other)
print(r(late.only))
print(r(late.assert_called))

# PropertyMock
class Holder:
    pass
prop = PropertyMock(return_value="first")
Holder.value = prop
h = Holder()
print(h.value)
h.value = "second"
print(prop.mock_calls)
del Holder.value

# seal
sealed = Mock()
sealed.known.return_value = 1
sealed.child.grandchild = 2
seal(sealed)
print(sealed.known(), sealed.child.grandchild)
attempt(lambda: sealed.unknown)
attempt(lambda: sealed.child.other)
attempt(lambda: sealed.known.missing)

# dir and FILTER_DIR
d = Mock()
d.made
d.assigned = 1
print([x for x in dir(d) if not x.startswith("assert")])
print("alpha" in dir(Mock(spec=["alpha"])))

# children follow the parent type
print(type(MagicMock().x).__name__, type(Mock().x).__name__, type(NonCallableMagicMock().x).__name__)
class MyMock(MagicMock):
    pass
print(type(MyMock().a.b).__name__, isinstance(MagicMock(), Mock), issubclass(MagicMock, Mock))

# unittest.mock: patch, patch.object, patch.dict, patch.multiple, mock_open,
# create_autospec
import os
import re
import sys
import unittest
from unittest import mock
from unittest.mock import (patch, MagicMock, Mock, NonCallableMagicMock,
                           AsyncMock, DEFAULT, sentinel, mock_open,
                           create_autospec, call)


def r(obj):
    return re.sub(r" id='\d+'", "", repr(obj))


def attempt(fn):
    try:
        result = fn()
    except Exception as e:
        print(type(e).__name__, str(e))
    else:
        print("ok", r(result))


class Target:
    value = "original"

    def method(self, x):
        return "real %s" % x

    @staticmethod
    def helper():
        return "static"


CONFIG = {"a": 1, "b": 2}

# context manager
with patch("os.getcwd") as fake:
    fake.return_value = "/nowhere"
    print(os.getcwd(), r(fake))
print(os.getcwd() != "/nowhere")

with patch("os.sep", "#"):
    print(os.sep)
print(os.sep)

with patch("__main__.Target.value", "patched") as got:
    print(Target.value, got)
print(Target.value)

# decorator: mocks arrive as extra positional arguments, bottom-up
@patch("os.path.exists")
@patch("os.listdir", return_value=["x"])
def check(listdir, exists, extra="default"):
    exists.return_value = True
    print(os.listdir("."), os.path.exists("nope"), extra)
    print(r(listdir), r(exists))
    return "done"

print(check(), check(extra="given"))
print(check.__name__)

@patch("os.getpid", new=lambda: -1)
def with_new():
    return os.getpid()
print(with_new())

# start / stop / stopall
p = patch.object(Target, "method", return_value="fake")
started = p.start()
print(Target().method(1), r(started))
p.stop()
print(Target().method(1))
print(p.stop())
patch.object(Target, "value", "one").start()
patch("os.name", "two").start()
print(Target.value, os.name)
patch.stopall()
print(Target.value, os.name == "two")

# patch.object variants
with patch.object(Target, "helper", new_callable=lambda: (lambda: "made")):
    print(Target.helper())
print(Target.helper())
with patch.object(Target, "missing", "yes", create=True):
    print(Target.missing)
print(hasattr(Target, "missing"))
attempt(lambda: patch.object(Target, "missing").start())
attempt(lambda: patch("nodots").start())
attempt(lambda: patch("__main__.Target.not_there").start())
attempt(lambda: patch("os.getcwd", new=1, new_callable=Mock))
attempt(lambda: patch.object("os", "getcwd"))

# spec and autospec via patch
with patch.object(Target, "method", spec=True) as spec_mock:
    attempt(lambda: spec_mock.nonexistent)
with patch("__main__.Target", spec=True) as klass:
    inst = klass()
    print(r(klass), r(inst))
    attempt(lambda: inst.unknown)
    print(r(inst.method))

# instance attribute patch restores properly
t = Target()
with patch.object(t, "value", "inst"):
    print(t.value, Target.value)
print(t.value, "value" in vars(t))

# patch.dict
with patch.dict(CONFIG, {"b": 20, "c": 30}):
    print(sorted(CONFIG.items()))
print(sorted(CONFIG.items()))
with patch.dict(CONFIG, [("z", 26)], clear=True, y=25):
    print(sorted(CONFIG.items()))
print(sorted(CONFIG.items()))
with patch.dict("os.environ", {"MOCK_TEST_VAR": "set"}):
    print(os.environ["MOCK_TEST_VAR"])
print("MOCK_TEST_VAR" in os.environ)

@patch.dict(CONFIG, a=100)
def uses_dict():
    return CONFIG["a"]
print(uses_dict(), CONFIG["a"])
pd = patch.dict(CONFIG, {"q": 1})
pd.start()
print("q" in CONFIG)
pd.stop()
print("q" in CONFIG)

def failing():
    with patch.dict(CONFIG, {"a": -1}):
        raise RuntimeError("inside")
attempt(failing)
print(CONFIG)

# patch.multiple
with patch.multiple(Target, value="multi", helper=DEFAULT) as made:
    print(Target.value, sorted(made), r(made["helper"]))
print(Target.value)

@patch.multiple("os", getcwd=DEFAULT, getpid=DEFAULT)
def multi(getcwd, getpid):
    getcwd.return_value = "mcwd"
    return os.getcwd(), r(getpid)
print(multi())

# class decorator patches every test* method
@patch("os.getcwd", return_value="class-level")
class Patched:
    def test_one(self, m):
        return os.getcwd()
    def test_two(self, m):
        return r(m)
    def other(self):
        return os.getcwd() == "class-level"
print(Patched().test_one(), Patched().test_two(), Patched().other())

# in a TestCase
class T(unittest.TestCase):
    @patch("os.getcwd", return_value="test")
    def test_it(self, m):
        self.assertEqual(os.getcwd(), "test")
        m.assert_called_once_with()

suite = unittest.defaultTestLoader.loadTestsFromTestCase(T)
res = unittest.TestResult()
suite.run(res)
print(res.testsRun, res.wasSuccessful())

# exceptions inside patch still restore
def explode():
    with patch.object(Target, "value", "temp"):
        raise ValueError("bad")
attempt(explode)
print(Target.value)

# async functions are patched with AsyncMock
class Service:
    async def fetch(self):
        return 1
    def sync(self):
        return 2
with patch.object(Service, "fetch") as af, patch.object(Service, "sync") as sf:
    print(type(af).__name__, type(sf).__name__)

# mock_open
m = mock_open(read_data="line1\nline2\nline3")
with patch("builtins.open", m):
    with open("some/file") as fh:
        print(repr(fh.readline()), fh.readlines())
    with open("some/file") as fh:
        print(repr(fh.read()))
    with open("some/file") as fh:
        print([line for line in fh])
    with open("out", "w") as fh:
        fh.write("data")
print(m.call_args_list)
m.assert_called_with("out", "w")
handle = m()
handle.write.assert_called_once_with("data")
print(r(m), r(handle))
b = mock_open(read_data=b"bin\ndata")
print(b("x").read(), b("x").readline())

# create_autospec (minimal)
def func(a, b, c=3):
    return a
auto = create_autospec(func, return_value="auto")
print(auto(1, 2), auto.call_args)
auto.assert_called_once_with(1, 2)
ak = create_autospec(Target)
obj = ak()
print(r(ak), type(obj).__name__)
attempt(lambda: obj.nothing_here)
attempt(lambda: ak.nothing_here)
print(r(obj.method(5)))

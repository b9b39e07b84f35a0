# Native modules are built on first import, with their signatures.
import sys
print(all(n in sys.builtin_module_names for n in ("sys", "builtins", "posix", "errno", "_io")))
import math
print("math" in sys.modules, math.floor(2.5), math.floor.__text_signature__)
import importlib.util
spec = importlib.util.find_spec("posix")
print(spec.name, spec.origin)
import _struct
print(_struct.Struct("<i").size, _struct.Struct.unpack_from.__text_signature__)
import random
random.seed(3)
print(random.randrange(100))
import _imp
print(_imp.is_builtin("posix"), _imp.is_builtin("json"))

# _abc: the native ABC machinery
import abc
from collections.abc import Mapping, Sized, Hashable
print(type(abc.ABC._abc_impl).__name__, type(abc.get_cache_token()).__name__)
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @abc.abstractmethod
    def stop(self): ...
for make in (lambda: Base(), lambda: object.__new__(Base)):
    try:
        make()
    except TypeError as e:
        print(e)
class Half(Base):
    def run(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
class Plain:
    pass
Plain.__abstractmethods__ = frozenset({"x"})
try:
    Plain()
except TypeError as e:
    print(e)
Plain.__abstractmethods__ = frozenset()
print(type(Plain()).__name__)
class Sizey:
    def __len__(self): return 0
print(isinstance(Sizey(), Sized), issubclass(Sizey, Hashable), isinstance([], Mapping))
token = abc.get_cache_token()
@Mapping.register
class Virtual:
    pass
print(abc.get_cache_token() > token, issubclass(Virtual, Mapping), Mapping.__abstractmethods__)
try:
    Mapping.register(3)
except TypeError as e:
    print(e)
try:
    Virtual.__bases__
    Base.register(Base)
except RuntimeError as e:
    print("RuntimeError", e)
print(Base.register(Half) is Half)
class Weird(abc.ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return 3
try:
    issubclass(int, Weird)
except AssertionError as e:
    print("AssertionError", e)

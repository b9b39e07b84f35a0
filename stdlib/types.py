"""Names for the interpreter's own types (functions, generators, modules,
...), SimpleNamespace, MappingProxyType, DynamicClassAttribute, the
class-building helpers new_class / prepare_class / resolve_bases, and the
coroutine() decorator."""

import sys as _sys

__all__ = """FunctionType LambdaType CodeType MappingProxyType SimpleNamespace
    CellType GeneratorType CoroutineType AsyncGeneratorType MethodType
    BuiltinFunctionType BuiltinMethodType WrapperDescriptorType
    MethodWrapperType MethodDescriptorType ClassMethodDescriptorType
    ModuleType TracebackType FrameType GetSetDescriptorType
    MemberDescriptorType new_class resolve_bases prepare_class
    DynamicClassAttribute coroutine GenericAlias UnionType EllipsisType
    NoneType NotImplementedType""".split()


def _standin(name):
    """A class to name a type this interpreter does not expose."""
    return type(name, (), {"__module__": "builtins"})


def _type_of(make, fallback_name):
    try:
        return type(make())
    except Exception:
        return _standin(fallback_name)


def _samples():
    """Objects of the interpreter's types, made once, for type() to name."""
    def plain(arg=None):
        return arg

    def producer():
        yield

    async def waiter():
        pass

    async def streamer():
        yield

    def with_cell():
        captured = 0

        def reader():
            return captured
        return reader.__closure__[0]

    class Owner:
        def method(self):
            pass

    pending = waiter()
    found = {
        "function": plain,
        "code": plain.__code__,
        "generator": producer(),
        "coroutine": pending,
        "async_generator": streamer(),
        "cell": with_cell(),
        "method": Owner().method,
    }
    pending.close()
    return found


_made = _samples()
FunctionType = type(_made["function"])
LambdaType = type(lambda: None)
CodeType = type(_made["code"])
GeneratorType = type(_made["generator"])
CoroutineType = type(_made["coroutine"])
AsyncGeneratorType = type(_made["async_generator"])
CellType = type(_made["cell"])
MethodType = type(_made["method"])
del _made

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = _type_of(lambda: dict.__dict__["fromkeys"], "classmethod_descriptor")
GetSetDescriptorType = _type_of(lambda: FunctionType.__code__, "getset_descriptor")
MemberDescriptorType = _type_of(lambda: FunctionType.__globals__, "member_descriptor")
ModuleType = type(_sys)
FrameType = type(_sys._getframe())


def _traceback_type():
    try:
        raise TypeError
    except TypeError as caught:
        tb = caught.__traceback__
    return type(tb) if tb is not None else _standin("traceback")


TracebackType = _traceback_type()
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
GenericAlias = type(list[int])
UnionType = type(int | str)


# --- SimpleNamespace ---------------------------------------------------------

_reprs_in_progress = set()


class SimpleNamespace:
    """An object whose attributes are set from keyword arguments and can be
    added, changed and removed freely; it compares by its attributes."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __repr__(self):
        label = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        marker = id(self)
        if marker in _reprs_in_progress:
            return label + "(...)"
        _reprs_in_progress.add(marker)
        try:
            fields = ["%s=%r" % pair for pair in self.__dict__.items()]
        finally:
            _reprs_in_progress.discard(marker)
        return "%s(%s)" % (label, ", ".join(fields))

    def __eq__(self, other):
        # The real type decides, not a `__class__` the object claims.
        if not issubclass(type(other), SimpleNamespace):
            return NotImplemented
        return self.__dict__ == other.__dict__

    __hash__ = None

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


# --- MappingProxyType ----------------------------------------------------------

def _looks_like_mapping(obj):
    if isinstance(obj, (list, tuple)):
        return False
    return hasattr(type(obj), "__getitem__")


_PROXY_PRIVATE = frozenset({"_viewed", "__slots__", "__module__", "__doc__", "__dir__"})


class mappingproxy:
    """A read-only view of a mapping: lookups go to the mapping, which
    may still be changed through other references."""

    __module__ = "builtins"
    __slots__ = ("_viewed",)

    def __new__(cls, mapping):
        if not _looks_like_mapping(mapping):
            raise TypeError("mappingproxy() argument must be a mapping, not %s"
                            % type(mapping).__name__)
        view = object.__new__(cls)
        object.__setattr__(view, "_viewed", mapping)
        return view

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object has no attribute '%s'" % name)

    def __getitem__(self, key):
        return self._viewed[key]

    def __contains__(self, key):
        return key in self._viewed

    def __iter__(self):
        return iter(self._viewed)

    def __reversed__(self):
        return reversed(self._viewed)

    def __len__(self):
        return len(self._viewed)

    def get(self, key, default=None, /):
        return self._viewed.get(key, default)

    def keys(self):
        return self._viewed.keys()

    def values(self):
        return self._viewed.values()

    def items(self):
        return self._viewed.items()

    def copy(self):
        return self._viewed.copy()

    def __eq__(self, other):
        return self._viewed == other

    def __ne__(self, other):
        return self._viewed != other

    def __lt__(self, other):
        return self._viewed < other

    def __le__(self, other):
        return self._viewed <= other

    def __gt__(self, other):
        return self._viewed > other

    def __ge__(self, other):
        return self._viewed >= other

    __hash__ = None

    def __or__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._viewed
        return dict(self._viewed) | other

    def __ror__(self, other):
        return other | dict(self._viewed)

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

    def __repr__(self):
        return "mappingproxy(%r)" % (self._viewed,)

    def __str__(self):
        return str(self._viewed)

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)

    def __dir__(self):
        # What a view offers, without the slot holding the mapping.
        own = {name for name in type(self).__dict__ if name not in _PROXY_PRIVATE}
        return sorted(own | set(dir(object())))



MappingProxyType = mappingproxy
del mappingproxy


# --- DynamicClassAttribute -------------------------------------------------------

def _run_accessor(accessor, complaint, *args):
    if accessor is None:
        raise AttributeError(complaint)
    return accessor(*args)


class DynamicClassAttribute:
    """A property for instances that raises AttributeError when read from
    the class itself, so that the metaclass's __getattr__ (or a class
    attribute found another way) answers instead. Enum uses it for the
    `name` and `value` of its members."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        from_getter = doc is None
        self.__doc__ = getattr(fget, "__doc__", None) if from_getter else doc
        self.overwrite_doc = from_getter
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            return _run_accessor(self.fget, "unreadable attribute", instance)
        if self.__isabstractmethod__:
            return self
        raise AttributeError()

    def __set__(self, instance, value):
        _run_accessor(self.fset, "can't set attribute", instance, value)

    def __delete__(self, instance):
        _run_accessor(self.fdel, "can't delete attribute", instance)

    def _with(self, fget, fset, fdel):
        doc = None if self.overwrite_doc else self.__doc__
        result = type(self)(fget, fset, fdel, doc)
        result.overwrite_doc = self.overwrite_doc
        return result

    def getter(self, fget):
        return self._with(fget, self.fset, self.fdel)

    def setter(self, fset):
        return self._with(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._with(self.fget, self.fset, fdel)


# --- building classes dynamically --------------------------------------------------

def resolve_bases(bases):
    """bases with every entry that is not a class but has __mro_entries__
    replaced by the classes that method returns (PEP 560). The same tuple
    object comes back when nothing changes."""
    expanded = []
    changed = False
    for entry in bases:
        hook = None if isinstance(entry, type) else getattr(entry, "__mro_entries__", None)
        if hook is None:
            expanded.append(entry)
            continue
        replacement = hook(bases)
        if not isinstance(replacement, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        expanded.extend(replacement)
        changed = True
    return tuple(expanded) if changed else bases


def _most_derived_metaclass(meta, bases):
    chosen = meta
    for base in bases:
        candidate = type(base)
        if issubclass(chosen, candidate):
            continue
        if issubclass(candidate, chosen):
            chosen = candidate
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be "
                        "a (non-strict) subclass of the metaclasses of all its bases")
    return chosen


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, remaining keywords) for a class statement with
    these bases and keywords: the metaclass is the `metaclass` keyword, or
    derived from the bases, and the namespace comes from its __prepare__."""
    keywords = dict(kwds) if kwds is not None else {}
    if "metaclass" in keywords:
        meta = keywords.pop("metaclass")
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _most_derived_metaclass(meta, bases)
    prepare = getattr(meta, "__prepare__", None)
    namespace = prepare(name, bases, **keywords) if prepare is not None else {}
    return meta, namespace, keywords


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Creates a class the way a class statement does; exec_body, when
    given, is called with the fresh namespace to fill it in."""
    real_bases = resolve_bases(bases)
    meta, namespace, keywords = prepare_class(name, real_bases, kwds)
    if exec_body is not None:
        exec_body(namespace)
    if real_bases is not bases:
        namespace["__orig_bases__"] = bases
    return meta(name, real_bases, namespace, **keywords)


# --- coroutine() ------------------------------------------------------------------

_CO_COROUTINE = 0x80
_CO_ITERABLE_COROUTINE = 0x100


class _GeneratorWrapper:
    """A generator presented as an awaitable (and still usable as the
    generator it wraps)."""

    __slots__ = ("_gen", "__name__", "__qualname__")

    def __init__(self, gen):
        self._gen = gen
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def __await__(self):
        return self._gen

    def __iter__(self):
        return self._gen

    def __next__(self):
        return next(self._gen)

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *args):
        return self._gen.throw(*args)

    def close(self):
        return self._gen.close()

    @property
    def gi_frame(self):
        return self._gen.gi_frame

    @property
    def gi_running(self):
        return self._gen.gi_running

    @property
    def gi_code(self):
        return self._gen.gi_code

    @property
    def gi_yieldfrom(self):
        return self._gen.gi_yieldfrom

    cr_frame = gi_frame
    cr_running = gi_running
    cr_code = gi_code
    cr_await = gi_yieldfrom


def coroutine(func):
    """Makes a generator-based function usable with `await`: the
    generators it returns become awaitables."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    code = getattr(func, "__code__", None)
    if code is not None and code.co_flags & (_CO_COROUTINE | _CO_ITERABLE_COROUTINE):
        return func

    def awaitable_call(*args, **kwargs):
        result = func(*args, **kwargs)
        if isinstance(result, (CoroutineType, _GeneratorWrapper)):
            return result
        if isinstance(result, GeneratorType) or (
                hasattr(result, "send") and hasattr(result, "throw")
                and not hasattr(result, "__await__")):
            return _GeneratorWrapper(result)
        return result

    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(awaitable_call, attr, getattr(func, attr))
        except (AttributeError, TypeError):
            pass
    awaitable_call.__wrapped__ = func
    return awaitable_call

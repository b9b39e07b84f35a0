"""Mock objects for coil's unittest: replace parts of the system under test
and make assertions about how they were used.

This is coil's own implementation, written from the documented behaviour of
CPython 3.11's unittest.mock. create_autospec is minimal: it restricts
attributes to those of the spec and, when the inspect module is available,
checks call signatures.
"""

__all__ = ("Mock", "MagicMock", "patch", "sentinel", "DEFAULT", "ANY",
           "call", "create_autospec", "AsyncMock", "FILTER_DIR",
           "NonCallableMock", "NonCallableMagicMock", "mock_open",
           "PropertyMock", "seal")

import builtins
import sys
from types import CoroutineType as _CoroutineType

FILTER_DIR = True


class InvalidSpecError(Exception):
    """Raised when a mock is given another mock as its spec."""


# ---------------------------------------------------------------- sentinels

class _NamedSentinel:
    def __init__(self, label):
        self.name = label

    def __repr__(self):
        return "sentinel." + self.name

    def __reduce__(self):
        return "sentinel." + self.name


class _SentinelMaker:
    """Hands out one unique object per attribute name."""

    def __init__(self):
        self._made = {}

    def __getattr__(self, label):
        if label in ("__bases__", "_made"):
            raise AttributeError(label)
        found = self._made.get(label)
        if found is None:
            found = self._made[label] = _NamedSentinel(label)
        return found

    def __reduce__(self):
        # pickled by reference to the module's one `sentinel`
        return "sentinel"


sentinel = _SentinelMaker()
DEFAULT = sentinel.DEFAULT
_GONE = sentinel.DELETED_ATTRIBUTE


class _Anything:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = None

    def __repr__(self):
        return "<ANY>"


ANY = _Anything()


# ---------------------------------------------------------- call objects

def _args_text(args, kwargs):
    parts = [repr(a) for a in args]
    parts.extend("%s=%r" % (k, v) for k, v in kwargs.items())
    return ", ".join(parts)


def _same(value):
    return value


def _split_tuple(value, convert=True):
    """Normalise a call-like tuple into (name or None, args, kwargs); convert
    makes the args a tuple and the kwargs a dict."""
    size = len(value)
    tup, dic = (tuple, dict) if convert else (_same, _same)
    if size == 3:
        return value[0], tup(value[1]), dic(value[2])
    if size == 2:
        first, second = value
        if isinstance(first, str):
            if isinstance(second, tuple):
                return first, second, {}
            return first, (), dic(second)
        return None, tup(first), dic(second)
    if size == 1:
        (only,) = value
        if isinstance(only, str):
            return only, (), {}
        if isinstance(only, tuple):
            return None, only, {}
        return None, (), dic(only)
    if size == 0:
        return None, (), {}
    raise ValueError("a call is a tuple of at most three items")


# protocol names that copying and pickling probe for; never call builders
_CALL_OPAQUE = {"__deepcopy__", "__copy__", "__getstate__", "__setstate__",
                "__reduce_ex__", "__reduce__", "__getnewargs__",
                "__getnewargs_ex__", "__length_hint__", "__fspath__",
                "__await__", "__aiter__", "__anext__", "__next__"}


_TUPLE_NAMES = frozenset({"count", "index", "__getitem__", "__iter__",
                          "__len__", "__contains__"})


class _Call(tuple):
    """One recorded or expected call; also the factory behind `call`."""

    def __new__(cls, value=(), name="", parent=None, two=False,
                from_kall=True):
        if two:
            nm, a, kw = _split_tuple(value)
            return tuple.__new__(cls, (a, kw))
        nm, a, kw = _split_tuple(value)
        return tuple.__new__(cls, (nm if nm is not None else name, a, kw))

    def __init__(self, value=(), name="", parent=None, two=False,
                 from_kall=True):
        self._cr_label = name
        self._mock_parent = parent
        self._cr_invoked = from_kall

    def _parts(self):
        if len(self) == 2:
            return None, self[0], self[1]
        return self[0], self[1], self[2]

    @property
    def args(self):
        return self._parts()[1]

    @property
    def kwargs(self):
        return self._parts()[2]

    def __eq__(self, other):
        try:
            size = len(other)
        except TypeError:
            return NotImplemented
        mine = self._parts()
        # Calls reached through attributes of calls must come from equal calls.
        if (getattr(self, "_mock_parent", None)
                and getattr(other, "_mock_parent", None)
                and self._mock_parent != other._mock_parent):
            return False
        if size > 3:
            return False
        theirs = _split_tuple(other, convert=False)
        if mine[0] and (theirs[0] or "") != mine[0]:
            return False
        # Their arguments go on the left, so that an ANY among the expected
        # arguments decides the comparison before the recorded value does.
        return (theirs[1], theirs[2]) == (mine[1], mine[2])

    def __ne__(self, other):
        outcome = self.__eq__(other)
        if outcome is NotImplemented:
            return outcome
        return not outcome

    __hash__ = object.__hash__

    def __call__(self, *args, **kwargs):
        if not self._cr_invoked:
            label = self._cr_label
            before = self._mock_parent
        else:
            label = self._cr_label + "()"
            before = self
        return _Call((label, args, kwargs), name=label,
                           parent=before)

    def __getattr__(self, attr):
        if attr.startswith("_cr_") or attr in _CALL_OPAQUE:
            raise AttributeError(attr)
        base = self._cr_label
        if self._cr_invoked:
            label = base + "()." + attr
        elif base:
            label = base + "." + attr
        else:
            label = attr
        before = self if self._cr_invoked else self._mock_parent
        return _Call(name=label, parent=before, from_kall=False)

    def __getattribute__(self, attr):
        # tuple's own methods (count, index, __getitem__...) are calls to
        # record like any other name
        if attr in _TUPLE_NAMES:
            raise AttributeError(attr)
        return tuple.__getattribute__(self, attr)

    def __repr__(self):
        if not self._cr_invoked:
            shown = self._cr_label or "call"
            if shown.startswith("()"):
                shown = "call" + shown
            return shown
        label, a, kw = self._parts()
        if not label:
            head = "call"
        elif label.startswith("()"):
            head = "call" + label
        else:
            head = "call." + label
        return "%s(%s)" % (head, _args_text(a, kw))

    def call_list(self):
        """The chain of calls that produces this one, as a list."""
        chain = []
        node = self
        while node is not None:
            if node._cr_invoked:
                chain.append(node)
            node = node._mock_parent
        return _CallList(reversed(chain))


call = _Call(from_kall=False)


class _CallList(list):
    def __contains__(self, item):
        if not isinstance(item, list):
            return list.__contains__(self, item)
        width = len(item)
        for start in range(len(self) - width + 1):
            if list(self[start:start + width]) == item:
                return True
        return False

    def __repr__(self):
        flat = list.__repr__(self)
        if len(flat) <= 80:
            return flat
        # one item per line, the way pprint lays out a long flat list
        return "[" + ",\n ".join(repr(item) for item in self) + "]"


# ------------------------------------------------------------ magic methods

_NUMERIC = ("add sub mul matmul truediv floordiv mod lshift rshift and xor "
            "or pow divmod").split()
_MAGIC_PLAIN = set()
for _op in _NUMERIC:
    _MAGIC_PLAIN.update(("__%s__" % _op, "__r%s__" % _op))
    if _op != "divmod":
        _MAGIC_PLAIN.add("__i%s__" % _op)
_MAGIC_PLAIN.update("__%s__" % n for n in (
    "lt gt le ge eq ne getitem setitem delitem len contains iter hash str "
    "sizeof enter exit neg pos abs invert complex int float index round "
    "trunc floor ceil bool next fspath aiter dir format get set delete "
    "reversed missing getformat").split())
_MAGIC_ASYNC = {"__aenter__", "__aexit__", "__anext__"}
# magic methods a mock takes when given, but never makes up
_MAGIC_GIVEN_ONLY = {"__repr__", "__reduce__", "__reduce_ex__",
                     "__getinitargs__", "__getnewargs__", "__getstate__",
                     "__setstate__", "__subclasses__", "__getnewargs_ex__"}
_MAGIC_ALL = _MAGIC_PLAIN | _MAGIC_ASYNC | _MAGIC_GIVEN_ONLY
# magic methods a mock refuses to take
_MAGIC_REFUSED = {"__getattr__", "__setattr__", "__init__", "__new__",
                  "__prepare__", "__instancecheck__", "__subclasscheck__",
                  "__del__"}
# magic methods a MagicMock provides without being told to
_MAGIC_UNPROVIDED = {"__get__", "__set__", "__delete__", "__reversed__",
                     "__missing__", "__dir__", "__format__", "__getformat__",
                     "__aiter__"} | _MAGIC_GIVEN_ONLY
_MAGIC_PROVIDED = (_MAGIC_ALL - _MAGIC_UNPROVIDED) | {"__aiter__"}
# the name CPython's mock gives the magic methods a MagicMock configures
_magics = _MAGIC_PROVIDED

_FIXED_RESULTS = {
    "__lt__": NotImplemented, "__gt__": NotImplemented,
    "__le__": NotImplemented, "__ge__": NotImplemented,
    "__int__": 1, "__contains__": False, "__len__": 0, "__exit__": False,
    "__complex__": 1j, "__float__": 1.0, "__bool__": True, "__index__": 1,
    "__aexit__": False,
}


def _identity_eq(owner):
    def decide(other):
        if owner.__eq__._mock_ret is not DEFAULT:
            return DEFAULT
        return True if owner is other else NotImplemented
    return decide


def _identity_ne(owner):
    def decide(other):
        if owner.__ne__._mock_ret is not DEFAULT:
            return DEFAULT
        return False if owner is other else NotImplemented
    return decide


def _iter_default(owner):
    def produce():
        chosen = owner.__iter__._mock_ret
        if chosen is DEFAULT:
            return iter([])
        return iter(chosen)
    return produce


def _aiter_default(owner):
    def produce():
        chosen = owner.__aiter__._mock_ret
        items = [] if chosen is DEFAULT else chosen
        return _AsyncIterOver(iter(items))
    return produce


class _AsyncIterOver:
    def __init__(self, it):
        self._it = it

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return next(self._it)
        except StopIteration:
            pass
        raise StopAsyncIteration


def _computed(label, compute):
    """Wrap compute so that a configured return value takes precedence."""
    def factory(owner):
        def effect(*args):
            if getattr(owner, label)._mock_ret is not DEFAULT:
                return DEFAULT
            return compute(owner, *args)
        return effect
    return factory


_EFFECT_FACTORIES = {
    "__eq__": _identity_eq,
    "__ne__": _identity_ne,
    "__iter__": _iter_default,
    "__aiter__": _aiter_default,
    "__hash__": _computed("__hash__", object.__hash__),
    "__str__": _computed("__str__", object.__str__),
    "__sizeof__": _computed(
        "__sizeof__", lambda owner: getattr(object, "__sizeof__",
                                            lambda o: 32)(owner)),
    "__fspath__": _computed(
        "__fspath__", lambda owner: "%s/%s" % (type(owner).__name__,
                                               id(owner))),
}


def _prime_magic(owner, label, child):
    """Give a freshly made magic-method child its default behaviour."""
    if label in _FIXED_RESULTS:
        child._mock_ret = _FIXED_RESULTS[label]
    elif label in _EFFECT_FACTORIES:
        child._mock_effect = _EFFECT_FACTORIES[label](owner)


class _MagicSlot:
    """Class-level stand-in for one magic method of one mock instance.

    Every mock has a class of its own, so the slot can remember its
    instance; the call is passed on to the child mock of that name."""

    def __init__(self, owner, label):
        self._owner = owner
        self._label = label

    def __get__(self, obj, obj_type=None):
        # read through the class too: type(m).__str__ is m's __str__ mock
        return _magic_child(self._owner, self._label)

    def __call__(self, *args, **kwargs):
        # coil invokes a few no-argument slots with the instance first
        if (args and args[0] is self._owner
                and self._label in _MAGIC_NO_ARGS):
            args = args[1:]
        return _magic_child(self._owner, self._label)(*args, **kwargs)


_MAGIC_NO_ARGS = {"__%s__" % n for n in (
    "len iter hash str sizeof bool int float complex index neg pos abs "
    "invert trunc floor ceil next fspath dir reversed enter aenter aiter "
    "anext").split()}


def _magic_child(owner, label):
    store = owner.__dict__["_mock_children"]
    found = store.get(label)
    if found is None or found is _GONE:
        if found is _GONE or label not in type(owner)._mock_magic_enabled:
            raise AttributeError(label)
        maker = owner._mock_child_class(label)
        found = maker(name=label, _new_name=label, _new_parent=owner,
                      parent=owner)
        _prime_magic(owner, label, found)
        store[label] = found
    return found


# --------------------------------------------------------------- the mocks

def _is_mock(obj):
    return isinstance(obj, NonCallableMock)


class _Probe:
    def method(self):
        pass


_MethodKind = type(_Probe().method)


def _callable(obj):
    """Whether obj can be called, looking through staticmethod and classmethod."""
    if isinstance(obj, type):
        return True
    if isinstance(obj, (staticmethod, classmethod, _MethodKind)):
        return _callable(obj.__func__)
    return getattr(obj, "__call__", None) is not None


def _instance_callable(obj):
    """Whether instances of obj (a class; for anything else, obj itself)
    can be called."""
    if not isinstance(obj, type):
        return getattr(obj, "__call__", None) is not None
    return any("__call__" in vars(k) for k in obj.__mro__[:-1])


def _is_async_callable(obj):
    if isinstance(obj, AsyncMock):
        return True
    if _is_mock(obj):
        return False
    code = getattr(getattr(obj, "__func__", obj), "__code__", None)
    flags = getattr(code, "co_flags", None)
    if not isinstance(flags, int):
        return False
    return bool(flags & 0x80)


def _is_ancestor(candidate, node):
    """True if candidate is node or one of the mocks above it."""
    while node is not None:
        if node is candidate:
            return True
        node = node._mock_new_parent
    return False


def _is_exception(obj):
    if isinstance(obj, BaseException):
        return True
    return isinstance(obj, type) and issubclass(obj, BaseException)


_ASSERT_TYPOS = ("assert", "assret", "asert", "aseert", "assrt")
_BASE_NAMES = None


class NonCallableMock:
    """A mock object that records how it is used; calling it is an error."""

    def __new__(cls, *args, **kwargs):
        own = type(cls.__name__, (cls,), {"__doc__": cls.__doc__,
                                          "_mock_origin": cls})
        own._mock_magic_enabled = set(cls._mock_magic_enabled)
        made = object.__new__(own)
        for label in own._mock_magic_enabled:
            setattr(own, label, _MagicSlot(made, label))
        return made

    _mock_magic_enabled = frozenset()

    def __init__(self, spec=None, wraps=None, name=None, spec_set=None,
                 parent=None, _spec_state=None, _new_name="",
                 _new_parent=None, _spec_as_instance=False, _eat_self=None,
                 unsafe=False, **kwargs):
        put = object.__setattr__
        if _new_parent is None:
            _new_parent = parent
        put(self, "_mock_as_instance", _spec_as_instance)
        put(self, "_mock_children", {})
        put(self, "_mock_name", name)
        put(self, "_mock_parent", parent)
        put(self, "_mock_new_name", _new_name)
        put(self, "_mock_new_parent", _new_parent)
        put(self, "_mock_wraps", wraps)
        put(self, "_mock_sealed", False)
        put(self, "_mock_unsafe", unsafe)
        put(self, "_mock_autospec", False)
        put(self, "_mock_ret", DEFAULT)
        put(self, "_mock_effect", None)
        put(self, "_mock_spec_names", None)
        put(self, "_mock_methods", None)
        put(self, "_spec_signature", None)
        put(self, "_mock_spec_class", None)
        put(self, "_mock_spec_obj", None)
        put(self, "_mock_spec_set", False)
        put(self, "_mock_spec_async", set())
        if spec_set is not None:
            self._mock_apply_spec(spec_set, True)
        elif spec is not None:
            self._mock_apply_spec(spec, False)
        self._mock_clear_record()
        self.configure_mock(**kwargs)

    # ----- bookkeeping
    def _mock_clear_record(self):
        put = object.__setattr__
        put(self, "called", False)
        put(self, "call_count", 0)
        put(self, "call_args", None)
        put(self, "call_args_list", _CallList())
        put(self, "mock_calls", _CallList())
        put(self, "method_calls", _CallList())

    def _mock_apply_spec(self, spec, strict):
        if _is_mock(spec):
            raise InvalidSpecError(
                "Cannot spec a Mock object. [object=%r]" % (spec,))
        put = object.__setattr__
        names = None
        klass = None
        if type(spec) in (list, tuple):
            names = list(spec)
        else:
            klass = spec if isinstance(spec, type) else type(spec)
            names = dir(spec)
            asyncs = set()
            for attr in names:
                try:
                    value = getattr(spec, attr)
                except AttributeError:
                    continue
                if _is_async_callable(value):
                    asyncs.add(attr)
            put(self, "_mock_spec_async", asyncs)
            put(self, "_mock_spec_obj", spec)
        put(self, "_mock_spec_names", set(names))
        put(self, "_mock_methods", names)
        put(self, "_spec_signature", _signature_of_spec(spec, self.__dict__.get("_mock_as_instance", False))
            if klass is not None else None)
        put(self, "_mock_spec_class", klass)
        put(self, "_mock_spec_set", strict)

    def mock_add_spec(self, spec, spec_set=False):
        """Restrict the mock's attributes to those of spec."""
        self._mock_apply_spec(spec, spec_set)

    @property
    def __class__(self):
        klass = self.__dict__.get("_mock_spec_class")
        if klass is None:
            return type(self)
        return klass

    def _mock_child_class(self, label):
        origin = type(self)._mock_origin
        if label in _MAGIC_ASYNC and issubclass(origin, MagicMixin):
            return AsyncMock
        if issubclass(origin, AsyncMockMixin):
            if label in _MAGIC_PLAIN:
                return MagicMock
            if (self._mock_spec_names is not None
                    and label not in self._mock_spec_async
                    and label != "()"):
                return MagicMock
            return AsyncMock
        if not issubclass(origin, CallableMixin):
            if issubclass(origin, MagicMixin):
                return MagicMock
            return Mock
        if issubclass(origin, PropertyMock):
            return MagicMock
        return origin

    def _get_child_mock(self, **kw):
        return self._mock_child_class(kw.get("_new_name", ""))(**kw)

    def _mock_make_child(self, label, via_call=False):
        maker = self._mock_child_class("()" if via_call else label)
        if not via_call and label in self._mock_spec_async:
            maker = AsyncMock
        if type(self)._get_child_mock is not NonCallableMock._get_child_mock:
            # a subclass that makes its own children decides
            maker = self._get_child_mock
        if via_call:
            child = maker(_new_name="()", _new_parent=self)
        else:
            options = {}
            if self._mock_wraps is not None:
                # a wrapping mock's attributes wrap the real attributes
                options["wraps"] = getattr(self._mock_wraps, label)
            child = maker(name=label, parent=self, _new_name=label,
                          _new_parent=self, **options)
        if self._mock_sealed:
            object.__setattr__(child, "_mock_sealed", True)
        return child

    # ----- names and repr
    def _mock_path(self):
        segments = []
        node = self
        while True:
            parent = node._mock_new_parent
            if parent is None:
                break
            segments.append(node._mock_new_name)
            node = parent
        root = node._mock_name
        if root is None:
            root = "mock"
        if not segments and node is self and self._mock_name is None:
            return None
        text = root
        for seg in reversed(segments):
            text = text + seg if seg == "()" else text + "." + seg
        return text

    def _extract_mock_name(self):
        """The dotted name the mock is shown by ('mock' for a nameless one)."""
        return self._mock_path() or "mock"

    def _mock_label(self):
        return self._mock_name or "mock"

    def __repr__(self):
        bits = ["<%s" % type(self).__name__]
        path = self._mock_path()
        if path is not None and path != "mock":
            bits.append(" name=%r" % path)
        elif path == "mock" and self._mock_new_parent is not None:
            bits.append(" name=%r" % path)
        klass = self._mock_spec_class
        if klass is not None:
            key = "spec_set" if self._mock_spec_set else "spec"
            bits.append(" %s=%r" % (key, klass.__name__))
        bits.append(" id='%s'>" % id(self))
        return "".join(bits)

    def __dir__(self):
        if not FILTER_DIR:
            return object.__dir__(self)
        found = set()
        for klass in type(self).__mro__:
            found.update(k for k in vars(klass) if not k.startswith("_"))
        if self._mock_spec_names is not None:
            found.update(self._mock_spec_names)
        for k in self.__dict__:
            if not k.startswith("_"):
                found.add(k)
        for k, v in self._mock_children.items():
            if v is not _GONE:
                found.add(k)
        # magic methods given plain functions live on the mock's own class
        for k, v in vars(type(self)).items():
            if k in _MAGIC_ALL and not isinstance(v, _MagicSlot):
                found.add(k)
        found.discard("__class__")
        return sorted(found)

    # ----- return value and side effect
    def _get_return_value(self):
        value = self._mock_ret
        if value is DEFAULT:
            if self._mock_sealed:
                raise AttributeError((self._mock_path() or "mock") + "()")
            value = self._mock_make_child("()", via_call=True)
            object.__setattr__(self, "_mock_ret", value)
        return value

    def _set_return_value(self, value):
        object.__setattr__(self, "_mock_ret", value)
        if (_is_mock(value) and value._mock_new_parent is None
                and value._mock_name is None
                and not _is_ancestor(value, self)):
            object.__setattr__(value, "_mock_new_parent", self)
            object.__setattr__(value, "_mock_new_name", "()")

    return_value = property(_get_return_value, _set_return_value,
                            doc="The value returned when the mock is called.")

    def _get_side_effect(self):
        return self._mock_effect

    def _set_side_effect(self, value):
        if (value is not None and not callable(value)
                and not _is_exception(value)):
            try:
                value = iter(value)
            except TypeError:
                pass
        object.__setattr__(self, "_mock_effect", value)

    side_effect = property(_get_side_effect, _set_side_effect,
                           doc="Raised, iterated or called on each call.")

    # ----- attribute protocol
    def __getattr__(self, attr):
        if attr.startswith("_mock_"):
            raise AttributeError(attr)
        store = self.__dict__.get("_mock_children")
        if store is None:
            raise AttributeError(attr)
        names = self._mock_spec_names
        if attr.startswith("__") and attr.endswith("__"):
            if attr in store and store[attr] is not _GONE:
                return store[attr]
            if names is None:
                raise AttributeError(attr)
            # a spec may name dunders of its own; magic methods need setting
            if attr not in names or attr in _MAGIC_ALL:
                raise AttributeError("Mock object has no attribute %r" % attr)
        if names is not None and attr not in names:
            raise AttributeError("Mock object has no attribute %r" % attr)
        if (not self._mock_unsafe and names is None
                and attr.startswith(_ASSERT_TYPOS)):
            raise AttributeError(
                "%r is not a valid assertion. Use a spec for the mock if "
                "%r is meant to be an attribute." % (attr, attr))
        found = store.get(attr)
        if found is _GONE:
            raise AttributeError(attr)
        if found is None:
            shaped = self._mock_autospec and self._mock_spec_obj is not None
            if self._mock_sealed and not shaped:
                path = self._mock_path() or "mock"
                raise AttributeError(path + "." + attr)
            if shaped:
                source = getattr(self._mock_spec_obj, attr)
                try:
                    found = create_autospec(
                        source, self._mock_spec_set, _parent=self, _name=attr,
                        instance=False, _skip_first=self._mock_takes_self(attr))
                except InvalidSpecError:
                    target = self.__dict__["_mock_name"] or self
                    raise InvalidSpecError(
                        "Cannot autospec attr %r from target %r as it has "
                        "already been mocked out. [target=%r, attr=%r]"
                        % (attr, target, self, source)) from None
                if self._mock_sealed:
                    object.__setattr__(found, "_mock_sealed", True)
            else:
                found = self._mock_make_child(attr)
            store[attr] = found
        return found

    def _mock_takes_self(self, attr):
        """Whether calls of the autospecced attribute omit its first
        parameter: a plain function of a class spec (an instance's methods
        come bound, without it)."""
        owner = self._mock_spec_obj
        if not isinstance(owner, type):
            return False
        for klass in owner.__mro__:
            if attr in klass.__dict__:
                return isinstance(klass.__dict__[attr], _FunctionKind)
        return False

    def _mock_adopt(self, value, label):
        if not _is_mock(value):
            return False
        if (value._mock_name is not None or value._mock_parent is not None
                or value._mock_new_parent is not None
                or _is_ancestor(value, self)):
            return False
        put = object.__setattr__
        put(value, "_mock_parent", self)
        put(value, "_mock_new_parent", self)
        put(value, "_mock_name", label)
        put(value, "_mock_new_name", label)
        return True

    def __setattr__(self, attr, value):
        if attr.startswith("_mock_") or attr in ("return_value",
                                               "side_effect", "__class__"):
            if attr == "__class__":
                object.__setattr__(self, "_mock_spec_class", value)
                return
            if attr == "return_value":
                return self._set_return_value(value)
            if attr == "side_effect":
                return self._set_side_effect(value)
            return object.__setattr__(self, attr, value)
        names = self._mock_spec_names
        if (self._mock_spec_set and names is not None and attr not in names
                and attr not in self.__dict__
                and attr not in type(self).__dict__):
            raise AttributeError("Mock object has no attribute '%s'" % attr)
        if attr in _MAGIC_REFUSED:
            raise AttributeError(
                "Attempting to set unsupported magic method %r." % attr)
        if attr in _MAGIC_ALL:
            if names is not None and attr not in names:
                raise AttributeError(
                    "Mock object has no attribute '%s'" % attr)
            klass = type(self)
            if _is_mock(value):
                self._mock_adopt(value, attr)
                self._mock_children[attr] = value
                klass._mock_magic_enabled.add(attr)
                setattr(klass, attr, _MagicSlot(self, attr))
            else:
                self._mock_children.pop(attr, None)
                setattr(klass, attr, value)
            return
        if self._mock_adopt(value, attr):
            self._mock_children[attr] = value
        elif attr in self._mock_children and not _is_mock(value):
            del self._mock_children[attr]
        if self._mock_sealed and not hasattr(self, attr):
            path = self._mock_path() or "mock"
            raise AttributeError(
                "Cannot set %s.%s" % (path, attr))
        object.__setattr__(self, attr, value)

    def __delattr__(self, attr):
        if attr in _MAGIC_ALL and attr in type(self).__dict__:
            delattr(type(self), attr)
            type(self)._mock_magic_enabled.discard(attr)
            self._mock_children.pop(attr, None)
            return
        store = self._mock_children
        in_dict = attr in self.__dict__
        if not in_dict and store.get(attr) is _GONE:
            raise AttributeError(attr)
        if in_dict:
            object.__delattr__(self, attr)
        store[attr] = _GONE

    # ----- configuration
    def configure_mock(self, **kwargs):
        """Set attributes, including dotted paths such as 'a.b.return_value'."""
        for dotted in sorted(kwargs, key=lambda k: k.count(".")):
            *hops, last = dotted.split(".")
            target = self
            for hop in hops:
                target = getattr(target, hop)
            setattr(target, last, kwargs[dotted])

    def attach_mock(self, mock, attribute):
        """Make mock a child called attribute, so its calls are recorded
        in this mock's method_calls and mock_calls."""
        put = object.__setattr__
        put(mock, "_mock_name", None)
        put(mock, "_mock_parent", None)
        put(mock, "_mock_new_parent", None)
        put(mock, "_mock_new_name", "")
        setattr(self, attribute, mock)

    def reset_mock(self, visited=None, *, return_value=False,
                   side_effect=False):
        """Forget all recorded calls, here and in every child."""
        if visited is None:
            visited = []
        if any(v is self for v in visited):
            return
        visited.append(self)
        self._mock_clear_record()
        if isinstance(self, AsyncMockMixin):
            self._mock_clear_awaits()
        if return_value:
            object.__setattr__(self, "_mock_ret", DEFAULT)
        if side_effect:
            object.__setattr__(self, "_mock_effect", None)
        for child in list(self._mock_children.values()):
            if _is_mock(child) and child is not self:
                child.reset_mock(visited, return_value=return_value,
                                 side_effect=side_effect)
        kept = self._mock_ret
        if _is_mock(kept) and kept is not self:
            kept.reset_mock(visited)

    # ----- assertions
    def _mock_text(self, args, kwargs):
        return "%s(%s)" % (self._mock_label(), _args_text(args, kwargs))

    def _mock_calls_note(self):
        if not self.mock_calls:
            return ""
        return "\nCalls: %r." % (self.mock_calls,)

    def assert_not_called(self):
        """Fail if the mock has been called."""
        if self.call_count != 0:
            raise AssertionError(
                "Expected '%s' to not have been called. Called %s times.%s"
                % (self._mock_label(), self.call_count, self._mock_calls_note()))

    def assert_called(self):
        """Fail unless the mock has been called at least once."""
        if self.call_count == 0:
            raise AssertionError("Expected '%s' to have been called."
                                 % self._mock_label())

    def assert_called_once(self):
        """Fail unless the mock has been called exactly once."""
        if self.call_count != 1:
            raise AssertionError(
                "Expected '%s' to have been called once. Called %s times.%s"
                % (self._mock_label(), self.call_count, self._mock_calls_note()))

    def _mock_signature_check(self, args, kwargs):
        checker = self.__dict__.get("_mock_sig")
        if checker is not None:
            try:
                checker(*args, **kwargs)
            except TypeError as exc:
                return exc
        return None

    def _call_matcher(self, _call):
        """_call with its arguments bound to the spec's signature (so calls
        that pass the same values by position or by keyword compare equal),
        or the TypeError binding raised; _call itself without a signature."""
        name = _call[0] if isinstance(_call, tuple) and len(_call) > 2 else None
        sig = self._spec_signature
        if name:
            sig = None
            node = self
            for part in name.split("."):
                children = getattr(node, "_mock_children", None)
                node = children.get(part) if children is not None else None
                if node is None or not _is_mock(node):
                    node = None
                    break
            if node is not None:
                sig = node.__dict__.get("_spec_signature")
        if sig is None:
            return _call
        if len(_call) == 2:
            args, kwargs = _call
        else:
            name, args, kwargs = _call
        try:
            bound = sig.bind(*args, **kwargs)
        except TypeError as e:
            return e.with_traceback(None)
        if name is None:
            return _Call((bound.args, bound.kwargs), two=True)
        return _Call((name, bound.args, bound.kwargs))

    def assert_called_with(self, /, *args, **kwargs):
        """Fail unless the most recent call used these arguments."""
        if self.call_args is None:
            raise AssertionError(
                "expected call not found.\nExpected: %s\n  Actual: not called."
                % self._mock_text(args, kwargs))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.call_args)
        if actual != expected:
            got = self.call_args
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(
                "expected call not found.\nExpected: %s\n  Actual: %s"
                % (self._mock_text(args, kwargs),
                   self._mock_text(got.args, got.kwargs))) from cause

    def assert_called_once_with(self, /, *args, **kwargs):
        """Fail unless the mock was called exactly once, with these
        arguments."""
        if self.call_count != 1:
            raise AssertionError(
                "Expected '%s' to be called once. Called %s times.%s"
                % (self._mock_label(), self.call_count, self._mock_calls_note()))
        return self.assert_called_with(*args, **kwargs)

    def assert_any_call(self, /, *args, **kwargs):
        """Fail unless some call used these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.call_args_list]
        if cause is not None or not any(seen == expected for seen in actual):
            raise AssertionError("%s call not found"
                                 % self._mock_text(args, kwargs)) from cause

    def assert_has_calls(self, calls, any_order=False):
        """Fail unless calls appear in mock_calls (consecutively, in order,
        unless any_order is true)."""
        missing, remaining = _unmatched(self, calls, any_order, self.mock_calls,
                                        "Calls", "calls", "\n  Actual: %r")
        if missing:
            raise AssertionError(
                "%r does not contain all of %r in its call list, found %r "
                "instead" % (self._mock_label(), tuple(missing),
                             _CallList(remaining)))


def _unmatched(mock, calls, any_order, recorded_calls, noun, plural, actual_line):
    """The expected calls missing from `recorded_calls` and the recorded ones
    left over, when any_order; in order, raises the AssertionError of
    assert_has_calls / assert_has_awaits unless `calls` appear consecutively."""
    wanted = [mock._call_matcher(c) for c in calls]
    cause = next((e for e in wanted if isinstance(e, Exception)), None)
    recorded = _CallList(mock._call_matcher(c) for c in recorded_calls)
    if not any_order:
        if cause is not None or wanted not in recorded:
            if cause is None:
                problem = "%s not found." % noun
            else:
                problem = ("Error processing expected %s.\n"
                           "Errors: {}" % plural).format(
                    [e if isinstance(e, Exception) else None
                     for e in wanted])
            raise AssertionError(
                ("%s\nExpected: %r" + actual_line)
                % (problem, _CallList(calls), recorded_calls)) from cause
        return [], []
    remaining = list(recorded)
    missing = []
    for item in wanted:
        for pos, seen in enumerate(remaining):
            if seen == item:
                del remaining[pos]
                break
        else:
            missing.append(item)
    return missing, remaining


def _record_call(mock, args, kwargs):
    put = object.__setattr__
    put(mock, "called", True)
    put(mock, "call_count", mock.call_count + 1)
    pair = _Call((args, kwargs), two=True)
    put(mock, "call_args", pair)
    mock.call_args_list.append(pair)
    mock.mock_calls.append(_Call(("", args, kwargs)))
    # walk up the owners, giving each a call named by the path down to us
    relative = ""
    attributes_only = True
    node = mock
    while True:
        owner = node._mock_new_parent
        if owner is None:
            break
        seg = node._mock_new_name
        if seg == "()":
            attributes_only = False
            relative = "()" + ("." + relative if relative
                               and not relative.startswith("()")
                               else relative)
        else:
            if relative and not relative.startswith("()"):
                relative = seg + "." + relative
            else:
                relative = seg + relative
        owner.mock_calls.append(_Call((relative, args, kwargs)))
        if (attributes_only and node._mock_parent is owner
                and not (seg.startswith("__") and seg.endswith("__"))):
            owner.method_calls.append(_Call((relative, args, kwargs)))
        node = owner


def _resolve_effect(mock, args, kwargs):
    effect = mock._mock_effect
    if effect is not None:
        if _is_exception(effect):
            raise effect
        if not callable(effect):
            outcome = next(effect)
            if _is_exception(outcome):
                raise outcome
        else:
            outcome = effect(*args, **kwargs)
        if outcome is not DEFAULT:
            return outcome
    if mock._mock_ret is not DEFAULT:
        return mock._mock_ret
    if mock._mock_wraps is not None:
        return mock._mock_wraps(*args, **kwargs)
    return mock.return_value


class CallableMixin:
    def __init__(self, spec=None, side_effect=None, return_value=DEFAULT,
                 wraps=None, name=None, spec_set=None, parent=None,
                 _spec_state=None, _new_name="", _new_parent=None, **kwargs):
        NonCallableMock.__init__(self, spec, wraps, name, spec_set, parent,
                                 _spec_state, _new_name, _new_parent,
                                 **kwargs)
        object.__setattr__(self, "_mock_ret", return_value)
        self.side_effect = side_effect

    def __call__(self, /, *args, **kwargs):
        # a call that does not fit the spec's signature is not recorded
        problem = self._mock_signature_check(args, kwargs)
        if problem is not None:
            raise problem
        self._increment_mock_call(*args, **kwargs)
        return self._mock_call(*args, **kwargs)

    def _increment_mock_call(self, /, *args, **kwargs):
        """Records a call with these arguments."""
        _record_call(self, args, kwargs)

    def _mock_call(self, /, *args, **kwargs):
        """What a call with these arguments returns (or raises)."""
        return _resolve_effect(self, args, kwargs)


class Mock(CallableMixin, NonCallableMock):
    """A callable mock: attributes and return values are mocks created on
    first use; every call is recorded."""


class MagicMixin:
    _mock_magic_enabled = frozenset(_MAGIC_PROVIDED)

    def mock_add_spec(self, spec, spec_set=False):
        NonCallableMock.mock_add_spec(self, spec, spec_set)
        self._mock_trim_magic()

    def _mock_trim_magic(self):
        names = self._mock_spec_names
        if names is None:
            return
        klass = type(self)
        for label in list(klass._mock_magic_enabled):
            if label not in names:
                klass._mock_magic_enabled.discard(label)
                if label in klass.__dict__:
                    delattr(klass, label)




class NonCallableMagicMock(MagicMixin, NonCallableMock):
    """A non-callable MagicMock."""

    def __init__(self, *args, **kwargs):
        NonCallableMock.__init__(self, *args, **kwargs)
        self._mock_trim_magic()


class MagicMock(MagicMixin, Mock):
    """A Mock with the container, numeric, comparison and context manager
    protocols preconfigured."""

    def __init__(self, *args, **kwargs):
        Mock.__init__(self, *args, **kwargs)
        self._mock_trim_magic()


class PropertyMock(Mock):
    """A mock meant to sit on a class as a property: reading the attribute
    calls it with no arguments, assigning calls it with the value."""

    def __get__(self, obj, obj_type=None):
        return self()

    def __set__(self, obj, value):
        self(value)


# --------------------------------------------------------------- AsyncMock

class AsyncMockMixin:
    def _mock_clear_awaits(self):
        put = object.__setattr__
        put(self, "await_count", 0)
        put(self, "await_args", None)
        put(self, "await_args_list", _CallList())

    def __call__(self, /, *args, **kwargs):
        problem = self._mock_signature_check(args, kwargs)
        if problem is not None:
            raise problem
        _record_call(self, args, kwargs)
        return self._mock_run(args, kwargs)

    async def _mock_run(self, args, kwargs):
        put = object.__setattr__
        put(self, "await_count", self.await_count + 1)
        record = _Call((args, kwargs), two=True)
        put(self, "await_args", record)
        self.await_args_list.append(record)
        effect = self._mock_effect
        if effect is not None:
            if _is_exception(effect):
                raise effect
            if not callable(effect):
                try:
                    outcome = next(effect)
                except StopIteration:
                    raise StopAsyncIteration
                if _is_exception(outcome):
                    raise outcome
            else:
                outcome = effect(*args, **kwargs)
                if _is_async_callable(effect) or _is_awaitable(outcome):
                    outcome = await outcome
            if outcome is not DEFAULT:
                return outcome
        if self._mock_ret is not DEFAULT:
            return self._mock_ret
        if self._mock_wraps is not None:
            outcome = self._mock_wraps(*args, **kwargs)
            if _is_awaitable(outcome):
                outcome = await outcome
            return outcome
        return self.return_value

    def _mock_await_text(self, args, kwargs):
        return self._mock_text(args, kwargs)

    def assert_awaited(self):
        """Fail unless the mock was awaited at least once."""
        if self.await_count == 0:
            raise AssertionError("Expected %s to have been awaited."
                                 % self._mock_label())

    def assert_awaited_once(self):
        """Fail unless the mock was awaited exactly once."""
        if self.await_count != 1:
            raise AssertionError(
                "Expected %s to have been awaited once. Awaited %s times."
                % (self._mock_label(), self.await_count))

    def assert_awaited_with(self, /, *args, **kwargs):
        """Fail unless the last await used these arguments."""
        if self.await_args is None:
            raise AssertionError("Expected await: %s\nNot awaited"
                                 % self._mock_text(args, kwargs))
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        actual = self._call_matcher(self.await_args)
        if actual != expected:
            got = self.await_args
            cause = expected if isinstance(expected, Exception) else None
            raise AssertionError(
                "expected await not found.\nExpected: %s\n  Actual: %s"
                % (self._mock_text(args, kwargs),
                   self._mock_text(got.args, got.kwargs))) from cause

    def assert_awaited_once_with(self, /, *args, **kwargs):
        """Fail unless awaited exactly once, with these arguments."""
        if self.await_count != 1:
            raise AssertionError(
                "Expected %s to have been awaited once. Awaited %s times."
                % (self._mock_label(), self.await_count))
        return self.assert_awaited_with(*args, **kwargs)

    def assert_any_await(self, /, *args, **kwargs):
        """Fail unless some await used these arguments."""
        expected = self._call_matcher(_Call((args, kwargs), two=True))
        cause = expected if isinstance(expected, Exception) else None
        actual = [self._call_matcher(c) for c in self.await_args_list]
        if cause is not None or not any(seen == expected for seen in actual):
            raise AssertionError("%s await not found"
                                 % self._mock_text(args, kwargs)) from cause

    def assert_has_awaits(self, calls, any_order=False):
        """Fail unless calls appear in await_args_list."""
        missing, _ = _unmatched(self, calls, any_order, self.await_args_list,
                                "Awaits", "awaits", "\nActual: %r")
        if missing:
            raise AssertionError("%r not all found in await list"
                                 % (tuple(missing),))

    def assert_not_awaited(self):
        """Fail if the mock was awaited."""
        if self.await_count != 0:
            raise AssertionError(
                "Expected %s to not have been awaited. Awaited %s times."
                % (self._mock_label(), self.await_count))


def _is_awaitable(obj):
    if isinstance(obj, _CoroutineType):
        return True
    return hasattr(type(obj), "__await__")


class AsyncMock(AsyncMockMixin, MagicMixin, Mock):
    """A MagicMock whose calls return awaitables; awaiting one produces the
    result of side_effect or return_value."""

    def __init__(self, *args, **kwargs):
        Mock.__init__(self, *args, **kwargs)
        self._mock_clear_awaits()
        object.__setattr__(self, "__code__", _FakeCode(0x80))
        try:
            from asyncio import coroutines
            marker = coroutines._is_coroutine
        except (ImportError, AttributeError):
            marker = True
        object.__setattr__(self, "_is_coroutine", marker)
        self._mock_trim_magic()


class _FakeCode:
    def __init__(self, flags):
        self.co_flags = flags
        self.co_argcount = 0
        self.co_varnames = ()
        self.co_posonlyargcount = 0
        self.co_kwonlyargcount = 0


# ------------------------------------------------------------------- seal

def seal(mock):
    """Stop mock (and the mocks reachable from it) from creating new
    attributes: reading an unset attribute raises AttributeError."""
    object.__setattr__(mock, "_mock_sealed", True)
    children = list(mock._mock_children.values())
    if mock._mock_ret is not DEFAULT:
        children.append(mock._mock_ret)
    for child in children:
        if not _is_mock(child) or child is _GONE:
            continue
        if child._mock_new_parent is mock:
            seal(child)


# ------------------------------------------------------------------ patch

def _import_dotted(path):
    parts = path.split(".")
    found = __import__(parts[0])
    sofar = parts[0]
    for part in parts[1:]:
        sofar = sofar + "." + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(sofar)
            found = getattr(found, part)
    return found


def _get_target(target):
    if not isinstance(target, str) or "." not in target:
        raise TypeError("Need a valid target to patch. You supplied: %r"
                        % (target,))
    owner, _, attr = target.rpartition(".")
    return (lambda: _import_dotted(owner)), attr


_active = []
_RESTORED_ATTRS = ("__doc__", "__module__", "__defaults__", "__annotations__",
                   "__kwdefaults__")


class _patch:
    attribute_name = None

    def __init__(self, getter, attribute, new, spec, create, spec_set,
                 autospec, new_callable, kwargs, *, unsafe=False):
        if not unsafe:
            _reject_spec_typos(kwargs)
        if new_callable is not None:
            if new is not DEFAULT:
                raise ValueError(
                    "Cannot use 'new' and 'new_callable' together")
            if autospec is not None:
                raise ValueError(
                    "Cannot use 'autospec' and 'new_callable' together")
        vars(self).update(getter=getter, attribute=attribute, new=new,
                          new_callable=new_callable, spec=spec,
                          create=create, spec_set=spec_set,
                          autospec=autospec, kwargs=kwargs, additional_patchers=[],
                          _undo=None)

    def copy(self):
        twin = _patch(self.getter, self.attribute, self.new, self.spec,
                      self.create, self.spec_set, self.autospec,
                      self.new_callable, self.kwargs, unsafe=True)
        twin.attribute_name = self.attribute_name
        twin.additional_patchers = [p.copy() for p in self.additional_patchers]
        return twin

    def _build(self, original):
        """The object to put in place of original (DEFAULT when missing)."""
        # False is "not given", like None
        spec, spec_set, autospec = (None if given is False else given for given in
                                    (self.spec, self.spec_set, self.autospec))
        if spec is not None and autospec is not None:
            raise TypeError("Can't specify spec and autospec")
        if ((spec is not None or autospec is not None)
                and spec_set not in (True, None)):
            raise TypeError("Can't provide explicit spec_set *and* spec or autospec")
        if autospec is not None:
            if self.new is not DEFAULT:
                raise TypeError("autospec creates the mock for you. Can't "
                                "specify autospec and new.")
            if original is DEFAULT:
                raise TypeError("Can't use 'autospec' with create=True")
            source = original if autospec is True else autospec
            target = self.getter()
            if _is_mock(target):
                raise InvalidSpecError(
                    "Cannot autospec attr %r as the patch target has already "
                    "been mocked out. [target=%r, attr=%r]"
                    % (self.attribute, target, source))
            if _is_mock(source):
                raise InvalidSpecError(
                    "Cannot autospec attr %r from target %r as it has already "
                    "been mocked out. [target=%r, attr=%r]"
                    % (self.attribute, getattr(target, "__name__", target),
                       target, source))
            return create_autospec(source, spec_set=bool(spec_set),
                                   _name=self.attribute, **self.kwargs)
        if self.new is not DEFAULT:
            if self.kwargs:
                raise TypeError("Can't pass kwargs to a mock we aren't creating")
            return self.new
        for label, given in (("spec", spec), ("spec_set", spec_set)):
            if _is_mock(given):
                raise InvalidSpecError(
                    "Cannot spec attr %r as the %s has already been mocked "
                    "out. [%s=%r]" % (self.attribute, label, label, given))
        # True means "shaped like the original"; spec_set=True makes the
        # spec strict.
        if spec is True:
            spec = original
            if spec_set is True:
                spec, spec_set = None, original
        elif spec is not None:
            if spec_set is True:
                spec, spec_set = None, spec
        elif spec_set is True:
            spec_set = original
        shape = spec_set if spec_set is not None else spec
        inherit = False
        if shape is not None:
            if original is DEFAULT:
                raise TypeError("Can't use 'spec' with create=True")
            inherit = isinstance(original, type)
        if spec is None and _is_async_callable(original):
            factory = AsyncMock
        else:
            factory = MagicMock
        if self.new_callable is not None:
            factory = self.new_callable
        elif shape is not None:
            if type(shape) in (list, tuple):
                not_callable = "__call__" not in shape
            else:
                not_callable = not callable(shape)
            if _is_async_callable(shape):
                factory = AsyncMock
            elif not_callable:
                factory = NonCallableMagicMock
        options = {}
        if spec is not None:
            options["spec"] = spec
        if spec_set is not None:
            options["spec_set"] = spec_set
        if (isinstance(factory, type) and issubclass(factory, NonCallableMock)
                and self.attribute):
            options["name"] = self.attribute
        options.update(self.kwargs)
        made = factory(**options)
        if inherit and _is_mock(made):
            # a class patched with a spec: its instances get the spec too
            if type(shape) not in (list, tuple) and not _instance_callable(shape):
                factory = NonCallableMagicMock
            options.pop("name", None)
            made.return_value = factory(_new_parent=made, _new_name="()",
                                        **options)
        return made

    def __enter__(self):
        target = self.getter()
        attr = self.attribute
        try:
            original = vars(target)[attr]
            owned = True
        except (TypeError, KeyError):
            original = getattr(target, attr, DEFAULT)
            owned = False
        if original is DEFAULT and not self.create:
            # a module may always shadow a builtin name
            if not (isinstance(target, type(sys)) and not attr.startswith("_")
                    and hasattr(builtins, attr)):
                raise AttributeError("%s does not have the attribute %r"
                                     % (target, attr))
        replacement = self._build(original)
        self._undo = (target, attr, original, owned)
        setattr(target, attr, replacement)
        if self.additional_patchers:
            extras = {}
            if self.new is DEFAULT:
                extras[self.attribute_name or attr] = replacement
            try:
                for other in self.additional_patchers:
                    made = other.__enter__()
                    if other.new is DEFAULT:
                        extras[other.attribute_name or other.attribute] = made
            except BaseException:
                self.__exit__(*sys.exc_info())
                raise
            return extras
        return replacement

    def __exit__(self, *exc):
        if self._undo is None:
            return None
        target, attr, original, owned = self._undo
        self._undo = None
        if owned and original is not DEFAULT:
            setattr(target, attr, original)
        else:
            try:
                delattr(target, attr)
            except AttributeError:
                pass
            # deleting these leaves a value (None, or the class's) behind
            if original is not DEFAULT and not self.create and (
                    not hasattr(target, attr) or attr in _RESTORED_ATTRS):
                setattr(target, attr, original)
        for other in reversed(self.additional_patchers):
            other.__exit__(*exc)
        return False

    def start(self):
        """Apply the patch and return what __enter__ would."""
        made = self.__enter__()
        _active.append(self)
        return made

    def stop(self):
        """Undo a patch applied with start()."""
        for pos in range(len(_active) - 1, -1, -1):
            if _active[pos] is self:
                del _active[pos]
                break
        else:
            return None
        return self.__exit__(None, None, None)

    def __call__(self, func):
        if isinstance(func, type):
            return _decorate_class(self, func)
        return _decorate_function(self, func)

    def _passes_argument(self):
        return self.new is DEFAULT and not self.additional_patchers

    def _decorator_enter(self, pos, named):
        made = self.__enter__()
        if self.additional_patchers:
            if isinstance(made, dict):
                named.update(made)
        elif self.new is DEFAULT:
            pos.append(made)


class _DictPatcher:
    def __init__(self, in_dict, values=(), clear=False, **kwargs):
        self.in_dict = in_dict
        self.values = dict(values)
        self.values.update(kwargs)
        self.clear = clear
        self._saved = None
        self._target = None

    def copy(self):
        return _DictPatcher(self.in_dict, self.values, self.clear)

    def __enter__(self):
        target = self.in_dict
        if isinstance(target, str):
            target = _import_dotted(target)
        self._target = target
        try:
            saved = target.copy()
        except AttributeError:
            saved = {k: target[k] for k in target}
        self._saved = saved
        if self.clear:
            _empty(target)
        try:
            target.update(self.values)
        except AttributeError:
            for k in self.values:
                target[k] = self.values[k]
        return target

    def __exit__(self, *exc):
        if self._saved is None:
            return False
        target, saved = self._target, self._saved
        self._saved = None
        _empty(target)
        try:
            target.update(saved)
        except AttributeError:
            for k in saved:
                target[k] = saved[k]
        return False

    def start(self):
        made = self.__enter__()
        _active.append(self)
        return made

    def stop(self):
        for pos in range(len(_active) - 1, -1, -1):
            if _active[pos] is self:
                del _active[pos]
                break
        return self.__exit__(None, None, None)

    def __call__(self, func):
        if isinstance(func, type):
            return _decorate_class(self, func)
        return _decorate_function(self, func)

    def _decorator_enter(self, pos, named):
        self.__enter__()


def _empty(target):
    try:
        target.clear()
    except AttributeError:
        for k in list(target):
            del target[k]


TEST_PREFIX = "test"


def _decorate_class(patcher, klass):
    prefix = patch.TEST_PREFIX
    for attr in list(vars(klass)):
        if not attr.startswith(prefix):
            continue
        value = getattr(klass, attr)
        if not callable(value) or isinstance(value, type):
            continue
        setattr(klass, attr, _decorate_function(patcher.copy(), value))
    return klass


def _decorate_function(patcher, func):
    stack = getattr(func, "_mock_patch_stack", None)
    if stack is not None:
        stack.append(patcher)
        return func

    stack = [patcher]

    def enter_all(args, kwargs):
        pos = list(args)
        named = dict(kwargs)
        entered = []
        try:
            for item in stack:
                item._decorator_enter(pos, named)
                entered.append(item)
        except BaseException:
            for item in reversed(entered):
                item.__exit__(*sys.exc_info())
            raise
        return entered, pos, named

    def leave_all(entered, exc):
        for item in reversed(entered):
            item.__exit__(*exc)

    if _is_async_callable(func):
        async def wrapper(*args, **kwargs):
            entered, pos, named = enter_all(args, kwargs)
            try:
                outcome = await func(*pos, **named)
            except BaseException:
                leave_all(entered, sys.exc_info())
                raise
            leave_all(entered, (None, None, None))
            return outcome
    else:
        def wrapper(*args, **kwargs):
            entered, pos, named = enter_all(args, kwargs)
            try:
                outcome = func(*pos, **named)
            except BaseException:
                leave_all(entered, sys.exc_info())
                raise
            leave_all(entered, (None, None, None))
            return outcome

    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapper, attr, getattr(func, attr))
        except (AttributeError, TypeError):
            pass
    try:
        wrapper.__dict__.update(getattr(func, "__dict__", {}))
    except (AttributeError, TypeError):
        pass
    wrapper.__wrapped__ = func
    wrapper._mock_patch_stack = stack
    return wrapper


def _reject_spec_typos(kwargs):
    """RuntimeError for keyword arguments that look like a misspelt autospec
    or spec_set (unsafe=True lets them through as mock attributes)."""
    for typo in ("autospect", "auto_spec", "set_spec"):
        if typo in kwargs:
            raise RuntimeError("%r might be a typo; use unsafe=True if this "
                               "is intended" % (typo,))


def patch(target, new=DEFAULT, spec=None, create=False, spec_set=None,
          autospec=None, new_callable=None, *, unsafe=False, **kwargs):
    """Replace the object named by the dotted string target with new (a
    MagicMock by default) while a decorated function runs, inside a with
    block, or between start() and stop()."""
    getter, attr = _get_target(target)
    return _patch(getter, attr, new, spec, create, spec_set, autospec,
                  new_callable, kwargs, unsafe=unsafe)


def _patch_object(target, attribute, new=DEFAULT, spec=None, create=False,
                  spec_set=None, autospec=None, new_callable=None, *,
                  unsafe=False, **kwargs):
    """Like patch, but replaces attribute on the object target."""
    if type(target) is str:
        raise TypeError("%r must be the actual object to be patched, not a str"
                        % (target,))
    return _patch(lambda: target, attribute, new, spec, create, spec_set,
                  autospec, new_callable, kwargs, unsafe=unsafe)


def _patch_multiple(target, spec=None, create=False, spec_set=None,
                    autospec=None, new_callable=None, **kwargs):
    """Patch several attributes of target at once: patch.multiple(obj,
    a=1, b=DEFAULT). DEFAULT values become MagicMocks, handed to a
    decorated function as keyword arguments."""
    if type(target) is str:
        name = target
        getter = lambda: _import_dotted(name)
    else:
        getter = lambda: target
    if not kwargs:
        raise ValueError("Must supply at least one keyword argument with "
                         "patch.multiple")
    items = list(kwargs.items())
    first = None
    for attr, value in items:
        one = _patch(getter, attr, value, spec, create, spec_set, autospec,
                       new_callable, {})
        one.attribute_name = attr
        if first is None:
            first = one
        else:
            first.additional_patchers.append(one)
    # a lone patcher still reports through the dict form
    if not first.additional_patchers:
        first.additional_patchers = []
        first._lone = True
    return _MultiPatcher(first)


class _MultiPatcher:
    def __init__(self, head):
        self.head = head

    def copy(self):
        return _MultiPatcher(self.head.copy())

    def __enter__(self):
        made = self.head.__enter__()
        if isinstance(made, dict):
            return made
        if self.head.new is DEFAULT:
            return {self.head.attribute: made}
        return {}

    def __exit__(self, *exc):
        return self.head.__exit__(*exc)

    def start(self):
        made = self.__enter__()
        _active.append(self)
        return made

    def stop(self):
        for pos in range(len(_active) - 1, -1, -1):
            if _active[pos] is self:
                del _active[pos]
                break
        return self.__exit__(None, None, None)

    def __call__(self, func):
        if isinstance(func, type):
            return _decorate_class(self, func)
        return _decorate_function(self, func)

    def _decorator_enter(self, pos, named):
        named.update(self.__enter__())


def _stop_all():
    """Stop every patch that was started with start()."""
    for patcher in reversed(list(_active)):
        patcher.stop()
    _active.clear()


patch.object = _patch_object
patch.dict = _DictPatcher
patch.multiple = _patch_multiple
patch.stopall = _stop_all
patch.TEST_PREFIX = TEST_PREFIX


# ------------------------------------------------------------ mock_open

def mock_open(mock=None, read_data=""):
    """A MagicMock standing in for open(): the handle it returns reads from
    read_data through read, readline, readlines and iteration."""
    state = {"data": read_data}
    empty = read_data[:0]

    def pending():
        return state["data"]

    def take(count):
        data = pending()
        state["data"] = data[count:]
        return data[:count]

    def read(size=-1):
        if handle.read._mock_ret is not DEFAULT:
            return DEFAULT
        data = pending()
        if size is None or size < 0:
            state["data"] = empty
            return data
        return take(size)

    def readline(size=-1):
        if handle.readline._mock_ret is not DEFAULT:
            return DEFAULT
        data = pending()
        newline = "\n" if isinstance(data, str) else b"\n"
        stop = data.find(newline)
        end = len(data) if stop < 0 else stop + 1
        if size is not None and 0 <= size < end:
            end = size
        return take(end)

    def take_line():
        data = pending()
        newline = "\n" if isinstance(data, str) else b"\n"
        stop = data.find(newline)
        return take(len(data) if stop < 0 else stop + 1)

    def readlines(hint=-1):
        if handle.readlines._mock_ret is not DEFAULT:
            return DEFAULT
        found = []
        while pending():
            found.append(take_line())
        return found

    def lines():
        while pending():
            yield take_line()

    def next_line():
        # a readline given a fixed result answers next() too
        if handle.readline._mock_ret is not DEFAULT:
            return handle.readline._mock_ret
        if not pending():
            raise StopIteration
        return take_line()

    if mock is None:
        mock = MagicMock(name="open")
    handle = MagicMock()
    mock.return_value = handle
    handle.__enter__.return_value = handle
    handle.write.return_value = None
    handle.read.side_effect = read
    handle.readline.side_effect = readline
    handle.readlines.side_effect = readlines
    handle.__iter__.side_effect = lines
    handle.__next__ = MagicMock(side_effect=next_line)

    def reopen(*args, **kwargs):
        state["data"] = read_data
        return DEFAULT

    mock.side_effect = reopen
    mock.return_value = handle
    return mock


# -------------------------------------------------------- create_autospec

def _signature_of_spec(spec, as_instance=False, skip_first=False):
    """The signature calls of a mock with this spec must fit, or None when
    there is none to be had: a class's constructor (less `self`), the
    `__call__` of an instance (or of a class modelled as an instance), a
    function's own. skip_first leaves out the first parameter."""
    try:
        import inspect
    except ImportError:
        return None
    if isinstance(spec, type) and not as_instance:
        func = spec.__init__
        if func is object.__init__:
            return None
        skip_first = True
    elif isinstance(spec, classmethod):
        func = spec.__func__
        skip_first = True
    elif isinstance(spec, staticmethod):
        func = spec.__func__
    elif isinstance(spec, (_FunctionKind, _MethodKind)):
        func = spec
    else:
        owner = spec if isinstance(spec, type) else type(spec)
        func = getattr(owner, "__call__", None)
        if not isinstance(func, _FunctionKind):
            return None
        skip_first = True
    try:
        sig = inspect.signature(func)
    except (TypeError, ValueError, AttributeError):
        return None
    if skip_first:
        params = list(sig.parameters.values())[1:]
        sig = sig.replace(parameters=params)
    return sig


def _signature_checker(func, skip_first, as_instance=False):
    sig = _signature_of_spec(func, as_instance, skip_first)
    if sig is None:
        return None

    def check(*args, **kwargs):
        sig.bind(*args, **kwargs)
    check.signature = sig
    return check


_FunctionKind = type(lambda: None)


def create_autospec(spec, spec_set=False, instance=False, _parent=None,
                    _name=None, *, unsafe=False, _skip_first=False, **kwargs):
    """Make a mock shaped like spec: its attributes are restricted to
    spec's and are themselves autospecced when first used. Call
    signatures are checked when the inspect module is available."""
    if not unsafe:
        _reject_spec_typos(kwargs)
    if type(spec) in (list, tuple):
        # a list given as spec stands for its type (a list of names means
        # something else to Mock)
        spec = type(spec)
    if _is_mock(spec):
        raise InvalidSpecError(
            "Cannot autospec a Mock object. [object=%r]" % (spec,))
    is_class = isinstance(spec, type)
    options = dict(kwargs)
    if spec_set:
        options["spec_set"] = spec
    else:
        options["spec"] = spec
    if instance:
        options["_spec_as_instance"] = True
    if _is_async_callable(spec) and not is_class:
        if instance:
            raise RuntimeError("Instance can not be True when create_autospec "
                               "is mocking an async function")
        factory = AsyncMock
    elif is_class and instance and not any(
            "__call__" in vars(k) for k in spec.__mro__[:-1]):
        factory = NonCallableMagicMock
    elif not is_class and not _callable(spec):
        factory = NonCallableMagicMock
    else:
        factory = MagicMock
    if _parent is not None:
        options["parent"] = _parent
        options["_new_parent"] = _parent
        options["_new_name"] = _name
    if _name is not None:
        options["name"] = _name
    made = factory(unsafe=unsafe, **options)
    object.__setattr__(made, "_mock_autospec", True)
    object.__setattr__(made, "_mock_instance_spec", instance)
    if factory is not NonCallableMagicMock:
        checker = _signature_checker(spec, _skip_first, instance)
        if checker is not None:
            object.__setattr__(made, "_mock_sig", checker)
            object.__setattr__(made, "_spec_signature", checker.signature)
            type(made).__signature__ = checker.signature
        if isinstance(spec, _FunctionKind) and _parent is None:
            # CPython hands back a function whose `mock` is the mock behind
            # it; here the mock stands for both.
            object.__setattr__(made, "mock", made)
            # named like the function (CPython's stand-in is 'funcopy' when
            # the function's name is no identifier, as a lambda's)
            name = getattr(spec, "__name__", "")
            object.__setattr__(made, "__name__",
                               name if name.isidentifier() else "funcopy")
    if is_class and not instance and "return_value" not in kwargs:
        made.return_value = create_autospec(spec, spec_set, instance=True,
                                            _parent=None)
        object.__setattr__(made.return_value, "_mock_new_parent", made)
        object.__setattr__(made.return_value, "_mock_new_name", "()")
        object.__setattr__(made.return_value, "_mock_name", None)
    return made

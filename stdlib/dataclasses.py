"""Data classes: a decorator that writes `__init__`, `__repr__`, `__eq__` and
friends for a class from its annotated attributes.

coil's own implementation, written from the behaviour CPython 3.11 shows
(what it prints, which exception it raises and with what message). The
generated `__init__` is compiled from source text so that its signature,
defaults and argument errors are those of an ordinary function; the other
methods are closures.
"""

import copy
import keyword
import sys
import types

__all__ = [
    "dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY",
    "MISSING", "fields", "asdict", "astuple", "make_dataclass", "replace",
    "is_dataclass",
]


class FrozenInstanceError(AttributeError):
    """Raised when a field of a frozen dataclass instance is assigned or deleted."""


# ------------------------------------------------------------------ markers

class _MISSING_TYPE:
    """The type of MISSING, which stands for "no value given"."""


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    """The type of KW_ONLY: annotate a pseudo-field `_: KW_ONLY` and the
    fields after it become keyword-only."""


KW_ONLY = _KW_ONLY_TYPE()


class _FactoryDefault:
    """The default shown for a parameter whose value comes from a factory."""

    def __repr__(self):
        return "<factory>"


_FACTORY = _FactoryDefault()


class _FieldKind:
    """Whether an annotation is a real field, a ClassVar or an InitVar."""

    def __init__(self, label):
        self.label = label

    def __repr__(self):
        return self.label


_REGULAR = _FieldKind("_FIELD")
_CLASS_VARIABLE = _FieldKind("_FIELD_CLASSVAR")
_INIT_ONLY = _FieldKind("_FIELD_INITVAR")

_NO_METADATA = types.MappingProxyType({})


class InitVar:
    """`x: InitVar[T]` declares an argument of `__init__` that is passed on to
    `__post_init__` instead of being stored."""

    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        inner = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return "dataclasses.InitVar[%s]" % inner

    def __class_getitem__(cls, type):
        return InitVar(type)


# ------------------------------------------------------------------- fields

_fields_being_shown = set()


class Field:
    """What `field()` returns and `fields()` lists: one attribute of a dataclass."""

    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        if metadata is None:
            metadata = _NO_METADATA
        else:
            metadata = types.MappingProxyType(metadata)
        settings = locals()
        for key in self.__slots__:
            # name, type and the kind are filled in when the class is processed
            setattr(self, key, settings.get(key))

    def __repr__(self):
        # A field reached again while it is being shown (its own type) shows as "...".
        if id(self) in _fields_being_shown:
            return "..."
        _fields_being_shown.add(id(self))
        try:
            shown = ("name", "type", "default", "default_factory", "init", "repr", "hash",
                     "compare", "metadata", "kw_only", "_field_type")
            return "Field(%s)" % ",".join("%s=%r" % (key, getattr(self, key)) for key in shown)
        finally:
            _fields_being_shown.discard(id(self))

    def __set_name__(self, owner, name):
        # a default that is itself a descriptor still learns its name
        hook = getattr(type(self.default), "__set_name__", None)
        if hook is not None:
            hook(self.default, owner, name)


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describes one field of a dataclass beyond its annotation and default."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


class _DataclassParams:
    """The arguments `@dataclass` was given, kept as `__dataclass_params__`."""

    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, *flags):
        for key, flag in zip(self.__slots__, flags):
            setattr(self, key, flag)

    def __repr__(self):
        return "_DataclassParams(%s)" % ",".join(
            "%s=%r" % (key, getattr(self, key)) for key in self.__slots__)


# ------------------------------------------------------- reading annotations

def _leading_names(text):
    """The dotted prefix and name a string annotation starts with:
    (None, 'ClassVar') for 'ClassVar[int]', ('typing', 'ClassVar') for
    'typing.ClassVar[int]', None when it starts with neither."""
    size = len(text)

    def word(pos):
        while pos < size and text[pos].isspace():
            pos += 1
        start = pos
        while pos < size and (text[pos].isalnum() or text[pos] == "_"):
            pos += 1
        return text[start:pos], pos

    first, after = word(0)
    if not first:
        return None
    while after < size and text[after].isspace():
        after += 1
    if after < size and text[after] == ".":
        second = word(after + 1)[0]
        if second:
            return first, second
    return None, first


def _string_names(annotation, cls, module, test):
    """Whether a string annotation names (in the module that defined `cls`)
    an object `test` accepts; a dotted name must go through `module`."""
    names = _leading_names(annotation)
    if names is None:
        return False
    prefix, name = names
    home = getattr(sys.modules.get(cls.__module__), "__dict__", None)
    if home is None or (prefix is not None and home.get(prefix) is not module):
        return False
    return test(home.get(name))


def _classvar_test(typing):
    def test(obj):
        return obj is typing.ClassVar or getattr(obj, "__origin__", None) is typing.ClassVar
    return test


def _initvar(obj):
    return obj is InitVar or type(obj) is InitVar


def _kw_only_marker(obj):
    return obj is KW_ONLY


def _annotation_is(annotation, cls, module, test):
    if isinstance(annotation, str):
        return _string_names(annotation, cls, module, test)
    return test(annotation)


def _field_for(cls, name, annotation, kw_only_default):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        made = default
    else:
        made = field(default=default)
    made.name = name
    made.type = annotation
    made._field_type = _REGULAR

    typing = sys.modules.get("typing")
    this_module = sys.modules.get(__name__)
    if typing is not None and _annotation_is(annotation, cls, typing, _classvar_test(typing)):
        made._field_type = _CLASS_VARIABLE
    elif _annotation_is(annotation, cls, this_module, _initvar):
        made._field_type = _INIT_ONLY

    if made._field_type is not _REGULAR and made.default_factory is not MISSING:
        raise TypeError("field %s cannot have a default factory" % name)
    if made._field_type is _CLASS_VARIABLE:
        if made.kw_only is not MISSING:
            raise TypeError("field %s is a ClassVar but specifies kw_only" % name)
    elif made.kw_only is MISSING:
        made.kw_only = kw_only_default
    if made._field_type is _REGULAR and type(made.default).__hash__ is None:
        raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                         % (type(made.default), name))
    return made


def _collect_fields(cls, kw_only):
    """The fields of `cls` (inherited ones first) as an ordered dict, and
    whether any / every dataclass base is frozen."""
    collected = {}
    frozen_bases = []
    for base in reversed(cls.__mro__[1:]):
        inherited = base.__dict__.get("__dataclass_fields__")
        if inherited is None:
            continue
        frozen_bases.append(base.__dict__["__dataclass_params__"].frozen)
        for item in inherited.values():
            collected[item.name] = item

    annotations = cls.__dict__.get("__annotations__", {})
    this_module = sys.modules.get(__name__)
    marker_seen = False
    for name, annotation in annotations.items():
        if _annotation_is(annotation, cls, this_module, _kw_only_marker):
            if marker_seen:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified" % name)
            marker_seen = True
            kw_only = True
            continue
        made = _field_for(cls, name, annotation, kw_only)
        collected[name] = made
        if isinstance(cls.__dict__.get(name), Field):
            if made.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, made.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError("%r is a field but has no type annotation" % name)
    return collected, frozen_bases


# --------------------------------------------------------- generated methods

def _method(cls, function, name):
    function.__name__ = name
    function.__qualname__ = "%s.%s" % (cls.__qualname__, name)
    function.__module__ = cls.__module__
    return function


def _put(cls, name, value):
    """Sets a generated attribute unless the class body defined its own;
    answers whether the class had one."""
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _init_source(params, kw_params, assignments, self_name):
    head = [self_name] + params
    if kw_params:
        head += ["*"] + kw_params
    body = assignments or ["pass"]
    return "def __init__(%s):\n%s\n" % (", ".join(head), "\n".join("    " + line for line in body))


def _build_init(cls, init_fields, frozen, has_post_init, slots):
    seen_default = False
    for item in init_fields:
        if not item.init or item.kw_only:
            continue
        if item.default is not MISSING or item.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError("non-default argument %r follows default argument" % item.name)

    names = {item.name for item in init_fields}
    self_name = "self" if "self" not in names else "__dc_self__"
    scope = {"__name__": cls.__module__, "__dc_factory": _FACTORY, "__dc_set": object.__setattr__}
    params, kw_params, lines, annotations = [], [], [], {}

    for index, item in enumerate(init_fields):
        default_ref = "__dc_default_%d" % index
        maker_ref = "__dc_maker_%d" % index
        if item.init:
            text = item.name
            if item.default_factory is not MISSING:
                text += "=__dc_factory"
            elif item.default is not MISSING:
                scope[default_ref] = item.default
                text += "=" + default_ref
            (kw_params if item.kw_only else params).append(text)
            annotations[item.name] = item.type
        if item._field_type is _INIT_ONLY:
            continue
        if item.default_factory is not MISSING:
            scope[maker_ref] = item.default_factory
            if item.init:
                value = "%s() if %s is __dc_factory else %s" % (maker_ref, item.name, item.name)
            else:
                value = maker_ref + "()"
        elif item.init:
            value = item.name
        elif item.default is not MISSING and slots:
            # Without slots the class attribute holding the default serves reads.
            scope[default_ref] = item.default
            value = default_ref
        else:
            continue
        if frozen:
            lines.append("__dc_set(%s, %r, %s)" % (self_name, item.name, value))
        else:
            lines.append("%s.%s = %s" % (self_name, item.name, value))

    if has_post_init:
        passed = [item.name for item in init_fields if item._field_type is _INIT_ONLY]
        lines.append("%s.__post_init__(%s)" % (self_name, ", ".join(passed)))

    exec(_init_source(params, kw_params, lines, self_name), scope)
    made = _method(cls, scope["__init__"], "__init__")
    annotations["return"] = None
    made.__annotations__ = annotations
    return made


def _build_repr(cls, names):
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return "..."
        running.add(key)
        try:
            inner = ", ".join("%s=%r" % (name, getattr(self, name)) for name in names)
        finally:
            running.discard(key)
        return "%s(%s)" % (self.__class__.__qualname__, inner)

    return _method(cls, __repr__, "__repr__")


def _values(obj, names):
    return tuple(getattr(obj, name) for name in names)


def _build_comparison(cls, name, names, compare):
    def method(self, other):
        if other.__class__ is self.__class__:
            return compare(_values(self, names), _values(other, names))
        return NotImplemented

    return _method(cls, method, name)


_ORDERINGS = (
    ("__lt__", lambda a, b: a < b),
    ("__le__", lambda a, b: a <= b),
    ("__gt__", lambda a, b: a > b),
    ("__ge__", lambda a, b: a >= b),
)


def _build_hash(cls, names):
    def __hash__(self):
        return hash(_values(self, names))

    return _method(cls, __hash__, "__hash__")


def _build_frozen_guards(cls, holder, names):
    """__setattr__/__delattr__ that refuse field names; `holder[0]` is the
    class, replaced when slots=True makes a new one."""
    names = frozenset(names)

    def __setattr__(self, name, value):
        owner = holder[0]
        if type(self) is owner or name in names:
            raise FrozenInstanceError("cannot assign to field %r" % name)
        super(owner, self).__setattr__(name, value)

    def __delattr__(self, name):
        owner = holder[0]
        if type(self) is owner or name in names:
            raise FrozenInstanceError("cannot delete field %r" % name)
        super(owner, self).__delattr__(name)

    return _method(cls, __setattr__, "__setattr__"), _method(cls, __delattr__, "__delattr__")


# ----------------------------------------------------------- the docstring

def _annotation_text(annotation):
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, types.GenericAlias):
        return repr(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return "%s.%s" % (annotation.__module__, annotation.__qualname__)
    return repr(annotation)


def _parameter_text(name, annotation, default):
    if annotation is MISSING:
        return name if default is MISSING else "%s=%r" % (name, default)
    text = "%s: %s" % (name, _annotation_text(annotation))
    return text if default is MISSING else "%s = %r" % (text, default)


def _signature_of(function):
    """The parameter list of a plain function, without its first parameter."""
    code = getattr(function, "__code__", None)
    if code is None:
        return None
    hints = getattr(function, "__annotations__", {}) or {}
    positional = code.co_varnames[:code.co_argcount]
    keyword_only = code.co_varnames[code.co_argcount:code.co_argcount + code.co_kwonlyargcount]
    defaults = function.__defaults__ or ()
    first_default = len(positional) - len(defaults)
    pieces = []
    for index, name in enumerate(positional):
        default = defaults[index - first_default] if index >= first_default else MISSING
        pieces.append(_parameter_text(name, hints.get(name, MISSING), default))
    rest = code.co_argcount + code.co_kwonlyargcount
    flags = code.co_flags
    if flags & 0x04:
        name = code.co_varnames[rest]
        pieces.append("*" + _parameter_text(name, hints.get(name, MISSING), MISSING))
        rest += 1
    elif keyword_only:
        pieces.append("*")
    kw_defaults = function.__kwdefaults__ or {}
    for name in keyword_only:
        pieces.append(_parameter_text(name, hints.get(name, MISSING),
                                      kw_defaults.get(name, MISSING)))
    if flags & 0x08:
        name = code.co_varnames[rest]
        pieces.append("**" + _parameter_text(name, hints.get(name, MISSING), MISSING))
    return ", ".join(pieces[1:])


def _doc_text(cls):
    init = cls.__init__
    if init is object.__init__:
        return "%s()" % cls.__name__
    shown = _signature_of(init)
    if shown is None:
        # no signature to show: the name alone
        return cls.__name__
    return "%s(%s)" % (cls.__name__, shown)


# ------------------------------------------------------------------- slots

def _with_slots(cls, names, weakref_slot, frozen):
    if "__slots__" in cls.__dict__:
        raise TypeError("%s already specifies __slots__" % cls.__name__)
    taken = set()
    for base in cls.__mro__[1:-1]:
        declared = base.__dict__.get("__slots__", ())
        taken.update((declared,) if isinstance(declared, str) else declared)
    slots = [name for name in names if name not in taken]
    if weakref_slot and "__weakref__" not in taken:
        slots.append("__weakref__")
    body = dict(cls.__dict__)
    for name in names:
        body.pop(name, None)
    body.pop("__dict__", None)
    body.pop("__weakref__", None)
    body["__slots__"] = tuple(slots)
    made = type(cls)(cls.__name__, cls.__bases__, body)
    made.__qualname__ = cls.__qualname__
    if frozen:
        def __getstate__(self):
            return [getattr(self, name) for name in names]

        def __setstate__(self, state):
            for name, value in zip(names, state):
                object.__setattr__(self, name, value)

        _put(made, "__getstate__", _method(made, __getstate__, "__getstate__"))
        _put(made, "__setstate__", _method(made, __setstate__, "__setstate__"))
    return made


# -------------------------------------------------------------- dataclass

def _explicit_hash(cls):
    own = cls.__dict__.get("__hash__", MISSING)
    # a class that defines __eq__ gets `__hash__ = None` without asking for it
    return not (own is MISSING or (own is None and "__eq__" in cls.__dict__))


def _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
             weakref_slot):
    collected, frozen_bases = _collect_fields(cls, kw_only)
    if frozen_bases:
        if any(frozen_bases) and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if frozen and not all(frozen_bases):
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen)
    cls.__dataclass_fields__ = collected
    explicit_hash = _explicit_hash(cls)
    if order and not eq:
        raise ValueError("eq must be true if order is true")

    init_fields = [f for f in collected.values() if f._field_type is not _CLASS_VARIABLE]
    stored = [f for f in collected.values() if f._field_type is _REGULAR]
    holder = [cls]

    if init:
        made = _build_init(cls, init_fields, frozen, hasattr(cls, "__post_init__"), slots)
        _put(cls, "__init__", made)
    if repr:
        _put(cls, "__repr__", _build_repr(cls, [f.name for f in stored if f.repr]))
    compared = [f.name for f in stored if f.compare]
    if eq:
        _put(cls, "__eq__", _build_comparison(cls, "__eq__", compared, lambda a, b: a == b))
    if order:
        for name, compare in _ORDERINGS:
            if _put(cls, name, _build_comparison(cls, name, compared, compare)):
                raise TypeError("Cannot overwrite attribute %s in class %s. Consider using "
                                "functools.total_ordering" % (name, cls.__name__))
    if frozen:
        for method in _build_frozen_guards(cls, holder, [f.name for f in stored]):
            if _put(cls, method.__name__, method):
                raise TypeError("Cannot overwrite attribute %s in class %s"
                                % (method.__name__, cls.__name__))

    hashed = [f.name for f in stored if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if explicit_hash:
            raise TypeError("Cannot overwrite attribute __hash__ in class %s" % cls.__name__)
        cls.__hash__ = _build_hash(cls, hashed)
    elif eq and not explicit_hash:
        cls.__hash__ = _build_hash(cls, hashed) if frozen else None

    if not getattr(cls, "__doc__"):
        cls.__doc__ = _doc_text(cls)
    if match_args:
        positional = tuple(f.name for f in init_fields if f.init and not f.kw_only)
        _put(cls, "__match_args__", positional)
    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    if slots:
        cls = _with_slots(cls, [f.name for f in stored], weakref_slot, frozen)
        holder[0] = cls
    abc = sys.modules.get("abc")
    refresh = getattr(abc, "update_abstractmethods", None)
    if refresh is not None:
        refresh(cls)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Class decorator: adds `__init__`, `__repr__` and `__eq__` (and, as
    asked, ordering, hashing, immutability, `__match_args__`, `__slots__`)
    built from the class's annotated fields. Usable bare or with arguments."""

    def wrap(cls):
        return _process(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                        slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


# --------------------------------------------------------- using dataclasses

def _is_instance(obj):
    return hasattr(type(obj), "__dataclass_fields__")


def is_dataclass(obj):
    """Whether `obj` is a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def fields(class_or_instance):
    """The fields of a dataclass or instance, as a tuple of Field (no
    ClassVar or InitVar pseudo-fields)."""
    try:
        table = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in table.values() if f._field_type is _REGULAR)


def _rebuild(obj, record):
    """A copy of `obj` in which every dataclass instance, however deep in
    lists, tuples and dicts, is replaced by `record(instance)`."""
    if _is_instance(obj):
        return record(obj)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_rebuild(item, record) for item in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_rebuild(item, record) for item in obj)
    if isinstance(obj, dict):
        return type(obj)((_rebuild(k, record), _rebuild(v, record)) for k, v in obj.items())
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict, recursing into
    dataclasses, lists, tuples and dicts (other values are deep-copied)."""
    if not _is_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")

    def record(instance):
        return dict_factory([(f.name, _rebuild(getattr(instance, f.name), record))
                             for f in fields(instance)])

    return record(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple, recursing like asdict()."""
    if not _is_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")

    def record(instance):
        return tuple_factory([_rebuild(getattr(instance, f.name), record)
                              for f in fields(instance)])

    return record(obj)


def replace(obj, /, **changes):
    """A new instance of obj's class with the same field values except `changes`."""
    if not _is_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for item in obj.__dataclass_fields__.values():
        if item._field_type is _CLASS_VARIABLE:
            continue
        if not item.init:
            if item.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be "
                                 "specified with replace()" % item.name)
            continue
        if item.name not in changes:
            if item._field_type is _INIT_ONLY and item.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % item.name)
            changes[item.name] = getattr(obj, item.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """Creates a dataclass from a list of fields, each a name, a (name, type)
    pair or a (name, type, Field) triple."""
    annotations = {}
    values = {}
    for spec in fields:
        if isinstance(spec, str):
            name, kind = spec, "typing.Any"
        elif len(spec) == 2:
            name, kind = spec
        elif len(spec) == 3:
            name, kind, given = spec
            values[name] = given
        else:
            raise TypeError("Invalid field: %r" % (spec,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if keyword.iskeyword(name):
            raise TypeError("Field names must not be keywords: %r" % (name,))
        if name in annotations:
            raise TypeError("Field name duplicated: %r" % (name,))
        annotations[name] = kind

    def fill(body):
        body.update(namespace or {})
        body.update(values)
        body["__annotations__"] = annotations

    made = types.new_class(cls_name, bases, {}, fill)
    return dataclass(made, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


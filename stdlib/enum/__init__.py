"""Enumerations: classes whose instances are a fixed set of named constants.

coil's own implementation, written from the behaviour CPython 3.11 shows
(what it prints, which exception it raises and with what message).

How a class statement becomes an enumeration here:

* `EnumType.__prepare__` hands the class body an `_EnumNamespace`, a mapping
  that sorts each assignment into "member" or "plain attribute", rejects
  reused names and replaces `auto()` with a generated value.
* `EnumType.__new__` swaps every member value for a `_MemberSeed` and lets
  `type.__new__` build the class. `type.__new__` calls `__set_name__` on each
  seed in definition order, which builds the member, so the members already
  exist when the parent's `__init_subclass__` runs, as in CPython.
* Afterwards the class gets its lookup `__new__`, the mixin-aware
  `__repr__`/`__str__`/`__format__` and, for flags, the bit masks.
"""

import builtins
import sys
from types import DynamicClassAttribute, FunctionType, MappingProxyType

__all__ = [
    "EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
    "ReprEnum", "auto", "unique", "property", "verify", "member", "nonmember",
    "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP", "global_flag_repr",
    "global_enum_repr", "global_str", "global_enum", "EnumCheck", "CONTINUOUS",
    "NAMED_FLAGS", "UNIQUE", "pickle_by_global_name", "pickle_by_enum_name",
]

# The base classes the metaclass has to recognise. Enum, ReprEnum and Flag
# are themselves made by EnumType, so they are registered here as the module
# body defines them; until then the metaclass does without.
_core = {}


# ---------------------------------------------------------------- name rules

def _dunder(name):
    """`__x__`: a special name, never a member."""
    return len(name) > 4 and name[:2] == name[-2:] == "__" and "_" not in (name[2], name[-3])


def _sunder(name):
    """`_x_`: reserved for the enum machinery."""
    return len(name) > 2 and name[0] == name[-1] == "_" and "_" not in (name[1], name[-2])


def _mangled_private(class_name, name):
    """`__x` written in the body of class `class_name` (already mangled)."""
    prefix = "_%s__" % class_name.lstrip("_")
    return name.startswith(prefix) and len(name) > len(prefix) and not name.endswith("__")


# The names the standard library's helpers have.
_is_dunder, _is_sunder, _is_private = _dunder, _sunder, _mangled_private


# coil does not show `__get__` on the types of functions, staticmethod,
# classmethod and property, so those are recognised by type as well.
_PLAIN_DESCRIPTORS = (FunctionType, staticmethod, classmethod, builtins.property)


def _is_descriptor(obj):
    """Whether `obj` has __get__, __set__ or __delete__ (and so is not a member)."""
    if isinstance(obj, _PLAIN_DESCRIPTORS):
        return True
    return any(hasattr(obj, hook) for hook in ("__get__", "__set__", "__delete__"))


_SUNDERS_ALLOWED = frozenset((
    "_order_", "_generate_next_value_", "_numeric_repr_", "_missing_", "_ignore_",
    "_iter_member_", "_iter_member_by_value_", "_iter_member_by_def_",
))


# ------------------------------------------------------------- bit helpers

def _power_of_two(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def _bits_of(value):
    """The single-bit values set in a non-negative int, lowest first."""
    while value:
        low = value & -value
        yield low
        value ^= low


def _iter_bits_lsb(num):
    """The single-bit values of a non-negative int (or int-valued member),
    lowest first; a negative number is a ValueError."""
    given = num
    if isinstance(num, Enum):
        num = num._value_
    if num < 0:
        raise ValueError("%r is not a positive integer" % (given,))
    yield from _bits_of(num)


def bin(num, max_bits=None):
    """Like the builtin bin(), but two's complement with a separate sign
    digit, padded to `max_bits`:

    >>> bin(5, 4)
    '0b0 0101'
    >>> bin(-2)
    '0b1 10'
    """
    width = max(max_bits or 0, num.bit_length())
    sign = "1" if num < 0 else "0"
    digits = format(num & ((1 << width) - 1), "b") if width else ""
    return "0b%s %s" % (sign, digits.rjust(width, "0"))


def show_flag_values(value):
    """The single-bit values that make up `value`, lowest first."""
    return list(_bits_of(value))


# -------------------------------------------------- markers used in a class body

class _AutoNull:
    """What an `auto()` holds until the class body gives it a value."""

    def __repr__(self):
        return "_auto_null"


_AUTO_PENDING = _AutoNull()


class auto:
    """Stands for a value the enumeration generates (see `_generate_next_value_`)."""

    def __init__(self, value=_AUTO_PENDING):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


class member:
    """Wraps a value that should become a member even though it looks like a
    method or other descriptor."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Wraps a value that should stay a plain class attribute."""

    def __init__(self, value):
        self.value = value


# ------------------------------------------------------------- class bodies

class _EnumNamespace:
    """The mapping an enumeration's class body runs in.

    Besides the entries it keeps `_member_names` (in definition order),
    `_last_values` (every value given so far, each auto() of a tuple on its
    own) and `_cls_name`, under the names custom metaclasses expect."""

    def __init__(self, cls_name=None, next_value=None):
        self._entries = {}
        self._cls_name = cls_name
        self._next_value = next_value
        self._member_names = []
        self._last_values = []
        self._ignored = []
        self._auto_called = False

    # -- what the class body and type.__new__ need
    def __getitem__(self, key):
        return self._entries[key]

    def __contains__(self, key):
        return key in self._entries

    def __iter__(self):
        return iter(self._entries)

    def __len__(self):
        return len(self._entries)

    def get(self, key, default=None):
        return self._entries.get(key, default)

    def keys(self):
        return self._entries.keys()

    def items(self):
        return self._entries.items()

    def values(self):
        return self._entries.values()

    def __delitem__(self, key):
        del self._entries[key]
        if key in self._member_names:
            self._member_names.remove(key)

    def update(self, other=(), **more):
        pairs = other.items() if hasattr(other, "items") else other
        for key, value in list(pairs) + list(more.items()):
            self[key] = value

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("attribute name must be string, not %r" % type(key).__name__)
        if _nested_class(self._cls_name, value):
            import warnings
            warnings.warn(
                "In 3.13 classes created inside an enum will not become a member.  "
                "Use the `member` decorator to keep the current behavior.",
                DeprecationWarning, stacklevel=2)
        if self._cls_name is not None and _mangled_private(self._cls_name, key):
            pass
        elif _sunder(key):
            self._reserved(key, value)
        elif _dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self._entries[key]))
        elif key in self._ignored:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self._entries:
                raise TypeError("%r already defined as %r" % (key, self._entries[key]))
            if isinstance(value, member):
                value = value.value
            value = self._member_value(key, value)
            self._member_names.append(key)
        self._entries[key] = value

    def _reserved(self, key, value):
        if key not in _SUNDERS_ALLOWED:
            raise ValueError(
                "_sunder_ names, such as %r, are reserved for future Enum use" % (key,)
            )
        if key == "_generate_next_value_":
            if self._auto_called:
                raise TypeError("_generate_next_value_ must be defined before members")
            self._next_value = value.__func__ if isinstance(value, staticmethod) else value
        elif key == "_ignore_":
            names = value.replace(",", " ").split() if isinstance(value, str) else list(value)
            taken = set(names) & set(self._member_names)
            if taken:
                raise ValueError("_ignore_ cannot specify already set names: %r" % (taken,))
            self._ignored = names

    def _member_value(self, key, value):
        """The value a member gets: auto() markers, alone or as parts of a
        plain tuple, are filled in; everything is recorded in _last_values."""
        if isinstance(value, auto):
            return self._fill_auto(key, value)
        if type(value) is tuple and any(isinstance(part, auto) for part in value):
            return tuple(self._fill_auto(key, part) if isinstance(part, auto) else part
                         for part in value)
        self._last_values.append(value)
        return value

    def _fill_auto(self, key, marker):
        if marker.value is _AUTO_PENDING:
            make = self._next_value or _next_after
            marker.value = make(key, 1, len(self._member_names), list(self._last_values))
            self._auto_called = True
        self._last_values.append(marker.value)
        return marker.value


def _nested_class(cls_name, value):
    """Whether `value` is a class defined in the body of class `cls_name`."""
    if cls_name is None or not isinstance(value, type):
        return False
    qualname = getattr(value, "__qualname__", "")
    tail = "%s.%s" % (cls_name, getattr(value, "__name__", ""))
    return qualname == tail or qualname.endswith("." + tail)


class _MemberSeed:
    """Stands in the class dict for a member until `type.__new__` calls
    `__set_name__`, which builds the member in its place."""

    failure = None

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, name):
        try:
            _install_member(enum_class, name, self.value)
        except BaseException as exc:
            self.failure = exc
            raise


_NOTHING = object()


def _inherited_attribute(enum_class, name):
    """What `name` would find in the bases of `enum_class`, or _NOTHING."""
    for klass in enum_class.__mro__[1:]:
        if name in klass.__dict__:
            return klass.__dict__[name]
    return _NOTHING


def _is_flag_class(klass):
    flag = _core.get("Flag")
    return flag is not None and issubclass(klass, flag)


def _install_member(enum_class, name, value):
    data_type = enum_class._member_type_
    if data_type is tuple or not isinstance(value, tuple):
        args = (value,)
    else:
        args = value
    make = enum_class._new_member_
    candidate = make(enum_class, *args) if enum_class._use_args_ else make(enum_class)
    if not hasattr(candidate, "_value_"):
        if data_type is object:
            candidate._value_ = value
        else:
            try:
                candidate._value_ = data_type(*args)
            except Exception as exc:
                failure = TypeError("_value_ not set in __new__, unable to create it")
                failure.__cause__ = exc
                raise failure
    value = candidate._value_
    candidate._name_ = name
    candidate.__objclass__ = enum_class
    candidate.__init__(*args)
    candidate._sort_order_ = len(enum_class._member_names_)

    existing = _member_with_value(enum_class, value)
    if existing is None:
        existing = candidate
        if not _is_flag_class(enum_class) or _power_of_two(value):
            enum_class._member_names_.append(name)
    enum_class._member_map_[name] = existing
    try:
        enum_class._value2member_map_.setdefault(value, existing)
    except TypeError:
        enum_class._unhashable_values_.append(value)

    hidden = _inherited_attribute(enum_class, name)
    if hidden is _NOTHING:
        type.__setattr__(enum_class, name, existing)
    else:
        slot = property()
        slot.name = name
        slot.clsname = enum_class.__name__
        slot._member = existing
        slot._hidden = hidden
        type.__setattr__(enum_class, name, slot)


def _member_with_value(enum_class, value):
    try:
        return enum_class._value2member_map_[value]
    except KeyError:
        return None
    except TypeError:
        for found in enum_class._member_map_.values():
            if found._value_ == value:
                return found
        return None


# ------------------------------------------------------ choosing the data type

def _layout(class_name, bases):
    """(data type, enum base) for a new enumeration with these bases."""
    if not bases:
        return object, None
    enum_base = bases[-1]
    if not isinstance(enum_base, EnumType):
        raise TypeError(
            "new enumerations should be created as "
            "`EnumName([mixin_type, ...] [data_type,] enum_type)`"
        )
    found = set()
    for chain in bases:
        outermost = None
        for klass in chain.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                if klass._member_type_ is not object:
                    found.add(klass._member_type_)
                    break
                continue
            if "__new__" in klass.__dict__ or "__dataclass_fields__" in klass.__dict__:
                found.add(outermost or klass)
                break
            outermost = outermost or klass
    if len(found) > 1:
        raise TypeError("too many data types for %r: %r" % (class_name, found))
    return (found.pop() if found else object), enum_base


def _value_repr_for(bases):
    for chain in bases:
        for klass in chain.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                if klass._value_repr_ is not None:
                    return klass._value_repr_
            elif "__repr__" in klass.__dict__:
                return klass.__dict__["__repr__"]
    return None


def _member_maker(data_type, enum_base):
    """(function that makes a bare member, whether it takes the value)."""
    lookup = _core.get("lookup")
    skip = (None, object.__new__, lookup)
    for hook in ("__new_member__", "__new__"):
        for source in (data_type, enum_base):
            found = getattr(source, hook, None)
            if not any(found is s for s in skip):
                return found, True
    return object.__new__, False


# ------------------------------------------------------------- the metaclass

class EnumType(type):
    """Metaclass of every enumeration."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        for base in bases:
            for klass in base.__mro__:
                if isinstance(klass, EnumType) and klass._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (cls, klass))
        enum_base = _layout(cls, bases)[1]
        return _EnumNamespace(cls, getattr(enum_base, "_generate_next_value_", None))

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False,
                _use_args=None, **kwds):
        if not isinstance(classdict, _EnumNamespace):
            given, classdict = classdict, metacls.__prepare__(cls, bases)
            for key, value in given.items():
                classdict[key] = value
        member_names = list(classdict._member_names)
        bad = [name for name in member_names if name in ("mro", "")]
        if bad:
            raise ValueError("invalid enum member name(s) %s" % ",".join(repr(n) for n in bad))
        data_type, enum_base = _layout(cls, bases)

        dropped = set(classdict._ignored) | {"_ignore_"}
        body = {}
        for key, value in classdict.items():
            if key not in dropped:
                body[key] = _MemberSeed(value) if key in member_names else value
        order = body.pop("_order_", None)
        body.setdefault("__doc__", None)

        if enum_base is None:
            # Enum itself: its __new__ is the lookup, and stays where it is
            maker, with_args = body.get("__new__", object.__new__), False
        elif "__new__" in body:
            maker = body.pop("__new__")
            if isinstance(maker, staticmethod):
                maker = maker.__func__
            body["__new_member__"] = staticmethod(maker)
            with_args = True
        else:
            maker, with_args = _member_maker(data_type, enum_base)
        body["_new_member_"] = maker
        body["_use_args_"] = with_args if _use_args is None else _use_args
        body["_member_names_"] = []
        body["_member_map_"] = {}
        body["_value2member_map_"] = {}
        body["_unhashable_values_"] = []
        body["_member_type_"] = data_type
        body["_value_repr_"] = _value_repr_for(bases)

        repr_enum = _core.get("ReprEnum")
        if repr_enum is not None and data_type is object:
            if any(issubclass(base, repr_enum) for base in bases):
                raise TypeError(
                    "ReprEnum subclasses must be mixed with a data type "
                    "(i.e. int, str, float, etc.)"
                )

        failure = None
        try:
            enum_class = super().__new__(metacls, cls, bases, body, **kwds)
        except RuntimeError:
            # type.__new__ wraps what __set_name__ raised: show the original
            # (outside this handler, so it keeps its own cause and context)
            for seed in body.values():
                if isinstance(seed, _MemberSeed) and seed.failure is not None:
                    failure = seed.failure
                    break
            else:
                raise
        if failure is not None:
            raise failure

        if enum_base is not None:
            type.__setattr__(enum_class, "__new__", staticmethod(_core["lookup"]))
            _adopt_enum_methods(enum_class, data_type, enum_base)
        if _is_flag_class(enum_class):
            _flag_bookkeeping(enum_class, boundary)
            # Flag's operators win over a mixed-in type's (int.__or__ and so on)
            flag = _core["Flag"]
            for hook in _FLAG_OPERATORS:
                if hook not in enum_class.__dict__:
                    type.__setattr__(enum_class, hook, flag.__dict__[hook])
        if order is not None:
            _check_order(enum_class, order)
        return enum_class

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        if module is None:
            try:
                module = sys._getframe(1).f_globals["__name__"]
            except (AttributeError, ValueError, KeyError):
                pass
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        """Return True if member is a member of this enum
        raises TypeError if member is not an enum member

        note: in 3.12 TypeError will no longer be raised, and True will also be
        returned if member is the value of a member in this enum
        """
        if isinstance(member, Enum):
            return isinstance(member, cls) and member._name_ in cls._member_map_
        import warnings
        warnings.warn(
            "in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
            "False depending on whether the value is a member or the value of a member",
            DeprecationWarning, stacklevel=2)
        left, right = type(member).__qualname__, type(cls).__qualname__
        raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (left, right))

    # members are fixed: neither rebound nor removed through the class

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", ()):
            raise AttributeError("cannot reassign member %r" % (name,))
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        if name not in cls._member_map_:
            return type.__delattr__(cls, name)
        raise AttributeError("%r cannot delete member %r." % (cls.__name__, name))

    def __getattr__(cls, name):
        if not _dunder(name):
            found = cls.__dict__.get("_member_map_", {}).get(name)
            if found is not None:
                return found
        raise AttributeError(name)

    def __dir__(cls):
        names = {
            "__class__", "__contains__", "__doc__", "__getitem__", "__init_subclass__",
            "__iter__", "__len__", "__members__", "__module__", "__name__", "__qualname__",
        }
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add("__new__")
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getitem__(cls, name):
        """Return the member matching `name`."""
        return cls._member_map_[name]

    def __iter__(cls):
        """Return members in definition order."""
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        """Return members in reverse definition order."""
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        """Return the number of members (no aliases)"""
        return len(cls._member_names_)

    @property
    def __members__(cls):
        """Returns a mapping of member name->value.

        This mapping lists all enum members, including aliases. Note that this
        is a read-only view of the internal mapping.
        """
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        kind = "flag" if _is_flag_class(cls) else "enum"
        return "<%s %r>" % (kind, cls.__name__)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        body = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        pairs = []
        if isinstance(names, (list, tuple)) and names and isinstance(names[0], str):
            produced = []
            for count, name in enumerate(names):
                value = cls._generate_next_value_(name, start, count, list(produced))
                produced.append(value)
                pairs.append((name, value))
        else:
            for item in names:
                pairs.append((item, names[item]) if isinstance(item, str) else item)
        for name, value in pairs:
            body[name] = value
        if module is not None:
            body["__module__"] = module
        if qualname is not None:
            body["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, body, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """Make an enumeration of the constants of `module` (or of `source`)
        whose names pass `filter`, and put it and its members (or, with
        `as_global`, make it a global_enum) in the module's namespace."""
        namespace = sys.modules[module].__dict__
        chosen = _chosen_constants(namespace, filter, source)
        made = cls(name, chosen, module=module, boundary=boundary or KEEP)
        if as_global:
            global_enum(made)
        else:
            namespace.update(made.__members__)
        namespace[name] = made
        return made


EnumMeta = EnumType


def _chosen_constants(namespace, filter, source=None):
    """(name, value) pairs of `source` (an object's __dict__, by default the
    module `namespace`) whose names pass `filter`, by value, then name; by
    name alone when the values do not compare."""
    if source is not None:
        namespace = getattr(source, "__dict__", source)
    chosen = [(key, value) for key, value in namespace.items() if filter(key)]
    try:
        chosen.sort(key=lambda pair: (pair[1], pair[0]))
    except TypeError:
        chosen.sort(key=lambda pair: pair[0])
    return chosen


def _old_convert_(etype, name, module, filter, source=None, *, boundary=None):
    """Make an enumeration of type `etype` from the constants `_convert_`
    would pick, without touching the module (what stdlib tests compare their
    enumerations with)."""
    chosen = _chosen_constants(sys.modules[module].__dict__, filter, source)
    return etype(name, chosen, module=module, boundary=boundary or KEEP)

_FLAG_OPERATORS = ("__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__",
                   "__invert__")

_FIXED_UP = ("__repr__", "__str__", "__format__", "__reduce_ex__")


def _adopt_enum_methods(enum_class, data_type, enum_base):
    """Direct subclasses of ReprEnum take their data type's str() and format();
    then a repr/str/format/reduce that is only the data type's or object's
    gives way to the enumeration's. What the class itself defines (or its
    `__init_subclass__` put there) stays."""
    own = set(enum_class.__dict__)
    repr_enum = _core.get("ReprEnum")
    if repr_enum is not None and repr_enum in enum_class.__bases__:
        if "__format__" not in own:
            type.__setattr__(enum_class, "__format__", data_type.__format__)
            own.add("__format__")
        if "__str__" not in own:
            text = data_type.__str__
            if text == object.__str__:
                text = data_type.__repr__
            type.__setattr__(enum_class, "__str__", text)
            own.add("__str__")
    for hook in _FIXED_UP:
        if hook in own:
            continue
        current = getattr(enum_class, hook, _NOTHING)
        if current is _NOTHING:
            continue
        if current == getattr(object, hook, _NOTHING) or current == getattr(data_type, hook, _NOTHING):
            type.__setattr__(enum_class, hook, getattr(enum_base, hook))


def _check_order(enum_class, order):
    if isinstance(order, str):
        order = order.replace(",", " ").split()
    canonical = enum_class._member_names_
    order = [n for n in order if n not in enum_class._member_map_ or n in canonical]
    if order != canonical:
        raise TypeError("member order does not match _order_:\n  %r\n  %r" % (canonical, order))


# ------------------------------------------------------- enum.property

class property(DynamicClassAttribute):
    """A property for enumerations: looked up on a member it works like the
    builtin property; looked up on the class it gives the member of the same
    name, so members may be called `name` or `value`."""

    name = None
    clsname = None
    _member = None
    _hidden = _NOTHING

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self._member is not None:
                return self._member
            found = ownerclass.__dict__.get("_member_map_", {}).get(self.name)
            if found is None:
                raise AttributeError(self.name)
            return found
        if self.fget is not None:
            return self.fget(instance)
        hidden = self._hidden
        if hidden is not _NOTHING and _is_descriptor(hidden):
            return hidden.__get__(instance, type(instance))
        if self.name in getattr(instance, "__dict__", {}):
            return instance.__dict__[self.name]
        return self._member if hidden is _NOTHING else hidden

    def __set__(self, instance, value):
        if self.fset is not None:
            return self.fset(instance, value)
        hidden = self._hidden
        if hidden is not _NOTHING and hasattr(type(hidden), "__set__"):
            return hidden.__set__(instance, value)
        raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))

    def __delete__(self, instance):
        if self.fdel is not None:
            return self.fdel(instance)
        raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))


# --------------------------------------------------------------------- Enum

def _next_after(name, start, count, last_values):
    """Enum's `_generate_next_value_`: one more than the latest value when
    that is also the largest; otherwise, with a DeprecationWarning, one more
    than the largest value that allows it (the latest when the values do
    not sort), else `start`."""
    if not last_values:
        return start
    latest = last_values[-1]
    # the fallback below walks the values sorted when they sort, as given if not
    last_values = list(last_values)
    try:
        last_values.sort()
        if latest == last_values[-1]:
            return latest + 1
    except TypeError:
        pass
    import warnings
    warnings.warn(
        "In 3.13 the default `auto()`/`_generate_next_value_` will require all values "
        "to be sortable and support adding +1\n"
        "and the value returned will be the largest value in the enum incremented by 1",
        DeprecationWarning, stacklevel=3)
    for earlier in reversed(last_values):
        try:
            return earlier + 1
        except TypeError:
            continue
    return start


class Enum(metaclass=EnumType):
    """Base class of enumerations: subclass it and assign the members in the
    class body, or call it: `Enum('Color', 'RED GREEN')`.

    >>> class Fruit(Enum):
    ...     APPLE = 1
    ...     PEAR = 2

    Members are looked up by value or by name, iterate in definition order
    and have `.name` and `.value`:

    >>> Fruit(2), Fruit['APPLE']
    (<Fruit.PEAR: 2>, <Fruit.APPLE: 1>)
    >>> [fruit.name for fruit in Fruit]
    ['APPLE', 'PEAR']
    >>> Fruit.PEAR.value
    2
    """

    def __new__(cls, value):
        if type(value) is cls:
            return value
        found = _member_with_value(cls, value)
        if found is not None:
            return found
        if not cls._member_map_:
            raise TypeError("%r has no members defined" % cls)
        failure = None
        try:
            result = cls._missing_(value)
        except Exception as exc:
            failure, result = exc, None
        if isinstance(result, cls):
            return result
        if _is_flag_class(cls) and cls._boundary_ is EJECT and isinstance(result, int):
            return result
        not_valid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if failure is None:
            if result is None:
                raise not_valid
            failure = TypeError("error in %s._missing_: returned %r instead of None or a "
                                "valid member" % (cls.__name__, result))
        # what went wrong in _missing_ shows the failed lookup as its context
        if not isinstance(failure, ValueError):
            failure.__context__ = not_valid
        try:
            raise failure
        finally:
            failure = not_valid = None

    def __init__(self, *args, **kwds):
        pass

    # enum.property, so that a member may itself be called `name` or `value`
    name = property(lambda member: member._name_, doc="The name of the Enum member.")
    value = property(lambda member: member._value_, doc="The value of the Enum member.")

    _generate_next_value_ = _next_after

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        shown = (self.__class__._value_repr_ or repr)(self._value_)
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, shown)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __dir__(self):
        """The public attributes of the member, plus a few special ones; for
        a mixed-in data type, everything the data type shows too."""
        cls = self.__class__
        members = cls._member_map_
        names = {"__class__", "__doc__", "__eq__", "__hash__", "__module__"}
        if cls._member_type_ is not object:
            # what object.__dir__ would list: the instance's and the classes' names
            names.update(getattr(self, "__dict__", ()))
            for klass in cls.__mro__:
                names.update(klass.__dict__)
        names.update(key for key in getattr(self, "__dict__", ())
                     if not key.startswith("_") and key not in members)
        for klass in cls.__mro__:
            for key, found in klass.__dict__.items():
                if key.startswith("_"):
                    continue
                if isinstance(found, property):
                    # a property with a getter shows; a member's slot hides
                    if found.fget is not None or key not in members:
                        names.add(key)
                    else:
                        names.discard(key)
                elif key not in members:
                    names.add(key)
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self


_core["Enum"] = Enum
_core["lookup"] = Enum.__new__


class ReprEnum(Enum):
    """An enumeration whose str() and format() are those of its data type;
    only repr() shows the member."""


_core["ReprEnum"] = ReprEnum


class IntEnum(int, ReprEnum):
    """An enumeration whose members are also ints."""


class StrEnum(str, ReprEnum):
    """An enumeration whose members are also strs; auto() gives the lowered name."""

    def __new__(cls, *values):
        count = len(values)
        if count > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        checks = ((0, "%r is not a string"), (1, "encoding must be a string, not %r"),
                  (2, "errors must be a string, not %r"))
        for where, message in checks:
            if count > where and not isinstance(values[where], str):
                if where or count == 1:
                    raise TypeError(message % (values[where],))
        text = str(*values)
        made = str.__new__(cls, text)
        made._value_ = text
        return made

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member covers."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary



def _flag_bookkeeping(flag_class, boundary):
    """The masks a Flag class keeps: every member's bits, the single-bit
    members' bits, and all bits up to the highest one."""
    mask = singles = 0
    for found in flag_class._member_map_.values():
        bits = found._value_
        if isinstance(bits, int) and bits < 0:
            continue
        mask |= bits
        if _power_of_two(bits):
            singles |= bits
    chosen = boundary or getattr(flag_class, "_boundary_", None) or STRICT
    type.__setattr__(flag_class, "_boundary_", chosen)
    type.__setattr__(flag_class, "_flag_mask_", mask)
    type.__setattr__(flag_class, "_singles_mask_", singles)
    type.__setattr__(flag_class, "_all_bits_", (1 << mask.bit_length()) - 1)
    type.__setattr__(flag_class, "_inverted_", None)


# Flag and IntFlag, then the decorators and helpers, live in their own files;
# both import what they need from this partly initialised package.
from enum._flag import Flag, IntFlag  # noqa: E402
from enum._checks import (  # noqa: E402
    CONTINUOUS, NAMED_FLAGS, UNIQUE, EnumCheck, global_enum, global_enum_repr,
    global_flag_repr, global_str, pickle_by_enum_name, pickle_by_global_name, unique, verify,
    _make_class_unpicklable, _reduce_ex_by_global_name, _simple_enum, _test_simple_enum,
)

# what the submodules define is reached, documented and pickled as `enum.X`
for _public in (global_enum, global_enum_repr, global_flag_repr, global_str,
                 pickle_by_enum_name, pickle_by_global_name, unique,
                 _simple_enum, _test_simple_enum):
    _public.__module__ = __name__
del _public

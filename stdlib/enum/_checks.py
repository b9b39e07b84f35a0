"""The class decorators of coil's enum package (unique, verify, global_enum,
_simple_enum) and the helpers that go with them, among them
`_test_simple_enum`. Part of enum/ (see enum/__init__.py)."""

import builtins
import sys

from enum import Enum, ReprEnum, StrEnum, _bits_of, _is_flag_class, _power_of_two


class EnumCheck(StrEnum):
    """The properties `verify()` can demand of an enumeration."""

    __module__ = "enum"

    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


def _alias_pairs(enumeration):
    return ", ".join(
        "%s -> %s" % (alias, found._name_)
        for alias, found in enumeration.__members__.items()
        if alias != found._name_
    )


def unique(enumeration):
    """Class decorator: refuses an enumeration in which two names share a value."""
    described = _alias_pairs(enumeration)
    if described:
        raise ValueError("duplicate values found in %r: %s" % (enumeration, described))
    return enumeration


def _gaps(enumeration, is_flag):
    values = {found._value_ for found in enumeration}
    if len(values) < 2:
        return []
    low, high = min(values), max(values)
    if is_flag:
        wanted = (1 << shift for shift in range(low.bit_length(), high.bit_length() - 1))
    else:
        wanted = range(low + 1, high)
    return [value for value in wanted if value not in values]


def _unnamed_bits(enumeration):
    """(aliases holding bits no canonical member has, those bits together)."""
    named = {found._value_ for found in enumeration}
    culprits = []
    stray = 0
    for name, found in enumeration._member_map_.items():
        if name in enumeration._member_names_ or found._value_ < 0:
            continue
        lacking = [bit for bit in _bits_of(found._value_) if bit not in named]
        if lacking:
            culprits.append(name)
            for bit in lacking:
                stray |= bit
    return culprits, stray


class verify:
    """Class decorator: checks that an enumeration has the given EnumCheck
    properties (UNIQUE, CONTINUOUS, NAMED_FLAGS)."""

    __module__ = "enum"

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        is_flag = _is_flag_class(enumeration)
        kind = "flag" if is_flag else "enum"
        name = enumeration.__name__
        for check in self.checks:
            if check is UNIQUE:
                described = _alias_pairs(enumeration)
                if described:
                    raise ValueError("aliases found in %r: %s" % (enumeration, described))
            elif check is CONTINUOUS:
                missing = _gaps(enumeration, is_flag)
                if missing:
                    raise ValueError("invalid %s %r: missing values %s" % (
                        kind, name, ", ".join(str(value) for value in missing)))
            elif check is NAMED_FLAGS and is_flag:
                culprits, stray = _unnamed_bits(enumeration)
                if culprits:
                    if len(culprits) == 1:
                        who = "alias %s is missing" % culprits[0]
                    else:
                        who = "aliases %s and %s are missing" % (
                            ", ".join(culprits[:-1]), culprits[-1])
                    what = ("value 0x%x" if _power_of_two(stray) else
                            "combined values of 0x%x") % stray
                    raise ValueError(
                        "invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]"
                        % (name, who, what))
        return enumeration


def global_enum_repr(self):
    """repr() of a member of a global_enum: `module.NAME`."""
    module = self.__class__.__module__.rpartition(".")[2]
    return "%s.%s" % (module, self._name_)


def global_flag_repr(self):
    """repr() of a flag of a global_enum: `module.A|module.B`."""
    module = self.__class__.__module__.rpartition(".")[2]
    if self._name_ is None:
        return "%s.%s(%r)" % (module, self.__class__.__name__, self._value_)
    pieces = self._name_.split("|")
    return "|".join(p if p[:1].isdigit() else "%s.%s" % (module, p) for p in pieces)


def global_str(self):
    """str() of a member of a global_enum: just its name."""
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: puts the members into their module's namespace and
    makes repr() show them as module attributes."""
    cls.__repr__ = global_flag_repr if _is_flag_class(cls) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    module = sys.modules.get(cls.__module__)
    if module is not None:
        module.__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    """A `__reduce_ex__` that pickles a member as its module-level name."""
    return self.name


def pickle_by_enum_name(self, proto):
    """A `__reduce_ex__` that pickles a member as a lookup by name in its class."""
    return getattr, (self.__class__, self._name_)


_reduce_ex_by_global_name = pickle_by_global_name


def _refuse_pickling(self, proto):
    raise TypeError("%r cannot be pickled" % (self,))


def _make_class_unpicklable(target):
    """Makes pickling fail for an enumeration (or a class body dict): its
    members refuse `__reduce_ex__` and the class claims no module."""
    if isinstance(target, dict):
        target["__reduce_ex__"] = _refuse_pickling
        target["__module__"] = "<unknown>"
    else:
        setattr(target, "__reduce_ex__", _refuse_pickling)
        setattr(target, "__module__", "<unknown>")


# ------------------------------------------------ enumerations from plain classes

def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator: rebuilds a plain class as an enumeration derived from
    `etype`, its plain values becoming the members. Members are made with
    their value as arguments when `use_args` is true (by default, when
    `etype` makes its members that way); a class without a docstring gets
    'An enumeration.'."""

    def convert(cls):
        metaclass = type(etype)
        body = {}
        for key, value in cls.__dict__.items():
            if key not in ("__dict__", "__weakref__"):
                body[key] = value
        if body.get("__doc__") is None:
            body["__doc__"] = "An enumeration."
        with_args = etype._use_args_ if use_args is None else use_args
        return metaclass(cls.__name__, (etype,), body, boundary=boundary, _simple=True,
                         _use_args=with_args)

    return convert


def _differences(checked, simple, skip, describe):
    """Lines naming each key of the dict `checked` or `simple` that one lacks
    or whose values differ, keys in `skip` aside; `describe(key, checked,
    simple)` words a difference in value, or returns None to let it pass."""
    lines = []
    for key in set(checked) | set(simple):
        if key in skip:
            continue
        if key not in simple:
            lines.append(("missing", key))
        elif key not in checked:
            lines.append(("extra", key))
        else:
            text = describe(key, checked[key], simple[key])
            if text is not None:
                lines.append(("differs", text))
    return lines


def _class_value_text(key, checked, simple):
    if callable(checked) or isinstance(checked, (builtins.property, staticmethod, classmethod)):
        return None
    if checked == simple:
        return None
    return "%r:\n         checked -> %r\n         simple  -> %r" % (key, checked, simple)


def _member_value_text(key, checked, simple):
    if checked == simple:
        return None
    return "%r:\n         checked member -> %r\n         simple member  -> %r" % (
        key, checked, simple)


def _test_simple_enum(checked_enum, simple_enum):
    """Compares an enumeration made by `_simple_enum` with the same one made
    by a class statement (`checked_enum`): their class dicts, their members'
    dicts and the special methods they inherit. Returns None when they agree,
    else raises TypeError listing the differences."""
    failed = []
    checked_dict, simple_dict = checked_enum.__dict__, simple_enum.__dict__
    member_names = set(checked_enum._member_map_) | set(simple_enum._member_map_)
    if checked_dict != simple_dict:
        skip = {"__module__", "_member_map_", "_value2member_map_", "__doc__"} | member_names
        for kind, text in _differences(checked_dict, simple_dict, skip, _class_value_text):
            if kind == "missing":
                failed.append("missing key: %r" % (text,))
            elif kind == "extra":
                failed.append("extra key:   %r" % (text,))
            else:
                failed.append(text)
        failed.sort()
        for name in member_names:
            if name not in simple_dict:
                failed.append("missing member from simple enum: %r" % (name,))
                continue
            if name not in checked_dict:
                failed.append("extra member in simple enum: %r" % (name,))
                continue
            found = _differences(
                checked_enum[name].__dict__, simple_enum[name].__dict__,
                {"__module__", "__objclass__", "_inverted_"}, _member_value_text)
            if not found:
                continue
            words = []
            for kind, text in found:
                if kind == "missing":
                    words.append("missing key %r not in the simple enum member %r" % (text, name))
                elif kind == "extra":
                    words.append("extra key %r in simple enum member %r" % (text, name))
                else:
                    words.append(text)
            failed.append("%r member mismatch:\n      %s" % (name, "\n      ".join(words)))
        for hook in ("__str__", "__repr__", "__reduce_ex__", "__format__",
                     "__getnewargs_ex__", "__getnewargs__", "__reduce__"):
            if hook in checked_dict or hook in simple_dict:
                continue
            mine = getattr(checked_enum, hook, None)
            theirs = getattr(simple_enum, hook, None)
            mine = getattr(mine, "__func__", mine)
            theirs = getattr(theirs, "__func__", theirs)
            if mine != theirs:
                failed.append("%r:  %-30s simple -> %r" % (hook, "checked -> %r" % (mine,), theirs))
    if failed:
        raise TypeError("enum mismatch:\n   %s" % "\n   ".join(failed))

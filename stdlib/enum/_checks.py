"""The class decorators of coil's enum package (unique, verify, global_enum)
and the helpers that go with them. Part of enum/ (see enum/__init__.py)."""

import sys

from enum import ReprEnum, StrEnum, _bits_of, _is_flag_class, _power_of_two


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

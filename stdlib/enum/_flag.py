"""Flag and IntFlag: enumerations whose members combine with | & ^ ~.

Part of coil's enum package (see enum/__init__.py); the classes say they
come from `enum`.

A Flag's canonical members are its single-bit members; members with several
bits (or none) are aliases. A value no member has becomes a pseudo-member,
made on first use and cached, named by the members whose bits it holds
(`R|W`). What happens to bits no member covers is the class's boundary:
STRICT refuses them, CONFORM drops them, EJECT gives back a plain int and
KEEP keeps them (shown as a number in the name).
"""

from enum import bin as _bit_text
from enum import (
    CONFORM, EJECT, KEEP, STRICT, Enum, ReprEnum, _bits_of, _core,
    _flag_bookkeeping,
)


def _next_bit(name, start, count, last_values):
    """Flag's `_generate_next_value_`: the power of two above the highest value."""
    if not count:
        return 1 if start is None else start
    highest = max(last_values)
    try:
        return 1 << highest.bit_length()
    except (AttributeError, TypeError):
        raise TypeError("invalid flag value %r" % (highest,)) from None


def _operand_bits(flag, other):
    """The bits of `other` when it may be combined with `flag`, else NotImplemented."""
    if isinstance(other, flag.__class__):
        return other._value_
    data_type = flag._member_type_
    if data_type is not object and isinstance(other, data_type):
        return other
    return NotImplemented


def _pseudo_member(cls, value):
    """A member for a combination of bits that has no name of its own."""
    data_type = cls._member_type_
    made = object.__new__(cls) if data_type is object else data_type.__new__(cls, value)
    if not hasattr(made, "_value_"):
        made._value_ = value
    known = value & cls._flag_mask_
    names = []
    covered = 0
    for found in cls._iter_member_(known):
        names.append(found._name_)
        covered |= found._value_
    rest = known & ~covered
    if rest:
        # bits only a multi-bit member names
        for name, found in cls._member_map_.items():
            bits = found._value_
            if name in cls._member_names_ or bits <= 0:
                continue
            if bits & rest and bits & value == bits:
                names.append(name)
                rest &= ~bits
    unknown = value & ~cls._flag_mask_
    if names and unknown:
        names.append(cls._numeric_repr_(unknown))
    made._name_ = "|".join(names) if names else None
    return made


class Flag(Enum):
    """An enumeration of bit flags: members combine with |, & and ^, and ~
    gives the complement within the class's members."""

    __module__ = "enum"

    _numeric_repr_ = repr

    _generate_next_value_ = _next_bit

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The canonical members whose bits are in `value`, lowest bit first."""
        for bit in _bits_of(value):
            found = cls._value2member_map_.get(bit)
            if found is not None and cls._member_map_.get(found._name_) is found:
                yield found

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The canonical members whose bits are in `value`, in definition order."""
        for name in cls._member_names_:
            found = cls._member_map_[name]
            if found._value_ & value == found._value_:
                yield found

    _iter_member_ = _iter_member_by_def_

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        span = cls._all_bits_ + 1
        bits = value + span if -span <= value < 0 else value
        if not -span <= value < span or bits & ~mask:
            rule = cls._boundary_
            if rule is STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                    cls, value, _bit_text(value, width), _bit_text(mask, width)))
            if rule is CONFORM:
                bits = value & mask
            elif rule is EJECT:
                return value
            elif value < 0:
                bits = max(span, 1 << value.bit_length()) + value
        table = cls._value2member_map_
        found = table.get(bits)
        if found is None:
            found = table.setdefault(bits, _pseudo_member(cls, bits))
        if value < 0:
            table.setdefault(value, found)
        return found

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(list(self._iter_member_(self._value_)))

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        cls = self.__class__
        shown = (cls._value_repr_ or repr)(self._value_)
        if self._name_ is None:
            return "<%s: %s>" % (cls.__name__, shown)
        return "<%s.%s: %s>" % (cls.__name__, self._name_, shown)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        bits = _operand_bits(self, other)
        if bits is NotImplemented:
            return bits
        return self.__class__(self._value_ | bits)

    def __and__(self, other):
        bits = _operand_bits(self, other)
        if bits is NotImplemented:
            return bits
        return self.__class__(self._value_ & bits)

    def __xor__(self, other):
        bits = _operand_bits(self, other)
        if bits is NotImplemented:
            return bits
        return self.__class__(self._value_ ^ bits)

    def __invert__(self):
        if self._inverted_ is not None:
            return self._inverted_
        if self._boundary_ in (EJECT, KEEP):
            flipped = self.__class__(~self._value_)
        else:
            flipped = self.__class__(self._singles_mask_ & ~self._value_)
        if isinstance(flipped, self.__class__):
            self._inverted_ = flipped
        return flipped

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


_flag_bookkeeping(Flag, STRICT)
_core["Flag"] = Flag


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are also ints and combine with ints (the class
    gets Flag's operators rather than int's from EnumType)."""

    __module__ = "enum"

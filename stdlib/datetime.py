"""Dates, clock times, durations and time zones (CPython 3.11 semantics).

Written for coil from the documented behaviour of CPython's `datetime`.
Every value keeps its fields in slots; the internal factories below skip
argument checking when the fields are already known to be valid, which is
what keeps arithmetic and parsing fast.

Day numbers ("ordinals") count from 0001-01-01 == 1 in the proleptic
Gregorian calendar.  Conversion between ordinals and (year, month, day)
uses the March-based era arithmetic: a year is taken to begin on March 1,
so that the leap day falls at the end of it, and an era is 400 years.
"""

import time as _time
import math as _math

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")

MINYEAR = 1
MAXYEAR = 9999

_US_PER_SECOND = 1000000
_US_PER_MINUTE = 60000000
_US_PER_HOUR = 3600000000
_US_PER_DAY = 86400000000
_US_PER_WEEK = 604800000000
_MAX_DAYS = 999999999
_MAX_ORDINAL = 3652059          # 9999-12-31
_EPOCH_ORDINAL = 719163         # 1970-01-01

_MONTH_LENGTHS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
# Days in the year before the first of each month (non-leap year).
_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)

_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_ABBR = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# ---------------------------------------------------------------------------
# Calendar arithmetic

def _leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def _month_days(y, m):
    if m == 2 and _leap(y):
        return 29
    return _MONTH_LENGTHS[m]


def _to_ordinal(y, m, d):
    if m > 2:
        shifted = m - 3
    else:
        y -= 1
        shifted = m + 9
    era = y // 400
    year_of_era = y - era * 400
    day_of_year = (153 * shifted + 2) // 5 + d - 1
    day_of_era = (year_of_era * 365 + year_of_era // 4 - year_of_era // 100
                  + day_of_year)
    return era * 146097 + day_of_era - 305


_ORDINAL_CACHE = {}


def _from_ordinal(n):
    """(year, month, day) of a day number; recent answers are remembered,
    since programs tend to meet the same few days over and over."""
    found = _ORDINAL_CACHE.get(n)
    if found is not None:
        return found
    if len(_ORDINAL_CACHE) > 4096:
        _ORDINAL_CACHE.clear()
    found = _ORDINAL_CACHE[n] = _compute_ymd(n)
    return found


def _compute_ymd(n):
    z = n + 305
    era = z // 146097
    day_of_era = z - era * 146097
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524
                   - day_of_era // 146096) // 365
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4
                                - year_of_era // 100)
    shifted = (5 * day_of_year + 2) // 153
    d = day_of_year - (153 * shifted + 2) // 5 + 1
    if shifted < 10:
        return year_of_era + era * 400, shifted + 3, d
    return year_of_era + era * 400 + 1, shifted - 9, d


def _day_of_year(y, m, d):
    n = _BEFORE_MONTH[m] + d
    if m > 2 and _leap(y):
        n += 1
    return n


def _iso_week1_monday(y):
    jan4 = _to_ordinal(y, 1, 4)
    return jan4 - (jan4 + 6) % 7


def _as_int(value):
    if value.__class__ is int:
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        index = type(value).__index__
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % _tp(value)) from None
    result = index(value)
    if not isinstance(result, int):
        raise TypeError("__index__ returned non-int (type %s)"
                        % type(result).__name__)
    return int(result)


def _check_date(y, m, d):
    if y.__class__ is not int:
        y = _as_int(y)
    if m.__class__ is not int:
        m = _as_int(m)
    if d.__class__ is not int:
        d = _as_int(d)
    if not MINYEAR <= y <= MAXYEAR:
        raise ValueError("year %d is out of range" % y)
    if not 1 <= m <= 12:
        raise ValueError("month must be in 1..12")
    if d < 1 or (d > _MONTH_LENGTHS[m] and
                 (m != 2 or d != 29 or not _leap(y))):
        raise ValueError("day is out of range for month")
    return y, m, d


def _check_clock(h, mi, s, us, fold):
    if h.__class__ is not int:
        h = _as_int(h)
    if mi.__class__ is not int:
        mi = _as_int(mi)
    if s.__class__ is not int:
        s = _as_int(s)
    if us.__class__ is not int:
        us = _as_int(us)
    if not 0 <= h <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= mi <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= s <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= us <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    return h, mi, s, us


def _check_tz(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo "
                        "subclass, not type '%s'" % _tp(tz))


def _tp(obj):
    """The type name CPython's messages show for obj."""
    cls = type(obj)
    name = _PUBLIC_NAMES.get(cls)
    return name if name is not None else cls.__name__


def _arg_tp(obj):
    return "None" if obj is None else _tp(obj)


def _shown_name(obj):
    cls = type(obj)
    name = _PUBLIC_NAMES.get(cls)
    return name if name is not None else cls.__name__


def _offset_checked(value, what):
    """Validates what a tzinfo method returned as an offset."""
    if value is None:
        return None
    if not isinstance(value, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (what, _tp(value)))
    if not -_US_PER_DAY < value._us_total() < _US_PER_DAY:
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")
    return value


def _name_checked(value):
    if value is not None and not isinstance(value, str):
        raise TypeError("tzinfo.tzname() must return None or a string, "
                        "not '%s'" % _tp(value))
    return value


def _div_nearest(a, b):
    """a / b rounded to the nearest integer, ties to even."""
    if b < 0:
        a, b = -a, -b
    q, r = divmod(a, b)
    twice = 2 * r
    if twice > b or (twice == b and q & 1):
        q += 1
    return q


_EXACT = 1 << 53


def _true_div(a, b):
    """a / b for ints, correctly rounded even when the operands are too
    large to be exact floats."""
    if -_EXACT < a < _EXACT and -_EXACT < b < _EXACT:
        return a / b
    if b == 0:
        raise ZeroDivisionError("division by zero")
    negative = (a < 0) != (b < 0)
    a = -a if a < 0 else a
    b = -b if b < 0 else b
    if a == 0:
        return -0.0 if negative else 0.0
    # Scale so that the integer quotient carries at least 55 bits.
    exp = a.bit_length() - b.bit_length() - 55
    if exp > 0:
        q, r = divmod(a, b << exp)
    else:
        q, r = divmod(a << -exp, b)
    cut = q.bit_length() - 53
    low = q & ((1 << cut) - 1)
    q >>= cut
    exp += cut
    half = 1 << (cut - 1)
    if low > half or (low == half and (r or q & 1)):
        q += 1
    result = _math.ldexp(q, exp)
    return -result if negative else result


def _ratio(x):
    if x != x:
        raise ValueError("cannot convert NaN to integer ratio")
    return x.as_integer_ratio()


def _offset_text(off, sep):
    """+HH:MM[:SS[.ffffff]] for an offset timedelta (sep between parts)."""
    us = off._days * _US_PER_DAY + off._seconds * _US_PER_SECOND + off._us
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    secs, frac = divmod(us, _US_PER_SECOND)
    mins, secs = divmod(secs, 60)
    hours, mins = divmod(mins, 60)
    text = "%s%02d%s%02d" % (sign, hours, sep, mins)
    if secs or frac:
        text += "%s%02d" % (sep, secs)
        if frac:
            text += ".%06d" % frac
    return text


def _clock_text(h, mi, s, us, timespec):
    if timespec == "auto":
        if us:
            return "%02d:%02d:%02d.%06d" % (h, mi, s, us)
        return "%02d:%02d:%02d" % (h, mi, s)
    if timespec == "hours":
        return "%02d" % h
    if timespec == "minutes":
        return "%02d:%02d" % (h, mi)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (h, mi, s)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (h, mi, s, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (h, mi, s, us)
    raise ValueError("Unknown timespec value")


_PLAIN_FORMATS = {}


def _expand_format(fmt, owner, tuple_maker):
    """strftime: fills in %f, %z and %Z, then lets time.strftime do the rest."""
    if fmt in _PLAIN_FORMATS and fmt.__class__ is str:
        return _time.strftime(fmt, tuple_maker())
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s"
                        % _arg_tp(fmt))
    if not _needs_expansion(fmt):
        if len(_PLAIN_FORMATS) > 256:
            _PLAIN_FORMATS.clear()
        _PLAIN_FORMATS[fmt] = True
        return _time.strftime(fmt, tuple_maker())
    if "%" in fmt:
        pieces = []
        start = 0
        n = len(fmt)
        i = fmt.find("%")
        while i >= 0 and i + 1 < n:
            c = fmt[i + 1]
            if c == "f":
                pieces.append(fmt[start:i])
                pieces.append("%06d" % owner._microsecond)
                start = i + 2
            elif c == "z":
                pieces.append(fmt[start:i])
                off = owner.utcoffset()
                if off is not None:
                    pieces.append(_offset_text(off, ""))
                start = i + 2
            elif c == "Z":
                pieces.append(fmt[start:i])
                name = owner.tzname()
                if name is not None:
                    pieces.append(name.replace("%", "%%"))
                start = i + 2
            i = fmt.find("%", i + 2)
        if start:
            pieces.append(fmt[start:])
            fmt = "".join(pieces)
    return _time.strftime(fmt, tuple_maker())


def _needs_expansion(fmt):
    """Whether fmt has a %f, %z or %Z that time.strftime must not see."""
    i = fmt.find("%")
    n = len(fmt)
    while 0 <= i < n - 1:
        if fmt[i + 1] in "fzZ":
            return True
        i = fmt.find("%", i + 2)
    return False


def _format_check(fmt):
    if not isinstance(fmt, str):
        raise TypeError("__format__() argument 1 must be str, not %s"
                        % _arg_tp(fmt))


# ---------------------------------------------------------------------------
# ISO 8601 text

def _digits(s, start, count):
    """The number written by s[start:start+count], or -1 if not all digits."""
    piece = s[start:start + count]
    if len(piece) == count and piece.isdigit() and piece.isascii():
        return int(piece)
    return -1


def _read_iso_date(s):
    """(year, month, day) read from the start of s in one of the ISO 8601
    date forms, or None.  Like CPython, text after a complete date is not
    looked at (callers check lengths).  Out-of-range months and days are
    returned for the constructor to reject; an impossible ISO week or
    weekday gives None."""
    n = len(s)
    year = _digits(s, 0, 4)
    if year < 0:
        return None
    pos = 4
    dashed = s[4:5] == "-"
    if dashed:
        pos = 5
    if s[pos:pos + 1] != "W":
        month = _digits(s, pos, 2)
        pos += 2
        if dashed:
            if s[pos:pos + 1] != "-":
                return None
            pos += 1
        day = _digits(s, pos, 2)
        if month < 0 or day < 0:
            return None
        return year, month, day
    week = _digits(s, pos + 1, 2)
    if week < 0:
        return None
    pos += 3
    day = 1
    if pos < n:
        if dashed:
            if s[pos] != "-":
                return None
            pos += 1
        day = _digits(s, pos, 1)
        if day < 0:
            return None
    if not 1 <= day <= 7 or week < 1 or week > 53:
        return None
    if week == 53:
        jan1 = (_to_ordinal(year, 1, 1) + 6) % 7
        if not (jan1 == 3 or (jan1 == 2 and _leap(year))):
            return None
    if year < MINYEAR:
        return None
    o = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
    if not 1 <= o <= _MAX_ORDINAL:
        return None
    return _from_ordinal(o)


def _read_clock(s, after):
    """Reads HH[:MM[:SS[.fff...]]] (or the forms without colons) the way
    CPython 3.11 does.  `after` is the character following s in the whole
    text ("" at the end).  Returns None when unreadable, else
    ([h, m, s, us], loose) where loose is true when the reading stopped
    before a non-digit (tolerated only in front of a UTC offset)."""
    n = len(s)
    vals = [0, 0, 0, 0]
    pos = 0
    colons = True
    for part in range(3):
        v = _digits(s, pos, 2)
        if v < 0:
            return None
        vals[part] = v
        pos += 2
        c = s[pos] if pos < n else after
        pos += 1
        if part == 0:
            colons = c == ":"
        if pos >= n:
            return vals, c != ""
        if colons and c == ":":
            continue
        if c == "." or c == ",":
            break
        if colons:
            return None
        pos -= 1
    take = n - pos
    if take > 6:
        take = 6
    if take:
        frac = s[pos:pos + take]
        if not (frac.isdigit() and frac.isascii()):
            return None
        vals[3] = int(frac) * 10 ** (6 - take)
        pos += take
        while pos < n and "0" <= s[pos] <= "9":
            pos += 1
    return vals, (pos < n or after != "")


def _read_iso_time(s):
    """(h, m, s, us, tzinfo) for the time text after the date, or None."""
    cut = -1
    for k, c in enumerate(s):
        if c == "+" or c == "-" or c == "Z":
            cut = k
            break
    if cut < 0:
        found = _read_clock(s, "")
        if found is None or found[1]:
            return None
        clock = found[0]
        return clock[0], clock[1], clock[2], clock[3], None
    found = _read_clock(s[:cut], s[cut])
    if found is None:
        return None
    clock = found[0]
    if s[cut] == "Z":
        if cut != len(s) - 1:
            return None
        return clock[0], clock[1], clock[2], clock[3], _UTC
    found = _read_clock(s[cut + 1:], "")
    if found is None or found[1]:
        return None
    off = found[0]
    secs = off[0] * 3600 + off[1] * 60 + off[2]
    if secs == 0:
        tz = _UTC
    elif s[cut] == "-":
        tz = timezone(timedelta(seconds=-secs, microseconds=-off[3]))
    else:
        tz = timezone(timedelta(seconds=secs, microseconds=off[3]))
    return clock[0], clock[1], clock[2], clock[3], tz


def _iso_error(s):
    return ValueError("Invalid isoformat string: %r" % (s,))


def _date_part_length(s):
    """Where the date ends in datetime.fromisoformat's argument."""
    n = len(s)
    if n <= 7:
        return n
    if s[4] == "-":
        if s[5] != "W":
            return 10
        # YYYY-Www or YYYY-Www-D; "YYYY-Www-" with a digit at 10 is taken
        # as YYYY-Www and a "-" before the time.
        if n > 8 and s[8] == "-":
            if n > 10 and "0" <= s[10] <= "9":
                return 8
            return 10
        return 8
    if s[4] != "W":
        return 8
    # YYYYWww or YYYYWwwD then a separator: decided by how many digits
    # follow the week (the time has an even number of them).
    end = 7
    while end < n and "0" <= s[end] <= "9":
        end += 1
    if end < 9:
        return end
    return 7 if end % 2 == 0 else 8


# ---------------------------------------------------------------------------
# Local time

def _local_offset(seconds):
    return _time.localtime(seconds).tm_gmtoff


def _wall(u):
    """Local wall-clock seconds at POSIX time u (year-checked)."""
    tm = _time.localtime(u)
    if not MINYEAR <= tm.tm_year <= MAXYEAR:
        raise ValueError("year %d is out of range" % tm.tm_year)
    return u + tm.tm_gmtoff


def _local_to_utc(local, fold):
    """The POSIX time whose local wall clock reads `local` (in seconds, as
    if the wall clock were UTC); fold picks between repeated or skipped
    readings as PEP 495 describes."""
    shift = _wall(local) - local          # offset in force near `local`
    first = local - shift
    first_ok = _wall(first) == local
    if first_ok:
        # A reading that repeats has a twin a day's offset away on the
        # side fold asks for; same offset there means no twin.
        side = first + (86400 if fold else -86400)
        other = _wall(side) - side
        if other == shift:
            return first
    else:
        other = _wall(first) - first
    second = local - other
    if _wall(second) == local:
        return second
    if first_ok:
        return first
    # Skipped reading (a gap).
    if fold:
        return first if first < second else second
    return first if first > second else second


def _split_timestamp(t):
    """(whole seconds, microseconds) of a timestamp, rounded half to even."""
    if t.__class__ is int:
        return t, 0
    if isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        whole = int(whole)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        return whole, us
    return _as_int(t), 0


def _check_time_t(whole):
    if not -(1 << 63) <= whole < (1 << 63):
        raise OverflowError("timestamp out of range for platform time_t")


def _utc_fields(whole):
    days, secs = divmod(whole, 86400)
    o = days + _EPOCH_ORDINAL
    if o < 1:
        y = _from_ordinal(o)[0]
        raise ValueError("year %d is out of range" % y)
    if o > _MAX_ORDINAL:
        y = _from_ordinal(o)[0]
        raise ValueError("year %d is out of range" % y)
    y, m, d = _from_ordinal(o)
    h, secs = divmod(secs, 3600)
    mi, s = divmod(secs, 60)
    return y, m, d, h, mi, s


def _local_fields(whole):
    tm = _time.localtime(whole)
    s = tm.tm_sec
    if s > 59:
        s = 59
    return tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, s


def _local_fold(whole, fields):
    """1 when the local reading of `whole` also occurs earlier (the second
    pass through a repeated hour)."""
    now = _wall(whole)
    change = (now - whole) - (_wall(whole - 86400) - (whole - 86400))
    if change < 0 and _wall(whole + change) == now:
        return 1
    return 0


# ---------------------------------------------------------------------------
# timedelta

def _td(days, seconds, us, _set=object.__setattr__,
        _new=object.__new__):
    """A timedelta from fields already normalised."""
    self = _new(timedelta)
    _set(self, "_days", days)
    _set(self, "_seconds", seconds)
    _set(self, "_us", us)
    return self


def _td_us(total, _set=object.__setattr__, _new=object.__new__):
    """A timedelta of `total` microseconds."""
    days, rest = divmod(total, _US_PER_DAY)
    if days > _MAX_DAYS or days < -_MAX_DAYS:
        raise OverflowError("days=%d; must have magnitude <= %d"
                            % (days, _MAX_DAYS))
    seconds, us = divmod(rest, _US_PER_SECOND)
    self = _new(timedelta)
    _set(self, "_days", days)
    _set(self, "_seconds", seconds)
    _set(self, "_us", us)
    return self


_object_new = object.__new__
# Stores a field; a direct call is much quicker in coil than attribute
# assignment on a class with __slots__.
_set = object.__setattr__

# Components in the order their fractions are added up, with their sizes.
_TD_PARTS = (("microseconds", 1), ("milliseconds", 1000),
             ("seconds", _US_PER_SECOND), ("minutes", _US_PER_MINUTE),
             ("hours", _US_PER_HOUR), ("days", _US_PER_DAY),
             ("weeks", _US_PER_WEEK))


class timedelta:
    """Difference between two datetime values.

    timedelta(days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0)

    All arguments are optional and default to 0.
    Arguments may be integers or floats, and may be positive or negative."""

    __slots__ = ("_days", "_seconds", "_us", "_hash")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        if (days.__class__ is int and seconds.__class__ is int
                and microseconds.__class__ is int and milliseconds.__class__ is int
                and minutes.__class__ is int and hours.__class__ is int
                and weeks.__class__ is int):
            total = (((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60
            total = (total + seconds) * 1000000 + milliseconds * 1000 \
                + microseconds
        else:
            given = {"days": days, "seconds": seconds,
                     "microseconds": microseconds,
                     "milliseconds": milliseconds, "minutes": minutes,
                     "hours": hours, "weeks": weeks}
            total = 0
            spare = 0.0
            for name, size in _TD_PARTS:
                value = given[name]
                if isinstance(value, int):
                    total += int(value) * size
                elif isinstance(value, float):
                    frac, whole = _math.modf(value)
                    total += int(whole) * size
                    if frac:
                        part = frac * size
                        frac2, whole2 = _math.modf(part)
                        total += int(whole2)
                        spare += frac2
                else:
                    raise TypeError("unsupported type for timedelta %s "
                                    "component: %s"
                                    % (name, _tp(value)))
            if spare:
                whole = round(spare)
                if abs(whole - spare) == 0.5:
                    odd = total & 1
                    whole = 2.0 * round((spare + odd) * 0.5) - odd
                total += int(whole)
        days, rest = divmod(total, _US_PER_DAY)
        if days > _MAX_DAYS or days < -_MAX_DAYS:
            raise OverflowError("days=%d; must have magnitude <= %d"
                                % (days, _MAX_DAYS))
        secs, us = divmod(rest, _US_PER_SECOND)
        self = _object_new(cls)
        _set(self, "_days", days)
        _set(self, "_seconds", secs)
        _set(self, "_us", us)
        return self

    @property
    def days(self):
        """Number of days."""
        return self._days

    @property
    def seconds(self):
        """Number of seconds (>= 0 and less than 1 day)."""
        return self._seconds

    @property
    def microseconds(self):
        """Number of microseconds (>= 0 and less than 1 second)."""
        return self._us

    def _us_total(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._us

    def total_seconds(self):
        """Total seconds in the duration."""
        return _true_div(self._us_total(), 1000000)

    def __repr__(self):
        parts = []
        if self._days:
            parts.append("days=%d" % self._days)
        if self._seconds:
            parts.append("seconds=%d" % self._seconds)
        if self._us:
            parts.append("microseconds=%d" % self._us)
        return "%s(%s)" % (_shown_name(self), ", ".join(parts) or "0")

    def __str__(self):
        mins, s = divmod(self._seconds, 60)
        h, mins = divmod(mins, 60)
        text = "%d:%02d:%02d" % (h, mins, s)
        if self._us:
            text += ".%06d" % self._us
        d = self._days
        if d:
            plural = "s" if d != 1 and d != -1 else ""
            text = "%d day%s, %s" % (d, plural, text)
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td_us(self._us_total() + other._us_total())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td_us(self._us_total() - other._us_total())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _td_us(other._us_total() - self._us_total())
        return NotImplemented

    def __neg__(self):
        return _td_us(-self._us_total())

    def __pos__(self):
        return _td(self._days, self._seconds, self._us)

    def __abs__(self):
        if self._days < 0:
            return _td_us(-self._us_total())
        return _td(self._days, self._seconds, self._us)

    def __mul__(self, other):
        if isinstance(other, int):
            return _td_us(self._us_total() * other)
        if isinstance(other, float):
            num, den = _ratio(other)
            return _td_us(_div_nearest(self._us_total() * num, den))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us_total() // other._us_total()
        if isinstance(other, int):
            return _td_us(self._us_total() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return _true_div(self._us_total(), other._us_total())
        if isinstance(other, int):
            return _td_us(_div_nearest(self._us_total(), other))
        if isinstance(other, float):
            num, den = _ratio(other)
            return _td_us(_div_nearest(den * self._us_total(), num))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td_us(self._us_total() % other._us_total())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us_total(), other._us_total())
            return q, _td_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return (self._days == other._days and
                    self._seconds == other._seconds and
                    self._us == other._us)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return (self._days != other._days or
                    self._seconds != other._seconds or
                    self._us != other._us)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us_total() < other._us_total()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us_total() <= other._us_total()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us_total() > other._us_total()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us_total() >= other._us_total()
        return NotImplemented

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            pass
        h = hash((self._days, self._seconds, self._us))
        _set(self, "_hash", h)
        return h

    def __bool__(self):
        return bool(self._days or self._seconds or self._us)

    def __reduce__(self):
        return type(self), (self._days, self._seconds, self._us)

    def __reduce_ex__(self, protocol):
        return self.__reduce__()

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


timedelta.min = _td(-_MAX_DAYS, 0, 0)
timedelta.max = _td(_MAX_DAYS, 86399, 999999)
timedelta.resolution = _td(0, 0, 1)

_ZERO = _td(0, 0, 0)


# ---------------------------------------------------------------------------
# date

def _date_new(cls, y, m, d, _set=object.__setattr__, _new=object.__new__):
    """A date of class cls from valid fields (subclasses are called)."""
    if cls is date:
        self = _new(date)
        _set(self, "_year", y)
        _set(self, "_month", m)
        _set(self, "_day", d)
        return self
    return cls(y, m, d)


def _date_state(y, m, d):
    return bytes((y >> 8, y & 255, m, d))


def _from_state_ok(arg, size):
    if isinstance(arg, bytes):
        return len(arg) == size
    if isinstance(arg, str):
        return len(arg) == size and all(ord(c) < 256 for c in arg)
    return False


def _state_bytes(arg):
    if isinstance(arg, str):
        return arg.encode("latin-1")
    return arg


class date:
    """date(year, month, day) --> date object"""

    __slots__ = ("_year", "_month", "_day", "_hash")

    def __new__(cls, year, month=None, day=None):
        if (month is None and day is None and _from_state_ok(year, 4)
                and 1 <= _state_bytes(year)[2] & 127 <= 12):
            raw = _state_bytes(year)
            y, m, d = raw[0] * 256 + raw[1], raw[2], raw[3]
        else:
            if month is None:
                raise TypeError("function missing required argument "
                                "'month' (pos 2)")
            if day is None:
                raise TypeError("function missing required argument "
                                "'day' (pos 3)")
            y, m, d = _check_date(year, month, day)
        self = _object_new(cls)
        _set(self, "_year", y)
        _set(self, "_month", m)
        _set(self, "_day", d)
        return self

    # Alternative constructors

    @classmethod
    def today(cls):
        """Current date or datetime:  same as self.__class__.fromtimestamp(time.time())."""
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromtimestamp(cls, t):
        """Create a date from a POSIX timestamp.

        The timestamp is a number, e.g. created via time.time(), that is interpreted
        as local time."""
        if isinstance(t, float):
            if t != t:
                raise ValueError("Invalid value NaN (not a number)")
            whole = _math.floor(t)
        else:
            whole = _as_int(t)
        _check_time_t(whole)
        y, m, d = _local_fields(whole)[:3]
        return _date_new(cls, y, m, d)

    @classmethod
    def fromordinal(cls, n):
        """int -> date corresponding to a proleptic Gregorian ordinal."""
        n = _as_int(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > _MAX_ORDINAL:
            raise ValueError("year %d is out of range" % _from_ordinal(n)[0])
        y, m, d = _from_ordinal(n)
        return _date_new(cls, y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """str -> Construct a date from a string in ISO 8601 format."""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        n = len(date_string)
        if n not in (7, 8, 10):
            raise _iso_error(date_string)
        ymd = _read_iso_date(date_string)
        if ymd is None:
            raise _iso_error(date_string)
        if cls is date:
            y, m, d = _check_date(*ymd)
            return _date_new(date, y, m, d)
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """int, int, int -> Construct a date from the ISO year, week number and weekday.

        This is the inverse of the date.isocalendar() function"""
        year = _as_int(year)
        week = _as_int(week)
        day = _as_int(day)
        if not MINYEAR <= year <= MAXYEAR:
            raise ValueError("Year is out of range: %d" % year)
        if not 0 < week < 53:
            ok = False
            if week == 53:
                jan1 = (_to_ordinal(year, 1, 1) + 6) % 7
                ok = jan1 == 3 or (jan1 == 2 and _leap(year))
            if not ok:
                raise ValueError("Invalid week: %d" % week)
        if not 0 < day < 8:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        o = _iso_week1_monday(year) + (week - 1) * 7 + day - 1
        if not 1 <= o <= _MAX_ORDINAL:
            raise ValueError("year %d is out of range" % _from_ordinal(o)[0])
        y, m, d = _from_ordinal(o)
        return _date_new(cls, y, m, d)

    # Fields

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    # Text

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_shown_name(self), self._year,
                                   self._month, self._day)

    def isoformat(self):
        """Return string in ISO 8601 format, YYYY-MM-DD."""
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        if self.__class__ is not date:
            return self.isoformat()
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def ctime(self):
        """Return ctime() style string."""
        weekday = (self.toordinal() + 6) % 7
        return "%s %s %2d 00:00:00 %04d" % (
            _DAY_ABBR[weekday], _MONTH_ABBR[self._month], self._day,
            self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        if self.__class__ is date:
            return _expand_format(format, _NO_CLOCK_FIELDS,
                                  self._strftime_tuple)
        return _expand_format(format, _NO_CLOCK_FIELDS, self.timetuple)

    def _strftime_tuple(self):
        y, m, d = self._year, self._month, self._day
        return (y, m, d, 0, 0, 0, (_to_ordinal(y, m, d) + 6) % 7,
                _day_of_year(y, m, d), -1)

    def __format__(self, fmt):
        _format_check(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    # Calendar

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        y, m, d = self._year, self._month, self._day
        return _time.struct_time((y, m, d, 0, 0, 0,
                                  (_to_ordinal(y, m, d) + 6) % 7,
                                  _day_of_year(y, m, d), -1))

    def toordinal(self):
        """Return proleptic Gregorian ordinal.  January 1 of year 1 is day 1."""
        return _to_ordinal(self._year, self._month, self._day)

    def weekday(self):
        """Return the day of the week represented by the date.
Monday == 0 ... Sunday == 6"""
        return (_to_ordinal(self._year, self._month, self._day) + 6) % 7

    def isoweekday(self):
        """Return the day of the week represented by the date.
Monday == 1 ... Sunday == 7"""
        return (_to_ordinal(self._year, self._month, self._day) + 6) % 7 + 1

    def isocalendar(self):
        """Return a named tuple containing ISO year, week number, and weekday."""
        y = self._year
        o = _to_ordinal(y, self._month, self._day)
        monday = _iso_week1_monday(y)
        if o < monday:
            y -= 1
            monday = _iso_week1_monday(y)
        elif y < MAXYEAR or o >= monday + 364:
            following = _iso_week1_monday(y + 1)
            if o >= following:
                y += 1
                monday = following
        week, wd = divmod(o - monday, 7)
        return _IsoCalendarDate(y, week + 1, wd + 1)

    def replace(self, year=None, month=None, day=None):
        """Return date with new specified fields."""
        y, m, d = _check_date(self._year if year is None else year,
                              self._month if month is None else month,
                              self._day if day is None else day)
        new = _object_new(type(self))
        _set(new, "_year", y)
        _set(new, "_month", m)
        _set(new, "_day", d)
        return new

    # Comparison and hashing

    def __eq__(self, other):
        if isinstance(other, date):
            return (self._day == other._day and self._month == other._month
                    and self._year == other._year)
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date):
            return (self._day != other._day or self._month != other._month
                    or self._year != other._year)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date):
            return ((self._year, self._month, self._day) <
                    (other._year, other._month, other._day))
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date):
            return ((self._year, self._month, self._day) <=
                    (other._year, other._month, other._day))
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date):
            return ((self._year, self._month, self._day) >
                    (other._year, other._month, other._day))
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date):
            return ((self._year, self._month, self._day) >=
                    (other._year, other._month, other._day))
        return NotImplemented

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            pass
        h = hash(_date_state(self._year, self._month, self._day))
        _set(self, "_hash", h)
        return h

    # Arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = _to_ordinal(self._year, self._month, self._day) + other._days
            if 0 < o <= _MAX_ORDINAL:
                y, m, d = _from_ordinal(o)
                return _date_new(type(self), y, m, d)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            o = _to_ordinal(self._year, self._month, self._day) - other._days
            if 0 < o <= _MAX_ORDINAL:
                y, m, d = _from_ordinal(o)
                return _date_new(type(self), y, m, d)
            raise OverflowError("date value out of range")
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            days = (_to_ordinal(self._year, self._month, self._day) -
                    _to_ordinal(other._year, other._month, other._day))
            return _td(days, 0, 0)
        return NotImplemented

    # Pickling

    def __reduce__(self):
        return type(self), (_date_state(self._year, self._month, self._day),)

    def __reduce_ex__(self, protocol):
        return self.__reduce__()


class _NoClock:
    """Stand-in used by date.strftime: no microseconds, no zone."""
    _microsecond = 0

    @staticmethod
    def utcoffset():
        return None

    @staticmethod
    def tzname():
        return None


_NO_CLOCK_FIELDS = _NoClock()

date.min = _date_new(date, 1, 1, 1)
date.max = _date_new(date, 9999, 12, 31)
date.resolution = _td(1, 0, 0)


class IsoCalendarDate(tuple):

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    year = property(lambda self: self[0], doc="ISO year")
    week = property(lambda self: self[1], doc="ISO week number, 1 to 53")
    weekday = property(lambda self: self[2], doc="ISO weekday, 1 to 7")

    def __reduce__(self):
        return tuple, (tuple(self),)

    def __reduce_ex__(self, protocol):
        return self.__reduce__()

    def __repr__(self):
        return ("%s(year=%d, week=%d, weekday=%d)"
                % (_shown_name(self), self[0], self[1], self[2]))


_IsoCalendarDate = IsoCalendarDate
del IsoCalendarDate


# ---------------------------------------------------------------------------
# tzinfo

class tzinfo:
    """Abstract base class for time zone info objects."""

    __slots__ = ()

    def tzname(self, dt):
        "datetime -> string name of time zone."
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        "datetime -> timedelta showing offset from UTC, negative values indicating West of UTC"
        raise NotImplementedError("a tzinfo subclass must implement "
                                  "utcoffset()")

    def dst(self, dt):
        "datetime -> DST offset as timedelta positive east of UTC."
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        "datetime in UTC -> datetime in local time."
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _offset_checked(self.utcoffset(dt), "utcoffset")
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        saving = _offset_checked(self.dst(dt), "dst")
        if saving is None:
            raise ValueError("fromutc: non-None dst() result required")
        standard = off - saving
        if standard:
            dt = dt + standard
            saving = _offset_checked(dt.dst(), "dst")
            if saving is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent "
                                 "results; cannot convert")
        if saving:
            return dt + saving
        return dt

    def __reduce__(self):
        initargs = getattr(self, "__getinitargs__", None)
        args = initargs() if initargs is not None else ()
        getstate = getattr(self, "__getstate__", None)
        if getstate is not None:
            state = getstate()
        else:
            state = getattr(self, "__dict__", None) or None
        return type(self), args, state

    def __reduce_ex__(self, protocol):
        return self.__reduce__()


# ---------------------------------------------------------------------------
# time

def _time_new(cls, h, mi, s, us, tz, fold, _set=object.__setattr__,
              _new=object.__new__):
    if cls is time:
        self = _new(time)
        _set(self, "_hour", h)
        _set(self, "_minute", mi)
        _set(self, "_second", s)
        _set(self, "_microsecond", us)
        _set(self, "_tzinfo", tz)
        _set(self, "_fold", fold)
        return self
    if fold:
        return cls(h, mi, s, us, tz, fold=fold)
    return cls(h, mi, s, us, tz)


class time:
    """time([hour[, minute[, second[, microsecond[, tzinfo]]]]]) --> a time object

All arguments are optional. tzinfo may be None, or an instance of
a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_fold", "_hash")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None,
                *, fold=0):
        if (hour.__class__ is not int and second == 0 and microsecond == 0
                and tzinfo is None and _from_state_ok(hour, 6)
                and _state_bytes(hour)[0] & 127 < 24):
            raw = _state_bytes(hour)
            h = raw[0]
            fold = 0
            if h > 127:
                h -= 128
                fold = 1
            tz = None
            if minute != 0:
                tz = minute
                if tz is not None and not isinstance(tz, _tzinfo_class):
                    raise TypeError("bad tzinfo state arg")
            self = _object_new(cls)
            _set(self, "_hour", h)
            _set(self, "_minute", raw[1])
            _set(self, "_second", raw[2])
            _set(self, "_microsecond", (raw[3] << 16) | (raw[4] << 8) | raw[5])
            _set(self, "_tzinfo", tz)
            _set(self, "_fold", fold)
            return self
        if (hour.__class__ is not int or minute.__class__ is not int or
                second.__class__ is not int or microsecond.__class__ is not int or
                not 0 <= hour <= 23 or not 0 <= minute <= 59 or
                not 0 <= second <= 59 or not 0 <= microsecond <= 999999 or
                (fold != 0 and fold != 1)):
            hour, minute, second, microsecond = _check_clock(
                hour, minute, second, microsecond, fold)
        if tzinfo is not None and not isinstance(tzinfo, _tzinfo_class):
            _check_tz(tzinfo)
        self = _object_new(cls)
        _set(self, "_hour", hour)
        _set(self, "_minute", minute)
        _set(self, "_second", second)
        _set(self, "_microsecond", microsecond)
        _set(self, "_tzinfo", tzinfo)
        _set(self, "_fold", fold)
        return self

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    @classmethod
    def fromisoformat(cls, time_string):
        """string -> time from a string in ISO 8601 format"""
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        text = time_string
        if text[:1] == "T":
            text = text[1:]
        parts = _read_iso_time(text)
        if parts is None:
            raise _iso_error(time_string)
        h, mi, s, us, tz = parts
        if cls is time:
            _check_clock(h, mi, s, us, 0)
            return _time_new(time, h, mi, s, us, tz, 0)
        return cls(h, mi, s, us, tz)

    # Zone

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        tz = self._tzinfo
        if tz is None:
            return None
        return _offset_checked(tz.utcoffset(None), "utcoffset")

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        tz = self._tzinfo
        if tz is None:
            return None
        return _offset_checked(tz.dst(None), "dst")

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        tz = self._tzinfo
        if tz is None:
            return None
        return _name_checked(tz.tzname(None))

    # Text

    def __repr__(self):
        h, mi, s, us = self._hour, self._minute, self._second, \
            self._microsecond
        if us:
            text = "%s(%d, %d, %d, %d" % (_shown_name(self), h, mi, s, us)
        elif s:
            text = "%s(%d, %d, %d" % (_shown_name(self), h, mi, s)
        else:
            text = "%s(%d, %d" % (_shown_name(self), h, mi)
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def isoformat(self, timespec="auto"):
        """Return string in ISO 8601 format, [HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].

The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        text = _clock_text(self._hour, self._minute, self._second,
                           self._microsecond, timespec)
        if self._tzinfo is not None:
            off = self.utcoffset()
            if off is not None:
                text += _offset_text(off, ":")
        return text

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        """format -> strftime() style string."""
        return _expand_format(format, self, self._strftime_tuple)

    def _strftime_tuple(self):
        return (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)

    def __format__(self, fmt):
        _format_check(fmt)
        if fmt:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        """Return time with new specified fields."""
        fold = self._fold if fold is None else fold
        hour, minute, second, microsecond = _check_clock(
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond, fold)
        if tzinfo is True:
            tzinfo = self._tzinfo
        _check_tz(tzinfo)
        new = _object_new(type(self))
        _set(new, "_hour", hour)
        _set(new, "_minute", minute)
        _set(new, "_second", second)
        _set(new, "_microsecond", microsecond)
        _set(new, "_tzinfo", tzinfo)
        _set(new, "_fold", fold)
        return new

    # Comparison

    def _us_of_day(self):
        return (((self._hour * 60 + self._minute) * 60 + self._second)
                * 1000000 + self._microsecond)

    def _compare(self, other, equality):
        """A number <0, 0, >0 comparing with another time, or None when
        naive and aware values meet in an (in)equality test."""
        mine = self._tzinfo
        theirs = other._tzinfo
        a = self._us_of_day()
        b = other._us_of_day()
        if mine is theirs:
            return a - b
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if off1 is None and off2 is None:
            return a - b
        if off1 is None or off2 is None:
            if equality:
                return None
            raise TypeError("can't compare offset-naive and offset-aware "
                            "times")
        return (a - off1._us_total()) - (b - off2._us_total())

    def __eq__(self, other):
        if isinstance(other, time):
            c = self._compare(other, True)
            return c == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            c = self._compare(other, True)
            return c != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            pass
        if self._fold:
            plain = self.replace(fold=0)
        else:
            plain = self
        off = plain.utcoffset()
        if off is None:
            h = hash((self._hour, self._minute, self._second,
                      self._microsecond))
        else:
            h = hash(("time", self._us_of_day() - off._us_total()))
        _set(self, "_hash", h)
        return h

    def __bool__(self):
        return True

    # Pickling

    def _state(self, protocol):
        us = self._microsecond
        h = self._hour
        if self._fold and protocol > 3:
            h += 128
        return bytes((h, self._minute, self._second,
                      us >> 16, (us >> 8) & 255, us & 255))

    def __reduce_ex__(self, protocol):
        if self._tzinfo is None:
            return type(self), (self._state(protocol),)
        return type(self), (self._state(protocol), self._tzinfo)

    def __reduce__(self):
        return self.__reduce_ex__(2)


_tzinfo_class = tzinfo

time.min = _time_new(time, 0, 0, 0, 0, None, 0)
time.max = _time_new(time, 23, 59, 59, 999999, None, 0)
time.resolution = _td(0, 0, 1)


# ---------------------------------------------------------------------------
# datetime

def _dt_new(cls, y, m, d, h, mi, s, us, tz, fold, _set=object.__setattr__,
            _new=object.__new__):
    """A datetime of class cls from valid fields (subclasses are called)."""
    if cls is datetime:
        self = _new(datetime)
        _set(self, "_year", y)
        _set(self, "_month", m)
        _set(self, "_day", d)
        _set(self, "_hour", h)
        _set(self, "_minute", mi)
        _set(self, "_second", s)
        _set(self, "_microsecond", us)
        _set(self, "_tzinfo", tz)
        _set(self, "_fold", fold)
        return self
    if fold:
        return cls(y, m, d, h, mi, s, us, tz, fold=fold)
    return cls(y, m, d, h, mi, s, us, tz)


def _dt_from_us(cls, total, tz, fold=0):
    """A datetime from microseconds since 0001-01-01 00:00 (ordinal 1)."""
    days, rest = divmod(total, _US_PER_DAY)
    o = days + 1
    if not 0 < o <= _MAX_ORDINAL:
        raise OverflowError("date value out of range")
    y, m, d = _from_ordinal(o)
    secs, us = divmod(rest, 1000000)
    h, secs = divmod(secs, 3600)
    mi, s = divmod(secs, 60)
    return _dt_new(cls, y, m, d, h, mi, s, us, tz, fold)


class datetime(date):
    """datetime(year, month, day[, hour[, minute[, second[, microsecond[,tzinfo]]]]])

The year, month and day arguments are required. tzinfo may be None, or an
instance of a tzinfo subclass. The remaining arguments may be ints.
"""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo",
                 "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        if day is None and year.__class__ is not int:
            if _from_state_ok(year, 10) and \
                    1 <= _state_bytes(year)[2] & 127 <= 12:
                raw = _state_bytes(year)
                m = raw[2]
                fold = 0
                if m > 127:
                    m -= 128
                    fold = 1
                self = _object_new(cls)
                _set(self, "_year", raw[0] * 256 + raw[1])
                _set(self, "_month", m)
                _set(self, "_day", raw[3])
                _set(self, "_hour", raw[4])
                _set(self, "_minute", raw[5])
                _set(self, "_second", raw[6])
                _set(self, "_microsecond", (raw[7] << 16) | (raw[8] << 8) | raw[9])
                _set(self, "_tzinfo", month)
                if month is not None and \
                        not isinstance(month, _tzinfo_class):
                    raise TypeError("bad tzinfo state arg")
                _set(self, "_fold", fold)
                return self
            if month is None:
                raise TypeError("function missing required argument "
                                "'month' (pos 2)")
        if day is None:
            raise TypeError("function missing required argument "
                            "'day' (pos 3)")
        if (year.__class__ is not int or month.__class__ is not int or
                day.__class__ is not int or not 1 <= year <= 9999 or
                not 1 <= month <= 12 or not 1 <= day <= 28):
            year, month, day = _check_date(year, month, day)
        if (hour.__class__ is not int or minute.__class__ is not int or
                second.__class__ is not int or microsecond.__class__ is not int or
                not 0 <= hour <= 23 or not 0 <= minute <= 59 or
                not 0 <= second <= 59 or not 0 <= microsecond <= 999999 or
                (fold != 0 and fold != 1)):
            hour, minute, second, microsecond = _check_clock(
                hour, minute, second, microsecond, fold)
        if tzinfo is not None and not isinstance(tzinfo, _tzinfo_class):
            _check_tz(tzinfo)
        self = _object_new(cls)
        _set(self, "_year", year)
        _set(self, "_month", month)
        _set(self, "_day", day)
        _set(self, "_hour", hour)
        _set(self, "_minute", minute)
        _set(self, "_second", second)
        _set(self, "_microsecond", microsecond)
        _set(self, "_tzinfo", tzinfo)
        _set(self, "_fold", fold)
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    # Alternative constructors

    @classmethod
    def _from_posix(cls, t, tz, utc):
        whole, us = _split_timestamp(t)
        _check_time_t(whole)
        if utc or tz is not None:
            y, m, d, h, mi, s = _utc_fields(whole)
            fold = 0
        else:
            fields = _local_fields(whole)
            y, m, d, h, mi, s = fields
            if not MINYEAR <= y <= MAXYEAR:
                raise ValueError("year %d is out of range" % y)
            fold = _local_fold(whole, fields)
        if tz is None:
            return _dt_new(cls, y, m, d, h, mi, s, us, None, fold)
        result = _dt_new(cls, y, m, d, h, mi, s, us, tz, 0)
        return tz.fromutc(result)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """timestamp[, tz] -> tz's local time from POSIX timestamp."""
        _check_tz(tz)
        return cls._from_posix(t, tz, False)

    @classmethod
    def utcfromtimestamp(cls, t):
        """Construct a naive UTC datetime from a POSIX timestamp."""
        return cls._from_posix(t, None, True)

    @classmethod
    def now(cls, tz=None):
        """Returns new datetime object representing current time local to tz.

  tz
    Timezone object.

If no tz is specified, uses local timezone."""
        _check_tz(tz)
        return cls._from_posix(_time.time(), tz, False)

    @classmethod
    def utcnow(cls):
        """Return a new datetime representing UTC day and time."""
        return cls._from_posix(_time.time(), None, True)

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        """date, time -> datetime with same date and time fields"""
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, "
                            "not %s" % _arg_tp(date))
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, "
                            "not %s" % _arg_tp(time))
        if tzinfo is True:
            tzinfo = time._tzinfo
        else:
            _check_tz(tzinfo)
        return _dt_new(cls, date._year, date._month, date._day, time._hour,
                       time._minute, time._second, time._microsecond, tzinfo,
                       time._fold)

    @classmethod
    def fromisoformat(cls, date_string):
        """string -> datetime from a string in most ISO 8601 formats"""
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        n = len(s)
        if (n == 19 or (n == 26 and s[19] == ".")) and s[4] == "-" and \
                s[7] == "-" and s[13] == ":" and s[16] == ":":
            # The usual YYYY-MM-DD?HH:MM:SS[.ffffff], without a zone.
            digits = s[0:4] + s[5:7] + s[8:10] + s[11:13] + s[14:16] + \
                s[17:19] + s[20:26]
            if digits.isdigit() and digits.isascii():
                y = int(s[0:4])
                m = int(s[5:7])
                d = int(s[8:10])
                h = int(s[11:13])
                mi = int(s[14:16])
                sec = int(s[17:19])
                us = int(s[20:26]) if n == 26 else 0
                if cls is datetime:
                    if not (1 <= m <= 12 and 1 <= d <= 28 and y >= 1):
                        y, m, d = _check_date(y, m, d)
                    if h > 23 or mi > 59 or sec > 59:
                        _check_clock(h, mi, sec, us, 0)
                    return _dt_new(datetime, y, m, d, h, mi, sec, us, None, 0)
                return cls(y, m, d, h, mi, sec, us, None)
        cut = _date_part_length(s)
        ymd = _read_iso_date(s[:cut])
        if ymd is None:
            raise _iso_error(s)
        if len(s) > cut:
            parts = _read_iso_time(s[cut + 1:])
            if parts is None:
                raise _iso_error(s)
            h, mi, sec, us, tz = parts
        else:
            h = mi = sec = us = 0
            tz = None
        if cls is datetime:
            y, m, d = _check_date(*ymd)
            _check_clock(h, mi, sec, us, 0)
            return _dt_new(datetime, y, m, d, h, mi, sec, us, tz, 0)
        return cls(ymd[0], ymd[1], ymd[2], h, mi, sec, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        """string, format -> new datetime parsed from a string (like time.strptime())."""
        import _strptime
        return _strptime._strptime_datetime(cls, date_string, format)

    # Parts

    def date(self):
        """Return date object with same year, month and day."""
        return _date_new(_date_class, self._year, self._month, self._day)

    def time(self):
        """Return time object with same time but with tzinfo=None."""
        return _time_new(_time_class, self._hour, self._minute, self._second,
                         self._microsecond, None, self._fold)

    def timetz(self):
        """Return time object with same time and tzinfo."""
        return _time_new(_time_class, self._hour, self._minute, self._second,
                         self._microsecond, self._tzinfo, self._fold)

    # Zone

    def utcoffset(self):
        """Return self.tzinfo.utcoffset(self)."""
        tz = self._tzinfo
        if tz is None:
            return None
        return _offset_checked(tz.utcoffset(self), "utcoffset")

    def dst(self):
        """Return self.tzinfo.dst(self)."""
        tz = self._tzinfo
        if tz is None:
            return None
        return _offset_checked(tz.dst(self), "dst")

    def tzname(self):
        """Return self.tzinfo.tzname(self)."""
        tz = self._tzinfo
        if tz is None:
            return None
        return _name_checked(tz.tzname(self))

    # Conversions

    def _us_since_origin(self):
        """Microseconds since 0001-01-01 00:00, ignoring the zone."""
        return ((((_to_ordinal(self._year, self._month, self._day) - 1) * 24
                  + self._hour) * 60 + self._minute) * 60
                + self._second) * 1000000 + self._microsecond

    def _local_seconds(self):
        """Wall-clock seconds since the epoch (no zone applied)."""
        return ((((_to_ordinal(self._year, self._month, self._day)
                   - _EPOCH_ORDINAL) * 24 + self._hour) * 60 + self._minute)
                * 60 + self._second)

    def timestamp(self):
        """Return POSIX timestamp as float."""
        if self._tzinfo is not None:
            off = self.utcoffset()
            if off is not None:
                total = (self._us_since_origin() - off._us_total()
                         - (_EPOCH_ORDINAL - 1) * _US_PER_DAY)
                return _true_div(total, 1000000)
        u = _local_to_utc(self._local_seconds(), self._fold)
        return u + self._microsecond / 1e6

    def timetuple(self):
        """Return time tuple, compatible with time.localtime()."""
        saving = self.dst()
        if saving is None:
            flag = -1
        elif saving:
            flag = 1
        else:
            flag = 0
        y, m, d = self._year, self._month, self._day
        return _time.struct_time((y, m, d, self._hour, self._minute,
                                  self._second,
                                  (_to_ordinal(y, m, d) + 6) % 7,
                                  _day_of_year(y, m, d), flag))

    def utctimetuple(self):
        """Return UTC time tuple, compatible with time.localtime()."""
        off = self.utcoffset()
        target = self
        if off:
            target = _dt_from_us(datetime, self._us_since_origin()
                                 - off._us_total(), None)
        y, m, d = target._year, target._month, target._day
        return _time.struct_time((y, m, d, target._hour, target._minute,
                                  target._second,
                                  (_to_ordinal(y, m, d) + 6) % 7,
                                  _day_of_year(y, m, d), 0))

    def _local_zone(self):
        """The fixed-offset timezone this naive local datetime is in."""
        u = _local_to_utc(self._local_seconds(), self._fold)
        tm = _time.localtime(u)
        return timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)

    def astimezone(self, tz=None):
        """tz -> convert to local time in new timezone tz"""
        if tz is not None:
            _check_tz(tz)
        mine = self._tzinfo
        off = None
        if mine is not None:
            off = self.utcoffset()
        if off is None:
            u = _local_to_utc(self._local_seconds(), self._fold)
            off_us = _local_offset(u) * 1000000
        else:
            if tz is mine:
                return self
            off_us = off._us_total()
        utc_us = self._us_since_origin() - off_us
        if tz is None:
            secs = utc_us // 1000000 - (_EPOCH_ORDINAL - 1) * 86400
            tm = _time.localtime(secs)
            tz = timezone(timedelta(seconds=tm.tm_gmtoff), tm.tm_zone)
        return tz.fromutc(_dt_from_us(type(self), utc_us, tz))

    # Text

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour,
                  self._minute, self._second, self._microsecond]
        if fields[6] == 0:
            del fields[6]
            if fields[5] == 0:
                del fields[5]
        text = "%s(%s" % (_shown_name(self), ", ".join(map(str, fields)))
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return text + ")"

    def isoformat(self, sep="T", timespec="auto"):
        """[sep] -> string in ISO 8601 format, YYYY-MM-DDT[HH[:MM[:SS[.mmm[uuu]]]]][+HH:MM].
sep is used to separate the year from the time, and defaults to 'T'.
The optional argument timespec specifies the number of additional terms
of the time to include. Valid options are 'auto', 'hours', 'minutes',
'seconds', 'milliseconds' and 'microseconds'.
"""
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError("isoformat() argument 1 must be a unicode "
                            "character, not %s" % _arg_tp(sep))
        text = "%04d-%02d-%02d%s%s" % (
            self._year, self._month, self._day, sep,
            _clock_text(self._hour, self._minute, self._second,
                        self._microsecond, timespec))
        if self._tzinfo is not None:
            off = self.utcoffset()
            if off is not None:
                text += _offset_text(off, ":")
        return text

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        """Return ctime() style string."""
        weekday = (_to_ordinal(self._year, self._month, self._day) + 6) % 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAY_ABBR[weekday], _MONTH_ABBR[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def strftime(self, format):
        """format -> strftime() style string."""
        if self.__class__ is datetime:
            return _expand_format(format, self, self._strftime_tuple)
        return _expand_format(format, self, self.timetuple)

    def _strftime_tuple(self):
        flag = -1
        if self._tzinfo is not None:
            saving = self.dst()
            if saving is not None:
                flag = 1 if saving else 0
        y, m, d = self._year, self._month, self._day
        return (y, m, d, self._hour, self._minute, self._second,
                (_to_ordinal(y, m, d) + 6) % 7, _day_of_year(y, m, d), flag)

    def replace(self, year=None, month=None, day=None, hour=None,
                minute=None, second=None, microsecond=None, tzinfo=True,
                *, fold=None):
        """Return datetime with new specified fields."""
        year, month, day = _check_date(
            self._year if year is None else year,
            self._month if month is None else month,
            self._day if day is None else day)
        fold = self._fold if fold is None else fold
        hour, minute, second, microsecond = _check_clock(
            self._hour if hour is None else hour,
            self._minute if minute is None else minute,
            self._second if second is None else second,
            self._microsecond if microsecond is None else microsecond, fold)
        if tzinfo is True:
            tzinfo = self._tzinfo
        _check_tz(tzinfo)
        new = _object_new(type(self))
        _set(new, "_year", year)
        _set(new, "_month", month)
        _set(new, "_day", day)
        _set(new, "_hour", hour)
        _set(new, "_minute", minute)
        _set(new, "_second", second)
        _set(new, "_microsecond", microsecond)
        _set(new, "_tzinfo", tzinfo)
        _set(new, "_fold", fold)
        return new

    # Comparison

    def _fold_sensitive(self):
        """True when flipping fold would change utcoffset()."""
        tz = self._tzinfo
        if tz is None:
            return False
        flipped = _dt_new(datetime, self._year, self._month, self._day,
                          self._hour, self._minute, self._second,
                          self._microsecond, tz, 1 - self._fold)
        return self.utcoffset() != flipped.utcoffset()

    def _compare(self, other, equality):
        mine = self._tzinfo
        theirs = other._tzinfo
        if mine is theirs:
            a = (self._year, self._month, self._day, self._hour,
                 self._minute, self._second, self._microsecond)
            b = (other._year, other._month, other._day, other._hour,
                 other._minute, other._second, other._microsecond)
            return 0 if a == b else (-1 if a < b else 1)
        off1 = self.utcoffset()
        off2 = other.utcoffset()
        if equality and (off1 is not None or off2 is not None):
            if self._fold_sensitive() or other._fold_sensitive():
                return None
        if off1 is None and off2 is None:
            a = self._us_since_origin()
            b = other._us_since_origin()
            return a - b
        if off1 is None or off2 is None:
            if equality:
                return None
            raise TypeError("can't compare offset-naive and offset-aware "
                            "datetimes")
        return ((self._us_since_origin() - off1._us_total()) -
                (other._us_since_origin() - off2._us_total()))

    def _check_other(self, other):
        if isinstance(other, datetime):
            return True
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s"
                            % (_shown_name(self), _shown_name(other)))
        return False

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._compare(other, True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, datetime) and self._tzinfo is other._tzinfo:
            return ((self._year, self._month, self._day, self._hour,
                     self._minute, self._second, self._microsecond) <
                    (other._year, other._month, other._day, other._hour,
                     other._minute, other._second, other._microsecond))
        if self._check_other(other):
            return self._compare(other, False) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, datetime) and self._tzinfo is other._tzinfo:
            return ((self._year, self._month, self._day, self._hour,
                     self._minute, self._second, self._microsecond) <=
                    (other._year, other._month, other._day, other._hour,
                     other._minute, other._second, other._microsecond))
        if self._check_other(other):
            return self._compare(other, False) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, datetime) and self._tzinfo is other._tzinfo:
            return ((self._year, self._month, self._day, self._hour,
                     self._minute, self._second, self._microsecond) >
                    (other._year, other._month, other._day, other._hour,
                     other._minute, other._second, other._microsecond))
        if self._check_other(other):
            return self._compare(other, False) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, datetime) and self._tzinfo is other._tzinfo:
            return ((self._year, self._month, self._day, self._hour,
                     self._minute, self._second, self._microsecond) >=
                    (other._year, other._month, other._day, other._hour,
                     other._minute, other._second, other._microsecond))
        if self._check_other(other):
            return self._compare(other, False) >= 0
        return NotImplemented

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            pass
        if self._fold:
            plain = self.replace(fold=0)
        else:
            plain = self
        off = plain.utcoffset()
        if off is None:
            h = hash((self._year, self._month, self._day, self._hour,
                      self._minute, self._second, self._microsecond))
        else:
            h = hash(("datetime",
                      self._us_since_origin() - off._us_total()))
        _set(self, "_hash", h)
        return h

    # Arithmetic

    def __add__(self, other):
        if isinstance(other, timedelta):
            if other._days == 0 and self.__class__ is datetime:
                # Within a day or two: carry by hand, no day numbers.
                us = self._microsecond + other._us
                secs = (self._hour * 3600 + self._minute * 60 + self._second
                        + other._seconds)
                if us >= 1000000:
                    us -= 1000000
                    secs += 1
                if secs < 86400:
                    h, secs = divmod(secs, 3600)
                    mi, sec = divmod(secs, 60)
                    return _dt_new(datetime, self._year, self._month,
                                   self._day, h, mi, sec, us, self._tzinfo, 0)
            total = self._us_since_origin() + other._us_total()
            return _dt_from_us(type(self), total, self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            total = self._us_since_origin() - other._us_total()
            return _dt_from_us(type(self), total, self._tzinfo)
        if isinstance(other, datetime):
            if (self._tzinfo is other._tzinfo and self._year == other._year
                    and self._month == other._month):
                # Same month and zone: no day numbers needed.
                return _td_us(
                    ((((self._day - other._day) * 24
                       + self._hour - other._hour) * 60
                      + self._minute - other._minute) * 60
                     + self._second - other._second) * 1000000
                    + self._microsecond - other._microsecond)
            a = self._us_since_origin()
            b = other._us_since_origin()
            if self._tzinfo is not other._tzinfo:
                off1 = self.utcoffset()
                off2 = other.utcoffset()
                if (off1 is None) != (off2 is None):
                    raise TypeError("can't subtract offset-naive and "
                                    "offset-aware datetimes")
                if off1 is not None:
                    a -= off1._us_total()
                    b -= off2._us_total()
            return _td_us(a - b)
        return NotImplemented

    # Pickling

    def _state(self, protocol):
        y, us = self._year, self._microsecond
        m = self._month
        if self._fold and protocol > 3:
            m += 128
        return bytes((y >> 8, y & 255, m, self._day, self._hour,
                      self._minute, self._second,
                      us >> 16, (us >> 8) & 255, us & 255))

    def __reduce_ex__(self, protocol):
        if self._tzinfo is None:
            return type(self), (self._state(protocol),)
        return type(self), (self._state(protocol), self._tzinfo)

    def __reduce__(self):
        return self.__reduce_ex__(2)


_date_class = date
_time_class = time

datetime.min = _dt_new(datetime, 1, 1, 1, 0, 0, 0, 0, None, 0)
datetime.max = _dt_new(datetime, 9999, 12, 31, 23, 59, 59, 999999, None, 0)
datetime.resolution = _td(0, 0, 1)


# ---------------------------------------------------------------------------
# timezone

_NO_NAME = object()


class timezone(tzinfo):
    """Fixed offset from UTC implementation of tzinfo."""

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=_NO_NAME):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be "
                            "datetime.timedelta, not %s"
                            % _arg_tp(offset))
        if name is _NO_NAME:
            name = None
            if not offset and _UTC is not None:
                return _UTC
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s"
                            % _arg_tp(name))
        if not -_US_PER_DAY < offset._us_total() < _US_PER_DAY:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), "
                             "not %r." % (offset,))
        return cls._make(offset, name)

    @classmethod
    def _make(cls, offset, name):
        self = tzinfo.__new__(cls)
        _set(self, "_offset", offset)
        _set(self, "_name", name)
        return self

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 'datetime.timezone' is not an acceptable "
                        "base type")

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)

    def __reduce__(self):
        return type(self), self.__getinitargs__(), None

    def __eq__(self, other):
        if not isinstance(other, timezone):
            return NotImplemented
        return other._offset == self._offset

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is _UTC:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_shown_name(self), self._offset)
        return "%s(%r, %r)" % (_shown_name(self), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def _check_arg(self, dt, what):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError("%s(dt) argument must be a datetime instance or "
                            "None, not %s" % (what, _tp(dt)))

    def utcoffset(self, dt):
        """Return fixed offset."""
        if dt is not None and not isinstance(dt, datetime):
            self._check_arg(dt, "utcoffset")
        return self._offset

    def tzname(self, dt):
        """If name is specified when timezone is created, returns the name.  Otherwise returns offset as 'UTC(+|-)HH:MM'."""
        if dt is not None and not isinstance(dt, datetime):
            self._check_arg(dt, "tzname")
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _offset_text(self._offset, ":")

    def dst(self, dt):
        """Return None."""
        if dt is not None and not isinstance(dt, datetime):
            self._check_arg(dt, "dst")
        return None

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt._tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        if self is _UTC and dt.__class__ is datetime:
            return dt
        return dt + self._offset

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_UTC = None
_UTC = timezone._make(_ZERO, None)
timezone.utc = _UTC
timezone.min = timezone._make(_td(-1, 60, 0), None)
timezone.max = timezone._make(_td(0, 86340, 0), None)
UTC = _UTC

_PUBLIC_NAMES = {
    date: "datetime.date",
    datetime: "datetime.datetime",
    time: "datetime.time",
    timedelta: "datetime.timedelta",
    timezone: "datetime.timezone",
    tzinfo: "datetime.tzinfo",
    _IsoCalendarDate: "datetime.IsoCalendarDate",
}


def __dir__():
    """dir(datetime): the public names, as with CPython's C module."""
    return sorted(name for name in globals()
                  if not name.startswith("_") or name.endswith("__"))

"""Parsing of date and time text by strftime-style formats, for coil.

`datetime.datetime.strptime` comes here (`_strptime_datetime`).  A format
is translated once into a regular expression plus a list saying which
directive each group belongs to; the translation is cached.  Names are
those of the C locale.  `_strptime_time` hands the work to the native
`time.strptime`.
"""

import re as _re
import sys as _sys
import time as _time

__all__ = []

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday",
             "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july",
           "august", "september", "october", "november", "december")


def _names(words, short):
    """Alternatives for the names (or their three-letter forms)."""
    forms = {w[:3] for w in words} if short else set(words)
    return "|".join(sorted(forms, key=lambda w: (-len(w), w)))


# What each directive matches (C locale); alternatives prefer the longest.
_PATTERNS = {
    "a": _names(_WEEKDAYS, True),
    "A": _names(_WEEKDAYS, False),
    "b": _names(_MONTHS, True),
    "B": _names(_MONTHS, False),
    "d": r"3[01]|[12][0-9]|0?[1-9]| [1-9]",
    "f": r"[0-9]{1,6}",
    "G": r"[0-9]{4}",
    "H": r"2[0-3]|[01][0-9]|[0-9]",
    "I": r"1[0-2]|0?[1-9]",
    "j": r"36[0-6]|3[0-5][0-9]|[12][0-9][0-9]|0[1-9][0-9]|00[1-9]"
         r"|[1-9][0-9]|0?[1-9]",
    "m": r"1[0-2]|0?[1-9]",
    "M": r"[0-5][0-9]|[0-9]",
    "p": r"am|pm",
    "S": r"6[01]|[0-5][0-9]|[0-9]",
    "U": r"5[0-3]|[0-4][0-9]|[0-9]",
    "W": r"5[0-3]|[0-4][0-9]|[0-9]",
    "V": r"5[0-3]|0[1-9]|[1-4][0-9]|[0-9]",
    "u": r"[1-7]",
    "w": r"[0-6]",
    "y": r"[0-9][0-9]",
    "Y": r"[0-9][0-9][0-9][0-9]",
    "z": r"[+-][0-9][0-9]:?[0-5][0-9](?::?[0-5][0-9](?:\.[0-9]{1,6})?)?"
         r"|(?-i:Z)",
}

_SHORTHANDS = {
    "c": "%a %b %d %H:%M:%S %Y",
    "x": "%m/%d/%y",
    "X": "%H:%M:%S",
}

_cache = {}
_zone_key = None


def _zone_names():
    names = {"utc", "gmt"}
    for n in _time.tzname:
        if n:
            names.add(n.lower())
    return names


def _translate(fmt, out_kinds, out_parts, zones):
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            if i + 1 >= n:
                raise ValueError("stray %% in format '%s'" % fmt)
            d = fmt[i + 1]
            i += 2
            if d == "%":
                out_parts.append("%")
            elif d in _SHORTHANDS:
                _translate(_SHORTHANDS[d], out_kinds, out_parts, zones)
            elif d == "Z":
                alts = sorted(zones, key=lambda w: (-len(w), w))
                out_parts.append("(" + "|".join(_re.escape(z) for z in alts)
                                 + ")")
                out_kinds.append("Z")
            elif d in _PATTERNS:
                out_parts.append("(" + _PATTERNS[d] + ")")
                out_kinds.append(d)
            else:
                raise ValueError("'%s' is a bad directive in format '%s'"
                                 % (d, fmt))
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            out_parts.append(r"\s+")
        else:
            out_parts.append(_re.escape(c))
            i += 1


def _check_repeats(kinds):
    """A directive may appear once (each is a named group in CPython's
    expression, and %z holds two more groups)."""
    seen = {}
    number = 0
    for kind in kinds:
        number += 1
        if kind in seen:
            raise _re.error("redefinition of group name %r as group %d; "
                            "was group %d" % (kind, number, seen[kind]))
        seen[kind] = number
        if kind == "z":
            number += 2


def _compile(fmt):
    global _zone_key
    key = _time.tzname
    if key != _zone_key:
        # The zone names went into the cached expressions.
        _cache.clear()
        _zone_key = key
    found = _cache.get(fmt)
    if found is None:
        zones = _zone_names()
        kinds = []
        parts = []
        _translate(fmt, kinds, parts, zones)
        _check_repeats(kinds)
        plan = _quick_plan(fmt)
        native = not ({"f", "z", "V"} & set(kinds))
        found = (_re.compile("".join(parts), _re.IGNORECASE), tuple(kinds),
                 plan, _straight_reader(plan), native)
        if len(_cache) > 200:
            _cache.clear()
        _cache[fmt] = found
    return found


def _offset_seconds(text):
    """(seconds, microseconds) east of UTC written by a %z match."""
    if text == "Z":
        return 0, 0
    sign = -1 if text[0] == "-" else 1
    body = text[1:]
    if len(body) > 2 and body[2] == ":":
        if len(body) > 5 and body[5] != ":":
            raise ValueError("Inconsistent use of : in %s" % text)
        body = body.replace(":", "")
    whole, _, frac = body.partition(".")
    secs = int(whole[0:2]) * 3600 + int(whole[2:4]) * 60
    if len(whole) > 4:
        secs += int(whole[4:6])
    us = int(frac.ljust(6, "0")) if frac else 0
    return sign * secs, sign * us


def _ordinal(y, m, d):
    return _datetime().date(y, m, d).toordinal()


def _datetime():
    global _dt_module
    if _dt_module is None:
        import datetime
        _dt_module = datetime
    return _dt_module


_dt_module = None

# Directives the quick reader handles: width and the range in which the
# regular expression would take the full width.
_FIXED = {"Y": (4, 0, 9999), "m": (2, 1, 12), "d": (2, 1, 31),
          "H": (2, 0, 23), "M": (2, 0, 59), "S": (2, 0, 61),
          "y": (2, 0, 99), "j": (3, 1, 366)}


def _quick_plan(fmt):
    """Steps for reading text in the common all-numeric formats without
    the regular expression, or None when fmt has other directives.  The
    quick reader takes the widest reading of every field; when that reads
    the whole text it is the match the expression would find, and in any
    other case the expression decides."""
    plan = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c == "%":
            d = fmt[i + 1] if i + 1 < n else ""
            i += 2
            if d in _FIXED:
                width, low, high = _FIXED[d]
                plan.append((d, width, low, high))
            elif d == "f":
                plan.append(("f", 6, 0, 999999))
            elif d == "b" or d == "z":
                plan.append((d, 0, 0, 0))
            elif d == "%":
                plan.append(("", "%", 0, 0))
            else:
                return None
        elif c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            plan.append((" ", 0, 0, 0))
        else:
            plan.append(("", c.lower(), 0, 0))
            i += 1
    return plan


_FIELD_SLOT = {"Y": 0, "m": 1, "d": 2, "H": 3, "M": 4, "S": 5, "f": 6}
_MONTH_NUMBERS = {name[:3]: k + 1 for k, name in enumerate(_MONTHS)}


def _straight_reader(plan):
    """For a plan of fixed-width numeric fields (a trailing %f allowed)
    and plain characters, a generated function that reads text of exactly
    that shape into (year, month, day, hour, minute, second, microsecond),
    or returns None so that the general path decides.  None when the plan
    has other parts."""
    if plan is None:
        return None
    lines = []
    slots = ["1900", "1", "1", "0", "0", "0", "0"]
    digit_slices = []
    pos = 0
    last = len(plan) - 1
    frac = False
    offset = False
    for k, (kind, width, low, high) in enumerate(plan):
        if kind == "":
            if width.isalpha() or width.isspace():
                return None
            lines.append("    if data[%d] != %r: return None" % (pos, width))
            pos += 1
        elif kind == " ":
            lines.append("    if not data[%d].isspace(): return None" % pos)
            pos += 1
        elif kind == "f":
            if k != last:
                return None
            frac = True
        elif kind == "z":
            if k != last:
                return None
            offset = True
        elif kind == "b":
            # Three letters, not followed by a letter (a full name is left
            # to the general path).
            name = "v%d" % k
            lines.append("    %s = _MONTH_NUMBERS.get(data[%d:%d].lower())"
                         % (name, pos, pos + 3))
            lines.append("    if %s is None or data[%d:%d].isalpha(): "
                         "return None" % (name, pos + 3, pos + 4))
            slots[1] = name
            pos += 3
        elif kind in _FIELD_SLOT:
            part = "data[%d:%d]" % (pos, pos + width)
            digit_slices.append(part)
            name = "v%d" % k
            lines.append("    %s = int(%s)" % (name, part))
            if low > 0 or high < 10 ** width - 1:
                lines.append("    if %s < %d or %s > %d: return None"
                             % (name, low, name, high))
            slots[_FIELD_SLOT[kind]] = name
            pos += width
        else:
            return None
    head = ["def reader(data):"]
    if offset:
        # Z, +HHMM or +HH:MM at the end; other offsets take the long way.
        head.append("    n = len(data)")
        head.append("    if n != %d and n != %d and n != %d: return None"
                    % (pos + 1, pos + 5, pos + 6))
        lines.append("    off = _offset_at_end(data, %d)" % pos)
        lines.append("    if off is None: return None")
        slots.append("off")
    elif frac:
        head.append("    n = len(data)")
        head.append("    if n < %d or n > %d: return None" % (pos + 1, pos + 6))
        digit_slices.append("data[%d:]" % pos)
        lines.append("    t = data[%d:]" % pos)
        lines.append("    us = int(t) * 10 ** (6 - len(t))")
        slots[6] = "us"
    else:
        head.append("    if len(data) != %d: return None" % pos)
    if digit_slices:
        head.append("    digits = " + " + ".join(digit_slices))
        head.append("    if not (digits.isdigit() and digits.isascii()): "
                    "return None")
    body = head + lines + ["    return (%s)" % ", ".join(slots)]
    space = {"_MONTH_NUMBERS": _MONTH_NUMBERS,
             "_offset_at_end": _offset_at_end}
    exec("\n".join(body), space)
    return space["reader"]


def _offset_at_end(data, pos):
    """Seconds east of UTC for "Z", "+HHMM" or "+HH:MM" at data[pos:]."""
    rest = data[pos:]
    if rest == "Z":
        return 0
    sign = rest[0]
    if sign != "+" and sign != "-":
        return None
    if len(rest) == 6:
        if rest[3] != ":":
            return None
        digits = rest[1:3] + rest[4:6]
    else:
        digits = rest[1:5]
    if len(digits) != 4 or not (digits.isdigit() and digits.isascii()):
        return None
    minutes = int(digits[2:])
    if minutes > 59:
        return None
    secs = int(digits[:2]) * 3600 + minutes * 60
    return -secs if sign == "-" else secs


_zones_by_offset = {}


def _fixed_zone(secs):
    tz = _zones_by_offset.get(secs)
    if tz is None:
        datetime = _datetime()
        tz = datetime.timezone(datetime.timedelta(seconds=secs))
        if len(_zones_by_offset) < 512:
            _zones_by_offset[secs] = tz
    return tz


def _quick_read(plan, data):
    """[(directive, text)] read by plan, or None to let the regex try."""
    out = []
    pos = 0
    n = len(data)
    for kind, width, low, high in plan:
        if kind == "b" or kind == "z":
            return None
        if kind == "":
            if pos >= n or data[pos].lower() != width:
                return None
            pos += 1
        elif kind == " ":
            start = pos
            while pos < n and data[pos].isspace():
                pos += 1
            if pos == start:
                return None
        elif kind == "f":
            start = pos
            while pos < n and pos - start < 6 and "0" <= data[pos] <= "9":
                pos += 1
            if pos == start:
                return None
            out.append(("f", data[start:pos]))
        else:
            text = data[pos:pos + width]
            if len(text) != width or not (text.isdigit() and text.isascii()):
                return None
            value = int(text)
            if value < low or value > high:
                return None
            out.append((kind, text))
            pos += width
    if pos != n:
        return None
    return out


def _weekday_of(y, m, d):
    return (_ordinal(y, m, d) + 6) % 7


def _year_days(y):
    return 366 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 365


def _parse(data, fmt, calendar=True):
    """The fields of `data` read with `fmt`:
    (year, month, day, hour, minute, second, microsecond, weekday, julian,
     gmtoff seconds, gmtoff microseconds, zone name)."""
    for k, arg in enumerate((data, fmt)):
        if arg.__class__ is not str and not isinstance(arg, str):
            shown = "None" if arg is None else type(arg).__name__
            if type(arg).__module__ == "datetime":
                shown = "datetime." + shown
            raise TypeError("strptime() argument %d must be str, not %s"
                            % (k + 1, shown))
    regex, kinds, plan = _compile(fmt)[:3]
    pairs = None
    if plan is not None:
        pairs = _quick_read(plan, data)
    if pairs is None:
        m = regex.match(data)
        if m is None:
            raise ValueError("time data %r does not match format %r"
                             % (data, fmt))
        if m.end() != len(data):
            raise ValueError("unconverted data remains: %s"
                             % data[m.end():])
        pairs = zip(kinds, m.groups())

    year = None
    month = day = 1
    hour = minute = second = us = 0
    weekday = julian = None
    iso_year = iso_week = None
    week = None
    sunday_first = False
    gmtoff = None
    gmtoff_us = 0
    zone = None
    twelve = None
    afternoon = None
    for kind, text in pairs:
        if kind == "Y":
            year = int(text)
        elif kind == "y":
            year = int(text)
            year += 2000 if year <= 68 else 1900
        elif kind == "m":
            month = int(text)
        elif kind == "b" or kind == "B":
            low = text.lower()
            for k, name in enumerate(_MONTHS):
                if name.startswith(low):
                    month = k + 1
                    break
        elif kind == "d":
            day = int(text)
        elif kind == "H":
            hour = int(text)
            twelve = None
        elif kind == "I":
            twelve = int(text)
        elif kind == "p":
            afternoon = text.lower() == "pm"
        elif kind == "M":
            minute = int(text)
        elif kind == "S":
            second = int(text)
        elif kind == "f":
            us = int(text.ljust(6, "0"))
        elif kind == "a" or kind == "A":
            low = text.lower()
            for k, name in enumerate(_WEEKDAYS):
                if name.startswith(low):
                    weekday = k
                    break
        elif kind == "w":
            weekday = (int(text) + 6) % 7
        elif kind == "u":
            weekday = int(text) - 1
        elif kind == "j":
            julian = int(text)
        elif kind == "U":
            week = int(text)
            sunday_first = True
        elif kind == "W":
            week = int(text)
            sunday_first = False
        elif kind == "G":
            iso_year = int(text)
        elif kind == "V":
            iso_week = int(text)
        elif kind == "z":
            gmtoff, gmtoff_us = _offset_seconds(text)
        elif kind == "Z":
            zone = text
    if twelve is not None:
        if afternoon:
            hour = twelve if twelve == 12 else twelve + 12
        else:
            hour = 0 if twelve == 12 else twelve

    which = "('%A', '%a', '%w', or '%u')"
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the "
                             "ISO week directive '%V' and a weekday "
                             "directive " + which + ".")
        if julian is not None:
            raise ValueError("Day of the year directive '%j' is not "
                             "compatible with ISO year directive '%G'. "
                             "Use '%Y' instead.")
    elif iso_week is not None and week is None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the "
                             "ISO year directive '%G' and a weekday "
                             "directive " + which + ".")
        raise ValueError("ISO week directive '%V' is incompatible with the "
                         "year directive '%Y'. Use the ISO year '%G' "
                         "instead.")

    leap_day_only = False
    if year is None:
        if month == 2 and day == 29:
            year = 1904
            leap_day_only = True
        else:
            year = 1900

    if julian is None and weekday is not None:
        if week is not None:
            first = _weekday_of(year, 1, 1)
            wd = weekday
            if sunday_first:
                first = (first + 1) % 7
                wd = (wd + 1) % 7
            if week == 0:
                julian = 1 + wd - first
            else:
                julian = 1 + (7 - first) % 7 + 7 * (week - 1) + wd
        elif iso_year is not None and iso_week is not None:
            jan4 = _ordinal(iso_year, 1, 4)
            week1 = jan4 - (jan4 + 6) % 7
            target = week1 + 7 * (iso_week - 1) + weekday
            year = iso_year
            julian = target - _ordinal(iso_year, 1, 1) + 1
        if julian is not None and julian <= 0:
            year -= 1
            julian += _year_days(year)

    if julian is None:
        if not calendar and weekday is None:
            # datetime's constructor checks the day; nothing else is needed.
            if leap_day_only:
                year = 1900
            return (year, month, day, hour, minute, second, us, None, None,
                    gmtoff, gmtoff_us, zone)
        julian = _ordinal(year, month, day) - _ordinal(year, 1, 1) + 1
    else:
        found = _datetime().date.fromordinal(
            julian - 1 + _ordinal(year, 1, 1))
        year, month, day = found.year, found.month, found.day
    if weekday is None:
        weekday = _weekday_of(year, month, day)
    if leap_day_only:
        year = 1900
    return (year, month, day, hour, minute, second, us, weekday, julian,
            gmtoff, gmtoff_us, zone)


# Under coil time.strptime is native (and quicker than this module); under
# CPython it would call back into _strptime_time.
_NATIVE_TIME = _sys.implementation.name != "cpython"


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime done here: a struct_time with zone and offset."""
    (year, month, day, hour, minute, second, us, weekday, julian,
     gmtoff, gmtoff_us, zone) = _parse(data_string, format)
    isdst = -1
    if zone is not None:
        low = zone.lower()
        names = [n.lower() for n in _time.tzname]
        plain = low == "utc" or low == "gmt"
        unclear = (_time.daylight and names[0] == names[1]) and not plain
        if not unclear:
            if plain or low == names[0]:
                isdst = 0
            elif _time.daylight and low == names[1]:
                isdst = 1
    return _time.struct_time((year, month, day, hour, minute, second,
                              weekday, julian, isdst, zone, gmtoff))


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    """Parses data_string by format and builds a cls (a datetime class)."""
    if data_string.__class__ is str and format.__class__ is str:
        found = _cache.get(format)
        if found is None or _time.tzname != _zone_key:
            found = _compile(format)
        if found[4] and _NATIVE_TIME:
            # Nothing finer than seconds, no offset, no ISO week: the
            # native time.strptime reads these the same way, much faster.
            t = _time.strptime(data_string, format)
            return cls(t[0], t[1], t[2], t[3], t[4], t[5])
        if found[3] is not None:
            fields = found[3](data_string)
            if fields is not None:
                if len(fields) == 8:
                    return cls(fields[0], fields[1], fields[2], fields[3],
                               fields[4], fields[5], fields[6],
                               _fixed_zone(fields[7]))
                return cls(*fields)
    (year, month, day, hour, minute, second, us, weekday, julian,
     gmtoff, gmtoff_us, zone) = _parse(data_string, format, False)
    if gmtoff is None:
        return cls(year, month, day, hour, minute, second, us)
    datetime = _datetime()
    delta = datetime.timedelta(seconds=gmtoff, microseconds=gmtoff_us)
    if zone:
        tz = datetime.timezone(delta, zone)
    else:
        tz = datetime.timezone(delta)
    return cls(year, month, day, hour, minute, second, us, tz)

"""Calendar computations and text/HTML calendars (coil's own implementation).

Month and weekday names are those of the C locale. The weekday and date
arithmetic is done here on proleptic Gregorian day numbers, so the module does
not need datetime (only Calendar.itermonthdates, which yields datetime.date
objects, imports it).
"""

import sys

__all__ = """
    Calendar TextCalendar HTMLCalendar LocaleTextCalendar LocaleHTMLCalendar
    IllegalMonthError IllegalWeekdayError
    setfirstweekday firstweekday isleap leapdays weekday monthrange
    monthcalendar prmonth month prcal calendar timegm weekheader
    month_name month_abbr day_name day_abbr
    MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY
""".split()

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return ("bad weekday number %r; must be 0 (Monday) to 6 (Sunday)"
                % (self.weekday,))


MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)
January = 1
February = 2
EPOCH = 1970

mdays = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

_MIN_YEAR = 1
_MAX_YEAR = 9999


class _NameList:
    """Read-only sequence of names (what the C locale gives)."""

    def __init__(self, names):
        self._names = list(names)

    def __getitem__(self, i):
        found = self._names[i]
        return found[:] if isinstance(i, slice) else found

    def __len__(self):
        return len(self._names)

    def __iter__(self):
        return iter(self._names)

    def __contains__(self, item):
        return item in self._names

    def __repr__(self):
        return repr(list(self._names))


_MONTHS = ("January February March April May June July August September "
           "October November December").split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

month_name = _NameList([""] + _MONTHS)
month_abbr = _NameList([""] + [m[:3] for m in _MONTHS])
day_name = _NameList(_DAYS)
day_abbr = _NameList([d[:3] for d in _DAYS])


def isleap(year):
    """True for leap years of the Gregorian calendar."""
    if year % 4:
        return False
    return year % 100 != 0 or year % 400 == 0


def _leaps_before(year):
    y = year - 1
    return y // 4 - y // 100 + y // 400


def leapdays(y1, y2):
    """Count of leap years in range(y1, y2)."""
    return _leaps_before(y2) - _leaps_before(y1)


def _month_length(year, month):
    if month == 2 and isleap(year):
        return 29
    return mdays[month]


def _day_number(year, month, day):
    """Days since 0001-01-01 (day 1), proleptic Gregorian."""
    before = sum(mdays[1:month])
    if month > 2 and isleap(year):
        before += 1
    return (year - 1) * 365 + _leaps_before(year) + before + day


def weekday(year, month, day):
    """Weekday (0 is Monday) of the given date."""
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        year = 2000 + year % 400
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _month_length(year, month):
        raise ValueError("day is out of range for month")
    return (_day_number(year, month, day) + 6) % 7


def monthrange(year, month):
    """(weekday of the 1st, number of days) for the month."""
    if not 1 <= month <= 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _month_length(year, month)


def _neighbour(year, month, step):
    month += step
    if month == 0:
        return year - 1, 12
    if month == 13:
        return year + 1, 1
    return year, month


def timegm(tuple):
    """Seconds since the epoch for a UTC time tuple."""
    year, month, day, hour, minute, second = tuple[:6]
    days = _day_number(year, month, 1) - _day_number(EPOCH, 1, 1) + day - 1
    return ((days * 24 + hour) * 60 + minute) * 60 + second


class Calendar(object):
    """Base calendar: works out which days make up each week of a month."""

    def __init__(self, firstweekday=0):
        self._firstweekday = firstweekday

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    def getfirstweekday(self):
        """The first weekday of a week row (0 = Monday)."""
        return self._firstweekday % 7

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        start = self.firstweekday
        for offset in range(7):
            yield (start + offset) % 7

    def itermonthdays3(self, year, month):
        first, length = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        trail = (self.firstweekday - first - length) % 7
        if lead:
            py, pm = _neighbour(year, month, -1)
            plen = _month_length(py, pm)
            for d in range(plen - lead + 1, plen + 1):
                yield py, pm, d
        for d in range(1, length + 1):
            yield year, month, d
        if trail:
            ny, nm = _neighbour(year, month, 1)
            for d in range(1, trail + 1):
                yield ny, nm, d

    def itermonthdays4(self, year, month):
        start = self.firstweekday
        for n, (y, m, d) in enumerate(self.itermonthdays3(year, month)):
            yield y, m, d, (start + n) % 7

    def itermonthdays2(self, year, month):
        for y, m, d, wd in self.itermonthdays4(year, month):
            yield (d if m == month else 0), wd

    def itermonthdays(self, year, month):
        for d, _ in self.itermonthdays2(year, month):
            yield d

    def itermonthdates(self, year, month):
        import datetime
        for y, m, d in self.itermonthdays3(year, month):
            yield datetime.date(y, m, d)

    @staticmethod
    def _weeks(days):
        days = list(days)
        return [days[i:i + 7] for i in range(0, len(days), 7)]

    def monthdatescalendar(self, year, month):
        return self._weeks(self.itermonthdates(year, month))

    def monthdays2calendar(self, year, month):
        return self._weeks(self.itermonthdays2(year, month))

    def monthdayscalendar(self, year, month):
        return self._weeks(self.itermonthdays(year, month))

    def _by_rows(self, per_month, year, width):
        months = [per_month(year, m) for m in range(1, 13)]
        return [months[i:i + width] for i in range(0, 12, width)]

    def yeardatescalendar(self, year, width=3):
        return self._by_rows(self.monthdatescalendar, year, width)

    def yeardays2calendar(self, year, width=3):
        return self._by_rows(self.monthdays2calendar, year, width)

    def yeardayscalendar(self, year, width=3):
        return self._by_rows(self.monthdayscalendar, year, width)


def formatstring(cols, colwidth=20, spacing=6):
    """Centre each string in its column and join them."""
    gap = " " * spacing
    return gap.join(text.center(colwidth) for text in cols)


def format(cols, colwidth=20, spacing=6):
    """Print formatstring(cols, colwidth, spacing)."""
    print(formatstring(cols, colwidth, spacing))


class TextCalendar(Calendar):
    """Calendars as plain text."""

    def formatday(self, day, weekday, width):
        text = "%2i" % day if day else ""
        return text.center(width)

    def formatweek(self, theweek, width):
        return " ".join([self.formatday(d, wd, width) for d, wd in theweek])

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end="")

    def formatweekday(self, day, width):
        names = day_name if width >= 9 else day_abbr
        return names[day][:width].center(width)

    def formatweekheader(self, width):
        return " ".join([self.formatweekday(i, width)
                         for i in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = "%s %r" % (title, theyear)
        return title.center(width)

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w = max(2, w)
        breaks = "\n" * max(1, l)
        rows = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                self.formatweekheader(w)]
        rows += [self.formatweek(week, w)
                 for week in self.monthdays2calendar(theyear, themonth)]
        return "".join(row.rstrip() + breaks for row in rows)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end="")

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w = max(2, w)
        breaks = "\n" * max(1, l)
        c = max(2, c)
        col = 7 * (w + 1) - 1
        parts = [repr(theyear).center(col * m + c * (m - 1)).rstrip(), breaks]
        header = self.formatweekheader(w)
        for r, row in enumerate(self.yeardays2calendar(theyear, m)):
            first = m * r + 1
            numbers = range(first, min(first + m, 13))
            parts.append(breaks)
            titles = [self.formatmonthname(theyear, k, col, False)
                      for k in numbers]
            parts.append(formatstring(titles, col, c).rstrip())
            parts.append(breaks)
            parts.append(formatstring([header] * len(numbers), col,
                                      c).rstrip())
            parts.append(breaks)
            tallest = max(len(weeks) for weeks in row)
            for j in range(tallest):
                line = [self.formatweek(weeks[j], w) if j < len(weeks) else ""
                        for weeks in row]
                parts.append(formatstring(line, col, c).rstrip())
                parts.append(breaks)
        return "".join(parts)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end="")


class HTMLCalendar(Calendar):
    """Calendars as HTML tables."""

    # CSS class names used in the generated markup; subclasses may change them.
    cssclass_year = cssclass_year_head = "year"
    cssclass_month = cssclass_month_head = "month"
    cssclass_noday = "noday"
    cssclasses = [abbr.lower() for abbr in
                  "Mon Tue Wed Thu Fri Sat Sun".split()]
    cssclasses_weekday_head = cssclasses

    _TABLE = '<table border="0" cellpadding="0" cellspacing="0" class="%s">'

    def formatday(self, day, weekday):
        if not day:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        cells = "".join([self.formatday(d, wd) for d, wd in theweek])
        return "<tr>" + cells + "</tr>"

    def formatweekday(self, day):
        return '<th class="%s">%s</th>' % (self.cssclasses_weekday_head[day],
                                           day_abbr[day])

    def formatweekheader(self):
        return "<tr>%s</tr>" % "".join(
            [self.formatweekday(i) for i in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, withyear=True):
        title = month_name[themonth]
        if withyear:
            title = "%s %s" % (title, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (
            self.cssclass_month_head, title)

    def formatmonth(self, theyear, themonth, withyear=True):
        lines = [self._TABLE % self.cssclass_month,
                 self.formatmonthname(theyear, themonth, withyear=withyear),
                 self.formatweekheader()]
        lines += [self.formatweek(week)
                  for week in self.monthdays2calendar(theyear, themonth)]
        lines.append("</table>")
        return "".join(line + "\n" for line in lines)

    def formatyear(self, theyear, width=3):
        out = [self._TABLE % self.cssclass_year, "\n",
               '<tr><th colspan="%d" class="%s">%s</th></tr>'
               % (width, self.cssclass_year_head, theyear)]
        for start in range(1, 13, width):
            out.append("<tr>")
            for m in range(start, min(start + width, 13)):
                out.append("<td>")
                out.append(self.formatmonth(theyear, m, withyear=False))
                out.append("</td>")
            out.append("</tr>")
        out.append("</table>")
        return "".join(out)

    def formatyearpage(self, theyear, width=3, css="calendar.css",
                       encoding=None):
        if encoding is None:
            encoding = getattr(sys, "getdefaultencoding", lambda: "utf-8")()
        head = ['<?xml version="1.0" encoding="%s"?>' % encoding,
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
                "<html>", "<head>",
                '<meta http-equiv="Content-Type" content="text/html; '
                'charset=%s" />' % encoding]
        if css is not None:
            head.append('<link rel="stylesheet" type="text/css" href="%s" />'
                        % css)
        head += ["<title>Calendar for %d</title>" % theyear, "</head>",
                 "<body>"]
        page = "".join(line + "\n" for line in head)
        page += self.formatyear(theyear, width)
        page += "</body>\n</html>\n"
        return page.encode(encoding, "xmlcharrefreplace")


class LocaleTextCalendar(TextCalendar):
    """TextCalendar taking a locale name (coil knows the C locale only)."""

    def __init__(self, firstweekday=0, locale=None):
        TextCalendar.__init__(self, firstweekday)
        self.locale = locale


class LocaleHTMLCalendar(HTMLCalendar):
    """HTMLCalendar taking a locale name (coil knows the C locale only)."""

    def __init__(self, firstweekday=0, locale=None):
        HTMLCalendar.__init__(self, firstweekday)
        self.locale = locale


_shared = TextCalendar()
firstweekday = _shared.getfirstweekday


def setfirstweekday(firstweekday):
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    _shared.firstweekday = firstweekday


monthcalendar = _shared.monthdayscalendar
prweek = _shared.prweek
week = _shared.formatweek
weekheader = _shared.formatweekheader
prmonth = _shared.prmonth
month = _shared.formatmonth
calendar = _shared.formatyear
prcal = _shared.pryear

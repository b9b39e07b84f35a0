# repr/str, isoformat, ctime, strftime, __format__, timetuple
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


d = date(2002, 3, 11)
print(repr(d), str(d), d.isoformat(), d.ctime())
print(d.strftime("%Y-%m-%d %a %A %b %B %j %U %W %w %u %y %C %G %V %% %H:%M:%S %f [%z] [%Z]"))
print(format(d, ""), format(d, "%d/%m/%Y"), "{:%Y %j}".format(d), f"{d:%b %d}")
print(d.timetuple())
print(date(1, 1, 1).strftime("%Y|%y|%m|%d"), date(999, 12, 31).isoformat())

t = time(7, 8, 9, 12)
print(repr(t), str(t), repr(time()), repr(time(1, 2, 3)), repr(time(0, 0, 0, 1)))
for spec in ("auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"):
    print(spec, t.isoformat(spec), time(1, 2).isoformat(timespec=spec))
attempt("bad timespec", lambda: t.isoformat("nanoseconds"))
print(t.strftime("%H:%M:%S.%f %p %I %Y-%m-%d [%z] [%Z]"), format(t, ""), format(t, "%H%M"))

dt = datetime(2002, 3, 11, 13, 5, 9, 500)
print(repr(dt), str(dt), dt.isoformat(), dt.isoformat(" "), dt.isoformat(sep="x", timespec="milliseconds"))
print(repr(datetime(2002, 3, 11)), repr(datetime(2002, 3, 11, 1, 2, 3)), repr(datetime(2002, 3, 11, fold=1)))
print(dt.ctime(), datetime(2002, 3, 1, 0, 0).ctime())
print(dt.strftime("%c | %x | %X | %f | %I%p | %%f"), f"{dt}", f"{dt:%Y}")
print(dt.timetuple())
print(dt.utctimetuple())
attempt("isoformat sep", lambda: dt.isoformat("--"))
attempt("isoformat timespec", lambda: dt.isoformat("T", "x"))
attempt("strftime type", lambda: dt.strftime(5))
attempt("format type", lambda: dt.__format__(5))

tz = timezone(timedelta(hours=5, minutes=30), "IST")
a = datetime(2002, 3, 11, 13, 5, 9, tzinfo=tz)
print(repr(a), str(a), a.strftime("%z %Z"), a.timetz(), repr(a.timetz()), a.time(), a.date())
odd = timezone(timedelta(hours=-3, seconds=-7, microseconds=-8))
b = datetime(2002, 3, 11, tzinfo=odd)
print(str(b), b.strftime("[%z] [%Z]"), repr(odd), str(odd))
print(b.isoformat(timespec="hours"), time(1, tzinfo=odd).isoformat("minutes"))
pct = timezone(timedelta(hours=1), "A%Bz")
print(datetime(2002, 3, 11, tzinfo=pct).strftime("%Z|%z|%%Z"))
print(timezone.utc, repr(timezone.utc), repr(timezone(timedelta(0), "UTC")), repr(timezone.min), repr(timezone.max))
print(timezone(timedelta(hours=-1)).tzname(None), timezone(timedelta(seconds=90)).tzname(None))


class Tricky(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=-8)

    def dst(self, dt):
        return timedelta(hours=1)

    def tzname(self, dt):
        return "PDT"


p = datetime(2002, 3, 11, 22, tzinfo=Tricky())
print(p, p.timetuple().tm_isdst, p.utctimetuple(), p.tzname(), p.dst(), p.strftime("%Z %z"))
print(time(5, tzinfo=Tricky()), time(5, tzinfo=Tricky()).tzname())

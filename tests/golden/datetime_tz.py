# tzinfo subclasses, timezone, astimezone, timestamps and fold (fixed TZ)
import os
import time as _time
from datetime import date, datetime, time, timedelta, timezone, tzinfo, UTC

os.environ["TZ"] = "EST+05EDT,M3.2.0,M11.1.0"
_time.tzset()


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(UTC is timezone.utc, timezone(timedelta(0)) is timezone.utc, timezone(timedelta(0), "UTC") is timezone.utc)
print(timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "x"), timezone.utc == 1)
print(hash(timezone(timedelta(hours=1))) == hash(timezone(timedelta(hours=1), "x")))
attempt("tz type", lambda: timezone(1))
attempt("tz name type", lambda: timezone(timedelta(0), 1))
attempt("tz name None", lambda: timezone(timedelta(0), None))
attempt("tz range", lambda: timezone(timedelta(days=1)))
attempt("tz range neg", lambda: timezone(-timedelta(hours=24)))
attempt("utcoffset arg", lambda: timezone.utc.utcoffset(1))
attempt("tzname arg", lambda: timezone.utc.tzname("x"))
attempt("fromutc arg", lambda: timezone.utc.fromutc(1))
attempt("fromutc other tz", lambda: timezone.utc.fromutc(datetime(2000, 1, 1)))
two = timezone(timedelta(hours=2))
print(two.fromutc(datetime(2000, 1, 1, tzinfo=two)))
print(timezone.utc.__getinitargs__(), timezone(timedelta(hours=1), "A").__getinitargs__())
print(repr(timezone(timedelta(microseconds=1))))
try:
    class Sub(timezone):
        pass
except TypeError as e:
    print("TypeError", e)

attempt("base utcoffset", lambda: tzinfo().utcoffset(None))
attempt("base dst", lambda: tzinfo().dst(None))
attempt("base tzname", lambda: tzinfo().tzname(None))
attempt("base fromutc", lambda: tzinfo().fromutc(datetime(2000, 1, 1)))

HOUR = timedelta(hours=1)


class USEastern(tzinfo):
    """A DST-aware zone written the way the documentation suggests."""

    def __repr__(self):
        return "USEastern()"

    def _dst_start(self, year):
        d = datetime(year, 3, 8, 2)
        return d + timedelta(days=(6 - d.weekday()) % 7)

    def _dst_end(self, year):
        d = datetime(year, 11, 1, 2)
        return d + timedelta(days=(6 - d.weekday()) % 7)

    def utcoffset(self, dt):
        return timedelta(hours=-5) + self.dst(dt)

    def dst(self, dt):
        if dt is None or dt.tzinfo is None:
            return timedelta(0)
        start, end = self._dst_start(dt.year), self._dst_end(dt.year)
        naive = dt.replace(tzinfo=None)
        if start + HOUR <= naive < end - HOUR:
            return HOUR
        if end - HOUR <= naive < end:
            return timedelta(0) if dt.fold else HOUR
        if start <= naive < start + HOUR:
            return HOUR if dt.fold else timedelta(0)
        return timedelta(0)

    def tzname(self, dt):
        return "EDT" if self.dst(dt) else "EST"


east = USEastern()
for h in range(3, 9):
    u = datetime(2002, 11, 3, h, tzinfo=timezone.utc)
    local = u.astimezone(east)
    print(u.time(), "->", local, local.tzname(), local.fold)
for h in range(5, 9):
    u = datetime(2002, 4, 7, h, 30, tzinfo=timezone.utc)
    print(u.time(), "->", u.astimezone(east), u.astimezone(east).tzname())
x = datetime(2002, 11, 3, 1, 30, tzinfo=east)
y = x.replace(fold=1)
print(x.utcoffset(), y.utcoffset(), x == y, x.timestamp(), y.timestamp())
print(x == x.astimezone(timezone.utc), y == y.astimezone(timezone.utc), x.astimezone(timezone.utc))


class Bad(tzinfo):
    def __init__(self, off):
        self.off = off

    def utcoffset(self, dt):
        return self.off

    def dst(self, dt):
        return self.off

    def tzname(self, dt):
        return self.off


for off in [5, timedelta(hours=24), timedelta(hours=-24), "x"]:
    attempt("bad utcoffset %r" % (off,), lambda: datetime(2000, 1, 1, tzinfo=Bad(off)).utcoffset())
    attempt("bad dst %r" % (off,), lambda: time(1, tzinfo=Bad(off)).dst())
    attempt("bad tzname %r" % (off,), lambda: datetime(2000, 1, 1, tzinfo=Bad(off)).tzname())
print(Bad(None).utcoffset(None), datetime(2000, 1, 1, tzinfo=Bad(None)).utcoffset())
print(datetime(2000, 1, 1, tzinfo=Bad(timedelta(seconds=30))).isoformat())

# timestamps (local zone is US Eastern via TZ)
for ts in [0, 1.5, -1.5, 1e9, 1014962400.25, 1036301400, 1036305000, 2**31]:
    print(ts, datetime.utcfromtimestamp(ts), datetime.fromtimestamp(ts, timezone.utc), repr(datetime.fromtimestamp(ts)),
          date.fromtimestamp(ts))
for us in (0.0000005, 0.0000015, -0.0000005, 0.9999995):
    print(us, repr(datetime.utcfromtimestamp(us)))
attempt("nan", lambda: datetime.fromtimestamp(float("nan")))
attempt("huge", lambda: datetime.utcfromtimestamp(1e20))
attempt("year 0", lambda: datetime.utcfromtimestamp(-62135596801))
attempt("year 10000", lambda: datetime.utcfromtimestamp(253402300800))
attempt("tz type", lambda: datetime.fromtimestamp(0, 1))

for args in [(2002, 11, 3, 1, 30), (2002, 3, 10, 2, 30), (2002, 7, 4, 12), (2002, 1, 1)]:
    for fold in (0, 1):
        d = datetime(*args, fold=fold)
        ts = d.timestamp()
        print(d, fold, ts, datetime.fromtimestamp(ts), datetime.fromtimestamp(ts).fold, d.astimezone(timezone.utc),
              d.astimezone(), d.astimezone().tzname())
print(datetime(2000, 1, 1, tzinfo=timezone.utc).timestamp(), datetime(1, 1, 1, tzinfo=timezone.utc).timestamp())
print(datetime(2002, 7, 4, 12, tzinfo=timezone.utc).astimezone(), datetime(2002, 7, 4, tzinfo=east).astimezone(timezone(-HOUR)))
d = datetime(2002, 7, 4, 12, tzinfo=east)
print(d.astimezone(east) is d)
attempt("astimezone type", lambda: d.astimezone(1))
print(datetime.combine(date(2002, 1, 2), time(3, 4, tzinfo=east)), datetime.combine(date(2002, 1, 2), time(3, 4, tzinfo=east), tzinfo=None))
attempt("combine 1", lambda: datetime.combine(1, time()))
attempt("combine 2", lambda: datetime.combine(date(2000, 1, 1), 1))

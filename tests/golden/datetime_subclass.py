# subclasses of date, datetime, time, timedelta, tzinfo; constructors; pickling hooks; copy
import copy
from datetime import date, datetime, time, timedelta, timezone, tzinfo


class MyDate(date):
    def __new__(cls, year, month, day, note="?"):
        self = super().__new__(cls, year, month, day)
        self.note = note
        return self

    def describe(self):
        return "%s[%s]" % (self.isoformat(), self.note)


class MyDateTime(datetime):
    extra = "x"


class MyTime(time):
    pass


class MyDelta(timedelta):
    def hours(self):
        return self.total_seconds() / 3600


d = MyDate(2001, 2, 3, note="n")
print(repr(d), d.describe(), isinstance(d, date))
for label, value in [
    ("replace", d.replace(day=4)),
    ("add", d + timedelta(1)),
    ("radd", timedelta(1) + d),
    ("sub td", d - timedelta(1)),
    ("fromordinal", MyDate.fromordinal(730000)),
    ("fromisoformat", MyDate.fromisoformat("2001-02-03")),
    ("fromisocalendar", MyDate.fromisocalendar(2001, 5, 6)),
    ("today type", MyDate.today()),
]:
    if label == "today type":
        print(label, type(value).__name__)
    else:
        print(label, type(value).__name__, value, getattr(value, "note", None))
print("sub date", type(d - date(2001, 1, 1)).__name__, d - date(2001, 1, 1))
print(d == date(2001, 2, 3), hash(d) == hash(date(2001, 2, 3)), d < date(2002, 1, 1))

dt = MyDateTime(2001, 2, 3, 4, 5, 6)
print(repr(dt), dt.extra)
for label, value in [
    ("add", dt + timedelta(hours=1)),
    ("sub td", dt - timedelta(hours=1)),
    ("replace", dt.replace(hour=9)),
    ("combine", MyDateTime.combine(date(2000, 1, 1), time(1))),
    ("fromisoformat", MyDateTime.fromisoformat("2000-01-01T01:02")),
    ("utcfromtimestamp", MyDateTime.utcfromtimestamp(0)),
    ("fromtimestamp utc", MyDateTime.fromtimestamp(0, timezone.utc)),
    ("astimezone", dt.replace(tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=3)))),
    ("fromordinal", MyDateTime.fromordinal(5)),
]:
    print(label, type(value).__name__, repr(value))
print("sub", type(dt - datetime(2001, 1, 1)).__name__, dt - datetime(2001, 1, 1))
print("date()", type(dt.date()).__name__, "time()", type(dt.time()).__name__, "timetz()", type(dt.timetz()).__name__)
print(type(MyDateTime.now()).__name__, type(MyDateTime.utcnow()).__name__, type(MyDateTime.today()).__name__)

t = MyTime(1, 2, 3)
print(repr(t), type(t.replace(hour=5)).__name__, type(MyTime.fromisoformat("01:02")).__name__)

m = MyDelta(hours=36)
print(repr(m), m.hours(), type(m + timedelta(1)).__name__, type(-m).__name__, type(m * 2).__name__,
      type(abs(m)).__name__, type(m // 2).__name__, m == timedelta(hours=36))


class FixedTZ(tzinfo):
    def __init__(self, minutes=0, name="FIX"):
        self.minutes = minutes
        self.name = name

    def __getinitargs__(self):
        return self.minutes, self.name

    def utcoffset(self, dt):
        return timedelta(minutes=self.minutes)

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self.name

    def __repr__(self):
        return "FixedTZ(%d, %r)" % (self.minutes, self.name)


f = FixedTZ(90, "X")
print(f.__reduce__())
print(tzinfo().__reduce__())
print(timezone.utc.__reduce__(), timezone(timedelta(hours=1), "A").__reduce__())
print(timedelta(1, 2, 3).__reduce__())
print(date(2000, 1, 2).__reduce__())
print(time(1, 2, 3, 4, tzinfo=timezone.utc).__reduce__())
print(datetime(2000, 1, 2, 3, 4, 5, 6, fold=1).__reduce_ex__(2), datetime(2000, 1, 2, fold=1).__reduce_ex__(4))
print(time(1, fold=1).__reduce_ex__(4))
print(date(2000, 1, 1).isocalendar().__reduce__())
print(date(b"\x07\xd0\x01\x02"), repr(datetime(b"\x07\xd0\x81\x02\x03\x04\x05\x00\x00\x06")),
      repr(time(b"\x81\x02\x03\x00\x00\x04", timezone.utc)))
for bad in (b"\x07\xd0\x0d\x01", b"\x07\xd0\x00\x01"):
    try:
        date(bad)
    except TypeError as e:
        print("TypeError", type(e).__name__)
try:
    datetime(b"\x07\xd0\x01\x02\x03\x04\x05\x00\x00\x06", "bad")
except TypeError as e:
    print("TypeError", e)

x = datetime(2000, 1, 2, 3, tzinfo=f)
print(copy.copy(x) == x, copy.deepcopy(x) == x, copy.copy(timedelta(5)), copy.deepcopy(date(2000, 1, 1)),
      copy.deepcopy(timezone.utc) is timezone.utc)
y = copy.deepcopy(MyDateTime(2001, 2, 3, 4))
print(type(y).__name__, y)

try:
    date(2000, 1, 1).year = 5
except AttributeError:
    print("AttributeError readonly")
for name in ("year", "month", "day"):
    print(name, getattr(date(2000, 2, 3), name))
print([getattr(datetime(1, 2, 3, 4, 5, 6, 7, fold=1), n) for n in ("hour", "minute", "second", "microsecond", "fold", "tzinfo")])


# str(), format() and strftime() go through overridable methods
class D2(date):
    def isoformat(self):
        return "D!"

    def timetuple(self):
        return (1999, 1, 1, 0, 0, 0, 0, 1, -1)


class DT2(datetime):
    def isoformat(self, sep="T", timespec="auto"):
        return "DT" + sep

    def timetuple(self):
        return (1999, 1, 1, 0, 0, 0, 0, 1, -1)


class T2(time):
    def isoformat(self, timespec="auto"):
        return "T!"


print(str(D2(2000, 1, 1)), str(DT2(2000, 1, 1)), str(T2()), format(D2(2000, 1, 1), ""), format(DT2(2000, 1, 1), ""), format(T2(), ""))
print(D2(2000, 1, 1).strftime("%Y"), DT2(2000, 1, 1).strftime("%Y"), T2().strftime("%H"), format(D2(2000, 1, 1), "%Y"))
print(repr(D2(2000, 1, 1)), repr(DT2(2000, 1, 1)), repr(T2(5)))

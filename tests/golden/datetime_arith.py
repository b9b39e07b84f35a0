# timedelta and date/datetime arithmetic, normalisation and comparisons
from datetime import date, datetime, time, timedelta, timezone, MINYEAR, MAXYEAR


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


print(MINYEAR, MAXYEAR)
cases = [
    timedelta(),
    timedelta(1),
    timedelta(days=1, seconds=5),
    timedelta(hours=-1),
    timedelta(weeks=2, days=-3, hours=25, minutes=61, seconds=61, milliseconds=1001, microseconds=1001),
    timedelta(days=1.5),
    timedelta(seconds=0.5e-6),
    timedelta(seconds=1.5e-6),
    timedelta(microseconds=2.5),
    timedelta(microseconds=3.5),
    timedelta(microseconds=-2.5),
    timedelta(days=-0.25, hours=0.1),
    timedelta(minutes=1e-7),
]
for td in cases:
    print(repr(td), "|", str(td), "|", td.days, td.seconds, td.microseconds, td.total_seconds())

print(timedelta.min, "|", timedelta.max, "|", timedelta.resolution)
print(repr(timedelta.min), repr(timedelta.max))

a = timedelta(days=1, hours=3)
b = timedelta(hours=7, microseconds=11)
print(a + b, a - b, b - a, -a, +a, abs(-a))
print(a * 3, 3 * a, a * 0.1, 0.5 * b, a * -1.25)
print(a / 3, a / 2.5, a / b, a // b, a // 5, a % b, divmod(a, b), divmod(-a, b))
print(timedelta(microseconds=3) * 0.5, timedelta(microseconds=5) / 2, timedelta(microseconds=-5) / 2)
print(a > b, a >= b, a < b, a <= b, a == b, a != b, a == timedelta(hours=27), a == 1)
print(bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(hash(timedelta(1)) == hash(timedelta(hours=24)), hash(timedelta(1, 2, 3)) == hash((1, 2, 3)))
print(sorted([b, a, timedelta(0), -b]))

attempt("days overflow", lambda: timedelta(days=10**9))
attempt("max + 1", lambda: timedelta.max + timedelta(microseconds=1))
attempt("-max", lambda: -timedelta.max)
attempt("-min", lambda: -timedelta.min)
attempt("mul overflow", lambda: timedelta(1) * 10**9)
attempt("bad component", lambda: timedelta(hours="1"))
attempt("td // 0", lambda: a // 0)
attempt("td / 0", lambda: a / 0)
attempt("td % zero", lambda: a % timedelta(0))
attempt("td / zero", lambda: a / timedelta(0))
attempt("td * nan", lambda: a * float("nan"))
attempt("td * inf", lambda: a * float("inf"))
for op in ("+", "-", "*", "/", "//", "%", "<"):
    try:
        eval("a %s 'x'" % op)
    except TypeError as e:
        print(op, "TypeError")

d = date(2000, 2, 28)
print(d + timedelta(1), d + timedelta(2), d - timedelta(59), timedelta(366) + d)
print(d - date(1999, 2, 28), date(1, 1, 1) - date(9999, 12, 31))
print(d + timedelta(hours=23), d - timedelta(hours=1))
attempt("date overflow", lambda: date(9999, 12, 31) + timedelta(1))
attempt("date underflow", lambda: date(1, 1, 1) - timedelta(1))

dt = datetime(2000, 2, 28, 23, 59, 59, 999999)
print(dt + timedelta(microseconds=1), dt + timedelta(days=1, microseconds=1))
print(dt - datetime(1999, 12, 31), datetime(1999, 12, 31) - dt)
print(datetime.max - datetime.min, datetime.min - datetime.max)
attempt("datetime overflow", lambda: datetime.max + timedelta(microseconds=1))

u = datetime(2000, 1, 1, 12, tzinfo=timezone.utc)
e = datetime(2000, 1, 1, 7, tzinfo=timezone(timedelta(hours=-5)))
print(u == e, u - e, hash(u) == hash(e), (u + timedelta(hours=1)) > e)
attempt("naive - aware", lambda: datetime(2000, 1, 1) - u)
attempt("naive < aware", lambda: datetime(2000, 1, 1) < u)
print("naive == aware", datetime(2000, 1, 1, 12) == u)

print(date(2000, 1, 1) == datetime(2000, 1, 1), datetime(2000, 1, 1) == date(2000, 1, 1))
print(date(2000, 1, 1).__eq__(datetime(2000, 1, 1)))
try:
    date(2000, 1, 1) < datetime(2000, 1, 1)
except TypeError as e:
    print("TypeError", e)

t1 = time(12, 0, tzinfo=timezone(timedelta(hours=2)))
t2 = time(10, 0, tzinfo=timezone.utc)
print(t1 == t2, hash(t1) == hash(t2), time(1) < time(2), time(1) == time(1, tzinfo=timezone.utc))
attempt("time naive < aware", lambda: time(1) < t2)
print(bool(time(0)), time.min, time.max, time.resolution)
print(date.min, date.max, date.resolution, datetime.min, datetime.max, datetime.resolution)

# ordinals and calendar helpers
for y, m, dd in [(1, 1, 1), (1600, 2, 29), (1900, 3, 1), (2000, 12, 31), (2004, 1, 1), (2008, 12, 29), (9999, 12, 31)]:
    x = date(y, m, dd)
    o = x.toordinal()
    print(x, o, date.fromordinal(o) == x, x.weekday(), x.isoweekday(), x.isocalendar(), tuple(x.isocalendar()),
          x.isocalendar().week, date.fromisocalendar(*x.isocalendar()))
attempt("fromordinal(0)", lambda: date.fromordinal(0))
attempt("fromordinal(max+1)", lambda: date.fromordinal(3652060))
attempt("fromisocalendar week", lambda: date.fromisocalendar(2001, 53, 1))
attempt("fromisocalendar day", lambda: date.fromisocalendar(2001, 1, 0))
attempt("fromisocalendar year", lambda: date.fromisocalendar(10000, 1, 1))
print(date.fromisocalendar(2004, 53, 7))

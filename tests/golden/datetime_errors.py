# constructor checks and error messages
import datetime as dtmod
from datetime import date, datetime, time, timedelta, timezone, tzinfo


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


for args in [(0, 1, 1), (10000, 1, 1), (2000, 0, 1), (2000, 13, 1), (2000, 2, 30), (1900, 2, 29), (2000, 2, 29),
             (2001, 4, 31), (2001, 4, 0), (2000.0, 1, 1), ("2000", 1, 1), (None, 1, 1), (True, True, True)]:
    attempt("date%r" % (args,), lambda: date(*args))
for args in [(24,), (0, 60), (0, 0, 60), (0, 0, 0, 10**6), (-1,), (1.5,)]:
    attempt("time%r" % (args,), lambda: time(*args))
attempt("time fold", lambda: time(fold=2))
attempt("time tzinfo", lambda: time(tzinfo=1))
attempt("datetime tzinfo", lambda: datetime(2000, 1, 1, tzinfo="UTC"))
attempt("datetime fold", lambda: datetime(2000, 1, 1, fold=-1))
attempt("datetime hour", lambda: datetime(2000, 1, 1, 24))
attempt("datetime day", lambda: datetime(2001, 2, 29, 1))
attempt("replace month", lambda: date(2000, 1, 31).replace(month=2))
attempt("replace year", lambda: datetime(2000, 1, 1).replace(year=0))
attempt("replace tzinfo", lambda: datetime(2000, 1, 1).replace(tzinfo=1))
attempt("replace fold", lambda: time().replace(fold=5))
print(date(2000, 1, 31).replace(2001, day=1), time(1).replace(fold=1), repr(datetime(2000, 1, 1).replace(fold=1)))
attempt("timedelta str", lambda: timedelta(seconds="1"))
attempt("timedelta None", lambda: timedelta(weeks=None))
attempt("fromordinal float", lambda: date.fromordinal(1.0))
attempt("fromtimestamp str", lambda: date.fromtimestamp("0"))
attempt("fromisoformat bytes", lambda: datetime.fromisoformat(b"2000-01-01"))
attempt("strftime int", lambda: date(2000, 1, 1).strftime(1))
attempt("dst range", lambda: timezone(timedelta(hours=24)))
for op in ["date(2000, 1, 1) + 1", "datetime(2000, 1, 1) + date(2000, 1, 1)", "datetime(2000, 1, 1) - date(2000, 1, 1)",
           "time(1) + timedelta(1)", "time(1) - time(0)", "timedelta(1) + date(2000, 1, 1) - date(2000, 1, 1)",
           "date(2000, 1, 1) - datetime(2000, 1, 1)", "1 - timedelta(1)", "timedelta(1) // 1.5", "timedelta(1) % 2"]:
    try:
        print(op, "->", eval(op))
    except TypeError:
        print(op, "!! TypeError")
print(sorted(n for n in dtmod.__all__))
print([n for n in ("MINYEAR", "MAXYEAR", "UTC", "date", "datetime", "time", "timedelta", "timezone", "tzinfo") if hasattr(dtmod, n)])
print(hasattr(dtmod, "IsoCalendarDate"), type(date(2000, 1, 1).isocalendar()).__name__)
print(issubclass(datetime, date), issubclass(timezone, tzinfo), isinstance(timezone.utc, tzinfo))
print(date.__module__, datetime.__module__, timezone.__module__, datetime.__name__, datetime.__qualname__)

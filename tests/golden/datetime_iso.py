# fromisoformat (3.11 formats) and isoformat round trips
from datetime import date, datetime, time, timedelta, timezone


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


for s in ["2000-01-01", "20000101", "2004-W53-7", "2004W537", "2004-W01", "2004W01", "2000-1-1", "2000-13-01",
          "2000-02-30", "0000-01-01", "2000-W54-1", "2001-W53-1", "2000-W01-8", "2000-01-01T00", "+2000-01-01", "2000-01-01 "]:
    attempt("date " + s, lambda: date.fromisoformat(s))
attempt("date type", lambda: date.fromisoformat(20000101))

for s in ["01", "0102", "010203", "01:02", "01:02:03", "01:02:03.1", "01:02:03,12", "01:02:03.1234567", "T01:02",
          "01:02:03Z", "01:02:03+05", "01:02:03-0530", "01:02:03+05:30:15.5", "01:02:03.123-00:00", "01:02.5",
          "24:00", "01:60", "1:02", "01:02:3", "01:02:03.", "", "T", "01:02:03 ", "01:02:03z", "01:02:03+1",
          "01:02:03+25:00", "01:02:03+01:02Z", "0102:03", "01:0203"]:
    attempt("time " + s, lambda: time.fromisoformat(s))

for s in ["2000-01-01", "20000101T0102", "2000-01-01T01:02:03.000004+05:30", "2000-01-01 00:00", "2000-01-01x00:00",
          "2000-W01-1T00", "2000W011T01", "2026W01516", "2022W527520", "2000-01-01T", "2000-01-01T01:02:03Z+01",
          "2000-01-0100:00", "2000-01-01T00Z", "2000-01-01T01:02:03.9999995", "2000-01-01T24:00", "2000"]:
    attempt("datetime " + s, lambda: datetime.fromisoformat(s))

values = [
    datetime(1, 1, 1),
    datetime(2002, 3, 4, 5, 6, 7, 8),
    datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=timezone(timedelta(hours=-23, minutes=-59))),
    datetime(2002, 3, 4, 5, 6, tzinfo=timezone(timedelta(seconds=5, microseconds=6))),
    datetime(2002, 3, 4, tzinfo=timezone.utc),
]
for v in values:
    text = v.isoformat()
    back = datetime.fromisoformat(text)
    print(text, back == v, back.utcoffset())
    print(" ", str(v), datetime.fromisoformat(str(v)) == v)
for v in [time(), time(1, 2, 3, 4), time(23, 59, tzinfo=timezone(timedelta(hours=3)))]:
    print(v.isoformat(), time.fromisoformat(v.isoformat()) == v)
print(date.fromisoformat(date(1999, 12, 31).isoformat()))

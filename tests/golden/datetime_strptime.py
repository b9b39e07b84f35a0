# datetime.strptime (C locale)
from datetime import datetime, timezone


def attempt(fmt, text):
    try:
        print(repr(text), repr(fmt), "->", repr(datetime.strptime(text, fmt)))
    except Exception as e:
        print(repr(text), repr(fmt), "!!", type(e).__name__, e)


cases = [
    ("%Y-%m-%d %H:%M:%S", "2024-05-17 12:30:05"),
    ("%Y-%m-%dT%H:%M:%S.%f", "2024-05-17T12:30:05.123"),
    ("%d/%b/%Y:%H:%M:%S %z", "17/May/2024:12:30:05 +0200"),
    ("%d/%b/%Y:%H:%M:%S %z", "17/May/2024:12:30:05 -07:30"),
    ("%Y %z", "2000 Z"),
    ("%Y %z", "2000 +01:00:30.5"),
    ("%Y %z", "2000 +010030.000001"),
    ("%Y %z", "2000 +0000"),
    ("%Y %z", "2000 +01:0030"),
    ("%Y %z", "2000 +01"),
    ("%Y %z %Z", "2000 -0130 UTC"),
    ("%Y %Z", "2000 GMT"),
    ("%Y %Z", "2000 XYZ"),
    ("%I %p", "12 AM"),
    ("%I %p", "12 pm"),
    ("%I:%M %p", "3:07 PM"),
    ("%I", "3"),
    ("%H:%M %p", "12:30 pm"),
    ("%Y %j", "2000 100"),
    ("%Y %j", "1999 366"),
    ("%Y %W %w", "2000 0 1"),
    ("%Y %U %w", "2001 0 1"),
    ("%Y %W %w", "1999 0 0"),
    ("%Y %U %a", "2024 20 Fri"),
    ("%G %V %u", "2004 53 5"),
    ("%G-W%V-%u", "2021-W01-1"),
    ("%G %V", "2004 53"),
    ("%Y %V %u", "2004 53 1"),
    ("%V %u", "53 1"),
    ("%G %V %u %j", "2004 1 1 1"),
    ("%y", "99"),
    ("%y", "68"),
    ("%y", "69"),
    ("%c", "Mon Jan  3 01:02:03 2000"),
    ("%x", "01/02/03"),
    ("%X", "01:02:03"),
    ("%B %d", "january 5"),
    ("%b %d", "JAN 5"),
    ("%A %d %B %Y", "Tuesday 5 March 2024"),
    ("%S.%f", "1.1234567"),
    ("%S", "61"),
    ("%d%%", "1%"),
    ("%d%%", "1"),
    ("%Y a", "2000 A"),
    ("%Y (x)", "2000 (x)"),
    ("%Y   %m", "2000 1"),
    ("%Y %m", "2000   1"),
    ("%Y", "  2000"),
    ("%Y", "2000x"),
    ("%Y %d", "2000"),
    ("%b %d", "Feb 29"),
    ("%b %d %Y", "Feb 29 2000"),
    ("%Y-%m-%d", "2000-02-30"),
    ("%Y %m", "2000 13"),
    ("%Y", "0000"),
    ("%H%M%S", "010203"),
    ("%m%d", "111"),
    ("%p", "x"),
    ("", ""),
    ("%Q", "2000"),
    ("%Y%", "2000"),
    ("%Y%n%m", "2000\n1"),
]
for fmt, text in cases:
    attempt(fmt, text)

for bad in [(1, "%Y"), ("2000", 1), (None, "%Y")]:
    try:
        datetime.strptime(*bad)
    except TypeError as e:
        print("TypeError", e)


class Stamp(datetime):
    pass


s = Stamp.strptime("2024-05-17 +0100", "%Y-%m-%d %z")
print(type(s).__name__, s, s.tzinfo == timezone.utc, s.utcoffset())

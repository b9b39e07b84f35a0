# time.strptime: directives, backtracking, defaults, week numbers, errors.
import os
import time

os.environ["TZ"] = "UTC"
time.tzset()


def parse(text, *fmt):
    try:
        r = time.strptime(text, *fmt)
        print(repr(text), fmt, "->", tuple(r), r.tm_zone, r.tm_gmtoff)
    except Exception as e:
        print(repr(text), fmt, "->", type(e).__name__, e)


parse("2020-01-02 03:04:05", "%Y-%m-%d %H:%M:%S")
parse("Thu Jan  1 00:00:00 1970")
parse("Mon Jan  1 00:00:00 2020", "%c")
parse("12/31/99", "%x")
parse("23:59:60", "%X")
parse("2024", "%Y")
for two in ["00", "68", "69", "99"]:
    parse(two, "%y")
parse("monday MARCH 5", "%A %B %d")
parse("Tue sep 9", "%a %b %d")
parse("Monday", "%a")
parse("sept", "%b")
parse("12 AM", "%I %p")
parse("12 pm", "%I %p")
parse("1 PM", "%I %p")
parse("12", "%I")
parse("7", "%I")
parse("12:30:45.123456", "%H:%M:%S.%f")
parse("366", "%j")
parse("2021 366", "%Y %j")
parse("2016 60", "%Y %j")
parse("Feb 29", "%b %d")
parse("2020 Feb 29", "%Y %b %d")
parse("2019 Feb 29", "%Y %b %d")
parse("2020-02-30", "%Y-%m-%d")
parse("0000 1", "%Y %j")
parse("1 2", "%m %d")
parse(" 1", "%d")
parse("12", "%d%m")
parse("112", "%d%m")
parse("3112", "%d%m")
parse("3", "%w")
parse("7", "%u")
parse("2020 10 1", "%Y %U %w")
parse("2020 10 1", "%Y %W %w")
parse("2020 0 0", "%Y %U %w")
parse("2024 0 3", "%Y %W %w")
parse("2020 10 Mon", "%Y %W %a")
parse("1 Mon", "%U %a")
parse("2020 10 1", "%G %V %u")
parse("2021 53 1", "%G %V %u")
parse("2020 2020", "%Y %G")
parse("2020 10", "%G %V")
parse("10", "%V")
parse("10 1", "%V %u")
parse("2020 1 10 5", "%G %u %V %j")
for offset in ["+0100", "-01:30", "Z", "+01:30:15", "+01:30:15.5", "+013015.123456", "-23:59", "+01:3015", "z", "+01", "+0160"]:
    parse(offset, "%z")
for name in ["UTC", "gmt", "Utc", "EST"]:
    parse(name, "%Z")
parse("UTC +0100", "%Z %z")
parse("2020-01-02   ", "%Y-%m-%d ")
parse("2020\t01", "%Y %m")
parse("  2020", " %Y")
parse("2020", "  %Y")
parse(" 2020", "%Y")
parse("2020a", "%YA")
parse("%", "%%")
parse("50%", "%d%%")
parse("2020", "%Y-%m")
parse("2020-01x", "%Y-%m")
parse("20201", "%Y")
parse("99", "%Y")
parse("13", "%m")
parse("62", "%S")
parse("it's", "%Y")
parse("1", "%Q")
parse("1", "%")
parse("1%", "%Y%")
parse("1", "%E")
parse("1", "%e")
parse(1, "%Y")
parse("1", 1)

for fmt in ["%Y-%m-%d %H:%M:%S", "%a %d %B %Y %I:%M %p", "%j %y", "%A %b %d %H%M%S"]:
    text = time.strftime(fmt, (2023, 11, 14, 22, 13, 20, 1, 318, 0))
    back = time.strptime(text, fmt)
    print(repr(text), tuple(back))

try:
    time.strptime()
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.strptime("1", "%d", 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.strptime("1", format="%d")
except TypeError as e:
    print(type(e).__name__, e)

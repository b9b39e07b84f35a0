# time.strftime of fixed tuples: directives, padding, odd years, errors.
import os
import time

os.environ["TZ"] = "UTC"
time.tzset()


def show(fmt, when):
    try:
        print(repr(fmt), "->", repr(time.strftime(fmt, when)))
    except Exception as e:
        print(repr(fmt), "->", type(e).__name__, e)


when = (2024, 3, 9, 14, 5, 7, 5, 69, 0)
for d in "aAbBcdHIjmMpSUwWxXyYGuVgCDeFhnRrTtkls%":
    show("%" + d, when)
show("%Y-%m-%dT%H:%M:%S", when)
show("[%-d] [%_m] [%010Y] [%^a] [%#b] [%Ey] [%Od]", when)
show("", when)
show("no directives at all", when)
show("trailing %", when)
show("%Q unknown", when)
show("caf\u00e9 %Y \u00e8", when)
show("%Z %z", (2024, 3, 9, 14, 5, 7, 5, 69, -1))
show("%Z %z", time.struct_time((2024, 3, 9, 14, 5, 7, 5, 69, 0, "ABC", -16200)))
show("%Z %z", time.gmtime(0))
show("%Y|%C|%y|%G", (999, 1, 1, 0, 0, 0, 0, 1, 0))
show("%Y|%y", (5, 1, 1, 0, 0, 0, 0, 1, 0))
show("%Y|%y", (-42, 1, 1, 0, 0, 0, 0, 1, 0))
show("%Y", (10000, 1, 1, 0, 0, 0, 0, 1, 0))
show("%Y", (True, 1, 1, 0, 0, 0, 0, 1, 0))
show("%m %d %j", (2024, 0, 0, 0, 0, 0, 0, 0, 0))
show("%a %A", (2024, 1, 1, 0, 0, 0, -1, 1, 0))
show("%a", (2024, 1, 1, 0, 0, 0, 13, 1, 0))
show("%S", (2024, 1, 1, 0, 0, 61, 0, 1, 0))
show("%U %W", (2024, 12, 31, 0, 0, 0, 1, 366, 0))

for bad in [(2024, 13, 1, 0, 0, 0, 0, 1, 0), (2024, -1, 1, 0, 0, 0, 0, 1, 0), (2024, 1, -1, 0, 0, 0, 0, 1, 0),
            (2024, 1, 1, -1, 0, 0, 0, 1, 0), (2024, 1, 1, 0, 60, 0, 0, 1, 0), (2024, 1, 1, 0, 0, 62, 0, 1, 0),
            (2024, 1, 1, 0, 0, 0, -3, 1, 0), (2024, 1, 1, 0, 0, 0, 0, 367, 0), (2024, 1, 1, 0, 0, 0, 0, -1, 0),
            (2024, 1, 1), (2024, 1, 1, 0, 0, 0, 0, 1, 0, 0), [2024, 1, 1, 0, 0, 0, 0, 1, 0], None, 5,
            (2024, 1.5, 1, 0, 0, 0, 0, 1, 0), (2024, "1", 1, 0, 0, 0, 0, 1, 0),
            (2**31, 1, 1, 0, 0, 0, 0, 1, 0), (-2**31 - 1, 1, 1, 0, 0, 0, 0, 1, 0),
            (2024, 1, 1, 0, 0, 0, 0, 1, 2**64)]:
    show("%Y", bad)
show(5, when)
show(b"%Y", when)
show("a\0b", when)
try:
    time.strftime()
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.strftime("%Y", when, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.strftime(format="%Y")
except TypeError as e:
    print(type(e).__name__, e)
print(len(time.strftime("%Y")) == 4)

# time.struct_time, gmtime, mktime, asctime and ctime with fixed inputs.
import time


def attempt(label, fn, *args):
    try:
        print(label, repr(fn(*args)))
    except Exception as e:
        print(label, type(e).__name__, e)


moment = time.gmtime(1234567890)
print(moment)
print(moment.tm_year, moment.tm_mon, moment.tm_mday, moment.tm_hour, moment.tm_min, moment.tm_sec)
print(moment.tm_wday, moment.tm_yday, moment.tm_isdst, moment.tm_zone, moment.tm_gmtoff)
print(len(moment), moment[0], moment[-1], moment[1:4], list(moment)[:3])
print(isinstance(moment, tuple), type(moment).__name__, type(moment).__module__)
print(moment == (2009, 2, 13, 23, 31, 30, 4, 44, 0), tuple(moment))
year, month, *rest = moment
print(year, month, rest)
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(time.struct_time.__match_args__)
match moment:
    case time.struct_time(tm_year=2009, tm_mon=m):
        print("matched month", m)

made = time.struct_time((2020, 5, 17, 8, 30, 0, 6, 138, -1))
print(made, made.tm_zone, made.tm_gmtoff)
zoned = time.struct_time((2020, 5, 17, 8, 30, 0, 6, 138, 0, "CET", 3600))
print(zoned.tm_zone, zoned.tm_gmtoff)
from_dict = time.struct_time((2020, 5, 17, 8, 30, 0, 6, 138, 0), {"tm_zone": "XYZ"})
print(from_dict.tm_zone, from_dict.tm_gmtoff)
print(time.struct_time(range(9)))
print(moment.__reduce__())
attempt("short", time.struct_time, (1, 2, 3))
attempt("long", time.struct_time, tuple(range(12)))
attempt("not a sequence", time.struct_time, 5)
attempt("bad dict", time.struct_time, tuple(range(9)), 5)
attempt("no args", time.struct_time)
try:
    moment.tm_year = 1999
except AttributeError as e:
    print("set", type(e).__name__, e)

for stamp in (0, -1, 86399.9, -86400.5, 951782400, 4102444800, 10**10, -2**31):
    print(stamp, tuple(time.gmtime(stamp)))
attempt("gmtime nan", time.gmtime, float("nan"))
attempt("gmtime big float", time.gmtime, 1e20)
attempt("gmtime big int", time.gmtime, 2**64)
attempt("gmtime str", time.gmtime, "0")
attempt("gmtime two", time.gmtime, 1, 2)
print(time.gmtime(None) > (2000,))

print(time.asctime((2024, 2, 29, 7, 5, 3, 3, 60, 0)))
print(time.asctime(moment))
print(time.asctime((5, 1, 1, 0, 0, 0, 0, 1, 0)), "|", time.asctime((12345, 12, 31, 23, 59, 59, 6, 365, 0)))
print(time.asctime((2020, 0, 0, 0, 0, 0, -1, 0, 0)))
for bad in [(2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 32, 0, 0, 0, 0, 1, 0),
            (2020, 1, 1, 24, 0, 0, 0, 1, 0), (2020, 1, 1, 0, 60, 0, 0, 1, 0),
            (2020, 1, 1, 0, 0, 62, 0, 1, 0), (2020, 1, 1, 0, 0, 0, -2, 1, 0),
            (2020, 1, 1, 0, 0, 0, 0, 367, 0), (2020, 1), [2020, 1, 1, 0, 0, 0, 0, 1, 0],
            (2020.0, 1, 1, 0, 0, 0, 0, 1, 0), (2**31, 1, 1, 0, 0, 0, 0, 1, 0),
            (-2**31 + 1899, 1, 1, 0, 0, 0, 0, 1, 0), "2020"]:
    attempt("asctime", time.asctime, bad)
attempt("asctime two", time.asctime, moment, 1)

attempt("mktime type", time.mktime, 5)
attempt("mktime short", time.mktime, (1, 2, 3))
attempt("mktime none", time.mktime)
attempt("ctime str", time.ctime, "x")
attempt("ctime nan", time.ctime, float("nan"))

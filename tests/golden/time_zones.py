# localtime, mktime, ctime and the zone attributes under a fixed TZ.
import os
import time

for zone in ["UTC", "EST+05EDT,M3.2.0,M11.1.0", "JST-9", "AEST-10AEDT,M10.1.0,M4.1.0/3"]:
    os.environ["TZ"] = zone
    time.tzset()
    print(zone, time.timezone, time.altzone, time.daylight, time.tzname)
    for stamp in (0, 1700000000, 1690000000):
        local = time.localtime(stamp)
        print(" ", local, local.tm_zone, local.tm_gmtoff)
        print(" ", time.mktime(local), time.ctime(stamp), time.strftime("%Z %z", local))
    print("  mktime dst=-1", time.mktime((2023, 7, 1, 12, 0, 0, 0, 0, -1)))
    print("  mktime normalises", time.mktime((2023, 13, 1, 0, 0, 0, 0, 0, 0)) == time.mktime((2024, 1, 1, 0, 0, 0, 0, 0, 0)))
    for name in ["UTC", "gmt", "EST", "EDT", "JST", "AEDT"]:
        try:
            found = time.strptime(name, "%Z")
            print("  strptime", name, found.tm_isdst, found.tm_zone)
        except ValueError as e:
            print("  strptime", e)

os.environ["TZ"] = "UTC"
time.tzset()
print(time.localtime(86400 * 365) == time.gmtime(86400 * 365))
print(time.mktime(time.gmtime(1234567890)))
print(time.strftime("%Y-%m-%d", time.localtime(0)))
try:
    time.tzset(1)
except TypeError as e:
    print(type(e).__name__, e)

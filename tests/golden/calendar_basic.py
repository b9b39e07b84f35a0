import calendar

print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.isleap(2023))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 1900), calendar.leapdays(0, 400))
print(calendar.weekday(2024, 2, 29), calendar.weekday(1970, 1, 1), calendar.weekday(10000, 1, 1), calendar.weekday(1, 1, 1))
for ym in [(2024, 2), (2023, 2), (1900, 2), (2026, 12), (2000, 1)]:
    print(ym, calendar.monthrange(*ym))
print(calendar.monthcalendar(2024, 3))
print(calendar.timegm((2024, 3, 1, 12, 30, 15, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59)))
print(calendar.month(2024, 2))
print(calendar.month(2024, 9, 4, 2))
calendar.prmonth(1999, 12)
calendar.prmonth(2026, 3, w=3)
print(list(calendar.month_name), list(calendar.month_abbr))
print(list(calendar.day_name), list(calendar.day_abbr), len(calendar.month_name), calendar.month_name[1:4])
print(calendar.firstweekday(), repr(calendar.weekheader(2)), repr(calendar.weekheader(9)), repr(calendar.weekheader(1)))
print(repr(calendar.week([(1, 0), (2, 1), (0, 2)], 3)))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 6))
print(calendar.monthcalendar(2024, 6))
calendar.setfirstweekday(0)
for bad in [13, 0, -1]:
    try:
        calendar.monthrange(2024, bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e, e.month, isinstance(e, ValueError))
for bad in [7, -1]:
    try:
        calendar.setfirstweekday(bad)
    except calendar.IllegalWeekdayError as e:
        print(type(e).__name__, e)
for args in [(2024, 13, 1), (2023, 2, 29)]:
    try:
        calendar.weekday(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    calendar.month(2024, 13)
except (ValueError, IndexError) as e:
    print(type(e).__name__, e)
print(calendar.calendar(2024))
calendar.prcal(2023, 2, 1, 6, 4)
print(calendar.calendar(2025, w=3, l=2, c=4, m=2))

c = calendar.Calendar(firstweekday=6)
print(c.firstweekday, c.getfirstweekday(), list(c.iterweekdays()))
print(list(c.itermonthdays(2024, 2)))
print(list(c.itermonthdays2(2024, 2))[:9])
print(list(c.itermonthdays3(2024, 1))[:3], list(c.itermonthdays3(2024, 12))[-3:])
print(list(c.itermonthdays4(2024, 2))[-2:])
print(c.monthdays2calendar(2024, 2)[0])
print(len(c.yeardayscalendar(2024)), len(c.yeardayscalendar(2024, 4)), c.yeardayscalendar(2024, 4)[0][1][0])
print(c.yeardays2calendar(2024, 2)[5][1][-1])
c.setfirstweekday(9)
print(c.firstweekday)

t = calendar.TextCalendar(calendar.WEDNESDAY)
print(t.formatmonth(2024, 5))
print(repr(t.formatday(0, 0, 3)), repr(t.formatday(7, 0, 4)), repr(t.formatweekday(0, 10)), repr(t.formatmonthname(2024, 5, 20)), repr(t.formatmonthname(2024, 5, 12, False)))
t.prweek([(1, 0), (2, 1)], 2)
print()
t.pryear(2024, m=6)

h = calendar.HTMLCalendar(calendar.SUNDAY)
print(h.formatmonth(2024, 2))
print(h.formatmonth(2024, 3, withyear=False))
print(h.formatday(0, 3), h.formatday(5, 3), h.formatweekday(6), h.formatweekheader())
print(h.formatyear(2024, width=4))
print(h.formatyearpage(2024, width=6, css=None, encoding="ascii").decode()[:600])
print(h.formatyearpage(2024)[:400])

class MyHTML(calendar.HTMLCalendar):
    cssclasses = ["a", "b", "c", "d", "e", "f", "g"]
    cssclass_noday = "empty"
print(MyHTML().formatweek([(0, 0), (1, 1), (2, 2)]))
print(calendar.LocaleTextCalendar(0).formatmonth(2024, 1) == calendar.TextCalendar(0).formatmonth(2024, 1))
print(calendar.MONDAY, calendar.SUNDAY, calendar.mdays, calendar.error, calendar.EPOCH)

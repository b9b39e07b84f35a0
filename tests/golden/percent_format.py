# printf-style % formatting.
print("%d %i %u" % (42, -7, 3))
print("%5d|%-5d|%05d|%+d|% d|%+05d" % (42, 42, 42, 42, 42, -42))
print("%x %X %o %#x %#X %#o %08x" % (255, 255, 8, 255, 255, 8, 48879))
print("%s %r %a" % ("str", "str", "é"))
print("%c%c" % (72, "i"), "%%", "%5.2s|" % "abcdef", "%-6s|" % "ab", "%.0s|" % "gone")
print("%f %.2f %10.4f %-10.1f| %e %.2E %g %G" % (3.14159, 2.5, 1.0, -1.25, 1234.5, 0.000123, 1e-5, 1e20))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%(a)s %(a)r" % {"a": "x"})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (None, True), "%d" % True, "%d" % 3.99)
print("%s" % "single", "no args" % (), "%.3s" % "abcdef")
print("%x" % -255, "%o" % -8, "%d" % (2 ** 70), "%x" % (2 ** 70), "%e" % (2 ** 70))
print("%10s|%-10s|" % ("right", "left"), "%3d%%" % 7)
print("%#.3g %g %g %g" % (1.0, 100000.0, 1000000.0, 0.0001))
print("%i" % -0, "%.1f" % 0.05, "%.1f" % 0.15, "%.1f" % 0.25, "%.2f" % 1.005)
print(b"%s %d %x" % (b"bytes", 5, 255), b"%5s|" % b"ab", b"%c" % 65)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%(k)s" % {"j": 1})
except KeyError as e:
    print("KeyError:", e)
try:
    print("%y" % 1)
except ValueError as e:
    print("ValueError:", e)
class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
print("%s %r" % (P(), P()))
print("%-8.3f|%8.3e|" % (3.14159, 31415.9))
print("%+.2e" % -0.000012345, "%.0f" % 2.5, "%.0f" % 3.5, "%.0e" % 15000)
for n in [0, 1, -1, 123456789, -987654321]:
    print("%12d|%-12d|%012d|%+12d" % (n, n, n, n))

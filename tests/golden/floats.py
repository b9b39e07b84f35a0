# Float repr and formatting.
vals = [0.0, -0.0, 1.0, 0.1, 0.2, 0.30000000000000004, 1/3, 2/3, 1e16, 1e15, 123456789.123,
        1e-4, 1e-5, 0.0001, 0.00001, 1.5e300, 2.5e-300, 5e-324, 1.7976931348623157e308,
        12345678912345678.0, 100.0, 1e100, 3.141592653589793, 2.718281828459045, 9.999999999999999e22]
for v in vals:
    print(repr(v), str(v), -v)
print(float("inf"), float("-inf"), float("nan"), float("  1.5  "), float("1e3"), float("-.5"))
print(float("infinity"), float("-Infinity"), float("1_000.5"), float(10), float(True), float(2 ** 60))
for v in [3.14159, -2.5, 1234.5678, 0.000123, 1e20, 12.0, 0.5]:
    print(f"{v:.2f}|{v:10.3f}|{v:<10.1f}|{v:e}|{v:.3e}|{v:g}|{v:.3g}|{v:%}|{v:+.1f}|{v:08.2f}")
print(format(1234567.891, ","), format(1234567.891, "_.2f"), format(0.1, ".20f"))
print("%.3f %e %g %G %10.2f %-8.1f|" % (2.5, 12345.6789, 0.00001234, 1e20, 3.14159, 2.0))
print(round(3.14159, 2), round(2.5), round(-0.5), round(1.25, 1), round(0.125, 2), round(1e20, -5))
print(int(3.9), int(-3.9), int(1e10), 7.0 // 2, 7.0 % 2, -7.0 % 2, 2.0 ** 10, 10.0 ** -2)
print(1.5.is_integer(), 2.0.is_integer(), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print((2.5).hex(), float.fromhex("0x1.8p1"), (1.0).hex())
print(abs(-1.5), max(0.1, 0.2), min([3.5, 1.25]), sum([0.1] * 10), 0.1 * 10)
print(1e16 + 1, 2 ** 53 + 1.0, 1e308 + 1e308, -1e308 * 2)
n = float("nan")
print(n == n, n != n, n < 1, n > 1, [n] == [n], n is n)
print(float("inf") > 1e308, float("inf") - float("inf"), float("inf") * 0)
print(3.0 == 3, 3.5 > 3, hash(3.0) == hash(3), str(1.0e-10), str(-1.23e-7))
print(f"{1e-10}", f"{1.0}", f"{100.0:.0f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}")
print(f"{123.456:10}", f"{123.456:<10}|", f"{123.456:^12.1f}|", f"{-0.0:.1f}", f"{1e300 * 10:f}")
print(float(1 << 1023) * 2 == float("inf") if False else "skip", 1.0 / 3.0 * 3.0)
print(divmod(-7.5, 2), divmod(7.5, -2), 5.5 // 1.5, 5.5 % 1.5)
print(0.1 + 0.7, 1.1 * 1.1, 1 - 0.9, 100 * 1.1, 4.35 * 100)
print(1e22, 1e21, 1e-6, 1e-7, 123e-20, 0.1e-3)
print(str(1/7), repr(1/7), float(repr(1/7)) == 1/7)

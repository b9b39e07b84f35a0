# str.format and format().
print("{} {} {}".format(1, "a", 2.5))
print("{0} {1} {0}".format("x", "y"), "{1}{0}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=7), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}))
class Pt:
    def __init__(self):
        self.x, self.y = 3, 4
print("{0.x},{0.y}".format(Pt()), "{p.x}".format(p=Pt()))
print("{:>10}|{:<10}|{:^10}|{:*^10}|{:->7}".format("r", "l", "c", "s", "d"))
print("{:d} {:5d} {:<5d}| {:05d} {:+d} {: d} {:,} {:_}".format(1, 2, 3, 4, 5, 6, 1234567, 7654321))
print("{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b} {:08b} {:_x}".format(255, 255, 8, 5, 255, 8, 5, 5, 0xdeadbeef))
print("{:f} {:.2f} {:e} {:.1e} {:g} {:%} {:.1%}".format(1.5, 2.345, 1500.0, 0.00012, 0.0000123, 0.25, 0.123))
print("{:10.3f}|{:<10.2f}|{:^10.1f}|{:=+10.2f}|{:010.2f}".format(3.14159, 2.5, -1.25, 7.0, -3.5))
print("{!r} {!s} {!a}".format("s", "s", "é"), "{0!r:>8}".format("x"))
print("{{literal}} {}".format(5), "{:{}}|".format("w", 5), "{:{w}.{p}f}".format(3.14159, w=10, p=2))
print(format(42), format(42, "x"), format(3.5, ".3f"), format("s", ">4"), format(True), format(None))
print(format(1e16), format(1e16, ""), format(123.0, "g"), format(0.5, "n"), format(12, "n"))
print("{:c}".format(97), "{:s}".format("str"), "{:.2s}".format("abc"), "{:3}|".format(7), "{:3}|".format("t"))
print("{:,.2f}".format(1234567.891), "{:_.3f}".format(9876543.21), "{:>+12,.1f}".format(-12345.67))
class F:
    def __format__(self, spec):
        return "F[" + spec + "]"
print("{:abc}".format(F()), format(F(), "xyz"), f"{F():q}")
print("{0:{1}}".format(3.14159, ".2f"), "{:#.3g}".format(1.0), "{:.0%}".format(0.5))
print("{:>5}".format(True), "{:d}".format(True), "{}".format(True), "{!s:^7}|".format(None))
print("{:e}".format(0), "{:.3}".format(3.14159), "{:.3}".format("abcdef"), "{:10}|".format(1.5))
print("{}".format([1, "a"]), "{}".format({"k": (1,)}), "{0}{0}".format(-0.0))
print("{:z.1f}".format(-0.01) if False else "skip-z", "{:#x}".format(-255), "{:+#o}".format(8))
print("{a}{b}".format_map({"a": 1, "b": 2}))
for spec in ["", "<6", ">6", "^6", "06", "+", "x", "o", "b", "e", ".2f", "%", ","]:
    print(repr(spec), format(42, spec), format(42.0, spec) if spec not in ("x", "o", "b") else "-")
try:
    "{:d}".format("x")
except ValueError as e:
    print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)

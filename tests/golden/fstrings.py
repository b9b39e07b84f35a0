# f-strings: expressions, specs, conversions, `=`, nesting.
x, y, name = 10, 3.14159, "coil"
print(f"{x}", f"{x + 1}", f"{x * 2 = }", f"{x=}", f"{y=:.2f}", f"{name=!r}", f"{name = }")
print(f"{name!r} {name!s} {name!a} {'é'!a}", f"{x!r:>5}|")
print(f"{x:>5}|{x:<5}|{x:^5}|{x:05}|{x:x}|{x:#b}|{x:+}")
print(f"{y:.3f} {y:10.2f}| {y:<10.1e}| {y:g} {y:%}")
w, p = 12, 3
print(f"{y:{w}.{p}f}|", f"{name:>{w}}|", f"{name:{'*'}^{w}}")
print(f"{'nested ' + f'{x}'}", f"{[i for i in range(3)]}", f"{ {'a': 1}['a'] }", f"{(lambda v: v * 2)(4)}")
print(f"{{braces}}", f"{{{x}}}", f"a{{b}}c", f"{x}{{}}")
print(f"{x if x > 5 else 0}", f"{'yes' if x else 'no'}", f"{x:{'>' if x else '<'}6}|")
d = {"key": "val", "n": [1, 2]}
print(f"{d['key']}", f"{d['n'][1]}", f'{d["key"]}', f"{len(d)}")
print(f"""triple {x}
second line {y:.1f}""")
print(f"{3.0}", f"{1e20}", f"{None}", f"{True}", f"{b'x'}", f"{[1, 'a']}", f"{(1,)}")
class C:
    def __str__(self):
        return "C-str"
    def __repr__(self):
        return "C-repr"
    def __format__(self, spec):
        return "C-fmt(" + spec + ")"
c = C()
print(f"{c}", f"{c!s}", f"{c!r}", f"{c:spec}", f"{c=}", f"{c!r:>10}")
items = ["a", "bb", "ccc"]
for i, it in enumerate(items):
    print(f"{i:02d}: {it:<4}|{len(it):>3}")
print(f"{'abc':.2}", f"{12345:,}", f"{1234567.5:,.1f}", f"{0.5:.0%}", f"{-5:5}", f"{-5:<5}|")
print(f"{x}" f"{y:.1f}" "plain" f"{name}")
print(rf"\d{x}", fr"{name}\n", f"\t{x}\\")
print(f"{x!r:^9}|", f"{'q'!r}", f"{x:>{w}}|")
def fn(*a, **k):
    return len(a) + len(k)
print(f"{fn(1, 2, k=3)}", f"{fn()}", f"{x and y}", f"{x or y}", f"{not x}")
print(f"{2**10}", f"{x // 3}", f"{x % 3}", f"{-x}", f"{x<<2}", f"{x>5}")
print(f"{x = :>6}|", f"{ x = }", f"{x+y=:.2f}")
v = 255
print(f"{v:#06x}", f"{v:08b}", f"{v:o}", f"{v:X}", f"{v:c}", f"{v:_b}")
print(f"{'a'}{'b'}{'c'}", f"{'x' * 3}", f"{str(1) + '2'}")

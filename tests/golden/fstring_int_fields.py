x = 5; y = -12; b = True; big = 2**70; s = "hi"; fl = 2.5
print(f"{x}", f"{x}-{y}", f"a{x}b{y}c", f"{b}{x}", f"{big}{x}", f"{x:>5}|{y:05d}", f"{x!r}{s!r}", f"{fl}{x}")
print(f"{x:{x}}|", f"{s:>{x}}|", f"{x=}", f"{ {x}}")
class I(int): pass
print(f"{x}{-9223372036854775808}", f"{len('abc')}{x}")
w = 3
print(f"{'abc':{w}}{x}", f"{x}" + "z", type(f"{x}"))

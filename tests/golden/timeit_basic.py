import io
import sys
import timeit


class Clock:
    def __init__(self, step):
        self.now = 10.0
        self.step = step

    def __call__(self):
        return self.now

    def tick(self):
        self.now += self.step

    def wrap(self, timer):
        return self


clock = Clock(0.25)
t = timeit.Timer("clock.tick()", "clock.now = 10.0", timer=clock, globals={"clock": clock})
print(t.timeit(8), t.repeat(3, 4), t.autorange())
calls = []
print(t.autorange(lambda n, s: calls.append((n, s))), calls)
print(timeit.timeit(clock.tick, number=3, timer=clock), timeit.repeat(lambda: clock.tick(), repeat=2, number=2, timer=clock))
print(timeit.reindent("a\nb\n c", 4), timeit.default_number, timeit.default_repeat, timeit.default_timer is __import__("time").perf_counter)
print(timeit.Timer("").timeit(5) >= 0, timeit.Timer("# note").timeit(1) >= 0)

for kwargs in [dict(stmt=None), dict(setup=3), dict(stmt="return"), dict(stmt="break"), dict(stmt="  x"),
               dict(setup="yield"), dict(stmt="from os import *")]:
    try:
        timeit.Timer(**kwargs)
    except (ValueError, SyntaxError) as e:
        print(type(e).__name__, e.msg if isinstance(e, SyntaxError) else e)

try:
    timeit.Timer("_not_defined_here", timer=clock).timeit(1)
except NameError as e:
    print("NameError", e)
err = io.StringIO()
bad = timeit.Timer("1/0")
try:
    bad.timeit(1)
except ZeroDivisionError:
    bad.print_exc(err)
print(err.getvalue().splitlines()[0], "|", err.getvalue().splitlines()[-1])

for step, args in [(1.0, []), (0.0055, []), (0.0000025, ["-n100"]), (2.0, ["-n35", "-s", "print('setup')"]),
                   (60.0, ["-r-5"]), (1.0, ["-v"]), (0.00003, ["-vv"]), (0.003, ["-u", "usec"]),
                   (1.0, ["--bad"]), (1.0, ["-u"]), (1.0, ["--number=2", "--rep", "2"])]:
    c = Clock(step)
    path = sys.path[:]
    print("main", args)
    timeit.clock = c
    status = timeit.main(args + ["import timeit\ntimeit.clock.tick()"], _wrap_timer=c.wrap)
    sys.path[:] = path
    print("status", status)

# The clocks, sleep and get_clock_info: shapes and errors only (no timings).
import time

for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    f = getattr(time, name)
    ns = getattr(time, name + "_ns")
    a, b = f(), ns()
    print(name, type(a).__name__, type(b).__name__, a >= 0, b >= 0)
    info = time.get_clock_info(name)
    print(" ", type(info).__name__, info.implementation, info.monotonic, info.adjustable, info.resolution > 0)
    try:
        f(1)
    except TypeError as e:
        print(" ", type(e).__name__, e)

first = time.monotonic()
time.sleep(0.01)
time.sleep(0)
time.sleep(False)
print("monotonic advances", time.monotonic() - first >= 0.009)
print("time vs time_ns", abs(time.time() - time.time_ns() / 1e9) < 1)
print("clock ids", time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID)
print("clock_gettime", type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__,
      type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__, time.clock_getres(time.CLOCK_REALTIME) > 0)

for args in [(-1,), (-0.5,), ("1",), (None,), (float("nan"),), (1e300,), (2**70,), (), (1, 2)]:
    try:
        time.sleep(*args)
    except Exception as e:
        print("sleep", args, type(e).__name__, e)
try:
    time.sleep(secs=1)
except TypeError as e:
    print(type(e).__name__, e)
for args in [("x",), ()]:
    try:
        time.get_clock_info(*args)
    except Exception as e:
        print("get_clock_info", type(e).__name__, e)
for args in [("x",), (0.5,), ()]:
    try:
        time.clock_gettime(*args)
    except Exception as e:
        print("clock_gettime", type(e).__name__, e)
try:
    time.clock_gettime(12345)
except OSError as e:
    print("clock_gettime", type(e).__name__, e.errno)

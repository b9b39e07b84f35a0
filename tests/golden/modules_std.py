# math, time and sys.
import math, time, sys
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.sqrt(16), math.floor(-2.5), math.ceil(-2.5), math.floor(3), math.ceil(2.1), math.trunc(-3.7))
print(math.pow(2, 0.5), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(0))
print(math.sin(0), math.cos(0), math.tan(0), round(math.sin(math.pi / 2), 12), math.atan2(1, 1), math.asin(1), math.acos(1), math.atan(1))
print(math.hypot(3, 4), math.degrees(math.pi), math.radians(180), math.fabs(-2), math.copysign(1, -0.0))
print(math.factorial(20), math.factorial(30), math.gcd(12, 18), math.gcd(0, 5), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isfinite(1e308), math.isinf(math.inf), math.fsum([0.1] * 10))
print(math.modf(2.5), math.modf(-2.5), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(7, -3), math.remainder(7, 3))
print(math.isqrt(17), math.isqrt(10 ** 30), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)), math.cosh(0), math.sinh(0), math.tanh(0))
print(math.floor(2 ** 70 + 0.5) if False else math.floor(1e20), math.ceil(10 ** 20), type(math.floor(1.5)).__name__, math.sqrt(10 ** 20))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.factorial(-1),
            lambda: math.factorial(1.5), lambda: math.acos(2), lambda: math.floor("x"), lambda: math.exp(1000)]:
    try:
        bad()
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.01)
print(time.time() >= t0, time.monotonic() - m0 >= 0.009, time.perf_counter() > p0, type(time.time()).__name__)
print(type(time.time_ns()).__name__, time.time_ns() > 10 ** 18, type(time.monotonic_ns()).__name__)
print(sys.argv[0], len(sys.argv), type(sys.path).__name__, sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(1000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
n = sys.stdout.write("written via sys.stdout\n")
print(n)
sys.stdout.write("no newline")
sys.stdout.write("\n")
print(sys.maxsize, sys.version_info[:2] >= (3, 11), sys.byteorder, type(sys.platform).__name__)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("SystemExit", repr(e.code))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
print("before exit")
sys.exit(0)
print("not printed")

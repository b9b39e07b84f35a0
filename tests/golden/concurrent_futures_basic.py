# concurrent.futures: Future states and reprs, ThreadPoolExecutor.map/submit,
# exceptions and callbacks, shutdown, the errors CPython raises.
import concurrent.futures as cf
import re


def square(x):
    return x * x


def fail(x):
    raise ValueError(f"bad {x}")


def shape(fut):
    # The repr without its address.
    return re.sub(r"0x[0-9a-f]+", "ADDR", repr(fut))


f = cf.Future()
print(shape(f), f.done(), f.running(), f.cancelled())
f.set_result([1])
print(shape(f), f.result(), f.exception())
try:
    f.set_result(2)
except cf.InvalidStateError as e:
    print("InvalidStateError", shape(str(e)))
g = cf.Future()
g.set_exception(KeyError("k"))
print(shape(g), repr(g.exception()))
h = cf.Future()
print(h.cancel(), h.cancelled(), h.done(), h.cancel())
try:
    h.result()
except cf.CancelledError as e:
    print("CancelledError", repr(e))
r = cf.Future()
print(r.set_running_or_notify_cancel(), r.running(), shape(r))
try:
    r.result(timeout=0)
except cf.TimeoutError:
    print("TimeoutError")
print(r.cancel())

seen = []
cb = cf.Future()
cb.add_done_callback(lambda fut: seen.append(("first", fut.result())))
cb.set_result("v")
cb.add_done_callback(lambda fut: seen.append(("late", fut.result())))
print(seen)

with cf.ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(8))))
    print(list(ex.map(pow, [2, 3, 4], [5, 6, 7])))
    futs = {ex.submit(square, i): i for i in range(6)}
    print(sorted((futs[f], f.result()) for f in cf.as_completed(futs)))
    bad = ex.submit(fail, 7)
    print(type(bad.exception()).__name__, bad.exception())
    try:
        bad.result()
    except ValueError as e:
        print("result raised", e)
    try:
        list(ex.map(fail, [1]))
    except ValueError as e:
        print("map raised", e)
    kw = ex.submit(dict, a=1, b=2)
    print(kw.result())
    print(ex._max_workers, ex._thread_name_prefix.startswith("ThreadPoolExecutor-"))
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(e)

for args, exc in [((0,), ValueError), ((-1,), ValueError)]:
    try:
        cf.ThreadPoolExecutor(*args)
    except exc as e:
        print(type(e).__name__, e)
try:
    cf.ThreadPoolExecutor(initializer=5)
except TypeError as e:
    print(e)

log = []
with cf.ThreadPoolExecutor(initializer=log.append, initargs=("init",)) as ex:
    print(ex.submit(len, "abc").result(), log)

print(cf.ALL_COMPLETED, cf.FIRST_COMPLETED, cf.FIRST_EXCEPTION)
print(issubclass(cf.BrokenExecutor, RuntimeError), cf.TimeoutError is TimeoutError)
print(issubclass(cf.CancelledError, cf._base.Error), cf.Future[int])
print(sorted(cf.__all__))
from concurrent.futures.thread import BrokenThreadPool
print(BrokenThreadPool.__mro__[1].__name__)

with cf.ProcessPoolExecutor(max_workers=2) as pex:
    print(list(pex.map(square, [1, 2, 3])), pex.submit(abs, -4).result())
try:
    cf.ProcessPoolExecutor(0)
except ValueError as e:
    print(e)

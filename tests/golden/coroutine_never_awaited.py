# A coroutine that is never awaited: the RuntimeWarning goes through the
# warnings filters (record, error, ignore), and origin tracking adds where the
# coroutine was created.
import sys
import warnings


async def job():
    return 1


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    c = job()
    del c
    job()
for w in caught:
    print(w.category.__name__, w.message, w.filename == __file__)
print(caught[0].lineno)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore")
    job()
print(len(caught))

# "error": the warning becomes an exception in a finalizer, so it is unraisable.
seen = []
sys.unraisablehook = lambda u: seen.append((u.exc_type.__name__, str(u.exc_value), repr(u.object)[:22]))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    job()
sys.unraisablehook = sys.__unraisablehook__
print(seen)

# Origin tracking.
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(3)


def make():
    return job()


c = make()
print([(line, name) for _, line, name in c.cr_origin])
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    del c
message = str(caught[0].message)
print(message.splitlines()[0])
print(message.splitlines()[1])
print(len(message.splitlines()))
sys.set_coroutine_origin_tracking_depth(0)
print(job().cr_origin)
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError:", e)
warnings.simplefilter("ignore")

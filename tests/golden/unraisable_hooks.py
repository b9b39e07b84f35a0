# sys.unraisablehook: exceptions raised where they cannot propagate (a __del__,
# a weakref callback, a gc callback, an atexit callback) reach the hook; the
# default hook prints "Exception ignored in: ..." and the traceback.
import gc
import io
import re
import sys
import weakref


def scrub(text):
    return re.sub(r"0x[0-9a-f]+", "0x...", text)


class Noisy:
    def __del__(self):
        raise ValueError("from __del__")


# The default hook writes to sys.stderr.
saved = sys.stderr
sys.stderr = io.StringIO()
n = Noisy()
del n
text = sys.stderr.getvalue()
sys.stderr = saved
print(scrub(text.splitlines()[0]))
print(text.splitlines()[-1])
print("Traceback (most recent call last):" in text)

seen = []


def hook(unraisable):
    seen.append((unraisable.exc_type.__name__, str(unraisable.exc_value), unraisable.err_msg,
                 scrub(repr(unraisable.object)), unraisable.exc_traceback is not None))


sys.unraisablehook = hook
n = Noisy()
del n


class Target:
    pass


def callback(ref):
    raise KeyError("from a weakref callback")


t = Target()
r = weakref.ref(t, callback)
del t


def gc_callback(phase, info):
    raise RuntimeError("from gc callback " + phase)


gc.callbacks.append(gc_callback)
gc.collect()
gc.callbacks.remove(gc_callback)

for entry in seen:
    print(entry)
print(type(sys.__unraisablehook__).__name__, sys.unraisablehook is hook)


# A hook that fails is itself reported through the default hook.
def broken(unraisable):
    raise TypeError("broken hook")


sys.unraisablehook = broken
sys.stderr = io.StringIO()
n = Noisy()
del n
text = sys.stderr.getvalue()
sys.stderr = saved
print(scrub(text.splitlines()[0]))
print(text.splitlines()[-1])
sys.unraisablehook = sys.__unraisablehook__
print("done")

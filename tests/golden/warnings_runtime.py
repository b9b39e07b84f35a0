# Warnings the runtime issues itself: an unclosed file's ResourceWarning and
# random's DeprecationWarning, attributed to the script's own lines.
import random
import warnings


def leak():
    f = open(__file__, "rb")
    f = None


def tidy():
    with open(__file__, "rb") as f:
        f.read(1)
    g = open(__file__, "rb")
    g.close()


def summary(log):
    return [(w.category.__name__, str(w.message).split(" <")[0], w.lineno) for w in log]


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    leak()
    tidy()
print(summary(log))

# Ignored by default: nothing is recorded without a filter for them.
with warnings.catch_warnings(record=True) as log:
    leak()
print(summary(log))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    random.randrange(10.0)
    random.randrange(0, 5.0)
print(summary(log))

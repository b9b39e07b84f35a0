# The pure-Python warnings machinery, used when _warnings cannot be imported:
# the same filters, actions and locations as the native one.
import sys

sys.modules["_warnings"] = None
sys.modules.pop("warnings", None)
import warnings

del sys.modules["_warnings"]
print("native" if warnings.warn.__module__ is None else warnings.warn.__module__)
print(warnings.filters[0][0], warnings.filters[0][2].__name__, warnings.filters[0][3].pattern)
print(len(warnings.filters), warnings.defaultaction, warnings.onceregistry)


def inner(level):
    warnings.warn("from inner", UserWarning, stacklevel=level)


def outer(level):
    inner(level)


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for level in (1, 2, 3):
        outer(level)
    outer(100)
for w in log:
    print(w.filename.rsplit("/", 1)[-1], w.lineno, w.message)

for action in ("default", "module", "once", "always", "ignore"):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action)
        registry = {}
        for line in (1, 1, 2):
            warnings.warn_explicit("t", UserWarning, "m.py", line, registry=registry)
    print(action, [w.lineno for w in log])

with warnings.catch_warnings(action="error", category=FutureWarning):
    try:
        warnings.warn("future", FutureWarning)
    except FutureWarning as e:
        print("raised", e)

try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)

# formatwarning and showwarning, plain and replaced.
print(warnings.formatwarning("msg", UserWarning, "f.py", 4, line="  code()  "), end="")
warnings.formatwarning = lambda m, c, f, l, line=None: "custom: %s\n" % m
warnings.showwarning("shown", UserWarning, "f.py", 4, file=sys.stdout)
with warnings.catch_warnings():
    warnings.simplefilter("always")
    sys.stderr = sys.stdout
    warnings.warn("through formatwarning")
    sys.stderr = sys.__stderr__

# -W option syntax.
for option in ("error::DeprecationWarning", "ignore:text:UserWarning:mod:3",
               "d", "bogus", "a:b:c:d:e:f", "::NoSuchWarning", "::int",
               "::os.nope", "::nosuchmodule.X", "::::-1", "::::x"):
    with warnings.catch_warnings():
        try:
            warnings._setoption(option)
            f = warnings.filters[0]
            print(option, "->", f[0], f[1] and f[1].pattern, f[2].__name__,
                  f[3] and f[3].pattern, f[4])
        except warnings._OptionError as e:
            print(option, "->", type(e).__name__, e)

# warnings: filters, actions, registries, catch_warnings, formatting.
import io
import sys
import warnings

sys.stderr = sys.stdout

print(warnings.filters)
print(warnings.defaultaction, warnings.onceregistry)
print(warnings.__all__)


def show(msgs):
    for w in msgs:
        print(" ", w.category.__name__, str(w.message), w.lineno, w.line, w.file, w.source)


# record=True collects WarningMessage objects and restores the filters.
before = list(warnings.filters)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("plain")
    warnings.warn("typed", RuntimeWarning)
    warnings.warn(FutureWarning("an instance"))
    warnings.warn(UserWarning("instance wins"), DeprecationWarning)
    warnings.warn(42)
    warnings.warn_explicit("explicit", SyntaxWarning, "some/file.py", 7)
show(log)
print(warnings.filters == before, type(log[0]).__name__)
print(type(log[0].message).__name__, repr(log[0].message))
print(str(warnings.WarningMessage("m", UserWarning, "f.py", 3)))
print(str(warnings.WarningMessage("m", None, "f.py", 3, line="x = 1")))

# Actions.
def count(action, times=3, lineno_vary=False):
    with warnings.catch_warnings(record=True) as log:
        warnings.resetwarnings()
        warnings.simplefilter(action)
        registry = {}
        for i in range(times):
            warnings.warn_explicit("same text", UserWarning, "mod.py",
                                   10 + (i if lineno_vary else 0),
                                   registry=registry)
    return len(log)

for action in ["always", "default", "module", "once", "ignore"]:
    print(action, count(action), count(action, lineno_vary=True))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)
    try:
        warnings.warn_explicit(ValueError and UserWarning("as instance"), None, "f", 1)
    except UserWarning as e:
        print("raised", repr(e))

# Filters with categories, line numbers and append.
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.simplefilter("ignore")
    warnings.simplefilter("always", RuntimeWarning)
    warnings.simplefilter("always", lineno=5, append=True)
    warnings.warn_explicit("runtime", RuntimeWarning, "a.py", 1)
    warnings.warn_explicit("user at 1", UserWarning, "a.py", 1)
    warnings.warn_explicit("user at 5", UserWarning, "a.py", 5)
    print([f[0] for f in warnings.filters], [f[4] for f in warnings.filters])
    warnings.simplefilter("ignore")
    print(len(warnings.filters))
show(log)

# Registry contents.
with warnings.catch_warnings():
    warnings.simplefilter("default")
    reg = {}
    warnings.warn_explicit("once in reg", UserWarning, "r.py", 3, registry=reg, module="r")
    print(sorted(k for k in reg if k != "version"), "version" in reg)
    warnings.simplefilter("module")
    reg = {}
    warnings.warn_explicit("mod", UserWarning, "r.py", 3, registry=reg, module="r")
    print(sorted((k for k in reg if k != "version"), key=repr))

# The filters change: a registry filled earlier is forgotten.
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    reg = {}
    warnings.warn_explicit("again", UserWarning, "x.py", 1, registry=reg)
    warnings.warn_explicit("again", UserWarning, "x.py", 1, registry=reg)
    warnings.simplefilter("default", RuntimeWarning)
    warnings.warn_explicit("again", UserWarning, "x.py", 1, registry=reg)
print(len(log))

# Errors in arguments.
def attempt(f, *args, **kw):
    try:
        f(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)

attempt(warnings.filterwarnings, "bogus")
attempt(warnings.filterwarnings, "ignore", 1)
attempt(warnings.filterwarnings, "ignore", "", 1)
attempt(warnings.filterwarnings, "ignore", "", int)
attempt(warnings.filterwarnings, "ignore", "", Warning, 1)
attempt(warnings.filterwarnings, "ignore", "", Warning, "", -1)
attempt(warnings.simplefilter, "bogus")
attempt(warnings.simplefilter, "ignore", Warning, -1)
attempt(warnings.warn, "x", int)
attempt(warnings.warn, "x", 5)
attempt(warnings.warn_explicit, "m", Warning, "f", 1, registry=42)
attempt(warnings.warn_explicit, "m", Warning, "f", 1, module_globals=42)

with warnings.catch_warnings():
    warnings.filters.insert(0, ("bad", None, Warning, None, 0))
    warnings._filters_mutated()
    attempt(warnings.warn, "z")

c = warnings.catch_warnings(record=True)
print(repr(c), repr(warnings.catch_warnings()))
attempt(c.__exit__, None, None, None)
with c:
    attempt(c.__enter__)

# catch_warnings(action=...) (new in 3.11).
with warnings.catch_warnings(action="error", category=RuntimeWarning):
    attempt(warnings.warn, "inside", RuntimeWarning)
print(warnings.filters == before)

# Formatting and showing.
print(repr(warnings.formatwarning("msg", UserWarning, "f.py", 3)))
print(repr(warnings.formatwarning("msg", UserWarning, "f.py", 3, "   code()  ")))
print(repr(warnings.formatwarning("msg", UserWarning, "f.py", 3, "")))
buf = io.StringIO()
warnings.showwarning("shown", RuntimeWarning, "g.py", 12, buf, "line text")
print(repr(buf.getvalue()))

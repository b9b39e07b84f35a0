# warnings through the native _warnings module: where a warning is said to
# come from (stacklevel), registries, actions, filters and error messages.
import sys
import warnings
import _warnings



class Relative:
    """stderr, with this folder's path left out of what is written."""

    def write(self, text):
        sys.stdout.write(text.replace(__file__.rsplit("/", 1)[0] + "/", ""))


sys.stderr = Relative()

print(warnings.warn is _warnings.warn, warnings.filters is _warnings.filters)
print(warnings.defaultaction, warnings.onceregistry is _warnings._onceregistry)


def here():
    return sys._getframe(1).f_lineno


def inner(level):
    warnings.warn("from inner", UserWarning, stacklevel=level)


def outer(level):
    inner(level)


# stacklevel picks the frame: 1 is inner, 2 outer, 3 this module's line.
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    for level in (1, 2, 3, 0, -5):
        outer(level); line = here()
    outer(100)
for w in log:
    print(w.filename.rsplit("/", 1)[-1], w.lineno, w.category.__name__, w.message)
print("module line", line)

# A builtin calling back into Python: the caller of sorted() is one level up.
def key(x):
    warnings.warn("in key", stacklevel=2)
    return x

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    sorted([2, 1], key=key); line = here()
print([w.lineno == line for w in log])

# The module's registry remembers what was shown under "default".
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("repeated")
    for i in range(3):
        warnings.warn("repeated"); warnings.warn("repeated")
print(len(log), sorted(k for k in __warningregistry__ if k != "version"))

# "module": once per module; "once": once per text and category.
for action in ("module", "once"):
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter(action)
        warnings.warn("a"); warnings.warn("a"); warnings.warn("b")
        warnings.warn("a", RuntimeWarning)
    print(action, [str(w.message) for w in log])

# A new filter empties the registries (their version is stale).
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(2):
        warnings.warn("again")
        warnings.filterwarnings("default", message="unrelated")
print("after filter changes", len(log))

# The error action raises the warning itself.
with warnings.catch_warnings():
    warnings.filterwarnings("error", category=DeprecationWarning)
    try:
        warnings.warn("gone", DeprecationWarning)
    except DeprecationWarning as e:
        print("raised", type(e).__name__, e)
    warnings.warn("only shown", UserWarning)

# Filters by message (case-insensitive start) and module.
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", message="keep")
    warnings.filterwarnings("always", module="__main__", category=SyntaxWarning)
    warnings.warn("KEEP this")
    warnings.warn("drop this")
    warnings.warn("syntax", SyntaxWarning)
print([str(w.message) for w in log])

# Bad arguments.
for call in (lambda: warnings.warn("x", int),
             lambda: warnings.warn("x", "notaclass"),
             lambda: warnings.warn("x", stacklevel=1.5),
             lambda: warnings.warn_explicit("x", UserWarning, "f.py", 1, registry=[]),
             lambda: warnings.warn_explicit("x", UserWarning, "f.py", 1, module_globals=5),
             lambda: warnings.warn()):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

with warnings.catch_warnings():
    warnings.filters[:] = [("bogus", None, Warning, None, 0)]
    try:
        warnings.warn("x")
    except RuntimeError as e:
        print("RuntimeError:", e)
    warnings.filters[:] = [("always", None, Warning, None, 0, "extra")]
    try:
        warnings.warn("x")
    except ValueError as e:
        print("ValueError:", e)

# showwarning replaced: called with the warning's parts.
def shower(message, category, filename, lineno, file=None, line=None):
    print("shower:", category.__name__, message, lineno == here_line, file, line)

with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = shower
    here_line = here() + 1
    warnings.warn("custom")
    here_line = here() + 1
    warnings.warn("custom again")

# Printed to stderr (here stdout) with the source line.
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("printed", FutureWarning)
    warnings.warn_explicit("no source", UserWarning, "nowhere.py", 3)

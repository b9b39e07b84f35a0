# warnings: what reaches stderr, replaced showwarning/formatwarning,
# the __main__-only DeprecationWarning filter, the source line, stacklevel.
import os
import sys
import warnings


class Out:
    """stderr for this test: on stdout, file names shown without their folder."""
    prefix = os.path.dirname(os.path.abspath(__file__)) + "/"

    def write(self, text):
        return sys.stdout.write(text.replace(self.prefix, ""))

    def flush(self):
        pass


sys.stderr = Out()


def helper(level):
    warnings.warn("from helper at level %d" % level, stacklevel=level)


def deprecated_here():
    warnings.warn("old api", DeprecationWarning)


helper(1)
helper(2)
helper(2)        # same line and text as... a different line: shown again
for i in range(3):
    helper(2)    # shown once: the registry remembers this line
deprecated_here()               # DeprecationWarning from __main__: shown
warnings.warn("pending", PendingDeprecationWarning)   # ignored by default
warnings.warn("import", ImportWarning)                # ignored by default
warnings.warn("resource", ResourceWarning)            # ignored by default
warnings.warn("too deep", stacklevel=99)
print(sorted(k[0] for k in __warningregistry__ if k != "version"))

# A DeprecationWarning that appears to come from another module is ignored.
warnings.warn_explicit("elsewhere", DeprecationWarning, "lib.py", 1, module="lib")
warnings.warn_explicit("in main", DeprecationWarning, "lib.py", 2, module="__main__")

# Replacing showwarning routes every warning through the replacement.
def my_show(message, category, filename, lineno, file=None, line=None):
    print("my_show:", category.__name__, message, filename.endswith(".py"), lineno)

saved = warnings.showwarning
warnings.showwarning = my_show
warnings.warn("routed", RuntimeWarning)
warnings.showwarning = saved

# Replacing formatwarning changes the text.
def my_format(message, category, filename, lineno, line=None):
    return "FORMATTED %s: %s\n" % (category.__name__, message)

saved_format = warnings.formatwarning
warnings.formatwarning = my_format
warnings.warn("formatted", UserWarning)
warnings.formatwarning = saved_format

# A non-callable showwarning is reported.
warnings.showwarning = 5
try:
    warnings.warn("bad show", RuntimeWarning)
except TypeError as e:
    print("TypeError", e)
warnings.showwarning = saved

# record=True ignores a replaced showwarning, and puts it back afterwards.
warnings.showwarning = my_show
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("recorded")
print(len(log), warnings.showwarning is my_show)
warnings.showwarning = saved

# "once" across lines uses onceregistry.
warnings.simplefilter("once")
for text in ["a", "b", "a"]:
    warnings.warn_explicit(text, UserWarning, "o.py", len(text) + 5)
print(sorted(k for k in warnings.onceregistry if isinstance(k, tuple)))
warnings.resetwarnings()
print(warnings.filters)

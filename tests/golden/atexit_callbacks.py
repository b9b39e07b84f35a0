# atexit: register/unregister, the order callbacks run in at exit (also after
# sys.exit and an uncaught exception), and how their exceptions are reported.
# The exit behaviour is observed by running this interpreter again
# (sys.executable) on small programs.
import atexit
import subprocess
import sys


def hello(*args, **kwargs):
    print("hello", args, kwargs)


print(atexit.register(hello, 1, key="v") is hello)
base = atexit._ncallbacks()
atexit.register(hello, 2)
atexit.register(print, "plain print")
print(atexit._ncallbacks() - base)
atexit.unregister(hello)
atexit._run_exitfuncs()
print("after _run_exitfuncs", atexit._ncallbacks())
atexit.register(hello, 3)
atexit._clear()
print("after _clear", atexit._ncallbacks())
atexit._run_exitfuncs()

for bad in [lambda: atexit.register(5), lambda: atexit.register(), lambda: atexit.unregister()]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

# A decorator use.
@atexit.register
def decorated():
    print("decorated ran at exit")


CHILDREN = {
    "normal end": """
import atexit
atexit.register(print, "registered first, runs last")
atexit.register(lambda: print("registered last, runs first"))
print("main body done")
""",
    "sys.exit": """
import atexit, sys
atexit.register(print, "cleanup after sys.exit")
sys.exit(3)
""",
    "uncaught exception": """
import atexit
atexit.register(print, "cleanup after error")
raise KeyError("oops")
""",
    "failing callback": """
import atexit
class Shown:
    def __repr__(self):
        return "<Shown callback>"
    def __call__(self):
        raise ValueError("callback failed")
atexit.register(print, "still runs")
atexit.register(Shown())
atexit.register(print, "runs first")
""",
    "unregistered": """
import atexit
def f(): print("never")
atexit.register(f)
atexit.register(f)
atexit.unregister(f)
print("nothing registered")
""",
    "exit in callback": """
import atexit, sys
atexit.register(print, "next one runs")
class Quit:
    def __repr__(self):
        return "<Quit>"
    def __call__(self):
        sys.exit(9)
atexit.register(Quit())
""",
}

for title, code in CHILDREN.items():
    r = subprocess.run([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    print(f"--- {title}: exit status {r.returncode}")
    for line in r.stdout.splitlines():
        if line.strip() and set(line.strip()) <= set("^~"):
            continue  # CPython's carets under the failing expression
        print(line)
print("--- end of main")

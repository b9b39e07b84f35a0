import sys
import traceback

def inner():
    return {}["missing"]

def outer():
    inner()

try:
    outer()
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v))
    text = traceback.format_exc()
    print(text.splitlines()[0])
    print(text.splitlines()[-1])
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError as e:
    lines = traceback.format_exception(e)
    print(lines[0], end="")
    print(lines[-1], end="")
    print(traceback.format_exception_only(type(e), e))

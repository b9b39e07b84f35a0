import functools
import inspect
import os
import sys


def simple(a, b):
    """Add."""
    total = a + b

    # comment inside
    return total


def decorate(fn):
    @functools.wraps(fn)
    def inner(*args):
        return fn(*args)
    return inner


@decorate
def decorated(x):
    return x * 2


class Shape:
    """A shape."""

    sides = 0

    def area(self):
        text = """multi
line string"""
        return len(text)

    class Inner:
        pass


one_liner = lambda q: q + 1


def call_args(first,
              second=(1,
                      2)):
    return first


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


print(inspect.getsource(simple), end="")
print("---")
print(inspect.getsource(decorated), end="")
print("---")
print(inspect.getsource(Shape), end="")
print("---")
print(inspect.getsource(Shape.area), end="")
print("---")
print(inspect.getsource(Shape().area), end="")
print("---")
print(inspect.getsource(call_args), end="")
print("---")
print(inspect.getsource(one_liner), end="")
print("---")
lines, start = inspect.getsourcelines(simple)
print(start, len(lines), lines[0], end="")
lines, start = inspect.getsourcelines(Shape.area)
print(start, len(lines))
all_lines, index = inspect.findsource(simple)
print(index, all_lines[index], end="")
print(os.path.basename(inspect.getfile(simple)), os.path.basename(inspect.getsourcefile(Shape)))
print(os.path.basename(inspect.getfile(simple.__code__)))
print(inspect.getmodule(simple) is sys.modules[__name__], inspect.getmodule(Shape).__name__)
print(inspect.getmodule(os.path.join).__name__, inspect.getmodule(os) is os)
print(os.path.basename(inspect.getfile(functools)))
print(inspect.getmodulename("/a/b/thing.py"), inspect.getmodulename("/a/b/x.txt"))
show("builtin", lambda: inspect.getfile(len))
show("int", lambda: inspect.getsource(5))
show("builtin module", lambda: inspect.getfile(sys))


# frames
def inner_fn():
    frame = inspect.currentframe()
    print("current", frame.f_code.co_name, frame.f_back.f_code.co_name)
    entries = inspect.stack()
    print("stack", [e.function for e in entries])
    print("stack0", entries[0].function, os.path.basename(entries[0].filename), entries[0].lineno > 0)
    print("fields", entries[0][3], entries[1].function, type(entries[0]).__name__)
    outer = inspect.getouterframes(frame)
    print("outer", [e.function for e in outer])
    info = inspect.getframeinfo(frame)
    print("info", info.function, os.path.basename(info.filename))
    return entries[0].code_context


def outer_fn():
    return inner_fn()


ctx = outer_fn()
print("ctx", ctx is None or isinstance(ctx, list))
print(inspect.FrameInfo._fields)

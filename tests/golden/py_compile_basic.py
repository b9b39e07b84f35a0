# py_compile: cache file header, errors as PyCompileError, quiet levels.
import contextlib
import io
import os
import py_compile
import shutil
import tempfile

work = tempfile.mkdtemp()
good = os.path.join(work, "good.py")
bad = os.path.join(work, "bad.py")
with open(good, "w") as f:
    f.write("x = 123\nprint(x)\n")
with open(bad, "w") as f:
    f.write("def f(:\n    pass\n")
os.utime(good, (1_000_000_000, 1_000_000_000))


def rel(path):
    return path if path is None else os.path.relpath(path, work)


print(py_compile.__all__)
print(list(py_compile.PycInvalidationMode))
print(issubclass(py_compile.PyCompileError, Exception))

old = os.environ.pop("SOURCE_DATE_EPOCH", None)
out = py_compile.compile(good, cfile=os.path.join(work, "out", "good.pyc"))
print(rel(out))
with open(out, "rb") as f:
    data = f.read()
print(data[:4], data[4:8], int.from_bytes(data[8:12], "little"), int.from_bytes(data[12:16], "little"))
print(len(data) > 16)

for mode in py_compile.PycInvalidationMode:
    out = py_compile.compile(good, cfile=os.path.join(work, "h.pyc"), invalidation_mode=mode)
    with open(out, "rb") as f:
        head = f.read(16)
    print(mode.name, head[4:8], head[8:16] if mode.name != "TIMESTAMP" else "stamp")

os.environ["SOURCE_DATE_EPOCH"] = "123456789"
out = py_compile.compile(good, cfile=os.path.join(work, "e.pyc"))
with open(out, "rb") as f:
    print("SOURCE_DATE_EPOCH flags:", f.read(8)[4:])
del os.environ["SOURCE_DATE_EPOCH"]

print("-- syntax error, doraise")
try:
    py_compile.compile(bad, cfile=os.path.join(work, "bad.pyc"), doraise=True)
except py_compile.PyCompileError as e:
    print(type(e).__name__, e.exc_type_name, rel(e.file))
    print(e.msg.replace(work + os.sep, ""), end="")
    print(str(e) == e.msg, e.args[0] == e.msg, e.args[1:2], isinstance(e.exc_value, SyntaxError))
print(os.path.exists(os.path.join(work, "bad.pyc")))

print("-- dfile names the file in the message")
try:
    py_compile.compile(bad, cfile=os.path.join(work, "bad.pyc"), dfile="shown/as.py", doraise=True)
except py_compile.PyCompileError as e:
    print(e.file)
    print(e.msg, end="")

print("-- printed when not raised")
for quiet in (0, 1, 2):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        result = py_compile.compile(bad, cfile=os.path.join(work, "bad.pyc"), quiet=quiet)
    print(quiet, result, repr(err.getvalue().replace(work + os.sep, "")))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print(py_compile.compile(bad, cfile=os.path.join(work, "bad.pyc"), doraise=True, quiet=2))
print(repr(err.getvalue()))

print("-- other failures")
try:
    py_compile.compile(os.path.join(work, "missing.py"), cfile=os.path.join(work, "m.pyc"))
except OSError as e:
    print(type(e).__name__, e.errno, rel(e.filename))
os.symlink(good, os.path.join(work, "link.pyc"))
for target in ("link.pyc", "out"):
    try:
        py_compile.compile(good, cfile=os.path.join(work, target))
    except FileExistsError as e:
        print(type(e).__name__, str(e).replace(work + os.sep, ""))

print("-- PyCompileError by hand")
e = py_compile.PyCompileError(ValueError, ValueError("boom"), "f.py")
print(repr(e.msg), e.args[:2], e.exc_type_name, e.file)
e = py_compile.PyCompileError(KeyError, KeyError("k"), "f.py", "custom text")
print(str(e), e.args[1:2], e.exc_type_name)
e = py_compile.PyCompileError(SyntaxError, SyntaxError("boom", ("<string>", 3, 4, "abc def\n")), "f.py")
print(repr(e.msg))
e = py_compile.PyCompileError(IndentationError, IndentationError("bad"), "f.py")
print(repr(e.msg))
e = py_compile.PyCompileError(IndentationError, IndentationError("bad", ("x.py", 2, 1, "  y = 1\n")), "f.py")
print(repr(e.msg))
e = py_compile.PyCompileError(SyntaxError, SyntaxError("range", ("<string>", 2, 3, "   abc\n", 2, 6)), "g.py")
print(repr(e.msg))
e = py_compile.PyCompileError(SyntaxError, SyntaxError("nothing more"), "f.py")
print(repr(e.msg))

shutil.rmtree(work)
if old is not None:
    os.environ["SOURCE_DATE_EPOCH"] = old

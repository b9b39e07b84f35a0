# tempfile: names, mkstemp/mkdtemp/mktemp, the file classes, TemporaryDirectory
import io
import os
import tempfile


def show(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


print(tempfile.template, tempfile.gettempprefix(), tempfile.gettempprefixb())
print(tempfile.gettempdir() == tempfile.tempdir, tempfile.gettempdirb() == os.fsencode(tempfile.tempdir))
print(os.path.isabs(tempfile.gettempdir()), tempfile.TMP_MAX > 0)
print(tempfile.__all__)

with tempfile.TemporaryDirectory() as top:
    print(type(top).__name__, os.path.isdir(top))
    fd, name = tempfile.mkstemp(dir=top)
    print(type(fd).__name__, os.path.dirname(name) == top, os.path.basename(name)[:3],
          len(os.path.basename(name)), oct(os.stat(name).st_mode & 0o777))
    os.write(fd, b"data")
    os.close(fd)
    fd, name = tempfile.mkstemp(suffix=".x", prefix="pre_", dir=top, text=True)
    os.close(fd)
    print(os.path.basename(name)[:4], name.endswith(".x"))
    fd, bname = tempfile.mkstemp(dir=os.fsencode(top))
    os.close(fd)
    print(type(bname).__name__)
    show("mixed", lambda: tempfile.mkstemp(prefix=b"x", suffix="y"))
    try:
        tempfile.mkstemp(dir=os.path.join(top, "nope"))
    except FileNotFoundError as e:
        print("missing dir", e.errno, os.path.dirname(e.filename) == os.path.join(top, "nope"))
    d = tempfile.mkdtemp(dir=top, prefix="dd", suffix="ee")
    base = os.path.basename(d)
    print(base[:2], base[-2:], os.path.isdir(d), oct(os.stat(d).st_mode & 0o777))
    m = tempfile.mktemp(dir=top, prefix="m")
    print(os.path.basename(m)[0], os.path.exists(m))

    f = tempfile.NamedTemporaryFile(dir=top)
    print(os.path.dirname(f.name) == top, f.delete, f.mode, type(f.file).__name__)
    f.write(b"abc")
    f.seek(0)
    print(f.read(), os.path.exists(f.name))
    n = f.name
    f.close()
    print(os.path.exists(n), f.closed)
    with tempfile.NamedTemporaryFile("w+", suffix=".txt", prefix="pre", dir=top) as g:
        print(os.path.basename(g.name)[:3], g.name.endswith(".txt"), g.write("x\ny\n"))
        g.seek(0)
        print(list(g))
    print(os.path.exists(g.name), g.closed)
    h = tempfile.NamedTemporaryFile(delete=False, dir=top)
    h.close()
    print(os.path.exists(h.name))

    tf = tempfile.TemporaryFile(dir=top)
    print(type(tf).__name__, tf.name == tf.fileno(), tf.mode)
    tf.write(b"zz")
    tf.seek(0)
    print(tf.read())
    tf.close()
    with tempfile.TemporaryFile("w+", dir=top) as tt:
        print(type(tt).__name__, tt.mode, tt.write("hi"))

    s = tempfile.SpooledTemporaryFile(max_size=10, dir=top)
    print(s._rolled, s.name, s.mode, isinstance(s, io.IOBase))
    s.write(b"12345")
    print(s._rolled, s.tell())
    s.write(b"123456")
    print(s._rolled, s.tell(), s.name == s.fileno())
    s.seek(0)
    print(s.read())
    s.close()
    print(s.closed)
    s = tempfile.SpooledTemporaryFile(mode="w+", dir=top)
    print(s.mode, s.newlines, s.name)
    s.write("a\nb")
    s.seek(0)
    print(s.readlines())
    s.seek(1)
    s.rollover()
    print(s._rolled, s.tell(), s.mode)
    s.seek(0)
    print(s.read())
    s.close()
    s = tempfile.SpooledTemporaryFile(max_size=5, dir=top)
    s.write(b"abc")
    s.truncate(1)
    s.seek(0)
    print(s.read(), s._rolled)
    s.truncate(9)
    print(s._rolled)
    s.close()
    with tempfile.SpooledTemporaryFile(dir=top) as sp:
        sp.write(b"line1\nline2\n")
        sp.seek(0)
        print(list(sp))

    td = tempfile.TemporaryDirectory(prefix="p", suffix="s", dir=top)
    print(repr(td).startswith("<TemporaryDirectory "), os.path.basename(td.name)[0], td.name[-1])
    with open(os.path.join(td.name, "inner"), "w") as f:
        f.write("x")
    os.mkdir(os.path.join(td.name, "sub"))
    td.cleanup()
    td.cleanup()
    print(os.path.exists(td.name))
    with tempfile.TemporaryDirectory(dir=top, ignore_cleanup_errors=True) as t2:
        os.rmdir(t2)
    print(os.path.exists(t2))
    print(sorted(x[:3] for x in os.listdir(top) if not x.startswith(("tmp", "pre", "dd"))))
print(os.path.exists(top))
print(tempfile.TemporaryDirectory[int])

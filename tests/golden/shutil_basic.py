# shutil: copies, copytree, rmtree, move, which, ignore_patterns, errors
import io
import os
import shutil
import tempfile


def show(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


def tree(path):
    out = []
    for dirpath, dirnames, filenames in os.walk(path):
        rel = os.path.relpath(dirpath, path)
        for name in sorted(dirnames + filenames):
            out.append(os.path.normpath(os.path.join(rel, name)))
    return sorted(out)


top = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(top)
try:
    os.makedirs("src/sub/deep")
    for name, data in [("src/a.txt", "A"), ("src/sub/b.py", "B"), ("src/sub/deep/c.txt", "C")]:
        with open(name, "w") as f:
            f.write(data)
    os.symlink("a.txt", "src/link")
    os.symlink("nowhere", "src/dangle")
    os.symlink("sub", "src/dlink")

    show("same file", lambda: shutil.copyfile("src/a.txt", "src/a.txt"))
    show("missing src", lambda: shutil.copyfile("nope", "x"))
    show("dst is dir", lambda: shutil.copyfile("src/a.txt", "src"))
    show("src is dir", lambda: shutil.copyfile("src", "x"))
    show("copyfile", lambda: shutil.copyfile("src/a.txt", "x.txt"))
    show("content", lambda: open("x.txt").read())
    show("copy link", lambda: shutil.copyfile("src/link", "l2", follow_symlinks=False))
    show("readlink", lambda: os.readlink("l2"))
    show("copy into dir", lambda: shutil.copy("src/a.txt", "."))
    show("copy2", lambda: shutil.copy2("src/a.txt", "c2.txt"))
    show("times kept", lambda: os.stat("c2.txt").st_mtime_ns == os.stat("src/a.txt").st_mtime_ns)
    os.chmod("x.txt", 0o640)
    show("copymode", lambda: shutil.copymode("x.txt", "c2.txt"))
    show("mode", lambda: oct(os.stat("c2.txt").st_mode & 0o777))
    show("copymode missing", lambda: shutil.copymode("x.txt", "nope"))
    show("copystat missing", lambda: shutil.copystat("nope", "x.txt"))
    show("copy no dir", lambda: shutil.copy("src/a.txt", "nodir/"))

    show("copytree dangling", lambda: shutil.copytree("src", "dst"))
    show("tree", lambda: tree("dst"))
    show("links followed", lambda: (os.path.islink("dst/link"), os.path.islink("dst/dlink")))
    show("copytree exists", lambda: shutil.copytree("src", "dst"))
    show("copytree symlinks", lambda: shutil.copytree("src", "dst2", symlinks=True))
    show("links kept", lambda: (os.path.islink("dst2/link"), os.path.islink("dst2/dlink"),
                                os.path.islink("dst2/dangle")))
    show("ignore dangling", lambda: shutil.copytree("src", "dst6", ignore_dangling_symlinks=True))
    os.unlink("src/dangle")
    show("copytree ignore", lambda: shutil.copytree("src", "dst3",
                                                    ignore=shutil.ignore_patterns("*.py", "deep")))
    show("tree3", lambda: tree("dst3"))
    show("dirs_exist_ok", lambda: shutil.copytree("src", "dst3", dirs_exist_ok=True))
    show("tree3 again", lambda: tree("dst3"))
    log = []
    show("copy_function", lambda: shutil.copytree(
        "src", "dst4", copy_function=lambda s, d: log.append((type(s).__name__, s, d))))
    print(sorted(log))
    print(sorted(shutil.ignore_patterns("*.py", "b*")("x", ["a.py", "b", "c.py", "d"])))

    show("rmtree missing", lambda: shutil.rmtree("nope"))
    errs = []
    record = lambda f, p, e: errs.append((f.__name__, p, e[0].__name__))
    show("rmtree onerror", lambda: shutil.rmtree("nope", onerror=record))
    show("rmtree ignore", lambda: shutil.rmtree("nope", ignore_errors=True))
    show("rmtree file", lambda: shutil.rmtree("x.txt"))
    os.symlink("dst", "dl")
    show("rmtree link", lambda: shutil.rmtree("dl"))
    show("rmtree link onerror", lambda: shutil.rmtree("dl", onerror=record))
    print(errs)
    show("rmtree", lambda: shutil.rmtree("dst"))
    show("gone", lambda: (os.path.exists("dst"), os.path.islink("dl")))

    show("move into dir", lambda: shutil.move("c2.txt", "dst2"))
    show("move rename", lambda: shutil.move("dst2/c2.txt", "moved.txt"))
    show("move back", lambda: shutil.move("moved.txt", "dst2"))
    open("moved.txt", "w").close()
    show("move clash", lambda: shutil.move("moved.txt", "dst2"))
    show("move into itself", lambda: shutil.move("dst2", "dst2/sub"))
    show("move missing", lambda: shutil.move("nope", "x"))
    show("move dir", lambda: shutil.move("dst3", "dst7"))
    show("move trailing sep", lambda: shutil.move("dst7/", "dst4"))
    show("tree4", lambda: tree("dst4"))

    os.makedirs("bin")
    with open("bin/tool", "w") as f:
        f.write("#!/bin/sh\n")
    os.chmod("bin/tool", 0o755)
    with open("bin/data", "w") as f:
        f.write("")
    binpath = os.path.join(top, "bin")
    show("which", lambda: os.path.relpath(shutil.which("tool", path=binpath), top))
    show("which not exec", lambda: shutil.which("data", path=binpath))
    show("which dir", lambda: shutil.which("bin", path=top))
    show("which missing", lambda: shutil.which("nosuch-tool-xyz", path=binpath))
    show("which empty path", lambda: shutil.which("tool", path=""))
    show("which with dir", lambda: shutil.which("bin/tool"))
    show("which bytes", lambda: os.path.basename(shutil.which(b"tool", path=binpath)))
    show("which mode", lambda: shutil.which("data", mode=os.F_OK, path=binpath) is not None)
finally:
    os.chdir(old)
    shutil.rmtree(top)

src = io.StringIO("hello" * 1000)
dst = io.StringIO()
shutil.copyfileobj(src, dst, 7)
print(len(dst.getvalue()))
os.environ["COLUMNS"] = "33"
os.environ["LINES"] = "11"
print(shutil.get_terminal_size())
show("chown nothing", lambda: shutil.chown("x"))
show("chown user", lambda: shutil.chown("x", user="no-such-user-xyz"))
show("chown group", lambda: shutil.chown("x", group="no-such-group-xyz"))
print(shutil.SameFileError.__mro__[1:3], issubclass(shutil.Error, OSError))
show("archive format", lambda: shutil.make_archive("x", "nope"))
show("unpack unknown", lambda: shutil.unpack_archive("x.foo", format="nope"))

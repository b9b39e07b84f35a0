# os.path (posixpath): pure path functions, then ones that look at files.
import os
import os.path
import posixpath
import genericpath


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(" ", f.__name__, type(e).__name__, e)
    else:
        print(" ", f.__name__, repr(r))


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(os.path is posixpath, os.path.sep, os.path.pathsep, os.path.extsep, os.path.altsep)
print(os.path.curdir, os.path.pardir, os.path.devnull, os.path.defpath)

print("-- join")
for args in [("a", "b"), ("a/", "b"), ("/a", "/b", "c"), ("a", ""), ("", "a"), ("", ""), ("a", "b/", "c"),
             (b"a", b"b"), (P("x"), "y"), ("a",)]:
    show(os.path.join, *args)
show(os.path.join, "a", b"b")
show(os.path.join, b"a", "b")
show(os.path.join, 1)
show(os.path.join, "a", 1)
show(os.path.join, "a", None)

print("-- split and friends")
for p in ["a/b/c", "/a", "/", "//", "///a", "a/", "a", "", "//a//b//", "a/b/", b"/x/y"]:
    print(" ", repr(p), os.path.split(p), os.path.basename(p), os.path.dirname(p))
for p in ["a.txt", "a.b.c", ".bashrc", "a/.bashrc", "a/..b.c", "a...", "a.b/c", "...", ".a.b", "", b"x.tar.gz", "a/b.c/"]:
    print(" ", repr(p), os.path.splitext(p))
print(os.path.splitdrive("/a/b"), os.path.splitdrive(b"c:/x"))
show(os.path.split, 1)
show(os.path.splitext, None)
show(os.path.basename, 1)

print("-- normpath")
for p in ["", ".", "/", "//", "///", "//a", "///a/b", "a/./b", "a/../b", "../a", "/../a", "a/b/../../..",
          "a//b", "./", "a/b/", "../../a/..", "/a/b/c/../../d", b"x/../y/.", b""]:
    print(" ", repr(p), repr(os.path.normpath(p)))

print("-- isabs normcase")
print(os.path.isabs("/a"), os.path.isabs("a"), os.path.isabs(""), os.path.isabs(b"/x"), os.path.isabs(P("/p")))
print(os.path.normcase("AbC"), os.path.normcase(b"X"))
show(os.path.normcase, 1)
show(os.path.isabs, None)

print("-- commonprefix commonpath")
print(repr(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/l"])), repr(os.path.commonprefix([])))
print(repr(os.path.commonprefix(["abc"])), repr(os.path.commonprefix([[1, 2, 3], [1, 2, 4]])))
print(os.path.commonpath(["/usr/lib", "/usr/local"]), os.path.commonpath(["a/b", "a/c/d"]))
print(repr(os.path.commonpath(["/a", "/b"])), repr(os.path.commonpath(["a", "b"])), os.path.commonpath([b"/x/y", b"/x/z"]))
print(os.path.commonpath(["/a/b/", "/a/b"]), os.path.commonpath(["a/./b", "a/b/c"]))
show(os.path.commonpath, [])
show(os.path.commonpath, ["/a", "b"])
show(os.path.commonpath, ["/a", b"/b"])

print("-- relpath")
for path, start in [("/a/b/c", "/a/d"), ("/a/b", "/a/b"), ("/a", "/a/b/c"), ("a/b", "a"), ("/x", "/"),
                    (b"/a/b", b"/a")]:
    print(" ", os.path.relpath(path, start))
print(os.path.relpath(os.path.join(os.getcwd(), "q", "r")))
show(os.path.relpath, "")
show(os.path.relpath, "a", b"b")

print("-- expandvars expanduser")
os.environ["COIL_GOLDEN_VAR"] = "value"
for p in ["$COIL_GOLDEN_VAR/x", "${COIL_GOLDEN_VAR}y", "$COIL_GOLDEN_UNSET", "${COIL_GOLDEN_UNSET}", "$", "${x",
          "a$1b", "no dollar", "$COIL_GOLDEN_VAR$COIL_GOLDEN_VAR", b"$COIL_GOLDEN_VAR"]:
    print(" ", repr(p), repr(os.path.expandvars(p)))
home = os.environ.get("HOME")
os.environ["HOME"] = "/home/someone/"
print(os.path.expanduser("~"), os.path.expanduser("~/x"), os.path.expanduser("a/~"), os.path.expanduser(b"~/y"))
print(os.path.expanduser("~nosuchuserhere/x") in ("~nosuchuserhere/x",))
os.environ["HOME"] = home

print("-- abspath")
print(os.path.abspath("a/../b") == os.path.join(os.getcwd(), "b"), os.path.abspath("/x/./y/"))
print(os.path.abspath(b"/q/../r"))

print("-- on files")
BASE = "/tmp/coil_golden_os_path"
if os.path.lexists(BASE):
    for dirpath, dirs, files in os.walk(BASE, topdown=False):
        for n in files:
            os.remove(os.path.join(dirpath, n))
        for n in dirs:
            full = os.path.join(dirpath, n)
            (os.remove if os.path.islink(full) else os.rmdir)(full)
    os.rmdir(BASE)
os.mkdir(BASE)
f = os.path.join(BASE, "file.txt")
fd = os.open(f, os.O_CREAT | os.O_WRONLY, 0o644)
os.write(fd, b"12345")
os.close(fd)
os.mkdir(os.path.join(BASE, "sub"))
os.symlink("file.txt", os.path.join(BASE, "lnk"))
os.symlink("sub", os.path.join(BASE, "dlnk"))
os.symlink("nothing", os.path.join(BASE, "dangling"))
os.symlink("loop2", os.path.join(BASE, "loop1"))
os.symlink("loop1", os.path.join(BASE, "loop2"))
for name in ["file.txt", "sub", "lnk", "dlnk", "dangling", "missing", "loop1"]:
    p = os.path.join(BASE, name)
    print(" ", name, os.path.exists(p), os.path.lexists(p), os.path.isfile(p), os.path.isdir(p), os.path.islink(p),
          os.path.ismount(p))
print(os.path.getsize(f), type(os.path.getmtime(f)).__name__, os.path.getatime(f) > 0, os.path.getctime(f) > 0)
show(os.path.getsize, os.path.join(BASE, "missing"))
print(os.path.exists(12345), os.path.exists("a\0b"), os.path.isdir(b"/"), os.path.exists(P(BASE)))
show(os.path.exists, 1.5)
show(os.path.islink, 1)
print(os.path.ismount("/"), os.path.ismount(BASE))
print(os.path.samefile(f, os.path.join(BASE, "lnk")), os.path.samefile(f, os.path.join(BASE, "sub")))
print(os.path.samestat(os.stat(f), os.stat(f)))
fd1 = os.open(f, os.O_RDONLY)
fd2 = os.open(f, os.O_RDONLY)
print(os.path.sameopenfile(fd1, fd2))
os.close(fd1)
os.close(fd2)
show(os.path.samefile, "missing-one", f)

print("-- realpath")
r = lambda p: os.path.realpath(os.path.join(BASE, p)).replace(BASE, "BASE")
for p in ["lnk", "dlnk", "dlnk/../file.txt", "dangling", "missing/x", "sub/./../lnk", "loop1", "loop1/x"]:
    print(" ", p, r(p))
print(os.path.realpath(b"/tmp/coil_golden_os_path/lnk"))
try:
    os.path.realpath(os.path.join(BASE, "missing"), strict=True)
except OSError as e:
    print(" ", type(e).__name__, e.strerror)
try:
    os.path.realpath(os.path.join(BASE, "loop1"), strict=True)
except OSError as e:
    print(" ", type(e).__name__, e.strerror)
save = os.getcwd()
os.chdir(BASE)
print(os.path.realpath("lnk").replace(BASE, "BASE"), os.path.realpath(".") == BASE, os.path.abspath("x") == BASE + "/x")
os.chdir(save)

for dirpath, dirs, files in os.walk(BASE, topdown=False):
    for n in files + dirs:
        full = os.path.join(dirpath, n)
        (os.rmdir if os.path.isdir(full) and not os.path.islink(full) else os.remove)(full)
os.rmdir(BASE)
print(os.path.exists(BASE))

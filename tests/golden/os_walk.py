# os: folders (mkdir/makedirs/removedirs, listdir, scandir, walk), the
# environment, process information and module constants.
import os
import stat

BASE = "/tmp/coil_golden_os_walk"


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(" ", f.__name__, type(e).__name__, e)
    else:
        print(" ", f.__name__, repr(r))


def clean(top):
    if not os.path.lexists(top):
        return
    for dirpath, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.remove(os.path.join(dirpath, name))
        for name in dirs:
            full = os.path.join(dirpath, name)
            if os.path.islink(full):
                os.remove(full)
            else:
                os.rmdir(full)
    os.rmdir(top)


def touch(p, data=b""):
    fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.write(fd, data)
    os.close(fd)


clean(BASE)
os.makedirs(os.path.join(BASE, "a", "b", "c"))
os.makedirs(os.path.join(BASE, "a", "b"), exist_ok=True)
show(os.makedirs, os.path.join(BASE, "a"))
os.makedirs(os.path.join(BASE, "x", "y", ""), 0o755)
touch(os.path.join(BASE, "a", "f1"), b"one")
touch(os.path.join(BASE, "a", "b", "f2"), b"two!")
touch(os.path.join(BASE, "top.txt"))
os.symlink("a", os.path.join(BASE, "link_to_a"))
touch(os.path.join(BASE, "x", "y", "deep"))
show(os.makedirs, os.path.join(BASE, "top.txt", "z"))
show(os.makedirs, os.path.join(BASE, "top.txt"), exist_ok=True)

print("-- listdir")
print(sorted(os.listdir(BASE)))
print(sorted(os.listdir(BASE.encode())))
save = os.getcwd()
os.chdir(BASE)
print(sorted(os.listdir()), sorted(os.listdir(None)), sorted(os.listdir(".")))
show(os.listdir, "missing")
show(os.listdir, "top.txt")
show(os.listdir, [])
show(os.listdir, ".", ".")
show(os.chdir, "missing")
show(os.chdir, "top.txt")

print("-- scandir")
with os.scandir() as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(" ", repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False),
          e.stat().st_size if e.is_file() else "-", e.inode() == os.lstat(e.path).st_ino, os.fspath(e))
for e in sorted(os.scandir(b"a"), key=lambda e: e.name):
    print(" ", e.name, e.path, e.is_dir())
for e in sorted(os.scandir("a/"), key=lambda e: e.name):
    print(" ", e.path)
e = [e for e in os.scandir() if e.name == "link_to_a"][0]
print(stat.S_ISLNK(e.stat(follow_symlinks=False).st_mode), stat.S_ISDIR(e.stat().st_mode))
print(isinstance(e, os.DirEntry), isinstance(e, os.PathLike), os.path.join(e, "f1"))
it = os.scandir(".")
first = next(it)
it.close()
print(list(it))
show(os.scandir, "missing")
show(os.scandir, 1.5)
show(os.DirEntry)

print("-- walk")
for top, dirs, files in os.walk("."):
    dirs.sort()
    print(" ", top, dirs, sorted(files))
for top, dirs, files in os.walk(".", topdown=False):
    print(" ", top, sorted(dirs), sorted(files))
for top, dirs, files in os.walk(".", followlinks=True):
    dirs.sort()
    print(" ", top, dirs, sorted(files))
for top, dirs, files in os.walk("."):
    dirs[:] = [d for d in dirs if d != "a"]
    dirs.sort()
    print(" ", top, dirs, sorted(files))
print(list(os.walk(b"x")))
errors = []
print(list(os.walk("missing", onerror=errors.append)), [type(e).__name__ for e in errors], errors[0].filename)
print(list(os.walk("missing")))

print("-- removedirs renames")
os.renames("x/y/deep", "r/s/deep")
print(sorted(os.listdir(".")), os.listdir("r/s"))
os.remove("r/s/deep")
os.removedirs("r/s")
print(sorted(os.listdir(".")))
os.chdir(save)
clean(BASE)
print(os.path.exists(BASE))

print("-- environment")
os.environ["COIL_GOLDEN_A"] = "1"
print(os.environ["COIL_GOLDEN_A"], os.getenv("COIL_GOLDEN_A"), os.environb[b"COIL_GOLDEN_A"])
print("COIL_GOLDEN_A" in os.environ, os.environ.get("COIL_GOLDEN_B"), os.getenv("COIL_GOLDEN_B", "dflt"))
os.environb[b"COIL_GOLDEN_B"] = b"bee"
print(os.environ["COIL_GOLDEN_B"], os.getenvb(b"COIL_GOLDEN_B"))
del os.environ["COIL_GOLDEN_A"]
print("COIL_GOLDEN_A" in os.environ, os.getenv("COIL_GOLDEN_A"))
show(os.environ.__getitem__, "COIL_GOLDEN_A")
try:
    del os.environ["COIL_GOLDEN_A"]
except KeyError as e:
    print("KeyError", e)
show(os.environ.__setitem__, "COIL_GOLDEN_C", 1)
show(os.environ.__setitem__, 1, "x")
show(os.putenv, "A=B", "c")
show(os.putenv, "", "c")
os.environ.setdefault("COIL_GOLDEN_D", "d")
os.environ.setdefault("COIL_GOLDEN_D", "e")
print(os.environ["COIL_GOLDEN_D"], isinstance(os.environ.copy(), dict), len(os.environ) == len(dict(os.environ)))
os.environ.pop("COIL_GOLDEN_D")
os.environ.pop("COIL_GOLDEN_B")
print(os.environ.get("COIL_GOLDEN_D"), "COIL_GOLDEN_B" in os.environ)
print(os.get_exec_path({"PATH": "/a:/b"}), os.get_exec_path({}))
print(os.fsencode("abc"), os.fsdecode(b"abc"), os.fsencode(b"x"), os.fsdecode("y"))

print("-- process and constants")
print(os.getpid() > 0, os.getppid() > 0, os.getuid() >= 0, os.geteuid() >= 0, os.getgid() >= 0)
old = os.umask(0o22)
print(os.umask(old) == 0o22)
print(os.cpu_count() >= 1, len(os.urandom(16)), os.urandom(0))
show(os.urandom, -1)
print(os.strerror(2), "|", os.strerror(13))
print(os.name, os.linesep == "\n", os.sep, os.curdir, os.pardir, os.extsep, os.pathsep, os.devnull, os.altsep)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK, os.R_OK, os.W_OK, os.X_OK)
print(os.error is OSError, os.fspath("p"), os.fspath(b"q"))
show(os.fspath, 1)
show(os.fspath, None)
print(os.system("exit 3") >> 8, os.waitstatus_to_exitcode(os.system("true")))
show(os.kill, 2**22 + 12345, 0)
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, ts[0], tuple(ts))
show(os.get_terminal_size, 99)
u = os.uname()
print(type(u).__name__, u.sysname, len(u))

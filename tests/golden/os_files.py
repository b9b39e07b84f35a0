# os: files and descriptors, links, renames, stat results, errors.
import os
import stat

BASE = "/tmp/coil_golden_os_files"


def clean(top):
    if not os.path.lexists(top):
        return
    for dirpath, dirs, files in os.walk(top, topdown=False):
        for name in files + dirs:
            full = os.path.join(dirpath, name)
            if os.path.islink(full) or not os.path.isdir(full):
                os.remove(full)
            else:
                os.rmdir(full)
    os.rmdir(top)


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(" ", type(e).__name__, e)
    else:
        print(" ", repr(r))


clean(BASE)
os.mkdir(BASE)
os.chdir(BASE)
print(os.path.basename(os.getcwd()), os.getcwdb().endswith(b"files"))

print("-- descriptors")
fd = os.open("data.bin", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"hello world\n"), os.write(fd, b"second line\n"))
print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_END))
os.ftruncate(fd, 5)
print(os.fstat(fd).st_size)
os.fsync(fd)
os.close(fd)
fd = os.open("data.bin", os.O_RDONLY)
print(os.read(fd, 3), os.read(fd, 100), os.read(fd, 10))
print(os.lseek(fd, 1, os.SEEK_SET), os.read(fd, 2))
print(os.isatty(fd))
fd2 = os.dup(fd)
print(fd2 != fd, os.read(fd2, 10))
os.close(fd2)
os.close(fd)
show(os.close, fd)
show(os.read, fd, 1)
show(os.fstat, fd)
show(os.open, "missing", os.O_RDONLY)
show(os.open, "data.bin", os.O_WRONLY | os.O_CREAT | os.O_EXCL)
show(os.read, 0, -1)
show(os.lseek, 0, 0, 9)
show(os.write, 1, "text")
show(os.open, "x")
show(os.read, 1)

print("-- pipe")
r, w = os.pipe()
os.write(w, b"through the pipe")
os.close(w)
print(os.read(r, 100), os.read(r, 100))
os.close(r)

print("-- stat")
st = os.stat("data.bin")
print(type(st).__name__, stat.S_ISREG(st.st_mode), stat.S_IMODE(st.st_mode) & 0o700, st.st_size, len(st))
print(st[stat.ST_SIZE] == st.st_size, st[0] == st.st_mode, isinstance(st, tuple))
print(type(st.st_mtime).__name__, type(st.st_mtime_ns).__name__, type(st[8]).__name__)
print(st.st_mtime_ns // 10**9 == st[stat.ST_MTIME] == int(st.st_mtime))
print(os.stat(b"data.bin").st_size, os.lstat("data.bin").st_size)
mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = st
print(size, nlink)
print(stat.filemode(st.st_mode))
r = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(r)
print(r.st_mtime, r.st_atime_ns, r[7:], r == (1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
show(os.stat_result, (1, 2))
show(os.stat_result, tuple(range(20)))
show(os.stat, "missing")
show(os.stat, b"missing")
show(os.stat, [])
show(os.stat, "a\0b")
show(os.stat)
show(os.stat, "a", "b")
show(os.stat, "a", foo=1)
show(os.lstat, 3)
show(os.stat, "data.bin", dir_fd="x")

print("-- utime and chmod")
os.utime("data.bin", (1000000000, 1200000000))
st = os.stat("data.bin")
print(st.st_atime, st.st_mtime, st.st_mtime_ns, st[stat.ST_MTIME])
os.utime("data.bin", ns=(5 * 10**9 + 1, 6 * 10**9 + 500))
st = os.stat("data.bin")
print(st.st_atime_ns, st.st_mtime_ns, os.path.getmtime("data.bin"))
os.utime("data.bin", (1.5, 2.25))
print(os.stat("data.bin").st_mtime)
show(os.utime, "data.bin", (1,))
show(os.utime, "data.bin", (1, 2), ns=(1, 2))
show(os.utime, "data.bin", ns=1)
os.chmod("data.bin", 0o600)
print(oct(stat.S_IMODE(os.stat("data.bin").st_mode)))
os.chmod("data.bin", 0o644)
print(oct(stat.S_IMODE(os.stat("data.bin").st_mode)))
show(os.chmod, "missing", 0o644)

print("-- access")
print(os.access("data.bin", os.F_OK), os.access("data.bin", os.R_OK | os.W_OK), os.access("missing", os.F_OK))
print(os.access("data.bin", os.X_OK), os.access(".", os.X_OK))

print("-- links")
os.symlink("data.bin", "link")
print(os.readlink("link"), os.readlink(b"link"), os.path.islink("link"), os.path.islink("data.bin"))
print(stat.S_ISLNK(os.lstat("link").st_mode), stat.S_ISREG(os.stat("link").st_mode))
os.symlink("nowhere", "dangling")
print(os.path.exists("dangling"), os.path.lexists("dangling"))
show(os.stat, "dangling")
show(os.readlink, "data.bin")
show(os.symlink, "data.bin", "link")
os.link("data.bin", "hard")
print(os.stat("data.bin").st_nlink, os.path.samefile("data.bin", "hard"), os.path.samefile("data.bin", "link"))
show(os.link, "missing", "other")

print("-- rename and remove")
os.rename("hard", "renamed")
print(sorted(os.listdir(".")))
os.replace("renamed", "link")
print(os.path.islink("link"), sorted(os.listdir(".")))
show(os.rename, "missing", "b")
os.remove("link")
os.unlink("dangling")
show(os.remove, "missing")
os.mkdir("folder")
show(os.remove, "folder")
show(os.unlink, "folder")
show(os.rmdir, "data.bin")
show(os.mkdir, "folder")
os.rmdir("folder")
show(os.rmdir, "folder")
print(sorted(os.listdir(".")))

print("-- truncate")
os.truncate("data.bin", 2)
print(os.path.getsize("data.bin"))
show(os.truncate, "missing", 2)

os.chdir("/")
clean(BASE)
print(os.path.exists(BASE))

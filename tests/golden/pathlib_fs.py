# pathlib concrete paths: filesystem operations under a fresh temporary directory
import os
import tempfile
from pathlib import Path, PosixPath, WindowsPath, PurePosixPath


def show(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


top = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(top)
try:
    P = Path
    print(type(P("a")).__name__, P("a", "b"), P(), P("a") == PurePosixPath("a"))
    show("windows", lambda: WindowsPath("a"))
    show("mkdir", lambda: P("d").mkdir())
    show("mkdir again", lambda: P("d").mkdir())
    show("mkdir exist_ok", lambda: P("d").mkdir(exist_ok=True))
    show("mkdir deep", lambda: P("x/y/z").mkdir())
    show("mkdir parents", lambda: P("x/y/z").mkdir(parents=True))
    show("mkdir parents existing", lambda: P("x/y").mkdir(parents=True))
    show("mkdir parents exist_ok", lambda: P("x/y").mkdir(parents=True, exist_ok=True))
    show("touch", lambda: P("f").touch())
    show("touch again", lambda: P("f").touch())
    show("touch excl", lambda: P("f").touch(exist_ok=False))
    show("mkdir on file", lambda: P("f").mkdir(exist_ok=True))
    show("mkdir under file", lambda: P("f/g").mkdir(parents=True))
    show("write_text", lambda: P("f").write_text("héllo\nworld\n"))
    show("read_text", lambda: P("f").read_text())
    show("read_bytes", lambda: P("f").read_bytes())
    show("write_bytes", lambda: P("f").write_bytes(b"ab\r\ncd"))
    show("read_text crlf", lambda: P("f").read_text())
    show("newline", lambda: P("f").write_text("a\nb", newline="\r\n"))
    show("raw", lambda: P("f").read_bytes())
    show("latin-1", lambda: P("f").write_text("é", encoding="latin-1"))
    show("raw2", lambda: P("f").read_bytes())
    show("replace errors", lambda: P("f").read_text(encoding="ascii", errors="replace"))
    show("text of bytes", lambda: P("f").write_text(b"x"))
    show("bytes of text", lambda: P("f").write_bytes("x"))
    show("missing", lambda: P("nope").read_text())
    show("dir read", lambda: P("d").read_text())
    with P("f").open("w") as fh:
        fh.write("xyz")
    show("open", lambda: P("f").open().read())
    show("open rb", lambda: P("f").open("rb").read())
    print(P("f").exists(), P("nope").exists(), P("f").is_file(), P("d").is_dir(),
          P("f").is_dir(), P("f").is_symlink(), P("f").is_mount(), P("/").is_mount(),
          P("f").is_fifo(), P("f").is_socket(), P("f").is_block_device(),
          P("/dev/null").is_char_device())
    show("symlink", lambda: P("l").symlink_to("f"))
    show("readlink", lambda: P("l").readlink())
    show("is_symlink", lambda: P("l").is_symlink())
    show("resolve link", lambda: P("l").resolve() == P.cwd() / "f")
    show("readlink file", lambda: P("f").readlink())
    show("dangling", lambda: P("bl").symlink_to("nowhere"))
    show("dangling state", lambda: (P("bl").exists(), P("bl").is_symlink(), P("bl").is_file()))
    show("resolve dangling", lambda: P("bl").resolve() == P.cwd() / "nowhere")
    show("hardlink", lambda: P("h").hardlink_to("f"))
    show("samefile", lambda: (P("h").samefile("f"), P("h").samefile(P("f"))))
    show("samefile missing", lambda: P("h").samefile("nope"))
    show("nlink", lambda: P("f").stat().st_nlink)
    show("rename", lambda: P("f").rename("g"))
    show("replace", lambda: P("g").replace("f"))
    show("rename missing", lambda: P("nope").rename("z"))
    show("unlink", lambda: P("f").unlink())
    show("unlink again", lambda: P("f").unlink())
    show("unlink missing_ok", lambda: P("f").unlink(missing_ok=True))
    show("rmdir", lambda: P("d").rmdir())
    show("rmdir again", lambda: P("d").rmdir())
    show("rmdir full", lambda: P("x").rmdir())
    show("chmod", lambda: P("h").chmod(0o600))
    show("mode", lambda: oct(P("h").stat().st_mode))
    show("owner", lambda: P("h").owner() == P("h").owner())
    show("owner missing", lambda: P("nope").owner())
    show("absolute", lambda: P("rel").absolute() == P.cwd() / "rel")
    show("absolute abs", lambda: P("/a/../b").absolute())
    show("resolve dots", lambda: P("x/../h").resolve() == P.cwd() / "h")
    show("resolve root", lambda: P("/a/..").resolve())
    show("home", lambda: P("~").expanduser() == P.home())
    show("expand inner", lambda: P("a/~").expanduser())
    show("cwd", lambda: (P.cwd().is_absolute(), type(P.cwd()).__name__))
    show("lstat size", lambda: P("bl").lstat().st_size)
    show("stat dangling", lambda: P("bl").stat())
    show("touch in missing", lambda: P("q/r").touch())
    P("x/y/w.txt").touch()
    P("x/v.py").touch()
    P("x/.hidden").touch()
    P("x/y/z/u.py").touch()
    show("iterdir", lambda: sorted(P("x").iterdir()))
    show("iterdir missing", lambda: list(P("nope").iterdir()))
    show("iterdir file", lambda: list(P("h").iterdir()))
    base = P("x")
    for pat in ["*", "**", "**/", "*/", "**/*.py", "y/**", "y/**/*", "**/**", ".*",
                "y", "y/nope", "[vy]*", "V.PY", "*/z", "y//z", "..", "**/.."]:
        show("glob %r" % pat, lambda: sorted(str(q.relative_to(base)) for q in base.glob(pat)))
    for pat in ["*.py", "*", "z", ""]:
        show("rglob %r" % pat, lambda: sorted(str(q.relative_to(base)) for q in base.rglob(pat)))
    show("glob empty", lambda: list(base.glob("")))
    show("glob absolute", lambda: list(base.glob("/a")))
    show("glob bad **", lambda: list(base.glob("a**")))
    show("glob on file", lambda: list(P("h").glob("*")))
    show("glob missing", lambda: list(P("nope").glob("*")))
finally:
    os.chdir(old)
    import shutil
    shutil.rmtree(top)
print(os.path.exists(top))

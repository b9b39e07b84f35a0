# glob: wildcards, recursion with **, hidden files, root_dir, escape, has_magic
import glob
import os
import tempfile

with tempfile.TemporaryDirectory() as top:
    def make(rel, data=""):
        path = os.path.join(top, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(data)

    make("a/f.txt")
    make("a/b/g.txt")
    make("a/b/c/h.py")
    make(".hid/x")
    make(".hf")
    make("d/.hidden")
    make("x.py")
    os.symlink("a", os.path.join(top, "lnk"))
    os.symlink("nowhere", os.path.join(top, "broken"))
    old = os.getcwd()
    os.chdir(top)
    try:
        def g(*args, **kw):
            try:
                print(args, sorted(kw.items()), sorted(glob.glob(*args, **kw)))
            except Exception as e:
                print(args, type(e).__name__, e)

        g("*")
        g(".*")
        g("*", include_hidden=True)
        g("**", recursive=True)
        g("**/", recursive=True)
        g("**", recursive=True, include_hidden=True)
        g("a/**", recursive=True)
        g("a/**/", recursive=True)
        g("a/**/*.txt", recursive=True)
        g("**/*.py", recursive=True)
        g("a/**")
        g("a/*/")
        g("a/")
        g("x.py/")
        g("broken")
        g("broken/")
        g("nope")
        g("")
        g("*/.")
        g("**/.", recursive=True)
        g("a//b")
        g("a/*//*")
        g("[ab]/*")
        g("d/*")
        g("d/.*")
        g(".*/*")
        g("a/b/**/**/*.py", recursive=True)
        g("*", root_dir="a")
        g("**", root_dir="a", recursive=True)
        g("**/", root_dir="a", recursive=True)
        g("", root_dir="a")
        g(b"a/*")
        g(b"**", recursive=True)
        g(1)
        print(sorted(os.path.relpath(p, top) for p in glob.glob(os.path.join(top, "a", "*"))))
        it = glob.iglob("*.py")
        print(type(it).__name__ != "list", list(it))
    finally:
        os.chdir(old)

print(glob.escape("a*b?[c]/d:"), glob.escape(b"*a[b"), glob.escape("plain"))
print(glob.has_magic("a["), glob.has_magic("abc"), glob.has_magic(b"a?"), glob.has_magic(b"a"))
print(glob.__all__)

# linecache: reading, caching, checking, lazy loaders.
import linecache
import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "sample.py")
with open(path, "w") as f:
    f.write("first = 1\nsecond = 2\r\nthird = 3\rno newline at end")

print(repr(linecache.getline(path, 1)), repr(linecache.getline(path, 2)))
print(repr(linecache.getline(path, 3)), repr(linecache.getline(path, 4)))
print(repr(linecache.getline(path, 0)), repr(linecache.getline(path, 99)), repr(linecache.getline(path, -1)))
entry = linecache.cache[path]
print(type(entry).__name__, len(entry), entry[2] is linecache.getlines(path), entry[3] == path)
print(linecache.getlines("<string>"), linecache.getlines(""), linecache.getlines("/no/such/file.py"))
print("<string>" in linecache.cache, "/no/such/file.py" in linecache.cache)

# checkcache keeps unchanged files and drops changed or deleted ones.
linecache.checkcache(path)
print(path in linecache.cache)
with open(path, "a") as f:
    f.write("\nmore = 4\n")
linecache.checkcache()
print(path in linecache.cache, len(linecache.getlines(path)))
os.remove(path)
print(len(linecache.getlines(path)))  # still cached
linecache.checkcache(path)
print(path in linecache.cache, linecache.getlines(path))
print(linecache.updatecache("<stdin>"), linecache.updatecache(path))

# Encodings: a coding cookie, a BOM, undecodable bytes.
with open(path, "wb") as f:
    f.write(b'# -*- coding: latin-1 -*-\nx = "\xe9"\n')
print(linecache.getlines(path))
with open(path, "wb") as f:
    f.write(b"\xef\xbb\xbfbom = 1\n")
print(linecache.updatecache(path))
with open(path, "wb") as f:
    f.write(b'bad = "\xff"\n')
print(linecache.updatecache(path), path in linecache.cache)
os.remove(path)
os.rmdir(folder)

# Lazy loading through a module's __loader__.
class Loader:
    calls = 0

    def get_source(self, name):
        Loader.calls += 1
        return "source of %s\nline two\n" % name

glob = {"__name__": "fake.module", "__loader__": Loader()}
print(linecache.lazycache("fake_module.py", glob), len(linecache.cache["fake_module.py"]))
print(linecache.lazycache("fake_module.py", glob), Loader.calls)
print(linecache.getlines("fake_module.py"), Loader.calls)
print(linecache.cache["fake_module.py"][1], linecache.lazycache("fake_module.py", glob))
print(repr(linecache.getline("other_fake.py", 2, glob)))
print(linecache.lazycache("<x>", glob), linecache.lazycache("y.py", None), linecache.lazycache("z.py", {"__name__": "z"}))
print(linecache.lazycache("w.py", {"__loader__": Loader()}))

class NoSource:
    def get_source(self, name):
        return None

print(linecache.getlines("nosrc.py", {"__name__": "n", "__loader__": NoSource()}))

try:
    linecache.getlines(5)
except Exception as e:
    print(type(e).__name__, e)

linecache.clearcache()
print(linecache.cache)
print(linecache.__all__)

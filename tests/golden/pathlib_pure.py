# pathlib pure paths: parsing, joining, parts, names, derivation, comparison
from pathlib import PurePath, PurePosixPath, PureWindowsPath

P = PurePosixPath
W = PureWindowsPath


def show(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


for args in [("",), (".",), ("/",), ("//",), ("///",), ("//a/b",), ("a//b/./c/",),
             ("./a/..",), ("a", "/b", "c"), ("/a", "//b"), ("a", "", "b"), ("~",)]:
    p = P(*args)
    print(args, repr(p), str(p), p.parts, repr(p.drive), repr(p.root), repr(p.anchor),
          repr(p.name), p.parent, list(p.parents))

for args in [("c:",), ("c:a",), ("c:/a",), ("C:\\a\\b",), ("//server/share/x",),
             ("//server/share",), ("//server",), ("\\\\?\\c:\\x",), ("a/b", "c:d"),
             ("c:/a", "/b"), ("c:/a", "d:b"), ("c:a", "c:b"), ("/a", "c:"),
             ("//?/UNC/srv/sh/x",), ("//./dev",), ("a:b:c",), ("1:a",), ("//?/",),
             ("//?/UNC/srv",), ("c:.",), ("//a//b",), ("c:", "//a/b/c")]:
    p = W(*args)
    print(args, repr(p), str(p), p.parts, repr(p.drive), repr(p.root), p.is_absolute(),
          p.as_posix())

show("join1", lambda: W("c:a") / "c:b")
show("join2", lambda: W("c:/a") / "/b")
show("join3", lambda: W("c:/a") / "d:b")
show("join4", lambda: P("a") / "b" / P("c"))
show("join5", lambda: "x" / P("a"))
show("join6", lambda: P("a").joinpath("b", "/d", "e"))
show("join7", lambda: P("a") / 1)
show("join8", lambda: 1 / P("a"))
show("bad arg", lambda: P(b"a"))
show("bad arg2", lambda: P(1))
show("cross", lambda: P(W("a/b")))

p = P("/a/b/c.tar.gz")
print(p.name, p.stem, p.suffix, p.suffixes)
print(p.parents[0], p.parents[-1], p.parents[1:], p.parents[::-1], len(p.parents), p.parents)
show("parents[5]", lambda: p.parents[5])
show("parents[-5]", lambda: p.parents[-5])
for n in ["a", ".bashrc", "a.", "..", "a..b", "a.b.", ".a.b", "", "a.b..c"]:
    q = P(n)
    print(repr(n), repr(q.name), repr(q.stem), repr(q.suffix), q.suffixes)

show("with_name", lambda: p.with_name("x"))
show("with_stem", lambda: p.with_stem("s"))
show("with_suffix", lambda: p.with_suffix(".z"))
show("drop suffix", lambda: p.with_suffix(""))
show("root name", lambda: P("/").with_name("x"))
show("empty name", lambda: P("a").with_name(""))
show("dot name", lambda: P("a").with_name("."))
show("slash name", lambda: P("a").with_name("a/b"))
show("bad suffix", lambda: P("a").with_suffix("z"))
show("dot suffix", lambda: P("a").with_suffix("."))
show("sep suffix", lambda: P("a").with_suffix("./"))
show("no name suffix", lambda: P("").with_suffix(".x"))
show("empty stem", lambda: P("a").with_stem(""))
show("win name", lambda: W("a").with_name("c:"))
show("win suffix", lambda: W("a").with_suffix("\\.x"))

show("rel1", lambda: P("a/b").relative_to("c"))
show("rel2", lambda: P("/a/b").relative_to("/a"))
show("rel3", lambda: P("/a/b").relative_to("/", "a"))
show("rel4", lambda: P("/a/b").relative_to("a"))
show("rel5", lambda: P("a/b").relative_to("a/b"))
show("rel6", lambda: P("a").relative_to())
show("rel7", lambda: W("C:/a/b").relative_to("c:/A"))
show("rel8", lambda: W("c:/a/b").relative_to("c:"))
show("isrel", lambda: (P("a/b").is_relative_to("a"), P("a/b").is_relative_to("b")))

for path, pat in [("a/b.py", "*.py"), ("/a/b.py", "/*.py"), ("/a/b.py", "/*/*.py"),
                  ("a/b.py", "A/*.PY"), ("a/b/c.py", "b/*.py"), ("b.py", "a/*.py")]:
    print("match", path, pat, P(path).match(pat), W(path).match(pat))
show("empty pattern", lambda: P("a").match(""))

print(P("/a b/é%#").as_uri(), W("c:/x y").as_uri(), W("//srv/sh/a b").as_uri())
show("rel uri", lambda: P("a").as_uri())
print(W("a/con").is_reserved(), W("nul.txt").is_reserved(), W("lpt0").is_reserved(),
      P("nul").is_reserved())

print(P("a") == P("a"), P("a") == W("a"), P("a") == "a", W("A/B") == W("a/b"),
      hash(W("A/B")) == hash(W("a/b")), hash(P("a//b/")) == hash(P("a/b")))
show("cross lt", lambda: P("a") < W("a"))
show("str lt", lambda: P("a") < "a")
print(sorted([P("a/b"), P("a"), P("/z"), P("a-b"), P("a/a")]))
print(sorted([W("b"), W("A"), W("c")]))
print(P("a/b").__reduce__(), str(W("c:/A")), bytes(P("a/b")) if False else "")
print(type(PurePath("x")).__name__, P("a").is_absolute(), P("/a").is_absolute(),
      W("/a").is_absolute(), W("c:/a").is_absolute())

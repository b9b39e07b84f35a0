# The re module's functions and the Pattern and Match objects.
import re

p = re.compile(r"(?P<word>\w+)-(\d+)")
print(p, p.pattern, p.flags, p.groups, dict(p.groupindex))
print(re.compile("a+", re.IGNORECASE), re.compile(b"x"), re.compile("a", re.A | re.M | re.S))
print(repr(re.compile("x" * 300))[-10:])
print(re.I, re.M | re.X, repr(re.S), int(re.A), re.NOFLAG, re.RegexFlag.DOTALL)
m = p.search("go abc-12 xyz-3")
print(m)
print(m.group(), m.group(0), m.group(1), m.group("word"), m.group(1, 2, "word"))
print(m.groups(), m.groupdict(), m.start(), m.end(), m.span(), m.span(2), m.start("word"))
print(m[0], m[1], m["word"], m.lastindex, m.lastgroup, m.regs)
print(m.pos, m.endpos, m.re is p, m.string)
print(m.expand(r"\2:\g<word>:\g<0>:\g<2>\n"), repr(m.expand(r"\\\t")))
for bad in (3, "nope", -1, 1.5):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError", e)
print(p.match("abc-1"), p.match("!abc-1"), p.match("!abc-1", 1))
print(p.fullmatch("abc-1"), p.fullmatch("abc-1x"), p.fullmatch("abc-1x", 0, 5))
print(p.search("abc-1 def-2", 3), p.search("abc-1", 0, 3))
print(p.findall("a-1 b-2 c"), re.findall(r"\d", "a1b2"), re.findall(r"(\d)(x)?", "1x2"))
print([m.span() for m in p.finditer("a-1 b-2")], [m.group() for m in re.finditer(r"\w", "ab")])
print(re.match("a", "ba"), re.search("a", "ba"), re.fullmatch("a|ab", "ab"))
print(re.match(r"(a)(b)?", "ac").groups(), re.match(r"(a)(b)?", "ac").groupdict())
m = re.match(r"(?P<x>a)|(?P<y>b)", "b")
print(m.groupdict(), m.groupdict("?"), m.span("x"), m.lastgroup)
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I), re.compile("a") is re.compile("a"))
print(hash(re.compile("q")) == hash(re.compile("q")))
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print("ValueError", e)
print(re.escape("a.b*c?d[e]f (g) h-i|j^k$l\\m#n&o~p\tq"), re.escape(b"1+1=2"), re.escape("é_x"))
re.purge()
print(re.search("x", "xyz").re.pattern)
print(type(p).__name__, type(m).__name__, re.Pattern, re.Match)
try:
    re.Pattern()
except TypeError as e:
    print("TypeError", e)
for a, b in (("a", b"a"), (b"a", "a"), ("a", 5)):
    try:
        re.search(a, b)
    except TypeError as e:
        print("TypeError", e)
m = re.search("b+", "abbbc")
print(bool(m), m.span(), repr(re.match(".*", "é" * 60)))
s = re.compile(r"\d+").scanner("a12b3")
print(s.search().group(), s.search().group(), s.search())
sc = re.Scanner([(r"[a-z]+", lambda sc, t: ("word", t)), (r"\d+", lambda sc, t: ("num", int(t))), (r"\s+", None)])
print(sc.scan("abc 42 de!x"))
text = "ünïcödé 12 ab"
print([m.span() for m in re.finditer(r"\w+", text)], re.search("ab", text).span())
print(re.match(r"(\w+)", "élan vital"))
print(re.compile(r"\w+").match("élan vital", 5).span())
print(re.compile("a").search("aaa", 5), re.compile("").search("ab", 5), re.compile("$").search("ab", -3))

# sub, subn, split, findall and finditer, with the empty-match rules of 3.7+.
import re

print(re.sub("x*", "-", "abxd"), re.sub("x*", "-", ""), re.sub("", "-", "abc"))
print(re.subn("x*", "-", "abxd"), re.subn("a", "b", "aaa", count=2), re.subn("a", "b", "aaa", 0))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good bye"))
print(re.sub(r"(?P<a>\d)", r"<\g<a>\g<1>\g<0>>", "a1b2"))
print(re.sub(r"\d", lambda m: str(int(m.group()) + 1), "a1b9"))
print(re.sub(r"a", r"\n\t\\", "xax"), repr(re.sub("a", r"\-", "a")), repr(re.sub("a", "\\0", "a")))
print(re.sub("(a)|b", r"[\1]", "ab"), re.sub(r"(b)?c", r"<\1>", "c"))
print(re.sub(b"a", b"\\n", b"cat"), re.sub(rb"(\w)", rb"\1\1", b"ab"), re.sub("é", "e", "café"))
print(re.sub("a", lambda m: "", "banana"), re.sub("^", ">", "a\nb", flags=re.M))
print(re.split(r"\W+", "Words, words, words."), re.split(r"(\W+)", "Words, words, words."))
print(re.split(r"\W+", "Words, words, words.", maxsplit=1), re.split(r"\W+", "a b c", 0), re.split("x", "axbxc", -1))
print(re.split("[a-f]+", "0a3B9", flags=re.I), re.split(r"(a)|(b)", "1a2b3"))
print(re.split("x*", "axbc"), re.split(r"\b", "a b"), re.split("", "abc"), re.split("(?=b)", "abab"))
print(re.findall("", "abc"), re.findall("a*", "baaac"), re.findall(r"|a", "a"), re.findall(r"a|", "a"))
print([m.span() for m in re.finditer(r"\b|x", "ax b")], [m.span() for m in re.finditer("a*?", "aa")])
print(re.findall(r"(\w)=(\d)?", "a=1 b= c=3"), re.findall(r"((a)b)", "abab"))
print(re.sub("a", "b", "a" * 5, count=3), re.sub("(?i)A", "x", "aAa"))
for repl in (r"\g", r"\g<", r"\g<a", r"\g<>", r"\g<1a>", r"\g<3>", r"\3", r"\q", "a\\", r"\777"):
    try:
        re.sub("(a)(b)", repl, "ab")
    except re.error as e:
        print(repr(repl), "error:", e)
try:
    re.sub("(a)", r"\g<nope>", "a")
except IndexError as e:
    print("IndexError", e)
m = re.search(r"(?P<k>\w+)=(?P<v>\w+)", "x=1")
print(m.expand(r"\g<v>=\g<k>"))
big = "ab" * 100000
print(len(re.sub("a", "xy", big)), len(re.findall("b", big)), len(re.split("a", big)))

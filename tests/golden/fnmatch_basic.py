# fnmatch: matching, translate's regex text, filter, bytes, errors
import fnmatch


def show(label, func):
    try:
        print(label, repr(func()))
    except Exception as e:
        print(label, type(e).__name__, e)


cases = [
    ("abc", "abc"), ("abc", "a?c"), ("abc", "a*"), ("abc", "*c"), ("abc", "*b*"),
    ("abc", "a*d"), ("", "*"), ("", "?"), ("a\nb", "a?b"), ("a\nb", "a*"),
    ("abc", "[abc]bc"), ("xbc", "[!abc]bc"), ("abc", "[!abc]bc"), ("m", "[a-z]"),
    ("M", "[a-z]"), ("-", "[a-]"), ("]", "[]]"), ("]", "[!]]"), ("[", "["),
    ("[a", "[a"), ("\\", "[\\]"), ("!", "[z-a!]"), ("q", "[z-a!]"),
    ("a/b", "a*b"), ("a/b", "a?b"), ("aXbXc", "a*b*c"), ("abcabc", "*abc"),
    ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "*a*a*a*a*a*a*a*b"),
]
for name, pat in cases:
    print(repr(name), repr(pat), fnmatch.fnmatchcase(name, pat), fnmatch.fnmatch(name, pat))

for pat in ["*.py", "a*b*c", "**", "?", "[abc]", "[!abc]", "[z-a]", "[a-cz-x]",
            "[", "[!]", "[]]", "[a-]", "[\\]", "[^a]", "[a&&b]", "[[]", "[a-c-e]",
            "[b-a-z]", "[z-a!x]", "a.b+c(d) #~", "***a***b**", "[!-z]"]:
    print("translate", repr(pat), fnmatch.translate(pat))

print(fnmatch.filter(["a.py", "b.txt", "c.py", ".d.py"], "*.py"))
print(fnmatch.filter([b"a.py", b"b.txt"], b"*.py"))
print(fnmatch.fnmatchcase(b"a\xffz", b"a[\xff]?"))
print(fnmatch.fnmatch("A.PY", "*.py"), fnmatch.fnmatch("a.py", "*.py"))

show("mixed 1", lambda: fnmatch.fnmatch("a", b"a"))
show("mixed 2", lambda: fnmatch.fnmatch(b"a", "a"))
show("filter mixed", lambda: fnmatch.filter(["a", b"b"], "a*"))
show("int name", lambda: fnmatch.fnmatch(1, "a"))
print(fnmatch.__all__)

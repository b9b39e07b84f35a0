# str methods.
s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), "hELLO wORLD".capitalize())
print(s.find("o"), s.find("o", 5), s.find("zz"), s.rfind("o"), s.index("W"), s.rindex("l"), s.count("l"), s.count(""))
print(s.startswith("Hell"), s.startswith(("x", "He")), s.endswith("ld"), s.endswith("o", 0, 5), s.startswith("W", 7))
print(s.replace("l", "L"), s.replace("l", "L", 2), s.replace("", "-"), "aaa".replace("a", "b", 0))
print(s.split(), s.split(","), s.split("l"), s.split("l", 1), s.rsplit("l", 1), "  a  b  ".split(), "a,b,,c".split(","))
print("a b c".split(None, 1), " x ".rsplit(), "1\n2\r\n3\n".splitlines(), "1\n2\n".splitlines(True))
print(s.partition(", "), s.partition("zz"), s.rpartition("o"), s.rpartition("zz"))
print("  pad  ".strip(), "  pad  ".lstrip(), "  pad  ".rstrip(), "xxhixx".strip("x"), "abcba".strip("ab"))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(map(str, range(5))))
print("abc".center(9), "abc".center(10, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(5), "-42".zfill(6), "+4".zfill(4))
print("abc".isalpha(), "ab1".isalnum(), "123".isdigit(), "12a".isdigit(), "   ".isspace(), "".isspace())
print("Hello World".istitle(), "hello".islower(), "HELLO".isupper(), "Hi".isupper(), "x1".isidentifier(), "1x".isidentifier())
print("½".isnumeric(), "½".isdigit(), "3".isdecimal(), "abc".isascii(), "é".isascii(), "".isalpha())
print("a\tb\tc".expandtabs(), "a\tb".expandtabs(4), "ab\tc".expandtabs(2))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removeprefix("y"))
print("hello"[1], "hello"[-1], "hello"[1:3], "hello"[::-1], "hello"[::2], "hello"[10:], "hello"[-3:])
print(len("héllo"), "héllo".upper(), "ß".upper(), "İ".lower() == "i̇", "ǅ".title())
print(str(123), str(-1.5), str([1, "a"]), str(None), str(b"x"), str("already"))
print(repr("quote'd"), repr('both\'"'), repr("newline\n"), repr("uni\u00e9"), repr("\x00\x1f"))
print("abc" * 2, "abc" + "def", "b" in "abc", "abc" < "abd", "abc" == "abc", "a" * 0)
print("%s and %r" % ("x", "y"), "{} {}".format(1, 2), "x".encode(), "Ab".casefold())
print(ord("a"), chr(97), ord("€"), chr(8364), [ord(c) for c in "AZ"])
print("one two three".title(), "they're bill's".title(), "hello world".split("o", maxsplit=1))
print("a-b-c".rsplit("-", maxsplit=1), "x".join(["1"]), "abcabc".index("c", 3))
print(s.lower().count("o"), "mississippi".count("ss"), "mississippi".count("s", 3, 6))
print("%-5s|%5s|" % ("ab", "cd"), "tab\tsep".split("\t"), "  lead".lstrip(" l"))
t = "The quick brown fox"
words = t.split()
print(sorted(words), sorted(words, key=str.lower), max(words, key=len), [w[0] for w in words])
print("".join(reversed(t)), t.translate(str.maketrans("aeiou", "AEIOU")), t.translate({ord("o"): None}))
print(str.maketrans({"a": "1"}), "abc".translate(str.maketrans("ab", "xy", "c")))
print("x".center(4, "-"), "abc".find(""), "abc".find("", 4), "".join(c.upper() for c in "abc"))
print("😀".encode("utf-8"), "a😀b"[1], len("a😀b"), "日本語"[::-1], "日本語".find("語"))
print("Hello".encode("ascii"), b"Hello".decode(), b"caf\xc3\xa9".decode("utf-8"))
print("12".isnumeric(), "1.5".replace(".", "", 1).isdigit(), "abc".upper().lower())
print(str(True), str(1e100), "a,b;c".replace(";", ",").split(","))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{0}{1}{0}".format("a", "b"))
for meth in ["upper", "lower", "strip"]:
    print(meth, getattr("  Mixed  ", meth)())
print("abc".startswith(""), "".startswith(""), "abc".endswith(("c", "x")), "Ab".swapcase())

# Bounds past the ends of an index-sized integer are clamped, as CPython's slice indices.
class Huge:
    def __index__(self):
        return 2 ** 90
print('abc'.find('b', 2**100), 'ab'.startswith('a', -2**100), 'ab'.count('', 0, 2**100),
      'abc'.rfind('c', -2**100, 2**100), 'abc'.index('a', -2**80), 'abc'.find('a', 0, Huge()))

# re.error messages and positions, and the other exceptions compile raises.
import re

patterns = ["(", "(a", "a)", "*", "a**", "a{2}{3}", "(?<x)", "\\q", "(?<=a*)", "[a", "[z-a]",
            "[\\d-z]", "\\", "a\\", "(?P<>a)", "(?P<a", "(?P<1a>x)", "(?P<a>x)(?P<a>y)", "(?P=b)",
            "(a)\\2", "(a\\1)", "\\777", "a{3,2}", "(?z)", "(?i", "(?-i)", "(?a-a:x)", "(?au)",
            "a(?i)", "(?#abc", "(?(1)a|b|c)", "(?(x)a)", "(?(1a)a)", "^*", "\\b*", "(?i)*", "(?P",
            "(?Px)", "(?", "\\x1", "\\u12", "\\U1234", "\\N{foo}", "\\N", "\\N{", "[\\q]", "[\\8]",
            "\\8", "(?P=)", "(?P=a", "(?L)", "ab\n(c", "x{2,1}", "[]", "[^]", "a|*", "(|*)",
            "(?<!a|bc)", "(?x)a # c\n(", "\\g<1>", "(?i-)", "(?-)", "(?-:x)", "(?i-i:x)", "(?+i)",
            "{1,2}", "(?<=\\1)(a)", "(?(0)a)", "(?(2)a)(b)", "[a-\\d]", "(?P<a>)(?P=a", "(?(a)",
            "(?(", "(?P<", "(?P=", "\\U00110000", "[\\777]", "(?<", "(?u)"]
for p in patterns:
    try:
        r = re.compile(p)
        print(repr(p), "compiled", r.groups)
    except re.error as e:
        print(repr(p), "|", e, "|", repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)
for p, f in [("a", re.U | re.A), (b"a", re.U), ("a", re.L), (b"(?u)", 0), (b"\\u1234", 0),
             (b"\\N{x}", 0), ("(?u)a", re.A), (b"(?L)", re.A), ("a{4294967295}", 0)]:
    try:
        re.compile(p, f)
        print(p, "compiled")
    except Exception as e:
        print(p, type(e).__name__, e)
e = re.error("boom", "ab\ncd", 4)
print(e, e.msg, e.pos, e.lineno, e.colno)
e = re.error("plain")
print(e, e.pattern, e.pos, e.lineno)
print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__)

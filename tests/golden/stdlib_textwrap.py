import textwrap

sample = ("The quick brown fox jumps over the lazy dog. A well-known "
          "e-mail from Mr. Smith--the one-and-only--arrived. Is it true? Yes!  "
          "Supercalifragilisticexpialidocious is a long word.")
for width in (10, 20, 35, 70):
    print(width, textwrap.wrap(sample, width))
print(textwrap.fill(sample, 30))
print(textwrap.fill(sample, 30, initial_indent="- ", subsequent_indent="  "))
print(textwrap.wrap(sample, 12, break_long_words=False))
print(textwrap.wrap(sample, 12, break_on_hyphens=False))
print(textwrap.wrap(sample, 25, fix_sentence_endings=True))
print(textwrap.wrap(sample, 25, drop_whitespace=False))
print(textwrap.wrap(sample, 25, max_lines=2))
print(textwrap.wrap(sample, 25, max_lines=3, placeholder=" ..."))
print(textwrap.wrap("a\tb\tc\nd e", 40))
print(textwrap.wrap("a\tb\tc\nd e", 40, expand_tabs=False))
print(textwrap.wrap("a\tb\tc\nd e", 40, replace_whitespace=False))
print(textwrap.wrap("a\tb\tc", 40, tabsize=2))
print(textwrap.wrap("", 10), textwrap.wrap("   ", 10), textwrap.fill("", 5))
print(textwrap.wrap("this-is-a-very-hyphenated-word", 10))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz", 7))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten(sample, 40))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.wrap("some text here", 4, max_lines=1, initial_indent="   ")
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.shorten("x", 3)
except ValueError as e:
    print("ValueError:", e)

w = textwrap.TextWrapper(width=15, subsequent_indent="> ")
print(w.wrap(sample))
w.width = 40
print(w.fill("short text"))
print(w._split("well-known e-mail  x--y"))

print(repr(textwrap.dedent("""\
    def f():
        return 1

    x = 2
""")))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("   \n  a\n    b\n  \n")))
print(repr(textwrap.dedent("\t\ta\n\t b")))
print(repr(textwrap.dedent("no indent\n  here")))
print(repr(textwrap.indent("a\nb\n\n  \nc", "> ")))
print(repr(textwrap.indent("a\r\nb\n", "+ ", lambda line: True)))
print(repr(textwrap.indent("one\ntwo", "  ", lambda line: line.startswith("t"))))

# a deterministic sweep over odd inputs and options
seed = 2024
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n
words = ["hello", "a", "--", "-", "well-known", "x-y-z", "foo--bar", "end.", "Why?", "'q.'",
         "long" * 5, "re-re-re-entrant", "12-34", "--x", "x--", "\t", "  ", "\n", "ab-", "-ab"]
for case in range(120):
    text = "".join(words[rnd(len(words))] + [" ", "", "  "][rnd(3)] for _ in range(rnd(12)))
    kw = {"width": 3 + rnd(25)}
    if rnd(3) == 0: kw["break_on_hyphens"] = False
    if rnd(3) == 0: kw["break_long_words"] = False
    if rnd(4) == 0: kw["drop_whitespace"] = False
    if rnd(4) == 0: kw["fix_sentence_endings"] = True
    if rnd(3) == 0: kw["max_lines"] = 1 + rnd(3)
    try:
        r = textwrap.wrap(text, **kw)
    except ValueError as e:
        r = "ValueError: %s" % e
    print(repr(text), sorted(kw.items()), r)

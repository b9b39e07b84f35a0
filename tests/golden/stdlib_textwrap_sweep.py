# textwrap: a deterministic sweep over words, punctuation, hyphens, em-dashes,
# non-ASCII letters and every option; dedent, indent and shorten on the same texts
import textwrap

seed = 77


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n


pieces = ["a", "bb", "Zed", "é", "1", "_", "²", "-", "--", " ", " ", "  ", "\t", "\n", ".", "!", "?",
          "'", '"', ",", "&", "\r", "x-y", "ab-cd", "a.", "end. ", "well-known", "--x", "x--",
          "re-re-entry", "12-34", "ab-", "-ab", "longword" * 2]
indents = ["", ">", "  ", "**"]
for case in range(400):
    text = "".join(pieces[rnd(len(pieces))] for _ in range(rnd(14)))
    width = 1 + rnd(22)
    kw = {"width": width}
    for opt in ["break_on_hyphens", "break_long_words", "drop_whitespace", "fix_sentence_endings",
                "expand_tabs", "replace_whitespace"]:
        if rnd(4) == 0:
            kw[opt] = [False, True][rnd(2)]
    if rnd(3) == 0:
        kw["max_lines"] = 1 + rnd(3)
    if rnd(5) == 0:
        kw["placeholder"] = ["...", " ~", "  [..]  "][rnd(3)]
    if rnd(4) == 0:
        kw["initial_indent"] = indents[rnd(4)]
    if rnd(4) == 0:
        kw["subsequent_indent"] = indents[rnd(4)]
    if rnd(8) == 0:
        kw["tabsize"] = 1 + rnd(4)
    # an indent as wide as the line never fits anything: keep clear of it
    if any(len(kw.get(k, "")) >= width for k in ("initial_indent", "subsequent_indent")):
        continue
    try:
        lines = textwrap.wrap(text, **kw)
    except ValueError as e:
        lines = "ValueError: %s" % e
    print(repr(text), sorted(kw.items()), lines)
    if case % 4 == 0:
        print("  split", textwrap.TextWrapper()._split(text))
        print("  dedent", repr(textwrap.dedent(text)), repr(textwrap.indent(text, "> ")))
        if width > 5:
            try:
                print("  shorten", repr(textwrap.shorten(text, width)))
            except ValueError as e:
                print("  shorten ValueError:", e)

print(repr(textwrap.dedent("a\n   \nb")), repr(textwrap.dedent("  a\n  \r\n  b")), repr(textwrap.dedent("  a\n   ")))
print(repr(textwrap.dedent(" \t a\n \t b")), repr(textwrap.dedent("\t\ta\n\t b")), repr(textwrap.dedent("")))
print(repr(textwrap.indent("a\n \nb", "> ")), repr(textwrap.indent("a\n\nb\n", "> ")),
      repr(textwrap.indent("x\ny", "+", lambda line: line.startswith("y"))))
print(textwrap.fill("one two three four five six seven", 12, max_lines=2, placeholder="..."))
w = textwrap.TextWrapper(width=10, max_lines=3, initial_indent="* ", subsequent_indent="  ")
print(w.wrap("alpha beta gamma delta epsilon zeta eta theta"))
print(sorted(textwrap.TextWrapper.unicode_whitespace_trans.items()))
for b in (True, 1, False):
    print(b, textwrap.wrap("abc well-known", 12, break_on_hyphens=b), textwrap.TextWrapper(break_on_hyphens=b)._split("a well-known b"))
try:
    textwrap.shorten("a b", 10, max_lines=2)
except TypeError as e:
    print("TypeError:", e)

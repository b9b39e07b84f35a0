import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.find_longest_match(0, 5, 0, 4))
print(s.get_matching_blocks())
for op in s.get_opcodes():
    print(op)
print(round(s.ratio(), 4), round(s.quick_ratio(), 4), round(s.real_quick_ratio(), 4))
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.bjunk, s.get_matching_blocks()[:3])
b = "d" * 100 + "abc" + "d" * 100
s = difflib.SequenceMatcher(None, "dabcd", b)
print(s.bpopular, s.find_longest_match(0, 5, 0, len(b)))
s = difflib.SequenceMatcher(None, "dabcd", b, autojunk=False)
print(s.bpopular, s.find_longest_match())

a = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n"]
b = ["zero\n", "one\n", "tree\n", "four\n", "five\n", "six\n", "seven\n", "eighty\n"]
print("".join(difflib.ndiff(a, b)), end="")
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt", "2020", "2021", n=1)), end="")
print("".join(difflib.context_diff(a, b, "a.txt", "b.txt")), end="")
print("".join(difflib.unified_diff(a, a)) == "")
print(list(difflib.unified_diff(["x"], ["y"], lineterm="")))
delta = list(difflib.ndiff(a, b))
print("".join(difflib.restore(delta, 1)) == "".join(a), "".join(difflib.restore(delta, 2)) == "".join(b))
print(list(difflib.Differ().compare(["\tabc\n"], ["\tabd\n"])))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
import keyword
print(difflib.get_close_matches("wheel", keyword.kwlist))
print(difflib.get_close_matches("accept", keyword.kwlist, n=1, cutoff=0.1))
print(difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("x"), difflib.IS_CHARACTER_JUNK("\t"))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"\xffb\n"], [b"a\n", b"c\n"], b"f", b"g")))
print(difflib.SequenceMatcher[int])
print(list(difflib.SequenceMatcher(None, "", "").get_grouped_opcodes()))
print(list(difflib._mdiff(["2"], ["3"], 1)))
h = difflib.HtmlDiff(wrapcolumn=12)
print(h.make_table(["short\n", "a much longer line of text\n", "same\n"],
                   ["short\n", "a much longer line of test\n", "same\n", "new & <b>\n"], "old", "new"))
print(difflib.HtmlDiff().make_file([], [], context=True)[-300:])

for args in [(0,), (3, 1.5), (3, -0.1)]:
    try:
        difflib.get_close_matches("x", ["y"], *args)
    except ValueError as e:
        print(type(e).__name__, e)
for call in [lambda: list(difflib.restore([], 3)),
             lambda: list(difflib.unified_diff([b"x"], ["y"])),
             lambda: list(difflib.unified_diff(["x"], ["y"], 1)),
             lambda: list(difflib.context_diff(["x"], ["y"], "a", "b", b"d")),
             lambda: list(difflib.diff_bytes(difflib.unified_diff, ["x"], [b"y"]))]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

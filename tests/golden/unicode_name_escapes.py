# \N{...} escapes in str literals, f-strings, raw strings and bytes, their
# compile-time errors, and the unicodedata name table behind them.
import unicodedata

print(ascii("\N{LATIN SMALL LETTER A}"), ascii("\N{EM DASH}"), ascii("x\N{en dash}y"))
print(ascii("\N{Latin Capital Letter Gha}"), ascii("\N{LATIN CAPITAL LETTER GHA}"))
print(ascii("\N{LF}"), ascii("\N{LINE FEED}"), ascii("\N{NULL}"), ascii("\N{BYTE ORDER MARK}"))
print(ascii("\N{TIBETAN LETTER -A}"), ascii("\N{HANGUL JUNGSEONG O-E}"), ascii("\N{hangul jungseong oe}"))
print(ascii("\N{HANGUL SYLLABLE GAG}"), ascii("\N{HANGUL SYLLABLE HIH}"), ascii("\N{CJK UNIFIED IDEOGRAPH-4E00}"))
print(ascii("\N{CJK UNIFIED IDEOGRAPH-2B738}"), ascii("\N{CJK UNIFIED IDEOGRAPH-3134A}"))
print(ascii("\N{SNOWMAN}\N{BLACK STAR}é\N{GREEK SMALL LETTER ALPHA}"))
print(ascii("""multi
\N{DIGIT ONE}\N{DIGIT TWO}"""), ascii("a" "\N{DIGIT THREE}"), ascii("\\N{EM DASH}"))
print(len("\N{EM DASH}"), "\N{LATIN SMALL LETTER A}" == "a")

# f-strings: the braces of \N{...} are not a replacement field
n = 5
print(ascii(f"\N{EM DASH}{n}\N{EM DASH}"), ascii(f"{n}\N{BULLET}{{}}"), ascii(f"}}\N{EM DASH}{{"))
print(ascii(f"{n:\N{DIGIT ZERO}>4}"), ascii(f"{'x'!r}\N{LATIN SMALL LETTER B}"))
print(ascii("a" f"\N{DIGIT ONE}{n}"))

# raw strings and bytes: no escape
print(r"\N{DASH}", r"\N{EM DASH}", len(r"\N{X}"))
DASH = "dash"
print(rf"\N{DASH}", fr"\N{{EM DASH}}")
print(b"\N{EM DASH}", br"\N{x}", len(b"\N{EM DASH}"))

def err(src):
    try:
        compile(src, "<test>", "eval")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
    else:
        print("compiled", ascii(eval(src)))

for src in [
    r'"\N{foo}"', r'"ab\N{foo}"', r'"é\N{foo}"', r'"\é\N{foo}"', r"'\N{é}'",
    r'"\N{LATIN SMALL LETTER A}\N{bad}"', r'"\N{LATIN SMALL LETTER A}é\N{bad}"',
    r'"\N{foo"', r'"\N"', r'"\Nx"', r'"\N{}"', r'"a\N{"', r'"\N{EM DASH"',
    '"""a\n\\N{x}"""', r'"\N{ EM DASH}"', r'"\N{EM DASH }"', r'"\N{EM  DASH}"', r'"\N{EM_DASH}"',
    r'"\N{EMDASH}"', r'"\N{LINE-FEED}"', r'"\N{U+0041}"',
    r'"\N{KEYCAP NUMBER SIGN}"', r'"\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"',
    r'"\N{hangul syllable gag}"', r'"\N{HANGUL SYLLABLE GAg}"', r'"\N{HANGUL SYLLABLE}"',
    r'"\N{cjk unified ideograph-4E00}"', r'"\N{CJK UNIFIED IDEOGRAPH-4e00}"',
    r'"\N{CJK UNIFIED IDEOGRAPH-4E0}"', r'"\N{CJK UNIFIED IDEOGRAPH-3134B}"',
    r'f"\N{foo}"', r'f"ab{1}\N{foo}"', r'f"ab{1}cd\N{foo}"', r'f"{{\N{bad}"', r'f"\N{x"', r'f"\N"',
    r'f"{1:\N{bad}}"', r'"a" "\N{bad}"', r'"a" f"\N{bad}"',
    r'"\x4"', r'"ab\x4"', r'"é\x4"', r'"\u12"', r'"\U1234"', r'"\U00110000"', r'"é\U00110000"',
    r'b"\x4"', r'b"ab\x4z"', r'"\N{DIGIT ONE}"',
]:
    print(src, end=" -> ")
    err(src)

try:
    exec('x = "\\N{NO SUCH THING}"')
except SyntaxError as e:
    print("exec", e.msg)

# unicodedata.lookup and unicodedata.name
for name in ["EM DASH", "em dash", "LF", "Latin Capital Letter Gha", "HANGUL SYLLABLE GAG",
             "CJK UNIFIED IDEOGRAPH-9FFF", b"EM DASH"]:
    print(repr(name), ascii(unicodedata.lookup(name)))
for name in ["hangul syllable gag", "no such", "x" * 256, "x" * 257, "é", ""]:
    try:
        unicodedata.lookup(name)
    except KeyError as e:
        print(type(e).__name__, str(e)[:40])
for ch in ["a", "\u2014", "\uac01", "\u4e00", "\U0003134a", "\u01a2", "\n"]:
    print(ascii(ch), unicodedata.name(ch, None))
for ch in ["\0", "\U0010ffff", "\U0003134b"]:
    try:
        unicodedata.name(ch)
    except ValueError as e:
        print(type(e).__name__, e)
print(unicodedata.name("\0", "dflt"))
for bad in [(), ("ab",), (5,)]:
    try:
        unicodedata.name(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    unicodedata.lookup(5)
except TypeError as e:
    print(type(e).__name__, e)
for ch in "\N{EM DASH}a\N{SNOWMAN}":
    assert unicodedata.lookup(unicodedata.name(ch)) == ch
print(unicodedata.unidata_version)

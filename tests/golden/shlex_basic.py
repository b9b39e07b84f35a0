import shlex

cases = [
    "a b c",
    "foo 'bar baz' \"qu ux\"",
    r'a\ b "c\"d" \'e f\'',
    "x#y # comment here",
    "'' \"\" empty",
    r'"a\\b" "a\$b" "a\nb" ' + r"'a\b'",
    "mixed'quo'tes\"x y\"z",
    "  leading  and   trailing  ",
    "ünïcödé wörds",
]
for c in cases:
    print(repr(c), "->", shlex.split(c))
print(shlex.split("a # b c", comments=True))
print(shlex.split("a 'b c' d", posix=False))
print(shlex.split("a \"b c\" d'e f'", posix=False))

for bad in ["'unterminated", '"also', "trailing\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print(type(e).__name__, e)

for s in ["", "simple", "has space", "it's", "a$b", "@%+=:,./-", "tab\there", "é"]:
    print(repr(s), shlex.quote(s))
print(shlex.join(["ls", "-l", "my file", "it's"]))
print(shlex.split(shlex.join(["x y", "'", '"', "$HOME"])))

# shlex class, non-posix tokenizing
lex = shlex.shlex("foo = bar; baz(1, 2) # c\nnext 'q s'")
print(list(lex))
lex = shlex.shlex("foo = bar; baz(1, 2)", posix=True)
print(list(lex))
lex = shlex.shlex("a && b || c; (d) > out.txt", punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("ls -l ~/x.py|grep foo&&echo ok;", posix=True, punctuation_chars=True)
print(list(lex))
lex = shlex.shlex("a|b", punctuation_chars="|")
print(lex.punctuation_chars, list(lex))
lex = shlex.shlex("one two\nthree", posix=True)
print(lex.get_token(), lex.lineno)
lex.push_token("pushed")
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.lineno)
print(repr(lex.get_token()))
lex = shlex.shlex("x y")
print(repr(lex.get_token()), repr(lex.get_token()), repr(lex.get_token()))
lex = shlex.shlex("a:b:c", posix=True)
lex.whitespace = ":"
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("abc", infile="f.sh")
print(lex.error_leader(), lex.error_leader("other", 7))
lex = shlex.shlex('"open', posix=True)
try:
    list(lex)
except ValueError as e:
    print(type(e).__name__, e)
lex = shlex.shlex('"open')
try:
    list(lex)
except ValueError as e:
    print(type(e).__name__, e)
print(shlex.__all__)

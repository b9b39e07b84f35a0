# tokenize: token streams, positions, errors, encodings, untokenize.
import io
import token
import tokenize


def show(source, exact=False):
    print("--", repr(source))
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            kind = tok.exact_type if exact else tok.type
            print("  %-10s %-16r %s %s" % (token.tok_name[kind], tok.string, tok.start, tok.end))
    except (tokenize.TokenError, IndentationError) as e:
        print("  ", type(e).__name__, e.args[0], e.args[1][:3])


show("x = 1 + 2\n")
show("if x:\n    y = (1,\n         2)  # note\n\n# alone\nz\n")
show("def f(a, *, b=2) -> None:\n\tpass\n")
show("x = 0xff + 0o17 + 0b101 + 1_000 + 3.5e-2j + .5 + 1.\n")
show("s = r'a' b\"b\" f'{x}' Rb'''c''' u'd'\n")
show("t = '''one\ntwo''' + \"x\\\ny\"\n")
show("a @= b ** c // d -> e := f ... g != h\n", exact=True)
show("x = [1,\n  2]\n")
show("x = 1 + \\\n    2\n")
show("no_newline_at_end")
show("x # trailing comment")
show("if a:\n  if b:\n    c\nd\n")
show("$x ? !y\n")
show("if a:\n    b\n  c\n")
show("x = (\n")
show("x = '''never closed\n")
show("1if 2else 3\n")

print("-- TokenInfo")
tok = tokenize.TokenInfo(tokenize.OP, "+=", (1, 2), (1, 4), "x += 1\n")
print(repr(tok))
print(tok.exact_type, token.tok_name[tok.exact_type], tok.type, tok[1], tok._fields)
print(tokenize.TokenInfo(tokenize.NAME, "x", (1, 0), (1, 1), "").exact_type)

print("-- bytes and encodings")
for data in [b"x = 1\n", b"# -*- coding: latin-1 -*-\nx = '\xe9'\n", b"\xef\xbb\xbfx = 1\n",
             b"#!/usr/bin/env python\n# vim: set fileencoding=utf-8 :\ny\n", b"", b"\n\n# coding: ascii\n"]:
    toks = list(tokenize.tokenize(io.BytesIO(data).readline))
    print(repr(data[:30]), [(token.tok_name[t.type], t.string) for t in toks[:4]])

for data in [b"# coding: nope\n", b"\xef\xbb\xbf# coding: latin-1\n", b"# coding: utf-8\n\xff\n",
             b"\xff# coding: latin-1\n"]:
    try:
        print(tokenize.detect_encoding(io.BytesIO(data).readline))
    except SyntaxError as e:
        print("SyntaxError", e.args[0])

print(tokenize.detect_encoding(io.BytesIO(b"# coding: Latin_1\nx\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"# coding=UTF_8-foo\n").readline))
print(tokenize.detect_encoding(io.BytesIO(b"\n\n# coding: latin-1\n").readline))
print(tokenize.detect_encoding(iter([b"x = 1\n"]).__next__))

print("-- untokenize")
source = "if x:\n    y = [1,\n      2]  # c\n\nz = 'q'\n"
toks = list(tokenize.generate_tokens(io.StringIO(source).readline))
print(repr(tokenize.untokenize(toks)))
pairs = [t[:2] for t in toks]
again = tokenize.untokenize(pairs)
print(repr(again))
print([t[:2] for t in tokenize.generate_tokens(io.StringIO(again).readline)] == pairs)
btoks = list(tokenize.tokenize(io.BytesIO(source.encode()).readline))
print(repr(tokenize.untokenize(btoks)))
u = tokenize.Untokenizer()
u.prev_row, u.prev_col = 2, 2
try:
    u.add_whitespace((1, 3))
except ValueError as e:
    print("ValueError", e)

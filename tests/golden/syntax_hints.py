# CPython's hints for common syntax mistakes: the message and the range it marks.

CASES = [
    # A call to print or exec without parentheses (Python 2 style).
    'print "x"',
    'print "hello", 1',
    "print x",
    "print 1 2",
    "print f(x)",
    'exec "code"',
    'x = print "a"',
    'x.print "a"',
    # Two expressions side by side inside brackets: a missing comma.
    "f(a b)",
    "x = [1 2 3]",
    "x = (1, 2 3)",
    "foo(a, b c, d)",
    'd = {"a": 1 "b": 2}',
    "f(a b=1)",
    "[a b for a in c]",
    "print(1 2)",
    "f(x, y = 1 z)",
    'print("a" "b" c)',
    "f(a.b c.d)",
    "f(-a b)",
    "f(a, *b c)",
    "(a b)",
    "f(a lambda: 1)",
    "f(not a b)",
    "x = {1: 2 3: 4}",
    "x[1 2]",
    "f(1.5 2)",
    "if x:\n    y = [1,\n    2 3]",
    # ... but not outside brackets, in parameters, or after a comprehension's `in`.
    "x = 1 2",
    "f(a) g(b)",
    'print("x") "y"',
    "def f(a b): pass",
    "f(x for x in y z)",
    "f(a if b else c d)",
    # `=` where a condition is expected.
    "if x = 1: pass",
    "while x = 1: pass",
    "if x = 1 + 2 * 3:\n    pass",
    "while (x = 1): pass",
    "assert (x = 1)",
    "[x = 1]",
    "(x = 1)",
    "{x = 1}",
    "if x.y = 1: pass",
    "if x[0] = 1: pass",
    "if f(x) = 1: pass",
    "if 1 = x: pass",
    "while a.b = 1: pass",
    # ... and where no hint fits.
    "if x = y = 1: pass",
    "if x == 1 or y = 2: pass",
    "if True = x: pass",
    "for x in y = 1: pass",
    "assert x = 1",
    "x = [i for i in y if i = 2]",
]

for source in CASES:
    try:
        compile(source, "<case>", "exec")
        print(repr(source), "compiles")
    except SyntaxError as e:
        line = source.split("\n")[e.lineno - 1]
        marked = line[e.offset - 1 : e.end_offset - 1] if e.end_lineno == e.lineno else line[e.offset - 1 :]
        print(repr(source), "->", e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset), repr(marked))

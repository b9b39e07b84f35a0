# doctest: DocTestParser (examples, prompts, want, exceptions, directives,
# error messages), Example and DocTest objects, OutputChecker,
# script_from_examples and register_optionflag.
import doctest

parser = doctest.DocTestParser()


def show(pieces):
    for piece in pieces:
        if isinstance(piece, doctest.Example):
            print('  Example', repr(piece.source), repr(piece.want),
                  repr(piece.exc_msg), piece.lineno, piece.indent,
                  sorted(piece.options.items()))
        else:
            print('  text', repr(piece))


print('== parse')
show(parser.parse('''Some text.

    >>> x = 1
    >>> x + 1
    2
    >>> for i in range(2):
    ...     print(i)
    0
    1

  More text after a dedent.
    >>> print('tab\\there')   # doctest: +NORMALIZE_WHITESPACE
    tab here
'''))

print('== tabs, blank prompts, comments')
show(parser.parse('\t>>> 1\n\t1\n>>> # just a comment\n>>>\n>>> 2 # comment\n2\n'))
show(parser.parse('>>> if 1:\n...     pass\n... \n'))
show(parser.parse('no examples here\n'))
show(parser.parse('    Indented docstring.\n      >>> a\n      1\n    >>> b\n'))
show(parser.parse(''))

print('== exceptions')
for want in ['Traceback (most recent call last):\n  File "x", line 1\nValueError: bad\n',
             'Traceback (innermost last):\nKeyError: 1\n  detail\n',
             'Traceback (most recent call last):  \n...\nmod.Error: x\n',
             'Traceback (most recent call last):\n  only indented\n',
             'traceback (most recent call last):\nValueError\n']:
    ex = parser.get_examples('>>> f()\n' + want)[0]
    print(repr(ex.want), repr(ex.exc_msg))

print('== directives')
for text in ['>>> f() # doctest: +ELLIPSIS\n',
             '>>> f() # doctest: +ELLIPSIS, -NORMALIZE_WHITESPACE\n',
             '>>> f() # doctest: +SKIP +IGNORE_EXCEPTION_DETAIL\n',
             '>>> f(\n... ) # doctest: +FAIL_FAST\n',
             '>>> f() # doctest:+REPORT_NDIFF,+DONT_ACCEPT_BLANKLINE\n']:
    ex = parser.get_examples(text)[0]
    print(sorted(ex.options.items()))

print('== errors')
for text in ['>>>print(1)\n',
             '  >>> x = 1\n  ...y\n',
             '    >>> x = (1,\n  ... 2)\n',
             '  >>> print(1)\n 1\n',
             '  >>> print(1)\n  ok\n not ok\n',
             '>>> 1 # doctest: +FOO\n',
             '>>> 1 # doctest: ELLIPSIS\n',
             '>>> # doctest: +ELLIPSIS\n',
             'text\n\n>>> x # doctest: -SKIP,, +NOPE\n']:
    try:
        parser.parse(text, 'NAME')
        print('no error')
    except ValueError as e:
        print(type(e).__name__, e)

print('== Example')
ex = doctest.Example('print(1)', '1')
print(repr(ex.source), repr(ex.want), ex.exc_msg, ex.lineno, ex.indent, ex.options)
ex2 = doctest.Example('print(1)\n', '1\n')
print(ex == ex2, ex != ex2, hash(ex) == hash(ex2))
print(doctest.Example('x', '', exc_msg='E').exc_msg.__repr__())
print(doctest.Example('', '').source.__repr__())
print(ex == doctest.Example('print(1)', '1', lineno=3), ex == 'x')

print('== DocTest')
t = parser.get_doctest('>>> 1\n1\n>>> 2\n2\n', {'a': 1}, 'tname', 'file.txt', 5)
print(t)
print(t.name, t.filename, t.lineno, t.globs, len(t.examples))
print(doctest.DocTest([], {}, 'empty', None, None, ''))
print(parser.get_doctest('>>> 1\n1\n', {}, 'one', 'f', 0))
t2 = parser.get_doctest('>>> 1\n1\n>>> 2\n2\n', {'a': 1}, 'tname', 'file.txt', 5)
print(t == t2, t < t2 or t2 < t)
tests = [doctest.DocTest([], {}, n, 'f', l, '') for n, l in
         [('b', 1), ('a', 2), ('a', 1), ('a', None)]]
print([(x.name, x.lineno) for x in sorted(tests)])
try:
    doctest.DocTest('>>> 1', {}, 'x', None, 0, '')
except AssertionError as e:
    print(type(e).__name__, e)

print('== OutputChecker.check_output')
checker = doctest.OutputChecker()
cases = [
    ('1\n', '1\n', 0),
    ('1\n', 'True\n', 0),
    ('0\n', 'False\n', 0),
    ('1\n', 'True\n', doctest.DONT_ACCEPT_TRUE_FOR_1),
    ('a\n<BLANKLINE>\nb\n', 'a\n\nb\n', 0),
    ('a\n<BLANKLINE>\nb\n', 'a\n   \nb\n', 0),
    ('a\n<BLANKLINE>\nb\n', 'a\n\nb\n', doctest.DONT_ACCEPT_BLANKLINE),
    ('a b  c\n', 'a\n b\tc\n', 0),
    ('a b  c\n', 'a\n b\tc\n', doctest.NORMALIZE_WHITESPACE),
    ('[0, 1, ..., 9]\n', '[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\n', 0),
    ('[0, 1, ..., 9]\n', '[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]\n', doctest.ELLIPSIS),
    ('aa...aa\n', 'aa\n', doctest.ELLIPSIS),
    ('aa...aa\n', 'aaa\n', doctest.ELLIPSIS),
    ('aa...aa\n', 'aaaa\n', doctest.ELLIPSIS),
    ('...\n', 'anything at all\n', doctest.ELLIPSIS),
    ('a...b...c\n', 'axxbyyc\n', doctest.ELLIPSIS),
    ('a...c...b\n', 'axxbyyc\n', doctest.ELLIPSIS),
    ('caf\\xe9\n', 'caf\xe9\n', 0),
    ('x ... y\n', 'x\n\n  y\n', doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE),
]
for want, got, flags in cases:
    print(repr(want), repr(got), flags, checker.check_output(want, got, flags))

print('== OutputChecker.output_difference')
for want, got, flags in [('1\n', '2\n', 0), ('1\n', '', 0), ('', 'x\n', 0),
                         ('', '', 0), ('a\n', 'a\n\n  \nb\n', 0),
                         ('a\n', 'a\n\nb\n', doctest.DONT_ACCEPT_BLANKLINE),
                         ('a\nb\nc\nd\n', 'a\nB\nc\nd\n', 0)]:
    print(repr(checker.output_difference(doctest.Example('x', want), got, flags)))

print('== script_from_examples')
print(doctest.script_from_examples('''
    Intro line.

    >>> x = [1,
    ...      2]
    >>> x
    [1, 2]
    >>> print('a')
    a
    Tail text
        indented more

'''), end='')
print(repr(doctest.script_from_examples('')))
print(repr(doctest.script_from_examples('>>> 1\n1\n')))

print('== flags')
names = ['DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE',
         'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'COMPARISON_FLAGS',
         'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
         'REPORT_ONLY_FIRST_FAILURE', 'FAIL_FAST', 'REPORTING_FLAGS']
print([(n, getattr(doctest, n)) for n in names])
print(doctest.BLANKLINE_MARKER, doctest.ELLIPSIS_MARKER)
new = doctest.register_optionflag('MY_FLAG')
print(new, doctest.register_optionflag('MY_FLAG'), doctest.OPTIONFLAGS_BY_NAME['MY_FLAG'])
print(parser.get_examples('>>> 1 # doctest: +MY_FLAG\n')[0].options == {new: True})
print(doctest.TestResults(1, 2), doctest.TestResults(failed=0, attempted=3).attempted)

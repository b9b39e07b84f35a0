# doctest: DocTestRunner with option directives and runner flags, expected
# exceptions (IGNORE_EXCEPTION_DETAIL, multi-line messages, SyntaxError),
# verbose reports, REPORT_ONLY_FIRST_FAILURE, FAIL_FAST, custom report hooks,
# DebugRunner.  Traceback stacks are collapsed to '...' (they name files).
import doctest
import re

parser = doctest.DocTestParser()


def collapse(text):
    out = []
    skipping = None
    for line in text.split('\n'):
        if skipping is not None:
            if len(line) - len(line.lstrip(' ')) <= skipping and line.strip():
                skipping = None
            else:
                continue
        out.append(line)
        if line.strip() == 'Traceback (most recent call last):':
            skipping = len(line) - len(line.lstrip(' '))
            out.append(' ' * (skipping + 2) + '...')
    return '\n'.join(out)


def run(text, flags=0, verbose=False, globs=None, name='t', runner=None):
    test = parser.get_doctest(text, globs or {}, name, name + '.txt', 10)
    runner = runner or doctest.DocTestRunner(verbose=verbose, optionflags=flags)
    chunks = []
    result = runner.run(test, out=chunks.append)
    print(collapse(''.join(chunks)), end='')
    print(result)
    return runner


print('== directives')
run('''
>>> list(range(20))  # doctest: +ELLIPSIS
[0, 1, ..., 19]
>>> list(range(20))
[0, 1, ..., 19]
>>> print('a   b\\n c')  # doctest: +NORMALIZE_WHITESPACE
a b c
>>> 1/0  # doctest: +SKIP
this is never checked
>>> True
1
>>> True  # doctest: +DONT_ACCEPT_TRUE_FOR_1
1
>>> print('x\\n\\ny')
x
<BLANKLINE>
y
>>> print('x\\n\\ny')  # doctest: +DONT_ACCEPT_BLANKLINE
x
<BLANKLINE>
y
''')

print('== runner flags and turning them off')
run('''
>>> 'abcdef'
'a...f'
>>> 'abcdef'  # doctest: -ELLIPSIS
'a...f'
>>> 'abc'  # doctest: +SKIP
'zzz'
''', flags=doctest.ELLIPSIS)

print('== exceptions')


class CustomError(Exception):
    pass


CustomError.__module__ = 'pkg.errors'
run('''
>>> raise ValueError('bad value')
Traceback (most recent call last):
  File "anything", line 1, in ?
ValueError: bad value
>>> raise ValueError('bad value')
Traceback (most recent call last):
ValueError: other value
>>> raise ValueError('bad value')  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
ValueError: other value
>>> raise CustomError('boom')
Traceback (most recent call last):
pkg.errors.CustomError: boom
>>> raise CustomError('boom')  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
CustomError: something else
>>> raise CustomError('boom')  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
other.place.CustomError
>>> raise KeyError('k')  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
ValueError: k
>>> raise ValueError('multi\\nline\\nmessage')
Traceback (most recent call last):
ValueError: multi
line
message
>>> raise ValueError('a long message')  # doctest: +ELLIPSIS
Traceback (most recent call last):
ValueError: a long...
>>> raise TypeError
Traceback (most recent call last):
TypeError
>>> 1 +* 2
Traceback (most recent call last):
SyntaxError: invalid syntax
>>> print('before'); raise ValueError('after')
before
Traceback (most recent call last):
ValueError: after
>>> {}['missing']
Traceback (most recent call last):
KeyError: 'missing'
>>> int('x')
Traceback (most recent call last):
ValueError: wrong
''', globs={'CustomError': CustomError})

print('== unexpected exception')
run('''
>>> x = 1
>>> undefined_name
>>> x
1
''')

print('== verbose')
run('''
>>> a = 3
>>> a * 2
6
>>> a * 3
10
>>> raise IndexError('i')
Traceback (most recent call last):
IndexError: i
''', verbose=True)

print('== REPORT_ONLY_FIRST_FAILURE')
text = '''
>>> 1
2
>>> 3
4
>>> 5
5
>>> 6
7
'''
run(text, flags=doctest.REPORT_ONLY_FIRST_FAILURE)
run(text, flags=doctest.REPORT_ONLY_FIRST_FAILURE, verbose=True)
print('== FAIL_FAST')
run(text, flags=doctest.FAIL_FAST)
run(text.replace('>>> 1\n2', '>>> 1\n1'), flags=doctest.FAIL_FAST)

print('== output details')
run('''
>>> print('no newline', end='')
no newline
>>> import sys; _ = sys.stdout.write('partial')
partial
>>> 'quote\\'s'
"quote's"
>>> None
>>> [None]
[None]
>>> x = 12
>>> x
12
>>> 40 + 2
42
>>> _
42
''')

print('== globs kept or cleared')
globs = {'seed': 1}
test = parser.get_doctest('>>> seed += 1\n>>> seed\n2\n', globs, 'g', None, 0)
runner = doctest.DocTestRunner(verbose=False)
print(runner.run(test, clear_globs=False), test.globs['seed'], globs['seed'])
print(runner.run(test), test.globs)

print('== no filename: Line N')
test = parser.get_doctest('\n\n>>> 1\n2\n', {}, 'nofile', None, None)
doctest.DocTestRunner(verbose=False).run(test)

print('== custom report hooks')


class Recorder(doctest.DocTestRunner):
    def report_start(self, out, test, example):
        out('start %r\n' % example.source)

    def report_success(self, out, test, example, got):
        out('success %r\n' % got)

    def report_failure(self, out, test, example, got):
        out('failure %r %r\n' % (example.want, got))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out('unexpected %s\n' % exc_info[0].__name__)


run('''
>>> 1
1
>>> 2
3
>>> 1/0
''', runner=Recorder(verbose=False))

print('== DebugRunner')
for text in ['>>> 1\n2\n', '>>> x = 5\n>>> raise KeyError(x)\n']:
    test = parser.get_doctest(text, {}, 'dbg', 'dbg.txt', 0)
    try:
        doctest.DebugRunner(verbose=False).run(test)
    except doctest.DocTestFailure as failure:
        print('DocTestFailure', failure, repr(failure.example.want), repr(failure.got))
        print(failure.test is test)
    except doctest.UnexpectedException as failure:
        print('UnexpectedException', failure, failure.exc_info[0].__name__,
              failure.exc_info[1])
        print(sorted(failure.test.globs))
test = parser.get_doctest('>>> 1\n1\n', {}, 'dbg', 'dbg.txt', 0)
print(doctest.DebugRunner(verbose=False).run(test))

print('== __future__ flags')
import __future__
test = parser.get_doctest('>>> def f(x: Undefined): pass\n>>> f.__annotations__\n{\'x\': \'Undefined\'}\n',
                          {'annotations': __future__.annotations}, 'fut', None, 0)
print(doctest.DocTestRunner(verbose=False).run(test))

# doctest: DocTestSuite / DocFileSuite / DocTestCase (failure messages, ids,
# setUp/tearDown, globs restored), set_unittest_reportflags, testfile,
# testsource.
import doctest
import linecache
import os
import sys
import tempfile
import types
import unittest


def load(name, source):
    module = types.ModuleType(name)
    module.__file__ = name + '.py'
    linecache.cache[module.__file__] = (len(source), None,
                                        source.splitlines(True),
                                        module.__file__)
    exec(compile(source, module.__file__, 'exec'), module.__dict__)
    sys.modules[name] = module
    return module


mod = load('suite_mod', '''"""
>>> 1 + 1
2
"""

def good():
    """
    >>> good()
    'good'
    """
    return 'good'

def bad():
    """
    >>> bad()
    'good'
    >>> 2 * 2
    5
    """
    return 'bad'

def uses_global():
    """
    >>> counter
    0
    >>> counter = 99
    """

def empty():
    "no examples"

class K:
    """
    >>> K().m()
    3
    """
    def m(self):
        """
        >>> K().m() + 1
        4
        """
        return 3
''')

print('== DocTestSuite')
suite = doctest.DocTestSuite(mod, extraglobs={'counter': 0})
print(suite.countTestCases())
for case in suite:
    print(case.id(), '|', repr(case), '|', str(case), '|', case.shortDescription())
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.failures), len(result.errors))
for case, text in result.failures:
    print('failed:', case.id())
print('== again (suite keeps its cases)')
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.failures), len(result.errors))

print('== failure message')
bad_case = [c for c in suite if c.id().endswith('.bad')][0]
try:
    bad_case.setUp()
    bad_case.runTest()
except AssertionError as e:
    print(e)
finally:
    bad_case.tearDown()

print('== reporting flags')
print(doctest.set_unittest_reportflags(doctest.REPORT_ONLY_FIRST_FAILURE))
try:
    bad_case.runTest()
except AssertionError as e:
    print(e)
print(doctest.set_unittest_reportflags(0))
try:
    doctest.set_unittest_reportflags(doctest.ELLIPSIS)
except ValueError as e:
    print(type(e).__name__, e.args)

print('== setUp / tearDown / optionflags')
seen = []


def set_up(test):
    seen.append(('setUp', test.name))
    test.globs['counter'] = 5


def tear_down(test):
    seen.append(('tearDown', test.name, test.globs.get('counter')))


suite = doctest.DocTestSuite(mod, setUp=set_up, tearDown=tear_down,
                             optionflags=doctest.ELLIPSIS)
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.failures))
for item in seen:
    print(item)

print('== DocTestCase directly')
parser = doctest.DocTestParser()
test = parser.get_doctest('>>> x\n1\n>>> x = 2\n', {'x': 1}, 'pkg.mod.thing', 'f.py', 3)
case = doctest.DocTestCase(test)
print(case.id(), repr(case), case.shortDescription())
case.setUp(); case.runTest(); case.tearDown()
print(test.globs['x'])
print(case == doctest.DocTestCase(test), case != doctest.DocTestCase(test, optionflags=1))
test2 = parser.get_doctest('>>> 1\n2\n', {}, 'nolines', 'f.py', None)
try:
    doctest.DocTestCase(test2).runTest()
except AssertionError as e:
    print(e)
try:
    doctest.DocTestCase(test2).debug()
except doctest.DocTestFailure as e:
    print('DocTestFailure', e)

print('== module without examples')
plain = load('plain_mod', 'def f():\n    pass\n')
print(doctest.DocTestSuite(plain).countTestCases())

print('== text files')
here = os.getcwd()
folder = tempfile.mkdtemp()
os.chdir(folder)
try:
    with open('demo.txt', 'w') as handle:
        handle.write('A text file.\n\n  >>> x = 2\n  >>> x * 21\n  42\n  >>> x\n  3\n')
    with open('good.txt', 'w') as handle:
        handle.write('>>> 1 + 1\n2\n>>> __file__\n\'good.txt\'\n')
    print(doctest.testfile('demo.txt', module_relative=False))
    print(doctest.testfile('demo.txt', module_relative=False, report=False,
                           name='renamed', extraglobs={'x': 0}))
    print(doctest.testfile('good.txt', module_relative=False, verbose=True,
                           globs={'__file__': 'good.txt'}))
    suite = doctest.DocFileSuite('demo.txt', 'good.txt', module_relative=False)
    for case in suite:
        print(case.id(), repr(case))
    result = unittest.TestResult()
    suite.run(result)
    print(result.testsRun, len(result.failures))
    try:
        suite._tests[0].runTest()
    except AssertionError as e:
        print(e)
    try:
        doctest.testfile('demo.txt', module_relative=False, package='x')
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        doctest.DocFileSuite('/abs/demo.txt')
    except ValueError as e:
        print(type(e).__name__, e)
finally:
    os.chdir(here)
    for name in os.listdir(folder):
        os.remove(os.path.join(folder, name))
    os.rmdir(folder)

print('== testsource')
print(doctest.testsource(mod, 'suite_mod.bad'), end='')
try:
    doctest.testsource(mod, 'suite_mod.nothing')
except ValueError as e:
    print(type(e).__name__, e.args)

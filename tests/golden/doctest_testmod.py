# doctest: testmod on a module built from source text (module docstring,
# functions, classes, methods, staticmethod/classmethod/property, __test__),
# failure reports and the summaries, verbose and quiet.
import doctest
import linecache
import sys
import types

SOURCE = '''"""Demo module.

>>> double(4)
8
>>> [double(x) for x in range(3)]
[0, 2, 4]
"""


def double(x):
    """Twice x.

    >>> double(21)
    42
    >>> double('ab')
    'abab'
    """
    return x * 2


def broken(x):
    """
    >>> broken(1)
    2
    >>> print('no newline', end='')
    no newline
    >>> print('a\\\\n\\\\nb')
    a
    b
    >>> print('')
    >>> x = 5
    6
    """
    return x + 2


def no_examples():
    """Just prose."""


class Counter:
    """Counts.

    >>> c = Counter()
    >>> c.bump(); c.bump()
    >>> c.value
    2
    """

    def __init__(self):
        self.value = 0

    def bump(self):
        """
        >>> Counter().bump()
        """
        self.value += 1

    @staticmethod
    def helper():
        """
        >>> Counter.helper()
        'static'
        """
        return 'static'

    @classmethod
    def make(cls):
        """
        >>> type(Counter.make()).__name__
        'Counter'
        """
        return cls()

    @property
    def twice(self):
        """
        >>> Counter().twice
        0
        """
        return self.value * 2


__test__ = {
    'extra': """
    >>> 1 + 1
    2
    """,
    'wrong': """
    >>> 3 * 3
    10
    """,
}
'''


def load(name, source):
    module = types.ModuleType(name)
    module.__file__ = name + '.py'
    linecache.cache[module.__file__] = (len(source), None,
                                        source.splitlines(True),
                                        module.__file__)
    exec(compile(source, module.__file__, 'exec'), module.__dict__)
    sys.modules[name] = module
    return module


demo = load('demo_mod', SOURCE)

print('== found')
for test in doctest.DocTestFinder().find(demo):
    print(len(test.examples), test.name, test.lineno, test.filename)

print('== exclude_empty=False')
for test in doctest.DocTestFinder(exclude_empty=False).find(demo):
    print(len(test.examples), test.name)

print('== testmod quiet')
print(doctest.testmod(demo))

print('== testmod verbose')
ok = load('ok_mod', '''"""
>>> 2 ** 10
1024
"""
def f():
    """
    >>> f()
    'f'
    """
    return 'f'
def g():
    pass
''')
print(doctest.testmod(ok, verbose=True))

print('== testmod report=False')
print(doctest.testmod(demo, report=False))

print('== testmod name and extraglobs')
ext = load('ext_mod', '''"""
>>> secret
7
"""
''')
print(doctest.testmod(ext, name='renamed', extraglobs={'secret': 7}))
print(doctest.testmod(ext, globs={'secret': 8}))

print('== run_docstring_examples')


sample = load('sample_mod', '''
def sample():
    """
    >>> 1 + 1
    2
    >>> 'x' * 3
    'xxx'
    >>> None
    >>> print(value)
    10
    """
''').sample
doctest.run_docstring_examples(sample, {'value': 9}, name='sample')
doctest.run_docstring_examples(sample, {'value': 10}, verbose=True,
                               name='sample')

print('== runner totals and merge')
finder = doctest.DocTestFinder()
runner = doctest.DocTestRunner(verbose=False)
for test in finder.find(demo):
    runner.run(test, out=lambda text: None)
print(runner.failures, runner.tries)
other = doctest.DocTestRunner(verbose=False)
for test in finder.find(ok):
    other.run(test)
runner.merge(other)
print(runner.summarize(verbose=True))

print('== testmod errors')
try:
    doctest.testmod(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    doctest.DocTestFinder().find(42)
except ValueError as e:
    print(type(e).__name__, e)
bad = load('bad_mod', '__test__ = {1: "x"}\n')
try:
    doctest.testmod(bad)
except ValueError as e:
    print(type(e).__name__, e)
bad2 = load('bad_mod2', '__test__ = {"k": 1}\n')
try:
    doctest.testmod(bad2)
except ValueError as e:
    print(type(e).__name__, e)

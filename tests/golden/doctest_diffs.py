# doctest: the REPORT_UDIFF / REPORT_CDIFF / REPORT_NDIFF failure reports
# (they use difflib), per runner and per example.
import doctest

parser = doctest.DocTestParser()
TEXT = '''
>>> print('\\n'.join('abcdefg'))
a
B
c
d
f
g
>>> print('one\\ntwo')
one
too
>>> print('x\\n\\ny\\nz\\nw')
x
<BLANKLINE>
y
Z
w
'''

for flag in (doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF):
    print('== flag', flag)
    test = parser.get_doctest(TEXT, {}, 'diffs', 'diffs.txt', 0)
    print(doctest.DocTestRunner(verbose=False, optionflags=flag).run(test))

print('== per-example directive')
test = parser.get_doctest('''
>>> print('a\\nb\\nc\\nd')  # doctest: +REPORT_UDIFF
a
b
C
d
>>> print('a\\nb\\nc\\nd')  # doctest: +REPORT_NDIFF
a
B
c
d
''', {}, 'perex', 'perex.txt', 0)
print(doctest.DocTestRunner(verbose=False).run(test))

print('== output_difference')
checker = doctest.OutputChecker()
example = doctest.Example('f()', 'alpha  \nbeta\ngamma\ndelta\n')
for flag in (doctest.REPORT_UDIFF, doctest.REPORT_CDIFF, doctest.REPORT_NDIFF):
    print(checker.output_difference(example, 'alpha \nbeta\ngama\ndelta\n', flag), end='')

# pydoc's plain-text rendering of user classes, functions and a small module:
# signatures, section headings and order, inherited members, aliases, data
# reprs cut to 70 columns, and the helpers around render_doc.
# Classes use __slots__ = () so no __dict__/__weakref__ descriptors appear.
import io
import pydoc
import sys
import types


class Shape:
    """A shape on a plane.

    Shapes know their area."""

    __slots__ = ()
    sides = 0
    label = 'x' * 90

    def __init__(self, name, *, scale=1.0):
        """Make a shape called name."""

    def area(self, unit: str = 'cm') -> float:
        """The area, in square units."""
        return 0.0

    def describe(self):
        return 'shape'

    @classmethod
    def unit(cls, size=1):
        """A shape of the given size."""
        return cls('unit')

    @staticmethod
    def check(value, /, limit=(1, 2)):
        """Whether value fits."""
        return True

    @property
    def perimeter(self):
        """Length of the border."""
        return 0

    @property
    def colour(self):
        return 'red'

    @colour.setter
    def colour(self, value):
        pass


class Square(Shape):
    """Four equal sides."""

    __slots__ = ()
    sides = 4

    def area(self, unit: str = 'cm') -> float:
        return 1.0

    measure = area

    async def fetch(self, url, timeout=None):
        """Load something."""

    def walk(self):
        """Yield corners."""
        yield 1


# A function with no docstring but a comment above it.
def commented(a, b):
    return a + b


def annotated(x: int, *args: str, flag: bool = False, **rest) -> None:
    """Take some arguments.

    And ignore them all."""


square = lambda n: n * n


def show(thing, **options):
    print(pydoc.render_doc(thing, renderer=pydoc.plaintext, **options))
    print('-' * 40)


for thing in (Shape, Square, annotated, commented, square, Square.fetch,
              Shape.unit, Square('sq').area, Shape.__dict__['perimeter'], '__main__.Shape',
              '__main__.Square.walk'):
    show(thing)

# a module made on the fly (no file: FILE says (built-in))
source = '''
"""Tools for testing pydoc.

A longer description of the module
over two lines."""

__version__ = '2.5'
__author__ = 'Nobody'
__credits__ = 'Everyone'
__all__ = ['Thing', 'helper', 'LIMIT', 'TABLE']

LIMIT = 42
TABLE = {'k%d' % i: i for i in range(30)}
HIDDEN = 1


class Thing:
    """A thing."""
    __slots__ = ()

    def go(self):
        """Go."""


class Other(Thing):
    __slots__ = ()


def helper(n=3):
    """Help with n."""
'''
mod = types.ModuleType('pdmod')
sys.modules['pdmod'] = mod
exec(compile(source, '<pdmod>', 'exec'), mod.__dict__)
show(mod)
del mod.__all__
show(mod)
show('pdmod.Other')
show('pdmod.helper')

# Helper writes to its output; unknown names get the standard message
out = io.StringIO()
helper = pydoc.Helper(output=out)
helper(Square.walk)
helper('pdmod.Thing.go')
helper('no_such_module_anywhere')
print(out.getvalue())

# the small helpers
print(pydoc.describe(Shape), pydoc.describe(annotated), pydoc.describe(pydoc),
      pydoc.describe(Shape.unit), pydoc.describe(len), pydoc.describe(1.5))
print(pydoc.splitdoc('one line'), pydoc.splitdoc('head\n\nbody\nmore'),
      pydoc.splitdoc('no\nblank'))
print(pydoc.classname(Shape, '__main__'), pydoc.classname(Shape, 'other'))
print(pydoc.isdata(3), pydoc.isdata(Shape), pydoc.isdata(len), pydoc.isdata(pydoc))
print([pydoc.visiblename(n) for n in ('x', '_x', '__x__', '__doc__', '__slots__')])
print(pydoc.visiblename('_x', obj=types.SimpleNamespace(_fields=())),
      pydoc.visiblename('y', all=['x']))
print(sorted(n for n in pydoc.allmethods(Square) if not n.startswith('__')))
print(pydoc.locate('pdmod.Thing.go') is sys.modules['pdmod'].Thing.go,
      pydoc.locate('pdmod.nothing'), pydoc.locate('len') is len)
print(pydoc.resolve(Shape) == (Shape, 'Shape'), pydoc.resolve(3))
try:
    pydoc.resolve('no.such.name.here')
except ImportError as exc:
    print('ImportError:', exc)
print(pydoc.getdoc(Square.area), '|', pydoc.getdoc(commented), '|', repr(pydoc.getdoc(square)))
print(repr(pydoc.text.bold('ab')), pydoc.plain(pydoc.text.bold('bold')))
print(pydoc.cram('abcdefghijklmnopqrstuvwxyz', 10), pydoc.stripid('<X object at 0xdeadbeef12>'))
print(pydoc.replace('a-b-c', '-', '+', 'a', 'A'))
print(pydoc.text.indent('one\ntwo  ', ' |  ') + '$')
print(pydoc.text.section('TITLE', 'body\nlines'), end='$\n')
print(pydoc.text.docother(list(range(40)), 'numbers', maxlen=40))
print(pydoc.plaintext.docroutine(annotated, 'alias'))
err = pydoc.ErrorDuringImport('file.py', (ValueError, ValueError('bad'), None))
print(err, err.filename)
print(pydoc.safeimport('no_such_module_xyz'), pydoc.safeimport('os.path') is sys.modules['os'].path)
print(pydoc.getpager() is pydoc.plainpager)
pydoc.pager(pydoc.text.bold('paged') + ' text\n')

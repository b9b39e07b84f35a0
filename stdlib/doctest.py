"""Find the interactive examples written in docstrings and text files, run
them, and check that each one prints what the text says it prints.

The usual entry points are testmod() (all the docstrings of a module),
testfile() (a text file), and DocTestSuite()/DocFileSuite(), which wrap the
same tests as unittest test cases.  The classes underneath -- DocTestParser,
DocTestFinder, DocTestRunner, OutputChecker, DocTest and Example -- can be
used on their own.

This is coil's implementation, written against the documented behaviour of
CPython 3.11's doctest.
"""

import builtins
import inspect
import io
import linecache
import os
import re
import sys
import traceback
import unittest
from collections import namedtuple
from io import StringIO

try:
    import difflib
except ImportError:          # the diff-style REPORT_* flags then fall back
    difflib = None

try:
    import pdb
except ImportError:
    pdb = None

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
    'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'testfile', 'run_docstring_examples', 'DocTestSuite',
    'DocFileSuite', 'set_unittest_reportflags', 'script_from_examples',
    'testsource', 'debug_src', 'debug',
]

TestResults = namedtuple('TestResults', 'failed attempted')


# ---------------------------------------------------------------------------
# Option flags.  Each name gets the next free bit, in registration order.

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """Return the bit for option `name`, allocating a new one if needed."""
    bit = OPTIONFLAGS_BY_NAME.get(name)
    if bit is None:
        bit = 1 << len(OPTIONFLAGS_BY_NAME)
        OPTIONFLAGS_BY_NAME[name] = bit
    return bit


# How output is compared:
(DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE, NORMALIZE_WHITESPACE,
 ELLIPSIS, SKIP, IGNORE_EXCEPTION_DETAIL) = [
    register_optionflag(_flag_name) for _flag_name in (
        'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
        'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL')]

COMPARISON_FLAGS = 0
for _bit in (DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE, NORMALIZE_WHITESPACE,
             ELLIPSIS, SKIP, IGNORE_EXCEPTION_DETAIL):
    COMPARISON_FLAGS |= _bit

# How failures are reported:
(REPORT_UDIFF, REPORT_CDIFF, REPORT_NDIFF, REPORT_ONLY_FIRST_FAILURE,
 FAIL_FAST) = [
    register_optionflag(_flag_name) for _flag_name in (
        'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
        'REPORT_ONLY_FIRST_FAILURE', 'FAIL_FAST')]

REPORTING_FLAGS = 0
for _bit in (REPORT_UDIFF, REPORT_CDIFF, REPORT_NDIFF,
             REPORT_ONLY_FIRST_FAILURE, FAIL_FAST):
    REPORTING_FLAGS |= _bit
del _bit

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


# ---------------------------------------------------------------------------
# Small text utilities.

def _ends_with_newline(text):
    if text.endswith('\n'):
        return text
    return text + '\n'


def _indent(text, width=4):
    """Put `width` spaces in front of every non-empty line of `text`."""
    pad = ' ' * width
    return '\n'.join([pad + part if part else part
                      for part in text.split('\n')])


def _comment_line(line):
    line = line.rstrip()
    return '# ' + line if line else '#'


def _exception_traceback(exc_info):
    """The text traceback.print_exception writes for `exc_info`."""
    kind, value, tb = exc_info
    text = ''.join(traceback.format_exception(kind, value, tb))
    notes = getattr(value, '__notes__', None)
    if isinstance(notes, (list, tuple)) and notes:
        tail = ''.join(str(note) + '\n' for note in notes)
        if not text.endswith(tail):
            # Some tracebacks leave the notes out; the report shows them.
            text += tail
    return text


def _ellipsis_match(pattern, text):
    """True when `text` matches `pattern`, where every '...' in the pattern
    stands for any (possibly empty) run of characters.

    >>> _ellipsis_match('start...end', 'start, middle and end')
    True
    >>> _ellipsis_match('a...b...a', 'a-b')
    False
    >>> _ellipsis_match('...', '')
    True
    """
    parts = pattern.split(ELLIPSIS_MARKER)
    if len(parts) == 1:
        return pattern == text
    first, last = parts[0], parts[-1]
    if not text.startswith(first) or not text.endswith(last):
        return False
    low = len(first)
    high = len(text) - len(last)
    if low > high:
        # The fixed head and tail would have to overlap.
        return False
    for middle in parts[1:-1]:
        if not middle:
            continue
        where = text.find(middle, low, high)
        if where < 0:
            return False
        low = where + len(middle)
    return True


def _strip_exception_details(msg):
    """Reduce 'pkg.mod.Error: details' to 'Error' (first line only)."""
    head = msg.split('\n', 1)[0]
    head = head.split(':', 1)[0]
    return head.rpartition('.')[2]


def _extract_future_flags(globs):
    """Compiler flags for the __future__ features imported into `globs`."""
    import __future__
    flags = 0
    for feature_name in __future__.all_feature_names:
        feature = getattr(__future__, feature_name)
        if globs.get(feature_name, None) is feature:
            flags |= feature.compiler_flag
    return flags


def _newline_convert(data):
    """Turn Windows and old Mac line endings into '\\n'."""
    return data.replace('\r\n', '\n').replace('\r', '\n')


def _normalize_module(module, depth=2):
    """Accept a module, a dotted module name, or None (meaning the module of
    the caller `depth` frames up) and return the module object."""
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ["*"])
    if module is None:
        try:
            caller_name = sys._getframe(depth).f_globals['__name__']
            return sys.modules[caller_name]
        except (AttributeError, KeyError, ValueError):
            return sys.modules['__main__']
    raise TypeError("Expected a module, string, or None")


def _module_relative_path(module, test_path):
    if not inspect.ismodule(module):
        raise TypeError('Expected a module: %r' % module)
    if test_path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    test_path = os.path.join(*test_path.split('/'))
    module_file = getattr(module, '__file__', None)
    if module_file is not None:
        base = os.path.split(module_file)[0]
    elif module.__name__ == '__main__':
        if sys.argv and sys.argv[0]:
            base = os.path.split(sys.argv[0])[0]
        else:
            base = os.curdir
    else:
        for folder in getattr(module, '__path__', None) or ():
            candidate = os.path.join(folder, test_path)
            if os.path.exists(candidate):
                return candidate
        raise ValueError("Can't resolve paths relative to the module "
                         "%r (it has no __file__)" % module.__name__)
    return os.path.join(base, test_path)


def _check_package_use(package, module_relative):
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-"
                         "relative paths.")


def _load_testfile(filename, package, module_relative, encoding):
    if not module_relative:
        with open(filename, encoding=encoding) as handle:
            return handle.read(), filename
    package = _normalize_module(package, 3)
    filename = _module_relative_path(package, filename)
    loader = getattr(package, '__loader__', None)
    get_data = getattr(loader, 'get_data', None)
    if get_data is not None:
        try:
            raw = get_data(filename)
        except OSError:
            raw = None
        if raw is not None:
            return _newline_convert(raw.decode(encoding)), filename
    with open(filename, encoding=encoding) as handle:
        return handle.read(), filename


# ---------------------------------------------------------------------------
# Captured output.

class _SpoofOut(StringIO):
    """Stand-in for sys.stdout while an example runs.  What it returns
    always ends with a newline when it is not empty, so that output without
    a final newline still compares line by line."""

    def getvalue(self):
        text = StringIO.getvalue(self)
        if text and not text.endswith('\n'):
            text += '\n'
        return text

    def truncate(self, size=None):
        self.seek(0 if size is None else size)
        return StringIO.truncate(self)


def _probe_single_mode():
    """Whether compile(..., 'single') code echoes expression values here."""
    sink = StringIO()
    saved_out = sys.stdout
    had_underscore = hasattr(builtins, '_')
    saved_underscore = getattr(builtins, '_', None)
    sys.stdout = sink
    try:
        exec(compile('1\n', '<doctest probe>', 'single'), {})
    except Exception:
        pass
    finally:
        sys.stdout = saved_out
        if had_underscore:
            builtins._ = saved_underscore
        elif hasattr(builtins, '_'):
            del builtins._
    return sink.getvalue() == '1\n'


_SINGLE_MODE_ECHOES = _probe_single_mode()


def _echo(value):
    """What the interactive interpreter does with an expression's value."""
    if value is None:
        return
    builtins._ = None
    sys.stdout.write(repr(value) + '\n')
    builtins._ = value


def _as_expression(source, filename, flags):
    """When this interpreter's 'single' mode does not print expression
    values, an example that is a lone expression is compiled in 'eval' mode
    instead and its value echoed by the runner.  None otherwise."""
    if _SINGLE_MODE_ECHOES:
        return None
    try:
        return compile(source, filename, 'eval', flags, True)
    except SyntaxError:
        return None


# ---------------------------------------------------------------------------
# Examples and tests.

class Example:
    """One interactive example: the source, the output it should produce,
    the expected exception message (or None), where it was found and the
    option directives attached to it."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        self.source = _ends_with_newline(source)
        self.want = _ends_with_newline(want) if want else want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = None if exc_msg is None else _ends_with_newline(exc_msg)

    def _fields(self):
        return (self.source, self.want, self.lineno, self.indent,
                self.options, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent,
                     self.exc_msg))


class DocTest:
    """The examples of one docstring or file, plus the namespace they run
    in and where they came from."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), \
            "DocTest no longer accepts str; use DocTestParser instead"
        self.name, self.filename, self.lineno = name, filename, lineno
        self.docstring = docstring
        self.examples = examples
        # Each run works on its own copy of the namespace.
        self.globs = globs.copy()

    def __repr__(self):
        count = len(self.examples)
        if count == 0:
            described = 'no examples'
        elif count == 1:
            described = '1 example'
        else:
            described = '%d examples' % count
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name,
                                            self.filename, self.lineno,
                                            described)

    def _fields(self):
        return (self.examples, self.docstring, self.globs, self.name,
                self.filename, self.lineno)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def _order_key(self):
        line = -1 if self.lineno is None else self.lineno
        return (self.name, self.filename, line, id(self))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._order_key() < other._order_key()


# ---------------------------------------------------------------------------
# Parsing docstrings.

_TRACEBACK_HEADER = re.compile(
    r'Traceback \((?:most recent call last|innermost last)\):\s*$')
_DIRECTIVE = re.compile(r"#\s*doctest:\s*([^\n'\"]*)$", re.MULTILINE)
_WORD_START = re.compile(r'\w')


def _prompt_indent(line, prompt):
    """Column where `prompt` starts after the leading spaces, or -1."""
    rest = line.lstrip(' ')
    if rest.startswith(prompt):
        return len(line) - len(rest)
    return -1


def _is_output_line(line):
    rest = line.lstrip(' ')
    return rest != '' and not rest.startswith('>>>')


def _is_blank_or_comment(source):
    body = source[:-1] if source.endswith('\n') else source
    if '\n' in body:
        return False
    body = body.lstrip(' ')
    return body == '' or body.startswith('#')


def _dedent_common(text):
    """Remove the indentation shared by all lines that contain text;
    return the new text and the width removed."""
    lines = text.split('\n')
    widths = []
    for line in lines:
        rest = line.lstrip(' ')
        if rest and not rest[0].isspace():
            widths.append(len(line) - len(rest))
    shift = min(widths) if widths else 0
    if shift == 0:
        return text, 0
    return '\n'.join([line[shift:] for line in lines]), shift


def _expected_exception(want):
    """The exception part of an expected traceback, or None when `want`
    is not a traceback."""
    lines = want.split('\n')
    if not _TRACEBACK_HEADER.match(lines[0]):
        return None
    for position in range(1, len(lines)):
        if _WORD_START.match(lines[position]):
            return '\n'.join(lines[position:])
    return None


class DocTestParser:
    """Splits a docstring into prose and Example objects."""

    def parse(self, string, name='<string>'):
        """Return a list alternating between text (str) and Example
        objects, in the order they appear in `string`."""
        text, margin = _dedent_common(string.expandtabs())
        lines = text.split('\n')
        offsets = []
        position = 0
        for line in lines:
            offsets.append(position)
            position += len(line) + 1

        pieces = []
        text_start = 0       # character offset where the pending text begins
        row = 0
        total = len(lines)
        while row < total:
            indent = _prompt_indent(lines[row], '>>>')
            if indent < 0:
                row += 1
                continue
            source_end = row + 1
            while source_end < total and _prompt_indent(lines[source_end], '...') >= 0:
                source_end += 1
            want_end = source_end
            while want_end < total and _is_output_line(lines[want_end]):
                want_end += 1

            pieces.append(text[text_start:offsets[row]])
            source, options, want, exc_msg = self._read_example(
                lines[row:source_end], lines[source_end:want_end], indent,
                name, row)
            if not _is_blank_or_comment(source):
                # The recorded indent counts the common margin too.
                pieces.append(Example(source, want, exc_msg, lineno=row,
                                      indent=margin + indent,
                                      options=options))
            text_start = offsets[want_end] if want_end < total else len(text)
            row = want_end
        pieces.append(text[text_start:])
        return pieces

    def get_doctest(self, string, globs, name, filename, lineno):
        """Build a DocTest from the examples in `string`."""
        return DocTest(self.get_examples(string, name), globs, name,
                       filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        """Only the Example objects of parse(string)."""
        return [piece for piece in self.parse(string, name)
                if isinstance(piece, Example)]

    def _read_example(self, source_lines, want_lines, indent, name, lineno):
        # Every prompt must be followed by a space (or end the line).
        for number, line in enumerate(source_lines):
            if len(line) > indent + 3 and line[indent + 3] != ' ':
                raise ValueError(
                    'line %r of the docstring for %s lacks blank after %s: %r'
                    % (lineno + number + 1, name, line[indent:indent + 3], line))
        self._check_margin(source_lines[1:], ' ' * indent + '.', name, lineno)
        self._check_margin(want_lines, ' ' * indent, name,
                           lineno + len(source_lines))
        cut = indent + 4
        source = '\n'.join([line[cut:] for line in source_lines])
        want = '\n'.join([line[indent:] for line in want_lines])
        options = self._find_options(source, name, lineno + 1)
        return source, options, want, _expected_exception(want)

    def _check_margin(self, lines, margin, name, lineno):
        for number, line in enumerate(lines):
            if line and not line.startswith(margin):
                raise ValueError(
                    'line %r of the docstring for %s has inconsistent '
                    'leading whitespace: %r' % (lineno + number + 1, name, line))

    def _find_options(self, source, name, lineno):
        """The {flag: bool} dict of the `# doctest:` directives in `source`;
        `lineno` is 1-based."""
        found = {}
        for match in _DIRECTIVE.finditer(source):
            for word in match.group(1).replace(',', ' ').split():
                flag = OPTIONFLAGS_BY_NAME.get(word[1:])
                if word[0] not in '+-' or flag is None:
                    raise ValueError('line %r of the doctest for %s has an '
                                     'invalid option: %r'
                                     % (lineno, name, word))
                found[flag] = word[0] == '+'
        if found and _is_blank_or_comment(source):
            raise ValueError('line %r of the doctest for %s has an option '
                             'directive on a line with no example: %r'
                             % (lineno - 1, name, source))
        return found


# ---------------------------------------------------------------------------
# Finding docstrings.

_LITERAL_START = re.compile(r'(?i)(?:[rub]|br|rb)?(\'\'\'|"""|\'|")')


def _leading_string_literal(text):
    """The value of the string literal a module's source starts with (after
    comments and blank lines), or None."""
    lines = text.split('\n')
    row = 0
    while row < len(lines) and (not lines[row].strip()
                                or lines[row].lstrip().startswith('#')):
        row += 1
    body = '\n'.join(lines[row:])
    match = _LITERAL_START.match(body)
    if match is None:
        return None
    quote = match.group(1)
    cursor = match.end()
    while cursor < len(body):
        if body[cursor] == '\\':
            cursor += 2
        elif body.startswith(quote, cursor):
            try:
                value = eval(body[:cursor + len(quote)], {'__builtins__': {}})
            except Exception:
                return None
            return value if isinstance(value, str) else None
        elif body[cursor] == '\n' and len(quote) == 1:
            return None
        else:
            cursor += 1
    return None


def _docstring_of(obj):
    """obj.__doc__; for a module without one, the string literal its source
    starts with (in case the loader did not record the docstring)."""
    doc = getattr(obj, '__doc__', None)
    if doc is None and inspect.ismodule(obj):
        path = getattr(obj, '__file__', None)
        if isinstance(path, str) and path.endswith('.py'):
            try:
                source = ''.join(linecache.getlines(path))
            except Exception:
                source = ''
            doc = _leading_string_literal(source) if source else None
    return doc


class DocTestFinder:
    """Collects the DocTests of an object: its own docstring and, when
    recursing, those of the functions, classes, methods and properties it
    contains (and a module's __test__ dictionary)."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True,
                 exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        """Return the sorted list of DocTests for `obj` and what it holds."""
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r"
                                 % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)

        source_lines = self._source_lines_of(obj, module)

        if globs is not None:
            namespace = globs.copy()
        elif module is not None:
            namespace = module.__dict__.copy()
        else:
            namespace = {}
        if extraglobs is not None:
            namespace.update(extraglobs)
        namespace.setdefault('__name__', '__main__')

        found = []
        self._find(found, obj, name, module, source_lines, namespace, {})
        found.sort()
        return found

    def _source_lines_of(self, obj, module):
        try:
            path = inspect.getsourcefile(obj)
        except TypeError:
            return None
        if not path:
            # Sources that only live in linecache, e.g. '<doctest x[0]>'.
            try:
                path = inspect.getfile(obj)
            except TypeError:
                return None
            if not (path.startswith('<') and path.endswith(']>')):
                return None
        if module is not None:
            lines = linecache.getlines(path, module.__dict__)
        else:
            lines = linecache.getlines(path)
        return lines or None

    def _from_module(self, module, obj):
        """Whether `obj` belongs to `module` (always true without one)."""
        if module is None:
            return True
        home = inspect.getmodule(obj)
        if home is not None:
            return home is module
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        is_wrapper = getattr(inspect, 'ismethodwrapper', None)
        if (inspect.ismethoddescriptor(obj) or inspect.isgetsetdescriptor(obj)
                or inspect.ismemberdescriptor(obj)
                or (is_wrapper is not None and is_wrapper(obj))):
            owner = getattr(obj, '__objclass__', None)
            if owner is not None:
                home_name = owner.__module__
            elif hasattr(obj, '__module__'):
                home_name = obj.__module__
            else:
                return True
            return module.__name__ == home_name
        if inspect.isclass(obj):
            return module.__name__ == obj.__module__
        if hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        if inspect.isbuiltin(obj):
            # A builtin that does not say where it lives is not one of ours.
            return False
        raise ValueError("object must be a class or function")

    def _is_routine(self, obj):
        try:
            obj = inspect.unwrap(obj)
        except ValueError:
            pass
        return inspect.isroutine(obj)

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        key = id(obj)
        if key in seen:
            return
        seen[key] = True

        own = self._get_test(obj, name, module, globs, source_lines)
        if own is not None:
            tests.append(own)
        if not self._recurse:
            return

        if inspect.ismodule(obj):
            for attr, value in obj.__dict__.items():
                if ((self._is_routine(value) or inspect.isclass(value))
                        and self._from_module(module, value)):
                    self._find(tests, value, '%s.%s' % (name, attr), module,
                               source_lines, globs, seen)
            for key, value in getattr(obj, '__test__', {}).items():
                if not isinstance(key, str):
                    raise ValueError("DocTestFinder.find: __test__ keys "
                                     "must be strings: %r" % (type(key),))
                if not (inspect.isroutine(value) or inspect.isclass(value)
                        or inspect.ismodule(value) or isinstance(value, str)):
                    raise ValueError("DocTestFinder.find: __test__ values "
                                     "must be strings, functions, methods, "
                                     "classes, or modules: %r"
                                     % (type(value),))
                self._find(tests, value, '%s.__test__.%s' % (name, key),
                           module, source_lines, globs, seen)

        if inspect.isclass(obj):
            for attr, value in obj.__dict__.items():
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                wanted = (inspect.isroutine(value) or inspect.isclass(value)
                          or isinstance(value, property))
                if wanted and self._from_module(module, value):
                    self._find(tests, value, '%s.%s' % (name, attr), module,
                               source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = _docstring_of(obj)
            except (TypeError, AttributeError):
                docstring = None
            if docstring is None and isinstance(obj, property):
                docstring = getattr(obj.fget, '__doc__', None)
            if docstring is None:
                docstring = ''
            elif not isinstance(docstring, str):
                docstring = str(docstring)
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename,
                                        lineno)

    def _find_lineno(self, obj, source_lines):
        """0-based line of `obj`'s docstring in `source_lines`, or None."""
        start = None
        has_doc = _docstring_of(obj) is not None

        if inspect.ismodule(obj) and has_doc:
            start = 0
        if inspect.isclass(obj) and has_doc:
            if source_lines is None:
                return None
            header = re.compile(r'^\s*class\s*%s\b'
                                % re.escape(getattr(obj, '__name__', '-')))
            for number, line in enumerate(source_lines):
                if header.match(line):
                    start = number
                    break

        target = obj
        if inspect.ismethod(target):
            target = target.__func__
        if inspect.isfunction(target) and getattr(target, '__doc__', None):
            target = target.__code__
        if inspect.istraceback(target):
            target = target.tb_frame
        if inspect.isframe(target):
            target = target.f_code
        if inspect.iscode(target):
            start = getattr(target, 'co_firstlineno', 1) - 1

        if start is None:
            return None
        if source_lines is None:
            return start + 1
        # Step forward to the line where the string literal opens.
        opening = re.compile(r'(^|.*:)\s*\w*("|\')')
        for number in range(start, len(source_lines)):
            if opening.match(source_lines[number]):
                return number
        return None


# ---------------------------------------------------------------------------
# Comparing output.

# A '<BLANKLINE>' line of the expected output (trailing spaces allowed),
# and a line of the actual output that holds nothing but spaces or tabs.
_BLANKLINE_LINE = re.compile(r'^' + re.escape(BLANKLINE_MARKER) + r'\s*?$',
                             re.MULTILINE)
_SPACES_ONLY_LINE = re.compile(r'^[^\S\n]+$', re.MULTILINE)


class OutputChecker:
    """Decides whether an example's actual output matches the expected
    output, and describes the difference when it does not."""

    def _toAscii(self, text):
        return str(text.encode('ASCII', 'backslashreplace'), 'ASCII')

    def check_output(self, want, got, optionflags):
        """True when `got` is an acceptable output for `want` under the
        given option flags."""
        got = self._toAscii(got)
        want = self._toAscii(want)
        if got == want:
            return True

        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (('True\n', '1\n'), ('False\n', '0\n')):
                return True

        if not optionflags & DONT_ACCEPT_BLANKLINE:
            # A <BLANKLINE> line stands for an empty line; lines of pure
            # whitespace in the actual output count as empty.
            want = _BLANKLINE_LINE.sub('', want)
            got = _SPACES_ONLY_LINE.sub('', got)
            if want == got:
                return True

        if optionflags & NORMALIZE_WHITESPACE:
            want, got = ' '.join(want.split()), ' '.join(got.split())
            if want == got:
                return True

        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if difflib is None:
            return False
        if optionflags & REPORT_NDIFF:
            return True
        # Unified and context diffs only pay off on longer outputs.
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        """Text describing how `got` differs from `example.want`."""
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub(r'(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)

        if self._do_a_fancy_diff(want, got, optionflags):
            old = want.splitlines(keepends=True)
            new = got.splitlines(keepends=True)
            if optionflags & REPORT_UDIFF:
                lines = list(difflib.unified_diff(old, new, n=2))[2:]
                title = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                lines = list(difflib.context_diff(old, new, n=2))[2:]
                title = 'context diff with expected followed by actual'
            else:
                differ = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                lines = list(differ.compare(old, new))
                title = 'ndiff with -expected +actual'
            body = ''.join(lines)
            return 'Differences (%s):\n' % title + _indent(body)

        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'


# ---------------------------------------------------------------------------
# Running tests.

def _redirected_debugger(stream):
    """A pdb.Pdb whose prompts and printed values go to `stream` (the
    real stdout) although sys.stdout is captured while examples run, and
    which only stops tracing if an example actually started it."""

    class RedirectedPdb(pdb.Pdb):
        started = False

        def set_trace(self, frame=None):
            self.started = True
            pdb.Pdb.set_trace(self, frame or sys._getframe().f_back)

        def set_continue(self):
            if self.started:
                pdb.Pdb.set_continue(self)

        def trace_dispatch(self, *args):
            captured = sys.stdout
            sys.stdout = stream
            try:
                return pdb.Pdb.trace_dispatch(self, *args)
            finally:
                sys.stdout = captured

    debugger = RedirectedPdb(stdout=stream, nosigint=True)
    # Read commands with input(), from whatever sys.stdin is at the time.
    debugger.use_rawinput = 1
    debugger.reset()
    return debugger


_LINECACHE_NAME = re.compile(r'<doctest (?P<name>.+)\[(?P<examplenum>\d+)\]>$')


class DocTestRunner:
    """Runs DocTests, reports each failure through the report_* methods
    (which subclasses may override) and keeps per-test totals."""

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self.optionflags = self.original_optionflags = optionflags
        self._verbose = ('-v' in sys.argv) if verbose is None else verbose
        self._checker = checker if checker else OutputChecker()
        # Totals over every run: failures and tries, and per test name.
        self.failures = self.tries = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()
        self.debugger = None

    # -- reporting hooks ---------------------------------------------------

    def report_start(self, out, test, example):
        if not self._verbose:
            return
        text = 'Trying:\n' + _indent(example.source)
        if example.want:
            text += 'Expecting:\n' + _indent(example.want)
        else:
            text += 'Expecting nothing\n'
        out(text)

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example)
            + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n'
            + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                where = test.lineno + example.lineno + 1
            else:
                where = '?'
            location = 'File "%s", line %s, in %s' % (test.filename, where,
                                                      test.name)
        else:
            location = 'Line %s, in %s' % (example.lineno + 1, test.name)
        return '\n'.join([self.DIVIDER, location, 'Failed example:',
                          _indent(example.source)])

    # -- running -----------------------------------------------------------

    def _exception_text(self, exc_type, exc_value):
        """The 'Type: message' text (plus any notes) that an expected
        traceback's last lines are compared with."""
        if issubclass(exc_type, SyntaxError):
            # Keep the message line; drop the file/source/caret lines.
            lines = traceback.format_exception_only(exc_type, exc_value)
            plain = exc_type.__qualname__ + ':'
            dotted = '%s.%s:' % (exc_type.__module__, exc_type.__qualname__)
            for index, line in enumerate(lines):
                if line.startswith((plain, dotted)):
                    lines = lines[index:]
                    break
            text = ''.join(lines)
        else:
            kind = exc_type.__qualname__
            home = getattr(exc_type, '__module__', None)
            if home not in ('__main__', 'builtins', None):
                kind = '%s.%s' % (home, kind)
            try:
                detail = str(exc_value)
            except Exception:
                detail = '<exception str() failed>'
            text = '%s: %s\n' % (kind, detail) if detail else kind + '\n'
        notes = getattr(exc_value, '__notes__', None)
        if isinstance(notes, (list, tuple)) and notes:
            tail = ''.join(str(note) + '\n' for note in notes)
            if not text.endswith(tail):
                text += tail
        return text

    def _run_examples(self, test, compileflags, out):
        failures = tries = 0
        base_flags = self.optionflags
        check = self._checker.check_output

        for index, example in enumerate(test.examples):
            # The flags still in force from the previous example decide.
            quiet = bool(self.optionflags & REPORT_ONLY_FIRST_FAILURE) and failures > 0
            flags = base_flags
            for flag, enabled in example.options.items():
                if enabled:
                    flags |= flag
                else:
                    flags &= ~flag
            self.optionflags = flags
            if flags & SKIP:
                continue

            tries += 1
            if not quiet:
                self.report_start(out, test, example)

            filename = '<doctest %s[%d]>' % (test.name, index)
            raised = None
            try:
                expression = _as_expression(example.source, filename,
                                            compileflags)
                if expression is not None:
                    _echo(eval(expression, test.globs))
                else:
                    exec(compile(example.source, filename, "single",
                                 compileflags, True), test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException:
                raised = sys.exc_info()
            if self.debugger is not None:
                self.debugger.set_continue()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)

            verdict = 'failed'
            if raised is None:
                if check(example.want, got, flags):
                    verdict = 'ok'
            else:
                actual = self._exception_text(raised[0], raised[1])
                if not quiet:
                    got += _exception_traceback(raised)
                if example.exc_msg is None:
                    verdict = 'boom'
                elif check(example.exc_msg, actual, flags):
                    verdict = 'ok'
                elif flags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(actual), flags):
                        verdict = 'ok'

            if verdict == 'ok':
                if not quiet:
                    self.report_success(out, test, example, got)
            else:
                failures += 1
                if quiet:
                    pass
                elif verdict == 'boom':
                    self.report_unexpected_exception(out, test, example, raised)
                else:
                    self.report_failure(out, test, example, got)
            if failures and flags & FAIL_FAST:
                break

        self.optionflags = base_flags
        self._record(test, failures, tries)
        return TestResults(failures, tries)

    def _record(self, test, failures, tries):
        old_failures, old_tries = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (old_failures + failures, old_tries + tries)
        self.failures += failures
        self.tries += tries

    def _linecache_getlines(self, filename, module_globals=None):
        match = _LINECACHE_NAME.match(filename)
        test = getattr(self, 'test', None)
        if match and test is not None and match.group('name') == test.name:
            example = test.examples[int(match.group('examplenum'))]
            return example.source.splitlines(keepends=True)
        return self.save_linecache_getlines(filename, module_globals)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run the examples of `test`, writing reports with `out` (by
        default sys.stdout's write), and return TestResults."""
        self.test = test
        if compileflags is None:
            compileflags = _extract_future_flags(test.globs)

        real_stdout = sys.stdout
        if out is None:
            encoding = getattr(real_stdout, 'encoding', None)
            if encoding is None or encoding.lower() == 'utf-8':
                out = real_stdout.write
            else:
                def out(text, _encoding=encoding, _stream=real_stdout):
                    _stream.write(str(text.encode(_encoding, 'backslashreplace'),
                                      _encoding))

        saved_trace = sys.gettrace() if hasattr(sys, 'gettrace') else None
        saved_set_trace = None
        self.debugger = None
        if pdb is not None:
            # pdb.set_trace() inside an example talks to the real stdout.
            self.debugger = _redirected_debugger(real_stdout)
            saved_set_trace = pdb.set_trace
            pdb.set_trace = self.debugger.set_trace
        has_hook = hasattr(sys, 'displayhook') and hasattr(sys, '__displayhook__')
        saved_hook = sys.displayhook if has_hook else None
        self.save_linecache_getlines = linecache.getlines
        linecache.getlines = self._linecache_getlines
        sys.stdout = self._fakeout
        if has_hook:
            sys.displayhook = sys.__displayhook__
        try:
            return self._run_examples(test, compileflags, out)
        finally:
            sys.stdout = real_stdout
            linecache.getlines = self.save_linecache_getlines
            if has_hook:
                sys.displayhook = saved_hook
            if saved_set_trace is not None:
                pdb.set_trace = saved_set_trace
            if hasattr(sys, 'settrace'):
                sys.settrace(saved_trace)
            if clear_globs:
                test.globs.clear()
                builtins._ = None

    def summarize(self, verbose=None):
        """Print the totals of every test run so far; return TestResults."""
        if verbose is None:
            verbose = self._verbose
        empty, clean, broken = [], [], []
        total_tries = total_failures = 0
        for name, (failures, tries) in self._name2ft.items():
            total_tries += tries
            total_failures += failures
            if tries == 0:
                empty.append(name)
            elif failures == 0:
                clean.append((name, tries))
            else:
                broken.append((name, (failures, tries)))

        if verbose:
            if empty:
                print(len(empty), "items had no tests:")
                for name in sorted(empty):
                    print("   ", name)
            if clean:
                print(len(clean), "items passed all tests:")
                for name, tries in sorted(clean):
                    print(" %3d tests in %s" % (tries, name))
        if broken:
            print(self.DIVIDER)
            print(len(broken), "items had failures:")
            for name, (failures, tries) in sorted(broken):
                print(" %3d of %3d in %s" % (failures, tries, name))
        if verbose:
            print(total_tries, "tests in", len(self._name2ft), "items.")
            print(total_tries - total_failures, "passed and",
                  total_failures, "failed.")
        if total_failures:
            print("***Test Failed***", total_failures, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(total_failures, total_tries)

    def merge(self, other):
        """Add another runner's per-test totals to this one's."""
        for name, (failures, tries) in other._name2ft.items():
            old_failures, old_tries = self._name2ft.get(name, (0, 0))
            self._name2ft[name] = (old_failures + failures, old_tries + tries)


class DocTestFailure(Exception):
    """Raised by DebugRunner when an example's output is wrong."""

    def __init__(self, test, example, got):
        self.test, self.example, self.got = test, example, got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """Raised by DebugRunner when an example raises unexpectedly."""

    def __init__(self, test, example, exc_info):
        self.test, self.example, self.exc_info = test, example, exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that stops at the first problem by raising DocTestFailure
    or UnexpectedException, leaving the namespace for inspection."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        result = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return result

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---------------------------------------------------------------------------
# Convenience functions.

master = None


def _remember(runner):
    global master
    if master is None:
        master = runner
    else:
        master.merge(runner)


def _make_runner(verbose, optionflags, raise_on_error):
    kind = DebugRunner if raise_on_error else DocTestRunner
    return kind(verbose=verbose, optionflags=optionflags)


def testmod(m=None, name=None, globs=None, verbose=None, report=True,
            optionflags=0, extraglobs=None, raise_on_error=False,
            exclude_empty=False):
    """Test the examples in the docstrings of module `m` (default
    __main__) and of what it defines; return TestResults(failed,
    attempted)."""
    module = sys.modules.get('__main__') if m is None else m
    if not inspect.ismodule(module):
        raise TypeError("testmod: module required; %r" % (module,))
    runner = _make_runner(verbose, optionflags, raise_on_error)
    tests = DocTestFinder(exclude_empty=exclude_empty).find(
        module, module.__name__ if name is None else name,
        globs=globs, extraglobs=extraglobs)
    for test in tests:
        runner.run(test)
    if report:
        runner.summarize()
    _remember(runner)
    return TestResults(runner.failures, runner.tries)


def testfile(filename, module_relative=True, name=None, package=None,
             globs=None, verbose=None, report=True, optionflags=0,
             extraglobs=None, raise_on_error=False, parser=DocTestParser(),
             encoding=None):
    """Test the examples in a text file; return TestResults(failed,
    attempted)."""
    _check_package_use(package, module_relative)
    text, path = _load_testfile(filename, package, module_relative,
                                encoding or "utf-8")
    namespace = {} if globs is None else globs.copy()
    if extraglobs is not None:
        namespace.update(extraglobs)
    namespace.setdefault('__name__', '__main__')
    test = parser.get_doctest(text, namespace,
                              os.path.basename(path) if name is None else name,
                              path, 0)
    runner = _make_runner(verbose, optionflags, raise_on_error)
    runner.run(test)
    if report:
        runner.summarize()
    _remember(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName",
                           compileflags=None, optionflags=0):
    """Test the examples in `f`'s own docstring (no recursion)."""
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    tests = DocTestFinder(verbose=verbose, recurse=False).find(
        f, name, globs=globs)
    for test in tests:
        runner.run(test, compileflags=compileflags)


# ---------------------------------------------------------------------------
# unittest support.

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the REPORT_* flags DocTestCase uses when a test has none of its
    own; return the previous value."""
    global _unittest_reportflags
    if flags & REPORTING_FLAGS != flags:
        raise ValueError("Only reporting flags allowed", flags)
    previous = _unittest_reportflags
    _unittest_reportflags = flags
    return previous


class DocTestCase(unittest.TestCase):
    """A unittest test case that runs one DocTest."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None,
                 checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_test = test
        self._dt_globs = test.globs.copy() if test is not None else {}
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        if self._dt_tearDown is not None:
            self._dt_tearDown(self._dt_test)
        # Put the namespace back the way the test started with it.
        namespace = self._dt_test.globs
        namespace.clear()
        namespace.update(self._dt_globs)

    def runTest(self):
        test = self._dt_test
        flags = self._dt_optionflags
        if not flags & REPORTING_FLAGS:
            flags |= _unittest_reportflags
        report = StringIO()
        saved = sys.stdout
        runner = DocTestRunner(optionflags=flags, checker=self._dt_checker,
                               verbose=False)
        runner.DIVIDER = '-' * 70
        try:
            failures, tries = runner.run(test, out=report.write,
                                         clear_globs=False)
        finally:
            sys.stdout = saved
        if failures:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        where = ('unknown line number' if test.lineno is None
                 else '%s' % test.lineno)
        short = test.name.split('.')[-1]
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, where, short, err))

    def id(self):
        return self._dt_test.name

    def debug(self):
        """Run the test with DebugRunner, letting the first problem raise
        DocTestFailure or UnexpectedException."""
        runner = DebugRunner(optionflags=self._dt_optionflags,
                             checker=self._dt_checker, verbose=False)
        self.setUp()
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._dt_test == other._dt_test
                and self._dt_optionflags == other._dt_optionflags
                and self._dt_setUp == other._dt_setUp
                and self._dt_tearDown == other._dt_tearDown
                and self._dt_checker == other._dt_checker)

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown,
                     self._dt_checker))

    def __repr__(self):
        head, _, last = self._dt_test.name.rpartition('.')
        return "%s (%s)" % (last, head)

    def __str__(self):
        return repr(self)

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    """Stands in for a module whose docstrings were stripped (-OO)."""

    def __init__(self, module):
        DocTestCase.__init__(self, None)
        self.module = module

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def runTest(self):
        return None

    def shortDescription(self):
        return "Skipping tests from %s" % self.module.__name__

    def __str__(self):
        return self.shortDescription()


class _DocTestSuite(unittest.TestSuite):
    # Keep the cases after a run so the suite can be run again.
    def _removeTestAtIndex(self, index):
        pass


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None,
                 **options):
    """A unittest suite with one DocTestCase per docstring of `module`
    (default: the caller's module) that has examples.  Keyword options
    (optionflags, setUp, tearDown, checker) go to each DocTestCase."""
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _normalize_module(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = _DocTestSuite()
    if not tests and sys.flags.optimize >= 2:
        suite.addTest(SkipDocTestCase(module))
        return suite
    for test in sorted(tests):
        if not test.examples:
            continue
        if not test.filename:
            path = module.__file__
            if path.endswith('.pyc'):
                path = path[:-1]
            test.filename = path
        suite.addTest(DocTestCase(test, **options))
    return suite


class DocFileCase(DocTestCase):
    """A DocTestCase for a whole text file."""

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        test = self._dt_test
        return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                % (test.name, test.filename, err))

    def id(self):
        return self._dt_test.name.replace('.', '_')


def DocFileTest(path, module_relative=True, package=None, globs=None,
                parser=DocTestParser(), encoding=None, **options):
    _check_package_use(package, module_relative)
    namespace = {} if globs is None else globs.copy()
    text, path = _load_testfile(path, package, module_relative,
                                encoding or "utf-8")
    namespace.setdefault("__file__", path)
    test = parser.get_doctest(text, namespace, os.path.basename(path), path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite with one DocFileCase per text file in `paths`.
    Keywords: module_relative, package, setUp, tearDown, globs,
    optionflags, parser, encoding."""
    if kw.get('module_relative', True):
        kw['package'] = _normalize_module(kw.get('package'))
    suite = _DocTestSuite()
    suite.addTests([DocFileTest(path, **kw) for path in paths])
    return suite


# ---------------------------------------------------------------------------
# Turning examples into scripts, and debugging.

def script_from_examples(s):
    """Rewrite a docstring as a Python script: the examples stay code, the
    expected output becomes '## ' comments and the prose '# ' comments."""
    script = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            script.append(piece.source[:-1])
            if piece.want:
                script.append('# Expected:')
                script.extend('## ' + line
                              for line in piece.want.split('\n')[:-1])
        else:
            script.extend(_comment_line(line)
                          for line in piece.split('\n')[:-1])
    while script and script[-1] == '#':
        script.pop()
    while script and script[0] == '#':
        del script[0]
    return '\n'.join(script) + '\n'


def testsource(module, name):
    """The script_from_examples() text of the docstring called `name` in
    `module`."""
    module = _normalize_module(module)
    for test in DocTestFinder().find(module):
        if test.name == name:
            return script_from_examples(test.docstring)
    raise ValueError(name, "not found in tests")


def debug_src(src, pm=False, globs=None):
    """Debug the examples of the docstring text `src`."""
    debug_script(script_from_examples(src), pm, globs)


def debug_script(src, pm=False, globs=None):
    """Run a script under pdb (post-mortem after an exception if `pm`)."""
    if pdb is None:
        raise ImportError("doctest debugging needs the pdb module")
    namespace = globs.copy() if globs else {}
    if pm:
        try:
            exec(src, namespace, namespace)
        except BaseException:
            print(sys.exc_info()[1])
            debugger = pdb.Pdb(nosigint=True)
            debugger.reset()
            debugger.interaction(None, sys.exc_info()[2])
    else:
        pdb.Pdb(nosigint=True).run("exec(%r)" % src, namespace, namespace)


def debug(module, name, pm=False):
    """Debug the examples of docstring `name` in `module`."""
    module = _normalize_module(module)
    debug_script(testsource(module, name), pm, module.__dict__)


# ---------------------------------------------------------------------------
# Examples of this module's own behaviour, run by DocTestSuite(doctest).

__test__ = {
    'comparisons': r"""
        Flags loosen the comparison between expected and actual output:

        >>> check = OutputChecker().check_output
        >>> check('[1, ..., 5]\n', '[1, 2, 3, 4, 5]\n', ELLIPSIS)
        True
        >>> check('a b\n', 'a\n   b\n', 0), check('a b\n', 'a\n   b\n', NORMALIZE_WHITESPACE)
        (False, True)
        >>> check('1\n', 'True\n', 0), check('1\n', 'True\n', DONT_ACCEPT_TRUE_FOR_1)
        (True, False)
    """,
    'parsing': r"""
        The parser hands back prose and examples in order:

        >>> pieces = DocTestParser().parse('Intro\n>>> 6 * 7\n42\n')
        >>> pieces[0], pieces[1].source, pieces[1].want, pieces[2]
        ('Intro\n', '6 * 7\n', '42\n', '')
        >>> print(script_from_examples('Intro\n>>> 6 * 7\n42\n'), end='')
        # Intro
        6 * 7
        # Expected:
        ## 42
    """,
    'blank lines': r"""
        Output with empty lines is written with <BLANKLINE>:

        >>> print('top\n\nbottom')
        top
        <BLANKLINE>
        bottom
    """,
}


# ---------------------------------------------------------------------------
# Command line: python -m doctest [-v] [-o OPTION]... [-f] file...

_CLI_HELP = {
    'verbose': 'print very verbose output for all tests',
    'option': ('specify a doctest option flag to apply to the test run; '
               'may be specified more than once to apply multiple options'),
    'fail-fast': ('stop running tests after first failure (this is a '
                  'shorthand for -o FAIL_FAST, and is in addition to any '
                  'other -o options)'),
    'file': 'file containing the tests to run',
}


def _test():
    import argparse
    cli = argparse.ArgumentParser(description="doctest runner")
    cli.add_argument('-v', '--verbose', action='store_true', default=False,
                     help=_CLI_HELP['verbose'])
    cli.add_argument('-o', '--option', action='append', default=[],
                     choices=OPTIONFLAGS_BY_NAME.keys(),
                     help=_CLI_HELP['option'])
    cli.add_argument('-f', '--fail-fast', action='store_true',
                     help=_CLI_HELP['fail-fast'])
    cli.add_argument('file', nargs='+', help=_CLI_HELP['file'])
    args = cli.parse_args()
    flags = 0
    for option in args.option:
        flags |= OPTIONFLAGS_BY_NAME[option]
    if args.fail_fast:
        flags |= FAIL_FAST
    for path in args.file:
        if path.endswith('.py'):
            folder, base = os.path.split(path)
            sys.path.insert(0, folder)
            try:
                module = __import__(base[:-3])
            finally:
                del sys.path[0]
            failed, _ = testmod(module, verbose=args.verbose,
                                optionflags=flags)
        else:
            failed, _ = testfile(path, module_relative=False,
                                 verbose=args.verbose, optionflags=flags)
        if failed:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())

"""Extracting, formatting and printing stack traces and exceptions, with the
layout CPython 3.11 uses.

The pieces: `FrameSummary` (one entry: file, line, function, source text),
`StackSummary` (a list of them, from a traceback or a frame chain), and
`TracebackException` (everything needed to print an exception later: its
stack, its message lines, its cause/context chain and group members). The
module-level functions are thin wrappers over those three.

Source lines come from `linecache`, falling back to the code object's own
text (modules embedded in coil have no file); caret lines under them come
from the VM (`_traceback`), which knows each instruction's source span.
"""

import collections.abc
import itertools
import linecache
import sys

import _traceback

__all__ = [
    'clear_frames',
    'extract_stack',
    'extract_tb',
    'format_exc',
    'format_exception',
    'format_exception_only',
    'format_list',
    'format_stack',
    'format_tb',
    'FrameSummary',
    'print_exc',
    'print_exception',
    'print_last',
    'print_stack',
    'print_tb',
    'StackSummary',
    'TracebackException',
    'walk_stack',
    'walk_tb',
]

_CAUSE_HEADER = ("\nThe above exception was the direct cause "
                 "of the following exception:\n\n")
_CONTEXT_HEADER = ("\nDuring handling of the above exception, "
                   "another exception occurred:\n\n")
_REPEAT_LIMIT = 3

_no_value = object()


def _write(text, file):
    if file is None:
        file = sys.stderr
    file.write(text)


def _as_text(value, what):
    """str(value), or a placeholder when str() itself fails."""
    try:
        return str(value)
    except Exception:
        return f'<{what} str() failed>'


# ---------------------------------------------------------------- walking

def walk_tb(tb):
    """(frame, line number) for each link of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """(frame, line number) from `f` (default: the caller's caller) out to
    the outermost frame."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _tb_links(tb):
    """(frame, line number, code, lasti) for each link of a traceback."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno, tb.tb_frame.f_code, tb.tb_lasti
        tb = tb.tb_next


def _limited(items, limit):
    """The first `limit` items, or the last -limit when negative."""
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return items
    if limit >= 0:
        return itertools.islice(items, limit)
    return collections.deque(items, maxlen=-limit)


# ----------------------------------------------------------- one entry

class FrameSummary:
    """One stack entry: where (file, line, function), the source line if it
    was looked up, and optionally the frame's local variables as reprs."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals', '_code', '_lasti')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self._line = line
        self._code = None
        self._lasti = None
        if lookup_line:
            self.line
        self.locals = ({key: repr(value) for key, value in locals.items()}
                       if locals else None)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename
                    and self.lineno == other.lineno
                    and self.name == other.name
                    and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, index):
        return (self.filename, self.lineno, self.name, self.line)[index]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return (f"<FrameSummary file {self.filename}, "
                f"line {self.lineno} in {self.name}>")

    def __len__(self):
        return 4

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            text = linecache.getline(self.filename, self.lineno)
            if not text and self._code is not None:
                text = _traceback.source_and_carets(self._code, self._lasti)[0]
            self._line = text
        return self._line.strip()

    def _caret_line(self):
        """The PEP 657 marker line, when this entry knows its instruction."""
        if self._code is None or self._lasti is None:
            return None
        return _traceback.source_and_carets(self._code, self._lasti)[1]


# -------------------------------------------------------- a whole stack

class StackSummary(list):
    """A list of FrameSummary objects, ready to format."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """From (frame, line number) pairs, as `walk_stack`/`walk_tb` give."""
        links = ((f, lineno, None, None) for f, lineno in frame_gen)
        return klass._from_links(links, limit, lookup_lines, capture_locals)

    @classmethod
    def _from_links(klass, links, limit, lookup_lines, capture_locals):
        result = klass()
        files = set()
        for frame, lineno, code, lasti in _limited(links, limit):
            co = frame.f_code
            files.add(co.co_filename)
            summary = FrameSummary(
                co.co_filename, lineno, co.co_name, lookup_line=False,
                locals=frame.f_locals if capture_locals else None)
            summary._code = code
            summary._lasti = lasti
            result.append(summary)
        for filename in files:
            linecache.checkcache(filename)
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """From FrameSummary objects or (file, line, name, text) tuples."""
        result = StackSummary()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one entry: its File line, source line, carets, locals."""
        parts = [f'  File "{frame_summary.filename}", '
                 f'line {frame_summary.lineno}, in {frame_summary.name}\n']
        if frame_summary.line:
            parts.append(f'    {frame_summary.line}\n')
            carets = frame_summary._caret_line()
            if carets:
                parts.append(carets + '\n')
        if frame_summary.locals:
            for key, value in sorted(frame_summary.locals.items()):
                parts.append(f'    {key} = {value}\n')
        return ''.join(parts)

    def format(self):
        """One string per entry; runs of more than three identical entries
        (same file, line and function) end in a "repeated" note."""
        lines = []
        previous = None
        repeats = 0

        def note():
            extra = repeats - _REPEAT_LIMIT
            if extra > 0:
                plural = 's' if extra > 1 else ''
                lines.append(f'  [Previous line repeated {extra} more '
                             f'time{plural}]\n')

        for summary in self:
            text = self.format_frame_summary(summary)
            if text is None:
                continue
            where = (summary.filename, summary.lineno, summary.name)
            if where != previous:
                note()
                previous = where
                repeats = 0
            repeats += 1
            if repeats <= _REPEAT_LIMIT:
                lines.append(text)
        note()
        return lines


# ------------------------------------------------------ a whole exception

class TracebackException:
    """An exception captured for formatting: its type, its message, its
    stack, its chained exceptions and (for groups) its members."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc = exc_value
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._from_links(
            _tb_links(exc_traceback), limit, lookup_lines, capture_locals)
        self.exc_type = exc_type
        self._str = _as_text(exc_value, 'exception')
        try:
            self.__notes__ = getattr(exc_value, '__notes__', None)
        except Exception:
            self.__notes__ = [f'Ignored error getting __notes__: '
                              f'{_as_text(sys.exc_info()[1], "exception")}']
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lineno = exc_value.lineno
            self.lineno = str(lineno) if lineno is not None else None
            end_lineno = getattr(exc_value, 'end_lineno', None)
            self.end_lineno = (str(end_lineno) if end_lineno is not None
                               else None)
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = getattr(exc_value, 'end_offset', None)
            self.msg = exc_value.msg
        self._lookup_lines = lookup_lines
        follow = dict(limit=limit, lookup_lines=lookup_lines,
                      capture_locals=capture_locals,
                      max_group_width=max_group_width,
                      max_group_depth=max_group_depth, _seen=_seen)

        def captured(exc):
            if exc is None or id(exc) in _seen:
                return None
            return TracebackException(type(exc), exc, exc.__traceback__,
                                      **follow)

        cause = exc_value.__cause__ if exc_value is not None else None
        self.__cause__ = captured(cause)
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        context = exc_value.__context__ if exc_value is not None else None
        if compact and (self.__cause__ is not None
                        or self.__suppress_context__):
            context = None
        self.__context__ = captured(context)
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [captured(e) or TracebackException(
                type(e), e, e.__traceback__, **dict(follow, _seen=set()))
                for e in exc_value.exceptions]
        else:
            self.exceptions = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        for summary in self.stack:
            summary.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            mine = {k: v for k, v in self.__dict__.items() if k != '_exc'}
            theirs = {k: v for k, v in other.__dict__.items() if k != '_exc'}
            return mine == theirs
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The exception's last line(s): `Type: message`, a SyntaxError's
        file/line/caret block, then its notes."""
        if self.exc_type is None:
            yield _one_line_only(None, None)
            return
        name = self.exc_type.__qualname__
        module = self.exc_type.__module__
        if module not in ('__main__', 'builtins'):
            if not isinstance(module, str):
                module = '<unknown>'
            name = module + '.' + name
        if not issubclass(self.exc_type, SyntaxError):
            yield _one_line_only(name, self._str)
        else:
            yield from self._syntax_error_lines(name)
        notes = self.__notes__
        if isinstance(notes, collections.abc.Sequence) and not isinstance(notes, (str, bytes)):
            for note in notes:
                yield _as_text(note, 'note') + '\n'
        elif notes is not None:
            yield _as_text(repr(notes), '__notes__') + '\n'

    def _syntax_error_lines(self, name):
        suffix = ''
        if self.lineno is not None:
            yield f'  File "{self.filename or "<string>"}", line {self.lineno}\n'
        elif self.filename is not None:
            suffix = f' ({self.filename})'
        if self.text is not None:
            line = self.text.rstrip('\n')
            shown = line.lstrip(' \n\f')
            shift = len(line) - len(shown)
            yield f'    {shown}\n'
            if self.offset is not None:
                first = self.offset
                last = self.end_offset
                if last in (None, 0):
                    last = first
                if last == first or last == -1:
                    last = first + 1
                first -= 1 + shift
                last -= 1 + shift
                if first >= 0:
                    pad = ''.join(c if c.isspace() else ' ' for c in shown[:first])
                    yield f'    {pad}{"^" * (last - first)}\n'
        yield f'{name}: {self.msg or "<no detail available>"}{suffix}\n'

    def format(self, *, chain=True):
        """The whole report: the chain of causes/contexts first, then this
        exception's traceback and last lines."""
        links = []
        current = self
        while current is not None:
            if not chain:
                links.append((None, current))
                break
            if current.__cause__ is not None:
                links.append((_CAUSE_HEADER, current))
                current = current.__cause__
            elif (current.__context__ is not None
                  and not current.__suppress_context__):
                links.append((_CONTEXT_HEADER, current))
                current = current.__context__
            else:
                links.append((None, current))
                current = None
        for header, link in reversed(links):
            if header is not None:
                yield header
            if link.exceptions is not None and link._exc is not None:
                yield from _traceback.format_group(link._exc)
            else:
                if link.stack:
                    yield 'Traceback (most recent call last):\n'
                    yield from link.stack.format()
                yield from link.format_exception_only()

    def print(self, *, file=None, chain=True):
        """Writes the report to `file` (default: sys.stderr)."""
        for text in self.format(chain=chain):
            _write(text, file)


def _one_line_only(name, text):
    if name is None:
        return 'NoneType: None\n'
    if not text:
        return f'{name}\n'
    return f'{name}: {text}\n'


# --------------------------------------------------------- the functions

def extract_tb(tb, limit=None):
    """A StackSummary of a traceback's entries."""
    return StackSummary._from_links(_tb_links(tb), limit, True, False)


def extract_stack(f=None, limit=None):
    """A StackSummary of the calling stack (or from frame `f`), oldest first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    """Strings for the entries of a StackSummary or list of tuples."""
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def print_list(extracted_list, file=None):
    for text in StackSummary.from_list(extracted_list).format():
        _write(text, file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def _parts(exc, value, tb, caller):
    """The (type, value, traceback) a function was given, old or new style."""
    if (value is _no_value) != (tb is _no_value):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _no_value:
        if exc is None:
            return None, None, None
        if isinstance(exc, BaseException):
            return type(exc), exc, exc.__traceback__
        raise TypeError(f'Exception expected for value, '
                        f'{type(exc).__name__} found')
    return exc, value, tb


def format_exception(exc, /, value=_no_value, tb=_no_value, limit=None,
                     chain=True):
    """The lines `print_exception` would write."""
    etype, value, tb = _parts(exc, value, tb, 'format_exception')
    report = TracebackException(type(value) if value is not None else etype,
                                value, tb, limit=limit, compact=True)
    return list(report.format(chain=chain))


def print_exception(exc, /, value=_no_value, tb=_no_value, limit=None,
                    file=None, chain=True):
    """Writes an exception's traceback and message to `file` (sys.stderr)."""
    etype, value, tb = _parts(exc, value, tb, 'print_exception')
    report = TracebackException(type(value) if value is not None else etype,
                                value, tb, limit=limit, compact=True)
    report.print(file=file, chain=chain)


def format_exception_only(exc, /, value=_no_value):
    """The last line(s) of an exception's report, without its traceback."""
    if value is _no_value:
        value = exc
    etype = type(value) if value is not None else None
    report = TracebackException(etype, value, None, compact=True)
    return list(report.format_exception_only())


def format_exc(limit=None, chain=True):
    """The report of the exception being handled, as one string."""
    return ''.join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Prints the exception being handled."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Prints the exception the interactive interpreter last reported."""
    if not hasattr(sys, 'last_type'):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def clear_frames(tb):
    """Drops the local variables of a traceback's frames (coil's traceback
    frames hold none, so there is nothing to clear)."""
    while tb is not None:
        tb = tb.tb_next

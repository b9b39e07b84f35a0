"""CSV parsing and writing (the core used by the csv module)."""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3

_QUOTING_MODES = (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE)


class Error(Exception):
    pass


Error.__module__ = "_csv"

_registry = {}
_size_limit = [128 * 1024]

# Attribute name -> default value, in the order CPython reports them.
_ATTRS = (
    ("delimiter", ","),
    ("doublequote", True),
    ("escapechar", None),
    ("lineterminator", "\r\n"),
    ("quotechar", '"'),
    ("quoting", QUOTE_MINIMAL),
    ("skipinitialspace", False),
    ("strict", False),
)
_ATTR_NAMES = frozenset(name for name, _ in _ATTRS)
_MISSING = object()


def _one_char(name, value, none_ok):
    if value is None and none_ok:
        return None
    if not isinstance(value, str):
        if none_ok:
            raise TypeError('"%s" must be string or None, not %s'
                            % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s'
                        % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""

    def __new__(cls, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _ATTR_NAMES:
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        if isinstance(dialect, Dialect) and not kwargs and cls is Dialect:
            return dialect
        found = {}
        for name, default in _ATTRS:
            value = kwargs.get(name, _MISSING)
            if value is _MISSING and dialect is not None:
                value = getattr(dialect, name, _MISSING)
            found[name] = value
        got = {}
        for name, default in _ATTRS:
            value = found[name]
            got[name] = default if value is _MISSING else value

        got["delimiter"] = _one_char("delimiter", got["delimiter"], False)
        got["escapechar"] = _one_char("escapechar", got["escapechar"], True)
        got["quotechar"] = _one_char("quotechar", got["quotechar"], True)
        term = got["lineterminator"]
        if not isinstance(term, str):
            raise TypeError('"lineterminator" must be a string')
        quoting = got["quoting"]
        if found["quoting"] is _MISSING and got["quotechar"] is None:
            quoting = QUOTE_NONE
        if not isinstance(quoting, int):
            raise TypeError('"quoting" must be an integer')
        if quoting not in _QUOTING_MODES:
            raise TypeError('bad "quoting" value')
        if got["quotechar"] is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        got["quoting"] = quoting
        for flag in ("doublequote", "skipinitialspace", "strict"):
            got[flag] = bool(got[flag])

        self = object.__new__(cls)
        for name, _ in _ATTRS:
            object.__setattr__(self, name, got[name])
        return self

    def __init__(self, *args, **kwargs):
        pass

    def __setattr__(self, name, value):
        if name in _ATTR_NAMES:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)
        raise AttributeError("'_csv.Dialect' object has no attribute '%s'" % name)

    def __delattr__(self, name):
        self.__setattr__(name, None)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.Dialect' object")


Dialect.__module__ = "_csv"


def register_dialect(name, dialect=None, **kwargs):
    """Create a mapping from a string name to a dialect class."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _registry[name] = Dialect(dialect, **kwargs)


def unregister_dialect(name):
    """Delete the name/dialect mapping associated with a string name."""
    if name not in _registry:
        raise Error("unknown dialect")
    del _registry[name]


def get_dialect(name):
    """Return the dialect instance associated with name."""
    try:
        return _registry[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return a list of all known dialect names."""
    return list(_registry)


def field_size_limit(*args, **kwargs):
    """Sets an upper limit on parsed fields.

Returns old limit. If limit is not given, no new limit is set and
the old limit is returned"""
    if kwargs:
        if args or set(kwargs) != {"new_limit"}:
            raise TypeError("field_size_limit() got an unexpected keyword argument '%s'"
                            % next(iter(kwargs)))
        args = (kwargs["new_limit"],)
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument (%d given)" % len(args))
    previous = _size_limit[0]
    if args:
        limit = args[0]
        if not isinstance(limit, int):
            raise TypeError("limit must be an integer")
        _size_limit[0] = limit
    return previous


def _dialect_of(args, kwargs):
    """The Dialect for reader()/writer() arguments (dialect may be given
    positionally or by keyword)."""
    if len(args) > 1:
        if "dialect" in kwargs:
            raise TypeError("argument for reader() given by name ('dialect') and position (2)")
        return Dialect(args[1], **kwargs)
    return Dialect(**kwargs)


# Parser states.
_S_RECORD = 0        # nothing of the record read yet
_S_FIELD = 1         # at the start of a field
_S_ESC = 2           # after an escape character outside quotes
_S_PLAIN = 3         # inside an unquoted field
_S_QUOTED = 4        # inside a quoted field
_S_QESC = 5          # after an escape character inside quotes
_S_QUOTE2 = 6        # after a quote inside a quoted field
_S_NEWLINE = 7       # eating the line ending of a record
_S_ESC_NL = 8        # after an escaped line break

_END = None          # stands for the end of one input line


class reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError(" expected at least 1 argument, got 0")
        if len(args) > 2:
            raise TypeError("expected at most 2 arguments, got %d" % len(args))
        self._lines = iter(args[0])
        self.dialect = _dialect_of(args, kwargs)
        self.line_num = 0
        self._state = _S_RECORD
        self._row = []
        self._buf = []
        self._number = False

    def __iter__(self):
        return self

    def _grow(self, ch):
        if len(self._buf) >= _size_limit[0]:
            raise Error("field larger than field limit (%d)" % _size_limit[0])
        self._buf.append(ch)

    def _finish_field(self):
        text = "".join(self._buf)
        self._buf = []
        if self._number:
            self._number = False
            text = float(text)
        self._row.append(text)

    def _after_field(self, ch):
        self._finish_field()
        self._state = _S_RECORD if ch is _END else _S_NEWLINE

    def _feed(self, ch):
        d = self.dialect
        state = self._state
        if state == _S_RECORD:
            if ch is _END:
                return
            if ch == "\n" or ch == "\r":
                self._state = _S_NEWLINE
                return
            state = self._state = _S_FIELD
        if state == _S_FIELD:
            if ch is _END or ch == "\n" or ch == "\r":
                self._after_field(ch)
            elif ch == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _S_QUOTED
            elif ch == d.escapechar:
                self._state = _S_ESC
            elif ch == " " and d.skipinitialspace:
                pass
            elif ch == d.delimiter:
                self._finish_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._number = True
                self._grow(ch)
                self._state = _S_PLAIN
            return
        if state == _S_ESC:
            if ch == "\n" or ch == "\r":
                self._grow(ch)
                self._state = _S_ESC_NL
                return
            self._grow("\n" if ch is _END else ch)
            self._state = _S_PLAIN
            return
        if state == _S_ESC_NL:
            if ch is _END:
                return
            state = _S_PLAIN
        if state == _S_PLAIN:
            if ch is _END or ch == "\n" or ch == "\r":
                self._after_field(ch)
            elif ch == d.escapechar:
                self._state = _S_ESC
            elif ch == d.delimiter:
                self._finish_field()
                self._state = _S_FIELD
            else:
                self._grow(ch)
                self._state = _S_PLAIN
            return
        if state == _S_QUOTED:
            if ch is _END:
                pass
            elif ch == d.escapechar:
                self._state = _S_QESC
            elif ch == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _S_QUOTE2 if d.doublequote else _S_PLAIN
            else:
                self._grow(ch)
            return
        if state == _S_QESC:
            self._grow("\n" if ch is _END else ch)
            self._state = _S_QUOTED
            return
        if state == _S_QUOTE2:
            if d.quoting != QUOTE_NONE and ch == d.quotechar:
                self._grow(ch)
                self._state = _S_QUOTED
            elif ch == d.delimiter:
                self._finish_field()
                self._state = _S_FIELD
            elif ch is _END or ch == "\n" or ch == "\r":
                self._after_field(ch)
            elif not d.strict:
                self._grow(ch)
                self._state = _S_PLAIN
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
            return
        # _S_NEWLINE
        if ch == "\n" or ch == "\r":
            return
        if ch is _END:
            self._state = _S_RECORD
            return
        raise Error("new-line character seen in unquoted field - "
                    "do you need to open the file in universal-newline mode?")

    def _restart(self):
        self._row = []
        self._buf = []
        self._number = False
        self._state = _S_RECORD

    def _split_simple(self, line):
        """The row of a line that needs no quote or escape handling, else
        None (the state machine then handles the line)."""
        d = self.dialect
        if d.escapechar is not None and d.escapechar in line:
            return None
        if d.quoting != QUOTE_NONE and d.quotechar in line:
            return None
        body = line.rstrip("\r\n")
        if "\r" in body or "\n" in body or "\0" in body:
            return None
        if not body:
            return []
        if d.skipinitialspace and " " in body:
            return None
        cells = body.split(d.delimiter)
        limit = _size_limit[0]
        if len(body) > limit and any(len(cell) > limit for cell in cells):
            return None
        if d.quoting == QUOTE_NONNUMERIC:
            cells = [float(cell) if cell else cell for cell in cells]
        return cells

    def __next__(self):
        self._restart()
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._buf or self._state == _S_QUOTED:
                    if self.dialect.strict:
                        raise Error("unexpected end of data") from None
                    self._finish_field()
                    row = self._row
                    self._restart()
                    return row
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            if self._state == _S_RECORD:
                quick = self._split_simple(line)
                if quick is not None:
                    return quick
            try:
                for ch in line:
                    self._feed(ch)
                self._feed(_END)
            except Error:
                self._restart()
                raise
            if self._state == _S_RECORD:
                break
        row = self._row
        self._row = []
        return row


class writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError(" expected at least 1 argument, got 0")
        if len(args) > 2:
            raise TypeError("expected at most 2 arguments, got %d" % len(args))
        target = args[0]
        try:
            self._write = target.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = _dialect_of(args, kwargs)

    def _render(self, value):
        d = self.dialect
        quote = d.quoting == QUOTE_ALL or (
            d.quoting == QUOTE_NONNUMERIC and not _numberlike(value))
        if isinstance(value, str):
            text = value
        elif value is None:
            text = ""
        else:
            text = str(value)
        special = (d.delimiter, d.escapechar, d.quotechar)
        pieces = []
        for ch in text:
            if ch in special or ch in d.lineterminator:
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                elif ch == d.quotechar:
                    if d.doublequote:
                        pieces.append(ch)
                        quote = True
                    else:
                        escape = True
                elif ch == d.escapechar:
                    escape = True
                else:
                    quote = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    pieces.append(d.escapechar)
            pieces.append(ch)
        body = "".join(pieces)
        if quote:
            body = d.quotechar + body + d.quotechar
        return body

    def writerow(self, row):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        try:
            values = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        d = self.dialect
        cells = []
        count = 0
        for value in values:
            count += 1
            cells.append(self._render(value))
        if count == 1 and cells[0] == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            cells[0] = d.quotechar * 2
        return self._write(d.delimiter.join(cells) + d.lineterminator)

    def writerows(self, rows):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        for row in rows:
            self.writerow(row)


def _numberlike(value):
    if isinstance(value, (int, float, complex)):
        return True
    for hook in ("__float__", "__index__", "__int__"):
        if hasattr(type(value), hook):
            return True
    return False


reader.__module__ = "_csv"
writer.__module__ = "_csv"


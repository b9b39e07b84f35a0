"""The logging package: loggers arranged in a dotted-name hierarchy hand
LogRecords to handlers, which format them with formatters and send them
somewhere (a stream, a file, memory...).

coil's own implementation, written from the documentation of CPython 3.11's
logging module and its observed behaviour.
"""

import sys
import time
import threading
import traceback
from collections.abc import Mapping as _Mapping
from string import Template as _Template
from string import Formatter as _StrFormatter

__all__ = [
    "BASIC_FORMAT", "BufferingFormatter", "CRITICAL", "DEBUG", "ERROR", "FATAL",
    "FileHandler", "Filter", "Formatter", "Handler", "INFO", "LogRecord",
    "Logger", "LoggerAdapter", "NOTSET", "NullHandler", "StreamHandler",
    "WARN", "WARNING", "addLevelName", "basicConfig", "captureWarnings",
    "critical", "debug", "disable", "error", "exception", "fatal",
    "getLevelName", "getLogger", "getLoggerClass", "info", "log",
    "makeLogRecord", "setLoggerClass", "shutdown", "warn", "warning",
    "getLogRecordFactory", "setLogRecordFactory", "lastResort",
    "raiseExceptions", "getLevelNamesMapping",
]

# Behaviour switches documented as module attributes: whether errors while
# emitting are reported, and which facts about the running process records
# collect.
raiseExceptions = True
logThreads, logProcesses, logMultiprocessing = True, True, True

# ---------------------------------------------------------------------------
# Levels

NOTSET, DEBUG, INFO, WARNING, ERROR, CRITICAL = 0, 10, 20, 30, 40, 50
WARN, FATAL = WARNING, CRITICAL

# Number -> name, and name -> number (which also knows the aliases).
_level_to_text = {}
_text_to_level = {}
for _text in ("CRITICAL", "FATAL", "ERROR", "WARN", "WARNING", "INFO", "DEBUG", "NOTSET"):
    _number = globals()[_text]
    _text_to_level[_text] = _number
    if _text not in ("FATAL", "WARN"):
        _level_to_text[_number] = _text
del _number, _text


def getLevelNamesMapping():
    """A copy of the mapping from level names to level numbers."""
    return dict(_text_to_level)


def getLevelName(level):
    """The name of a level number, or the number of a level name; for an
    unknown value, the text 'Level %s'."""
    known = _level_to_text.get(level)
    if known is not None:
        return known
    known = _text_to_level.get(level)
    if known is not None:
        return known
    return "Level %s" % level


def addLevelName(level, levelName):
    """Makes levelName the name of the number level (and the other way round)."""
    with _module_lock:
        _level_to_text[level] = levelName
        _text_to_level[levelName] = level


def _level_number(level):
    """Turns a level given as a number or a registered name into its number."""
    if isinstance(level, int):
        return level
    if isinstance(level, str) and str(level) == level:
        if level not in _text_to_level:
            raise ValueError("Unknown level: %r" % level)
        return _text_to_level[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# ---------------------------------------------------------------------------
# The module lock and the frames that belong to logging itself

_module_lock = threading.RLock()


def _acquire_module_lock():
    _module_lock.acquire()


def _release_module_lock():
    _module_lock.release()


def currentframe():
    """The frame of the caller of whoever calls this."""
    return sys._getframe(1)


_own_file = sys._getframe(0).f_code.co_filename


def _folder_of(path):
    cut = path.rfind("/")
    return path[:cut] if cut >= 0 else ""


_own_folder = _folder_of(_own_file)


def _is_ours(frame):
    name = frame.f_code.co_filename
    return name == _own_file or ("importlib" in name and "_bootstrap" in name)


def _source_line(filename, lineno):
    """The stripped text of a line of source, or None when it cannot be read."""
    try:
        import linecache
    except ImportError:
        linecache = None
    if linecache is not None:
        text = linecache.getline(filename, lineno)
        return text.strip() or None
    try:
        with open(filename, encoding="utf-8") as src:
            for number, text in zip(range(1, lineno + 1), src):
                if number == lineno:
                    return text.strip() or None
    except Exception:
        pass
    return None


class _Collector:
    """A write()-only text sink."""

    def __init__(self):
        self.pieces = []

    def write(self, text):
        self.pieces.append(text)

    def getvalue(self):
        return "".join(self.pieces)


def _describe_stack(frame, heading=""):
    """heading, then the frames from the outermost caller down to frame, as
    the traceback module prints them (by traceback.print_stack when it
    exists)."""
    printer = getattr(traceback, "print_stack", None)
    if printer is not None:
        sink = _Collector()
        sink.write(heading)
        printer(frame, file=sink)
        return sink.getvalue()
    chain = []
    while frame is not None:
        chain.append(frame)
        frame = frame.f_back
    pieces = []
    for fr in reversed(chain):
        code = fr.f_code
        pieces.append('  File "%s", line %d, in %s\n' % (code.co_filename, fr.f_lineno, code.co_name))
        text = _source_line(code.co_filename, fr.f_lineno)
        if text:
            pieces.append("    %s\n" % text)
    return heading + "".join(pieces)


def _split_path(pathname):
    """(filename, module) for a pathname: its last component and that
    component without its extension."""
    tail = pathname[pathname.rfind("/") + 1:]
    stem = tail
    dot = tail.rfind(".")
    if dot > 0 and tail[:dot].strip(".") != "":
        stem = tail[:dot]
    return tail, stem


# ---------------------------------------------------------------------------
# Log records

_created_at = time.time()


def _current_process_id():
    try:
        import os
    except ImportError:
        return None
    getpid = getattr(os, "getpid", None)
    return getpid() if getpid is not None else None


class LogRecord:
    """Everything known about one logged event."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time()
        self.name = name
        self.msg = msg
        if args and len(args) == 1 and isinstance(args[0], _Mapping) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename, self.module = _split_path(pathname)
        except (TypeError, ValueError, AttributeError):
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _created_at) * 1000
        if logThreads:
            self.thread = threading.get_ident()
            self.threadName = threading.current_thread().name
        else:
            self.thread = None
            self.threadName = None
        if logMultiprocessing:
            self.processName = "MainProcess"
            mp = sys.modules.get("multiprocessing")
            if mp is not None:
                try:
                    self.processName = mp.current_process().name
                except Exception:
                    pass
        else:
            self.processName = None
        self.process = _current_process_id() if logProcesses else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """The message with its arguments merged in."""
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


_record_factory = LogRecord


def setLogRecordFactory(factory):
    """Makes factory the callable that creates LogRecords."""
    global _record_factory
    _record_factory = factory


def getLogRecordFactory():
    return _record_factory


def makeLogRecord(dict):
    """A LogRecord whose attributes are taken from dict."""
    record = _record_factory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---------------------------------------------------------------------------
# Format styles

_WIDTH_OR_STAR = "0123456789*"
_PERCENT_CONVERSIONS = "diouxefgcrsa%"


def _percent_field_at(fmt, start):
    """Whether fmt[start:] begins a valid '%(name)...conv' field."""
    if not fmt.startswith("%(", start):
        return False
    close = fmt.find(")", start + 2)
    if close < 0:
        return False
    key = fmt[start + 2:close]
    if not key or not all(c == "_" or c.isalnum() for c in key):
        return False
    i = close + 1
    n = len(fmt)
    while i < n and fmt[i] in "#0+ -":
        i += 1
    if i < n and fmt[i] == "*":
        i += 1
    else:
        while i < n and fmt[i].isdigit():
            i += 1
    if i < n and fmt[i] == ".":
        i += 1
        if i < n and fmt[i] == "*":
            i += 1
        else:
            while i < n and fmt[i].isdigit():
                i += 1
    return i < n and fmt[i].lower() in _PERCENT_CONVERSIONS


class PercentStyle:
    """Formats records with printf-style `%(name)s` fields."""

    def __init__(self, fmt, *, defaults=None):
        self._defaults = defaults
        self._fmt = fmt if fmt else type(self).default_format

    default_format = "%(message)s"
    asctime_format = "%(asctime)s"
    asctime_search = "%(asctime)"

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        """Raises ValueError unless the format has at least one field."""
        fmt = self._fmt
        at = fmt.find("%(")
        while at >= 0:
            if _percent_field_at(fmt, at):
                return
            at = fmt.find("%(", at + 1)
        raise ValueError("Invalid format '%s' for '%s' style" % (fmt, self.default_format[0]))

    def _values(self, record):
        if self._defaults:
            merged = dict(self._defaults)
            merged.update(record.__dict__)
            return merged
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError("Formatting field not found in record: %s" % missing)


_SPEC_TYPES = "bcdefgnosx%"


def _spec_is_valid(spec):
    """Checks a format spec the way logging's validation accepts it:
    [[fill]align][sign][#][0][width][,_][.precision][type], where width and
    precision may be a nested {field}."""
    i = 0
    n = len(spec)
    if n >= 2 and spec[1] in "<>=^":
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        i = 1
    if i < n and spec[i] in "+ -":
        i += 1
    if i < n and spec[i] == "#":
        i += 1
    if i < n and spec[i] == "0":
        i += 1

    def number_or_field(i):
        if i < n and spec[i] == "{":
            close = spec.find("}", i)
            inner = spec[i + 1:close] if close > 0 else ""
            if close > 0 and inner and all(c == "_" or c.isalnum() for c in inner):
                return close + 1, True
            return i, False
        start = i
        while i < n and spec[i].isdigit():
            i += 1
        return i, i > start

    i, _ = number_or_field(i)
    if i < n and spec[i] in ",_":
        i += 1
    if i < n and spec[i] == ".":
        i, found = number_or_field(i + 1)
        if not found:
            return False
    if i < n and spec[i].lower() in _SPEC_TYPES:
        i += 1
    return i == n


def _field_name_is_valid(name):
    """`word` or digits, followed by any number of `.attr` or `[key]`."""
    i = 0
    n = len(name)
    while i < n and (name[i] == "_" or name[i].isalnum()):
        i += 1
    if i == 0:
        return False
    while i < n:
        if name[i] == ".":
            start = i + 1
            i = start
            while i < n and (name[i] == "_" or name[i].isalnum()):
                i += 1
            if i == start:
                return False
        elif name[i] == "[":
            close = name.find("]", i)
            if close <= i + 1:
                return False
            i = close + 1
        else:
            return False
    return True


class StrFormatStyle(PercentStyle):
    """Formats records with str.format-style `{name}` fields."""

    default_format = "{message}"
    asctime_format = "{asctime}"
    asctime_search = "{asctime"

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        seen = set()
        try:
            for _, field, spec, conversion in _StrFormatter().parse(self._fmt):
                if not field:
                    continue
                if not _field_name_is_valid(field):
                    raise ValueError("invalid field name/expression: %r" % field)
                seen.add(field)
                if conversion and conversion not in "rsa":
                    raise ValueError("invalid conversion: %r" % conversion)
                if spec and not _spec_is_valid(spec):
                    raise ValueError("bad specifier: %r" % spec)
                if spec and "{" in spec:
                    seen.add(spec)
        except ValueError as problem:
            raise ValueError("invalid format: %s" % problem)
        if not seen:
            raise ValueError("invalid format: no fields")


def _template_fields(fmt):
    """The names used by a $-template; ValueError for a bare '$'."""
    names = []
    i = 0
    n = len(fmt)

    def ident_end(j):
        if j < n and (fmt[j] == "_" or ("a" <= fmt[j].lower() <= "z")):
            j += 1
            while j < n and (fmt[j] == "_" or fmt[j].isdigit() or "a" <= fmt[j].lower() <= "z"):
                j += 1
        return j

    while True:
        i = fmt.find("$", i)
        if i < 0:
            return names
        nxt = i + 1
        if fmt.startswith("$", nxt):
            i = nxt + 1
            continue
        if fmt.startswith("{", nxt):
            end = ident_end(nxt + 1)
            if end > nxt + 1 and fmt.startswith("}", end):
                names.append(fmt[nxt + 1:end])
                i = end + 1
                continue
        else:
            end = ident_end(nxt)
            if end > nxt:
                names.append(fmt[nxt:end])
                i = end
                continue
        raise ValueError("invalid format: bare '$' not allowed")


class StringTemplateStyle(PercentStyle):
    """Formats records with string.Template-style `$name` fields."""

    default_format = "${message}"
    asctime_format = "${asctime}"
    asctime_search = "${asctime}"

    def __init__(self, *args, **kwargs):
        PercentStyle.__init__(self, *args, **kwargs)
        self._tpl = _Template(self._fmt)

    def usesTime(self):
        fmt = self._fmt
        return fmt.find("$asctime") >= 0 or fmt.find(self.asctime_search) >= 0

    def validate(self):
        if not _template_fields(self._fmt):
            raise ValueError("invalid format: no fields")

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

_style_table = {
    "%": (PercentStyle, BASIC_FORMAT),
    "{": (StrFormatStyle, "{levelname}:{name}:{message}"),
    "$": (StringTemplateStyle, "${levelname}:${name}:${message}"),
}


# ---------------------------------------------------------------------------
# Time conversion for coil builds whose time module lacks localtime/strftime

_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December")


class _TimeParts(tuple):
    """A struct_time look-alike: (year, month, day, hour, minute, second,
    weekday, yearday, isdst)."""

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])


def _utc_parts(secs=None):
    """Breaks seconds since the epoch into calendar fields (UTC)."""
    if secs is None:
        secs = time.time()
    whole = int(secs // 1)
    days, rest = divmod(whole, 86400)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    weekday = (days + 3) % 7
    # Civil date from a day count (days since 1970-01-01), proleptic Gregorian.
    shifted = days + 719468
    era = shifted // 146097
    day_of_era = shifted - era * 146097
    year_of_era = (day_of_era - day_of_era // 1460 + day_of_era // 36524 - day_of_era // 146096) // 365
    year = year_of_era + era * 400
    day_of_year = day_of_era - (365 * year_of_era + year_of_era // 4 - year_of_era // 100)
    mp = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    if month <= 2:
        year += 1
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    starts = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    yday = starts[month - 1] + day + (1 if leap and month > 2 else 0)
    return _TimeParts((year, month, day, hour, minute, second, weekday, yday, 0))


def _render_time(fmt, parts):
    """strftime for the common directives, used when time.strftime is missing."""
    year, month, day, hour, minute, second, weekday, yday = tuple(parts)[:8]
    out = []
    i = 0
    while i < len(fmt):
        c = fmt[i]
        if c != "%" or i + 1 == len(fmt):
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == "Y":
            out.append("%d" % year)
        elif d == "y":
            out.append("%02d" % (year % 100))
        elif d == "m":
            out.append("%02d" % month)
        elif d == "d":
            out.append("%02d" % day)
        elif d == "H":
            out.append("%02d" % hour)
        elif d == "I":
            out.append("%02d" % ((hour + 11) % 12 + 1))
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "M":
            out.append("%02d" % minute)
        elif d == "S":
            out.append("%02d" % second)
        elif d == "j":
            out.append("%03d" % yday)
        elif d == "a":
            out.append(_DAY_NAMES[weekday][:3])
        elif d == "A":
            out.append(_DAY_NAMES[weekday])
        elif d == "b":
            out.append(_MONTH_NAMES[month - 1][:3])
        elif d == "B":
            out.append(_MONTH_NAMES[month - 1])
        elif d == "Z":
            out.append("UTC")
        elif d == "z":
            out.append("+0000")
        elif d == "%":
            out.append("%")
        else:
            out.append("%" + d)
    return "".join(out)


_localtime = getattr(time, "localtime", None) or _utc_parts
_strftime = getattr(time, "strftime", None) or _render_time


# ---------------------------------------------------------------------------
# Formatters


class Formatter:
    """Turns a LogRecord into text using a format string in one of three
    styles ('%', '{' or '$')."""

    converter = staticmethod(_localtime)
    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, *, defaults=None):
        if style not in _style_table:
            raise ValueError("Style must be one of: %s" % ",".join(_style_table))
        self._style = _style_table[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        parts = self.converter(record.created)
        if datefmt:
            return _strftime(datefmt, parts)
        text = _strftime(self.default_time_format, parts)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        text = "".join(traceback.format_exception(ei[0], ei[1], ei[2]))
        if not text and ei[1] is None:
            text = "NoneType: None"
        if text.endswith("\n"):
            text = text[:-1]
        return text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _join_block(text, record.exc_text)
        if record.stack_info:
            text = _join_block(text, self.formatStack(record.stack_info))
        return text


def _join_block(text, block):
    """text, then block on a line of its own."""
    if text and not text.endswith("\n"):
        text += "\n"
    return text + block


_plain_formatter = Formatter()


class BufferingFormatter:
    """Formats a batch of records: header, one formatted line each, footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _plain_formatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        body = "".join(self.linefmt.format(r) for r in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# ---------------------------------------------------------------------------
# Filters


class Filter:
    """Lets through records of the logger called `name` and its descendants
    (every record when name is empty)."""

    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.name or record.name == self.name:
            return True
        return record.name.startswith(self.name + ".")


class Filterer:
    """Holds a list of filters (Filter objects or plain callables)."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            check = getattr(f, "filter", None)
            verdict = check(record) if check is not None else f(record)
            if not verdict:
                return False
        return True


# ---------------------------------------------------------------------------
# Handlers

_named_handlers = {}
_all_handlers = []


class Handler(Filterer):
    """Base class of handlers: filters a record, then emit()s it."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _level_number(level)
        self.formatter = None
        self._closed = False
        with _module_lock:
            _all_handlers.append(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        with _module_lock:
            if self._name in _named_handlers:
                del _named_handlers[self._name]
            self._name = name
            if name:
                _named_handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = threading.RLock()

    def _at_fork_reinit(self):
        self.lock = threading.RLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _level_number(level)

    def format(self, record):
        fmt = self.formatter if self.formatter else _plain_formatter
        return fmt.format(record)

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record):
        passed = self.filter(record)
        if passed:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return passed

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        with _module_lock:
            self._closed = True
            if self._name and _named_handlers.get(self._name) is self:
                del _named_handlers[self._name]

    def handleError(self, record):
        """Reports an exception raised while emitting on sys.stderr (when
        raiseExceptions is true) and carries on."""
        if not (raiseExceptions and sys.stderr):
            return
        etype, evalue, etb = sys.exc_info()
        err = sys.stderr
        try:
            err.write("--- Logging error ---\n")
            err.write("".join(traceback.format_exception(etype, evalue, etb)))
            err.write("Call stack:\n")
            frame = sys._getframe(0)
            while frame is not None and _folder_of(frame.f_code.co_filename) == _own_folder:
                frame = frame.f_back
            if frame is not None:
                err.write(_describe_stack(frame))
            else:
                err.write("Logged from file %s, line %s\n" % (record.filename, record.lineno))
            try:
                err.write("Message: %r\nArguments: %s\n" % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                err.write("Unable to print the message and arguments"
                          " - possible formatting error.\nUse the"
                          " traceback above to help find the error.\n")
        except OSError:
            pass

    def __repr__(self):
        return "<%s (%s)>" % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes formatted records, each followed by `terminator`, to a stream
    (sys.stderr unless told otherwise)."""

    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        with self.lock:
            if self.stream and hasattr(self.stream, "flush"):
                self.stream.flush()

    def emit(self, record):
        try:
            text = self.format(record)
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Switches to another stream; returns the old one (None when it is
        the same stream)."""
        if stream is self.stream:
            return None
        previous = self.stream
        with self.lock:
            self.flush()
            self.stream = stream
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, "name", ""))
        if label:
            label += " "
        return "<%s %s(%s)>" % (type(self).__name__, label, getLevelName(self.level))


def _absolute(path):
    try:
        import os.path
        return os.path.abspath(path)
    except Exception:
        return path


class FileHandler(StreamHandler):
    """A StreamHandler writing to a file, opened now or at the first record
    (delay=True)."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        if hasattr(filename, "__fspath__"):
            filename = filename.__fspath__()
        self.baseFilename = _absolute(filename)
        self.mode = mode
        if "b" not in mode and encoding is None:
            encoding = "locale"
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            StreamHandler.__init__(self, self._open())

    def _open(self):
        encoding = self.encoding
        if encoding == "locale":
            encoding = None
        return open(self.baseFilename, self.mode, encoding=encoding, errors=self.errors)

    def close(self):
        with self.lock:
            stream = self.stream
            try:
                if stream:
                    try:
                        self.flush()
                    finally:
                        self.stream = None
                        if hasattr(stream, "close"):
                            stream.close()
            finally:
                StreamHandler.close(self)

    def emit(self, record):
        if self.stream is None:
            if self.mode != "w" or not self._closed:
                self.stream = self._open()
        if self.stream:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.baseFilename, getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """The handler of last resort: whatever sys.stderr is at the time."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_last_resort_default = _StderrHandler(WARNING)
lastResort = _last_resort_default


class NullHandler(Handler):
    """A handler that does nothing (for libraries that log but leave the
    configuration to the application)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass


# ---------------------------------------------------------------------------
# Loggers and the manager


class PlaceHolder:
    """Stands in the logger table for a dotted name that has descendants but
    has not been asked for itself."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


_logger_class = None  # set to Logger below


def setLoggerClass(klass):
    """Makes klass (a subclass of Logger) the class getLogger() instantiates."""
    global _logger_class
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    _logger_class = klass


def getLoggerClass():
    return _logger_class


class Manager:
    """Owns the table of loggers and links each to its nearest ancestor."""

    def __init__(self, rootnode):
        self.loggerDict = {}
        self.root = rootnode
        self.loggerClass = self.logRecordFactory = None
        self.disable = NOTSET
        self.emittedNoHandlerWarning = False

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _level_number(value)

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError("A logger name must be a string")
        with _module_lock:
            entry = self.loggerDict.get(name)
            if entry is not None and not isinstance(entry, PlaceHolder):
                return entry
            made = (self.loggerClass or _logger_class)(name)
            made.manager = self
            self.loggerDict[name] = made
            if isinstance(entry, PlaceHolder):
                self._adopt_children(entry, made)
            self._attach_to_parent(made)
            return made

    def setLoggerClass(self, klass):
        if klass is not Logger and not issubclass(klass, Logger):
            raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _attach_to_parent(self, alogger):
        """Finds the nearest existing ancestor of alogger, leaving
        placeholders for the missing ones on the way."""
        name = alogger.name
        parent = None
        cut = name.rfind(".")
        while cut > 0 and parent is None:
            prefix = name[:cut]
            entry = self.loggerDict.get(prefix)
            if entry is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(entry, PlaceHolder):
                entry.append(alogger)
            else:
                parent = entry
            cut = name.rfind(".", 0, cut)
        alogger.parent = parent if parent is not None else self.root

    def _adopt_children(self, holder, alogger):
        """A new logger takes over the loggers a placeholder was holding
        for it, unless they already hang below a closer ancestor."""
        prefix = alogger.name + "."
        for child in holder.loggerMap:
            if not child.parent.name.startswith(prefix):
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        with _module_lock:
            for entry in self.loggerDict.values():
                if isinstance(entry, Logger):
                    entry._cache.clear()
            self.root._cache.clear()


def _caller_frame(stacklevel):
    """The frame stacklevel steps out from the first frame outside logging
    (counting only frames outside logging)."""
    frame = sys._getframe(2)
    if stacklevel < 1:
        return sys._getframe(1)
    found = None
    while frame is not None:
        if not _is_ours(frame):
            found = frame
            stacklevel -= 1
            if stacklevel == 0:
                return frame
        frame = frame.f_back
    return found


class Logger(Filterer):
    """A named channel for log messages; loggers form a hierarchy by their
    dotted names."""

    root = None
    manager = None

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name, self.level = name, _level_number(level)
        self.handlers = []
        self.parent = None
        self.propagate, self.disabled = True, False
        self._cache = {}

    def setLevel(self, level):
        self.level = _level_number(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecation("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if isinstance(level, int):
            if self.isEnabledFor(level):
                self._log(level, msg, args, **kwargs)
        elif raiseExceptions:
            raise TypeError("level must be an integer")

    def findCaller(self, stack_info=False, stacklevel=1):
        """(pathname, lineno, function name, stack text or None) of the
        code that called into logging, stacklevel frames out."""
        frame = _caller_frame(stacklevel)
        if frame is None:
            return "(unknown file)", 0, "(unknown function)", None
        sinfo = None
        if stack_info:
            sinfo = _describe_stack(frame, "Stack (most recent call last):\n")
            if sinfo.endswith("\n"):
                sinfo = sinfo[:-1]
        code = frame.f_code
        return code.co_filename, frame.f_lineno, code.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        record = _record_factory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ("message", "asctime") or key in record.__dict__:
                    raise KeyError("Attempt to overwrite %r in LogRecord" % key)
                record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False, stacklevel=1):
        try:
            fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
        except ValueError:
            fn, lno, func, sinfo = "(unknown file)", 0, "(unknown function)", None
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args, exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        with _module_lock:
            if hdlr not in self.handlers:
                self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        with _module_lock:
            if hdlr in self.handlers:
                self.handlers.remove(hdlr)

    def hasHandlers(self):
        logger = self
        while logger is not None:
            if logger.handlers:
                return True
            if not logger.propagate:
                return False
            logger = logger.parent
        return False

    def callHandlers(self, record):
        count = 0
        logger = self
        while logger is not None:
            for hdlr in logger.handlers:
                count += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            logger = logger.parent if logger.propagate else None
        if count:
            return
        if lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        logger = self
        while logger is not None:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        known = self._cache.get(level)
        if known is not None:
            return known
        with _module_lock:
            if self.manager.disable >= level:
                verdict = False
            else:
                verdict = level >= self.getEffectiveLevel()
            self._cache[level] = verdict
        return verdict

    def getChild(self, suffix):
        if self.root is not self:
            suffix = self.name + "." + suffix
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))

    def __reduce__(self):
        if getLogger(self.name) is not self:
            import pickle
            raise pickle.PicklingError("logger cannot be pickled")
        return getLogger, (self.name,)


class RootLogger(Logger):
    """The logger at the top of the hierarchy, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)

    def __reduce__(self):
        return getLogger, ()


_logger_class = Logger


def _deprecation(message):
    try:
        import warnings
    except ImportError:
        return
    warnings.warn(message, DeprecationWarning, 3)


class LoggerAdapter:
    """Wraps a logger, passing `extra` context with every call (process()
    decides how; by default the adapter's extra replaces the call's)."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        _deprecation("The 'warn' method is deprecated, use 'warning' instead")
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    def _set_manager(self, value):
        self.logger.manager = value

    manager = property(lambda self: self.logger.manager, _set_manager)
    name = property(lambda self: self.logger.name)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))

    def __class_getitem__(cls, item):
        return cls


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


def getLogger(name=None):
    """The logger called name (the root logger when name is empty or None)."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


# ---------------------------------------------------------------------------
# Module-level configuration and convenience functions


def basicConfig(**kwargs):
    """One-call setup of the root logger; does nothing when the root
    logger already has handlers (unless force=True). See the documentation
    for the keywords: filename, filemode, format, datefmt, style, level,
    stream, handlers, force, encoding, errors."""
    with _module_lock:
        force = kwargs.pop("force", False)
        encoding = kwargs.pop("encoding", None)
        errors = kwargs.pop("errors", "backslashreplace")
        if force:
            for h in list(root.handlers):
                root.removeHandler(h)
                h.close()
        if root.handlers:
            return
        handlers = kwargs.pop("handlers", None)
        if handlers is None:
            if "stream" in kwargs and "filename" in kwargs:
                raise ValueError("'stream' and 'filename' should not be specified together")
        elif "stream" in kwargs or "filename" in kwargs:
            raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
        if handlers is None:
            filename = kwargs.pop("filename", None)
            mode = kwargs.pop("filemode", "a")
            if filename:
                if "b" in mode:
                    errors = None
                handlers = [FileHandler(filename, mode, encoding=encoding, errors=errors)]
            else:
                handlers = [StreamHandler(kwargs.pop("stream", None))]
        datefmt = kwargs.pop("datefmt", None)
        style = kwargs.pop("style", "%")
        if style not in _style_table:
            raise ValueError("Style must be one of: %s" % ",".join(_style_table))
        fmt = kwargs.pop("format", _style_table[style][1])
        shared = Formatter(fmt, datefmt, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(shared)
            root.addHandler(h)
        level = kwargs.pop("level", None)
        if level is not None:
            root.setLevel(level)
        if kwargs:
            raise ValueError("Unrecognised argument(s): %s" % ", ".join(kwargs))


def _ensure_configured():
    if not root.handlers:
        basicConfig()


def critical(msg, *args, **kwargs):
    _ensure_configured()
    root.critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    _ensure_configured()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    _ensure_configured()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    _deprecation("The 'warn' function is deprecated, use 'warning' instead")
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _ensure_configured()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _ensure_configured()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _ensure_configured()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Turns off every logging call at level or below, whatever the loggers say."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=None):
    """Flushes and closes every handler (most recently created first)."""
    if handlerList is None:
        handlerList = _all_handlers
    for entry in reversed(list(handlerList)):
        h = entry() if callable(entry) and not isinstance(entry, Handler) else entry
        if h is None:
            continue
        try:
            h.acquire()
            try:
                h.flush()
                h.close()
            finally:
                h.release()
        except (OSError, ValueError):
            pass
        except Exception:
            if raiseExceptions:
                raise


def captureWarnings(capture):
    """Routes warnings.showwarning to the 'py.warnings' logger (when the
    warnings module exists)."""
    try:
        import warnings
    except ImportError:
        return
    state = _warning_capture
    if capture:
        if state["saved"] is None:
            state["saved"] = warnings.showwarning
            warnings.showwarning = _show_warning_as_log
    elif state["saved"] is not None:
        warnings.showwarning = state["saved"]
        state["saved"] = None


_warning_capture = {"saved": None}


def _show_warning_as_log(message, category, filename, lineno, file=None, line=None):
    if file is not None:
        if _warning_capture["saved"] is not None:
            _warning_capture["saved"](message, category, filename, lineno, file, line)
        return
    import warnings
    text = warnings.formatwarning(message, category, filename, lineno, line)
    target = getLogger("py.warnings")
    if not target.handlers:
        target.addHandler(NullHandler())
    target.warning("%s", str(text))


try:
    import atexit as _atexit
    _atexit.register(shutdown)
except ImportError:
    pass


# Names that CPython's own test suite and some third-party code reach for.
_levelToName = _level_to_text
_nameToLevel = _text_to_level
_handlers = _named_handlers
_handlerList = _all_handlers
_lock = _module_lock
_acquireLock = _acquire_module_lock
_releaseLock = _release_module_lock
_STYLES = _style_table
_defaultFormatter = _plain_formatter
_defaultLastResort = _last_resort_default
_checkLevel = _level_number
_startTime = _created_at
_srcfile = _own_file


def __getattr__(name):
    # The current record factory, under the name CPython's tests read.
    if name == "_logRecordFactory":
        return _record_factory
    raise AttributeError("module 'logging' has no attribute %r" % name)

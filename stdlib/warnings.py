"""Warning control for coil.

A warning goes through three stages: `warn()` works out where it was issued
(file, line, module, the module's `__warningregistry__`), `warn_explicit()`
looks the warning up in `filters` and decides what to do with it, and the
shown ones are formatted by `formatwarning()` and written by `showwarning()`.
Replacing `showwarning` or `formatwarning` in this module changes how every
later warning is shown.

The native `_warnings` module does the first two stages when it can be
imported (it reads `filters`, `defaultaction` and `onceregistry` from here and
hands shown warnings to `_showwarnmsg`); the Python versions below stand in
for it otherwise.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"]

# The actions a filter may name.
_KNOWN_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


# --- one warning -------------------------------------------------------------

class WarningMessage(object):
    """One warning as `catch_warnings(record=True)` records it."""

    # The attribute names, in the order of the constructor's parameters
    # (test.support's warnings helper reads this).
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file",
                        "line", "source")

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        given = (message, category, filename, lineno, file, line, source)
        for name, value in zip(self._WARNING_DETAILS, given):
            setattr(self, name, value)
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


# --- turning a warning into text ---------------------------------------------

def _line_of(filename, lineno):
    """The stripped source line, or None (linecache may be unusable late
    during shutdown)."""
    try:
        import linecache
        text = linecache.getline(filename, lineno)
    except Exception:
        return None
    return text.strip() if text else None


def _allocation_text(record):
    """Where the warning's `source` object was allocated, when tracemalloc
    traced it; or the hint to enable tracemalloc when it is not tracing."""
    try:
        import tracemalloc
    except Exception:
        return ""
    try:
        tracing = tracemalloc.is_tracing()
        where = tracemalloc.get_object_traceback(record.source)
    except Exception:
        return ""
    if where is None:
        if tracing:
            return ""
        return ("%s: Enable tracemalloc to get the object allocation "
                "traceback\n" % record.category.__name__)
    parts = ["Object allocated at (most recent call last):\n"]
    for spot in where:
        parts.append('  File "%s", lineno %s\n' % (spot.filename, spot.lineno))
        text = _line_of(spot.filename, spot.lineno)
        if text:
            parts.append("    %s\n" % text)
    return "".join(parts)


def _formatwarnmsg_impl(record):
    """The text CPython prints for one warning: a header line, then the
    stripped source line indented by two spaces when it can be found."""
    text = "%s:%s: %s: %s\n" % (record.filename, record.lineno,
                                record.category.__name__, record.message)
    if record.line is None:
        line = _line_of(record.filename, record.lineno)
    else:
        line = record.line.strip()
    if line:
        text += "  %s\n" % line
    if record.source is not None:
        text += _allocation_text(record)
    return text


def _showwarnmsg_impl(record):
    """Writes one warning to its file (sys.stderr when none is given)."""
    stream = record.file
    if stream is None:
        stream = sys.stderr
        if stream is None:
            return
    text = _formatwarnmsg(record)
    try:
        stream.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to `file` (sys.stderr by default)."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno,
                                     file, line))


def formatwarning(message, category, filename, lineno, line=None):
    """The text showing a warning, as `showwarning()` writes it."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename,
                                              lineno, None, line))


# The module's own functions, to tell whether a program replaced them.
_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(record):
    """Shows a warning the way the module is configured now: through a
    replaced `showwarning` if there is one, else directly."""
    shower = globals().get("showwarning", _showwarning_orig)
    if shower is not _showwarning_orig:
        if not callable(shower):
            raise TypeError("warnings.showwarning() must be set to a "
                            "function or method")
        shower(record.message, record.category, record.filename,
               record.lineno, record.file, record.line)
        return
    _showwarnmsg_impl(record)


def _formatwarnmsg(record):
    """Formats a warning through a replaced `formatwarning` if there is one."""
    formatter = globals().get("formatwarning", _formatwarning_orig)
    if formatter is not _formatwarning_orig:
        return formatter(record.message, record.category, record.filename,
                         record.lineno, record.line)
    return _formatwarnmsg_impl(record)


# --- filters ------------------------------------------------------------------

def _add_filter(*item, append):
    """Puts a filter first (or last with `append`); an equal filter already
    there is moved rather than doubled (left alone when appending)."""
    if append:
        if item not in filters:
            filters.append(item)
    else:
        if item in filters:
            filters.remove(item)
        filters.insert(0, item)
    _filters_mutated()


def _check_action(action):
    assert action in _KNOWN_ACTIONS, "invalid action: %r" % (action,)


def _check_lineno(lineno):
    assert isinstance(lineno, int) and lineno >= 0, \
        "lineno must be an int >= 0"


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Adds a filter in front of `filters` (at the end with append=True).

    `message` is a regular expression the start of the warning text must
    match (ignoring case), `module` one the module name must match, `lineno`
    the line (0 for any); `category` takes its subclasses too."""
    _check_action(action)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    _check_lineno(lineno)
    text_test = module_test = None
    if message or module:
        import re
        if message:
            text_test = re.compile(message, re.I)
        if module:
            module_test = re.compile(module)
    _add_filter(action, text_test, category, module_test, lineno,
                append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter that fits any message in any module."""
    _check_action(action)
    _check_lineno(lineno)
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Removes every filter, the default ones too."""
    filters[:] = []
    _filters_mutated()


# --- issuing warnings (used when _warnings is missing) ----------------------

def _is_internal_frame(frame):
    """Whether a frame belongs to the import machinery, which is skipped."""
    name = frame.f_code.co_filename
    return "importlib" in name and "_bootstrap" in name


def _next_external_frame(frame):
    frame = frame.f_back
    while frame is not None and _is_internal_frame(frame):
        frame = frame.f_back
    return frame


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning from the code `stacklevel` frames up (1 is the caller)."""
    if isinstance(message, Warning):
        category = type(message)
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % (type(category).__name__,))
    try:
        if stacklevel <= 1 or _is_internal_frame(sys._getframe(1)):
            frame = sys._getframe(stacklevel)
        else:
            frame = sys._getframe(1)
            for _ in range(stacklevel - 1):
                frame = _next_external_frame(frame)
                if frame is None:
                    raise ValueError
    except ValueError:
        scope, filename, lineno = sys.__dict__, "sys", 1
    else:
        scope = frame.f_globals
        filename, lineno = frame.f_code.co_filename, frame.f_lineno
    module = scope["__name__"] if "__name__" in scope else "<string>"
    registry = scope.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  scope, source)


def _decide(text, category, module, lineno):
    """(action, filter) of the first filter fitting a warning, or the
    default action and None."""
    for entry in filters:
        action, text_test, wanted, module_test, line = entry
        if text_test is not None and not text_test.match(text):
            continue
        if not issubclass(category, wanted):
            continue
        if module_test is not None and not module_test.match(module):
            continue
        if line in (0, lineno):
            return action, entry
    return defaultaction, None


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Issues a warning said to come from `filename` line `lineno`.

    `registry` (a module's `__warningregistry__`) remembers what was already
    shown; `module_globals` lets the source line be found for modules that
    are not plain files."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    seen_key = (text, category, lineno)
    if registry.get(seen_key):
        return
    action, entry = _decide(text, category, module, lineno)
    if action == "ignore":
        return
    # Primes linecache for modules whose loader knows their source.
    import linecache
    linecache.getlines(filename, module_globals)
    if action == "error":
        raise message
    if action != "always":
        if action not in ("default", "module", "once"):
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:"
                               "\n %s" % (action, entry))
        registry[seen_key] = 1
        # "module" shows a text once per registry, "once" once in all.
        if action == "module":
            book, mark = registry, (text, category, 0)
        elif action == "once":
            book, mark = onceregistry, (text, category)
        else:
            book = None
        if book is not None:
            if book.get(mark):
                return
            book[mark] = 1
    _showwarnmsg(WarningMessage(message, category, filename, lineno,
                                source=source))


# --- saving and restoring the state -----------------------------------------

class catch_warnings(object):
    """A context manager that saves the filters and `showwarning` on entry
    and puts them back on exit.

    With record=True, entering returns a list that collects each shown
    warning as a WarningMessage instead of printing it. With `action`
    (and `category`, `lineno`, `append`), `simplefilter` is applied inside.
    `module` is the warnings module to work on (this one by default)."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append("record=True")
        if self._module is not sys.modules["warnings"]:
            shown.append("module=%r" % (self._module,))
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        target = self._module
        self._saved = (target.filters, target.showwarning,
                       target._showwarnmsg_impl)
        target.filters = target.filters[:]
        target._filters_mutated()
        if self._filter is not None:
            target.simplefilter(*self._filter)
        if not self._record:
            return None
        collected = []
        target._showwarnmsg_impl = collected.append
        target.showwarning = target._showwarning_orig
        return collected

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        target = self._module
        (target.filters, target.showwarning,
         target._showwarnmsg_impl) = self._saved
        target._filters_mutated()


# --- the -W option syntax ---------------------------------------------------

class _OptionError(Exception):
    """A malformed -W option."""


def _action_named(word):
    if not word:
        return "default"
    if word == "all":
        return "always"
    for action in ("default", "always", "ignore", "module", "once", "error"):
        if action.startswith(word):
            return action
    raise _OptionError("invalid action: %r" % (word,))


def _category_named(name):
    if not name:
        return Warning
    if "." in name:
        module_name, _, attr = name.rpartition(".")
        try:
            holder = __import__(module_name, None, None, [attr])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (module_name,)) from None
        try:
            found = getattr(holder, attr)
        except AttributeError:
            raise _OptionError("unknown warning category: %r" % (name,)) from None
    else:
        if not name.isidentifier():
            raise _OptionError("unknown warning category: %r" % (name,))
        import builtins
        try:
            found = getattr(builtins, name)
        except AttributeError:
            raise _OptionError("unknown warning category: %r" % (name,)) from None
    if not (isinstance(found, type) and issubclass(found, Warning)):
        raise _OptionError("invalid warning category: %r" % (name,))
    return found


def _setoption(arg):
    """Adds the filter a -W option `action:message:category:module:lineno`
    describes (trailing parts may be left out)."""
    parts = arg.split(":")
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    parts += [""] * (5 - len(parts))
    action, message, category, module, lineno = (p.strip() for p in parts)
    action = _action_named(action)
    category = _category_named(category)
    if message or module:
        import re
        if message:
            message = re.escape(message)
        if module:
            module = re.escape(module) + r"\Z"
    if lineno:
        # A negative number is shown as the number, other text as given.
        try:
            lineno = int(lineno)
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
        if lineno < 0:
            raise _OptionError("invalid lineno %r" % (lineno,))
        number = lineno
    else:
        number = 0
    filterwarnings(action, message, category, module, number)


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as err:
            print("Invalid -W option ignored:", err, file=sys.stderr)


# --- deprecations inside the library ---------------------------------------

def _deprecated(name, message="{name!r} is deprecated and slated for removal in Python {remove}",
                *, remove, _version=sys.version_info):
    """Warns that `name` is deprecated and goes away in version `remove`
    (a (major, minor) pair); raises RuntimeError once that version is past
    its alpha."""
    shown = "%s.%s" % (remove[0], remove[1])
    current = tuple(_version[:2])
    if current > tuple(remove) or (current == tuple(remove) and _version[3] != "alpha"):
        raise RuntimeError("%r was slated for removal after Python %s alpha"
                           % (name, shown))
    warn(message.format(name=name, remove=shown), DeprecationWarning,
         stacklevel=3)


# --- the machinery: native when possible ------------------------------------

def _accelerator():
    """The native `_warnings` module, or None when it cannot be imported."""
    try:
        import _warnings
    except ImportError:
        return None
    return _warnings


_native = _accelerator()
if _native is None:
    filters, onceregistry = [], {}
    defaultaction = "default"
    # Every change to the filters bumps this count. A registry records the
    # count it was filled under and is emptied when that count is stale.
    _filters_version = 1

    def _filters_mutated():
        global _filters_version
        _filters_version += 1
else:
    filters = _native.filters
    defaultaction = _native._defaultaction
    onceregistry = _native._onceregistry
    warn = _native.warn
    warn_explicit = _native.warn_explicit
    _filters_mutated = _native._filters_mutated

_processoptions(sys.warnoptions)

if _native is None:
    # The filters _warnings starts with: DeprecationWarning shown only in
    # __main__; pending, import and resource warnings ignored.
    filterwarnings("default", category=DeprecationWarning, module="__main__",
                   append=True)
    for _quiet in (DeprecationWarning, PendingDeprecationWarning,
                   ImportWarning, ResourceWarning):
        simplefilter("ignore", category=_quiet, append=True)
    del _quiet
del _native

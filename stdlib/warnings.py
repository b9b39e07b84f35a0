"""Warning control for coil.

A warning goes through three stages: `warn()` works out where it was issued
(file, line, module, the module's `__warningregistry__`), `warn_explicit()`
looks the warning up in `filters` and decides what to do with it, and the
shown ones are formatted by `formatwarning()` and written by `showwarning()`.
Replacing `showwarning` or `formatwarning` in this module changes how every
later warning is shown.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"]

# The actions a filter may name.
_KNOWN_ACTIONS = ("default", "error", "ignore", "always", "module", "once")

# Each filter is (action, message pattern, category, module pattern, lineno);
# the first one that fits a warning decides. A pattern is None (anything),
# a plain str (the whole text, exactly) or an object with a .match method.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]

# What happens to a warning no filter fits.
defaultaction = "default"

# (text, category) of the warnings already shown under the "once" action.
onceregistry = {}

# Every change to the filters bumps this count. A module's registry records
# the count it was filled under and is emptied when that count is stale, so
# that a new filter applies to warnings already seen once.
_state = {"generation": 1}


def _filters_mutated():
    _state["generation"] += 1


# --- where a warning shows up ------------------------------------------------

class WarningMessage(object):
    """One warning as `catch_warnings(record=True)` records it."""

    # The attribute names, in the order of the constructor's parameters
    # (test.support's warnings helper reads this).
    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

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


def _source_text(filename, lineno):
    try:
        import linecache
        return linecache.getline(filename, lineno)
    except Exception:
        return None


def _render(record):
    """The text CPython prints for one warning: a header line, then the
    stripped source line indented by two spaces when it can be found."""
    head = "%s:%s: %s: %s\n" % (record.filename, record.lineno,
                                record.category.__name__, record.message)
    text = record.line
    if text is None:
        text = _source_text(record.filename, record.lineno)
    if text:
        text = text.strip()
        if text:
            head += "  " + text + "\n"
    return head


def formatwarning(message, category, filename, lineno, line=None):
    """The text showing a warning, as `showwarning()` writes it."""
    return _render(WarningMessage(message, category, filename, lineno, None, line))


def _write_record(record):
    """Writes one warning to its file (sys.stderr when none is given)."""
    stream = record.file
    if stream is None:
        stream = sys.stderr
        if stream is None:
            return
    if formatwarning is _plain_formatwarning:
        text = _render(record)
    else:
        text = formatwarning(record.message, record.category, record.filename,
                             record.lineno, record.line)
    try:
        stream.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to `file` (sys.stderr by default)."""
    _emit(WarningMessage(message, category, filename, lineno, file, line))


# The way records leave this module; catch_warnings(record=True) swaps it
# for the append method of its list.
_emit = _write_record

_plain_formatwarning = formatwarning
_plain_showwarning = showwarning


def _showwarnmsg(record):
    """Shows a warning the way the module is configured now: through a
    replaced `showwarning` if there is one, else directly."""
    shower = globals().get("showwarning", _plain_showwarning)
    if shower is _plain_showwarning:
        _emit(record)
        return
    if not callable(shower):
        raise TypeError("warnings.showwarning() must be set to a "
                        "function or method")
    shower(record.message, record.category, record.filename, record.lineno,
           record.file, record.line)


# --- filters ------------------------------------------------------------------

class _PlainPattern:
    """Stands in for a compiled regular expression when coil has no `re`.
    Only literal patterns are understood (backslash escapes of punctuation
    allowed, and a final \\Z anchor); any other pattern matches nothing."""

    _SPECIAL = set(".^$*+?{}[]|()")

    def __init__(self, pattern, fold):
        self.pattern = pattern
        self._fold = fold
        body, self._whole = pattern, False
        if body.endswith("\\Z"):
            body, self._whole = body[:-2], True
        literal, chars, escaped = True, [], False
        for c in body:
            if escaped:
                if c.isalnum():
                    literal = False
                chars.append(c)
                escaped = False
            elif c == "\\":
                escaped = True
            elif c in self._SPECIAL:
                literal = False
            else:
                chars.append(c)
        self._text = "".join(chars) if literal and not escaped else None

    def match(self, text):
        wanted = self._text
        if wanted is None:
            return None
        if self._fold:
            wanted, text = wanted.lower(), text.lower()
        if self._whole:
            return True if text == wanted else None
        return True if text.startswith(wanted) else None

    def __repr__(self):
        return "re.compile(%r)" % (self.pattern,)


def _pattern(text, fold):
    try:
        import re
    except ImportError:
        return _PlainPattern(text, fold)
    return re.compile(text, re.I) if fold else re.compile(text)


def _install(entry, append):
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        while entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_mutated()


def _check_lineno(lineno):
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Adds a filter in front of `filters` (at the end with append=True).

    `message` is a regular expression the start of the warning text must
    match (ignoring case), `module` one the module name must match, `lineno`
    the line (0 for any); `category` takes its subclasses too."""
    assert action in _KNOWN_ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    _check_lineno(lineno)
    text_test = _pattern(message, True) if message else None
    module_test = _pattern(module, False) if module else None
    _install((action, text_test, category, module_test, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter that fits any message in any module."""
    assert action in _KNOWN_ACTIONS, "invalid action: %r" % (action,)
    _check_lineno(lineno)
    _install((action, None, category, None, lineno), append)


def resetwarnings():
    """Removes every filter, the default ones too."""
    filters[:] = []
    _filters_mutated()


def _fits(test, text):
    if test is None:
        return True
    if type(test) is str:
        return test == text
    return bool(test.match(text))


def _choose(text, category, module, lineno):
    """(action, filter) for a warning; the filter is None for the default."""
    for entry in filters:
        action, text_test, wanted, module_test, line = entry
        if line and line != lineno:
            continue
        if not issubclass(category, wanted):
            continue
        if _fits(text_test, text) and _fits(module_test, module):
            return action, entry
    return globals().get("defaultaction", "default"), None


# --- issuing warnings ---------------------------------------------------------

def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning from the code `stacklevel` frames up (1 is the caller)."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    depth = stacklevel.__index__() if not isinstance(stacklevel, int) else stacklevel
    try:
        frame = sys._getframe(depth) if depth > 0 else sys._getframe(1)
    except ValueError:
        frame = None
    if frame is None:
        scope = sys.__dict__
        filename, lineno = "sys", 1
    else:
        scope = frame.f_globals
        filename, lineno = frame.f_code.co_filename, frame.f_lineno
    module = scope.get("__name__", "<string>") if scope is not None else "<string>"
    registry = scope.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  scope, source)


def _refresh(registry):
    """Empties a registry filled under filters that have changed since."""
    generation = _state["generation"]
    if registry.get("version", 0) != generation:
        registry.clear()
        registry["version"] = generation


def _default_module_name(filename):
    if not filename:
        return "<unknown>"
    if filename.lower().endswith(".py"):
        return filename[:-3]
    return filename


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Issues a warning said to come from `filename` line `lineno`.

    `registry` (a module's `__warningregistry__`) remembers what was already
    shown; `module_globals` lets the source line be found for modules that
    are not plain files."""
    lineno = lineno.__index__()
    if module is None:
        module = _default_module_name(filename)
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module_globals is not None and not isinstance(module_globals, dict):
        raise TypeError("module_globals must be a dict, not '%s'"
                        % type(module_globals).__name__)
    if registry is None:
        registry = {}
    _refresh(registry)
    if isinstance(message, Warning):
        text = str(message)
        category = type(message)
    else:
        text = message
        message = category(message)
    seen_key = (text, category, lineno)
    if registry.get(seen_key):
        return
    action, entry = _choose(text, category, module, lineno)
    if action == "ignore":
        return
    if module_globals is not None:
        try:
            import linecache
            linecache.getlines(filename, module_globals)
        except ImportError:
            pass
    if action == "error":
        raise message
    if action == "always":
        pass
    elif action == "default":
        registry[seen_key] = True
    elif action == "module":
        registry[seen_key] = True
        anywhere = (text, category)
        if registry.get(anywhere):
            return
        registry[anywhere] = True
    elif action == "once":
        registry[seen_key] = True
        shown = globals().get("onceregistry")
        if shown is None:
            shown = {}
        _refresh(shown)
        if shown.get((text, category)):
            return
        shown[(text, category)] = True
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, entry))
    record = WarningMessage(message, category, filename, lineno, source=source)
    globals().get("_showwarnmsg", _showwarnmsg)(record)


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
                       getattr(target, "_emit", None))
        target.filters = list(target.filters)
        target._filters_mutated()
        if self._filter is not None:
            target.simplefilter(*self._filter)
        if not self._record:
            return None
        collected = []
        target._emit = collected.append
        target.showwarning = getattr(target, "_plain_showwarning",
                                     target.showwarning)
        return collected

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        target = self._module
        saved_filters, saved_show, saved_emit = self._saved
        target.filters = saved_filters
        target._filters_mutated()
        target.showwarning = saved_show
        if saved_emit is not None:
            target._emit = saved_emit


# --- the -W option syntax ---------------------------------------------------

class _OptionError(Exception):
    """A malformed -W option."""


def _action_named(word):
    if not word:
        return "default"
    if word == "all":
        return "always"
    for action in _KNOWN_ACTIONS:
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
    else:
        if not name.isidentifier():
            raise _OptionError("unknown warning category: %r" % (name,))
        holder, attr = sys.modules.get("builtins", __builtins__), name
    if isinstance(holder, dict):
        found = holder.get(attr)
    else:
        found = getattr(holder, attr, None)
    if found is None:
        raise _OptionError("unknown warning category: %r" % (name,))
    if not (isinstance(found, type) and issubclass(found, Warning)):
        raise _OptionError("invalid warning category: %r" % (name,))
    return found


# The characters re.escape() puts a backslash in front of.
_REGEX_PUNCTUATION = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def _escape(text):
    return "".join("\\" + c if c in _REGEX_PUNCTUATION else c for c in text)


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
    if message:
        message = _escape(message)
    if module:
        module = _escape(module) + r"\Z"
    if lineno:
        try:
            number = int(lineno)
        except (ValueError, OverflowError):
            number = -1
        if number < 0:
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
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


_processoptions(sys.warnoptions)

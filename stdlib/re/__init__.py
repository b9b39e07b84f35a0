"""Regular expressions (the `re` module of Python 3.11).

Patterns are parsed, compiled and matched by the native `_sre` engine; this
module defines the flags, `error`, the `Pattern` and `Match` objects and the
module-level functions over it.
"""

import enum
import _sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall",
    "finditer", "compile", "purge", "template", "escape", "error", "Pattern",
    "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE",
    "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG",
    "RegexFlag",
]

__version__ = "2.2.1"


@enum.global_enum
class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128
    __str__ = object.__str__


# The flags in the order Pattern reprs name them.
_FLAG_ORDER = ("TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL",
               "UNICODE", "VERBOSE", "DEBUG", "ASCII")


class error(Exception):
    """A pattern or template that cannot be compiled.

    msg, pattern and pos say what is wrong and where; lineno and colno give
    the position as a line and column when pos is known.
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = self.colno = None
        text = msg
        if pattern is not None and pos is not None:
            text = "%s at position %d" % (msg, pos)
            nl = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                text = "%s (line %d, column %d)" % (text, self.lineno, self.colno)
        super().__init__(text)


error.__module__ = "re"
_sre.set_error(error)

_MAXREPEAT = _sre.MAXREPEAT
_MAXSIZE = 9223372036854775807


def _plain(string):
    """The exact str or bytes of string (subclasses may change slicing)."""
    kind = type(string)
    if kind is str or kind is bytes:
        return string
    if isinstance(string, str):
        return str.__str__(string)
    if isinstance(string, bytes):
        return bytes(string)
    return string


def _clamp(value, length):
    if value < 0:
        return 0
    return value if value < length else length


class Pattern:
    """A compiled regular expression (made by re.compile)."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 're.Pattern' is not an acceptable base type")

    @classmethod
    def _make(cls, pattern, flags):
        self = object.__new__(cls)
        prog, all_flags, groups, index = _sre.compile(pattern, flags)
        self._prog = prog
        self.pattern = pattern
        self.flags = all_flags
        self.groups = groups
        self._index = index
        self._names = {number: name for name, number in index.items()}
        return self

    @property
    def groupindex(self):
        import types
        return types.MappingProxyType(self._index)

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~32
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for name in _FLAG_ORDER:
            bit = int(RegexFlag[name])
            if flags & bit:
                names.append("re." + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and type(self.pattern) is type(other.pattern)
                and self.pattern == other.pattern)

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def _found(self, string, pos, endpos, mode):
        spans = _sre.match(self._prog, string, pos, endpos, mode)
        if spans is None:
            return None
        length = len(string)
        return Match._make(self, string, spans, _clamp(pos, length), _clamp(endpos, length))

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """The match at pos, or None."""
        return self._found(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """The match covering string[pos:endpos] entirely, or None."""
        return self._found(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """The first match at or after pos, or None."""
        return self._found(string, pos, endpos, 2)

    def _all(self, string, pos, endpos, limit):
        return _sre.scan(self._prog, string, pos, endpos, limit)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """The matched texts (or groups) of all non-overlapping matches."""
        found = self._all(string, pos, endpos, 0)
        string = _plain(string)
        ngroups = self.groups
        empty = string[:0]
        out = []
        for spans in found:
            if ngroups == 0:
                out.append(string[spans[1]:spans[2]])
            elif ngroups == 1:
                s, e = spans[3], spans[4]
                out.append(empty if s < 0 else string[s:e])
            else:
                row = []
                for k in range(3, 2 * ngroups + 3, 2):
                    s, e = spans[k], spans[k + 1]
                    row.append(empty if s < 0 else string[s:e])
                out.append(tuple(row))
        return out

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """An iterator of Match objects for all non-overlapping matches."""
        length = len(string)
        p, e = _clamp(pos, length), _clamp(endpos, length)
        return iter([Match._make(self, string, spans, p, e)
                     for spans in self._all(string, pos, endpos, 0)])

    def split(self, string, maxsplit=0):
        """string cut at the matches, with the groups' texts between the parts."""
        if maxsplit < 0:
            return [string]
        found = self._all(string, 0, None, maxsplit)
        string = _plain(string)
        out = []
        last = 0
        ngroups = self.groups
        for spans in found:
            out.append(string[last:spans[1]])
            for k in range(3, 2 * ngroups + 3, 2):
                s = spans[k]
                out.append(None if s < 0 else string[s:spans[k + 1]])
            last = spans[2]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        """(new string, number of replacements)."""
        if not callable(repl):
            if isinstance(repl, (str, bytes)):
                return _sre.subn(self._prog, repl, string, count)
            pieces = _sre.template(self._prog, repl)
        found = self._all(string, 0, None, count)
        original = string
        string = _plain(string)
        parts = []
        last = 0
        length = len(string)
        for spans in found:
            parts.append(string[last:spans[1]])
            match = Match._make(self, original, spans, 0, length)
            if callable(repl):
                text = repl(match)
                if text:
                    parts.append(text)
            last = spans[2]
        parts.append(string[last:])
        return string[:0].join(parts), len(found)

    def sub(self, repl, string, count=0):
        """string with the matches replaced by repl (a template or a function)."""
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Stepper(self, string, pos, endpos)


class _Stepper:
    """What Pattern.scanner returns: successive matches, one per call."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        length = len(string)
        self._pos = _clamp(pos, length)
        self._end = _clamp(endpos, length)
        self._after_empty = False
        self._done = False

    def _step(self, mode):
        if self._done or self._pos > self._end:
            return None
        p = self.pattern
        if self._after_empty:
            found = _sre.scan(p._prog, self._string[:self._end], self._pos, None, 2)
            # The first entry may be the empty match already returned.
            found = [s for s in found if not (s[1] == s[2] == self._pos)]
            spans = found[0] if found else None
            if spans is not None and mode == 0 and spans[1] != self._pos:
                spans = None
        else:
            spans = _sre.match(p._prog, self._string, self._pos, self._end, 0 if mode == 0 else 2)
        if spans is None:
            self._done = True
            return None
        self._after_empty = spans[1] == spans[2]
        self._pos = spans[2]
        return Match._make(p, self._string, spans, 0, self._end)

    def match(self):
        return self._step(0)

    def search(self):
        return self._step(2)


class Match:
    """The result of a successful match."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 're.Match' is not an acceptable base type")

    @classmethod
    def _make(cls, pattern, string, spans, pos, endpos):
        self = object.__new__(cls)
        self.re = pattern
        self.string = string
        self._plain = _plain(string)
        self._spans = spans
        self.pos = pos
        self.endpos = endpos
        return self

    @classmethod
    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    @property
    def lastindex(self):
        last = self._spans[0]
        return last if last else None

    @property
    def lastgroup(self):
        last = self._spans[0]
        return self.re._names.get(last) if last else None

    @property
    def regs(self):
        spans = self._spans
        return tuple((spans[k], spans[k + 1]) for k in range(1, len(spans), 2))

    def _number(self, group):
        if isinstance(group, str):
            number = self.re._index.get(group)
        else:
            try:
                number = group.__index__()
            except (AttributeError, TypeError):
                number = None
            if number is not None and not 0 <= number <= self.re.groups:
                number = None
        if number is None:
            raise IndexError("no such group")
        return number

    def _text(self, number, default=None):
        s = self._spans[2 * number + 1]
        if s < 0:
            return default
        return self._plain[s:self._spans[2 * number + 2]]

    def group(self, *groups):
        """The text of one group (0: the whole match), or a tuple for several."""
        if not groups:
            return self._text(0)
        if len(groups) == 1:
            return self._text(self._number(groups[0]))
        return tuple(self._text(self._number(g)) for g in groups)

    def __getitem__(self, group):
        return self._text(self._number(group))

    def groups(self, default=None):
        """The texts of all groups, default for those that did not match."""
        return tuple(self._text(k, default) for k in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """The texts of the named groups by name."""
        return {name: self._text(number, default) for name, number in self.re._index.items()}

    def start(self, group=0):
        return self._spans[2 * self._number(group) + 1]

    def end(self, group=0):
        return self._spans[2 * self._number(group) + 2]

    def span(self, group=0):
        k = 2 * self._number(group) + 1
        return (self._spans[k], self._spans[k + 1])

    def expand(self, template):
        """template with its group references replaced by this match's groups."""
        out = []
        empty = self._plain[:0]
        for piece in _sre.template(self.re._prog, template):
            if isinstance(piece, int):
                text = self._text(piece)
                out.append(empty if text is None else text)
            else:
                out.append(piece)
        return empty.join(out)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._spans[1], self._spans[2], repr(self._text(0))[:50])

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Pattern.__module__ = "re"
Match.__module__ = "re"

_MAXCACHE = 512
_cache = {}


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except KeyError:
        pass
    except TypeError:
        pass
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    compiled = Pattern._make(pattern, flags)
    if not flags & DEBUG:
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    """Compile a regular expression pattern, returning a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """The match of pattern at the start of string, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """The match of pattern covering all of string, or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The first match of pattern anywhere in string, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the matches of pattern replaced by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """(new string, number of replacements) for sub."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """string cut at the matches of pattern."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """All non-overlapping matches of pattern in string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects over string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Empty the cache of compiled patterns."""
    _cache.clear()


def template(pattern, flags=0):
    """Compile a template pattern (deprecated)."""
    import warnings
    warnings.warn("The re.template() function is deprecated as it is an "
                  "undocumented function without an obvious purpose. "
                  "Use re.compile() instead.", DeprecationWarning, stacklevel=2)
    return _compile(pattern, flags | TEMPLATE)


# Characters escape() puts a backslash before.
_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"
_ESCAPES = {ord(ch): "\\" + ch for ch in _SPECIAL}


def escape(pattern):
    """pattern with every character special in a regular expression escaped."""
    if isinstance(pattern, str):
        return pattern.translate(_ESCAPES)
    return pattern.decode("latin-1").translate(_ESCAPES).encode("latin-1")


class Scanner:
    """A simple lexer: a list of (pattern, action) pairs tried in turn."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._actions = {}
        group = 1
        for phrase, action in lexicon:
            inner = _compile(phrase, flags).groups
            parts.append("(%s)" % phrase)
            self._actions[group] = action
            group += inner + 1
        self.scanner = _compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        at = 0
        while True:
            m = self.scanner.match(string, at)
            if m is None:
                break
            end = m.end()
            if end == at:
                break
            action = self._actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            at = end
        return result, string[at:]

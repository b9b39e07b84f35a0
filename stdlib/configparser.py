"""Configuration file parser (INI-style files).

A configuration file is made of sections, each introduced by a "[name]"
header and followed by "name = value" (or "name: value") entries. Values may
continue on indented lines, and may refer to other values through
interpolation. The special section named by DEFAULTSECT supplies defaults for
every other section.
"""

import functools, io, itertools, os, re, sys, warnings
from collections import ChainMap as _ChainMap
from collections.abc import MutableMapping

__all__ = """NoSectionError DuplicateOptionError DuplicateSectionError
NoOptionError InterpolationError InterpolationDepthError
InterpolationMissingOptionError InterpolationSyntaxError ParsingError
MissingSectionHeaderError ConfigParser SafeConfigParser RawConfigParser
Interpolation BasicInterpolation ExtendedInterpolation LegacyInterpolation
SectionProxy ConverterMapping DEFAULTSECT MAX_INTERPOLATION_DEPTH""".split()

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10

_UNSET = object()
_default_dict = dict   # the mapping type used when dict_type is not given


# ---------------------------------------------------------------- errors

class Error(Exception):
    """Base class for configparser exceptions."""

    def __init__(self, msg=""):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__

    def _keep(self, **fields):
        """Store the constructor arguments as attributes and as args."""
        for attr, value in fields.items():
            setattr(self, attr, value)
        self.args = tuple(fields.values())


def _where(source, lineno):
    """'While reading from ...' prefix used by the duplicate errors."""
    text = "While reading from " + repr(source)
    if lineno is not None:
        text += " [line %2d]" % lineno
    return text + ": "


class NoSectionError(Error):
    """Raised when no section matches a requested option."""

    def __init__(self, section):
        Error.__init__(self, "No section: %r" % (section,))
        self._keep(section=section)


class DuplicateSectionError(Error):
    """Raised when a section is added or read twice."""

    def __init__(self, section, source=None, lineno=None):
        if source is None:
            text = "Section %r already exists" % (section,)
        else:
            text = _where(source, lineno) + "section %r already exists" % (section,)
        Error.__init__(self, text)
        self._keep(section=section, source=source, lineno=lineno)


class DuplicateOptionError(Error):
    """Raised when one section holds the same option twice in one read."""

    def __init__(self, section, option, source=None, lineno=None):
        if source is None:
            text = "Option %r in section %r already exists" % (option, section)
        else:
            text = _where(source, lineno) + \
                "option %r in section %r already exists" % (option, section)
        Error.__init__(self, text)
        self._keep(section=section, option=option, source=source, lineno=lineno)


class NoOptionError(Error):
    """Raised when a section lacks the requested option."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self._keep(option=option, section=section)


class InterpolationError(Error):
    """Base class for problems met while expanding a value."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self._keep(option=option, section=section, message=msg)
        self.message = msg


class InterpolationMissingOptionError(InterpolationError):
    """A value refers to an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        text = ("Bad value substitution: option {!r} in section {!r} contains "
                "an interpolation key {!r} which is not a valid option name. "
                "Raw value: {!r}").format(option, section, reference, rawval)
        InterpolationError.__init__(self, option, section, text)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """A value holds a malformed interpolation reference."""


class InterpolationDepthError(InterpolationError):
    """Expanding a value needed too many nested substitutions."""

    def __init__(self, option, section, rawval):
        text = ("Recursion limit exceeded in value substitution: option {!r} "
                "in section {!r} contains an interpolation key which "
                "cannot be substituted in {} steps. Raw value: {!r}"
                ).format(option, section, MAX_INTERPOLATION_DEPTH, rawval)
        InterpolationError.__init__(self, option, section, text)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Collects the lines of a source that could not be parsed."""

    def __init__(self, source=None, filename=None):
        if filename is not None:
            if source is not None:
                raise ValueError("Cannot specify both `filename' and `source'. "
                                 "Use `source'.")
            source = filename
        elif source is None:
            raise ValueError("Required argument `source' not given.")
        Error.__init__(self, "Source contains parsing errors: %r" % source)
        self.source = source
        self.errors = []
        self.args = (source,)

    @property
    def filename(self):
        warnings.warn("The 'filename' attribute will be removed in Python 3.12. "
                      "Use 'source' instead.", DeprecationWarning, stacklevel=2)
        return self.source

    @filename.setter
    def filename(self, value):
        warnings.warn("The 'filename' attribute will be removed in Python 3.12. "
                      "Use 'source' instead.", DeprecationWarning, stacklevel=2)
        self.source = value

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += "\n\t[line %2d]: %s" % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    """Raised when a source has entries before any section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, "File contains no section headers.\nfile: %r, line: %d\n%r"
                       % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.errors = []
        self.args = (filename, lineno, line)


# ---------------------------------------------------------- interpolation

def _as_is(self, parser, section, option, value, *more):
    return value


class Interpolation:
    """Leaves values exactly as they are (no interpolation)."""

    before_get = before_set = before_read = before_write = _as_is


class _Expander(Interpolation):
    """Common machinery of the two reference syntaxes: `sign` starts a
    reference or, doubled, stands for itself; `opener` follows the sign in a
    reference and `ref` matches one whole reference."""

    sign = "%"
    opener = "("
    ref = None

    def before_get(self, parser, section, option, value, defaults):
        out = []
        self._expand(parser, option, section, value, defaults, 1, out, option)
        return "".join(out)

    def before_set(self, parser, section, option, value):
        leftover = self.ref.sub("", value.replace(self.sign * 2, ""))
        where = leftover.find(self.sign)
        if where >= 0:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, where))
        return value

    def _expand(self, parser, option, section, text, lookup, depth, out, origin):
        raw = parser.get(section, origin, raw=True, fallback=text)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(origin, section, raw)
        sign = self.sign
        text = text or ""
        pos = 0
        while pos < len(text):
            hit = text.find(sign, pos)
            if hit < 0:
                out.append(text[pos:])
                return
            out.append(text[pos:hit])
            follower = text[hit + 1:hit + 2]
            if follower == sign:
                out.append(sign)
                pos = hit + 2
                continue
            rest = text[hit:]
            if follower != self.opener:
                raise InterpolationSyntaxError(
                    origin, section, "'%s' must be followed by '%s' or '%s', found: %r"
                    % (sign, sign, self.opener, rest))
            found = self.ref.match(rest)
            if found is None:
                raise InterpolationSyntaxError(
                    origin, section, "bad interpolation variable reference %r" % rest)
            pos = hit + found.end()
            self._reference(parser, origin, section, found.group(1), lookup,
                            depth, out, raw, text[pos:])


class BasicInterpolation(_Expander):
    """Expands %(name)s with the value of option `name` of the same
    section (or DEFAULT); %% stands for a single percent sign."""

    sign = "%"
    opener = "("
    ref = re.compile(r"%\(([^)]+)\)s")

    def _reference(self, parser, origin, section, name, lookup, depth, out, raw, rest):
        key = parser.optionxform(name)
        if key not in lookup:
            raise InterpolationMissingOptionError(origin, section, raw, key) from None
        value = lookup[key]
        if "%" in value:
            self._expand(parser, origin, section, value, lookup, depth + 1, out, origin)
        else:
            out.append(value)


class ExtendedInterpolation(_Expander):
    """Expands ${name} (same section) and ${section:name}; $$ stands for a
    single dollar sign."""

    sign = "$"
    opener = "{"
    ref = re.compile(r"\$\{([^}]+)\}")

    def _reference(self, parser, origin, section, name, lookup, depth, out, raw, rest):
        parts = name.split(":")
        if len(parts) > 2:
            raise InterpolationSyntaxError(
                origin, section, "More than one ':' found: %r" % (rest,))
        try:
            if len(parts) == 1:
                where = section
                key = parser.optionxform(parts[0])
                value = lookup[key]
            else:
                where = parts[0]
                key = parser.optionxform(parts[1])
                value = parser.get(where, key, raw=True)
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(origin, section, raw, ":".join(parts)) from None
        if "$" in value:
            scope = dict(parser.items(where, raw=True))
            self._expand(parser, key, where, value, scope, depth + 1, out, key)
        else:
            out.append(value)


_LEGACY_NOTE = ("LegacyInterpolation has been deprecated since Python 3.2 "
                "and will be removed from the configparser module in Python 3.13. "
                "Use BasicInterpolation or ExtendedInterpolation instead.")


class LegacyInterpolation(Interpolation):
    """Old-style %(name)s expansion done with the % operator (deprecated)."""

    _name_ref = re.compile(r"%\(([^)]*)\)s|.")

    def __init__(self, *args, **kwargs):
        warnings.warn(_LEGACY_NOTE, DeprecationWarning, stacklevel=2)
        super().__init__(*args, **kwargs)

    def before_get(self, parser, section, option, value, vars):
        current = value
        steps = MAX_INTERPOLATION_DEPTH
        while steps and current and "%(" in current:
            steps -= 1
            lowered = self._name_ref.sub(
                lambda m: "%%(%s)s" % parser.optionxform(m.group(1)) if m.group(1) else m.group(0),
                current)
            try:
                current = lowered % vars
            except KeyError as exc:
                raise InterpolationMissingOptionError(
                    option, section, value, exc.args[0]) from None
        if current and "%(" in current:
            raise InterpolationDepthError(option, section, value)
        return current

    def before_set(self, parser, section, option, value):
        return value


# ------------------------------------------------------------- the parser

_SECTION_LINE = re.compile(r"\[(?P<header>.+)\]")
_NONSPACE = re.compile(r"\S")


def _option_regex(delimiters, allow_no_value):
    alternatives = "|".join(re.escape(d) for d in delimiters)
    value_part = r"\s*(?P<vi>%s)\s*(?P<value>.*)" % alternatives
    if allow_no_value:
        return re.compile(r"(?P<option>.*?)(?:%s)?$" % value_part)
    return re.compile(r"(?P<option>.*?)%s$" % value_part)


def _typed_getter(name, kind):
    """A get method converting the value with kind (None: to a boolean)."""
    def method(self, section, option, *, raw=False, vars=None,
               fallback=_UNSET, **kwargs):
        convert = self._convert_to_boolean if kind is None else kind
        return self._get_conv(section, option, convert, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)
    method.__name__ = method.__qualname__ = name
    return method


class RawConfigParser(MutableMapping):
    """Configuration parser without value interpolation."""

    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = _SECTION_LINE
    OPTCRE = _option_regex(("=", ":"), False)
    OPTCRE_NV = _option_regex(("=", ":"), True)
    NONSPACECRE = _NONSPACE
    BOOLEAN_STATES = {"1": True, "yes": True, "true": True, "on": True,
                      "0": False, "no": False, "false": False, "off": False}

    def __init__(self, defaults=None, dict_type=_default_dict, allow_no_value=False, *,
                 delimiters=("=", ":"), comment_prefixes=("#", ";"),
                 inline_comment_prefixes=None, strict=True,
                 empty_lines_in_values=True, default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        self._sections = dict_type()
        self._defaults = dict_type()
        self._converters = ConverterMapping(self)
        self._proxies = dict_type()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        if self._delimiters == ("=", ":"):
            self._optcre = self.OPTCRE_NV if allow_no_value else self.OPTCRE
        else:
            self._optcre = _option_regex(self._delimiters, allow_no_value)
        self._comment_prefixes = tuple(comment_prefixes or ())
        self._inline_comment_prefixes = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        self._interpolation = self._choose_interpolation(interpolation)
        self._converters.update({} if converters is _UNSET else converters)
        if defaults:
            self._read_defaults(defaults)

    def _choose_interpolation(self, given):
        if given is _UNSET:
            given = self._DEFAULT_INTERPOLATION
        if given is None:
            return Interpolation()
        if isinstance(given, Interpolation):
            return given
        raise TypeError("interpolation= must be None or an instance of Interpolation;"
                        " got an object of type %s" % type(given))

    # -- plain queries

    def defaults(self):
        return self._defaults

    def sections(self):
        """The section names, without the default section."""
        return list(self._sections)

    def add_section(self, section):
        """Create an empty section; the default section's name is refused."""
        if section == self.default_section:
            raise ValueError("Invalid section name: %r" % (section,))
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        """Option names of a section followed by those of the defaults."""
        if section not in self._sections:
            raise NoSectionError(section) from None
        names = list(self._sections[section])
        names.extend(k for k in self._defaults if k not in self._sections[section])
        return names

    def has_option(self, section, option):
        key = self.optionxform(option)
        if not section or section == self.default_section:
            return key in self._defaults
        if section not in self._sections:
            return False
        return key in self._sections[section] or key in self._defaults

    def optionxform(self, optionstr):
        return optionstr.lower()

    @property
    def converters(self):
        return self._converters

    # -- reading

    def read(self, filenames, encoding=None):
        """Read the files that exist among filenames; return their names."""
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        if hasattr(io, "text_encoding"):
            encoding = io.text_encoding(encoding)
        done = []
        for name in filenames:
            try:
                with open(name, encoding=encoding) as handle:
                    self._read(handle, name)
            except OSError:
                continue
            done.append(os.fspath(name) if isinstance(name, os.PathLike) else name)
        return done

    def read_file(self, f, source=None):
        """Read from an iterable of lines; source names it in errors."""
        if source is None:
            source = getattr(f, "name", "<???>")
        self._read(f, source)

    def read_string(self, string, source="<string>"):
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source="<dict>"):
        """Load sections from a mapping of section name -> mapping of
        option -> value (values converted with str())."""
        seen = set()
        for section, entries in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in seen:
                    raise
            seen.add(section)
            for key, value in entries.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    def readfp(self, fp, filename=None):
        warnings.warn("This method will be removed in Python 3.12. "
                      "Use 'parser.read_file()' instead.",
                      DeprecationWarning, stacklevel=2)
        self.read_file(fp, source=filename)

    def _read_defaults(self, defaults):
        # Kept as given (keys only pass through optionxform), as 3.11 does.
        for key, value in defaults.items():
            self._defaults[self.optionxform(key)] = value

    def _strip_comments(self, line):
        """(text without comments, stripped; whether a comment was cut)"""
        cut = None
        for prefix in self._inline_comment_prefixes:
            start = line.find(prefix)
            while start >= 0:
                if start == 0 or line[start - 1].isspace():
                    if cut is None or start < cut:
                        cut = start
                    break
                start = line.find(prefix, start + 1)
        stripped = line.strip()
        for prefix in self._comment_prefixes:
            if stripped.startswith(prefix):
                cut = 0
                break
        if cut is None:
            return stripped, False
        return line[:cut].strip(), True

    def _read(self, fp, fpname):
        """Parse one source into the sections; every line that cannot be
        parsed is collected into a single ParsingError raised at the end."""
        seen = set()
        current = None          # dict of the section being filled
        current_name = None
        pending = None          # option whose value may continue
        indent = sys.maxsize
        failure = None
        for lineno, line in enumerate(fp, start=1):
            text, had_comment = self._strip_comments(line)
            if not text:
                if self._empty_lines_in_values:
                    if (not had_comment and current is not None and pending
                            and current[pending] is not None):
                        current[pending].append("")
                else:
                    indent = sys.maxsize
                continue
            lead = _NONSPACE.search(line)
            depth = lead.start() if lead else 0
            if current is not None and pending and depth > indent:
                current[pending].append(text)
                continue
            indent = depth
            header = self.SECTCRE.match(text)
            if header:
                current_name = header.group("header")
                if current_name in self._sections:
                    if self._strict and current_name in seen:
                        raise DuplicateSectionError(current_name, fpname, lineno)
                    current = self._sections[current_name]
                elif current_name == self.default_section:
                    current = self._defaults
                else:
                    current = self._dict()
                    self._sections[current_name] = current
                    self._proxies[current_name] = SectionProxy(self, current_name)
                seen.add(current_name)
                pending = None
                continue
            if current is None:
                raise MissingSectionHeaderError(fpname, lineno, line)
            entry = self._optcre.match(text)
            if not entry:
                failure = self._note_error(failure, fpname, lineno, line)
                continue
            name = entry.group("option")
            value = entry.group("value")
            if not name:
                failure = self._note_error(failure, fpname, lineno, line)
            pending = self.optionxform(name.rstrip())
            if self._strict and (current_name, pending) in seen:
                raise DuplicateOptionError(current_name, pending, fpname, lineno)
            seen.add((current_name, pending))
            current[pending] = None if value is None else [value.strip()]
        self._finish_values()
        if failure is not None:
            raise failure

    @staticmethod
    def _note_error(failure, fpname, lineno, line):
        if failure is None:
            failure = ParsingError(fpname)
        failure.append(lineno, repr(line))
        return failure

    def _finish_values(self):
        """Join the collected lines of every value and let the
        interpolation see the result."""
        everything = itertools.chain(((self.default_section, self._defaults),),
                                     self._sections.items())
        for section, entries in everything:
            for key in list(entries):
                value = entries[key]
                if isinstance(value, list):
                    value = "\n".join(value).rstrip()
                entries[key] = self._interpolation.before_read(self, section, key, value)

    # -- getting values

    def _lookup(self, section, vars):
        """Chain of the vars, the section and the defaults."""
        if section in self._sections:
            own = self._sections[section]
        elif section == self.default_section:
            own = {}
        else:
            raise NoSectionError(section) from None
        extra = {}
        if vars:
            for key, value in vars.items():
                extra[self.optionxform(key)] = None if value is None else str(value)
        return _ChainMap(extra, own, self._defaults)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """Value of an option, interpolated unless raw is true; fallback is
        returned when the section or option does not exist."""
        try:
            scope = self._lookup(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        key = self.optionxform(option)
        if key not in scope:
            if fallback is _UNSET:
                raise NoOptionError(key, section)
            return fallback
        value = scope[key]
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, key, value, scope)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_UNSET, **kwargs):
        try:
            text = self.get(section, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback
        return conv(text)

    getint = _typed_getter("getint", int)
    getfloat = _typed_getter("getfloat", float)
    getboolean = _typed_getter("getboolean", None)

    def _convert_to_boolean(self, value):
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError("Not a boolean: %s" % value)
        return state

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section: (name, SectionProxy) pairs of the mapping.
        With one: (option, value) pairs, defaults included."""
        if section is _UNSET:
            return super().items()
        merged = self._dict()
        merged.update(self._defaults)
        if section in self._sections:
            merged.update(self._sections[section])
        elif section != self.default_section:
            raise NoSectionError(section) from None
        names = list(merged)
        if vars:
            for key, value in vars.items():
                merged[self.optionxform(key)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        expand = self._interpolation.before_get
        return [(name, expand(self, section, name, merged[name], merged)) for name in names]

    def popitem(self):
        """Remove a section other than the default one and return
        (name, proxy); KeyError when there is none."""
        for name in self.sections():
            proxy = self[name]
            del self[name]
            return name, proxy
        raise KeyError

    # -- changing

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        if not section or section == self.default_section:
            target = self._defaults
        elif section in self._sections:
            target = self._sections[section]
        else:
            raise NoSectionError(section) from None
        target[self.optionxform(option)] = value

    def remove_option(self, section, option):
        """Delete an option; returns whether it existed."""
        if not section or section == self.default_section:
            target = self._defaults
        elif section in self._sections:
            target = self._sections[section]
        else:
            raise NoSectionError(section) from None
        key = self.optionxform(option)
        if key not in target:
            return False
        del target[key]
        return True

    def remove_section(self, section):
        """Delete a section; returns whether it existed."""
        if section not in self._sections:
            return False
        del self._sections[section]
        del self._proxies[section]
        return True

    # -- writing

    def write(self, fp, space_around_delimiters=True):
        """Write the configuration in a form read() accepts."""
        sep = self._delimiters[0]
        if space_around_delimiters:
            sep = " %s " % sep
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), sep)
        for name, entries in self._sections.items():
            self._write_section(fp, name, entries.items(), sep)

    def _write_section(self, fp, name, entries, sep):
        lines = ["[%s]\n" % name]
        for key, value in entries:
            value = self._interpolation.before_write(self, name, key, value)
            if value is None and self._allow_no_value:
                lines.append("%s\n" % key)
            else:
                lines.append("%s%s%s\n" % (key, sep, str(value).replace("\n", "\n\t")))
        lines.append("\n")
        for piece in lines:
            fp.write(piece)

    # -- mapping protocol

    def __getitem__(self, key):
        if key == self.default_section or key in self._sections:
            return self._proxies[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        # Assigning a section its own proxy changes nothing; otherwise the
        # section's content is replaced by the mapping.
        if self._proxies.get(key) is value:
            return
        old = self._defaults if key == self.default_section else self._sections.get(key)
        if old is not None:
            old.clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if key not in self._sections:
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return 1 + len(self._sections)

    def __iter__(self):
        yield self.default_section
        yield from list(self._sections)

    def _validate_value_types(self, *, section="", option="", value=""):
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if (not self._allow_no_value or value) and not isinstance(value, str):
            raise TypeError("option values must be strings")


class ConfigParser(RawConfigParser):
    """Configuration parser with %(name)s interpolation by default; only
    strings may be stored."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        self._validate_value_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        self._validate_value_types(section=section)
        super().add_section(section)

    def _read_defaults(self, defaults):
        saved = self._interpolation
        self._interpolation = Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = saved


class SafeConfigParser(ConfigParser):
    """Deprecated alias of ConfigParser."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn(
            "The SafeConfigParser class has been renamed to ConfigParser "
            "in Python 3.2. This alias will be removed in Python 3.12. "
            "Use ConfigParser directly instead.",
            DeprecationWarning, stacklevel=2)


class SectionProxy(MutableMapping):
    """A live view of one section of a parser."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name
        for conv_name in parser.converters:
            method = getattr(parser, "get" + conv_name)
            setattr(self, "get" + conv_name, functools.partial(self.get, _impl=method))

    def __repr__(self):
        return "<Section: %s>" % self._name

    parser = property(lambda self: self._parser, doc="The owning parser.")
    name = property(lambda self: self._name, doc="The section's name.")

    def _names(self):
        owner = self._parser
        if self._name == owner.default_section:
            return owner.defaults()
        return owner.options(self._name)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __getitem__(self, key):
        if key in self:
            return self._parser.get(self._name, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        owner = self._parser
        owner._validate_value_types(option=key, value=value)
        return owner.set(self._name, key, value)

    def __delitem__(self, key):
        if not (key in self and self._parser.remove_option(self._name, key)):
            raise KeyError(key)

    def __len__(self):
        return len(self._names())

    def __iter__(self):
        return iter(self._names())

    def get(self, option, fallback=None, *, raw=False, vars=None,
            _impl=None, **kwargs):
        """Like the parser's get() for this section; fallback defaults to
        None."""
        reader = _impl or self._parser.get
        return reader(self._name, option, raw=raw, vars=vars,
                      fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The parser's converters by name: adding "x" here creates getx() on
    the parser and on every section proxy."""

    _getter_name = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for attr in dir(parser):
            found = self._getter_name.match(attr)
            if found and callable(getattr(parser, attr)):
                self._data[found.group("name")] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise ValueError("Incompatible key: {} (type: {})".format(key, type(key)))
        if not key:
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        method = functools.partial(self._parser._get_conv, conv=value)
        method.converter = value
        setattr(self._parser, "get" + key, method)
        for proxy in self._parser.values():
            setattr(proxy, "get" + key, functools.partial(proxy.get, _impl=method))

    def __delitem__(self, key):
        if not isinstance(key, str) or not key:
            raise KeyError(key)
        del self._data[key]
        for holder in [self._parser, *self._parser.values()]:
            try:
                delattr(holder, "get" + key)
            except AttributeError:
                pass

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

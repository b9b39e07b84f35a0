"""Character-class constants, capwords(), and the Formatter and Template
classes for custom string formatting and `$name` substitution."""

__all__ = """ascii_letters ascii_lowercase ascii_uppercase capwords digits
    hexdigits octdigits printable punctuation whitespace Formatter Template""".split()

ascii_lowercase = "".join(chr(c) for c in range(ord("a"), ord("z") + 1))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "".join(str(d) for d in range(10))
octdigits = digits[:8]
hexdigits = digits + "abcdef" + "ABCDEF"
# every printable ASCII character that is neither a letter, a digit nor a space
punctuation = "".join(chr(c) for c in range(33, 127) if not chr(c).isalnum())
whitespace = " \t\n\r\x0b\x0c"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalize each word of s. Words are split on sep (runs of whitespace
    when sep is None, which also trims and collapses the spacing) and joined
    back with sep (a single space when sep is None)."""
    joiner = " " if sep is None else sep
    return joiner.join([word.capitalize() for word in s.split(sep)])


# ---------------------------------------------------------------------------
# Formatter: str.format's machinery, open to overriding piece by piece.

def _scan_field(text, start):
    """Reads one replacement field whose '{' is at text[start - 1].

    Returns (field_name, format_spec, conversion, index after the closing '}').
    """
    n = len(text)
    pos = start
    in_brackets = False
    while True:
        if pos >= n:
            raise ValueError("expected '}' before end of string")
        ch = text[pos]
        if in_brackets:
            if ch == "]":
                in_brackets = False
        elif ch == "[":
            in_brackets = True
        elif ch == "{":
            raise ValueError("unexpected '{' in field name")
        elif ch in "}:!":
            break
        pos += 1
    name = text[start:pos]
    conversion = None
    if text[pos] == "}":
        return name, "", None, pos + 1
    if text[pos] == "!":
        if pos + 1 >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[pos + 1]
        pos += 2
        if pos >= n:
            raise ValueError("unmatched '{' in format spec")
        if text[pos] == "}":
            return name, "", conversion, pos + 1
        if text[pos] != ":":
            raise ValueError("expected ':' after conversion specifier")
    # text[pos] is ':' -- the spec runs to the '}' that balances the field's '{'
    spec_start = pos + 1
    depth = 1
    pos = spec_start
    while pos < n:
        ch = text[pos]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return name, text[spec_start:pos], conversion, pos + 1
        pos += 1
    raise ValueError("unmatched '{' in format spec")


def _parse_format(text):
    n = len(text)
    pos = 0
    literal_start = 0
    while pos < n:
        ch = text[pos]
        if ch not in "{}":
            pos += 1
            continue
        doubled = pos + 1 < n and text[pos + 1] == ch
        if doubled:
            # keep one brace of the pair with the literal text before it
            yield text[literal_start:pos + 1], None, None, None
            pos += 2
            literal_start = pos
            continue
        if ch == "}":
            raise ValueError("Single '}' encountered in format string")
        if pos + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        literal = text[literal_start:pos]
        name, spec, conversion, pos = _scan_field(text, pos + 1)
        literal_start = pos
        yield literal, name, spec, conversion
    if literal_start < n:
        yield text[literal_start:], None, None, None


def _as_index(part):
    return int(part) if part.isdigit() else part


def _split_field_name(field_name):
    """(first, accessors): first is an int when it is all digits; accessors
    yields (is_attribute, name_or_key) lazily, raising on malformed syntax."""
    cut = len(field_name)
    for i, ch in enumerate(field_name):
        if ch in ".[":
            cut = i
            break
    return _as_index(field_name[:cut]), _accessors(field_name, cut)


def _accessors(field_name, pos):
    n = len(field_name)
    while pos < n:
        ch = field_name[pos]
        if ch == ".":
            end = pos + 1
            while end < n and field_name[end] not in ".[":
                end += 1
            attr = field_name[pos + 1:end]
            if not attr:
                raise ValueError("Empty attribute in format string")
            yield True, attr
            pos = end
        elif ch == "[":
            close = field_name.find("]", pos + 1)
            if close < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[pos + 1:close]
            if not key:
                raise ValueError("Empty attribute in format string")
            yield False, _as_index(key)
            pos = close + 1
            if pos < n and field_name[pos] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


class Formatter:
    """str.format() written as overridable steps: parse, get_field,
    get_value, convert_field, format_field and check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        """(formatted text, next automatic field number or False once fields
        were numbered by hand); format specs nest at most recursion_depth deep."""
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        out = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                auto_arg_index = False
            value, key = self.get_field(field_name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 recursion_depth - 1, auto_arg_index)
            out.append(self.format_field(value, spec))
        return "".join(out), auto_arg_index

    def parse(self, format_string):
        """Yields (literal_text, field_name, format_spec, conversion) tuples;
        the last three are None when the literal text is not followed by a field."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """(object the field names, the key get_value was given for it)."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, name in rest:
            obj = getattr(obj, name) if is_attr else obj[name]
        return obj, first

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        """Called with the keys that were used; does nothing by default."""

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier %s" % (conversion,))


# ---------------------------------------------------------------------------
# Template: $name and ${name} substitution.

class _ChainedLookup:
    """Keyword arguments first, then the mapping."""

    def __init__(self, primary, secondary):
        self._primary = primary
        self._secondary = secondary

    def __getitem__(self, key):
        if key in self._primary:
            return self._primary[key]
        return self._secondary[key]


_NO_MAPPING = {}


def _template_pattern(cls):
    """The compiled regular expression a Template subclass matches
    placeholders with: its own `pattern` text, or one made from its
    delimiter, idpattern and braceidpattern; compiled with its flags in
    verbose mode. The groups: `escaped` (a doubled delimiter), `named`
    ($name), `braced` (${name}) and `invalid` (a delimiter starting none of
    those)."""
    import re
    if "pattern" in cls.__dict__:
        source = cls.pattern
    else:
        mark = re.escape(cls.delimiter)
        ident = cls.idpattern
        braced = cls.braceidpattern or ident
        source = (f"{mark}(?:(?P<escaped>{mark})|(?P<named>{ident})"
                  f"|{{(?P<braced>{braced})}}|(?P<invalid>))")
    return re.compile(source, cls.flags | re.VERBOSE)


class Template:
    """A string with $-placeholders: `$$` is a literal `$`, `$name` and
    `${name}` are replaced by substitute() or safe_substitute().

    Subclasses may change delimiter, idpattern, braceidpattern and flags,
    or give a whole `pattern` with the groups escaped, named, braced and
    invalid."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = None  # re.IGNORECASE, set below once re is imported

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls.pattern = _template_pattern(cls)

    def __init__(self, template):
        self.template = template

    def _invalid(self, match):
        # Counted to the end of the delimiter: its last character's column.
        lines = self.template[:match.start("invalid")].splitlines(True)
        line, column = (len(lines), len(lines[-1])) if lines else (1, 1)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (line, column))

    def _unrecognized(self):
        return ValueError("Unrecognized named group in pattern", self.pattern)

    @staticmethod
    def _lookup(mapping, kws):
        if mapping is _NO_MAPPING:
            return kws
        if kws:
            return _ChainedLookup(kws, mapping)
        return mapping

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        values = self._lookup(mapping, kws)

        def replace(match):
            name = match.group("named") or match.group("braced")
            if name is not None:
                return str(values[name])
            if match.group("escaped") is not None:
                return self.delimiter
            if match.group("invalid") is not None:
                self._invalid(match)
            raise self._unrecognized()
        return self.pattern.sub(replace, self.template)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        values = self._lookup(mapping, kws)

        def replace(match):
            name = match.group("named") or match.group("braced")
            if name is not None:
                try:
                    return str(values[name])
                except KeyError:
                    return match.group()
            if match.group("escaped") is not None:
                return self.delimiter
            if match.group("invalid") is not None:
                return match.group()
            raise self._unrecognized()
        return self.pattern.sub(replace, self.template)

    def is_valid(self):
        """False when the template has a delimiter that starts no placeholder."""
        for match in self.pattern.finditer(self.template):
            if match.group("invalid") is not None:
                return False
            if (match.group("named") is None and match.group("braced") is None
                    and match.group("escaped") is None):
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        """The placeholder names, each once, in order of first appearance."""
        names = []
        for match in self.pattern.finditer(self.template):
            name = match.group("named") or match.group("braced")
            if name is not None:
                if name not in names:
                    names.append(name)
            elif match.group("invalid") is None and match.group("escaped") is None:
                raise self._unrecognized()
        return names


def _finish_template():
    import re
    Template.flags = re.IGNORECASE
    Template.pattern = _template_pattern(Template)


_finish_template()

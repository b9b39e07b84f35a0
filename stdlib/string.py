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
        state = {"auto": 0}
        text = self._render(format_string, args, kwargs, used, 2, state)
        self.check_unused_args(used, args, kwargs)
        return text

    def _render(self, format_string, args, kwargs, used, depth, state):
        if depth < 0:
            raise ValueError("Max string recursion exceeded")
        out = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field_name is None:
                continue
            if field_name == "":
                if state["auto"] is None:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                field_name = str(state["auto"])
                state["auto"] += 1
            elif field_name.isdigit():
                if state["auto"]:
                    raise ValueError("cannot switch from manual field specification "
                                     "to automatic field numbering")
                state["auto"] = None
            value, key = self.get_field(field_name, args, kwargs)
            used.add(key)
            value = self.convert_field(value, conversion)
            spec = self._render(spec, args, kwargs, used, depth - 1, state)
            out.append(self.format_field(value, spec))
        return "".join(out)

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

_ID_START = frozenset(ascii_letters + "_")
_ID_CHARS = frozenset(ascii_letters + digits + "_")


class _ChainedLookup:
    """Keyword arguments first, then the mapping."""

    def __init__(self, primary, secondary):
        self._primary = primary
        self._secondary = secondary

    def __getitem__(self, key):
        if key in self._primary:
            return self._primary[key]
        return self._secondary[key]


def _identifier_end(text, pos):
    """Index just past an identifier starting at pos, or pos if there is none."""
    n = len(text)
    if pos >= n or text[pos] not in _ID_START:
        return pos
    pos += 1
    while pos < n and text[pos] in _ID_CHARS:
        pos += 1
    return pos


class Template:
    """A string with $-placeholders: `$$` is a literal `$`, `$name` and
    `${name}` are replaced by substitute() or safe_substitute()."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _pieces(self):
        """Yields (kind, text, start) in order: kind is 'text' for literal
        text, 'escaped', 'named', 'braced' (text = the identifier) or
        'invalid' (text = the delimiter, start = its index)."""
        text = self.template
        delim = self.delimiter
        width = len(delim)
        pos = 0
        literal_from = 0
        while True:
            at = text.find(delim, pos)
            if at < 0:
                break
            after = at + width
            if text.startswith(delim, after):
                kind, value, resume = "escaped", delim, after + width
            else:
                end = _identifier_end(text, after)
                if end > after:
                    kind, value, resume = "named", text[after:end], end
                elif text.startswith("{", after):
                    end = _identifier_end(text, after + 1)
                    if end > after + 1 and text.startswith("}", end):
                        kind, value, resume = "braced", text[after + 1:end], end + 1
                    else:
                        kind, value, resume = "invalid", delim, after
                else:
                    kind, value, resume = "invalid", delim, after
            if at > literal_from:
                yield "text", text[literal_from:at], literal_from
            yield kind, value, at
            pos = literal_from = resume
        if literal_from < len(text):
            yield "text", text[literal_from:], literal_from

    def _invalid(self, index):
        before = self.template[:index].splitlines(True)
        if not before:
            line, column = 1, 1
        elif before[-1].splitlines()[0] != before[-1]:
            # the text before the placeholder ends with a line break
            line, column = len(before) + 1, 1
        else:
            line, column = len(before), len(before[-1]) + 1
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (line, column))

    def _lookup(self, mapping, kws):
        if mapping is None:
            return kws
        if kws:
            return _ChainedLookup(kws, mapping)
        return mapping

    def substitute(self, mapping=None, /, **kws):
        values = self._lookup(mapping, kws)
        out = []
        for kind, value, start in self._pieces():
            if kind == "text" or kind == "escaped":
                out.append(value)
            elif kind == "invalid":
                self._invalid(start)
            else:
                out.append(str(values[value]))
        return "".join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        values = self._lookup(mapping, kws)
        out = []
        for kind, value, start in self._pieces():
            if kind == "named" or kind == "braced":
                try:
                    out.append(str(values[value]))
                except KeyError:
                    if kind == "named":
                        out.append(self.delimiter + value)
                    else:
                        out.append(self.delimiter + "{" + value + "}")
            else:
                out.append(value)
        return "".join(out)

    def is_valid(self):
        """False when the template has a delimiter that starts no placeholder."""
        return all(kind != "invalid" for kind, _, _ in self._pieces())

    def get_identifiers(self):
        """The placeholder names, each once, in order of first appearance."""
        names = []
        for kind, value, start in self._pieces():
            if (kind == "named" or kind == "braced") and value not in names:
                names.append(value)
        return names

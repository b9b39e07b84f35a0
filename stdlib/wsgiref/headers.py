"""Headers: a mutable, case-insensitive view over a list of (name, value)."""

import re

__all__ = ['Headers']

_SPECIALS = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _param(name, value=None, quote=1):
    """Render one 'name=value' parameter, quoting the value if asked."""
    if value is None or not value:
        return name
    if quote or _SPECIALS.search(value):
        escaped = value.replace('\\', '\\\\').replace('"', '\\"')
        return '%s="%s"' % (name, escaped)
    return '%s=%s' % (name, value)


class Headers:
    """Response headers kept as a list of (name, value) string pairs."""

    def __init__(self, headers=None):
        """Wrap ``headers`` (a list, shared not copied) or a new list."""
        headers = [] if headers is None else headers
        if type(headers) is not list:
            raise TypeError("Headers must be a list of name/value tuples")
        self._headers = headers
        for name, value in headers:
            self._convert_string_type(name)
            self._convert_string_type(value)

    def _convert_string_type(self, value):
        """Return ``value`` if it is exactly a str, else fail."""
        if type(value) is str:
            return value
        raise AssertionError("Header names/values must be"
                             " of type str (got {0})".format(repr(value)))

    def __len__(self):
        return len(self._headers)

    def __setitem__(self, name, val):
        """Replace every ``name`` field with one new one at the end."""
        del self[name]
        self._headers.append((self._convert_string_type(name),
                              self._convert_string_type(val)))

    def __delitem__(self, name):
        """Remove every ``name`` field (no error when absent)."""
        key = self._convert_string_type(name.lower())
        self._headers[:] = [kv for kv in self._headers
                            if kv[0].lower() != key]

    def __getitem__(self, name):
        return self.get(name)

    def __contains__(self, name):
        return self.get(name) is not None

    def get_all(self, name):
        """Every value of ``name``, in order."""
        key = self._convert_string_type(name.lower())
        return [v for k, v in self._headers if k.lower() == key]

    def get(self, name, default=None):
        """First value of ``name`` or ``default``."""
        key = self._convert_string_type(name.lower())
        for k, v in self._headers:
            if k.lower() == key:
                return v
        return default

    def keys(self):
        """Field names in order, repeats kept."""
        return [k for k, _ in self._headers]

    def values(self):
        """Field values in order."""
        return [v for _, v in self._headers]

    def items(self):
        """A copy of the (name, value) list."""
        return self._headers[:]

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self._headers)

    def __str__(self):
        """The header block, each line ending CRLF, plus the blank line."""
        return ''.join("%s: %s\r\n" % kv for kv in self._headers) + "\r\n"

    def __bytes__(self):
        return str(self).encode('iso-8859-1')

    def setdefault(self, name, value):
        """Value of ``name``, adding ``name: value`` first if absent."""
        found = self.get(name)
        if found is None:
            self._headers.append((self._convert_string_type(name),
                                  self._convert_string_type(value)))
            return value
        return found

    def add_header(self, _name, _value, **_params):
        """Add a field with optional parameters (underscores become '-')."""
        parts = []
        if _value is not None:
            parts.append(self._convert_string_type(_value))
        for key, val in _params.items():
            key = self._convert_string_type(key).replace('_', '-')
            if val is None:
                parts.append(key)
            else:
                parts.append(_param(key, self._convert_string_type(val)))
        self._headers.append((self._convert_string_type(_name),
                              "; ".join(parts)))

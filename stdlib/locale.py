"""Locale settings, for coil: only the C locales.

coil formats numbers, compares strings and decodes text the same way
whatever the environment says, so the only locales it offers are "C"
(also called "POSIX") and "C.UTF-8". Text is always UTF-8. Asking for any
other locale raises locale.Error, as CPython does for a locale the system
lacks. Everything here answers what the C locale answers.
"""

import os
import sys

__all__ = ["getlocale", "getdefaultlocale", "getpreferredencoding", "Error",
           "setlocale", "resetlocale", "localeconv", "strcoll", "strxfrm",
           "str", "atof", "atoi", "format", "format_string", "currency",
           "normalize", "LC_CTYPE", "LC_COLLATE", "LC_TIME", "LC_MONETARY",
           "LC_NUMERIC", "LC_ALL", "CHAR_MAX", "getencoding", "LC_MESSAGES"]

_builtin_str = str

# Category numbers as in glibc.
LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6

CHAR_MAX = 127


class Error(Exception):
    pass


_CATEGORY_NAMES = {LC_CTYPE: "LC_CTYPE", LC_NUMERIC: "LC_NUMERIC",
                   LC_TIME: "LC_TIME", LC_COLLATE: "LC_COLLATE",
                   LC_MONETARY: "LC_MONETARY", LC_MESSAGES: "LC_MESSAGES"}

# The spellings of the locales coil has, and the name setlocale() reports.
_KNOWN = {"C": "C", "POSIX": "C", "C.UTF-8": "C.UTF-8", "C.utf8": "C.UTF-8",
          "C.utf-8": "C.UTF-8", "C.UTF8": "C.UTF-8"}

# The current locale of each category; Python starts with the character
# type taken from the environment (UTF-8 here) and the rest "C".
_current = {cat: "C" for cat in _CATEGORY_NAMES}
_current[LC_CTYPE] = "C.UTF-8"


def _from_environment(category):
    for variable in ("LC_ALL", _CATEGORY_NAMES.get(category, "LC_ALL"), "LANG"):
        value = os.environ.get(variable)
        if value:
            return value
    return "C.UTF-8" if category == LC_CTYPE else "C"


def _resolve(category, name):
    if name == "":
        name = _from_environment(category)
        known = _KNOWN.get(name)
        if known is None:
            # An environment locale coil cannot follow: C, keeping UTF-8 text.
            known = "C.UTF-8" if category == LC_CTYPE else "C"
        return known
    known = _KNOWN.get(name)
    if known is None:
        raise Error("unsupported locale setting")
    return known


def _query(category):
    if category == LC_ALL:
        values = [_current[c] for c in sorted(_CATEGORY_NAMES)]
        if all(v == values[0] for v in values):
            return values[0]
        return ";".join("%s=%s" % (_CATEGORY_NAMES[c], _current[c])
                        for c in sorted(_CATEGORY_NAMES))
    return _current[category]


def setlocale(category, locale=None):
    """Sets the locale of `category` (all of them for LC_ALL) and returns
    its name; with locale None only returns the current name."""
    if not isinstance(category, int) or (category != LC_ALL and category not in _CATEGORY_NAMES):
        raise Error("locale query failed" if locale is None else "unsupported locale setting")
    if locale is None:
        return _query(category)
    if not isinstance(locale, _builtin_str):
        try:
            language, encoding = locale
        except (TypeError, ValueError):
            raise TypeError("Locale must be None, a string, or an iterable of "
                            "two strings -- language code, encoding.") from None
        locale = _join(language, encoding)
    targets = sorted(_CATEGORY_NAMES) if category == LC_ALL else [category]
    chosen = {c: _resolve(c, locale) for c in targets}
    _current.update(chosen)
    return _query(category)


def _join(language, encoding):
    if language is None:
        return "C"
    return language if not encoding else language + "." + encoding


def resetlocale(category=LC_ALL):
    setlocale(category, "")


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of a category: (None, None) for "C";
    "C.UTF-8" reads as ('en_US', 'UTF-8'), the alias CPython uses."""
    if category == LC_ALL:
        raise TypeError("category LC_ALL is not supported")
    name = setlocale(category)
    if name == "C":
        return None, None
    return "en_US", "UTF-8"


def getdefaultlocale(envvars=("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")):
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for "
                  "removal in Python 3.15. Use setlocale(), getencoding() and "
                  "getlocale() instead.", DeprecationWarning, stacklevel=2)
    for variable in envvars:
        value = os.environ.get(variable)
        if value:
            if variable == "LANGUAGE":
                value = value.split(":")[0]
            break
    else:
        value = "C"
    if value in _KNOWN:
        return (None, "UTF-8") if _KNOWN[value] == "C" else ("en_US", "UTF-8")
    code, _, encoding = value.partition(".")
    encoding = encoding.partition("@")[0]
    return code, (_canonical_encoding(encoding) if encoding else "UTF-8")


def getencoding():
    return "UTF-8"


def getpreferredencoding(do_setlocale=True):
    """'UTF-8': coil reads and writes text in UTF-8."""
    return "UTF-8"


def _canonical_encoding(name):
    folded = name.lower().replace("-", "").replace("_", "")
    if folded == "utf8":
        return "UTF-8"
    if folded in ("latin1", "iso88591"):
        return "ISO8859-1"
    return name


def normalize(localename):
    """The locale name with its encoding spelled the canonical way
    (C.UTF-8 is en_US.UTF-8, as CPython's alias table has it)."""
    if localename in _KNOWN and _KNOWN[localename] == "C.UTF-8":
        return "en_US.UTF-8"
    code, dot, rest = localename.partition(".")
    if not dot:
        return localename
    encoding, at, modifier = rest.partition("@")
    return code + "." + _canonical_encoding(encoding) + at + modifier


def localeconv():
    """The number formatting conventions of the C locale."""
    return {
        "int_curr_symbol": "",
        "currency_symbol": "",
        "mon_decimal_point": "",
        "mon_thousands_sep": "",
        "mon_grouping": [],
        "positive_sign": "",
        "negative_sign": "",
        "int_frac_digits": CHAR_MAX,
        "frac_digits": CHAR_MAX,
        "p_cs_precedes": CHAR_MAX,
        "p_sep_by_space": CHAR_MAX,
        "n_cs_precedes": CHAR_MAX,
        "n_sep_by_space": CHAR_MAX,
        "p_sign_posn": CHAR_MAX,
        "n_sign_posn": CHAR_MAX,
        "decimal_point": ".",
        "thousands_sep": "",
        "grouping": [],
    }


def strcoll(a, b):
    """Compares two strings by code point, as the C locale does."""
    for position, value in ((1, a), (2, b)):
        if not isinstance(value, _builtin_str):
            raise TypeError("strcoll() argument %d must be str, not %s"
                            % (position, type(value).__name__))
    return (a > b) - (a < b)


def strxfrm(string):
    if not isinstance(string, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(string).__name__)
    return string


def format_string(f, val, grouping=False, monetary=False):
    """`f % val`; the C locale has no thousands separator, so grouping
    changes nothing."""
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    import warnings
    warnings.warn("This method will be removed in a future version of Python. "
                  "Use 'locale.format_string()' instead.",
                  DeprecationWarning, stacklevel=2)
    return format_string(percent, value, grouping, monetary)


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    """A float as text, as '%.12g' shows it."""
    return format_string("%.12g", val)


def delocalize(string):
    """Turns a number written for the locale into one float() reads."""
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))

"""Message catalogs (GNU gettext .mo files) for translated program text.

Without a catalog every function returns the text it was given (the
singular or plural form by the count), which is what programs see when no
translation is installed. `translation()` looks for
LOCALEDIR/LANG/LC_MESSAGES/DOMAIN.mo with the language taken from the
LANGUAGE, LC_ALL, LC_MESSAGES and LANG environment variables. Plural forms
in catalogs follow the English rule (one form for 1, the other for the
rest); a catalog's own Plural-Forms expression is not evaluated.
"""

import os
import sys

__all__ = ["NullTranslations", "GNUTranslations", "Catalog",
           "bindtextdomain", "find", "translation", "install",
           "textdomain", "dgettext", "dngettext", "gettext", "ngettext",
           "pgettext", "dpgettext", "npgettext", "dnpgettext"]

_default_localedir = os.path.join(getattr(sys, "base_prefix", None)
                                  or getattr(sys, "prefix", None) or "/usr",
                                  "share", "locale")

# The separator GNU gettext puts between a context and its message.
_CONTEXT_GLUE = "\x04"


def _english_plural(n):
    return 0 if n == 1 else 1


class NullTranslations:
    """Translations that translate nothing; a base for real catalogs. A
    fallback, when added, gets the messages this one does not know."""

    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._output_charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback is None:
            self._fallback = fallback
        else:
            self._fallback.add_fallback(fallback)

    def gettext(self, message):
        if self._fallback is not None:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback is not None:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback is not None:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback is not None:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        """Makes `_` (and the functions listed in `names`: 'gettext',
        'ngettext', 'pgettext', 'npgettext') builtins bound to this catalog."""
        import builtins
        builtins.__dict__["_"] = self.gettext
        for name in names or ():
            if name in ("gettext", "ngettext", "pgettext", "npgettext"):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    """A catalog read from a GNU .mo file."""

    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495

    VERSIONS = (0, 1)

    def _parse(self, fp):
        data = fp.read()
        name = getattr(fp, "name", "")
        if len(data) < 20:
            raise OSError(0, "Bad magic number", name)
        for order in ("little", "big"):
            if int.from_bytes(data[:4], order) == self.LE_MAGIC:
                break
        else:
            raise OSError(0, "Bad magic number", name)

        def word(at):
            if at + 4 > len(data):
                raise OSError(0, "File is corrupt", name)
            return int.from_bytes(data[at:at + 4], order)

        revision = word(4)
        if revision >> 16 not in self.VERSIONS:
            raise OSError(0, "Bad version number " + str(revision >> 16), name)
        count, originals, translations = word(8), word(12), word(16)
        raw = []
        for i in range(count):
            length, start = word(originals + 8 * i), word(originals + 8 * i + 4)
            tlength, tstart = word(translations + 8 * i), word(translations + 8 * i + 4)
            if start + length > len(data) or tstart + tlength > len(data):
                raise OSError(0, "File is corrupt", name)
            raw.append((data[start:start + length], data[tstart:tstart + tlength]))
        encoding = "ascii"
        for original, translated in raw:
            if original == b"":
                self._read_header(translated.decode("ascii", "replace"))
                encoding = self._charset or "ascii"
        self._catalog = {}
        for original, translated in raw:
            key = original.decode(encoding)
            text = translated.decode(encoding)
            if "\x00" in key:
                singular = key.split("\x00")[0]
                for index, form in enumerate(text.split("\x00")):
                    self._catalog[(singular, index)] = form
            else:
                self._catalog[key] = text
        self.plural = _english_plural

    def _read_header(self, text):
        last = None
        for line in text.split("\n"):
            line = line.strip()
            if not line:
                continue
            if ":" in line:
                key, _, value = line.partition(":")
                last = key.strip().lower()
                self._info[last] = value.strip()
            elif last is not None:
                self._info[last] += "\n" + line
        content = self._info.get("content-type", "")
        for part in content.split(";"):
            part = part.strip()
            if part.lower().startswith("charset="):
                self._charset = part.split("=", 1)[1]

    def gettext(self, message):
        found = self._catalog.get(message)
        if found is not None:
            return found
        return NullTranslations.gettext(self, message)

    def ngettext(self, msgid1, msgid2, n):
        found = self._catalog.get((msgid1, self.plural(n)))
        if found is not None:
            return found
        return NullTranslations.ngettext(self, msgid1, msgid2, n)

    def pgettext(self, context, message):
        found = self._catalog.get(context + _CONTEXT_GLUE + message)
        if found is not None:
            return found
        return NullTranslations.pgettext(self, context, message)

    def npgettext(self, context, msgid1, msgid2, n):
        found = self._catalog.get((context + _CONTEXT_GLUE + msgid1, self.plural(n)))
        if found is not None:
            return found
        return NullTranslations.npgettext(self, context, msgid1, msgid2, n)


def _languages_from_environment():
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return value.split(":")
    return []


def _variants(language):
    """The names to look for a language under, most specific first:
    'de_DE.UTF-8' also looks for 'de_DE', 'de.UTF-8' and 'de'."""
    base, _, modifier = language.partition("@")
    base, _, encoding = base.partition(".")
    code, _, territory = base.partition("_")
    found = []
    for with_territory in ((True, False) if territory else (False,)):
        for with_encoding in ((True, False) if encoding else (False,)):
            for with_modifier in ((True, False) if modifier else (False,)):
                name = code
                if with_territory:
                    name += "_" + territory
                if with_encoding:
                    name += "." + encoding
                if with_modifier:
                    name += "@" + modifier
                found.append(name)
    return found


def find(domain, localedir=None, languages=None, all=False):
    """The .mo file of `domain` for the first language that has one (every
    one with all=True), or None."""
    if localedir is None:
        localedir = _bound_dirs.get(domain, _default_localedir)
    if languages is None:
        languages = _languages_from_environment()
    if "C" not in languages:
        languages = list(languages) + ["C"]
    names = []
    for language in languages:
        for variant in _variants(language):
            if variant not in names:
                names.append(variant)
    hits = []
    for name in names:
        if name == "C":
            break
        path = os.path.join(localedir, name, "LC_MESSAGES", domain + ".mo")
        if os.path.exists(path):
            if not all:
                return path
            hits.append(path)
    return hits if all else None


_loaded = {}


def translation(domain, localedir=None, languages=None, class_=None,
                fallback=False):
    """The catalog of `domain` (chained with the catalogs of the following
    languages). Without any: NullTranslations with fallback=True, else
    FileNotFoundError."""
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if fallback:
            return NullTranslations()
        raise FileNotFoundError(2, "No translation file found for domain", domain)
    maker = class_ or GNUTranslations
    result = None
    for path in paths:
        key = (maker, os.path.abspath(path))
        catalog = _loaded.get(key)
        if catalog is None:
            with open(path, "rb") as stream:
                catalog = _loaded[key] = maker(stream)
        import copy
        catalog = copy.copy(catalog)
        if result is None:
            result = catalog
        else:
            result.add_fallback(catalog)
    return result


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


_bound_dirs = {}
_current_domain = ["messages"]


def textdomain(domain=None):
    """Sets (when given) and returns the domain the module-level functions use."""
    if domain is not None:
        _current_domain[0] = domain
    return _current_domain[0]


def bindtextdomain(domain, localedir=None):
    """Sets (when given) and returns the folder the catalogs of `domain` are in."""
    if localedir is not None:
        _bound_dirs[domain] = localedir
    return _bound_dirs.get(domain, _default_localedir)


def _catalog_for(domain):
    try:
        return translation(domain, _bound_dirs.get(domain))
    except OSError:
        return None


def dgettext(domain, message):
    catalog = _catalog_for(domain)
    return message if catalog is None else catalog.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    catalog = _catalog_for(domain)
    if catalog is None:
        return msgid1 if n == 1 else msgid2
    return catalog.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    catalog = _catalog_for(domain)
    return message if catalog is None else catalog.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    catalog = _catalog_for(domain)
    if catalog is None:
        return msgid1 if n == 1 else msgid2
    return catalog.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain[0], message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain[0], msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain[0], context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain[0], context, msgid1, msgid2, n)


Catalog = translation

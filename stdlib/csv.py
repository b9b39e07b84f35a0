"""CSV file reading and writing (comma separated values).

Reading: csv.reader(iterable_of_lines, dialect='excel', **fmtparams)
Writing: csv.writer(fileobj, dialect='excel', **fmtparams)
Dictionaries: csv.DictReader and csv.DictWriter.
"""

import re
from io import StringIO

import _csv
from _csv import (Error, __version__, writer, reader, register_dialect,
                  unregister_dialect, get_dialect, list_dialects,
                  field_size_limit, QUOTE_MINIMAL, QUOTE_ALL,
                  QUOTE_NONNUMERIC, QUOTE_NONE)
from _csv import Dialect as _Dialect

__all__ = """QUOTE_MINIMAL QUOTE_ALL QUOTE_NONNUMERIC QUOTE_NONE Error Dialect
__doc__ excel excel_tab field_size_limit reader writer register_dialect
get_dialect list_dialects Sniffer unregister_dialect __version__ DictReader
DictWriter unix_dialect""".split()


class Dialect:
    """Describe a CSV dialect.

    Subclass this and set the class attributes to describe a format; the
    attributes are checked when an instance is made.
    """
    _name, _valid = "", False
    delimiter = quotechar = escapechar = lineterminator = None
    doublequote = skipinitialspace = quoting = None

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        self._check()

    def _check(self):
        try:
            _Dialect(self)
        except TypeError as exc:
            raise Error(str(exc)) from None


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = "\t"


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """The usual properties of a CSV file written on UNIX systems."""
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


class DictReader:
    """Read rows of a CSV file as dictionaries keyed by the field names."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.restkey, self.restval = restkey, restval
        self.line_num = 0
        self._fieldnames = fieldnames

    def __iter__(self):
        return self

    def _header(self):
        if self._fieldnames is None:
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    fieldnames = property(_header, lambda self, value: setattr(self, "_fieldnames", value),
                          doc="The field names: given to the constructor, or the first row.")

    def __next__(self):
        names = self._header() if self.line_num == 0 else self._fieldnames
        row = next(self.reader)
        while row == []:
            row = next(self.reader)
        self.line_num = self.reader.line_num
        result = dict(zip(names, row))
        extra = len(row) - len(names)
        if extra > 0:
            result[self.restkey] = row[len(names):]
        elif extra < 0:
            result.update(dict.fromkeys(names[len(row):], self.restval))
        return result


class DictWriter:
    """Write dictionaries as CSV rows, in the order given by fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        mode = extrasaction.lower()
        if mode not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow({name: name for name in self.fieldnames})

    def _cells(self, rowdict):
        if self.extrasaction == "raise":
            unknown = [key for key in rowdict if key not in self.fieldnames]
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(repr(key) for key in unknown))
        return [rowdict.get(name, self.restval) for name in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._cells(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._cells(row) for row in rowdicts)


def _as_number(text):
    """complex when text reads as a number (any kind), else None."""
    try:
        complex(text)
    except (ValueError, OverflowError):
        return None
    return complex


class Sniffer:
    """Guess the format of a CSV sample (delimiter, quote character,
    whether the first row is a header)."""

    def __init__(self):
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        """Return a Dialect subclass describing the sample."""
        found = self._from_quotes(sample, delimiters)
        if found is None:
            delim, skip = self._from_counts(sample, delimiters)
            quote, doubled = '"', False
        else:
            quote, doubled, delim, skip = found
        if not delim:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doubled
        dialect.delimiter = delim
        dialect.quotechar = quote or '"'
        dialect.skipinitialspace = skip
        return dialect

    def _from_quotes(self, sample, delimiters):
        """Look for quoted fields; returns (quote, doublequote, delimiter,
        skipinitialspace) or None when no quoted field is seen."""
        quote_votes = {}
        delim_votes = {}
        spaced = 0
        # A quoted field, optionally preceded by a delimiter (and a space)
        # and followed by a delimiter or a line end.
        shapes = (
            r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
            r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
            r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
            r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
        )
        hits = []
        for shape in shapes:
            hits = list(re.finditer(shape, sample, re.DOTALL | re.MULTILINE))
            if hits:
                break
        if not hits:
            return None
        for m in hits:
            groups = m.groupdict()
            q = groups.get("quote")
            if q:
                quote_votes[q] = quote_votes.get(q, 0) + 1
            d = groups.get("delim")
            if d and (delimiters is None or d in delimiters):
                delim_votes[d] = delim_votes.get(d, 0) + 1
            if groups.get("space"):
                spaced += 1
        quote = max(quote_votes, key=quote_votes.get)
        if delim_votes:
            delim = max(delim_votes, key=delim_votes.get)
            skip = delim_votes[delim] == spaced
            if delim == "\n":
                delim = ""
        else:
            delim = ""
            skip = False
        if not delim:
            delim, skip = self._from_counts(sample, delimiters)
        doubled = self._doubled(sample, quote, delim)
        return quote, doubled, delim, skip

    def _doubled(self, sample, quote, delim):
        if not delim:
            return False
        q = re.escape(quote)
        d = re.escape(delim)
        pattern = (r"((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)"
                   % (d, q, d, q, d, q, d))
        return re.search(pattern, sample, re.MULTILINE) is not None

    def _from_counts(self, sample, delimiters):
        """Pick the character that occurs equally often on most lines."""
        lines = [line for line in sample.split("\n") if line]
        if not lines:
            return "", False
        if delimiters is not None:
            candidates = [c for c in delimiters]
        else:
            seen = []
            for ch in sample:
                if ch not in seen and ch != "\n" and ch != "\r" and ord(ch) < 128:
                    seen.append(ch)
            candidates = seen
        scores = {}
        for ch in candidates:
            counts = {}
            for line in lines:
                n = line.count(ch)
                counts[n] = counts.get(n, 0) + 1
            common, votes = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
            if common == 0:
                continue
            share = votes / len(lines)
            if share >= 0.9 or (len(lines) <= 2 and share == 1.0):
                scores[ch] = (share, common)
        if not scores:
            # Relax: any character present with a stable count on most lines.
            for ch in candidates:
                counts = [line.count(ch) for line in lines]
                if all(counts) and len(set(counts)) == 1:
                    scores[ch] = (1.0, counts[0])
        if not scores:
            return "", False
        best_share = max(share for share, _ in scores.values())
        top = [ch for ch in scores if scores[ch][0] == best_share]
        choice = None
        for ch in self.preferred:
            if ch in top:
                choice = ch
                break
        if choice is None:
            choice = max(top, key=lambda ch: (scores[ch][1], ch))
        after = [line for line in lines if choice + " " in line]
        total = sum(line.count(choice) for line in lines)
        spaced = sum(line.count(choice + " ") for line in lines)
        skip = bool(after) and spaced == total
        return choice, skip

    def has_header(self, sample):
        """Guess whether the first row of the sample is a header row."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        kinds = {col: None for col in range(width)}
        for checked, row in enumerate(rows):
            if checked >= 20:
                break
            if len(row) != width:
                continue
            for col in list(kinds):
                kind = _as_number(row[col])
                if kind is None:
                    kind = len(row[col])
                if kinds[col] is None:
                    kinds[col] = kind
                elif kinds[col] != kind:
                    del kinds[col]
        vote = 0
        for col, kind in kinds.items():
            if kind is None:
                continue
            if isinstance(kind, int) and not isinstance(kind, type):
                vote += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    vote += 1
                else:
                    vote -= 1
        return vote > 0

"""Splitting Python source into tokens, and putting tokens back together.

``tokenize(readline)`` reads bytes lines (``readline`` as of a binary file),
finds the source encoding the way the interpreter does (``detect_encoding``)
and yields TokenInfo tuples ``(type, string, start, end, line)``, the first
being an ENCODING token. ``generate_tokens(readline)`` does the same for str
lines, without the ENCODING token. Positions are (row, column) with rows
counted from 1 and columns from 0. Comments (COMMENT) and non-logical line
ends (NL) are reported too, so the tokens cover the whole text; operators
have the type OP (TokenInfo.exact_type gives the specific one).

``untokenize(tokens)`` turns tokens back into source text: from full 5-tuples
the result reproduces the original spacing; from (type, string) pairs it is
equivalent source with spacing of its own.

Run ``python -m tokenize [-e] [file]`` to print the tokens of a file.
"""

import codecs
import collections
import io
import itertools
import re
import sys

from token import *
from token import EXACT_TOKEN_TYPES

import token as _token_module

__all__ = _token_module.__all__ + ["tokenize", "generate_tokens", "detect_encoding",
                                   "untokenize", "TokenInfo"]

BOM_UTF8 = codecs.BOM_UTF8
tabsize = 8

cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    """One token: its type, its text, where it starts and ends as
    (row, column) pairs, and the physical line(s) it was found on."""

    __slots__ = ()

    def __repr__(self):
        shown = f"{self.type} ({tok_name[self.type]})"
        return (f"TokenInfo(type={shown}, string={self.string!r}, start={self.start!r}, "
                f"end={self.end!r}, line={self.line!r})")

    @property
    def exact_type(self):
        """The specific operator type for OP tokens; the type otherwise."""
        if self.type == OP:
            return EXACT_TOKEN_TYPES.get(self.string, self.type)
        return self.type


class TokenError(Exception):
    """The input ended inside a string or a bracketed/continued statement."""


class StopTokenizing(Exception):
    pass


# --- the lexical grammar, as regular expressions -------------------------

def _alternatives(*patterns):
    return '(' + '|'.join(patterns) + ')'


_DIGITS = r'[0-9](?:_?[0-9])*'
_EXPONENT = r'[eE][-+]?' + _DIGITS
_POINT_FLOAT = _alternatives(_DIGITS + r'\.(?:' + _DIGITS + ')?', r'\.' + _DIGITS) + '(?:' + _EXPONENT + ')?'
_FLOAT = _alternatives(_POINT_FLOAT, _DIGITS + _EXPONENT)
_INTEGER = _alternatives(r'0[xX](?:_?[0-9a-fA-F])+', r'0[bB](?:_?[01])+', r'0[oO](?:_?[0-7])+',
                         r'(?:0(?:_?0)*|[1-9](?:_?[0-9])*)')
_IMAGINARY = _alternatives(_DIGITS + '[jJ]', _FLOAT + '[jJ]')
Number = _alternatives(_IMAGINARY, _FLOAT, _INTEGER)

Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Name = r'\w+'


def _string_prefixes():
    """Every spelling of a valid string prefix: any order, any case."""
    spellings = {''}
    for letters in ('b', 'r', 'u', 'f', 'br', 'fr'):
        for order in {letters, letters[::-1]}:
            for cases in itertools.product(*[(ch, ch.upper()) for ch in order]):
                spellings.add(''.join(cases))
    return spellings


_PREFIXES = _string_prefixes()
StringPrefix = '(?:' + '|'.join(sorted(_PREFIXES, key=lambda p: (-len(p), p))) + ')'

# where a string that began on an earlier line can end, by its opening quote
_QUOTE_ENDS = {
    "'": r"[^'\\]*(?:\\.[^'\\]*)*'",
    '"': r'[^"\\]*(?:\\.[^"\\]*)*"',
    "'''": r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''",
    '"""': r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""',
}
_END_PATTERNS = {quote: re.compile(body) for quote, body in _QUOTE_ENDS.items()}

_TRIPLE_START = StringPrefix + r"(?:'''|" + '""")'
# a one-line string, or the first line of one continued with a backslash
_SINGLE_LINE_STRING = StringPrefix + _alternatives(
    r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + _alternatives("'", r'\\\r?\n'),
    r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + _alternatives('"', r'\\\r?\n'))
_OPERATORS = _alternatives(r'\r?\n', *[re.escape(text) for text in
                                        sorted(EXACT_TOKEN_TYPES, key=lambda t: (-len(t), t))])

# One token after optional blanks. The order of the alternatives decides
# between readings that both match (a number before a name, and so on).
_PSEUDO_TOKEN = re.compile(Whitespace + _alternatives(
    r'\\\r?\n|\Z', Comment, _TRIPLE_START, Number, _OPERATORS, _SINGLE_LINE_STRING, Name))

_TRIPLES = {prefix + quote for prefix in _PREFIXES for quote in ("'''", '"""')}
_SINGLES = {prefix + quote for prefix in _PREFIXES for quote in ("'", '"')}


def _closing_pattern(opening):
    """The end pattern for a string whose text starts with `opening`."""
    quote = opening.lstrip('bBrRuUfF')
    return _END_PATTERNS[quote[:3] if quote[:3] in _END_PATTERNS else quote[:1]]


# --- reading the source ------------------------------------------------------

def _normal_encoding_name(name):
    """utf-8 and latin-1 under their usual aliases become their canonical
    names; anything else is returned as written."""
    folded = name[:12].lower().replace('_', '-')
    if folded == 'utf-8' or folded.startswith('utf-8-'):
        return 'utf-8'
    for latin in ('latin-1', 'iso-8859-1', 'iso-latin-1'):
        if folded == latin or folded.startswith(latin + '-'):
            return 'iso-8859-1'
    return name


def detect_encoding(readline):
    """Reads at most two lines through `readline` (bytes) to find the source
    encoding: a UTF-8 byte order mark and/or a PEP 263 coding comment in the
    first two lines, else utf-8.

    Returns (encoding, lines read). A BOM gives 'utf-8-sig'. SyntaxError for
    an unknown encoding, a cookie contradicting the BOM, or a cookie line
    that is not valid UTF-8.
    """
    filename = getattr(getattr(readline, '__self__', None), 'name', None)
    where = '' if filename is None else f' for {filename!r}'

    def next_line():
        try:
            return readline()
        except StopIteration:
            return b''

    def cookie_of(raw, bom):
        try:
            text = raw.decode('utf-8')
        except UnicodeDecodeError:
            raise SyntaxError('invalid or missing encoding declaration' + where) from None
        found = cookie_re.match(text)
        if found is None:
            return None
        name = _normal_encoding_name(found.group(1))
        try:
            codecs.lookup(name)
        except LookupError:
            if filename is None:
                raise SyntaxError('unknown encoding: ' + name) from None
            raise SyntaxError(f'unknown encoding for {filename!r}: {name}') from None
        if bom:
            if name != 'utf-8':
                raise SyntaxError('encoding problem' + where + ': utf-8')
            name += '-sig'
        return name

    read = []
    first = next_line()
    bom = first.startswith(BOM_UTF8)
    fallback = 'utf-8-sig' if bom else 'utf-8'
    if bom:
        first = first[len(BOM_UTF8):]
    if not first:
        return fallback, read
    read.append(first)
    declared = cookie_of(first, bom)
    if declared:
        return declared, read
    if not blank_re.match(first):
        return fallback, read
    second = next_line()
    if not second:
        return fallback, read
    read.append(second)
    return cookie_of(second, bom) or fallback, read


_builtin_open = open


class _SourceText(io.TextIOWrapper):
    # what tokenize.open() returns: CPython sets `mode` on the wrapper it
    # opens; coil's TextIOWrapper has a read-only one, so it is fixed here
    mode = 'r'

    def __enter__(self):
        # coil's native __enter__ would hand back the base object
        return self


def open(filename):
    """Opens a source file for reading as text in the encoding that
    detect_encoding() finds."""
    raw = _builtin_open(filename, 'rb')
    try:
        encoding, _ = detect_encoding(raw.readline)
        raw.seek(0)
        return _SourceText(raw, encoding, line_buffering=True)
    except BaseException:
        raw.close()
        raise


# --- the tokenizer ---------------------------------------------------------------

def _measure_indent(line):
    """(column, position) after the leading blanks of `line`; tabs go to the
    next multiple of tabsize, a form feed starts counting again."""
    column = position = 0
    for ch in line:
        if ch == ' ':
            column += 1
        elif ch == '\t':
            column = (column // tabsize + 1) * tabsize
        elif ch == '\f':
            column = 0
        else:
            break
        position += 1
    return column, position


def _scan(readline, encoding):
    """The tokenizer proper: `readline` gives physical lines (bytes decoded
    with `encoding` when that is not None)."""
    if encoding is not None:
        if encoding == 'utf-8-sig':
            encoding = 'utf-8'
        yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    row = 0
    depth = 0               # open brackets
    backslash = False       # the previous line ended with a backslash
    levels = [0]            # indentation columns of the open blocks
    string_text = ''        # a string spanning lines: its text so far,
    string_lines = ''       # the lines it occupies,
    string_start = None     # where it began (None when there is none),
    string_end = None       # the pattern that finds its end,
    string_needs_backslash = False  # and whether it was a one-quote string
    line = ''
    previous = ''
    while True:
        previous = line
        try:
            line = readline()
        except StopIteration:
            line = b''
        if encoding is not None:
            line = line.decode(encoding)
        if isinstance(line, bytes):
            line = ''
        row += 1
        pos, stop = 0, len(line)

        if string_start is not None:
            if not line:
                raise TokenError("EOF in multi-line string", string_start)
            closing = string_end.match(line)
            if closing:
                pos = closing.end(0)
                yield TokenInfo(STRING, string_text + line[:pos], string_start, (row, pos),
                                string_lines + line)
                string_text, string_lines, string_start = '', '', None
                string_needs_backslash = False
            elif string_needs_backslash and not line.endswith(('\\\n', '\\\r\n')):
                yield TokenInfo(ERRORTOKEN, string_text + line, string_start, (row, len(line)),
                                string_lines)
                string_text, string_lines, string_start = '', '', None
                continue
            else:
                string_text += line
                string_lines += line
                continue

        elif depth == 0 and not backslash:
            if not line:
                break
            column, pos = _measure_indent(line)
            if pos == stop:
                break
            lead = line[pos]
            if lead in '#\r\n':
                if lead == '#':
                    remark = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, remark, (row, pos), (row, pos + len(remark)), line)
                    pos += len(remark)
                yield TokenInfo(NL, line[pos:], (row, pos), (row, len(line)), line)
                continue
            if column > levels[-1]:
                levels.append(column)
                yield TokenInfo(INDENT, line[:pos], (row, 0), (row, pos), line)
            while column < levels[-1]:
                if column not in levels:
                    raise IndentationError(
                        "unindent does not match any outer indentation level",
                        ("<tokenize>", row, pos, line))
                levels.pop()
                yield TokenInfo(DEDENT, '', (row, pos), (row, pos), line)

        else:
            if not line:
                raise TokenError("EOF in multi-line statement", (row, 0))
            backslash = False

        while pos < stop:
            found = _PSEUDO_TOKEN.match(line, pos)
            if found is None:
                yield TokenInfo(ERRORTOKEN, line[pos], (row, pos), (row, pos + 1), line)
                pos += 1
                continue
            first, last = found.span(1)
            pos = last
            if first == last:
                continue
            text = line[first:last]
            head = line[first]
            here, there = (row, first), (row, last)
            if head in '0123456789' or (head == '.' and text not in ('.', '...')):
                yield TokenInfo(NUMBER, text, here, there, line)
            elif head in '\r\n':
                yield TokenInfo(NL if depth > 0 else NEWLINE, text, here, there, line)
            elif head == '#':
                yield TokenInfo(COMMENT, text, here, there, line)
            elif text in _TRIPLES:
                string_end = _closing_pattern(text)
                closing = string_end.match(line, pos)
                if closing:
                    pos = closing.end(0)
                    yield TokenInfo(STRING, line[first:pos], here, (row, pos), line)
                else:
                    string_start = here
                    string_text, string_lines = line[first:], line
                    break
            elif head in _SINGLES or text[:2] in _SINGLES or text[:3] in _SINGLES:
                if text[-1] == '\n':
                    string_start = here
                    string_end = _closing_pattern(text)
                    string_text, string_lines = line[first:], line
                    string_needs_backslash = True
                    break
                yield TokenInfo(STRING, text, here, there, line)
            elif head.isidentifier():
                yield TokenInfo(NAME, text, here, there, line)
            elif head == '\\':
                backslash = True
            else:
                if head in '([{':
                    depth += 1
                elif head in ')]}':
                    depth -= 1
                yield TokenInfo(OP, text, here, there, line)

    if previous and previous[-1] not in '\r\n' and not previous.strip().startswith('#'):
        yield TokenInfo(NEWLINE, '', (row - 1, len(previous)), (row - 1, len(previous) + 1), '')
    for _ in levels[1:]:
        yield TokenInfo(DEDENT, '', (row, 0), (row, 0), '')
    yield TokenInfo(ENDMARKER, '', (row, 0), (row, 0), '')


def _tokenize(readline, encoding):
    return _scan(readline, encoding)


def tokenize(readline):
    """Tokens of the source read as bytes lines through `readline`
    (typically a binary file's readline), starting with an ENCODING token.
    Reading stops at the first empty line (end of input)."""
    encoding, consumed = detect_encoding(readline)
    lines = itertools.chain(consumed, iter(readline, b''), itertools.repeat(b''))
    return _tokenize(lines.__next__, encoding)


def generate_tokens(readline):
    """Tokens of the source read as str lines through `readline`; no
    ENCODING token comes first."""
    return _scan(readline, None)


_OPENERS = {')': '(', ']': '[', '}': '{'}
_WORDS_AFTER_NUMBERS = {'and', 'else', 'for', 'if', 'in', 'is', 'not', 'or'}
_MAX_INDENT = 100
_MAX_NESTING = 200


def _byte_column(text, column):
    return len(text[:column].encode('utf-8'))


def _c_error(message, row, column, line):
    return SyntaxError(message, ('<string>', row, column + 1, line.rstrip('\n'), row, column + 1))


def _number_trouble(number, follower):
    """The C tokenizer's complaint about a number glued to the next token
    (a name or another number), or None when it accepts the pair."""
    base = number[:2].lower()
    kinds = {'0b': 'binary', '0o': 'octal', '0x': 'hexadecimal'}
    if follower.type == NAME:
        word = follower.string
        if word in _WORDS_AFTER_NUMBERS:
            return None
        if number == '0' and word[0].lower() in 'box':
            base, word = '0' + word[0].lower(), word[1:] or ' '
        if base in kinds:
            if base != '0x' and word.lstrip('_')[:1].isdigit() and word[:2] != '__':
                return f"invalid digit '{word.lstrip('_')[0]}' in {kinds[base]} literal"
            return f"invalid {kinds[base]} literal"
        if number[-1] in 'jJ':
            return "invalid imaginary literal"
        return "invalid decimal literal"
    digit = follower.string[0]
    if base in ('0b', '0o'):
        return f"invalid digit '{digit}' in {kinds[base]} literal"
    if number.strip('0_') == '' and number[0] == '0':
        return ("leading zeros in decimal integer literals are not permitted; "
                "use an 0o prefix for octal integers")
    return "invalid decimal literal"


def _generate_tokens_from_c_tokenizer(source):
    """Tokens of the str `source` shaped like those of CPython's C tokenizer:
    exact operator types, ASYNC/AWAIT, no COMMENT, NL or ENDMARKER tokens,
    NEWLINE and INDENT/DEDENT without text, columns counted in UTF-8 bytes,
    and SyntaxError where that tokenizer rejects the input."""
    # That tokenizer measures indentation where a statement's first token
    # is, so blank lines joined by backslashes open no block: an INDENT is
    # held until the next token and dropped (with its DEDENT) when that
    # token only ends an empty statement.
    shown = []
    waiting = None
    empty_statement = True
    for tok in _c_shaped(source):
        kind = tok.type
        if kind == INDENT:
            waiting = tok
            continue
        if kind == NEWLINE and empty_statement:
            if waiting is not None:
                shown.append(False)
                waiting = None
            continue
        if waiting is not None:
            shown.append(True)
            row = tok.start[0]
            yield waiting._replace(start=(row, -1), end=(row, -1), line=tok.line)
            waiting = None
        if kind == DEDENT:
            if shown and not shown.pop():
                continue
        else:
            empty_statement = kind == NEWLINE
        yield tok


def _c_shaped(source):
    rows = source.splitlines(keepends=True) or ['']
    brackets = []
    indents = 0
    held = None          # the previous pure token, for look-behind
    glued = None         # a NUMBER waiting to see what follows it

    def where(tok):
        first = tok.line.splitlines(keepends=True) or ['']
        last = first[min(tok.end[0] - tok.start[0], len(first) - 1)]
        return ((tok.start[0], _byte_column(first[0], tok.start[1])),
                (tok.end[0], _byte_column(last, tok.end[1])))

    def flush():
        # the held number, once what follows it is known to be acceptable
        nonlocal glued
        if glued is not None:
            start, end = where(glued)
            yield TokenInfo(NUMBER, glued.string, start, end, glued.line)
            glued = None

    try:
        for tok in _scan(io.StringIO(source).readline, None):
            if glued is not None and tok.start == glued.end and tok.type in (NAME, NUMBER):
                trouble = _number_trouble(glued.string, tok)
                if trouble:
                    raise _c_error(trouble, tok.start[0], tok.start[1], tok.line)
            yield from flush()
            kind = tok.type
            previous, held = held, tok
            if kind in (COMMENT, NL, ENDMARKER):
                continue
            if kind == NUMBER:
                glued = tok
                continue
            if kind == ERRORTOKEN:
                char = tok.string
                if char in ' \t':
                    continue
                if len(char) > 1:
                    raise _c_error(f"unterminated string literal (detected at line {tok.end[0]})",
                                   tok.start[0], tok.start[1], tok.line)
                row, col = tok.start
                if not char.isprintable():
                    raise _c_error(f"invalid non-printable character U+{ord(char):04X}", row, col, tok.line)
                if ord(char) >= 128:
                    raise _c_error(f"invalid character '{char}' (U+{ord(char):04X})", row, col, tok.line)
                if char in '\'"':
                    raise _c_error(f"unterminated string literal (detected at line {row})", row, col, tok.line)
                if char == '\\':
                    return
                kind = OP
            if kind == INDENT:
                indents += 1
                if indents >= _MAX_INDENT:
                    return
                yield TokenInfo(INDENT, '', (tok.start[0], -1), (tok.start[0], -1), tok.line)
                continue
            if kind == DEDENT:
                indents -= 1
                row = tok.start[0]
                line = tok.line
                if not line:
                    row = min(row - 1, len(rows)) or 1
                    line = rows[row - 1]
                yield TokenInfo(DEDENT, '', (row, -1), (row, -1), line)
                continue
            if kind == NEWLINE:
                if previous is not None and previous.type == COMMENT and previous.end == tok.start:
                    start, end = where(previous)
                    yield TokenInfo(NEWLINE, previous.string, start, end, tok.line)
                else:
                    if not tok.line:
                        tok = tok._replace(line=rows[tok.start[0] - 1])
                    start, _ = where(tok)
                    yield TokenInfo(NEWLINE, '', start, start, tok.line)
                continue
            if kind == OP:
                text = tok.string
                if text in '([{':
                    brackets.append(text)
                    if len(brackets) > _MAX_NESTING:
                        raise _c_error('too many nested parentheses', tok.start[0], tok.end[1], tok.line)
                elif text in ')]}':
                    if not brackets:
                        raise _c_error(f"unmatched '{text}'", tok.start[0], tok.end[1] - 1, tok.line)
                    opener = brackets.pop()
                    if opener != _OPENERS[text]:
                        raise _c_error(f"closing parenthesis '{text}' does not match opening "
                                       f"parenthesis '{opener}'", tok.start[0], tok.start[1], tok.line)
                kind = EXACT_TOKEN_TYPES.get(text, OP)
            elif kind == NAME and not tok.string.isidentifier():
                for offset, char in enumerate(tok.string):
                    if not ('a' + char).isidentifier():
                        raise _c_error(f"invalid character '{char}' (U+{ord(char):04X})",
                                       tok.start[0], tok.start[1] + offset, tok.line)
            elif kind == NAME and tok.string in ('async', 'await'):
                kind = ASYNC if tok.string == 'async' else AWAIT
            start, end = where(tok)
            yield TokenInfo(kind, tok.string, start, end, tok.line)
    except TokenError as err:
        if err.args[0] == "EOF in multi-line string":
            row, col = err.args[1]
            opening = rows[row - 1][col:].lstrip('bBrRuUfF')
            if opening[:3] in ("'\'\'", '"""'):
                message = f"unterminated triple-quoted string literal (detected at line {len(rows)})"
            else:
                message = f"unterminated string literal (detected at line {row})"
            raise _c_error(message, row, col, rows[row - 1]) from None
        yield from flush()
    except IndentationError:
        yield from flush()


# --- back to source ---------------------------------------------------------------

class Untokenizer:
    """Rebuilds source text from tokens (see untokenize())."""

    def __init__(self):
        # the text pieces so far, and where the last token ended
        self.tokens = []
        self.prev_row, self.prev_col = 1, 0
        # set by an ENCODING token: untokenize() then returns bytes
        self.encoding = None

    def add_whitespace(self, start):
        """Pads from the end of the previous token to `start`: a
        backslash-newline per skipped row, then spaces."""
        row, col = start
        if (row, col) < (self.prev_row, self.prev_col):
            raise ValueError(f"start ({row},{col}) precedes previous end "
                             f"({self.prev_row},{self.prev_col})")
        if row > self.prev_row:
            self.tokens.append("\\\n" * (row - self.prev_row))
            self.prev_col = 0
        if col > self.prev_col:
            self.tokens.append(" " * (col - self.prev_col))

    def untokenize(self, iterable):
        tokens = iter(iterable)
        indents = []
        line_start = False
        for tok in tokens:
            if len(tok) == 2:
                self.compat(tok, tokens)
                break
            kind, text, start, end, _ = tok
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            if kind == INDENT:
                indents.append(text)
                continue
            if kind == DEDENT:
                indents.pop()
                self.prev_row, self.prev_col = end
                continue
            if kind in (NEWLINE, NL):
                line_start = True
            elif line_start and indents:
                if start[1] >= len(indents[-1]):
                    self.tokens.append(indents[-1])
                    self.prev_col = len(indents[-1])
                line_start = False
            self.add_whitespace(start)
            self.tokens.append(text)
            if kind in (NEWLINE, NL):
                self.prev_row, self.prev_col = end[0] + 1, 0
            else:
                self.prev_row, self.prev_col = end
        return ''.join(self.tokens)

    def compat(self, token, iterable):
        """Rebuilds from (type, string) pairs: names and numbers are followed
        by a space, adjacent strings are separated by one, and indentation
        comes from the INDENT tokens."""
        indents = []
        line_start = token[0] in (NEWLINE, NL)
        after_string = False
        for tok in itertools.chain([token], iterable):
            kind, text = tok[:2]
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind in (NAME, NUMBER):
                text += ' '
            if kind == STRING and after_string:
                text = ' ' + text
            after_string = kind == STRING
            if kind == INDENT:
                indents.append(text)
            elif kind == DEDENT:
                indents.pop()
            else:
                if kind in (NEWLINE, NL):
                    line_start = True
                elif line_start and indents:
                    self.tokens.append(indents[-1])
                    line_start = False
                self.tokens.append(text)


def untokenize(iterable):
    """Source text from tokens: 5-tuples (as tokenize() yields) give back
    the original text up to trailing blanks and continuation lines; (type,
    string) pairs give source that tokenizes to the same pairs. The result is
    bytes when an ENCODING token was among the tokens."""
    builder = Untokenizer()
    text = builder.untokenize(iterable)
    if builder.encoding is not None:
        return text.encode(builder.encoding)
    return text


# --- command line -----------------------------------------------------------------------

def main():
    import argparse

    def report(message):
        sys.stderr.write(message)
        sys.stderr.write('\n')

    def fail(message, filename=None, location=None):
        if location:
            report(f"{filename}:{location[0]}:{location[1]}: error: {message}")
        elif filename:
            report(f"{filename}: error: {message}")
        else:
            report(f"error: {message}")
        sys.exit(1)

    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?', metavar='filename.py',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    options = parser.parse_args()
    try:
        if options.filename:
            filename = options.filename
            with _builtin_open(filename, 'rb') as source:
                tokens = list(tokenize(source.readline))
        else:
            filename = "<stdin>"
            tokens = _scan(sys.stdin.readline, None)
        for tok in tokens:
            kind = tok.exact_type if options.exact else tok.type
            span = "%d,%d-%d,%d:" % (tok.start + tok.end)
            print("%-20s%-15s%-15r" % (span, tok_name[kind], tok.string))
    except IndentationError as err:
        line, column = err.args[1][1:3]
        fail(err.args[0], filename, (line, column))
    except TokenError as err:
        line, column = err.args[1]
        fail(err.args[0], filename, (line, column))
    except SyntaxError as err:
        fail(err, filename)
    except OSError as err:
        fail(err)
    except KeyboardInterrupt:
        print("interrupted\n")
    except Exception as err:
        report(f"unexpected error: {err}")
        raise


if __name__ == "__main__":
    main()

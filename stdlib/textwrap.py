"""Breaking paragraphs into lines of a given width (wrap, fill, shorten and
the TextWrapper class behind them), and adjusting indentation (dedent,
indent)."""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# The characters wrapping treats as blanks: ASCII whitespace only.
_BLANKS = "\t\n\x0b\x0c\r "
_BLANK_SET = frozenset(_BLANKS)
# characters after which a run of dashes counts as an em-dash
_DASH_LEADERS = frozenset("!\"'&.,?")


def _wordlike(ch):
    return ch == "_" or ch.isalnum()


def _letterlike(ch):
    # a word character that is not a decimal digit
    return _wordlike(ch) and not ch.isdecimal()


def _char(text, pos):
    """text[pos], or '' outside the string."""
    return text[pos] if 0 <= pos < len(text) else ""


def _is_letter_at(text, pos):
    ch = _char(text, pos)
    return ch != "" and _letterlike(ch)


def _dash_run(text, pos):
    end = pos
    while end < len(text) and text[end] == "-":
        end += 1
    return end - pos


def _em_dash_at(text, pos):
    """Length of an em-dash (two or more '-' then a word character) that
    starts at pos and follows a word character or punctuation, else 0."""
    before = _char(text, pos - 1)
    if before == "" or not (_wordlike(before) or before in _DASH_LEADERS):
        return 0
    run = _dash_run(text, pos)
    if run < 2:
        return 0
    after = _char(text, pos + run)
    return run if after != "" and _wordlike(after) else 0


def _hyphen_break_after(text, dash):
    """Whether a word may be split just after the '-' at index dash: it is
    preceded by two letters (or 'letter-letter') and followed by a letter,
    an optional '-', and another letter."""
    if not (_is_letter_at(text, dash - 1)
            and (_is_letter_at(text, dash - 2)
                 or (_char(text, dash - 2) == "-" and _is_letter_at(text, dash - 3)))):
        return False
    if not _is_letter_at(text, dash + 1):
        return False
    if _char(text, dash + 2) == "-" and _is_letter_at(text, dash + 3):
        return True
    return _is_letter_at(text, dash + 2)


def _word_end(text, start):
    """End of the word chunk that starts at start (a non-blank character)."""
    n = len(text)
    end = start + 1
    while end < n:
        ch = text[end]
        if ch in _BLANK_SET:
            break
        if ch == "-":
            if _hyphen_break_after(text, end):
                return end + 1
            if _em_dash_at(text, end):
                break
        end += 1
    return end


def _chunks_with_hyphens(text):
    """Blank runs, em-dashes, and words split after their inner hyphens."""
    pieces = []
    n = len(text)
    pos = 0
    while pos < n:
        if text[pos] in _BLANK_SET:
            end = pos + 1
            while end < n and text[end] in _BLANK_SET:
                end += 1
        else:
            dashes = _em_dash_at(text, pos) if text[pos] == "-" else 0
            end = pos + dashes if dashes else _word_end(text, pos)
        pieces.append(text[pos:end])
        pos = end
    return pieces


def _chunks_plain(text):
    """Alternating runs of blanks and of everything else."""
    pieces = []
    current = ""
    current_blank = None
    for ch in text:
        blank = ch in _BLANK_SET
        if blank != current_blank and current:
            pieces.append(current)
            current = ""
        current += ch
        current_blank = blank
    if current:
        pieces.append(current)
    return pieces


def _ends_sentence(chunk):
    """A lowercase ASCII letter, then '.', '!' or '?', then maybe a quote."""
    if chunk[-1:] in ("'", '"'):
        chunk = chunk[:-1]
    if len(chunk) < 2 or chunk[-1] not in ".!?":
        return False
    return "a" <= chunk[-2] <= "z"


def _is_blank(chunk):
    return chunk.strip() == ""


class TextWrapper:
    """Wraps text into lines of at most `width` characters.

    The options are attributes, set by the constructor's keywords:
    width, initial_indent, subsequent_indent, expand_tabs, tabsize,
    replace_whitespace, fix_sentence_endings, break_long_words,
    drop_whitespace, break_on_hyphens, max_lines and placeholder.
    wrap() returns the lines, fill() joins them with newlines.
    """

    unicode_whitespace_trans = {ord(ch): ord(" ") for ch in _BLANKS}

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=" [...]"):
        # layout
        self.width = width
        self.max_lines = max_lines
        self.placeholder = placeholder
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        # blanks
        self.tabsize = tabsize
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.drop_whitespace = drop_whitespace
        # where lines may break
        self.break_on_hyphens = break_on_hyphens
        self.break_long_words = break_long_words
        self.fix_sentence_endings = fix_sentence_endings

    # -- the steps, each overridable ----------------------------------------

    def _munge_whitespace(self, text):
        """Tabs expanded (expand_tabs), then every blank made a space
        (replace_whitespace)."""
        spaced = text.expandtabs(self.tabsize) if self.expand_tabs else text
        if not self.replace_whitespace:
            return spaced
        return spaced.translate(self.unicode_whitespace_trans)

    def _split(self, text):
        """The indivisible chunks of text: words and blank runs; with
        break_on_hyphens, hyphenated words are cut after their hyphens
        and em-dashes stand alone."""
        if self.break_on_hyphens is True:
            return _chunks_with_hyphens(text)
        return _chunks_plain(text)

    def _fix_sentence_endings(self, chunks):
        """Makes the single space after a sentence's end two spaces."""
        pos = 0
        while pos + 1 < len(chunks):
            if chunks[pos + 1] == " " and _ends_sentence(chunks[pos]):
                chunks[pos + 1] = "  "
                pos += 2
            else:
                pos += 1

    def _handle_long_word(self, stack, line, used, room):
        """Deals with stack[-1], a chunk longer than a whole line: with
        break_long_words its head fills the rest of the line (ending after
        a hyphen when possible), otherwise it gets a line of its own."""
        space = room - used if room >= 1 else 1
        word = stack[-1]
        if self.break_long_words:
            cut = space
            if self.break_on_hyphens and len(word) > space:
                dash = word.rfind("-", 0, space)
                if dash > 0 and word[:dash].strip("-"):
                    cut = dash + 1
            line.append(word[:cut])
            stack[-1] = word[cut:]
        elif not line:
            line.append(stack.pop())

    def _check_limits(self):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            lead = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(lead) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

    def _fill_line(self, stack, first):
        """Takes chunks off stack (next chunk last) for one line; returns
        (lead, chunks of the line, their total length, room on the line)."""
        lead = self.initial_indent if first else self.subsequent_indent
        room = self.width - len(lead)
        if self.drop_whitespace and not first and stack and _is_blank(stack[-1]):
            stack.pop()
        line = []
        used = 0
        while stack and used + len(stack[-1]) <= room:
            used += len(stack[-1])
            line.append(stack.pop())
        if stack and len(stack[-1]) > room:
            self._handle_long_word(stack, line, used, room)
            used = sum(len(piece) for piece in line)
        if self.drop_whitespace and line and _is_blank(line[-1]):
            used -= len(line[-1])
            line.pop()
        return lead, line, used, room

    def _nothing_left(self, stack):
        if not stack:
            return True
        return self.drop_whitespace and len(stack) == 1 and _is_blank(stack[0])

    def _truncate(self, lines, lead, line, used, room):
        """Ends the output with the placeholder: on this line if it fits
        after some of its words, else after the previous line, else alone."""
        mark = self.placeholder
        while line:
            if not _is_blank(line[-1]) and used + len(mark) <= room:
                lines.append(lead + "".join(line) + mark)
                return
            used -= len(line[-1])
            line.pop()
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(lead + mark.lstrip())

    def _wrap_chunks(self, chunks):
        """Lays the chunks out in lines; chunks is consumed."""
        self._check_limits()
        stack = chunks[::-1]
        del chunks[:]
        lines = []
        while stack:
            lead, line, used, room = self._fill_line(stack, not lines)
            if not line:
                continue
            last_allowed = self.max_lines is not None and len(lines) + 1 >= self.max_lines
            if not last_allowed or (self._nothing_left(stack) and used <= room):
                lines.append(lead + "".join(line))
            else:
                self._truncate(lines, lead, line, used, room)
                break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- public interface ----------------------------------------------------

    def wrap(self, text):
        """The lines (without newlines) text wraps into."""
        pieces = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(pieces)
        return self._wrap_chunks(pieces)

    def fill(self, text):
        """The wrapped text as one string, lines joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wraps one paragraph into lines of at most width characters; the
    keywords are TextWrapper's options. Returns the list of lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Like wrap(), but returns the lines joined by newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses the whitespace of text and, if it is then longer than
    width, cuts it at a word boundary and appends the placeholder."""
    squeezed = " ".join(text.split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(squeezed)


def _leading_blanks(line):
    return line[:len(line) - len(line.lstrip(" \t"))]


def dedent(text):
    """Removes the indentation (spaces and tabs) that every non-blank line
    of text starts with. Lines holding only spaces and tabs become empty."""
    lines = text.split("\n")
    common = None
    for number, line in enumerate(lines):
        lead = _leading_blanks(line)
        if len(lead) == len(line):
            lines[number] = ""
            continue
        if common is None:
            common = lead
        else:
            keep = 0
            for mine, theirs in zip(common, lead):
                if mine != theirs:
                    break
                keep += 1
            common = common[:keep]
    if common:
        cut = len(common)
        lines = [line[cut:] for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Puts prefix in front of the lines of text for which predicate(line)
    is true; by default, the lines that are not only whitespace."""
    out = []
    for line in text.splitlines(True):
        wanted = predicate(line) if predicate is not None else line.strip()
        out.append(prefix + line if wanted else line)
    return "".join(out)

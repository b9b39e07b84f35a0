"""Text wrapping and filling, as CPython 3.11's textwrap module has them.

Written without the re module: the chunk splitter follows the word
separator pattern of CPython's TextWrapper by hand.
"""

__all__ = ["TextWrapper", "wrap", "fill", "dedent", "indent", "shorten"]

# Only these characters count as whitespace for wrapping (not every Unicode space).
_whitespace = "\t\n\x0b\x0c\r "
_WS = frozenset(_whitespace)
_PUNCT = frozenset("!\"'&.,?")


def _is_word(c):
    return c == "_" or c.isalnum()


def _is_letter(c):
    return _is_word(c) and not c.isdecimal()


def _is_word_punct(c):
    return c in _PUNCT or _is_word(c)


def _split_simple(text):
    """Splits into runs of whitespace and runs of anything else."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        ws = text[i] in _WS
        j = i + 1
        while j < n and (text[j] in _WS) == ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _dash_run(text, k):
    """The number of '-' at text[k:]."""
    n = len(text)
    j = k
    while j < n and text[j] == "-":
        j += 1
    return j - k


def _em_dash_ahead(text, k):
    """Whether text[k:] is two or more '-' and then a word character."""
    d = _dash_run(text, k)
    return d >= 2 and k + d < len(text) and _is_word(text[k + d])


def _letter_at(text, k):
    return 0 <= k < len(text) and _is_letter(text[k])


def _match_chunk(text, i):
    """The end of the word separator match starting at i, or -1."""
    n = len(text)
    c = text[i]
    if c in _WS:
        j = i + 1
        while j < n and text[j] in _WS:
            j += 1
        return j
    # an em-dash between words
    if c == "-" and i > 0 and _is_word_punct(text[i - 1]):
        d = _dash_run(text, i)
        if d >= 2 and i + d < n and _is_word(text[i + d]):
            return i + d
    # a word, possibly hyphenated: the shortest run of non-whitespace that
    # ends at a hyphen between letters, at whitespace or the end, or before an em-dash
    k = i + 1
    while True:
        if k < n and text[k] == "-":
            hyphen_ok = ((_letter_at(text, k - 1) and _letter_at(text, k - 2))
                         or (_letter_at(text, k - 1) and k >= 3 and text[k - 2] == "-"
                             and _letter_at(text, k - 3)))
            if hyphen_ok and _letter_at(text, k + 1) and (
                    _letter_at(text, k + 2)
                    or (k + 2 < n and text[k + 2] == "-" and _letter_at(text, k + 3))):
                return k + 1
        if k >= n or text[k] in _WS:
            return k
        if _is_word_punct(text[k - 1]) and _em_dash_ahead(text, k):
            return k
        k += 1


def _split_hyphens(text):
    chunks = []
    n = len(text)
    pos = 0
    i = 0
    while i < n:
        end = _match_chunk(text, i)
        if end < 0:
            i += 1
            continue
        if i > pos:
            chunks.append(text[pos:i])
        chunks.append(text[i:end])
        pos = i = end
    if pos < n:
        chunks.append(text[pos:])
    return chunks


def _sentence_end(chunk):
    """Whether chunk ends with a lowercase letter, one of .!? and maybe a quote."""
    if chunk and chunk[-1] in "\"'":
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in ".!?" and "a" <= chunk[-2] <= "z"


class TextWrapper:
    """Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour.
    If you want to completely replace the main wrapping algorithm,
    you'll probably have to override _wrap_chunks().
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(" "))

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=" [...]"):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into indivisible chunks: words, whitespace runs and,
        with break_on_hyphens, the parts of hyphenated words."""
        if self.break_on_hyphens is True:
            chunks = _split_hyphens(text)
        else:
            chunks = _split_simple(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        """Make sure there are two spaces after the end of each sentence."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _sentence_end(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Handle a chunk of text too long to fit in any line."""
        if width < 1:
            space_left = 1
        else:
            space_left = width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind("-", 0, space_left)
                if hyphen > 0 and any(c != "-" for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Wrap a sequence of text chunks into lines of at most self.width."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            if self.max_lines > 1:
                indent = self.subsequent_indent
            else:
                indent = self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            if self.drop_whitespace and chunks[-1].strip() == "" and lines:
                del chunks[-1]

            while chunks:
                n = len(chunks[-1])
                if cur_len + n <= width:
                    cur_line.append(chunks.pop())
                    cur_len += n
                else:
                    break

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            if self.drop_whitespace and cur_line and cur_line[-1].strip() == "":
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if cur_line:
                if (self.max_lines is None
                        or len(lines) + 1 < self.max_lines
                        or ((not chunks
                             or self.drop_whitespace and len(chunks) == 1
                             and not chunks[0].strip())
                            and cur_len <= width)):
                    lines.append(indent + "".join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + "".join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Wrap the single paragraph in 'text' into a list of lines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap the single paragraph in 'text' into a single string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(" ".join(text.strip().split()))


def dedent(text):
    """Remove any common leading whitespace from every line in `text`."""
    lines = text.split("\n")
    # lines of only blanks and tabs are normalized to empty lines
    for i, line in enumerate(lines):
        if line and not line.strip(" \t"):
            lines[i] = ""
    margin = None
    for line in lines:
        stripped = line.lstrip(" \t")
        if not stripped:
            continue
        lead = line[:len(line) - len(stripped)]
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            for i, (x, y) in enumerate(zip(margin, lead)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        m = len(margin)
        lines = [line[m:] if line.startswith(margin) else line for line in lines]
    return "\n".join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return "".join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))

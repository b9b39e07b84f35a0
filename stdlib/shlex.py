"""Lexical analysis of shell-like syntax (coil's own implementation)."""

from collections import deque
from io import StringIO
import os
import re
import sys

__all__ = ["shlex", "split", "quote", "join"]

_ASCII_WORD = "abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"
_LATIN1_WORD = ("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")
_DEFAULT_PUNCT = "();<>|&"
_PUNCT_EXTRA_WORD = "~-./*?="

_IDLE = " "
_WORD = "a"
_PUNCT = "c"


class shlex:
    """A lexical analyzer class for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is None:
            self.instream = sys.stdin
            self.infile = None
        else:
            self.instream = instream
            self.infile = infile
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        chars = _ASCII_WORD
        if posix:
            chars = chars + _LATIN1_WORD
        self.wordchars = chars
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = "\""
        self.state = _IDLE
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = deque()
        self.source = None
        if punctuation_chars is True:
            punctuation_chars = _DEFAULT_PUNCT
        elif not punctuation_chars:
            punctuation_chars = ""
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = deque()
            extended = self.wordchars + _PUNCT_EXTRA_WORD
            self.wordchars = "".join(c for c in extended
                                     if c not in punctuation_chars)

    punctuation_chars = property(lambda self: self._punctuation_chars,
                                 doc="Characters that form operator tokens.")

    # -- input sources -------------------------------------------------
    def push_token(self, tok):
        """Make *tok* the next token that get_token returns."""
        self.pushback.appendleft(tok)
        if self.debug >= 1:
            print("shlex: pushing token " + repr(tok))

    def push_source(self, newstream, newfile=None):
        "Push an input source onto the lexer's input source stack."
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        saved = (self.infile, self.instream, self.lineno)
        self.filestack.appendleft(saved)
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1
        if self.debug:
            if newfile is not None:
                print("shlex: pushing to file %s" % (self.infile,))
            else:
                print("shlex: pushing to stream %s" % (self.instream,))

    def pop_source(self):
        "Pop the input source stack."
        self.instream.close()
        self.infile, self.instream, self.lineno = self.filestack.popleft()
        if self.debug:
            print("shlex: popping to %s, line %d" % (self.instream,
                                                      self.lineno))
        self.state = _IDLE

    def sourcehook(self, newfile):
        """Open the file named by a `source` token; returns (name, file)."""
        name = newfile
        if name.startswith('"'):
            name = name[1:-1]
        relative_to = self.infile
        if isinstance(relative_to, str) and not os.path.isabs(name):
            name = os.path.join(os.path.dirname(relative_to), name)
        stream = open(name, "r")
        return name, stream

    def error_leader(self, infile=None, lineno=None):
        """A '"file", line N: ' prefix for messages."""
        where = self.infile if infile is None else infile
        line = self.lineno if lineno is None else lineno
        return '"%s", line %d: ' % (where, line)

    # -- tokens ----------------------------------------------------------
    def get_token(self):
        """Next token: pushed-back tokens first, then the input."""
        pending = self.pushback
        if pending:
            tok = pending.popleft()
            if self.debug >= 1:
                print("shlex: popping token " + repr(tok))
            return tok
        while True:
            tok = self.read_token()
            if self.source is not None and tok == self.source:
                target = self.sourcehook(self.read_token())
                if target:
                    self.push_source(target[1], target[0])
                continue
            if tok == self.eof and self.filestack:
                self.pop_source()
                continue
            break
        if self.debug >= 1:
            if tok != self.eof:
                print("shlex: token=" + repr(tok))
            else:
                print("shlex: token=EOF")
        return tok

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        quoted = False
        escaped_from = _IDLE
        posix = self.posix
        while True:
            ch = self._next_char()
            if ch == "\n":
                self.lineno += 1
            st = self.state
            if st is None:
                self.token = ""
                break
            if st == _IDLE:
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    if self.token or (posix and quoted):
                        break
                elif ch in self.commenters:
                    self._skip_comment()
                elif posix and ch in self.escape:
                    escaped_from = _WORD
                    self.state = ch
                elif ch in self.wordchars:
                    self.token = ch
                    self.state = _WORD
                elif ch in self._punctuation_chars:
                    self.token = ch
                    self.state = _PUNCT
                elif ch in self.quotes:
                    if not posix:
                        self.token = ch
                    self.state = ch
                elif self.whitespace_split:
                    self.token = ch
                    self.state = _WORD
                else:
                    self.token = ch
                    if self.token or (posix and quoted):
                        break
            elif st in self.quotes:
                quoted = True
                if not ch:
                    raise ValueError("No closing quotation")
                if ch == st:
                    if posix:
                        self.state = _WORD
                    else:
                        self.token += ch
                        self.state = _IDLE
                        break
                elif posix and ch in self.escape and st in self.escapedquotes:
                    escaped_from = st
                    self.state = ch
                else:
                    self.token += ch
            elif st in self.escape:
                if not ch:
                    raise ValueError("No escaped character")
                if (escaped_from in self.quotes and ch != st
                        and ch != escaped_from):
                    self.token += st
                self.token += ch
                self.state = escaped_from
            elif st == _WORD or st == _PUNCT:
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    self.state = _IDLE
                    if self.token or (posix and quoted):
                        break
                elif ch in self.commenters:
                    self._skip_comment()
                    if posix:
                        self.state = _IDLE
                        if self.token or (posix and quoted):
                            break
                elif st == _PUNCT:
                    if ch in self._punctuation_chars:
                        self.token += ch
                    else:
                        if ch not in self.whitespace:
                            self._pushback_chars.append(ch)
                        self.state = _IDLE
                        break
                elif posix and ch in self.quotes:
                    self.state = ch
                elif posix and ch in self.escape:
                    escaped_from = _WORD
                    self.state = ch
                elif (ch in self.wordchars or ch in self.quotes
                      or (self.whitespace_split
                          and ch not in self._punctuation_chars)):
                    self.token += ch
                else:
                    if self._punctuation_chars:
                        self._pushback_chars.append(ch)
                    else:
                        self.pushback.appendleft(ch)
                    self.state = _IDLE
                    if self.token or (posix and quoted):
                        break
        result = self.token
        self.token = ""
        if posix and not quoted and result == "":
            result = None
        if self.debug > 1:
            if result:
                print("shlex: raw token=" + repr(result))
            else:
                print("shlex: raw token=EOF")
        return result

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def split(s, comments=False, posix=True):
    """List of the words of *s*, split as a POSIX shell would."""
    if s is None:
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.commenters = lexer.commenters if comments else ""
    lexer.whitespace_split = True
    words = [w for w in lexer]
    return words


def join(split_command):
    """Return a shell-escaped string from *split_command*."""
    return " ".join([quote(part) for part in split_command])


_needs_quoting = re.compile(r"[^\w@%+=:,./-]", re.ASCII).search


def quote(s):
    """Return a shell-escaped version of the string *s*."""
    if not s:
        return "''"
    if _needs_quoting(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"

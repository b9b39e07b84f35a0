//! A thin wrapper over the logos lexer: yields `(start, token, end)` triples with
//! byte offsets into the whole source, and turns lexing failures into
//! [`SyntaxError`]s with CPython's messages.

use super::ast::Span;
use super::diag::SyntaxError;
use super::token::{LexError, Token};
use logos::Logos;

/// A token with its byte span `start..end`.
pub type Spanned = (usize, Token, usize);

/// Keywords that may directly follow a number literal (`1if x else 2`).
const NUMBER_SUFFIX_KEYWORDS: [&str; 8] = ["and", "else", "for", "if", "in", "is", "not", "or"];

/// Iterator over the raw tokens of `source[start..end]`; stops after the first error.
pub struct Lexer<'a> {
    source: &'a str,
    inner: logos::Lexer<'a, Token>,
    failed: bool,
    /// Goes on after a stray ASCII character (`$`, `?`, `!`), which CPython's
    /// tokenizer passes to its parser as an operator (see `Tokens::tokenizer_only`).
    pub(crate) past_stray: bool,
}

impl<'a> Lexer<'a> {
    /// Lexes the whole of `source` (the front-end tests' entry point).
    #[cfg_attr(not(feature = "internals"), allow(dead_code))]
    pub fn new(source: &'a str) -> Lexer<'a> {
        Lexer::with_range(source, 0, source.len())
    }

    /// Lexes `source[start..end]`, reporting spans relative to the whole `source`.
    /// Both bounds must be character boundaries.
    pub fn with_range(source: &'a str, start: usize, end: usize) -> Lexer<'a> {
        let mut inner = Token::lexer(&source[..end]);
        inner.bump(start);
        Lexer { source, inner, failed: false, past_stray: false }
    }

    fn error(&self, err: LexError, span: std::ops::Range<usize>) -> SyntaxError {
        let at = Span::new(span.start, span.start + 1);
        match err {
            LexError::UnterminatedString => {
                let line = line_of(self.source, span.start);
                SyntaxError::new(format!("unterminated string literal (detected at line {line})"), at)
            }
            LexError::UnterminatedTriple => {
                let line = line_of(self.source, span.end.saturating_sub(1).max(span.start));
                let msg = format!("unterminated triple-quoted string literal (detected at line {line})");
                SyntaxError::new(msg, at)
            }
            LexError::Invalid => {
                let c = self.source[span.start..].chars().next().unwrap_or(' ');
                let msg = if (c.is_control() && !c.is_whitespace()) || is_format_or_private(c) {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                } else if !c.is_ascii() {
                    format!("invalid character '{c}' (U+{:04X})", c as u32)
                } else {
                    "invalid syntax".to_string()
                };
                SyntaxError::new(msg, Span::new(span.start, span.start + c.len_utf8()))
            }
        }
    }

    /// Checks that a number literal is not directly followed by a name character.
    fn check_number_end(&self, start: usize, end: usize) -> Result<(), SyntaxError> {
        let rest = &self.source[end..self.inner.source().len()];
        let Some(c) = rest.chars().next() else { return Ok(()) };
        if !(c.is_alphanumeric() || c == '_') {
            return Ok(());
        }
        let word: &str = rest.split(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or("");
        if NUMBER_SUFFIX_KEYWORDS.iter().any(|k| word.starts_with(k)) {
            return Ok(());
        }
        let text = &self.source[start..end];
        let lower = text.to_ascii_lowercase();
        let imaginary = lower.ends_with('j');
        let msg = if imaginary {
            "invalid imaginary literal"
        } else if lower.starts_with("0x") {
            "invalid hexadecimal literal"
        } else if lower.starts_with("0o") {
            "invalid octal literal"
        } else if lower.starts_with("0b") {
            "invalid binary literal"
        } else {
            "invalid decimal literal"
        };
        // The caret goes under the last character read: the number's last one,
        // or an underscore that no digit follows.
        let at = if c == '_' && !imaginary { end } else { end - 1 };
        Err(SyntaxError::new(msg, Span::new(at, at + 1)))
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        let tok = self.inner.next()?;
        let span = self.inner.span();
        let result = match tok {
            Ok(Token::Backslash) => {
                if span.end >= self.inner.source().len() {
                    Err(SyntaxError::new("unexpected EOF while parsing", Span::new(span.start, span.end)))
                } else {
                    // CPython marks the character after the backslash.
                    let msg = "unexpected character after line continuation character";
                    Err(SyntaxError::new(msg, Span::new(span.end, span.end + 1)))
                }
            }
            Ok(Token::Name) if !self.source.as_bytes()[span.start..span.end].is_ascii() => {
                check_identifier(&self.source[span.start..span.end], span.start)
                    .map(|()| (span.start, Token::Name, span.end))
            }
            Ok(Token::Number) => {
                self.check_number_end(span.start, span.end).map(|()| (span.start, Token::Number, span.end))
            }
            Ok(tok) => Ok((span.start, tok, span.end)),
            Err(err) => Err(self.error(err, span)),
        };
        self.failed = result.as_ref().is_err_and(|e| !(self.past_stray && is_stray(e)));
        Some(result)
    }
}

/// Whether a lexing error is a stray character CPython's tokenizer lets through.
pub(crate) fn is_stray(err: &SyntaxError) -> bool {
    err.msg == "invalid syntax"
}

/// Whether `c` is a format character (general category Cf, like U+FEFF) or
/// for private use (Co): not printable, as CPython words the error.
fn is_format_or_private(c: char) -> bool {
    matches!(
        c as u32,
        0xAD | 0x600..=0x605
            | 0x61C
            | 0x6DD
            | 0x70F
            | 0x890..=0x891
            | 0x8E2
            | 0x180E
            | 0x200B..=0x200F
            | 0x202A..=0x202E
            | 0x2060..=0x2064
            | 0x2066..=0x206F
            | 0xE000..=0xF8FF
            | 0xFEFF
            | 0xFFF9..=0xFFFB
            | 0x110BD
            | 0x110CD
            | 0x13430..=0x1343F
            | 0x1BCA0..=0x1BCA3
            | 0x1D173..=0x1D17A
            | 0xE0001
            | 0xE0020..=0xE007F
            | 0xF0000..=0x10FFFF
    )
}

/// Rejects characters that cannot appear in a non-ASCII identifier.
fn check_identifier(name: &str, pos: usize) -> Result<(), SyntaxError> {
    for (i, c) in name.char_indices() {
        let ok = c == '_' || if i == 0 { c.is_alphabetic() } else { c.is_alphanumeric() };
        if !ok {
            let msg = if c.is_whitespace() || c.is_control() || is_format_or_private(c) {
                format!("invalid non-printable character U+{:04X}", c as u32)
            } else {
                format!("invalid character '{c}' (U+{:04X})", c as u32)
            };
            return Err(SyntaxError::new(msg, Span::new(pos + i, pos + i + c.len_utf8())));
        }
    }
    Ok(())
}

/// The 1-based line number of byte offset `pos`.
pub fn line_of(source: &str, pos: usize) -> usize {
    let pos = pos.min(source.len());
    source.as_bytes()[..pos].iter().filter(|&&b| b == b'\n').count() + 1
}

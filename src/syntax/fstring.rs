//! Splits the body of an f-string literal into literal text and replacement
//! fields `{expr!conv:spec}` (with `{{`/`}}` escapes, nested fields in format
//! specs and the `{expr=}` debug form). Each expression is parsed by the
//! expression parser directly on the source, so its spans are real positions.

use super::ast::{FStringPart, Span};
use super::diag::SyntaxError;
use super::literal::{push_literal, unescape};
use super::parser::parse_fstring_expr;

/// Parses the f-string body `src[start..end]` (between the quotes).
pub fn parse(src: &str, start: usize, end: usize, raw: bool) -> Result<Vec<FStringPart>, SyntaxError> {
    let mut scanner = Scanner { src, bytes: src.as_bytes(), pos: start, end, raw };
    scanner.parts(false, 0)
}

struct Scanner<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    end: usize,
    raw: bool,
}

impl Scanner<'_> {
    fn peek(&self, ahead: usize) -> Option<u8> {
        let i = self.pos + ahead;
        if i < self.end {
            Some(self.bytes[i])
        } else {
            None
        }
    }

    fn error(&self, msg: &str) -> SyntaxError {
        let sep = if msg.starts_with("expression part") { " " } else { ": " };
        SyntaxError::new(format!("f-string{sep}{msg}"), Span::new(self.pos, self.pos + 1))
    }

    /// Decodes the literal text `src[from..to]` onto `parts`.
    fn literal(&self, parts: &mut Vec<FStringPart>, from: usize, to: usize) -> Result<(), SyntaxError> {
        if from < to {
            let mut text = String::new();
            unescape(self.src, from, to, self.raw, false, &mut |c| text.push(crate::codepoint::from_code_point(c).unwrap_or('\u{FFFD}')))?;
            push_literal(parts, text);
        }
        Ok(())
    }

    /// Literal text and fields up to the end, or up to the `}` closing a format spec.
    fn parts(&mut self, in_spec: bool, depth: usize) -> Result<Vec<FStringPart>, SyntaxError> {
        let mut parts = Vec::new();
        let mut lit = self.pos;
        while let Some(c) = self.peek(0) {
            match c {
                b'\\' if !self.raw => {
                    let skip = if self.peek(1) == Some(b'N') && self.peek(2) == Some(b'{') {
                        self.src[self.pos..self.end].find('}').map_or(self.end - self.pos, |i| i + 1)
                    } else {
                        1 + self.src[self.pos + 1..self.end].chars().next().map_or(0, char::len_utf8)
                    };
                    self.pos += skip;
                }
                b'{' if !in_spec && self.peek(1) == Some(b'{') => {
                    self.literal(&mut parts, lit, self.pos + 1)?;
                    self.pos += 2;
                    lit = self.pos;
                }
                b'{' => {
                    self.literal(&mut parts, lit, self.pos)?;
                    parts.push(self.field(depth)?);
                    lit = self.pos;
                }
                b'}' if in_spec => break,
                b'}' if self.peek(1) == Some(b'}') => {
                    self.literal(&mut parts, lit, self.pos + 1)?;
                    self.pos += 2;
                    lit = self.pos;
                }
                b'}' => return Err(self.error("single '}' is not allowed")),
                _ => self.pos += 1,
            }
        }
        self.literal(&mut parts, lit, self.pos)?;
        if in_spec && self.peek(0).is_none() {
            return Err(self.error("expecting '}'"));
        }
        Ok(parts)
    }

    /// One replacement field; `pos` is at its `{` and ends after its `}`.
    fn field(&mut self, depth: usize) -> Result<FStringPart, SyntaxError> {
        if depth >= 2 {
            return Err(self.error("expressions nested too deeply"));
        }
        self.pos += 1;
        let expr_start = self.pos;
        self.skip_expression()?;
        let expr_end = self.pos;
        if self.src[expr_start..expr_end].trim().is_empty() {
            return Err(self.error("empty expression not allowed"));
        }
        let mut debug_text = None;
        if self.peek(0) == Some(b'=') {
            self.pos += 1;
            while matches!(self.peek(0), Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0C')) {
                self.pos += 1;
            }
            debug_text = Some(self.src[expr_start..self.pos].to_string());
        }
        let mut conversion = None;
        if self.peek(0) == Some(b'!') {
            match self.peek(1) {
                Some(c @ (b's' | b'r' | b'a')) => conversion = Some(c as char),
                _ => {
                    self.pos += 1;
                    return Err(self.error("invalid conversion character: expected 's', 'r', or 'a'"));
                }
            }
            self.pos += 2;
        }
        let mut format_spec = None;
        if self.peek(0) == Some(b':') {
            self.pos += 1;
            format_spec = Some(self.parts(true, depth + 1)?);
        }
        if self.peek(0) != Some(b'}') {
            return Err(self.error("expecting '}'"));
        }
        self.pos += 1;
        let value = parse_fstring_expr(self.src, expr_start, expr_end).map_err(|mut e| {
            if !e.msg.starts_with("f-string") {
                e.msg = format!("f-string: {}", e.msg);
            }
            e
        })?;
        if debug_text.is_some() && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        Ok(FStringPart::Value { value: Box::new(value), conversion, format_spec, debug_text })
    }

    /// Advances over an expression: to a top-level `}`, `!`, `:` or debug `=`.
    fn skip_expression(&mut self) -> Result<(), SyntaxError> {
        let mut nesting = 0usize;
        let mut prev = b' ';
        while let Some(c) = self.peek(0) {
            match c {
                b'\'' | b'"' => {
                    self.skip_string(c)?;
                    prev = c;
                    continue;
                }
                b'(' | b'[' | b'{' => nesting += 1,
                b')' | b']' | b'}' if nesting > 0 => nesting -= 1,
                b'}' => return Ok(()),
                b')' | b']' => return Err(self.error(&format!("unmatched '{}'", c as char))),
                b'#' => return Err(self.error("expression part cannot include '#'")),
                b'\\' => return Err(self.error("expression part cannot include a backslash")),
                b'!' if self.peek(1) == Some(b'=') => self.pos += 1,
                b'=' if self.peek(1) == Some(b'=') => self.pos += 1,
                b'!' | b':' if nesting == 0 => return Ok(()),
                b'=' if nesting == 0 && !matches!(prev, b'<' | b'>' | b'=' | b'!') => return Ok(()),
                _ => {}
            }
            prev = c;
            self.pos += 1;
        }
        Err(self.error("expecting '}'"))
    }

    /// Skips a string literal inside an expression, starting at its quote.
    fn skip_string(&mut self, quote: u8) -> Result<(), SyntaxError> {
        let triple = self.peek(1) == Some(quote) && self.peek(2) == Some(quote);
        let width = if triple { 3 } else { 1 };
        self.pos += width;
        while let Some(c) = self.peek(0) {
            if c == b'\\' {
                return Err(self.error("expression part cannot include a backslash"));
            }
            if c == quote && (!triple || (self.peek(1) == Some(quote) && self.peek(2) == Some(quote))) {
                self.pos += width;
                return Ok(());
            }
            self.pos += 1;
        }
        Err(self.error("expecting '}'"))
    }
}

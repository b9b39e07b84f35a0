//! Syntax diagnostics: a typed error with a span, rendered as CPython renders it.

use super::ast::Span;

/// Which exception type a syntax error becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(clippy::enum_variant_names)] // the exception types' own names
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    /// An IndentationError from tabs and spaces mixed inconsistently.
    TabError,
}

/// An error found while lexing, parsing or compiling, with the span it points at.
#[derive(Debug, Clone)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub span: Span,
    /// The error is at a DEDENT token, which CPython places one column left of
    /// the first token of the dedented line (column 0 when that is at the margin).
    pub at_dedent: bool,
}

impl SyntaxError {
    pub fn new(msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError { kind: SyntaxErrorKind::SyntaxError, msg: msg.into(), span, at_dedent: false }
    }
    pub fn indentation(msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError { kind: SyntaxErrorKind::IndentationError, msg: msg.into(), span, at_dedent: false }
    }
    /// The exception type's name.
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
    /// 1-based line and column (in characters) of the error's start.
    pub fn line_col(&self, source: &str) -> (usize, usize) {
        let start = (self.span.start as usize).min(source.len());
        let start = (0..=start).rev().find(|&i| source.is_char_boundary(i)).unwrap_or(0);
        let before = &source[..start];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
        let col = source[line_start..start].chars().count() + 1;
        (line, if self.at_dedent { col - 1 } else { col })
    }
    /// CPython's rendering, without the leading "Traceback" (syntax errors have none):
    /// `  File "f.py", line 5`, the source line, a caret line, `SyntaxError: msg`.
    pub fn render(&self, filename: &str, source: &str) -> String {
        let (line, col) = self.line_col(source);
        let text = source.split('\n').nth(line - 1).unwrap_or("").trim_end_matches('\r');
        let mut out = format!("  File \"{filename}\", line {line}\n");
        let trimmed = text.trim_start();
        if !trimmed.is_empty() {
            out.push_str(&format!("    {}\n", trimmed.trim_end()));
            let indent = text.chars().count() - trimmed.chars().count();
            let len = trimmed.trim_end().chars().count();
            // As CPython: no caret left of the text, nor past the end of an
            // "expected an indented block" line.
            let past_end =
                col > indent + len + 1 || (col > indent + len && self.msg.starts_with("expected an indented"));
            if col > indent && !past_end {
                let caret_col = col - indent;
                let width = if self.span.end > self.span.start {
                    let end = (self.span.end as usize).min(source.len());
                    let start = (self.span.start as usize).min(end);
                    source.get(start..end).map_or(1, |s| s.chars().take_while(|&c| c != '\n').count()).max(1)
                } else {
                    1
                };
                let width = width.min((len + 1).saturating_sub(caret_col - 1).max(1));
                out.push_str(&format!("    {}{}\n", " ".repeat(caret_col - 1), "^".repeat(width)));
            }
        }
        out.push_str(&format!("{}: {}\n", self.type_name(), self.msg));
        out
    }
}

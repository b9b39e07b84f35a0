//! The parser's entry points: whole modules, lone expressions, f-string fields
//! and the REPL's "is this input complete?" question. The grammar is
//! `grammar/coil.lalrpop` (compiled by `build.rs`); its actions call
//! `actions.rs`; literals are decoded by `literal.rs`.

use super::ast::*;
use super::diag::SyntaxError;
use super::layout::{Mode, Tokens};
use super::token::Token;
use lalrpop_util::ParseError;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_parens, dead_code)]
    coil,
    "/coil.rs"
);

/// What the single grammar start symbol produced.
pub(crate) enum Top {
    Module(Vec<Stmt>),
    Expr(Expr),
}

/// Parses a whole source file.
pub fn parse_module(source: &str) -> Result<Module, SyntaxError> {
    match run(source, 0, source.len(), Mode::Module) {
        Ok(Top::Module(body)) => Ok(Module { body }),
        Ok(Top::Expr(e)) => Err(SyntaxError::new("invalid syntax", e.span)),
        Err((err, _)) => Err(err),
    }
}

/// Parses a lone expression (what `eval` accepts): `1 + 2`, `a, *b`.
pub fn parse_expression(source: &str) -> Result<Expr, SyntaxError> {
    parse_range(source, 0, source.len(), Mode::Expression)
}

/// Parses the expression of an f-string field, `source[start..end]`, as if parenthesized.
pub(crate) fn parse_fstring_expr(source: &str, start: usize, end: usize) -> Result<Expr, SyntaxError> {
    parse_range(source, start, end, Mode::FString)
}

fn parse_range(source: &str, start: usize, end: usize, mode: Mode) -> Result<Expr, SyntaxError> {
    match run(source, start, end, mode) {
        Ok(Top::Expr(e)) => Ok(e),
        Ok(Top::Module(_)) => Err(SyntaxError::new("invalid syntax", Span::new(start, end))),
        Err((err, _)) => Err(err),
    }
}

#[cfg_attr(not(feature = "repl"), allow(dead_code))] // used by the coil command
/// True when `source` is an unfinished interactive input: an open bracket or
/// triple-quoted string, a trailing backslash, a block header without a body, or
/// a compound statement not yet ended by an empty line.
pub fn is_incomplete(source: &str) -> bool {
    let owned;
    let text = if source.ends_with('\n') {
        source
    } else {
        owned = format!("{source}\n");
        &owned
    };
    match run(text, 0, text.len(), Mode::Module) {
        Err((_, at_eof)) => at_eof,
        Ok(Top::Module(body)) => {
            let compound = body.last().is_some_and(|s| {
                matches!(
                    s.kind,
                    StmtKind::If { .. }
                        | StmtKind::For { .. }
                        | StmtKind::While { .. }
                        | StmtKind::Try { .. }
                        | StmtKind::With { .. }
                        | StmtKind::Match { .. }
                        | StmtKind::FunctionDef(_)
                        | StmtKind::ClassDef(_)
                )
            });
            let ended = text.trim_end_matches([' ', '\t']).ends_with("\n\n") || text.trim().is_empty();
            compound && !ended
        }
        Ok(Top::Expr(_)) => false,
    }
}

/// Runs the parser; an error comes with whether it was caused by the input ending.
fn run(source: &str, start: usize, end: usize, mode: Mode) -> Result<Top, (SyntaxError, bool)> {
    let tokens = Tokens::new(source, start, end, mode);
    coil::TopParser::new().parse(source, tokens).map_err(|e| {
        let (mut err, at_eof) = convert(e, source, end);
        let line = |e: &SyntaxError| super::lexer::line_of(source, e.span.start as usize);
        // The line of the token the parser stopped at (a hint may mark earlier ones).
        let stopped = line(&err);
        if err.msg == "expected ':'" || err.msg == "invalid syntax" {
            if let Some(better) = super::hints::hint(source, start, end, mode, &err) {
                err = better;
            }
        }
        // Like CPython, a tokenizer error later in the input replaces any
        // parser error but a bare unexpected indent; an unclosed bracket does
        // when it was opened on an earlier line than the error's.
        if err.msg == "unexpected indent" || err.msg == "unexpected unindent" {
            return (err, at_eof);
        }
        if let Some(later) = tokenizer_error(source, start, end, mode) {
            let unclosed = later.msg.contains("was never closed");
            if !unclosed || stopped > line(&later) {
                let eof = unclosed || later.msg.contains("triple-quoted");
                return (later, eof);
            }
        }
        (err, at_eof)
    })
}

/// The first error CPython's tokenizer meets in the whole input, if it is one
/// that replaces a parser's error: not those it only flags for the parser to
/// word (a dedent to no outer level, tabs mixed with spaces, a character after
/// a line continuation, too deep an indentation, the input ending after one).
fn tokenizer_error(source: &str, start: usize, end: usize, mode: Mode) -> Option<SyntaxError> {
    let err = Tokens::tokenizer_only(source, start, end, mode).find_map(Result::err)?;
    let flagged = err.kind == super::diag::SyntaxErrorKind::TabError
        || [
            "unindent does not match any outer indentation level",
            "unexpected character after line continuation character",
            "too many levels of indentation",
            "unexpected EOF while parsing",
        ]
        .contains(&err.msg.as_str());
    (!flagged).then_some(err)
}

/// Turns a lalrpop error into a `SyntaxError`, noting whether it happened at the end.
fn convert(err: ParseError<usize, Token, SyntaxError>, source: &str, end: usize) -> (SyntaxError, bool) {
    match err {
        ParseError::User { error } => {
            let eof = ["was never closed", "unterminated triple-quoted", "unexpected EOF"]
                .iter()
                .any(|m| error.msg.contains(m))
                || (error.msg.starts_with("expected an indented block")
                    && source.get(error.span.start as usize..end).is_some_and(|rest| rest.trim().is_empty()));
            (error, eof)
        }
        ParseError::UnrecognizedToken { token: (l, tok, r), expected } => {
            let at_eof = l >= end && matches!(tok, Token::Newline | Token::Dedent);
            let expects = |t: &str| expected.iter().any(|e| e.trim_matches('"') == t);
            let header = header_word(source, l);
            // CPython insists on the ':' of `def`, `try`, `finally` and `else`
            // headers; after the others, it says so only at the line's end.
            let forced = match header {
                // After a def's parameters (and return annotation), not inside them.
                "def" => balanced(source, l),
                "try" | "finally" | "else" => expected.len() == 1,
                "class" | "except" | "if" | "elif" | "while" | "for" | "with" | "match" | "case" => false,
                _ => expected.len() == 1,
            };
            let msg = if (forced || tok == Token::Newline) && expects(":") {
                "expected ':'"
            } else if expected.len() == 1 && expects("(") {
                "expected '('"
            } else if expected.len() == 1 && expects("else") {
                "expected 'else' after 'if' expression"
            } else if expects("except") && expects("finally") {
                "expected 'except' or 'finally' block"
            } else {
                "invalid syntax"
            };
            let mut err = SyntaxError::new(msg, Span::new(l, r));
            if tok == Token::Dedent {
                dedent_place(&mut err, source, l, end);
            }
            (err, at_eof)
        }
        ParseError::UnrecognizedEof { location, expected } => {
            let expects = |t: &str| expected.iter().any(|e| e.trim_matches('"') == t);
            let msg = if expects("except") && expects("finally") {
                "expected 'except' or 'finally' block"
            } else {
                "invalid syntax"
            };
            let mut err = SyntaxError::new(msg, Span::new(location, location));
            if msg != "invalid syntax" {
                dedent_place(&mut err, source, location, end);
            }
            (err, true)
        }
        ParseError::InvalidToken { location } => {
            (SyntaxError::new("invalid syntax", Span::new(location, location + 1)), false)
        }
        ParseError::ExtraToken { token: (l, _, r) } => (SyntaxError::new("invalid syntax", Span::new(l, r)), false),
    }
}

/// Places an error at a DEDENT token as CPython does: one column left of the
/// dedented line's first token, or at the end of the last line at the end of input.
fn dedent_place(err: &mut SyntaxError, source: &str, at: usize, end: usize) {
    if at >= end {
        let last = source[..end].trim_end().len();
        err.span = Span::new(last, last);
    } else {
        err.at_dedent = true;
    }
}

/// The keyword a line starts with (after `async`), for the line holding offset `at`.
fn header_word(source: &str, at: usize) -> &str {
    let at = (0..=at.min(source.len())).rev().find(|&i| source.is_char_boundary(i)).unwrap_or(0);
    let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    let mut words = source[line_start..at].split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'));
    let first = words.find(|w| !w.is_empty()).unwrap_or("");
    if first == "async" {
        return words.find(|w| !w.is_empty()).unwrap_or("");
    }
    let lead = source[line_start..at].trim_start();
    if lead.starts_with(first) {
        first
    } else {
        ""
    }
}

/// Whether the brackets opened on the line holding `at`, up to `at`, are all closed.
fn balanced(source: &str, at: usize) -> bool {
    let at = (0..=at.min(source.len())).rev().find(|&i| source.is_char_boundary(i)).unwrap_or(0);
    let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    let mut depth = 0i64;
    for c in source[line_start..at].chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
    }
    depth == 0
}

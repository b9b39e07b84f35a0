//! The token kinds of the language, recognised by a `logos` state machine.
//!
//! Tokens carry no data: the parser reads names, numbers and string literals
//! back from the source through each token's byte span. `Indent`, `Dedent`,
//! `StartModule`, `StartExpr`, `Match` and `Case` are never produced by logos;
//! the layout pass inserts them (the last two by rewriting a `Name`).

use logos::Logos;

/// Why the raw lexer stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LexError {
    /// A character that starts no token.
    #[default]
    Invalid,
    /// A single-quoted string reached the end of its line.
    UnterminatedString,
    /// A triple-quoted string reached the end of the input.
    UnterminatedTriple,
}

/// A token kind. Keywords and operators are named after their spelling.
#[derive(Logos, Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[logos(error = LexError)]
#[logos(skip r"([ \t\x0C]|\\(\r\n|\n|\r))+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
pub enum Token {
    /// An identifier (ASCII or any non-ASCII letters).
    #[regex(r"[A-Za-z_\u{80}-\u{10FFFF}][A-Za-z0-9_\u{80}-\u{10FFFF}]*")]
    Name,
    /// An integer or float literal in any base, or an imaginary literal (a
    /// decimal integer or float followed by `j` or `J`).
    #[regex(r"[0-9](_?[0-9])*[jJ]?")]
    #[regex(r"0[xX](_?[0-9a-fA-F])+")]
    #[regex(r"0[oO](_?[0-7])+")]
    #[regex(r"0[bB](_?[01])+")]
    #[regex(r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?[jJ]?")]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?[jJ]?")]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*[jJ]?")]
    Number,
    /// A string or bytes literal with its prefix and quotes.
    #[regex(r#"([rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?["']"#, lex_string)]
    String,
    /// A physical line break (the layout pass turns some into logical NEWLINEs).
    #[regex(r"\r\n|\n|\r")]
    Newline,
    /// A backslash not followed by a line break: always an error.
    #[token("\\")]
    Backslash,
    /// Inserted by the layout pass.
    Indent,
    /// Inserted by the layout pass.
    Dedent,
    /// Inserted first when parsing a module.
    StartModule,
    /// Inserted first when parsing a lone expression.
    StartExpr,
    /// The soft keyword `match` starting a match statement (the layout pass
    /// rewrites a `Name` into it; everywhere else `match` stays a `Name`).
    Match,
    /// The soft keyword `case` starting a case block inside a match statement.
    Case,

    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(";")]
    Semi,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("@")]
    At,
    #[token("=")]
    Assign,
    #[token("->")]
    Arrow,
    #[token(":=")]
    Walrus,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("&")]
    Amper,
    #[token("|")]
    Vbar,
    #[token("^")]
    Caret,
    #[token("~")]
    Tilde,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinusEqual,
    #[token("*=")]
    StarEqual,
    #[token("@=")]
    AtEqual,
    #[token("/=")]
    SlashEqual,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VbarEqual,
    #[token("^=")]
    CaretEqual,
    #[token("<<=")]
    LShiftEqual,
    #[token(">>=")]
    RShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
}

/// Scans the body of a string literal whose prefix and opening quote were just
/// matched, and extends the token through the closing quote(s).
fn lex_string(lex: &mut logos::Lexer<Token>) -> Result<(), LexError> {
    let quote = lex.slice().as_bytes()[lex.slice().len() - 1];
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let mut i = if triple { 2 } else { 0 };
    while i < rest.len() {
        match rest[i] {
            b'\\' => {
                // A backslash escapes the next character, even in raw strings.
                i += 1;
                if rest.get(i) == Some(&b'\r') && rest.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                if i < rest.len() {
                    // Skip a whole UTF-8 sequence so bumps stay on char boundaries.
                    i += utf8_len(rest[i]);
                }
            }
            b'\n' | b'\r' if !triple => {
                lex.bump(i);
                return Err(LexError::UnterminatedString);
            }
            c if c == quote => {
                if !triple {
                    lex.bump(i + 1);
                    return Ok(());
                }
                if rest.get(i + 1) == Some(&quote) && rest.get(i + 2) == Some(&quote) {
                    lex.bump(i + 3);
                    return Ok(());
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    lex.bump(rest.len());
    Err(if triple { LexError::UnterminatedTriple } else { LexError::UnterminatedString })
}

/// The length of the UTF-8 sequence starting with byte `b` (1 for stray bytes).
fn utf8_len(b: u8) -> usize {
    match b {
        0xF0..=0xFF => 4,
        0xE0..=0xEF => 3,
        0xC0..=0xDF => 2,
        _ => 1,
    }
}

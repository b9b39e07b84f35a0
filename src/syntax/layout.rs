//! The layout pass: turns raw tokens into the parser's token stream.
//!
//! It emits logical NEWLINE tokens and INDENT/DEDENT tokens from indentation,
//! joins lines inside brackets, drops blank and comment-only lines, and reports
//! indentation and bracket errors with CPython's messages. It also bounds how
//! deeply an expression can nest so that later recursive passes cannot
//! overflow the stack.
//!
//! The soft keywords `match` and `case` are decided here, one logical line at a
//! time: a `match` name starting a line becomes a `Match` token when the line
//! ends with `:` (a match statement header, but not `match:`) or when the next
//! token starts a subject (`match x` without the colon, so the parser reports
//! "expected ':'"). A `case` name starting a line directly inside a match block
//! becomes `Case`. Everywhere else both stay ordinary names.

use super::ast::Span;
use super::diag::{SyntaxError, SyntaxErrorKind};
use super::lexer::{line_of, Lexer, Spanned};
use super::token::Token;
use std::collections::VecDeque;

/// Deepest bracket nesting accepted (CPython's limit).
const MAX_BRACKETS: usize = 200;
/// Deepest indentation accepted (CPython's limit).
const MAX_INDENTS: usize = 100;
/// Longest `elif` chain accepted (each one nests the tree a level deeper).
const MAX_ELIFS: u32 = 1000;
/// Upper bound on the estimated nesting depth of one expression.
const MAX_NESTING: u32 = 1000;

/// What kind of input is being laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A whole file: indentation is significant.
    Module,
    /// A lone expression (`eval`): no indentation, NEWLINE only at the end.
    Expression,
    /// The expression inside an f-string replacement field: as if parenthesized.
    FString,
}

/// The parser's token stream: an iterator of `(start, token, end)` or an error.
pub struct Layout<'a> {
    source: &'a str,
    lexer: Lexer<'a>,
    mode: Mode,
    out: VecDeque<Result<Spanned, SyntaxError>>,
    /// Indentation columns of the enclosing blocks; starts as `[0]`.
    indents: Vec<usize>,
    /// Only what CPython's tokenizer reports: no "unexpected indent" nor
    /// "expected an indented block" (see [`Tokens::tokenizer_only`]).
    tokenizer_only: bool,
    /// The last logical line was a whole `try: statement`.
    one_line_try: bool,
    /// The same columns counting a tab as one column: where the two disagree
    /// about a line, tabs and spaces were mixed inconsistently (TabError).
    alt_indents: Vec<usize>,
    /// Open brackets and their start offsets.
    brackets: Vec<(Token, usize)>,
    /// Operator count per bracket level, and whether that level saw `lambda`.
    levels: Vec<(u32, bool)>,
    nesting: u32,
    at_line_start: bool,
    line_has_tokens: bool,
    line_first: Option<Token>,
    line_second: Option<Token>,
    line_start_pos: usize,
    last: Option<Token>,
    /// End of the laid-out range.
    end: usize,
    /// Length of the current `elif` chain at each indentation level.
    elifs: Vec<u32>,
    /// End of the last token seen.
    last_end: usize,
    /// Set after a block header: `(description, header offset, header end)`.
    expect_block: Option<(&'static str, usize, usize)>,
    /// A `match` name starts the current line and the next token may start a subject:
    /// the line's tokens are held back until its end decides whether it is the keyword.
    soft_held: Option<Token>,
    /// The last logical line was a match statement header.
    match_header: bool,
    /// Lengths of `indents` whose blocks are the bodies of match statements.
    match_levels: Vec<usize>,
    /// Inside the patterns of a case line (before its guard): `|` and `-` build flat
    /// or-patterns and negative literals there, so they do not count as nesting.
    in_patterns: bool,
    finished: bool,
}

impl<'a> Layout<'a> {
    /// Lays out `source[start..end]` (character boundaries) in the given mode.
    pub fn new(source: &'a str, start: usize, end: usize, mode: Mode) -> Layout<'a> {
        let first = if mode == Mode::Module { Token::StartModule } else { Token::StartExpr };
        let mut out = VecDeque::new();
        out.push_back(Ok((start, first, start)));
        Layout {
            source,
            lexer: Lexer::with_range(source, start, end),
            mode,
            out,
            indents: vec![0],
            tokenizer_only: false,
            one_line_try: false,
            alt_indents: vec![0],
            brackets: Vec::new(),
            levels: vec![(0, false)],
            nesting: 0,
            at_line_start: true,
            line_has_tokens: false,
            line_first: None,
            line_second: None,
            line_start_pos: start,
            last: None,
            end,
            last_end: start,
            elifs: Vec::new(),
            expect_block: None,
            soft_held: None,
            match_header: false,
            match_levels: Vec::new(),
            in_patterns: false,
            finished: false,
        }
    }

    fn depth(&self) -> usize {
        self.brackets.len() + usize::from(self.mode == Mode::FString)
    }

    fn fail(&mut self, err: SyntaxError) {
        if let Some(word) = self.soft_held.take() {
            self.resolve_soft_keyword(word);
        }
        self.out.push_back(Err(err));
        self.finished = true;
    }

    /// Handles the end of input: unclosed brackets, final NEWLINE and DEDENTs.
    fn finish(&mut self) {
        self.finished = true;
        if let Some(word) = self.soft_held.take() {
            self.resolve_soft_keyword(word);
        }
        let end = self.end;
        if let Some(&(tok, pos)) = self.brackets.last() {
            let msg = format!("'{}' was never closed", bracket_char(tok));
            self.out.push_back(Err(SyntaxError::new(msg, Span::new(pos, pos + 1))));
            return;
        }
        if let Some(pos) = self.continuation_at_end() {
            let err = SyntaxError::new("unexpected EOF while parsing", Span::new(pos, pos));
            self.out.push_back(Err(err));
            return;
        }
        if self.line_has_tokens {
            self.end_line(end, end);
        }
        if let Some((what, pos, header_end)) = self.expect_block.take().filter(|_| !self.tokenizer_only) {
            let err = self.no_block(what, pos, Span::new(header_end, header_end));
            self.out.push_back(Err(err));
            return;
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.out.push_back(Ok((end, Token::Dedent, end)));
        }
    }

    /// The offset just after a backslash continuation that ends the input, if any.
    fn continuation_at_end(&self) -> Option<usize> {
        let text = &self.source[..self.end];
        let body = text.strip_suffix('\n').unwrap_or(text);
        let body = body.strip_suffix('\r').unwrap_or(body);
        let pos = body.strip_suffix('\\').map(str::len)?;
        let gap = text.get(self.last_end..pos)?;
        let blank = gap.chars().all(|c| c.is_whitespace() || c == '\\');
        (blank && text.len() > body.len()).then_some(pos + 1)
    }

    /// The error for a block header (at offset `pos`) whose body is not indented.
    fn no_block(&self, what: &str, pos: usize, span: Span) -> SyntaxError {
        let line = line_of(self.source, pos);
        SyntaxError::indentation(format!("expected an indented block after {what} on line {line}"), span)
    }

    /// Emits a logical NEWLINE and notes whether the line was a block header.
    fn end_line(&mut self, start: usize, end: usize) {
        if let Some(word) = self.soft_held.take() {
            self.resolve_soft_keyword(word);
        }
        self.out.push_back(Ok((start, Token::Newline, end)));
        self.match_header = self.line_first == Some(Token::Match) && self.last == Some(Token::Colon);
        self.one_line_try = self.line_first == Some(Token::Try) && self.last != Some(Token::Colon);
        if self.mode == Mode::Module && self.last == Some(Token::Colon) {
            let head = match self.line_first {
                Some(Token::Async) => self.line_second,
                other => other,
            };
            if let Some(what) = head.and_then(block_name) {
                self.expect_block = Some((what, self.line_start_pos, start));
            }
        }
        self.at_line_start = true;
        self.line_has_tokens = false;
        self.line_first = None;
        self.line_second = None;
        self.levels.truncate(1);
        self.levels[0] = (0, false);
        self.nesting = 0;
        self.in_patterns = false;
    }

    /// At the end of a line starting with the name `match` (`word` is `Token::Match`),
    /// turns that name into the soft keyword when the line is a match statement.
    fn resolve_soft_keyword(&mut self, word: Token) {
        let is_keyword = (self.last == Some(Token::Colon) && self.line_second != Some(Token::Colon))
            || matches!(
                self.line_second,
                Some(Token::Name | Token::Number | Token::String | Token::None | Token::True | Token::False)
            );
        if !is_keyword {
            return;
        }
        let pos = self.line_start_pos;
        let held = self.out.iter_mut().find_map(|item| match item {
            Ok((s, tok @ Token::Name, _)) if *s == pos => Some(tok),
            _ => None,
        });
        if let Some(tok) = held {
            *tok = word;
            self.line_first = Some(word);
        }
    }

    /// Compares the indentation of a logical line's first token with the block stack.
    fn indent(&mut self, start: usize, end: usize) -> Result<(), SyntaxError> {
        let opens_match = std::mem::take(&mut self.match_header);
        let line_begin = self.source[..start].rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let (mut col, mut alt) = (0, 0);
        for c in self.source[line_begin..start].chars() {
            match c {
                '\t' => (col, alt) = ((col / 8 + 1) * 8, alt + 1),
                ' ' => (col, alt) = (col + 1, alt + 1),
                _ => (col, alt) = (0, 0),
            }
        }
        self.check_tabs(col, alt, line_begin, start)?;
        let top = self.indents.last().copied().unwrap_or(0);
        let expected = self.expect_block.take();
        if let Some((what, pos, _)) = expected {
            if col <= top && !self.tokenizer_only {
                let mut err = self.no_block(what, pos, Span::new(start, start + 1));
                err.at_dedent = col < top;
                return Err(err);
            }
        }
        // CPython's tokenizer opens a block at any deeper line; its parser
        // says whether one was wanted.
        if col > top && (expected.is_some() || self.tokenizer_only) {
            if self.indents.len() >= MAX_INDENTS {
                return Err(SyntaxError::indentation("too many levels of indentation", Span::new(start, end)));
            }
            self.indents.push(col);
            self.alt_indents.push(alt);
            if opens_match {
                self.match_levels.push(self.indents.len());
            }
            self.out.push_back(Ok((start, Token::Indent, start)));
            return Ok(());
        }
        if col > top {
            let at = start.saturating_sub(1);
            // CPython's parser, still looking for the handlers of a one-line
            // `try`, meets the INDENT first.
            if self.one_line_try {
                return Err(SyntaxError::new("expected 'except' or 'finally' block", Span::new(at, start)));
            }
            return Err(SyntaxError::indentation("unexpected indent", Span::new(at, start)));
        }
        while self.indents.last().is_some_and(|&t| t > col) {
            self.indents.pop();
            self.alt_indents.pop();
            self.out.push_back(Ok((start, Token::Dedent, start)));
        }
        while self.match_levels.last().is_some_and(|&level| level > self.indents.len()) {
            self.match_levels.pop();
        }
        if self.indents.last() != Some(&col) {
            let msg = "unindent does not match any outer indentation level";
            let line_end = self.source[start..].find(['\n', '\r']).map_or(self.source.len(), |i| start + i);
            return Err(SyntaxError::indentation(msg, Span::new(line_end, line_end)));
        }
        Ok(())
    }

    /// CPython's tokenizer check, made before the parser sees the line: the
    /// indentation must compare with the enclosing blocks the same way whether
    /// a tab counts as 8 columns or as 1; else TabError. A dedent to no outer
    /// level is reported here too, before a missing block would be.
    fn check_tabs(&self, col: usize, alt: usize, line_begin: usize, start: usize) -> Result<(), SyntaxError> {
        let top = self.indents.last().copied().unwrap_or(0);
        let alt_top = self.alt_indents.last().copied().unwrap_or(0);
        let consistent = if col == top {
            alt == alt_top
        } else if col > top {
            alt > alt_top
        } else {
            let level = self.indents.iter().rposition(|&t| t <= col).unwrap_or(0);
            if self.indents[level] != col {
                let msg = "unindent does not match any outer indentation level";
                let line_end = self.source[start..].find(['\n', '\r']).map_or(self.source.len(), |i| start + i);
                return Err(SyntaxError::indentation(msg, Span::new(line_end, line_end)));
            }
            self.alt_indents[level] == alt
        };
        if consistent {
            return Ok(());
        }
        let msg = "inconsistent use of tabs and spaces in indentation";
        let span = Span::new(line_begin, line_begin);
        Err(SyntaxError { kind: SyntaxErrorKind::TabError, msg: msg.into(), span, at_dedent: false })
    }

    /// Runs the indentation check for a line whose first token failed to lex.
    fn indent_before_error(&mut self, err: &SyntaxError) -> Result<(), SyntaxError> {
        if !(self.at_line_start && self.depth() == 0 && self.mode == Mode::Module) {
            return Ok(());
        }
        let at = (err.span.start as usize).min(self.source.len());
        let line_begin = self.source[..at].rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let blank = self.source[line_begin..at].bytes().take_while(|b| matches!(b, b' ' | b'\t' | b'\x0c')).count();
        let first = line_begin + blank;
        self.indent(first, first)
    }

    /// Bounds `elif` chains, which nest as `If` statements in the tree.
    fn count_elif(&mut self, start: usize, tok: Token, end: usize) -> Result<(), SyntaxError> {
        let level = self.indents.len();
        self.elifs.resize(level, 0);
        let count = &mut self.elifs[level - 1];
        *count = if tok == Token::Elif { *count + 1 } else { 0 };
        if *count > MAX_ELIFS {
            return Err(SyntaxError::new("too many elif clauses", Span::new(start, end)));
        }
        Ok(())
    }

    /// Tracks brackets and the nesting estimate for one ordinary token.
    fn track(&mut self, start: usize, tok: Token, end: usize) -> Result<(), SyntaxError> {
        if self.in_patterns && tok == Token::If && self.brackets.is_empty() {
            self.in_patterns = false;
        }
        let flat = self.in_patterns && matches!(tok, Token::Vbar | Token::Minus);
        if adds_nesting(tok) && !flat {
            if let Some(level) = self.levels.last_mut() {
                level.0 += 1;
                level.1 |= tok == Token::Lambda;
            }
            self.nesting += 1;
        }
        match tok {
            Token::LParen | Token::LBracket | Token::LBrace => {
                if self.brackets.len() >= MAX_BRACKETS {
                    return Err(SyntaxError::new("too many nested parentheses", Span::new(start, end)));
                }
                self.brackets.push((tok, start));
                self.levels.push((0, false));
                self.nesting += 1;
            }
            Token::RParen | Token::RBracket | Token::RBrace => {
                let Some((open, pos)) = self.brackets.pop() else {
                    let msg = format!("unmatched '{}'", bracket_char(tok));
                    return Err(SyntaxError::new(msg, Span::new(start, end)));
                };
                if closer(open) != tok {
                    let (a, b) = (bracket_char(tok), bracket_char(open));
                    let (l1, l2) = (line_of(self.source, pos), line_of(self.source, start));
                    let on = if l1 == l2 { String::new() } else { format!(" on line {l1}") };
                    let msg = format!("closing parenthesis '{a}' does not match opening parenthesis '{b}'{on}");
                    return Err(SyntaxError::new(msg, Span::new(start, end)));
                }
                if let Some((ops, _)) = self.levels.pop() {
                    self.nesting -= ops + 1;
                }
            }
            Token::Comma | Token::Assign => self.reset_level(),
            Token::Semi if self.brackets.is_empty() => self.reset_level(),
            _ => {}
        }
        if self.nesting > MAX_NESTING {
            return Err(SyntaxError::new("expression too deeply nested", Span::new(start, end)));
        }
        Ok(())
    }

    /// Forgets the operators of the current bracket level (a new sibling starts).
    fn reset_level(&mut self) {
        if let Some(level) = self.levels.last_mut() {
            if !level.1 {
                self.nesting -= level.0;
                level.0 = 0;
            }
        }
    }

    /// Processes one raw token, queueing whatever it produces.
    fn step(&mut self, start: usize, mut tok: Token, end: usize) -> Result<(), SyntaxError> {
        if tok == Token::Newline {
            if self.depth() == 0 && self.line_has_tokens {
                self.end_line(start, end);
            }
            return Ok(());
        }
        if self.at_line_start && self.depth() == 0 {
            if self.mode == Mode::Module {
                self.indent(start, end)?;
                self.count_elif(start, tok, end)?;
            }
            self.at_line_start = false;
            self.line_start_pos = start;
            if self.mode == Mode::Module && tok == Token::Name {
                match &self.source[start..end] {
                    "match" => self.soft_held = Some(Token::Match),
                    "case" if self.match_levels.last() == Some(&self.indents.len()) => {
                        tok = Token::Case;
                        self.in_patterns = true;
                    }
                    _ => {}
                }
            }
        }
        if self.line_first.is_none() {
            self.line_first = Some(tok);
        } else if self.line_second.is_none() {
            self.line_second = Some(tok);
            if self.soft_held.is_some() && !starts_subject(tok) {
                // `match = ...`, `match.group()`, ...: an ordinary name.
                self.soft_held = None;
            }
        }
        self.track(start, tok, end)?;
        self.line_has_tokens = true;
        self.last = Some(tok);
        self.last_end = end;
        self.out.push_back(Ok((start, tok, end)));
        Ok(())
    }
}

impl Iterator for Layout<'_> {
    type Item = Result<Spanned, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.soft_held.is_none() || self.finished {
                if let Some(item) = self.out.pop_front() {
                    return Some(item);
                }
            }
            if self.finished {
                return None;
            }
            match self.lexer.next() {
                None => self.finish(),
                Some(Err(err)) if self.tokenizer_only && super::lexer::is_stray(&err) => {}
                Some(Err(err)) => {
                    // A line's indentation is weighed before its first token
                    // is read: an unexpected indent comes before a bad token.
                    let err = match self.indent_before_error(&err) {
                        Err(first) if !first.msg.starts_with("expected an indented block") => first,
                        _ => err,
                    };
                    self.fail(err)
                }
                Some(Ok((start, tok, end))) => {
                    if let Err(err) = self.step(start, tok, end) {
                        self.fail(err);
                    }
                }
            }
        }
    }
}

/// How CPython names the block a header keyword opens.
fn block_name(tok: Token) -> Option<&'static str> {
    Some(match tok {
        Token::If => "'if' statement",
        Token::Elif => "'elif' statement",
        Token::Else => "'else' statement",
        Token::While => "'while' statement",
        Token::For => "'for' statement",
        Token::Try => "'try' statement",
        Token::Except => "'except' statement",
        Token::Finally => "'finally' statement",
        Token::With => "'with' statement",
        Token::Def => "function definition",
        Token::Class => "class definition",
        Token::Match => "'match' statement",
        Token::Case => "'case' statement",
        _ => return None,
    })
}

/// Tokens that may start the subject of a match statement (after `match`).
fn starts_subject(tok: Token) -> bool {
    use Token::*;
    matches!(
        tok,
        Name | Number
            | String
            | None
            | True
            | False
            | Ellipsis
            | LParen
            | LBracket
            | LBrace
            | Minus
            | Plus
            | Tilde
            | Star
            | Not
            | Lambda
            | Await
    )
}

/// Tokens that may add a level to the expression tree.
fn adds_nesting(tok: Token) -> bool {
    use Token::*;
    matches!(
        tok,
        Plus | Minus
            | Star
            | DoubleStar
            | Slash
            | DoubleSlash
            | Percent
            | At
            | LShift
            | RShift
            | Amper
            | Vbar
            | Caret
            | Tilde
            | Not
            | Dot
            | If
            | Lambda
            | Await
            | Yield
            | Walrus
            | For
            | LParen
            | LBracket
            | LBrace
    )
}

fn closer(open: Token) -> Token {
    match open {
        Token::LParen => Token::RParen,
        Token::LBracket => Token::RBracket,
        _ => Token::RBrace,
    }
}

fn bracket_char(tok: Token) -> char {
    match tok {
        Token::LParen => '(',
        Token::RParen => ')',
        Token::LBracket => '[',
        Token::RBracket => ']',
        Token::LBrace => '{',
        _ => '}',
    }
}

/// The layout stream with one rewrite: `with (a as b, c):` loses its parentheses,
/// so a parenthesized list of with-items parses like the unparenthesized form.
pub struct Tokens<'a> {
    layout: Layout<'a>,
    buf: VecDeque<Result<Spanned, SyntaxError>>,
}

impl<'a> Tokens<'a> {
    /// The parser's tokens for `source[start..end]` in the given mode.
    pub fn new(source: &'a str, start: usize, end: usize, mode: Mode) -> Tokens<'a> {
        Tokens { layout: Layout::new(source, start, end, mode), buf: VecDeque::new() }
    }

    /// The tokens as CPython's tokenizer alone sees them, for the scan that
    /// looks past a syntax error for a tokenizer error later in the input.
    pub fn tokenizer_only(source: &'a str, start: usize, end: usize, mode: Mode) -> Tokens<'a> {
        let mut tokens = Tokens::new(source, start, end, mode);
        tokens.layout.tokenizer_only = true;
        tokens.layout.lexer.past_stray = true;
        tokens
    }

    /// After `with`, buffers a parenthesized group and the token after it, and
    /// drops the parentheses when they hold with-items followed by `:`.
    fn with_group(&mut self) {
        let Some(first) = self.layout.next() else { return };
        let is_paren = matches!(first, Ok((_, Token::LParen, _)));
        self.buf.push_back(first);
        if !is_paren {
            return;
        }
        let (mut depth, mut items) = (1usize, false);
        while depth > 0 {
            let Some(item) = self.layout.next() else { return };
            let tok = match &item {
                Ok((_, tok, _)) => *tok,
                Err(_) => {
                    self.buf.push_back(item);
                    return;
                }
            };
            match tok {
                Token::LParen | Token::LBracket | Token::LBrace => depth += 1,
                Token::RParen | Token::RBracket | Token::RBrace => depth -= 1,
                Token::Comma | Token::As if depth == 1 => items = true,
                _ => {}
            }
            self.buf.push_back(item);
        }
        let Some(after) = self.layout.next() else { return };
        let colon = matches!(after, Ok((_, Token::Colon, _)));
        self.buf.push_back(after);
        if colon && items {
            let close = self.buf.len() - 2;
            self.buf.remove(close);
            self.buf.pop_front();
        }
    }
}

impl Iterator for Tokens<'_> {
    type Item = Result<Spanned, SyntaxError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(item) = self.buf.pop_front() {
            return Some(item);
        }
        let item = self.layout.next()?;
        if matches!(item, Ok((_, Token::With, _))) {
            self.with_group();
        }
        Some(item)
    }
}

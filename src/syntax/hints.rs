//! CPython's hints for common mistakes, given instead of a bare "invalid
//! syntax" when the parser stops at a token that fits one of them:
//!
//! - `print "x"` / `exec "code"`: "Missing parentheses in call to 'print'.
//!   Did you mean print(...)?", marking the name and what follows it;
//! - two expressions side by side inside brackets (`f(a b)`, `[1 2]`):
//!   "invalid syntax. Perhaps you forgot a comma?", marking both;
//! - `=` after a condition's first name (`if x = 1:`): "invalid syntax. Maybe
//!   you meant '==' or ':=' instead of '='?", marking `x = 1`; after another
//!   expression, "cannot assign to attribute here. Maybe you meant '=='
//!   instead of '='?", marking it.
//!
//! The hints work on the tokens around the error, as CPython's grammar rules
//! for them look at the expressions around it.

use super::actions::describe;
use super::ast::{ExprKind, Span};
use super::diag::SyntaxError;
use super::layout::{Mode, Tokens};
use super::token::Token;

type Tok = (usize, Token, usize);

/// A better error for a parse that stopped at `err`, when one of the hints fits.
/// An "expected ':'" at a `=` in an `if`, `elif`, `while` or `for` header is
/// CPython's "invalid syntax" when no hint fits.
pub(crate) fn hint(source: &str, start: usize, end: usize, mode: Mode, err: &SyntaxError) -> Option<SyntaxError> {
    let at = err.span.start as usize;
    let mut toks: Vec<Tok> = Vec::new();
    for item in Tokens::new(source, start, end, mode) {
        let Ok(tok) = item else { break };
        let past = tok.0 > at;
        if past && matches!(tok.1, Token::Newline | Token::Semi) {
            break;
        }
        toks.push(tok);
        if toks.len() > 100_000 {
            return None;
        }
    }
    let i = toks.iter().position(|t| t.0 == at)?;
    if err.msg == "expected ':'" {
        let line_start = toks[..i].iter().rposition(|t| {
            matches!(t.1, Token::Newline | Token::Indent | Token::Dedent | Token::StartModule | Token::Semi)
        });
        let header = line_start.and_then(|k| toks.get(k + 1)).map(|t| t.1);
        if toks[i].1 != Token::Assign || !matches!(header, Some(Token::If | Token::Elif | Token::While | Token::For)) {
            return None;
        }
        let plain = SyntaxError::new("invalid syntax", err.span);
        return Some(assign_in_condition(source, &toks, i).unwrap_or(plain));
    }
    legacy_print(source, &toks, i).or_else(|| missing_comma(source, &toks, i)).or_else(|| assign_in_condition(source, &toks, i))
}

fn text<'s>(source: &'s str, t: &Tok) -> &'s str {
    source.get(t.0..t.2).unwrap_or("")
}

/// Whether a token ends an operand (so another operand may not follow it).
fn ends_operand(t: Token) -> bool {
    matches!(
        t,
        Token::Name
            | Token::Number
            | Token::String
            | Token::RParen
            | Token::RBracket
            | Token::RBrace
            | Token::True
            | Token::False
            | Token::None
            | Token::Ellipsis
    )
}

/// Whether a token can start an operand after another one (a call's `(` and a
/// subscript's `[` cannot: they continue the expression).
fn starts_operand(t: Token) -> bool {
    matches!(
        t,
        Token::Name
            | Token::Number
            | Token::String
            | Token::LBrace
            | Token::True
            | Token::False
            | Token::None
            | Token::Ellipsis
            | Token::Lambda
            | Token::Not
            | Token::Tilde
            | Token::Await
    )
}

fn opens(t: Token) -> bool {
    matches!(t, Token::LParen | Token::LBracket | Token::LBrace)
}

fn closes(t: Token) -> bool {
    matches!(t, Token::RParen | Token::RBracket | Token::RBrace)
}

/// Where the expression starting at token `from` ends (exclusive token
/// index): at a bracket closing outside it, at a token in `stops` at its own
/// level, or where a second operand follows the first. `commas` lets it run on
/// over commas (a tuple); a leading `lambda` runs on over its colon.
fn expression_end(toks: &[Tok], from: usize, commas: bool, stops: &[Token]) -> usize {
    let lambda = toks.get(from).is_some_and(|t| t.1 == Token::Lambda);
    let mut depth = 0usize;
    let mut j = from;
    while j < toks.len() {
        let t = toks[j].1;
        if depth == 0 {
            let stop = closes(t)
                || matches!(t, Token::Newline | Token::Semi | Token::Assign | Token::Walrus)
                || (t == Token::Comma && !commas)
                || (t == Token::Colon && !lambda)
                || stops.contains(&t);
            if stop && j > from {
                break;
            }
            if j > from && ends_operand(toks[j - 1].1) && starts_operand(t) {
                let strings = toks[j - 1].1 == Token::String && t == Token::String;
                if !strings {
                    break;
                }
            }
        }
        if opens(t) {
            depth += 1;
        } else if closes(t) {
            depth = depth.saturating_sub(1);
        }
        j += 1;
    }
    j
}

fn span(toks: &[Tok], first: usize, end: usize) -> Span {
    Span::new(toks[first].0, toks[end.max(first + 1) - 1].2)
}

/// `print x`: the name `print` or `exec` not called, followed by an expression.
fn legacy_print(source: &str, toks: &[Tok], i: usize) -> Option<SyntaxError> {
    let name = toks.get(i.checked_sub(1)?)?;
    let word = text(source, name);
    if name.1 != Token::Name || !matches!(word, "print" | "exec") || !starts_operand(toks[i].1) {
        return None;
    }
    if i >= 2 && toks[i - 2].1 == Token::Dot {
        return None;
    }
    let end = expression_end(toks, i, true, &[]);
    let msg = format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?");
    Some(SyntaxError::new(msg, span(toks, i - 1, end)))
}

/// The index of the bracket that is open just before token `i`, if any.
fn enclosing_opener(toks: &[Tok], i: usize) -> Option<usize> {
    let mut depth = 0usize;
    for j in (0..i).rev() {
        if closes(toks[j].1) {
            depth += 1;
        } else if opens(toks[j].1) {
            if depth == 0 {
                return Some(j);
            }
            depth -= 1;
        }
    }
    None
}

/// Where the operand ending just before token `i` starts, when what is before
/// it lets a comma stand there (a bracket, a comma, `:`, `=` or a `*` unpacking).
fn operand_start(toks: &[Tok], i: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut j = i;
    while j > 0 {
        let t = toks[j - 1].1;
        if closes(t) {
            depth += 1;
        } else if opens(t) {
            if depth == 0 {
                return Some(j);
            }
            depth -= 1;
        } else if depth == 0 {
            match t {
                Token::Comma | Token::Colon | Token::Assign => return Some(j),
                Token::Star | Token::DoubleStar
                    if j < 2 || matches!(toks[j - 2].1, Token::Comma | Token::LParen | Token::LBracket | Token::LBrace) =>
                {
                    return Some(j)
                }
                Token::If | Token::Else | Token::For | Token::Lambda | Token::Walrus | Token::Newline | Token::Semi => {
                    return None
                }
                _ => {}
            }
            if j < i && ends_operand(t) && starts_operand(toks[j].1) && !(t == Token::String && toks[j].1 == Token::String)
            {
                return Some(j);
            }
        }
        j -= 1;
    }
    None
}

/// `f(a b)`: two expressions side by side inside brackets.
fn missing_comma(source: &str, toks: &[Tok], i: usize) -> Option<SyntaxError> {
    // `not` starts an operand too: in `a not b` the parser, hoping for
    // `not in`, stops at `b`.
    let i = if i >= 2 && toks[i - 1].1 == Token::Not && ends_operand(toks[i - 2].1) { i - 1 } else { i };
    let prev = toks.get(i.checked_sub(1)?)?;
    let not = toks[i].1 == Token::Not && toks.get(i + 1).is_some_and(|t| t.1 != Token::In);
    if !ends_operand(prev.1) || !(starts_operand(toks[i].1) || not) {
        return None;
    }
    let first = operand_start(toks, i)?;
    // As CPython's rule: not when the first operand starts with a name then a
    // string (a prefix typo or a legacy statement) or with a soft keyword.
    let soft = toks[first].1 == Token::Name && matches!(text(source, &toks[first]), "match" | "case" | "_");
    if soft || (toks[first].1 == Token::Name && toks.get(first + 1).is_some_and(|t| t.1 == Token::String)) {
        return None;
    }
    // A function's parameters are not expressions.
    let opener = enclosing_opener(toks, i)?;
    if opener >= 2 && toks[opener - 1].1 == Token::Name && toks[opener - 2].1 == Token::Def {
        return None;
    }
    if toks[first].1 == Token::Name && matches!(text(source, &toks[first]), "print" | "exec") && first + 1 < i {
        return None;
    }
    let end = expression_end(toks, i, false, &[Token::For]);
    // The second operand must be a whole expression.
    let second = span(toks, i, end);
    super::parser::parse_fstring_expr(source, second.start as usize, second.end as usize).ok()?;
    Some(SyntaxError::new("invalid syntax. Perhaps you forgot a comma?", span(toks, first, end)))
}

/// Where the primary expression (names, literals, attributes, calls,
/// subscripts) ending just before token `i` starts.
fn primary_start(toks: &[Tok], i: usize) -> Option<usize> {
    let mut j = i;
    while j > 0 {
        let t = toks[j - 1].1;
        if closes(t) {
            let mut depth = 0usize;
            loop {
                j -= 1;
                let t = toks[j].1;
                if closes(t) {
                    depth += 1;
                } else if opens(t) {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                if j == 0 {
                    return None;
                }
            }
        } else if matches!(
            t,
            Token::Name | Token::Number | Token::String | Token::True | Token::False | Token::None | Token::Dot | Token::Ellipsis
        ) {
            j -= 1;
        } else {
            break;
        }
    }
    Some(j)
}

/// `if x = 1:` / `while (x = 1):` / `[x = 1]`: `=` where a condition or an
/// element is expected.
fn assign_in_condition(source: &str, toks: &[Tok], i: usize) -> Option<SyntaxError> {
    if toks[i].1 != Token::Assign || i < 2 {
        return None;
    }
    let first = primary_start(toks, i)?;
    if first == 0 || first == i {
        return None;
    }
    let context = toks[first - 1].1;
    let statement = matches!(context, Token::If | Token::Elif | Token::While)
        && (first < 2 || matches!(toks[first - 2].1, Token::Newline | Token::Indent | Token::Dedent | Token::StartModule));
    if !statement && !opens(context) {
        return None;
    }
    let target = Span::new(toks[first].0, toks[i - 1].2);
    let comparisons = [
        Token::EqEqual,
        Token::NotEqual,
        Token::Less,
        Token::Greater,
        Token::LessEqual,
        Token::GreaterEqual,
        Token::In,
        Token::Not,
        Token::Is,
        Token::And,
        Token::Or,
        Token::If,
        Token::Else,
        Token::For,
    ];
    let end = expression_end(toks, i + 1, false, &comparisons);
    if end <= i + 1 || matches!(toks.get(end).map(|t| t.1), Some(Token::Assign | Token::Walrus)) {
        return None;
    }
    let expr = super::parser::parse_expression(source.get(target.start as usize..target.end as usize)?).ok()?;
    match expr.kind {
        ExprKind::Name(_) => {
            let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
            Some(SyntaxError::new(msg, Span::new(toks[first].0, toks[end - 1].2)))
        }
        ExprKind::Tuple(_) | ExprKind::List(_) | ExprKind::GeneratorExp { .. } => None,
        _ if matches!(describe(&expr), "True" | "False" | "None") => None,
        _ => {
            let what = match expr.kind {
                ExprKind::Attribute { .. } => "attribute",
                ExprKind::Subscript { .. } => "subscript",
                _ => describe(&expr),
            };
            let msg = format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?");
            Some(SyntaxError::new(msg, target))
        }
    }
}

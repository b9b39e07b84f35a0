//! Syntax highlighting of the line being typed, with coil's own lexer:
//! keywords, strings, numbers and comments in ANSI colours. Only colour codes
//! are added, so the line keeps its width on the screen.

use crate::syntax::token::Token;
use logos::Logos;

const KEYWORD: &str = "\x1b[1;35m";
const STRING: &str = "\x1b[32m";
const NUMBER: &str = "\x1b[36m";
const COMMENT: &str = "\x1b[90m";
const CONSTANT: &str = "\x1b[1;36m";
const RESET: &str = "\x1b[0m";

/// `line` with colour codes around its keywords, literals and comment.
pub fn highlight(line: &str) -> String {
    let mut out = String::with_capacity(line.len() * 2);
    let mut lexer = Token::lexer(line);
    let mut done = 0;
    while let Some(token) = lexer.next() {
        let span = lexer.span();
        push_gap(&mut out, &line[done..span.start]);
        let text = &line[span.clone()];
        let colour = match token {
            Ok(Token::String) => Some(STRING),
            Ok(Token::Number) => Some(NUMBER),
            Ok(Token::True | Token::False | Token::None) => Some(CONSTANT),
            Ok(Token::Name) => None,
            Ok(_) if super::complete::KEYWORDS.contains(&text) => Some(KEYWORD),
            // An unterminated string is still a string being typed.
            Err(
                crate::syntax::token::LexError::UnterminatedString | crate::syntax::token::LexError::UnterminatedTriple,
            ) => Some(STRING),
            _ => None,
        };
        match colour {
            Some(c) => {
                out.push_str(c);
                out.push_str(text);
                out.push_str(RESET);
            }
            None => out.push_str(text),
        }
        done = span.end;
    }
    push_gap(&mut out, &line[done..]);
    out
}

/// Text between tokens: blanks, and perhaps a comment to the end of the line.
fn push_gap(out: &mut String, gap: &str) {
    match gap.find('#') {
        Some(i) => {
            out.push_str(&gap[..i]);
            out.push_str(COMMENT);
            out.push_str(&gap[i..]);
            out.push_str(RESET);
        }
        None => out.push_str(gap),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strip(s: &str) -> String {
        let mut out = String::new();
        let mut chars = s.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                for c in chars.by_ref() {
                    if c == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    #[test]
    fn colours_keep_the_text() {
        for line in ["def f(x): return 'a' + 1  # note", "x = \"open", "if a is None:", "", "  ¿ü = 1"] {
            assert_eq!(strip(&highlight(line)), line);
        }
        let h = highlight("if x: 'a'  # c");
        assert!(h.starts_with(&format!("{KEYWORD}if{RESET} x: {STRING}'a'{RESET}  {COMMENT}# c{RESET}")), "{h:?}");
    }
}

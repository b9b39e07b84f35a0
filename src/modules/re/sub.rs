//! Replacement templates for `sub`, `subn` and `Match.expand`: `\1`,
//! `\g<name>`, `\g<0>`, octal and character escapes. A template becomes a
//! list of pieces, literal text or a group number.

use super::parser::{Error, ErrorKind};

pub enum Piece {
    Text(Vec<u32>),
    Group(usize),
}

fn err<T>(msg: impl Into<String>, pos: usize) -> Result<T, Error> {
    Err(Error { kind: ErrorKind::Re, msg: msg.into(), pos: Some(pos) })
}

/// An unknown group name: CPython raises IndexError for it.
fn index_err<T>(msg: impl Into<String>) -> Result<T, Error> {
    Err(Error { kind: ErrorKind::Value, msg: msg.into(), pos: None })
}

fn text(units: &[u32]) -> String {
    units.iter().map(|&u| crate::codepoint::from_code_point(u).unwrap_or('\u{fffd}')).collect()
}

fn octal(u: Option<&u32>) -> Option<u32> {
    u.filter(|&&c| (b'0' as u32..=b'7' as u32).contains(&c)).map(|&c| c - b'0' as u32)
}

fn digit(u: Option<&u32>) -> Option<usize> {
    u.filter(|&&c| (b'0' as u32..=b'9' as u32).contains(&c)).map(|&c| (c - b'0' as u32) as usize)
}

/// Parses `repl` for a pattern with `groups` groups and the given names.
/// An unknown name is reported with `ErrorKind::Value` (an IndexError).
pub fn parse_template(repl: &[u32], groups: usize, names: &[(String, usize)], is_bytes: bool) -> Result<Vec<Piece>, Error> {
    let mut pieces = Vec::new();
    let mut lit: Vec<u32> = Vec::new();
    let mut i = 0;
    let push_group = |pieces: &mut Vec<Piece>, lit: &mut Vec<u32>, g: usize| {
        if !lit.is_empty() {
            pieces.push(Piece::Text(std::mem::take(lit)));
        }
        pieces.push(Piece::Group(g));
    };
    while i < repl.len() {
        let c = repl[i];
        if c != '\\' as u32 {
            lit.push(c);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let Some(&e) = repl.get(i) else { return err("bad escape (end of pattern)", start) };
        i += 1;
        let ch = char::from_u32(e).unwrap_or('\0');
        match ch {
            'g' => {
                if repl.get(i) != Some(&('<' as u32)) {
                    return err("missing <", i);
                }
                i += 1;
                let name_start = i;
                while i < repl.len() && repl[i] != '>' as u32 {
                    i += 1;
                }
                let name = text(&repl[name_start..i]);
                if i >= repl.len() {
                    if name.is_empty() {
                        return err("missing group name", name_start);
                    }
                    return err("missing >, unterminated name", name_start);
                }
                i += 1;
                if name.is_empty() {
                    return err("missing group name", name_start);
                }
                let g = if let Some(g) = super::parser::group_number(&name) {
                    if g > groups {
                        return err(format!("invalid group reference {g}"), name_start);
                    }
                    g
                } else {
                    let mut chars = name.chars();
                    let first = chars.next().unwrap();
                    let ident = (first == '_' || first.is_alphabetic()) && chars.all(|c| c == '_' || c.is_alphanumeric());
                    if !ident || (is_bytes && !name.is_ascii()) {
                        return err(format!("bad character in group name '{name}'"), name_start);
                    }
                    match names.iter().find(|(n, _)| *n == name) {
                        Some(&(_, g)) => g,
                        None => return index_err(format!("unknown group name '{name}'")),
                    }
                };
                push_group(&mut pieces, &mut lit, g);
            }
            '0' => {
                let mut v = 0;
                let mut n = 0;
                while n < 2 {
                    match octal(repl.get(i)) {
                        Some(d) => {
                            v = v * 8 + d;
                            i += 1;
                            n += 1;
                        }
                        None => break,
                    }
                }
                lit.push(v);
            }
            '1'..='9' => {
                let d0 = e - '0' as u32;
                if let (true, Some(d1), Some(d2)) = (d0 < 8, octal(repl.get(i)), octal(repl.get(i + 1))) {
                    i += 2;
                    let v = d0 * 64 + d1 * 8 + d2;
                    if v > 0o377 {
                        return err(format!("octal escape value {} outside of range 0-0o377", text(&repl[start..i])), start);
                    }
                    lit.push(v);
                } else {
                    let mut g = d0 as usize;
                    if let Some(d) = digit(repl.get(i)) {
                        g = g * 10 + d;
                        i += 1;
                    }
                    if g > groups {
                        return err(format!("invalid group reference {g}"), start + 1);
                    }
                    push_group(&mut pieces, &mut lit, g);
                }
            }
            'a' => lit.push(7),
            'b' => lit.push(8),
            'f' => lit.push(12),
            'n' => lit.push(10),
            'r' => lit.push(13),
            't' => lit.push(9),
            'v' => lit.push(11),
            '\\' => lit.push(e),
            _ if ch.is_ascii_alphabetic() => return err(format!("bad escape \\{ch}"), start),
            _ => {
                lit.push('\\' as u32);
                lit.push(e);
            }
        }
    }
    if !lit.is_empty() {
        pieces.push(Piece::Text(lit));
    }
    Ok(pieces)
}

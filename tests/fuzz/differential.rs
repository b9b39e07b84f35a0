//! The differential check of syntax verdicts against CPython: which inputs it
//! covers, and the signature of a mismatch (so that each kind is reported once).

use crate::oracle::Verdict;

/// Whether `src` is outside what the differential check judges: source
/// decoding (NUL, non-UTF-8, BOM, coding declarations), tabs, and nesting
/// deeper than 20 levels are being reworked separately.
pub fn excluded(src: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(src) else { return true };
    let head: String = text.lines().take(2).collect::<Vec<_>>().join("\n");
    text.contains(['\0', '\t', '\u{feff}', '\x0c']) || head.contains("coding") || nesting(text) > 20
}

/// The deepest bracket or indentation nesting of `text` (roughly).
fn nesting(text: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut indents = vec![0usize];
    for line in text.lines() {
        let width = line.len() - line.trim_start_matches(' ').len();
        if !line.trim().is_empty() && !line.trim_start().starts_with('#') {
            while indents.len() > 1 && width < *indents.last().unwrap_or(&0) {
                indents.pop();
            }
            if width > *indents.last().unwrap_or(&0) {
                indents.push(width);
            }
        }
        for c in line.chars() {
            match c {
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => depth = depth.saturating_sub(1),
                _ => {}
            }
            deepest = deepest.max(depth);
        }
        deepest = deepest.max(indents.len() - 1);
    }
    deepest
}

/// A mismatch's signature, or `None` when the verdicts agree or CPython failed
/// for a reason other than a syntax error.
pub fn mismatch(coil: &Verdict, cpython: &Verdict) -> Option<String> {
    let short = |m: &str| m.chars().take(40).collect::<String>();
    match (coil, cpython) {
        (_, Verdict::Other(_)) => None,
        (Verdict::Ok, Verdict::Ok) => None,
        (Verdict::Err(_, a, _), Verdict::Err(_, b, _)) if a == b => None,
        (Verdict::Err(k, _, m), Verdict::Err(pk, _, pm)) => {
            Some(format!("line differs: coil {k} '{}' / CPython {pk} '{}'", short(m), short(pm)))
        }
        (Verdict::Ok, Verdict::Err(pk, _, pm)) => Some(format!("coil accepts; CPython {pk} '{}'", short(pm))),
        (Verdict::Err(k, _, m), _) => Some(format!("coil {k} '{}'; CPython accepts", short(m))),
        (Verdict::Other(_), _) => None,
    }
}

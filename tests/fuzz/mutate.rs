//! Mutation strategies over source text: byte edits, line and token edits,
//! splicing lines from other corpus files, hostile literals, deep nesting and
//! hostile snippets. Each strategy takes bytes and returns new bytes.

use crate::hostile;
use crate::rng::Rng;

/// Applies one to three random strategies to `src`; `other` is another corpus file.
pub fn mutate(rng: &mut Rng, src: &[u8], other: &[u8]) -> Vec<u8> {
    let mut out = src.to_vec();
    for _ in 0..1 + rng.below(3) {
        out = match rng.below(12) {
            0 => byte_edit(rng, &out),
            1 => delete_lines(rng, &out),
            2 => duplicate_line(rng, &out),
            3 => swap_lines(rng, &out),
            4 => splice(rng, &out, other),
            5 | 6 => hostile_literal(rng, &out),
            7 => nest(rng, &out),
            8 | 9 => insert_snippet(rng, &out),
            10 => delete_token(rng, &out),
            _ => duplicate_token(rng, &out),
        };
    }
    out.truncate(1 << 16);
    out
}

fn lines(src: &[u8]) -> Vec<Vec<u8>> {
    src.split(|&b| b == b'\n').map(|l| l.to_vec()).collect()
}

fn join(lines: &[Vec<u8>]) -> Vec<u8> {
    lines.join(&b'\n')
}

/// Flips, inserts or deletes a few bytes (inserted bytes favour syntax characters).
fn byte_edit(rng: &mut Rng, src: &[u8]) -> Vec<u8> {
    const SYNTAX: &[u8] = b"()[]{}:;,.'\"\\#@=+-*/%<>!&|^~ \t\n0123456789abcdefxjrbuf_";
    let mut out = src.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(4) {
            0 if at < out.len() => out[at] ^= 1 << rng.below(8),
            1 if at < out.len() => {
                out.remove(at);
            }
            2 => out.insert(at, *rng.pick(SYNTAX)),
            _ => out.insert(at, rng.below(256) as u8),
        }
    }
    out
}

fn delete_lines(rng: &mut Rng, src: &[u8]) -> Vec<u8> {
    let mut ls = lines(src);
    let at = rng.below(ls.len());
    let n = (1 + rng.below(3)).min(ls.len() - at);
    ls.drain(at..at + n);
    join(&ls)
}

fn duplicate_line(rng: &mut Rng, src: &[u8]) -> Vec<u8> {
    let mut ls = lines(src);
    let at = rng.below(ls.len());
    let line = ls[at].clone();
    ls.insert(rng.below(ls.len() + 1), line);
    join(&ls)
}

fn swap_lines(rng: &mut Rng, src: &[u8]) -> Vec<u8> {
    let mut ls = lines(src);
    let (a, b) = (rng.below(ls.len()), rng.below(ls.len()));
    ls.swap(a, b);
    join(&ls)
}

/// Inserts a run of lines from another corpus file.
fn splice(rng: &mut Rng, src: &[u8], other: &[u8]) -> Vec<u8> {
    let mut ls = lines(src);
    let theirs = lines(other);
    let from = rng.below(theirs.len());
    let n = (1 + rng.below(8)).min(theirs.len() - from);
    let at = rng.below(ls.len() + 1);
    for (i, l) in theirs[from..from + n].iter().enumerate() {
        ls.insert(at + i, l.clone());
    }
    join(&ls)
}

/// Byte ranges of the integer literals in `src`.
fn int_literals(src: &[u8]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut i = 0;
    while i < src.len() {
        let starts = src[i].is_ascii_digit() && (i == 0 || !(src[i - 1].is_ascii_alphanumeric() || src[i - 1] == b'_'));
        if starts {
            let j = i + src[i..].iter().take_while(|b| b.is_ascii_alphanumeric() || **b == b'_').count();
            spans.push((i, j));
            i = j;
        } else {
            i += 1;
        }
    }
    spans
}

/// Replaces an integer literal (or, without one, a random spot) by a hostile value.
fn hostile_literal(rng: &mut Rng, src: &[u8]) -> Vec<u8> {
    let spans = int_literals(src);
    let value = format!("({})", hostile::value(rng));
    let (a, b) = if spans.is_empty() {
        let at = rng.below(src.len() + 1);
        (at, at)
    } else {
        *rng.pick(&spans)
    };
    [&src[..a], value.as_bytes(), &src[b..]].concat()
}

/// Wraps the program (or a run of its lines) in nested blocks or brackets.
fn nest(rng: &mut Rng, src: &[u8]) -> Vec<u8> {
    let most = if rng.one_in(4) { 200 } else { 15 };
    let depth = 1 + rng.below(most);
    if rng.one_in(2) {
        let body = String::from_utf8_lossy(src);
        let mut out = String::new();
        let heads = ["if True:", "for _ in [1]:", "while True:", "try:", "with C():", "def f():", "class K:"];
        let mut tails = Vec::new();
        for d in 0..depth {
            let head = rng.pick(&heads);
            out += &format!("{}{}\n", " ".repeat(d), head);
            tails.push((d, *head));
        }
        for line in body.lines() {
            out += &format!("{}{}\n", " ".repeat(depth), line);
        }
        for (d, head) in tails.into_iter().rev() {
            match head {
                "try:" => out += &format!("{}finally:\n{} pass\n", " ".repeat(d), " ".repeat(d)),
                "while True:" => out += &format!("{} break\n", " ".repeat(d + 1)),
                _ => {}
            }
        }
        out.into_bytes()
    } else {
        let (open, close) =
            *rng.pick(&[("(", ")"), ("[", "]"), ("{", "}"), ("-(", ")"), ("f'{", "}'"), ("lambda: (", ")")]);
        let at = rng.below(src.len() + 1);
        [open.repeat(depth).as_bytes(), b"1", close.repeat(depth).as_bytes(), b"\n", &src[at..]].concat()
    }
}

/// Inserts a hostile snippet at a line boundary, indented like the line it precedes.
fn insert_snippet(rng: &mut Rng, src: &[u8]) -> Vec<u8> {
    let mut ls = lines(src);
    let at = rng.below(ls.len() + 1);
    let indent: Vec<u8> = ls.get(at).map_or(Vec::new(), |l| l.iter().take_while(|b| **b == b' ').copied().collect());
    let snippet = rng.pick(hostile::SNIPPETS);
    let mut block = vec![[indent.as_slice(), b"try:"].concat()];
    block.extend(snippet.lines().map(|l| [indent.as_slice(), b"    ", l.as_bytes()].concat()));
    block.push([indent.as_slice(), b"except Exception:"].concat());
    block.push([indent.as_slice(), b"    pass"].concat());
    if rng.one_in(3) {
        // Unprotected: the exception ends the program.
        block = snippet.lines().map(|l| [indent.as_slice(), l.as_bytes()].concat()).collect();
    }
    for (i, l) in block.into_iter().enumerate() {
        ls.insert(at + i, l);
    }
    join(&ls)
}

/// Byte ranges of the "tokens" of `src`: runs of word characters, or single punctuation.
fn tokens(src: &[u8]) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut i = 0;
    while i < src.len() {
        let word = |b: &u8| b.is_ascii_alphanumeric() || *b == b'_';
        let n = if word(&src[i]) { src[i..].iter().take_while(|b| word(b)).count() } else { 1 };
        if !src[i].is_ascii_whitespace() {
            spans.push((i, i + n));
        }
        i += n;
    }
    spans
}

fn delete_token(rng: &mut Rng, src: &[u8]) -> Vec<u8> {
    let ts = tokens(src);
    if ts.is_empty() {
        return src.to_vec();
    }
    let (a, b) = *rng.pick(&ts);
    [&src[..a], &src[b..]].concat()
}

fn duplicate_token(rng: &mut Rng, src: &[u8]) -> Vec<u8> {
    let ts = tokens(src);
    if ts.is_empty() {
        return src.to_vec();
    }
    let (a, b) = *rng.pick(&ts);
    let at = rng.pick(&ts).0;
    [&src[..at], &src[a..b], b" ", &src[at..]].concat()
}

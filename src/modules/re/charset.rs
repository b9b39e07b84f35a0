//! Character predicates of the engine: the categories behind `\d`, `\s`,
//! `\w` (ASCII or Unicode), case folding for IGNORECASE, and character sets
//! (`[...]`) with a bitmap for the first 256 code points.

use crate::objects::numparse::{decimal_value, is_py_whitespace};

/// A class escape: `\d`, `\s` or `\w`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Category {
    Digit,
    Space,
    Word,
}

impl Category {
    pub fn contains(self, c: u32, unicode: bool) -> bool {
        if c < 128 {
            let b = c as u8;
            return match self {
                Category::Digit => b.is_ascii_digit(),
                Category::Space => matches!(b, b' ' | b'\t'..=b'\r') || (unicode && (0x1c..=0x1f).contains(&b)),
                Category::Word => b.is_ascii_alphanumeric() || b == b'_',
            };
        }
        if !unicode {
            return false;
        }
        let Some(ch) = char::from_u32(c) else { return false };
        match self {
            Category::Digit => decimal_value(ch).is_some(),
            Category::Space => is_py_whitespace(ch),
            Category::Word => ch.is_alphanumeric(),
        }
    }
}

/// Whether `c` is a word character for `\b` and `\B`.
pub fn is_word(c: u32, unicode: bool) -> bool {
    Category::Word.contains(c, unicode)
}

/// The simple lowercase of `c` (ASCII only unless `unicode`).
pub fn lower(c: u32, unicode: bool) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    if !unicode {
        return c;
    }
    single(char::from_u32(c).map(|ch| ch.to_lowercase())).unwrap_or(c)
}

/// The simple uppercase of `c` (ASCII only unless `unicode`).
pub fn upper(c: u32, unicode: bool) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_uppercase() as u32;
    }
    if !unicode {
        return c;
    }
    single(char::from_u32(c).map(|ch| ch.to_uppercase())).unwrap_or(c)
}

fn single<I: Iterator<Item = char>>(it: Option<I>) -> Option<u32> {
    let mut it = it?;
    let first = it.next()?;
    it.next().is_none().then_some(first as u32)
}

/// The key two characters share when they are equal ignoring case: the
/// lowercase of the uppercase, so that `ſ`, `s` and `S` (or `K`, `k` and the
/// Kelvin sign) meet.
pub fn fold(c: u32, unicode: bool) -> u32 {
    if c < 128 {
        return (c as u8).to_ascii_lowercase() as u32;
    }
    if !unicode {
        return c;
    }
    if c == 0xfb05 {
        // The ligatures ﬅ and ﬆ fold to the same "st".
        return 0xfb06;
    }
    let l = lower(c, true);
    let u = upper(l, true);
    let back = lower(u, true);
    if upper(back, true) == u {
        back
    } else {
        l
    }
}

/// One member of a set.
#[derive(Clone, Debug)]
pub enum Item {
    Char(u32),
    Range(u32, u32),
    Cat(Category, bool),
}

/// A character set: `[...]`, or a class escape outside brackets.
#[derive(Clone, Debug)]
pub struct CharSet {
    pub items: Vec<Item>,
    pub negated: bool,
    pub icase: bool,
    pub unicode: bool,
    /// Membership of code points below 256, the negation and case included.
    bitmap: [u64; 4],
}

impl CharSet {
    pub fn new(items: Vec<Item>, negated: bool, icase: bool, unicode: bool) -> CharSet {
        let mut set = CharSet { items, negated, icase, unicode, bitmap: [0; 4] };
        for c in 0..256u32 {
            if set.slow_contains(c) {
                set.bitmap[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        set
    }

    fn raw(&self, c: u32) -> bool {
        self.items.iter().any(|item| match *item {
            Item::Char(x) => x == c,
            Item::Range(a, b) => a <= c && c <= b,
            Item::Cat(cat, neg) => cat.contains(c, self.unicode) != neg,
        })
    }

    fn slow_contains(&self, c: u32) -> bool {
        let mut hit = self.raw(c);
        if !hit && self.icase {
            let (l, u, f) = (lower(c, self.unicode), upper(c, self.unicode), fold(c, self.unicode));
            hit = (l != c && self.raw(l)) || (u != c && self.raw(u)) || (f != c && f != l && self.raw(f));
            if !hit && self.unicode && (c >= 128 || matches!(c, 0x4b | 0x6b | 0x53 | 0x73)) {
                // Characters that fold together without being each other's case
                // (the Kelvin sign and `k`, the long s and `s`).
                hit = self.items.iter().any(|item| match *item {
                    Item::Char(x) => fold(x, true) == f,
                    Item::Range(a, b) => b - a < 512 && (a..=b).any(|x| fold(x, true) == f),
                    Item::Cat(..) => false,
                });
            }
        }
        hit != self.negated
    }

    #[inline]
    pub fn contains(&self, c: u32) -> bool {
        if c < 256 {
            return self.bitmap[(c >> 6) as usize] & (1 << (c & 63)) != 0;
        }
        self.slow_contains(c)
    }
}

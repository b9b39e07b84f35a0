//! Unicode character names, as `\N{...}` escapes and the `unicodedata` module see
//! them. The table is the `unicode_names2` crate's (Unicode 15.0 names, 14.0
//! aliases); this layer narrows it to CPython 3.11's rules: exact spelling up to
//! ASCII case, except that the computed names (Hangul syllables, CJK unified
//! ideographs) must be upper case, and only the CJK ranges of Unicode 14.0.

/// The CJK unified ideograph ranges of Unicode 14.0.
const CJK_14: [(u32, u32); 8] = [
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B738),
    (0x2B740, 0x2B81D),
    (0x2B820, 0x2CEA1),
    (0x2CEB0, 0x2EBE0),
    (0x30000, 0x3134A),
];

fn is_hangul_syllable(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

fn is_cjk_ideograph(c: char) -> bool {
    let (lo, hi) = (CJK_14[0].0, CJK_14[CJK_14.len() - 1].1);
    let v = c as u32;
    (lo..=hi).contains(&v) && CJK_14.iter().any(|&(a, b)| (a..=b).contains(&v))
}

/// Whether `c`'s name is computed from its code point rather than listed.
fn computed(c: char) -> bool {
    is_hangul_syllable(c) || unicode_names2::name(c).is_some_and(|n| n.to_string().starts_with("CJK UNIFIED IDEOGRAPH-"))
}

/// The character called `name` (a name or a name alias; not a named sequence).
pub fn lookup(name: &str) -> Option<char> {
    let c = unicode_names2::character(name)?;
    if computed(c) {
        // Computed names only match in their canonical upper-case spelling.
        let canonical = unicode_names2::name(c)?.to_string();
        if canonical != name || (!is_hangul_syllable(c) && !is_cjk_ideograph(c)) {
            return None;
        }
    }
    Some(c)
}

/// The name of `c`, if it has one (control characters and unassigned code points don't).
pub fn name(c: char) -> Option<String> {
    if computed(c) && !is_hangul_syllable(c) && !is_cjk_ideograph(c) {
        return None;
    }
    unicode_names2::name(c).map(|n| n.to_string())
}

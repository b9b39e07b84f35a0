//! Code points as coil's strings hold them. A Python `str` may contain lone
//! surrogates (U+D800..U+DFFF: `'\udcff'`, the `surrogateescape` decoding of
//! an undecodable byte), which Rust's `char` and `String` cannot. coil stores
//! each one as a stand-in from Unicode's unassigned plane 13: surrogate
//! U+D800 + k is held as U+DD800 + k. Everything that turns characters into
//! numbers or bytes (`ord`, `repr`, the codecs, `json`, `re`, `unicodedata`)
//! goes through this module, so scripts see surrogates; the price is that
//! `chr(0xDD800)`..`chr(0xDDFFF)`, unassigned code points, alias them.

/// Distance from a surrogate to the char that stands for it.
const OFFSET: u32 = 0xD0000;
/// The stand-ins, U+DD800..=U+DDFFF.
const FIRST: u32 = 0xD800 + OFFSET;
const LAST: u32 = 0xDFFF + OFFSET;

/// The code point a script sees for `c`.
#[inline]
pub fn code_point(c: char) -> u32 {
    let n = c as u32;
    if (FIRST..=LAST).contains(&n) {
        n - OFFSET
    } else {
        n
    }
}

/// The char that holds code point `n` (a surrogate becomes its stand-in);
/// None above U+10FFFF.
#[inline]
pub fn from_code_point(n: u32) -> Option<char> {
    if (0xD800..=0xDFFF).contains(&n) {
        char::from_u32(n + OFFSET)
    } else {
        char::from_u32(n)
    }
}

/// Whether `c` stands for a lone surrogate.
#[inline]
pub fn is_surrogate(c: char) -> bool {
    (FIRST..=LAST).contains(&(c as u32))
}

/// The surrogate `c` stands for, if it stands for one.
#[inline]
pub fn surrogate(c: char) -> Option<u32> {
    is_surrogate(c).then(|| c as u32 - OFFSET)
}

/// Whether `s` holds any lone surrogate. The stand-ins are 4-byte UTF-8
/// sequences starting F3 9D A0..F3 9D BF, so a byte scan finds them.
#[inline]
pub fn has_surrogates(s: &str) -> bool {
    let b = s.as_bytes();
    memchr::memchr_iter(0xF3, b).any(|i| b.get(i + 1) == Some(&0x9D) && b.get(i + 2).is_some_and(|&x| (0xA0..=0xBF).contains(&x)))
}

/// Bytes from the operating system (a file name, an argument, an
/// environment value) as text: UTF-8, each byte that does not decode becoming
/// the surrogate U+DC80..U+DCFF (CPython's `os.fsdecode`, `surrogateescape`).
pub fn decode_os(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return out;
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let bad = e.error_len().unwrap_or(rest.len() - good);
                for &b in &rest[good..good + bad] {
                    out.extend(from_code_point(0xdc00 + b as u32));
                }
                rest = &rest[good + bad..];
            }
        }
    }
}

/// Text as the operating system takes it (`os.fsencode`): UTF-8, each
/// surrogate U+DC80..U+DCFF back to its byte. Any other surrogate cannot be
/// encoded: Err holds the character index of the first run of them and its end.
pub fn encode_os(s: &str) -> Result<std::borrow::Cow<'_, [u8]>, (usize, usize)> {
    if !has_surrogates(s) {
        return Ok(std::borrow::Cow::Borrowed(s.as_bytes()));
    }
    let mut out = Vec::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match surrogate(c) {
            Some(n @ 0xdc80..=0xdcff) => out.push((n - 0xdc00) as u8),
            Some(_) => {
                let end = i + chars[i..].iter().take_while(|&&c| is_surrogate(c)).count();
                return Err((i, end));
            }
            None => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        }
    }
    Ok(std::borrow::Cow::Owned(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surrogates_round_trip_through_their_stand_ins() {
        for n in [0xD800, 0xDBFF, 0xDC00, 0xDCFF, 0xDFFF] {
            let c = from_code_point(n).unwrap();
            assert!(is_surrogate(c));
            assert_eq!(code_point(c), n);
            assert_eq!(surrogate(c), Some(n));
            assert!(has_surrogates(&format!("a{c}b")));
        }
        for n in [0, 0x41, 0xD7FF, 0xE000, 0xFFFD, 0x1F600, 0x10FFFF] {
            let c = from_code_point(n).unwrap();
            assert!(!is_surrogate(c));
            assert_eq!(code_point(c), n);
            assert!(!has_surrogates(&c.to_string()));
        }
        assert_eq!(from_code_point(0x110000), None);
    }

    #[test]
    fn os_bytes_round_trip_through_surrogateescape() {
        for bytes in [&b"plain"[..], b"caf\xc3\xa9", b"bad\xff\xfe", b"\xed\xa0\x80", b"cut\xe2\x82"] {
            let text = decode_os(bytes);
            assert_eq!(&*encode_os(&text).unwrap(), bytes);
        }
        assert_eq!(decode_os(b"a\xffb").chars().map(code_point).collect::<Vec<_>>(), [0x61, 0xdcff, 0x62]);
        let lone = format!("x{}{}", from_code_point(0xd800).unwrap(), from_code_point(0xd801).unwrap());
        assert_eq!(encode_os(&lone).unwrap_err(), (1, 3));
    }
}

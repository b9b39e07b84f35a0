//! Encoding names: how a name a program passes (`"UTF8"`, `"Latin 1"`,
//! `"iso-8859-1"`) becomes one of the codecs coil implements, with Python's
//! spelling rules and aliases.

/// A text codec coil implements.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Utf16,
    Utf16Le,
    Utf16Be,
    Utf32,
    Utf32Le,
    Utf32Be,
    Latin1,
    Ascii,
    Cp1252,
    Cp437,
    Iso8859_15,
    MacRoman,
    UnicodeEscape,
    RawUnicodeEscape,
}

impl Codec {
    /// The codec's own name, as `codecs.lookup(...).name` reports it.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Utf16 => "utf-16",
            Codec::Utf16Le => "utf-16-le",
            Codec::Utf16Be => "utf-16-be",
            Codec::Utf32 => "utf-32",
            Codec::Utf32Le => "utf-32-le",
            Codec::Utf32Be => "utf-32-be",
            Codec::Latin1 => "iso8859-1",
            Codec::Ascii => "ascii",
            Codec::Cp1252 => "cp1252",
            Codec::Cp437 => "cp437",
            Codec::Iso8859_15 => "iso8859-15",
            Codec::MacRoman => "mac-roman",
            Codec::UnicodeEscape => "unicode-escape",
            Codec::RawUnicodeEscape => "raw-unicode-escape",
        }
    }

    /// The name of the codec in `lookup`'s table (its CPython module's name).
    fn module_name(self) -> String {
        match self {
            Codec::Latin1 => "latin_1".to_string(),
            other => other.name().replace('-', "_"),
        }
    }

    /// Whether `str.encode`/`bytes.decode` report errors of the error handler
    /// itself (a TypeError, an unknown handler) unwrapped: true for the codecs
    /// CPython implements in C behind those methods, false for the ones it
    /// reaches through the codec registry, whose failures it wraps in
    /// "decoding with 'cp1252' codec failed (...)".
    pub fn is_direct(self) -> bool {
        !matches!(
            self,
            Codec::Utf8Sig
                | Codec::Cp1252
                | Codec::Cp437
                | Codec::Iso8859_15
                | Codec::MacRoman
                | Codec::UnicodeEscape
                | Codec::RawUnicodeEscape
        )
    }
}

/// The spelling names are compared in: lower case, every run of characters
/// other than ASCII letters, digits and `.` turned into one `_`, and none at
/// either end (`" Latin--1 "` becomes `latin_1`).
pub fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut gap = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if gap && !out.is_empty() {
                out.push('_');
            }
            gap = false;
            out.push(c.to_ascii_lowercase());
        } else {
            gap = true;
        }
    }
    out
}

/// The codec a normalized name stands for.
fn by_normalized(name: &str) -> Option<Codec> {
    Some(match name {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "utf_8_sig" => Codec::Utf8Sig,
        "utf_16" | "utf16" | "u16" => Codec::Utf16,
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16Le,
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16Be,
        "utf_32" | "utf32" | "u32" => Codec::Utf32,
        "utf_32_le" | "utf_32le" => Codec::Utf32Le,
        "utf_32_be" | "utf_32be" => Codec::Utf32Be,
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "iso8859" | "8859" | "cp819"
        | "ibm819" | "csisolatin1" | "iso_ir_100" | "iso_8859_1_1987" => Codec::Latin1,
        "ascii" | "us_ascii" | "us" | "646" | "cp367" | "ibm367" | "csascii" | "iso646_us" | "iso_ir_6"
        | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "iso_646.irv_1991" => Codec::Ascii,
        "cp1252" | "windows_1252" | "1252" => Codec::Cp1252,
        "cp437" | "437" | "ibm437" | "cspc8codepage437" => Codec::Cp437,
        "iso8859_15" | "iso_8859_15" | "latin9" | "l9" => Codec::Iso8859_15,
        "mac_roman" | "macroman" | "macintosh" => Codec::MacRoman,
        "unicode_escape" => Codec::UnicodeEscape,
        "raw_unicode_escape" => Codec::RawUnicodeEscape,
        _ => return None,
    })
}

/// The codec called `name` in any of Python's spellings, or None when coil
/// has no such codec. Callers check for NUL characters first.
pub fn lookup(name: &str) -> Option<Codec> {
    // The common spellings skip the normalization.
    match name {
        "utf-8" | "utf8" | "UTF-8" => return Some(Codec::Utf8),
        "ascii" => return Some(Codec::Ascii),
        "latin-1" | "latin1" => return Some(Codec::Latin1),
        _ => {}
    }
    let norm = normalize(name);
    if let Some(codec) = by_normalized(&norm) {
        return Some(codec);
    }
    // A dotted spelling may name an alias (`iso8859.1`), but not a codec's own
    // name (`utf.8` is no codec).
    let undotted = norm.replace('.', "_");
    by_normalized(&undotted).filter(|c| norm.contains('.') && c.module_name() != undotted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings() {
        assert_eq!(lookup("UTF8"), Some(Codec::Utf8));
        assert_eq!(lookup("  utf--8! "), Some(Codec::Utf8));
        assert_eq!(lookup("iso_8859_1:1987"), Some(Codec::Latin1));
        assert_eq!(lookup("ISO-8859-15"), Some(Codec::Iso8859_15));
        assert_eq!(lookup("MacRoman"), Some(Codec::MacRoman));
        assert_eq!(lookup("iso8859.1"), Some(Codec::Latin1));
        assert_eq!(lookup("utf.8"), None);
        assert_eq!(lookup("latin.1"), None);
        assert_eq!(lookup("us.ascii"), Some(Codec::Ascii));
        assert_eq!(lookup("utf_8\u{e9}"), Some(Codec::Utf8));
        assert_eq!(lookup("ANSI_X3.4-1968"), Some(Codec::Ascii));
    }
}

//! Source bytes to text, as PEP 263 has it: a UTF-8 byte order mark is
//! skipped, a `coding` declaration in a comment on line 1 (or line 2 after a
//! comment or blank line) names the codec, and everything else is UTF-8. The
//! errors are worded as CPython words them, which differs between a script
//! run from a file and bytes given to `compile`/`exec` (or imported).

use super::ast::Span;
use super::diag::SyntaxError;

/// Where the bytes come from.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Origin {
    /// A script file run, checked or disassembled by the `coil` command.
    File,
    /// Bytes given to `compile`/`exec`/`eval`, or a module file being imported.
    Bytes,
}

/// Why a declared codec could not decode the source.
pub enum CodecFailure {
    /// No codec of that name.
    Unknown,
    /// The codec failed; its error message.
    Failed(String),
}

/// A decoding error, in the shape CPython reports it.
#[derive(Debug, Clone)]
pub enum SourceError {
    /// A message with no place at all (no `File` line is printed).
    Bare(String),
    /// A message placed on line 0 of the file.
    LineZero(String),
    /// An error at a place in the text (decoded with bad bytes replaced).
    At { error: SyntaxError, text: String },
    /// A NUL byte in a script file: its line (number and text up to the NUL).
    Null { line: usize, text: String },
}

/// Runs a declared codec on the source bytes (strict errors).
pub type RunCodec<'a> = dyn FnMut(&str, &[u8]) -> Result<String, CodecFailure> + 'a;

/// The message for a NUL byte in source given as a string or bytes.
pub const NULL_IN_STRING: &str = "source code string cannot contain null bytes";

/// Decodes source bytes; `decode` runs a declared codec (other than UTF-8 and
/// Latin-1, which are handled here) in strict mode.
pub fn decode(
    bytes: &[u8],
    origin: Origin,
    path: &str,
    decode: &mut RunCodec,
) -> Result<String, SourceError> {
    let (bom, body) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let declared = declaration(body);
    let normal = declared.as_deref().map(normal_name);
    let text = match (declared.as_deref(), normal) {
        (Some(name), Some(normal)) if normal != "utf-8" => {
            if bom {
                return Err(placeless(origin, format!("encoding problem: {normal} with BOM")));
            }
            if normal == "iso-8859-1" {
                body.iter().map(|&b| b as char).collect()
            } else {
                match decode(name, body) {
                    Ok(text) => text,
                    Err(failure) => return Err(codec_error(origin, name, failure)),
                }
            }
        }
        _ => utf8(body, origin, path, declared.is_some())?,
    };
    if let Some(at) = text.find('\0') {
        return Err(match origin {
            Origin::Bytes => SourceError::Bare(NULL_IN_STRING.into()),
            Origin::File => {
                let line = text[..at].matches('\n').count() + 1;
                let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                SourceError::Null { line, text: text[start..at].to_string() }
            }
        });
    }
    Ok(text)
}

/// An error with no place in the text: none at all for a file, line 0 for bytes.
fn placeless(origin: Origin, msg: String) -> SourceError {
    match origin {
        Origin::File => SourceError::Bare(msg),
        Origin::Bytes => SourceError::LineZero(msg),
    }
}

/// The error for a declared codec that is unknown or fails.
fn codec_error(origin: Origin, name: &str, failure: CodecFailure) -> SourceError {
    match (origin, failure) {
        (Origin::File, _) => SourceError::Bare(format!("encoding problem: {name}")),
        (Origin::Bytes, CodecFailure::Unknown) => SourceError::LineZero(format!("unknown encoding: {name}")),
        (Origin::Bytes, CodecFailure::Failed(msg)) => SourceError::LineZero(msg),
    }
}

/// The codec name a `coding` declaration on line 1 or 2 gives, as written.
pub fn declaration(body: &[u8]) -> Option<String> {
    let mut lines = body.split_inclusive(|&b| b == b'\n');
    let first = lines.next()?;
    if let Some(name) = coding_spec(first) {
        return Some(name);
    }
    let blank_or_comment = {
        let rest = trim_blank(first);
        rest.is_empty() || rest[0] == b'#' || rest[0] == b'\n' || rest[0] == b'\r'
    };
    if !blank_or_comment {
        return None;
    }
    coding_spec(lines.next()?)
}

/// Leading spaces, tabs and form feeds removed.
fn trim_blank(line: &[u8]) -> &[u8] {
    let n = line.iter().take_while(|b| matches!(b, b' ' | b'\t' | b'\x0c')).count();
    &line[n..]
}

/// The name in `# ... coding[:=] NAME` when the line is a comment.
fn coding_spec(line: &[u8]) -> Option<String> {
    let rest = trim_blank(line);
    if rest.first() != Some(&b'#') {
        return None;
    }
    let mut i = 0;
    while let Some(found) = find(&rest[i..], b"coding") {
        let after = i + found + 6;
        i = after;
        if !matches!(rest.get(after), Some(b':' | b'=')) {
            continue;
        }
        let tail = trim_blank(&rest[after + 1..]);
        let name: Vec<u8> =
            tail.iter().copied().take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')).collect();
        if !name.is_empty() {
            return Some(String::from_utf8_lossy(&name).into_owned());
        }
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// "utf-8" and "iso-8859-1" for their common spellings, else the name as written.
fn normal_name(name: &str) -> &str {
    let buf: String =
        name.chars().take(12).map(|c| if c == '_' { '-' } else { c.to_ascii_lowercase() }).collect();
    if buf == "utf-8" || buf.starts_with("utf-8-") {
        "utf-8"
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"].contains(&buf.as_str())
        || ["latin-1-", "iso-8859-1-", "iso-latin-1-"].iter().any(|p| buf.starts_with(p))
    {
        "iso-8859-1"
    } else {
        name
    }
}

/// UTF-8 source. A bad byte in a file without a declaration is reported as
/// such; otherwise (as CPython's tokenizer does) bad bytes in comments pass
/// and the token holding one fails to decode.
fn utf8(body: &[u8], origin: Origin, path: &str, declared: bool) -> Result<String, SourceError> {
    let err = match std::str::from_utf8(body) {
        Ok(text) => return Ok(text.to_string()),
        Err(e) => e,
    };
    let at = err.valid_up_to();
    if origin == Origin::File && !declared {
        let line = body[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        return Err(SourceError::Bare(format!(
            "Non-UTF-8 code starting with '\\x{:02x}' in file {path} on line {line}, but no encoding declared; \
             see https://peps.python.org/pep-0263/ for details",
            body[at]
        )));
    }
    // Bad bytes inside comments are dropped with the comments; the first one
    // elsewhere fails the token it is in.
    let mut pos = 0;
    while let Some(bad) = first_bad(&body[pos..]).map(|b| b + pos) {
        let line_start = body[..bad].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let line_end = body[bad..].iter().position(|&b| b == b'\n').map_or(body.len(), |i| i + bad);
        match token_start(&body[line_start..bad]) {
            None => pos = line_end, // in a comment
            Some((start, quote)) => {
                let start = line_start + start;
                let end = match quote {
                    Some(q) => body[bad..line_end].iter().position(|&b| b == q).map_or(line_end, |i| i + bad),
                    None => body[bad..line_end]
                        .iter()
                        .position(|&b| b.is_ascii() && !(b.is_ascii_alphanumeric() || b == b'_'))
                        .map_or(line_end, |i| i + bad),
                };
                return Err(token_error(body, start, end));
            }
        }
    }
    Ok(String::from_utf8_lossy(body).into_owned())
}

/// Where the first byte that is not valid UTF-8 is.
fn first_bad(bytes: &[u8]) -> Option<usize> {
    std::str::from_utf8(bytes).err().map(|e| e.valid_up_to())
}

/// Where the token holding the end of `prefix` (a line up to a bad byte)
/// starts, and its quote when it is a string; None inside a comment or a
/// bytes literal (bad bytes there are passed on to the lexer).
fn token_start(prefix: &[u8]) -> Option<(usize, Option<u8>)> {
    let mut quote: Option<(usize, u8)> = None;
    let mut i = 0;
    while i < prefix.len() {
        let b = prefix[i];
        match quote {
            Some((_, q)) if b == q => quote = None,
            Some(_) if b == b'\\' => i += 1,
            Some(_) => {}
            None if b == b'#' => return None,
            // The lexer reports a bytes literal's non-ASCII bytes itself.
            None if (b == b'"' || b == b'\'') && bytes_prefix(&prefix[..i]) => return None,
            None if b == b'"' || b == b'\'' => quote = Some((i + 1, b)),
            None => {}
        }
        i += 1;
    }
    if let Some((start, q)) = quote {
        return Some((start, Some(q)));
    }
    let word = prefix.iter().rev().take_while(|&&b| !b.is_ascii() || b.is_ascii_alphanumeric() || b == b'_').count();
    Some((prefix.len() - word, None))
}

/// Whether a string's prefix (the letters before its quote) makes it bytes.
fn bytes_prefix(before: &[u8]) -> bool {
    let letters = before.iter().rev().take_while(|b| b.is_ascii_alphabetic()).count();
    let prefix = &before[before.len() - letters..];
    letters <= 2 && prefix.iter().any(|b| matches!(b, b'b' | b'B'))
}

/// "(unicode error) 'utf-8' codec can't decode ..." for the token `body[start..end]`.
fn token_error(body: &[u8], start: usize, end: usize) -> SourceError {
    let token = &body[start..end];
    let e = std::str::from_utf8(token).err();
    let at = e.as_ref().map_or(0, |e| e.valid_up_to());
    let byte = token.get(at).copied().unwrap_or(0);
    let reason = match e.and_then(|e| e.error_len()) {
        None => "unexpected end of data",
        Some(_) if matches!(byte, 0x80..=0xc1 | 0xf5..=0xff) => "invalid start byte",
        Some(_) => "invalid continuation byte",
    };
    let msg = format!("(unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} in position {at}: {reason}");
    let text = String::from_utf8_lossy(&body[..start]).into_owned();
    let offset = text.len();
    let text = text + &String::from_utf8_lossy(&body[start..]);
    SourceError::At { error: SyntaxError::new(msg, Span::new(offset, offset)), text }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_codec(_: &str, _: &[u8]) -> Result<String, CodecFailure> {
        Err(CodecFailure::Unknown)
    }

    #[test]
    fn declarations_on_the_first_two_lines() {
        assert_eq!(declaration(b"# -*- coding: latin-1 -*-\n").as_deref(), Some("latin-1"));
        assert_eq!(declaration(b"#!/bin/x\n# vim: set fileencoding=cp1252 :\n").as_deref(), Some("cp1252"));
        assert_eq!(declaration(b"x = 1\n# coding: latin-1\n"), None);
        assert_eq!(declaration(b"\n\n# coding: latin-1\n"), None);
    }

    #[test]
    fn bom_and_latin1() {
        assert_eq!(decode(b"\xef\xbb\xbfx", Origin::File, "f", &mut no_codec).unwrap(), "x");
        assert_eq!(decode(b"# coding: latin-1\n\xe9", Origin::File, "f", &mut no_codec).unwrap(), "# coding: latin-1\n\u{e9}");
        let e = decode(b"\xef\xbb\xbf# coding: latin-1\n", Origin::File, "f", &mut no_codec).unwrap_err();
        assert!(matches!(e, SourceError::Bare(m) if m == "encoding problem: iso-8859-1 with BOM"));
    }
}

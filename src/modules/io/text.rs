//! `io.TextIOWrapper`: text over a byte buffer — decoding in chunks, newline
//! translation, line reading, encoding on write — and the standard streams
//! (`sys.stdin`, `sys.stdout`, `sys.stderr`) built from it.

use crate::vm::types::Exc;
use super::buffered::{Buffered, Kind};
use crate::objects::codecs::{Decoder, Encoder};
use super::fileio::{seek_arg, FileIO};
use super::{add_methods, add_property, call_method, closed_file, receiver, size_arg, unsupported};
use crate::objects::kwarg;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::io::SeekFrom;
use std::rc::Rc;

/// How newlines are read and written (the `newline` argument).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Newline {
    /// `None`: `\r`, `\n`, `\r\n` all read as `\n`; `\n` written as `os.linesep`.
    Universal,
    /// `''`: lines end at any of the three, left as they are.
    Untranslated,
    /// `'\n'`, `'\r'`, `'\r\n'`: lines end there; `\n` is written as it.
    Fixed(&'static str),
}

impl Newline {
    /// The `newline` argument.
    pub fn parse(interp: &mut Interp, v: Option<&Value>) -> PyResult<Newline> {
        match v {
            None | Some(Value::None) => Ok(Newline::Universal),
            Some(Value::Str(s)) => match s.as_str() {
                "" => Ok(Newline::Untranslated),
                "\n" => Ok(Newline::Fixed("\n")),
                "\r" => Ok(Newline::Fixed("\r")),
                "\r\n" => Ok(Newline::Fixed("\r\n")),
                other => Err(interp.new_error(Exc::ValueError, format!("illegal newline value: {other}"))),
            },
            Some(other) => {
                let t = interp.type_name(other);
                Err(interp.type_error(format!("TextIOWrapper() argument 'newline' must be str or None, not {t}")))
            }
        }
    }

    fn value(self) -> Value {
        match self {
            Newline::Universal => Value::None,
            Newline::Untranslated => Value::str(""),
            Newline::Fixed(s) => Value::str(s),
        }
    }
}

/// The newline kinds in `text` (bit 0 `\r`, 1 `\n`, 2 `\r\n`), and the
/// text with each turned into `\n` when `translate`.
pub fn scan_newlines(text: &str, translate: bool) -> (String, u8) {
    let mut out = String::with_capacity(text.len());
    let mut seen = 0;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {
                chars.next();
                out.push_str(if translate { "\n" } else { "\r\n" });
                seen |= 4;
            }
            '\r' => {
                out.push(if translate { '\n' } else { '\r' });
                seen |= 1;
            }
            '\n' => {
                out.push('\n');
                seen |= 2;
            }
            c => out.push(c),
        }
    }
    (out, seen)
}

/// `newlines` from the kinds seen: None, one string, or a tuple of them.
pub fn newlines_value(seen: u8) -> Value {
    let kinds: Vec<Value> =
        [(1, "\r"), (2, "\n"), (4, "\r\n")].iter().filter(|(bit, _)| seen & bit != 0).map(|(_, s)| Value::str(s)).collect();
    match kinds.len() {
        0 => Value::None,
        1 => kinds[0].clone(),
        _ => Value::tuple(kinds),
    }
}

/// Decoded text waiting to be read.
#[derive(Default)]
struct ReadState {
    /// Decoded, untranslated text; `pos` bytes of it are consumed.
    text: String,
    pos: usize,
    /// Set once the buffer returned no more bytes.
    eof: bool,
    /// Newline kinds seen (for `newlines`): bit 0 `\r`, 1 `\n`, 2 `\r\n`.
    seen: u8,
    /// Whether `text` may hold a `\r` (when not, lines end at `\n` alone and
    /// need no translation).
    has_cr: bool,
    /// Whether `text` is all ASCII (lines taken from it need no character count).
    ascii: bool,
}

/// The configuration and state of a text stream.
struct Inner {
    buffer: Value,
    native: Option<Rc<Buffered>>,
    encoding: String,
    errors: String,
    newline: Newline,
    decoder: Option<Decoder>,
    encoder: Option<Encoder>,
    line_buffering: bool,
    write_through: bool,
    /// The `mode` attribute `open` sets.
    mode: Value,
    detached: bool,
}

/// A text stream.
pub struct TextIOWrapper {
    inner: RefCell<Option<Inner>>,
    read: RefCell<ReadState>,
    chunk_size: Cell<usize>,
}

impl NativeObject for TextIOWrapper {
    fn type_name(&self) -> &str {
        "TextIOWrapper"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn iter_next(&self, interp: &mut Interp) -> Option<PyResult<Option<Value>>> {
        if self.open_fast() {
            if let Some(line) = self.buffered_line() {
                return Some(Ok(Some(line)));
            }
        }
        Some(self.readline(interp, None).map(|line| if line.is_empty() { None } else { Some(Value::string(line)) }))
    }
}

/// What `TextIOWrapper(...)` was given.
pub struct TextOptions {
    pub encoding: Option<String>,
    pub errors: Option<String>,
    pub newline: Newline,
    pub line_buffering: bool,
    pub write_through: bool,
}

impl TextIOWrapper {
    fn empty() -> TextIOWrapper {
        TextIOWrapper { inner: RefCell::new(None), read: RefCell::new(ReadState::default()), chunk_size: Cell::new(8192) }
    }

    /// A text stream over `buffer`.
    pub fn new(interp: &mut Interp, buffer: Value, options: TextOptions) -> PyResult<Rc<TextIOWrapper>> {
        let t = Rc::new(TextIOWrapper::empty());
        t.init(interp, buffer, options)?;
        Ok(t)
    }

    fn init(&self, interp: &mut Interp, buffer: Value, o: TextOptions) -> PyResult<()> {
        let encoding = o.encoding.unwrap_or_else(|| "UTF-8".to_string());
        let errors = o.errors.unwrap_or_else(|| "strict".to_string());
        let native = match &buffer {
            Value::Native(n) => downcast_rc::<Buffered>(n),
            _ => None,
        };
        let readable = call_method(interp, &buffer, "readable", vec![])?;
        let readable = interp.truthy(&readable)?;
        let writable = call_method(interp, &buffer, "writable", vec![])?;
        let writable = interp.truthy(&writable)?;
        let decoder = if readable { Some(Decoder::new(interp, &encoding, &errors)?) } else { None };
        let encoder = if writable { Some(Encoder::new(interp, &encoding, &errors)?) } else { None };
        *self.inner.borrow_mut() = Some(Inner {
            buffer,
            native,
            encoding,
            errors,
            newline: o.newline,
            decoder,
            encoder,
            line_buffering: o.line_buffering,
            write_through: o.write_through,
            mode: Value::None,
            detached: false,
        });
        *self.read.borrow_mut() = ReadState::default();
        Ok(())
    }

    /// Sets the `mode` attribute (`open` does).
    pub fn set_mode(&self, mode: &str) {
        if let Some(inner) = self.inner.borrow_mut().as_mut() {
            inner.mode = Value::str(mode);
        }
    }

    fn buffer(&self, interp: &mut Interp) -> PyResult<(Value, Option<Rc<Buffered>>)> {
        match self.inner.borrow().as_ref() {
            Some(i) if !i.detached => Ok((i.buffer.clone(), i.native.clone())),
            Some(_) => Err(interp.new_error(Exc::ValueError, "underlying buffer has been detached")),
            None => Err(interp.new_error(Exc::ValueError, "I/O operation on uninitialized object")),
        }
    }

    fn is_closed(&self, interp: &mut Interp) -> PyResult<bool> {
        let (buffer, native) = self.buffer(interp)?;
        if let Some(b) = native {
            return b.is_closed(interp);
        }
        let c = interp.get_attr(&buffer, "closed")?;
        interp.truthy(&c)
    }

    fn check_open(&self, interp: &mut Interp) -> PyResult<(Value, Option<Rc<Buffered>>)> {
        let b = self.buffer(interp)?;
        if self.is_closed(interp)? {
            return Err(closed_file(interp));
        }
        Ok(b)
    }

    fn newline(&self) -> Newline {
        self.inner.borrow().as_ref().map_or(Newline::Universal, |i| i.newline)
    }

    /// Reads and decodes one more chunk; false at end of file.
    fn read_chunk(&self, interp: &mut Interp) -> PyResult<bool> {
        if self.read.borrow().eof {
            return Ok(false);
        }
        let (buffer, native) = self.buffer(interp)?;
        if self.inner.borrow().as_ref().is_some_and(|i| i.decoder.is_none()) {
            return Err(unsupported(interp, "not readable"));
        }
        let size = self.chunk_size.get();
        let bytes = match native {
            Some(b) => b.read1(interp, Some(size))?,
            None => {
                let method = if interp.get_attr(&buffer, "read1").is_ok() { "read1" } else { "read" };
                match call_method(interp, &buffer, method, vec![Value::Int(size as i64)])? {
                    Value::Bytes(b) => b.to_vec(),
                    Value::None => Vec::new(),
                    other => {
                        let t = interp.type_name(&other);
                        return Err(interp.type_error(format!(
                            "underlying {method}() should have returned a bytes-like object, not '{t}'"
                        )));
                    }
                }
            }
        };
        let eof = bytes.is_empty();
        let mut decoder = self.inner.borrow_mut().as_mut().and_then(|i| i.decoder.take());
        let decoded = match decoder.as_mut() {
            Some(d) => d.decode(interp, &bytes, eof),
            None => Ok(String::new()),
        };
        if let Some(i) = self.inner.borrow_mut().as_mut() {
            i.decoder = decoder;
        }
        let decoded = decoded?;
        let mut r = self.read.borrow_mut();
        if r.pos > 0 {
            let pos = r.pos;
            if pos == r.text.len() {
                r.text.clear();
                r.has_cr = false;
            } else {
                r.text.drain(..pos);
            }
            r.pos = 0;
        }
        r.ascii = (r.ascii || r.text.is_empty()) && decoded.is_ascii();
        if memchr::memchr(b'\r', decoded.as_bytes()).is_some() {
            r.has_cr = true;
        } else if matches!(self.newline(), Newline::Universal | Newline::Untranslated)
            && memchr::memchr(b'\n', decoded.as_bytes()).is_some()
        {
            r.seen |= 2;
        }
        r.text.push_str(&decoded);
        r.eof = eof;
        Ok(!eof || !decoded.is_empty())
    }

    /// Translates `\r\n` and `\r` to `\n` for universal newlines, noting the kinds seen.
    fn translate(&self, text: &str) -> String {
        let newline = self.newline();
        let universal = newline == Newline::Universal;
        if !(universal || newline == Newline::Untranslated) || !self.read.borrow().has_cr {
            return text.to_string();
        }
        let (out, seen) = scan_newlines(text, universal);
        self.read.borrow_mut().seen |= seen;
        out
    }

    /// The end of the first line in `text` (after its terminator), if complete.
    /// A `\r` at the very end is not a complete terminator in modes where `\r\n` counts.
    fn line_end(&self, text: &str, at_eof: bool) -> Option<usize> {
        let bytes = text.as_bytes();
        let has_cr = self.read.borrow().has_cr;
        match self.newline() {
            Newline::Fixed("\n") => memchr::memchr(b'\n', bytes).map(|i| i + 1),
            Newline::Universal if !has_cr => memchr::memchr(b'\n', bytes).map(|i| i + 1),
            Newline::Fixed("\r") => memchr::memchr(b'\r', bytes).map(|i| i + 1),
            Newline::Fixed(_) => text.find("\r\n").map(|i| i + 2),
            Newline::Universal | Newline::Untranslated => {
                let i = memchr::memchr2(b'\n', b'\r', bytes)?;
                if bytes[i] == b'\n' {
                    return Some(i + 1);
                }
                match bytes.get(i + 1) {
                    Some(b'\n') => Some(i + 2),
                    Some(_) => Some(i + 1),
                    None if at_eof => Some(i + 1),
                    None => None,
                }
            }
        }
    }

    /// Whether the stream is open, known without calling out (a native buffer over a file).
    fn open_fast(&self) -> bool {
        let inner = self.inner.borrow();
        match inner.as_ref() {
            Some(i) if !i.detached => i.native.as_ref().is_some_and(|b| b.closed_fast() == Some(false)),
            _ => false,
        }
    }

    /// The next line when it is already decoded and ends at a plain `\n`.
    fn buffered_line(&self) -> Option<Value> {
        if !matches!(self.newline(), Newline::Universal | Newline::Fixed("\n")) {
            return None;
        }
        let mut r = self.read.borrow_mut();
        if r.has_cr && self.newline() != Newline::Fixed("\n") {
            return None;
        }
        let avail = &r.text.as_bytes()[r.pos..];
        let end = memchr::memchr(b'\n', avail)? + 1;
        let start = r.pos;
        r.pos += end;
        let line = r.text[start..start + end].to_string();
        Some(if r.ascii { Value::ascii_string(line) } else { Value::string(line) })
    }

    /// `readline(limit)`: one line (translated), at most `limit` characters.
    pub fn readline(&self, interp: &mut Interp, limit: Option<usize>) -> PyResult<String> {
        if limit.is_none() && self.open_fast() {
            if let Some(Value::Str(line)) = self.buffered_line() {
                return Ok(line.as_str().to_string());
            }
        }
        self.check_open(interp)?;
        loop {
            let found = {
                let r = self.read.borrow();
                let avail = &r.text[r.pos..];
                let end = self.line_end(avail, r.eof);
                let limit_end = limit.and_then(|l| avail.char_indices().nth(l).map(|(i, _)| i));
                match (end, limit_end) {
                    (Some(e), Some(l)) if l < e => Some(l),
                    (Some(e), _) => Some(e),
                    (None, Some(l)) => Some(l),
                    (None, None) if r.eof => Some(avail.len()),
                    (None, None) => None,
                }
            };
            if let Some(n) = found {
                let line = {
                    let mut r = self.read.borrow_mut();
                    let start = r.pos;
                    r.pos += n;
                    r.text[start..start + n].to_string()
                };
                return Ok(self.translate(&line));
            }
            if !self.read_chunk(interp)? {
                self.read.borrow_mut().eof = true;
            }
        }
    }

    /// `read(n)`: `n` characters, or everything with `None`.
    pub fn read(&self, interp: &mut Interp, n: Option<usize>) -> PyResult<String> {
        let (buffer, native) = self.check_open(interp)?;
        if self.inner.borrow().as_ref().is_some_and(|i| i.decoder.is_none()) {
            return Err(unsupported(interp, "not readable"));
        }
        match n {
            None => {
                // Everything at once: the rest of the buffer, decoded in one go.
                let rest = match native {
                    Some(b) => b.read(interp, None)?,
                    None => match call_method(interp, &buffer, "read", vec![])? {
                        Value::Bytes(b) => b.to_vec(),
                        _ => Vec::new(),
                    },
                };
                let mut decoder = self.inner.borrow_mut().as_mut().and_then(|i| i.decoder.take());
                let decoded = match decoder.as_mut() {
                    Some(d) => d.decode(interp, &rest, true),
                    None => Ok(String::new()),
                };
                if let Some(i) = self.inner.borrow_mut().as_mut() {
                    i.decoder = decoder;
                }
                let decoded = decoded?;
                let text = {
                    let mut r = self.read.borrow_mut();
                    let mut text = r.text[r.pos..].to_string();
                    text.push_str(&decoded);
                    r.text.clear();
                    r.pos = 0;
                    r.eof = true;
                    if memchr::memchr(b'\r', text.as_bytes()).is_some() {
                        r.has_cr = true;
                    } else if memchr::memchr(b'\n', text.as_bytes()).is_some() {
                        r.seen |= 2;
                    }
                    text
                };
                Ok(self.translate(&text))
            }
            Some(n) => {
                let mut out = String::new();
                let mut want = n;
                while want > 0 {
                    let (chunk, done) = {
                        let mut r = self.read.borrow_mut();
                        let avail = &r.text[r.pos..];
                        // Keep a final `\r` back until the next chunk shows whether `\n` follows.
                        let hold = self.newline() == Newline::Universal && !r.eof && avail.ends_with('\r');
                        let usable = if hold { &avail[..avail.len() - 1] } else { avail };
                        let end = usable.char_indices().nth(want).map_or(usable.len(), |(i, _)| i);
                        let mut end = end;
                        // Never split a `\r\n` pair between two reads in universal mode.
                        if self.newline() == Newline::Universal
                            && end > 0
                            && usable.as_bytes()[end - 1] == b'\r'
                            && usable.as_bytes().get(end) == Some(&b'\n')
                        {
                            end += 1;
                        }
                        let piece = usable[..end].to_string();
                        r.pos += end;
                        (piece, r.eof && r.pos == r.text.len())
                    };
                    let translated = self.translate(&chunk);
                    want = want.saturating_sub(translated.chars().count());
                    out.push_str(&translated);
                    if want == 0 || done {
                        break;
                    }
                    if !self.read_chunk(interp)? {
                        self.read.borrow_mut().eof = true;
                        let at_end = {
                            let r = self.read.borrow();
                            r.pos == r.text.len()
                        };
                        if at_end {
                            break;
                        }
                    }
                }
                Ok(out)
            }
        }
    }

    /// `write(text)`: encoded and passed to the buffer; the number of characters.
    pub fn write(&self, interp: &mut Interp, text: &str) -> PyResult<usize> {
        let (buffer, native) = self.check_open(interp)?;
        let (newline, line_buffering, write_through) = {
            let inner = self.inner.borrow();
            let i = inner.as_ref().expect("checked open");
            (i.newline, i.line_buffering, i.write_through)
        };
        let translated;
        let text_out: &str = match newline {
            Newline::Fixed(nl) if nl != "\n" && text.contains('\n') => {
                translated = text.replace('\n', nl);
                &translated
            }
            _ => text,
        };
        let mut encoder = self.inner.borrow_mut().as_mut().and_then(|i| i.encoder.take());
        let Some(enc) = encoder.as_mut() else {
            return Err(unsupported(interp, "not writable"));
        };
        let encoded = enc.encode(interp, text_out, false);
        if let Some(i) = self.inner.borrow_mut().as_mut() {
            i.encoder = encoder;
        }
        let encoded = encoded?;
        // Read-ahead text is dropped, as CPython does, and the decoder starts over.
        {
            let mut r = self.read.borrow_mut();
            if r.pos < r.text.len() || !r.text.is_empty() {
                r.text.clear();
                r.pos = 0;
            }
            r.eof = false;
        }
        if let Some(i) = self.inner.borrow_mut().as_mut() {
            if let Some(d) = i.decoder.as_mut() {
                d.reset();
            }
        }
        let flush = write_through || line_buffering && (text.contains('\n') || text.contains('\r'));
        match native {
            Some(b) => {
                b.write(interp, &encoded)?;
                if flush {
                    b.flush_buffer(interp)?;
                }
            }
            None => {
                call_method(interp, &buffer, "write", vec![Value::bytes(encoded)])?;
                if flush {
                    call_method(interp, &buffer, "flush", vec![])?;
                }
            }
        }
        Ok(text.chars().count())
    }

    /// `tell()`: the byte position of the next character to read.
    pub fn tell(&self, interp: &mut Interp) -> PyResult<u64> {
        let (buffer, native) = self.check_open(interp)?;
        self.flush(interp)?;
        let pos = match &native {
            Some(b) => b.tell(interp)?,
            None => {
                let seekable = call_method(interp, &buffer, "seekable", vec![])?;
                if !interp.truthy(&seekable)? {
                    return Err(unsupported(interp, "underlying stream is not seekable"));
                }
                let p = call_method(interp, &buffer, "tell", vec![])?;
                interp.index_value(&p)? as u64
            }
        };
        let unread = {
            let r = self.read.borrow();
            r.text[r.pos..].to_string()
        };
        let pending = self.inner.borrow().as_ref().and_then(|i| i.decoder.as_ref().map(|d| d.pending().len())).unwrap_or(0);
        let unread_bytes = if unread.is_empty() { 0 } else { self.encoded_len(interp, &unread)? };
        Ok(pos.saturating_sub(unread_bytes as u64 + pending as u64))
    }

    fn encoded_len(&self, interp: &mut Interp, text: &str) -> PyResult<usize> {
        let (encoding, errors) = {
            let inner = self.inner.borrow();
            let i = inner.as_ref().expect("open");
            (i.encoding.clone(), i.errors.clone())
        };
        if matches!(encoding.to_ascii_lowercase().as_str(), "utf-8" | "utf8" | "locale") {
            return Ok(text.len());
        }
        let mut enc = Encoder::new(interp, &encoding, &errors)?;
        Ok(enc.encode(interp, text, true)?.len())
    }

    /// `seek(cookie, whence)`.
    pub fn seek(&self, interp: &mut Interp, to: SeekFrom) -> PyResult<u64> {
        let (buffer, native) = self.check_open(interp)?;
        let pos = match to {
            SeekFrom::Current(0) => return self.tell(interp),
            SeekFrom::Current(_) => return Err(unsupported(interp, "can't do nonzero cur-relative seeks")),
            SeekFrom::End(0) => SeekFrom::End(0),
            SeekFrom::End(_) => return Err(unsupported(interp, "can't do nonzero end-relative seeks")),
            start => start,
        };
        self.flush(interp)?;
        *self.read.borrow_mut() = ReadState::default();
        if let Some(i) = self.inner.borrow_mut().as_mut() {
            if let Some(d) = i.decoder.as_mut() {
                d.reset();
            }
        }
        match native {
            Some(b) => b.seek(interp, pos),
            None => {
                let (off, whence) = match pos {
                    SeekFrom::Start(n) => (n as i64, 0),
                    SeekFrom::End(n) => (n, 2),
                    SeekFrom::Current(n) => (n, 1),
                };
                let r = call_method(interp, &buffer, "seek", vec![Value::Int(off), Value::Int(whence)])?;
                Ok(interp.index_value(&r)? as u64)
            }
        }
    }

    /// Passes buffered output on.
    pub fn flush(&self, interp: &mut Interp) -> PyResult<()> {
        let (buffer, native) = self.check_open(interp)?;
        match native {
            Some(b) => b.flush(interp)?,
            None => {
                call_method(interp, &buffer, "flush", vec![])?;
            }
        }
        Ok(())
    }

    fn close(&self, interp: &mut Interp) -> PyResult<()> {
        let (buffer, native) = self.buffer(interp)?;
        if self.is_closed(interp)? {
            return Ok(());
        }
        let flushed = self.flush(interp);
        let closed = match native {
            Some(b) => b.close(interp),
            None => call_method(interp, &buffer, "close", vec![]).map(|_| ()),
        };
        flushed.and(closed)
    }
}

fn this(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<TextIOWrapper>> {
    receiver::<TextIOWrapper>(interp, args, "TextIOWrapper")
}

/// A `str` argument or None (for encoding/errors), with CPython's TypeError.
fn opt_str(interp: &mut Interp, v: Option<&Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
        Some(other) => {
            let t = interp.type_name(other);
            Err(interp.type_error(format!("TextIOWrapper() argument '{what}' must be str or None, not {t}")))
        }
    }
}

/// The arguments of `TextIOWrapper(buffer, encoding, errors, newline, line_buffering, write_through)`.
fn options(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<(Value, TextOptions)> {
    let Some(buffer) = args.first().or_else(|| kwarg(kwargs, "buffer")).cloned() else {
        return Err(interp.type_error("TextIOWrapper() missing required argument 'buffer' (pos 1)"));
    };
    let mut encoding = opt_str(interp, args.get(1).or_else(|| kwarg(kwargs, "encoding")), "encoding")?;
    if encoding.as_deref() == Some("locale") {
        encoding = Some("UTF-8".into());
    }
    let errors = opt_str(interp, args.get(2).or_else(|| kwarg(kwargs, "errors")), "errors")?;
    let newline = Newline::parse(interp, args.get(3).or_else(|| kwarg(kwargs, "newline")))?;
    let line_buffering = match args.get(4).or_else(|| kwarg(kwargs, "line_buffering")) {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    let write_through = match args.get(5).or_else(|| kwarg(kwargs, "write_through")) {
        Some(v) => interp.truthy(v)?,
        None => false,
    };
    Ok((buffer, TextOptions { encoding, errors, newline, line_buffering, write_through }))
}

fn new_text(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if args.is_empty() && kwargs.is_empty() {
        return Ok(Value::native(Rc::new(TextIOWrapper::empty())));
    }
    let (buffer, o) = options(interp, args, kwargs)?;
    Ok(Value::native(TextIOWrapper::new(interp, buffer, o)?))
}

fn init(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let t = this(interp, args)?;
    let (buffer, o) = options(interp, &args[1..], kwargs)?;
    t.init(interp, buffer, o)?;
    Ok(Value::None)
}

fn read(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let t = this(interp, args)?;
    let n = size_arg(interp, args.get(1))?;
    Ok(Value::string(t.read(interp, n)?))
}

fn readline(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let t = this(interp, args)?;
    let n = size_arg(interp, args.get(1))?;
    Ok(Value::string(t.readline(interp, n)?))
}

fn next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let t = this(interp, args)?;
    let line = t.readline(interp, None)?;
    if line.is_empty() {
        return Err(interp.stop_iteration(Value::None));
    }
    Ok(Value::string(line))
}

fn write(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let t = this(interp, args)?;
    match args.get(1) {
        Some(Value::Str(s)) => {
            let s = s.clone();
            Ok(Value::Int(t.write(interp, s.as_str())? as i64))
        }
        Some(other) => match other.builtin_value() {
            Value::Str(s) => {
                let s = s.clone();
                Ok(Value::Int(t.write(interp, s.as_str())? as i64))
            }
            _ => {
                let ty = interp.type_name(other);
                Err(interp.type_error(format!("write() argument must be str, not {ty}")))
            }
        },
        None => Err(interp.type_error("TextIOWrapper.write() takes exactly one argument (0 given)")),
    }
}

fn flush(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let t = this(interp, args)?;
    t.flush(interp)?;
    Ok(Value::None)
}

fn close(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let t = this(interp, args)?;
    t.close(interp)?;
    Ok(Value::None)
}

fn seek(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let t = this(interp, args)?;
    let to = seek_arg(interp, args.get(1), args.get(2))?;
    Ok(Value::Int(t.seek(interp, to)? as i64))
}

fn tell(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let t = this(interp, args)?;
    Ok(Value::Int(t.tell(interp)? as i64))
}

fn truncate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let t = this(interp, args)?;
    let (buffer, _) = t.check_open(interp)?;
    t.flush(interp)?;
    let pos = match args.get(1) {
        None | Some(Value::None) => Value::Int(t.tell(interp)? as i64),
        Some(v) => v.clone(),
    };
    call_method(interp, &buffer, "truncate", vec![pos])
}

fn detach(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let t = this(interp, args)?;
    let (buffer, _) = t.check_open(interp)?;
    t.flush(interp)?;
    if let Some(i) = t.inner.borrow_mut().as_mut() {
        i.detached = true;
    }
    Ok(buffer)
}

fn delegate(interp: &mut Interp, args: &[Value], name: &str) -> PyResult<Value> {
    let t = this(interp, args)?;
    let (buffer, _) = t.buffer(interp)?;
    call_method(interp, &buffer, name, vec![])
}

fn fileno(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    delegate(interp, args, "fileno")
}
fn isatty(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    delegate(interp, args, "isatty")
}
fn readable(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    delegate(interp, args, "readable")
}
fn writable(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    delegate(interp, args, "writable")
}
fn seekable(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    delegate(interp, args, "seekable")
}

fn closed(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let t = this(interp, args)?;
    Ok(Value::Bool(t.is_closed(interp)?))
}

fn name(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let t = this(interp, args)?;
    let (buffer, _) = t.buffer(interp)?;
    interp.get_attr(&buffer, "name")
}

fn buffer(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let t = this(interp, args)?;
    Ok(t.buffer(interp)?.0)
}

fn field(interp: &mut Interp, args: &[Value], get: impl Fn(&Inner) -> Value) -> PyResult<Value> {
    let t = this(interp, args)?;
    t.buffer(interp)?;
    let inner = t.inner.borrow();
    Ok(inner.as_ref().map(get).unwrap_or(Value::None))
}

fn encoding(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    field(interp, args, |i| Value::str(&i.encoding))
}
fn errors(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    field(interp, args, |i| Value::str(&i.errors))
}
fn line_buffering(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    field(interp, args, |i| Value::Bool(i.line_buffering))
}
fn write_through(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    field(interp, args, |i| Value::Bool(i.write_through))
}

fn mode(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let m = field(interp, args, |i| i.mode.clone())?;
    if m.is_none() {
        return Err(interp.attribute_error("'_io.TextIOWrapper' object has no attribute 'mode'"));
    }
    Ok(m)
}

fn newlines(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let t = this(interp, args)?;
    if !matches!(t.newline(), Newline::Universal | Newline::Untranslated) {
        return Ok(Value::None);
    }
    let seen = t.read.borrow().seen;
    Ok(newlines_value(seen))
}

fn reconfigure(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let t = this(interp, args)?;
    t.check_open(interp)?;
    t.flush(interp)?;
    let encoding = opt_str(interp, kwarg(kwargs, "encoding"), "encoding")?;
    let errors = opt_str(interp, kwarg(kwargs, "errors"), "errors")?;
    let newline = match kwarg(kwargs, "newline") {
        Some(v) => Some(Newline::parse(interp, Some(v))?),
        None => None,
    };
    let line_buffering = match kwarg(kwargs, "line_buffering") {
        Some(Value::None) | None => None,
        Some(v) => Some(interp.truthy(v)?),
    };
    let write_through = match kwarg(kwargs, "write_through") {
        Some(Value::None) | None => None,
        Some(v) => Some(interp.truthy(v)?),
    };
    let (cur_enc, cur_err, has_dec, has_enc) = {
        let inner = t.inner.borrow();
        let i = inner.as_ref().expect("open");
        (i.encoding.clone(), i.errors.clone(), i.decoder.is_some(), i.encoder.is_some())
    };
    let enc = encoding.clone().unwrap_or(cur_enc);
    let err = errors.clone().unwrap_or_else(|| if encoding.is_some() { "strict".into() } else { cur_err });
    let decoder = if has_dec { Some(Decoder::new(interp, &enc, &err)?) } else { None };
    let encoder = if has_enc { Some(Encoder::new(interp, &enc, &err)?) } else { None };
    let mut inner = t.inner.borrow_mut();
    let i = inner.as_mut().expect("open");
    i.encoding = enc;
    i.errors = err;
    i.decoder = decoder;
    i.encoder = encoder;
    if let Some(n) = newline {
        i.newline = n;
    }
    if let Some(l) = line_buffering {
        i.line_buffering = l;
    }
    if let Some(w) = write_through {
        i.write_through = w;
    }
    Ok(Value::None)
}

fn repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let t = this(interp, args)?;
    let mut out = String::from("<_io.TextIOWrapper");
    if let Some(Value::Native(n)) = args.first() {
        let v = Value::Native(n.clone());
        if let Ok(name) = interp.get_attr(&v, "name") {
            out.push_str(&format!(" name={}", interp.repr(&name)?));
        }
    }
    let (mode, encoding) = {
        let inner = t.inner.borrow();
        match inner.as_ref() {
            Some(i) => (i.mode.clone(), i.encoding.clone()),
            None => (Value::None, String::new()),
        }
    };
    if !mode.is_none() {
        out.push_str(&format!(" mode={}", interp.repr(&mode)?));
    }
    out.push_str(&format!(" encoding='{encoding}'>"));
    Ok(Value::string(out))
}

fn newline_attr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let t = this(interp, args)?;
    Ok(t.newline().value())
}

/// Registers TextIOWrapper's constructor and methods.
pub fn register(_interp: &mut Interp, cls: &Rc<Class>) {
    crate::objects::builtin_subclass::set_constructor_filled_by_init(cls, new_text);
    add_methods(
        cls,
        &[
            ("__init__", init),
            ("read", read),
            ("readline", readline),
            ("write", write),
            ("flush", flush),
            ("close", close),
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
            ("detach", detach),
            ("fileno", fileno),
            ("isatty", isatty),
            ("readable", readable),
            ("writable", writable),
            ("seekable", seekable),
            ("reconfigure", reconfigure),
            ("__repr__", repr),
        ],
    );
    add_property(cls, "closed", closed);
    add_property(cls, "name", name);
    add_property(cls, "buffer", buffer);
    add_property(cls, "encoding", encoding);
    add_property(cls, "errors", errors);
    add_property(cls, "line_buffering", line_buffering);
    add_property(cls, "write_through", write_through);
    add_property(cls, "mode", mode);
    add_property(cls, "newlines", newlines);
    add_property(cls, "_newline", newline_attr);
    super::add_iobase_methods(cls);
    // Text iteration reads lines natively.
    add_methods(cls, &[("__next__", next)]);
}

/// A standard stream: text over a buffer over descriptor `fd`.
/// The error handler of stdin and stdout, chosen as CPython chooses it:
/// `surrogateescape` in UTF-8 mode (`PYTHONUTF8=1`) or when the character
/// locale is C, POSIX, C.UTF-8 or not installed, `strict` otherwise.
fn std_errors() -> &'static str {
    if std::env::var("PYTHONUTF8").is_ok_and(|v| v == "1") {
        return "surrogateescape";
    }
    // SAFETY: setlocale is called with valid C strings; the name it returns is
    // copied before the next call, and the previous locale is put back.
    let name = unsafe {
        let current = libc::setlocale(libc::LC_CTYPE, std::ptr::null());
        let saved = (!current.is_null()).then(|| std::ffi::CStr::from_ptr(current).to_owned());
        let chosen = libc::setlocale(libc::LC_CTYPE, c"".as_ptr());
        let name = (!chosen.is_null()).then(|| std::ffi::CStr::from_ptr(chosen).to_string_lossy().into_owned());
        if let Some(saved) = saved {
            libc::setlocale(libc::LC_CTYPE, saved.as_ptr());
        }
        name
    };
    match name.as_deref() {
        None | Some("C" | "POSIX" | "C.UTF-8" | "C.utf8") => "surrogateescape",
        Some(_) => "strict",
    }
}

fn std_stream(interp: &mut Interp, fd: i32, name: &str) -> PyResult<Value> {
    let mode = if fd == 0 { "r" } else { "w" };
    let raw = FileIO::open(interp, &Value::Int(fd as i64), mode, false, &Value::None)?;
    *raw.name.borrow_mut() = Value::str(name);
    let kind = if fd == 0 { Kind::Reader } else { Kind::Writer };
    let buffered = Buffered::new(interp, kind, Value::native(raw), super::DEFAULT_BUFFER_SIZE)?;
    let errors = if fd == 2 { "backslashreplace" } else { std_errors() };
    let options = TextOptions {
        encoding: Some("utf-8".into()),
        errors: Some(errors.into()),
        newline: Newline::Universal,
        line_buffering: false,
        // Output goes straight to the interpreter's writers, which buffer as the host chose.
        write_through: fd != 0,
    };
    let text = TextIOWrapper::new(interp, Value::native(buffered), options)?;
    text.set_mode(mode);
    Ok(Value::native(text))
}

/// Makes `sys.stdin`, `sys.stdout`, `sys.stderr` (and their `__std*__` twins) text streams.
pub fn install_std_streams(interp: &mut Interp) {
    let Some(Value::Module(sys)) = interp.modules.get("sys").cloned() else { return };
    for (fd, name, attr) in [(0, "<stdin>", "stdin"), (1, "<stdout>", "stdout"), (2, "<stderr>", "stderr")] {
        if let Ok(stream) = std_stream(interp, fd, name) {
            let mut d = sys.dict.borrow_mut();
            d.set_str(attr, stream.clone());
            d.set_str(&format!("__{attr}__"), stream);
        }
    }
}

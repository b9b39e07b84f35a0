//! `io.StringIO`: a text stream in memory. Positions count characters, so the
//! text is kept as a vector of them.

use crate::vm::types::Exc;
use super::text::{newlines_value, scan_newlines, Newline};
use super::{add_methods, add_property, receiver, size_arg, unsupported};
use crate::objects::kwarg;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// An in-memory text stream.
pub struct StringIO {
    chars: RefCell<Vec<char>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
    newline: Cell<Newline>,
    /// Newline kinds written (for `newlines` in universal mode): bits `\r`, `\n`, `\r\n`.
    seen: Cell<u8>,
}

impl NativeObject for StringIO {
    fn type_name(&self) -> &str {
        "StringIO"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl StringIO {
    fn new() -> StringIO {
        StringIO {
            chars: RefCell::new(Vec::new()),
            pos: Cell::new(0),
            closed: Cell::new(false),
            newline: Cell::new(Newline::Fixed("\n")),
            seen: Cell::new(0),
        }
    }

    fn check(&self, interp: &mut Interp) -> PyResult<()> {
        if self.closed.get() {
            // StringIO's own text has no full stop, unlike the other streams'.
            return Err(interp.new_error(Exc::ValueError, "I/O operation on closed file"));
        }
        Ok(())
    }

    /// Stores `text` at the position, as written text is translated for the newline mode.
    fn write_text(&self, text: &str) -> usize {
        let translated: String = match self.newline.get() {
            mode @ (Newline::Universal | Newline::Untranslated) => {
                let (text, seen) = scan_newlines(text, mode == Newline::Universal);
                self.seen.set(self.seen.get() | seen);
                text
            }
            Newline::Fixed(nl) if nl != "\n" => text.replace('\n', nl),
            _ => text.to_string(),
        };
        let mut chars = self.chars.borrow_mut();
        let pos = self.pos.get();
        if pos > chars.len() {
            chars.resize(pos, '\0');
        }
        let mut n = 0;
        let mut i = pos;
        for c in translated.chars() {
            if i < chars.len() {
                chars[i] = c;
            } else {
                chars.push(c);
            }
            i += 1;
            n += 1;
        }
        self.pos.set(i);
        let _ = n;
        text.chars().count()
    }

    fn line_end(&self, rest: &[char], limit: Option<usize>) -> usize {
        let max = limit.map_or(rest.len(), |l| l.min(rest.len()));
        let window = &rest[..max];
        let end = match self.newline.get() {
            Newline::Untranslated => {
                window.iter().position(|&c| c == '\n' || c == '\r').map(|i| {
                    if window[i] == '\r' && window.get(i + 1) == Some(&'\n') {
                        i + 2
                    } else {
                        i + 1
                    }
                })
            }
            Newline::Fixed("\r") => window.iter().position(|&c| c == '\r').map(|i| i + 1),
            Newline::Fixed("\r\n") => window.windows(2).position(|w| w == ['\r', '\n']).map(|i| i + 2),
            _ => window.iter().position(|&c| c == '\n').map(|i| i + 1),
        };
        end.unwrap_or(max)
    }
}

fn this(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<StringIO>> {
    receiver::<StringIO>(interp, args, "StringIO")
}

fn setup(interp: &mut Interp, s: &StringIO, args: &[Value], kwargs: KwArgs) -> PyResult<()> {
    let initial = args.first().or_else(|| kwarg(kwargs, "initial_value")).cloned();
    let newline_arg = args.get(1).or_else(|| kwarg(kwargs, "newline"));
    if let Some(Value::Str(nl)) = newline_arg {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            let r = interp.repr(&Value::Str(nl.clone()))?;
            return Err(interp.new_error(Exc::ValueError, format!("illegal newline value: {r}")));
        }
    }
    let newline = Newline::parse(interp, newline_arg)?;
    let newline = match newline {
        Newline::Universal if args.get(1).or_else(|| kwarg(kwargs, "newline")).is_none() => Newline::Fixed("\n"),
        n => n,
    };
    s.newline.set(newline);
    s.chars.borrow_mut().clear();
    s.pos.set(0);
    s.closed.set(false);
    s.seen.set(0);
    match initial {
        None | Some(Value::None) => {}
        Some(v) => match v.builtin_value() {
            Value::Str(text) => {
                let text = text.clone();
                s.write_text(text.as_str());
                s.pos.set(0);
            }
            _ => {
                let t = interp.type_name(&v);
                return Err(interp.type_error(format!("initial_value must be str or None, not {t}")));
            }
        },
    }
    Ok(())
}

fn new_stringio(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = StringIO::new();
    setup(interp, &s, args, kwargs)?;
    Ok(Value::native(Rc::new(s)))
}

fn init(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    setup(interp, &s, &args[1..], kwargs)?;
    Ok(Value::None)
}

fn getvalue(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    s.check(interp)?;
    let text: String = s.chars.borrow().iter().collect();
    Ok(Value::string(text))
}

fn read(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    s.check(interp)?;
    let n = size_arg(interp, args.get(1))?;
    let chars = s.chars.borrow();
    let pos = s.pos.get().min(chars.len());
    let end = n.map_or(chars.len(), |n| (pos + n).min(chars.len()));
    s.pos.set(end.max(s.pos.get()));
    Ok(Value::string(chars[pos..end].iter().collect::<String>()))
}

fn readline(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    s.check(interp)?;
    let limit = size_arg(interp, args.get(1))?;
    let line = read_line(&s)(limit);
    Ok(Value::string(line))
}

fn read_line(s: &StringIO) -> impl Fn(Option<usize>) -> String + '_ {
    move |limit| {
        let chars = s.chars.borrow();
        let pos = s.pos.get().min(chars.len());
        let end = pos + s.line_end(&chars[pos..], limit);
        s.pos.set(end);
        chars[pos..end].iter().collect()
    }
}

fn next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    s.check(interp)?;
    let line = read_line(&s)(None);
    if line.is_empty() {
        return Err(interp.stop_iteration(Value::None));
    }
    Ok(Value::string(line))
}

fn write(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    s.check(interp)?;
    let text = match args.get(1).map(|v| v.builtin_value()) {
        Some(Value::Str(t)) => t.clone(),
        Some(_) => {
            let t = interp.type_name(&args[1]);
            return Err(interp.type_error(format!("string argument expected, got '{t}'")));
        }
        None => return Err(interp.type_error("StringIO.write() takes exactly one argument (0 given)")),
    };
    Ok(Value::Int(s.write_text(text.as_str()) as i64))
}

fn seek(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    let Some(pos) = args.get(1) else { return Err(interp.type_error("seek expected at least 1 argument, got 0")) };
    let pos = interp.index_value(pos)?;
    let whence = match args.get(2) {
        Some(w) => interp.index_value(w)?,
        None => 0,
    };
    s.check(interp)?;
    match whence {
        0 if pos < 0 => Err(interp.new_error(Exc::ValueError, format!("Negative seek position {pos}"))),
        0 => {
            s.pos.set(pos as usize);
            Ok(Value::Int(pos))
        }
        1 | 2 if pos != 0 => {
            let which = if whence == 1 { "cur" } else { "end" };
            Err(interp.new_error(Exc::OSError, format!("Can't do nonzero {which}-relative seeks")))
        }
        1 => Ok(Value::Int(s.pos.get() as i64)),
        2 => {
            let n = s.chars.borrow().len();
            s.pos.set(n);
            Ok(Value::Int(n as i64))
        }
        _ => Err(interp.new_error(Exc::ValueError, format!("Invalid whence ({whence}, should be 0, 1 or 2)"))),
    }
}

fn tell(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    s.check(interp)?;
    Ok(Value::Int(s.pos.get() as i64))
}

fn truncate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    s.check(interp)?;
    let size = match args.get(1) {
        None | Some(Value::None) => s.pos.get(),
        Some(v) => {
            let n = interp.index_value(v)?;
            if n < 0 {
                return Err(interp.new_error(Exc::ValueError, format!("Negative size value {n}")));
            }
            n as usize
        }
    };
    let mut chars = s.chars.borrow_mut();
    if size < chars.len() {
        chars.truncate(size);
    }
    Ok(Value::Int(size as i64))
}

fn close(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    s.closed.set(true);
    s.chars.borrow_mut().clear();
    Ok(Value::None)
}

fn closed(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    Ok(Value::Bool(s.closed.get()))
}

fn yes(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    s.check(interp)?;
    Ok(Value::Bool(true))
}

fn no(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    s.check(interp)?;
    Ok(Value::Bool(false))
}

fn flush(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    this(interp, args)?;
    Ok(Value::None)
}

fn fileno(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Err(unsupported(interp, "fileno"))
}

fn detach(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Err(unsupported(interp, "detach"))
}

fn none(_: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::None)
}

fn line_buffering(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    s.check(interp)?;
    Ok(Value::Bool(false))
}

fn newlines(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let s = this(interp, args)?;
    s.check(interp)?;
    if !matches!(s.newline.get(), Newline::Universal | Newline::Untranslated) {
        return Ok(Value::None);
    }
    Ok(newlines_value(s.seen.get()))
}

/// Registers StringIO's constructor and methods.
pub fn register(_interp: &mut Interp, cls: &Rc<Class>) {
    crate::objects::builtin_subclass::set_constructor_filled_by_init(cls, new_stringio);
    add_methods(
        cls,
        &[
            ("__init__", init),
            ("getvalue", getvalue),
            ("read", read),
            ("readline", readline),
            ("write", write),
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
            ("close", close),
            ("readable", yes),
            ("writable", yes),
            ("seekable", yes),
            ("isatty", no),
            ("flush", flush),
            ("fileno", fileno),
            ("detach", detach),
        ],
    );
    add_property(cls, "closed", closed);
    add_property(cls, "line_buffering", line_buffering);
    add_property(cls, "newlines", newlines);
    add_property(cls, "encoding", none);
    add_property(cls, "errors", none);
    super::add_iobase_methods(cls);
    add_methods(cls, &[("__next__", next)]);
}

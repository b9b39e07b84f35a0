//! `open()`: checks the mode, then stacks FileIO, a buffer and a text layer
//! as the mode asks.

use crate::vm::types::Exc;
use super::buffered::{Buffered, Kind};
use super::fileio::FileIO;
use super::text::{Newline, TextIOWrapper, TextOptions};
use crate::objects::kwarg;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

/// What the characters of a mode string ask for.
struct Mode {
    reading: bool,
    writing: bool,
    appending: bool,
    creating: bool,
    updating: bool,
    text: bool,
    binary: bool,
}

fn parse_mode(interp: &mut Interp, mode: &str) -> PyResult<Mode> {
    let mut m =
        Mode { reading: false, writing: false, appending: false, creating: false, updating: false, text: false, binary: false };
    let mut seen = String::new();
    for c in mode.chars() {
        if !"rwaxtb+".contains(c) || seen.contains(c) {
            return Err(interp.new_error(Exc::ValueError, format!("invalid mode: '{mode}'")));
        }
        seen.push(c);
        match c {
            'r' => m.reading = true,
            'w' => m.writing = true,
            'a' => m.appending = true,
            'x' => m.creating = true,
            '+' => m.updating = true,
            't' => m.text = true,
            _ => m.binary = true,
        }
    }
    if m.text && m.binary {
        return Err(interp.new_error(Exc::ValueError, "can't have text and binary mode at once"));
    }
    let kinds = [m.reading, m.writing, m.appending, m.creating].iter().filter(|&&b| b).count();
    if kinds > 1 {
        return Err(interp.new_error(Exc::ValueError, "must have exactly one of create/read/write/append mode"));
    }
    if kinds == 0 {
        return Err(interp.new_error(
            Exc::ValueError,
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    Ok(m)
}

/// An optional `str` argument of open().
fn opt_str(interp: &mut Interp, v: Option<&Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
        Some(other) => {
            let t = interp.type_name(other);
            Err(interp.type_error(format!("open() argument '{what}' must be str or None, not {t}")))
        }
    }
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`.
pub fn open(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let arg = |i: usize, name: &str| args.get(i).or_else(|| kwarg(kwargs, name)).cloned();
    if args.len() > 8 {
        return Err(interp.type_error(format!("open() takes at most 8 arguments ({} given)", args.len())));
    }
    let Some(file) = arg(0, "file") else {
        return Err(interp.type_error("open() missing required argument 'file' (pos 1)"));
    };
    let mode = match arg(1, "mode") {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            let t = interp.type_name(&other);
            return Err(interp.type_error(format!("open() argument 'mode' must be str, not {t}")));
        }
    };
    let buffering = match arg(2, "buffering") {
        None => -1,
        Some(v) => interp.index_value(&v)?,
    };
    let encoding = opt_str(interp, arg(3, "encoding").as_ref(), "encoding")?;
    let errors = opt_str(interp, arg(4, "errors").as_ref(), "errors")?;
    let newline_arg = arg(5, "newline");
    if let Some(v) = &newline_arg {
        if !matches!(v, Value::None | Value::Str(_)) {
            let t = interp.type_name(v);
            return Err(interp.type_error(format!("open() argument 'newline' must be str or None, not {t}")));
        }
    }
    let closefd = match arg(6, "closefd") {
        None => true,
        Some(v) => interp.truthy(&v)?,
    };
    let opener = arg(7, "opener").unwrap_or(Value::None);
    if matches!(file, Value::Float(_)) {
        return Err(interp.type_error("expected str, bytes or os.PathLike object, not float"));
    }
    let m = parse_mode(interp, &mode)?;
    if m.binary {
        for (given, what) in [(encoding.is_some(), "an encoding"), (errors.is_some(), "an errors"), (newline_arg.as_ref().is_some_and(|v| !v.is_none()), "a newline")] {
            if given {
                return Err(interp.new_error(Exc::ValueError, format!("binary mode doesn't take {what} argument")));
            }
        }
    }
    let newline = Newline::parse(interp, newline_arg.as_ref())?;
    if buffering == 0 && !m.binary {
        return Err(interp.new_error(Exc::ValueError, "can't have unbuffered text I/O"));
    }
    let mut raw_mode = String::new();
    raw_mode.push(if m.creating {
        'x'
    } else if m.reading {
        'r'
    } else if m.writing {
        'w'
    } else {
        'a'
    });
    if m.updating {
        raw_mode.push('+');
    }
    let raw = FileIO::open(interp, &file, &raw_mode, closefd, &opener)?;
    let fd = raw.fd.get();
    let raw_value = Value::native(raw.clone());
    let result = (|| -> PyResult<Value> {
        let tty = crate::system::isatty(interp, fd);
        let line_buffering = buffering == 1 || buffering < 0 && tty;
        let size = if buffering > 1 {
            buffering as usize
        } else {
            match crate::system::fstat(interp, fd) {
                Ok(meta) if meta.blksize > 1 => meta.blksize as usize,
                _ => super::DEFAULT_BUFFER_SIZE,
            }
        };
        if buffering == 0 {
            return Ok(raw_value.clone());
        }
        let kind = if m.updating {
            Kind::Random
        } else if m.reading {
            Kind::Reader
        } else {
            Kind::Writer
        };
        let buffered = Value::native(Buffered::new(interp, kind, raw_value.clone(), size)?);
        if m.binary {
            return Ok(buffered);
        }
        let encoding = match encoding.as_deref() {
            None | Some("locale") => None,
            Some(e) => Some(e.to_string()),
        };
        let options = TextOptions { encoding, errors, newline, line_buffering, write_through: false };
        let text = TextIOWrapper::new(interp, buffered, options)?;
        text.set_mode(&mode);
        Ok(Value::native(text))
    })();
    if result.is_err() {
        let _ = raw.close(interp);
    }
    result
}

/// `io.text_encoding(encoding, stacklevel=2)`: "locale" for None, else the argument.
pub fn text_encoding(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    match args.first() {
        None => Err(interp.type_error("text_encoding() missing required argument 'encoding' (pos 1)")),
        Some(Value::None) => Ok(Value::str("locale")),
        Some(v) => Ok(v.clone()),
    }
}

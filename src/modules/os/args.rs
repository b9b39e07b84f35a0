//! Argument parsing for the `posix` functions, with the messages CPython's
//! argument clinic gives: positional or keyword parameters, keyword-only ones
//! after them, and "missing required argument 'path' (pos 1)".

use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

/// The parameters of one function.
pub struct Sig {
    /// The function's name as messages show it.
    pub name: &'static str,
    /// Parameters that may be given by position or keyword, in order.
    pub pos: &'static [&'static str],
    /// How many of `pos` are required.
    pub required: usize,
    /// Keyword-only parameters.
    pub kwonly: &'static [&'static str],
}

impl Sig {
    pub const fn new(
        name: &'static str,
        pos: &'static [&'static str],
        required: usize,
        kwonly: &'static [&'static str],
    ) -> Sig {
        Sig { name, pos, required, kwonly }
    }
}

/// The parsed arguments, one slot per parameter (`pos` then `kwonly`).
pub struct Parsed(pub Vec<Option<Value>>);

impl Parsed {
    /// The argument of parameter `i`, when given.
    pub fn get(&self, i: usize) -> Option<&Value> {
        self.0.get(i).and_then(|v| v.as_ref())
    }
    /// The argument of parameter `i`, None when not given or given as None.
    pub fn opt(&self, i: usize) -> Option<&Value> {
        self.get(i).filter(|v| !v.is_none())
    }
    /// The argument of a required parameter.
    pub fn req(&self, i: usize) -> &Value {
        self.get(i).unwrap_or(&Value::None)
    }
}

/// Binds `args` and `kwargs` to `sig`'s parameters.
pub fn parse(interp: &mut Interp, sig: &Sig, args: &[Value], kwargs: KwArgs) -> PyResult<Parsed> {
    let npos = sig.pos.len();
    let name = sig.name;
    if args.len() > npos {
        let n = args.len();
        let how = if sig.required == npos { "exactly" } else { "at most" };
        let msg = if sig.kwonly.is_empty() {
            let s = if npos == 1 { "" } else { "s" };
            format!("{name}() takes {how} {npos} argument{s} ({n} given)")
        } else {
            let s = if npos == 1 { "" } else { "s" };
            format!("{name}() takes {how} {npos} positional argument{s} ({n} given)")
        };
        return Err(interp.type_error(msg));
    }
    let mut slots: Vec<Option<Value>> = vec![None; npos + sig.kwonly.len()];
    for (i, a) in args.iter().enumerate() {
        slots[i] = Some(a.clone());
    }
    for (k, v) in kwargs {
        let key = k.as_ref();
        let index = sig.pos.iter().chain(sig.kwonly.iter()).position(|p| *p == key);
        match index {
            Some(i) if i < args.len() => {
                return Err(interp.type_error(format!(
                    "argument for {name}() given by name ('{key}') and position ({})",
                    i + 1
                )));
            }
            Some(i) => slots[i] = Some(v.clone()),
            None => return Err(interp.type_error(format!("'{key}' is an invalid keyword argument for {name}()"))),
        }
    }
    for (i, slot) in slots.iter().enumerate().take(sig.required) {
        if slot.is_none() {
            let p = sig.pos[i];
            return Err(interp.type_error(format!("{name}() missing required argument '{p}' (pos {})", i + 1)));
        }
    }
    Ok(Parsed(slots))
}

/// Checks a positional-only function's argument count ("read expected 2 arguments, got 1").
pub fn positional(interp: &mut Interp, name: &str, args: &[Value], kwargs: KwArgs, min: usize, max: usize) -> PyResult<()> {
    if !kwargs.is_empty() {
        return Err(interp.type_error(format!("posix.{name}() takes no keyword arguments")));
    }
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        let s = if min == 1 { "" } else { "s" };
        format!("{name} expected {min} argument{s}, got {n}")
    } else if n < min {
        let s = if min == 1 { "" } else { "s" };
        format!("{name} expected at least {min} argument{s}, got {n}")
    } else {
        let s = if max == 1 { "" } else { "s" };
        format!("{name} expected at most {max} argument{s}, got {n}")
    };
    Err(interp.type_error(msg))
}

/// An integer argument (`__index__`), as an i64.
pub fn int(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    if let Value::Float(_) = v {
        return Err(interp.type_error("'float' object cannot be interpreted as an integer"));
    }
    interp.index_value(v)
}

/// A file descriptor argument (a C int).
pub fn fd(interp: &mut Interp, v: &Value) -> PyResult<i32> {
    if let Value::Float(_) = v {
        return Err(interp.type_error("'float' object cannot be interpreted as an integer"));
    }
    let n = interp.c_int_value(v)?;
    Ok(n as i32)
}

/// A boolean flag argument (any object's truth).
pub fn flag(interp: &mut Interp, v: Option<&Value>, default: bool) -> PyResult<bool> {
    match v {
        None => Ok(default),
        Some(v) => interp.truthy(v),
    }
}

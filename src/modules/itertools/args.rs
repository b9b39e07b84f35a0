//! Argument parsing of the tools, worded as CPython's: positional-only
//! tools (`cycle expected 1 argument, got 2`) and tools that take keywords
//! (`groupby() missing required argument 'iterable' (pos 1)`).

use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// TypeError unless `kwargs` is empty (when `checked`: a subclass with its
/// own `__init__` takes keywords there).
pub(crate) fn no_kwargs(interp: &mut Interp, name: &str, kwargs: KwArgs, checked: bool) -> PyResult<()> {
    if checked && !kwargs.is_empty() {
        return Err(interp.type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

/// Checks a positional-only count: `name expected 2 arguments, got 1`.
pub(crate) fn positional(interp: &mut Interp, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min {
        let how = if min == max { "" } else { "at least " };
        return Err(interp.type_error(format!("{name} expected {how}{min} argument{}, got {n}", plural(min))));
    }
    if n > max {
        let how = if min == max { "" } else { "at most " };
        return Err(interp.type_error(format!("{name} expected {how}{max} argument{}, got {n}", plural(max))));
    }
    Ok(())
}

/// Binds positional and keyword arguments to `params` (the first `maxpos`
/// may be given by position, the first `minpos` are required), with the
/// messages of CPython's keyword parsers. One slot per parameter.
pub(crate) fn keywords(
    interp: &mut Interp,
    name: &str,
    args: &[Value],
    kwargs: KwArgs,
    params: &[&str],
    minpos: usize,
    maxpos: usize,
) -> PyResult<Vec<Option<Value>>> {
    let (nargs, nkw) = (args.len(), kwargs.len());
    let maxargs = params.len();
    if nargs + nkw > maxargs {
        let kw = if nargs == 0 { "keyword " } else { "" };
        return Err(interp.type_error(format!(
            "{name}() takes at most {maxargs} {kw}argument{} ({} given)",
            plural(maxargs),
            nargs + nkw
        )));
    }
    if nargs > maxpos {
        let how = if minpos < maxpos { "at most" } else { "exactly" };
        return Err(interp.type_error(format!(
            "{name}() takes {how} {maxpos} positional argument{} ({nargs} given)",
            plural(maxpos)
        )));
    }
    let mut slots: Vec<Option<Value>> = vec![None; maxargs];
    for (i, a) in args.iter().enumerate() {
        slots[i] = Some(a.clone());
    }
    let mut used = 0;
    for (i, p) in params.iter().enumerate().skip(nargs) {
        if let Some((_, v)) = kwargs.iter().find(|(k, _)| k.as_ref() == *p) {
            slots[i] = Some(v.clone());
            used += 1;
        } else if i < minpos {
            return Err(interp.type_error(format!("{name}() missing required argument '{p}' (pos {})", i + 1)));
        }
    }
    if used < nkw {
        for (k, _) in kwargs {
            if let Some(i) = params.iter().position(|p| *p == k.as_ref()) {
                if i < nargs {
                    return Err(interp.type_error(format!(
                        "argument for {name}() given by name ('{k}') and position ({})",
                        i + 1
                    )));
                }
            } else {
                return Err(interp.type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
            }
        }
    }
    Ok(slots)
}

/// A C `Py_ssize_t` argument: `__index__`, OverflowError when too large.
pub(crate) fn ssize(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    interp.index_value(v)
}

/// A state's position, read like `PyLong_AsSsize_t`: an int or an error.
pub(crate) fn position(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    match v.builtin_value() {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => interp.index_value(v),
        _ => Err(interp.type_error("an integer is required")),
    }
}

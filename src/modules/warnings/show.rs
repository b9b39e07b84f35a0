//! Showing a warning that passed the filters: through the Python module's
//! `_showwarnmsg` with a `WarningMessage` when `warnings` is loaded (imported
//! first when the warning has a `source`), else written to `sys.stderr` as
//! "file:line: Category: text" and the source line.

use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;
use crate::vm::types::Exc;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// A warning to show.
pub(super) struct Shown {
    pub category: Value,
    pub text: Value,
    /// The Warning instance.
    pub message: Value,
    pub filename: Value,
    pub lineno: Value,
    pub sourceline: Option<Value>,
    pub source: Option<Value>,
}

/// Hands the warning to `warnings._showwarnmsg`, or prints it without one.
pub(super) fn show(interp: &mut Interp, w: Shown) -> PyResult<()> {
    let Some(shower) = super::explicit::python_attr(interp, "_showwarnmsg", w.source.is_some())? else {
        write_plain(interp, &w);
        return Ok(());
    };
    if !interp.is_callable(&shower) {
        return Err(interp.type_error("warnings._showwarnmsg() must be set to a callable"));
    }
    let Some(cls) = super::explicit::python_attr(interp, "WarningMessage", false)? else {
        return Err(interp.runtime_error("unable to get warnings.WarningMessage"));
    };
    let args = vec![
        w.message,
        w.category,
        w.filename,
        w.lineno,
        Value::None,
        Value::None,
        w.source.unwrap_or(Value::None),
    ];
    let record = interp.call_value(cls, args, vec![])?;
    interp.call_value(shower, vec![record], vec![])?;
    Ok(())
}

/// Writes the warning to `sys.stderr` (errors writing it are dropped).
fn write_plain(interp: &mut Interp, w: &Shown) {
    let name = match interp.get_attr(&w.category, "__name__") {
        Ok(n) => interp.to_str(&n).unwrap_or_default(),
        Err(_) => return,
    };
    let filename = w.filename.builtin_value().as_str().unwrap_or("").to_string();
    let text = interp.to_str(&w.text).unwrap_or_default();
    let lineno = match w.lineno {
        Value::Int(n) => n,
        _ => 0,
    };
    let mut out = format!("{filename}:{lineno}: {name}: {text}\n");
    let line = match &w.sourceline {
        Some(s) => s.builtin_value().as_str().map(str::to_string),
        None => file_line(&filename, lineno),
    };
    if let Some(line) = line {
        let line = line.trim_start_matches([' ', '\t', '\x0c']).trim_end();
        if !line.is_empty() {
            out.push_str("  ");
            out.push_str(line);
            out.push('\n');
        }
    }
    interp.write_sys_stderr(&out);
}

/// Line `lineno` of the file `filename`, if it can be read.
fn file_line(filename: &str, lineno: i64) -> Option<String> {
    if lineno < 1 {
        return None;
    }
    let bytes = std::fs::read(filename).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    text.lines().nth(lineno as usize - 1).map(str::to_string)
}

/// The source line `lineno` of a module as its loader gives it
/// (`module_globals['__loader__'].get_source(__name__)`), if it has one.
pub(super) fn loader_line(interp: &mut Interp, globals: &Rc<RefCell<Dict>>, lineno: i64) -> PyResult<Option<Value>> {
    let (loader, name) = {
        let g = globals.borrow();
        (g.get_str("__loader__").cloned(), g.get_str("__name__").cloned())
    };
    let (Some(loader), Some(name)) = (loader, name) else { return Ok(None) };
    let get_source = match interp.get_attr(&loader, "get_source") {
        Ok(f) => f,
        Err(e) if interp.is_exc(&e, Exc::AttributeError) => return Ok(None),
        Err(e) => return Err(e),
    };
    let source = interp.call_value(get_source, vec![name], vec![])?;
    if source.is_none() {
        return Ok(None);
    }
    let text = interp.to_str(&source)?;
    let lines: Vec<&str> = text.lines().collect();
    match usize::try_from(lineno - 1).ok().and_then(|i| lines.get(i)) {
        Some(line) => Ok(Some(Value::str(line))),
        None => Err(interp.index_error("list index out of range")),
    }
}

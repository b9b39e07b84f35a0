//! `__import__(name, globals=None, locals=None, fromlist=(), level=0)` and the
//! `builtins` module, whose namespace is the interpreter's builtins dict.

use crate::vm::types::Exc;
use crate::objects::{add_builtin, kwarg};
use crate::vm::import::package_of;
use crate::vm::interp::Interp;
use crate::vm::object::{KwArgs, Module, PyResult};
use crate::vm::value::Value;
use std::rc::Rc;

/// Registers `__import__` and makes `import builtins` find the builtins namespace.
pub fn register(interp: &mut Interp) {
    add_builtin(interp, "__import__", import);
    let module = Module { name: "builtins".into(), dict: interp.builtins.clone() };
    interp.modules.insert("builtins".into(), Value::Module(Rc::new(module)));
}

const PARAMS: [&str; 5] = ["name", "globals", "locals", "fromlist", "level"];

/// `__import__`: the function the `import` statement stands for.
fn import(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if args.len() > PARAMS.len() {
        let n = args.len();
        return Err(interp.type_error(format!("__import__() takes at most 5 arguments ({n} given)")));
    }
    for (k, _) in kwargs {
        match PARAMS.iter().position(|p| *p == k.as_ref()) {
            None => {
                return Err(interp.type_error(format!("'{k}' is an invalid keyword argument for __import__()")));
            }
            Some(i) if i < args.len() => {
                return Err(interp.type_error(format!(
                    "argument for __import__() given by name ('{k}') and position ({})",
                    i + 1
                )));
            }
            _ => {}
        }
    }
    let arg = |i: usize| args.get(i).or_else(|| kwarg(kwargs, PARAMS[i])).cloned();
    let Some(name) = arg(0) else {
        return Err(interp.type_error("__import__() missing required argument 'name' (pos 1)"));
    };
    let Some(name) = name.as_str().map(String::from) else {
        return Err(interp.type_error("module name must be a string"));
    };
    let level = match arg(4) {
        None => 0,
        Some(v) => interp.index_value(&v)?,
    };
    if level < 0 {
        return Err(interp.value_error("level must be >= 0"));
    }
    if level == 0 && name.is_empty() {
        return Err(interp.value_error("Empty module name"));
    }
    let package = match (level, arg(1)) {
        (0, _) => String::new(),
        (_, Some(Value::Dict(g))) => {
            let g = g.borrow();
            if g.get_str("__package__").is_none() && g.get_str("__name__").is_none() {
                drop(g);
                let key = Value::str("'__name__' not in globals");
                let class = interp.types.exc(Exc::KeyError);
                return Err(interp.new_exception(class, vec![key]));
            }
            package_of(&g)
        }
        _ => return Err(interp.type_error("globals must be a dict")),
    };
    let full = interp.resolve_name(&name, &package, level as usize)?;
    let module = interp.import_module(&full)?;
    let fromlist = match arg(3) {
        None => Vec::new(),
        Some(v) if v.is_none() => Vec::new(),
        Some(v) => interp.collect_iterable(&v)?,
    };
    if fromlist.is_empty() {
        // The first component of what was asked for: `a` for `a.b.c`.
        let first = name.split('.').next().unwrap_or(&name);
        let top = if level == 0 {
            first.to_string()
        } else {
            let cut = full.len() - (name.len() - first.len());
            full[..cut].to_string()
        };
        return Ok(interp.modules.get(&top).cloned().unwrap_or(module));
    }
    handle_fromlist(interp, &module, &full, &fromlist)?;
    Ok(module)
}

/// Imports the submodules a `fromlist` names that the package does not have yet
/// (`*` means the package's `__all__`), as `_handle_fromlist` does.
fn handle_fromlist(interp: &mut Interp, module: &Value, full: &str, fromlist: &[Value]) -> PyResult<()> {
    let Value::Module(m) = module else { return Ok(()) };
    if m.dict.borrow().get_str("__path__").is_none() {
        return Ok(());
    }
    for item in fromlist {
        let Some(x) = item.as_str().map(String::from) else {
            let t = interp.type_name(item);
            return Err(interp.type_error(format!("Item in {full}.__all__ must be str, not {t}")));
        };
        if x == "*" {
            if let Some(all) = m.dict.borrow().get_str("__all__").cloned() {
                let names = interp.collect_iterable(&all)?;
                handle_fromlist(interp, module, full, &names)?;
            }
            continue;
        }
        if m.dict.borrow().get_str(&x).is_some() {
            continue;
        }
        let sub = format!("{full}.{x}");
        match interp.import_module(&sub) {
            Ok(_) => {}
            Err(e) if interp.is_missing_module(&e, &sub) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

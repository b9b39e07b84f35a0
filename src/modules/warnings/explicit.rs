//! `warn_explicit`: decides what happens to a warning said to come from a
//! given file and line. The module's registry (`__warningregistry__`) records
//! what was shown there, keyed by (text, category, line) and, for the
//! "module" and "once" actions, by (text, category); a registry filled under
//! older filters (its "version" differs) is emptied first. The first filter
//! that fits names the action; none fitting means the default action.

use super::State;
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;
use crate::vm::types::Exc;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// One warning to decide on, as `warn_explicit` receives it.
pub(super) struct Warning {
    pub category: Value,
    /// A Warning instance, or the text to make one of `category`.
    pub message: Value,
    pub filename: Value,
    pub lineno: i64,
    /// None when not given (then derived from the file name); a given None
    /// means the warning is ignored, as CPython does at shutdown.
    pub module: Option<Value>,
    pub registry: Option<Value>,
    /// The source line found through the module's loader.
    pub sourceline: Option<Value>,
    pub source: Option<Value>,
}

/// Filters a warning and shows it, records it, or raises it.
pub(super) fn warn_explicit(interp: &mut Interp, w: Warning) -> PyResult<()> {
    let module = match w.module {
        Some(Value::None) => return Ok(()),
        Some(m) => m,
        None => module_from_filename(&w.filename),
    };
    let registry = match w.registry {
        Some(Value::Dict(d)) => Some(d),
        Some(_) => return Err(interp.type_error("'registry' must be a dict or None")),
        None => None,
    };
    let warning_class = Value::Class(interp.types.exc(Exc::Warning));
    let (text, category, message) = if crate::builtins::functions::instance_check(interp, &w.message, &warning_class, 0)? {
        let text = Value::string(interp.to_str(&w.message)?);
        (text, Value::Class(interp.type_of(&w.message)), w.message)
    } else {
        let made = interp.call_value(w.category.clone(), vec![w.message.clone()], vec![])?;
        (w.message, w.category, made)
    };
    let lineno = Value::Int(w.lineno);
    let key = Value::tuple(vec![text.clone(), category.clone(), lineno.clone()]);
    if let Some(reg) = &registry {
        if already_warned(interp, reg, &key, false)? {
            return Ok(());
        }
    }
    let (action, item) = choose(interp, &category, &text, w.lineno, &module)?;
    let name = action.builtin_value().as_str().unwrap_or("").to_string();
    match name.as_str() {
        "error" => return Err(raised(interp, &category, message)),
        "ignore" => return Ok(()),
        _ => {}
    }
    if name != "always" {
        if let Some(reg) = &registry {
            let k = interp.hash_key(key)?;
            interp.dict_set(reg, k, Value::Bool(true))?;
        }
        let pair = Value::tuple(vec![text.clone(), category.clone()]);
        let seen = match name.as_str() {
            "once" => {
                let target = match &registry {
                    Some(r) => r.clone(),
                    None => once_registry(interp)?,
                };
                already_warned(interp, &target, &pair, true)?
            }
            "module" => match &registry {
                Some(r) => already_warned(interp, r, &pair, true)?,
                None => false,
            },
            "default" => false,
            _ => {
                let (a, i) = (interp.repr(&action)?, interp.repr(&item)?);
                return Err(interp.runtime_error(format!("Unrecognized action ({a}) in warnings.filters:\n {i}")));
            }
        };
        if seen {
            return Ok(());
        }
    }
    let shown = super::show::Shown {
        category,
        text,
        message,
        filename: w.filename,
        lineno,
        sourceline: w.sourceline,
        source: w.source,
    };
    super::show::show(interp, shown)
}

/// The module name CPython derives from a file name: the name without a
/// ".py" ending, "<unknown>" for an empty one.
fn module_from_filename(filename: &Value) -> Value {
    let name = filename.builtin_value().as_str().unwrap_or("");
    if name.is_empty() {
        return Value::str("<unknown>");
    }
    match name.strip_suffix(".py") {
        Some(stem) => Value::str(stem),
        None => filename.clone(),
    }
}

/// The exception the "error" action raises: the warning itself.
fn raised(interp: &mut Interp, category: &Value, message: Value) -> Value {
    let base = Value::Class(interp.types.exc(Exc::BaseException));
    if crate::builtins::functions::instance_check(interp, &message, &base, 0).unwrap_or(false) {
        return message;
    }
    match interp.call_value(category.clone(), vec![message], vec![]) {
        Ok(e) | Err(e) => e,
    }
}

/// Whether `registry` already holds `key` (emptying it first when it was
/// filled under other filters); with `set`, records the key when it did not.
fn already_warned(interp: &mut Interp, registry: &Rc<RefCell<crate::vm::dict::Dict>>, key: &Value, set: bool) -> PyResult<bool> {
    let version = interp.extensions.get_or_default::<State>().version;
    let current = matches!(registry.borrow().get_str("version"), Some(Value::Int(v)) if *v == version);
    if !current {
        let mut r = registry.borrow_mut();
        r.clear();
        r.set_str("version", Value::Int(version));
    } else {
        let k = interp.hash_key(key.clone())?;
        if let Some(v) = interp.dict_get(registry, &k)? {
            if interp.truthy(&v)? {
                return Ok(true);
            }
        }
    }
    if set {
        let k = interp.hash_key(key.clone())?;
        interp.dict_set(registry, k, Value::Bool(true))?;
    }
    Ok(false)
}

/// An attribute of the Python `warnings` module in `sys.modules` (imported
/// first when `import` is set), or None when there is no such module or attribute.
pub(super) fn python_attr(interp: &mut Interp, name: &str, import: bool) -> PyResult<Option<Value>> {
    let module = if import {
        match interp.import_module("warnings") {
            Ok(m) => Some(m),
            Err(e) if interp.is_exc(&e, Exc::ImportError) => None,
            Err(e) => return Err(e),
        }
    } else {
        sys_modules_entry(interp, "warnings")
    };
    let Some(module) = module.filter(|m| !m.is_none()) else { return Ok(None) };
    match interp.get_attr(&module, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if interp.is_exc(&e, Exc::AttributeError) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `sys.modules[name]`, if present.
fn sys_modules_entry(interp: &Interp, name: &str) -> Option<Value> {
    let Some(Value::Module(sys)) = interp.modules.get("sys") else { return interp.modules.get(name).cloned() };
    let modules = sys.dict.borrow().get_str("modules").cloned();
    match modules {
        Some(Value::Dict(d)) => d.borrow().get_str(name).cloned(),
        _ => interp.modules.get(name).cloned(),
    }
}

/// The registry of "once" warnings: `warnings.onceregistry` when the Python
/// module has one (it must be a dict), else the module's own.
fn once_registry(interp: &mut Interp) -> PyResult<Rc<RefCell<crate::vm::dict::Dict>>> {
    let found = match python_attr(interp, "onceregistry", false)? {
        Some(Value::Dict(d)) => Some(Value::Dict(d)),
        Some(other) => {
            let t = interp.type_name(&other);
            return Err(interp.type_error(format!("_warnings.onceregistry must be a dict, not '{t}'")));
        }
        None => None,
    };
    let state = interp.extensions.get_or_default::<State>();
    if let Some(f) = found {
        state.once_registry = Some(f);
    }
    match &state.once_registry {
        Some(Value::Dict(d)) => Ok(d.clone()),
        _ => Err(interp.runtime_error("_warnings: no once registry")),
    }
}

/// The default action: `warnings.defaultaction` when the Python module has
/// one (it must be a str), else the module's own.
fn default_action(interp: &mut Interp) -> PyResult<Value> {
    if let Some(a) = python_attr(interp, "defaultaction", false)? {
        if a.builtin_value().as_str().is_none() {
            let t = interp.type_name(&a);
            return Err(interp.type_error(format!("_warnings.defaultaction must be a string, not '{t}'")));
        }
        interp.extensions.get_or_default::<State>().default_action = Some(a);
    }
    Ok(interp.extensions.get_or_default::<State>().default_action.clone().unwrap_or_else(|| Value::str("default")))
}

/// (action, filter) of the first filter fitting the warning, or (the default
/// action, None).
fn choose(interp: &mut Interp, category: &Value, text: &Value, lineno: i64, module: &Value) -> PyResult<(Value, Value)> {
    if let Some(f) = python_attr(interp, "filters", false)? {
        interp.extensions.get_or_default::<State>().filters = Some(f);
    }
    let filters = match interp.extensions.get_or_default::<State>().filters.clone() {
        Some(Value::List(l)) => l,
        _ => return Err(interp.value_error("_warnings.filters must be a list")),
    };
    let mut i = 0;
    loop {
        // The filters may change while they are matched: read one at a time.
        let Some(item) = filters.borrow().get(i).cloned() else { break };
        let parts = match &item {
            Value::Tuple(t) if t.len() == 5 => t.to_vec(),
            _ => return Err(interp.value_error(format!("_warnings.filters item {i} isn't a 5-tuple"))),
        };
        let action = &parts[0];
        if action.builtin_value().as_str().is_none() {
            let t = interp.type_name(action);
            return Err(interp.type_error(format!("action must be a string, not '{t}'")));
        }
        let good_msg = matches(interp, &parts[1], text)?;
        let good_mod = matches(interp, &parts[3], module)?;
        let is_sub = crate::builtins::functions::subclass_check(interp, category, &parts[2], 0)?;
        let ln = interp.index_value(&parts[4])?;
        if good_msg && is_sub && good_mod && (ln == 0 || ln == lineno) {
            return Ok((action.clone(), item));
        }
        i += 1;
    }
    Ok((default_action(interp)?, Value::None))
}

/// Whether a filter's pattern fits: None fits anything, an exact str must
/// equal the text, anything else is asked through its `match` method.
fn matches(interp: &mut Interp, pattern: &Value, text: &Value) -> PyResult<bool> {
    match pattern {
        Value::None => Ok(true),
        Value::Str(_) => interp.eq(pattern, text),
        _ => {
            let m = interp.get_attr(pattern, "match")?;
            let r = interp.call_value(m, vec![text.clone()], vec![])?;
            interp.truthy(&r)
        }
    }
}

//! `_warnings`: the warning machinery CPython 3.11 keeps in C, which
//! stdlib/warnings.py takes `filters`, `_defaultaction`, `_onceregistry`,
//! `warn`, `warn_explicit` and `_filters_mutated` from (its Python versions
//! stay as the fallback). `warn` finds where a warning comes from by walking
//! the language frames (`context.rs`), `warn_explicit` applies the filters and
//! the registries (`explicit.rs`), and a shown warning goes to the Python
//! module's `_showwarnmsg` or, without one, straight to `sys.stderr`
//! (`show.rs`). Natives issue warnings through [`Interp::warn`].

mod context;
mod explicit;
mod show;

use crate::objects::kwarg;
use crate::vm::dict::Dict;
use crate::vm::frame::Frame;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::types::Exc;
use crate::vm::value::Value;

/// The module's own state: the objects it started with (replaced by the
/// Python module's `filters`, `onceregistry` and `defaultaction` whenever
/// those are found) and the filters' version, which invalidates registries.
#[derive(Default)]
pub(crate) struct State {
    filters: Option<Value>,
    once_registry: Option<Value>,
    default_action: Option<Value>,
    version: i64,
}

/// The functions without a frame of their own; `warn` is added with one.
const FUNCTIONS: &[(&str, NativeFn)] = &[("warn_explicit", warn_explicit), ("_filters_mutated", filters_mutated)];

/// Registers `_warnings` in the module table.
pub fn register(interp: &mut Interp) {
    let filters = default_filters(interp);
    let once = Value::dict(Dict::new());
    let action = Value::str("default");
    let state = interp.extensions.get_or_default::<State>();
    state.filters = Some(filters.clone());
    state.once_registry = Some(once.clone());
    state.default_action = Some(action.clone());
    let module = super::make_module(
        "_warnings",
        FUNCTIONS,
        vec![("filters", filters), ("_onceregistry", once), ("_defaultaction", action)],
    );
    if let Value::Module(m) = &module {
        let warn = crate::objects::native_with_caller("warn", warn_from_rust, warn_at);
        let mut d = m.dict.borrow_mut();
        d.set_str("warn", warn);
        d.set_str("__doc__", Value::str("_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up."));
    }
    interp.modules.insert("_warnings".into(), module);
}

/// CPython's filters of a release build: DeprecationWarning shown in
/// `__main__` only, and the pending, import and resource warnings ignored.
fn default_filters(interp: &Interp) -> Value {
    let filter = |action: &str, kind: Exc, module: Value| {
        let category = Value::Class(interp.types.exc(kind));
        Value::tuple(vec![Value::str(action), Value::None, category, module, Value::Int(0)])
    };
    Value::list(vec![
        filter("default", Exc::DeprecationWarning, Value::str("__main__")),
        filter("ignore", Exc::DeprecationWarning, Value::None),
        filter("ignore", Exc::PendingDeprecationWarning, Value::None),
        filter("ignore", Exc::ImportWarning, Value::None),
        filter("ignore", Exc::ResourceWarning, Value::None),
    ])
}

impl Interp {
    /// Issues a warning of `category` from a native, as `warnings.warn(message,
    /// category, stacklevel)` would: stacklevel 1 names the language code
    /// that called the native. Errs when a filter turns it into an error.
    pub fn warn(&mut self, category: Exc, message: &str, stacklevel: i64) -> PyResult<()> {
        // The filters live in `_warnings`, built on first use.
        self.native_module("_warnings");
        let category = Value::Class(self.types.exc(category));
        let chain = self.frame_chain(None);
        do_warn(self, &chain, Value::str(message), category, stacklevel, None)
    }
}

/// `_filters_mutated()`: the filters changed, so every registry is stale.
fn filters_mutated(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    interp.extensions.get_or_default::<State>().version += 1;
    Ok(Value::None)
}

/// `warn(message, category=None, stacklevel=1, source=None)` called from Rust:
/// the innermost language frame is the caller.
fn warn_from_rust(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let chain = interp.frame_chain(None);
    warn_call(interp, &chain, args, kwargs)
}

/// `warn(...)` called from language code running `f`.
fn warn_at(interp: &mut Interp, f: &Frame, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let chain = interp.frame_chain(Some(f));
    warn_call(interp, &chain, args, kwargs)
}

/// Binds `warn`'s arguments (the declared signature checked their names) and issues it.
fn warn_call(interp: &mut Interp, chain: &[*const Frame], args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let arg = |i: usize, name: &str| args.get(i).or_else(|| kwarg(kwargs, name)).cloned();
    let Some(message) = arg(0, "message") else {
        return Err(interp.type_error("warn() missing required argument 'message' (pos 1)"));
    };
    let category = arg(1, "category").unwrap_or(Value::None);
    let stacklevel = match arg(2, "stacklevel") {
        Some(v) => size_arg(interp, &v)?,
        None => 1,
    };
    let source = arg(3, "source").filter(|s| !s.is_none());
    let category = category_of(interp, &message, category)?;
    do_warn(interp, chain, message, category, stacklevel, source)?;
    Ok(Value::None)
}

/// A C size argument: an int (or `__index__`), clamped as CPython's
/// conversion would overflow only past the machine size.
fn size_arg(interp: &mut Interp, v: &Value) -> PyResult<i64> {
    if let Value::Float(_) = v.builtin_value() {
        return Err(interp.type_error("'float' object cannot be interpreted as an integer"));
    }
    interp.index_value(v)
}

/// The category a warning is issued under: the message's class when it is a
/// Warning instance, UserWarning when none is given; it must subclass Warning.
fn category_of(interp: &mut Interp, message: &Value, category: Value) -> PyResult<Value> {
    let warning = Value::Class(interp.types.exc(Exc::Warning));
    let category = if crate::builtins::functions::instance_check(interp, message, &warning, 0)? {
        Value::Class(interp.type_of(message))
    } else if category.is_none() {
        Value::Class(interp.types.exc(Exc::UserWarning))
    } else {
        category
    };
    let fits = match &category {
        Value::Class(_) => crate::builtins::functions::subclass_check(interp, &category, &warning, 0).unwrap_or(false),
        _ => false,
    };
    if !fits {
        let t = interp.type_name(&category);
        return Err(interp.type_error(format!("category must be a Warning subclass, not '{t}'")));
    }
    Ok(category)
}

/// Issues a warning `stacklevel` frames up `chain` (innermost first).
fn do_warn(
    interp: &mut Interp,
    chain: &[*const Frame],
    message: Value,
    category: Value,
    stacklevel: i64,
    source: Option<Value>,
) -> PyResult<()> {
    let ctx = context::locate(interp, chain, stacklevel);
    let warning = explicit::Warning {
        category,
        message,
        filename: ctx.filename,
        lineno: ctx.lineno,
        module: Some(ctx.module),
        registry: Some(ctx.registry),
        sourceline: None,
        source,
    };
    explicit::warn_explicit(interp, warning)
}

/// `warn_explicit(message, category, filename, lineno, module=None,
/// registry=None, module_globals=None, source=None)`.
fn warn_explicit(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    const NAMES: [&str; 8] = ["message", "category", "filename", "lineno", "module", "registry", "module_globals", "source"];
    let mut given: [Option<Value>; 8] = Default::default();
    for (i, name) in NAMES.iter().enumerate() {
        given[i] = args.get(i).or_else(|| kwarg(kwargs, name)).cloned();
    }
    for (i, name) in NAMES.iter().enumerate().take(4) {
        if given[i].is_none() {
            return Err(interp.type_error(format!("warn_explicit() missing required argument '{name}' (pos {})", i + 1)));
        }
    }
    let [message, category, filename, lineno, module, registry, module_globals, source] = given;
    let (message, category, filename, lineno) = (message.unwrap(), category.unwrap(), filename.unwrap(), lineno.unwrap());
    if filename.builtin_value().as_str().is_none() {
        let t = interp.type_name(&filename);
        return Err(interp.type_error(format!("warn_explicit() argument 3 must be str, not {t}")));
    }
    let lineno = size_arg(interp, &lineno)?;
    let sourceline = match module_globals.filter(|g| !g.is_none()) {
        Some(Value::Dict(g)) => show::loader_line(interp, &g, lineno)?,
        Some(other) => {
            let t = interp.type_name(&other);
            return Err(interp.type_error(format!("module_globals must be a dict, not '{t}'")));
        }
        None => None,
    };
    let warning = explicit::Warning {
        category,
        message,
        filename,
        lineno,
        module,
        registry: registry.filter(|r| !r.is_none()),
        sourceline,
        source: source.filter(|s| !s.is_none()),
    };
    explicit::warn_explicit(interp, warning)?;
    Ok(Value::None)
}

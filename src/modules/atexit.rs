//! The `atexit` module: functions run when the program ends (normally or by
//! `sys.exit()`), last registered first. They run from an exit hook of the
//! interpreter (`Interp::exit_hooks`), before `__main__` is torn down; an
//! exception in one is reported and the others still run.

use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

/// One registered call: the function and its arguments.
struct Callback {
    func: Value,
    args: Vec<Value>,
    kwargs: Vec<(std::rc::Rc<str>, Value)>,
}

/// The registered calls in registration order; an unregistered call leaves an
/// empty slot (`_ncallbacks` counts slots, as CPython 3.11 does).
#[derive(Default)]
struct Registry {
    slots: Vec<Option<Callback>>,
    hooked: bool,
}

fn registry(interp: &mut Interp) -> &mut Registry {
    interp.extensions.get_or_default::<Registry>()
}

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("register", register),
    ("unregister", unregister),
    ("_run_exitfuncs", run_exitfuncs),
    ("_clear", clear),
    ("_ncallbacks", ncallbacks),
];

/// The `atexit` module.
pub fn module() -> Value {
    let doc = "allow programmer to define multiple exit functions to be executed\n\
               upon normal program termination.\n\n\
               Two public functions, register and unregister, are defined.\n";
    super::make_module("atexit", FUNCTIONS, vec![("__doc__", Value::str(doc))])
}

fn register(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some(func) = args.first() else {
        return Err(interp.type_error("register() takes at least 1 argument (0 given)"));
    };
    if !interp.is_callable(func) {
        return Err(interp.type_error("the first argument must be callable"));
    }
    let callback = Callback { func: func.clone(), args: args[1..].to_vec(), kwargs: kwargs.to_vec() };
    let reg = registry(interp);
    reg.slots.push(Some(callback));
    if !reg.hooked {
        reg.hooked = true;
        interp.exit_hooks.insert(0, at_exit);
    }
    Ok(func.clone())
}

fn unregister(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "unregister", kwargs)?;
    if args.len() != 1 {
        let n = args.len();
        return Err(interp.type_error(format!("atexit.unregister() takes exactly one argument ({n} given)")));
    }
    let target = args[0].clone();
    let funcs: Vec<(usize, Value)> = registry(interp)
        .slots
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.as_ref().map(|c| (i, c.func.clone())))
        .collect();
    for (i, f) in funcs {
        if interp.eq(&f, &target)? {
            registry(interp).slots[i] = None;
        }
    }
    Ok(Value::None)
}

/// Runs every registered call, last first, and forgets them; an exception is
/// printed as "Exception ignored in atexit callback" and the rest still run.
fn run_all(interp: &mut Interp) {
    let slots = std::mem::take(&mut registry(interp).slots);
    for cb in slots.into_iter().rev().flatten() {
        if let Err(e) = interp.call_value(cb.func.clone(), cb.args, cb.kwargs) {
            let culprit = crate::vm::hooks::Culprit::Object(cb.func);
            interp.write_unraisable(&e, Some("Exception ignored in atexit callback"), culprit);
        }
    }
}

/// The exit hook: runs what is still registered.
fn at_exit(interp: &mut Interp) {
    run_all(interp);
}

fn run_exitfuncs(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "_run_exitfuncs", kwargs)?;
    crate::objects::check_args(interp, "_run_exitfuncs", args, 0, 0)?;
    run_all(interp);
    Ok(Value::None)
}

fn clear(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "_clear", kwargs)?;
    crate::objects::check_args(interp, "_clear", args, 0, 0)?;
    registry(interp).slots.clear();
    Ok(Value::None)
}

fn ncallbacks(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "_ncallbacks", kwargs)?;
    crate::objects::check_args(interp, "_ncallbacks", args, 0, 0)?;
    Ok(Value::Int(registry(interp).slots.len() as i64))
}

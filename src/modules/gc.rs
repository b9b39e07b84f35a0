//! The `gc` module: the interface to the cycle collector (`vm::gc`).

use crate::objects::{check_args, kwarg, no_kwargs};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("collect", collect),
    ("enable", enable),
    ("disable", disable),
    ("isenabled", isenabled),
    ("get_threshold", get_threshold),
    ("set_threshold", set_threshold),
    ("get_count", get_count),
    ("get_stats", get_stats),
    ("get_objects", get_objects),
    ("get_referents", get_referents),
    ("get_referrers", get_referrers),
    ("is_tracked", is_tracked),
    ("is_finalized", is_finalized),
    ("freeze", freeze),
    ("unfreeze", unfreeze),
    ("get_freeze_count", get_freeze_count),
    ("set_debug", set_debug),
    ("get_debug", get_debug),
];

const DEBUG_STATS: i64 = 1;
const DEBUG_COLLECTABLE: i64 = 2;
const DEBUG_UNCOLLECTABLE: i64 = 4;
const DEBUG_SAVEALL: i64 = crate::vm::gc::DEBUG_SAVEALL;

/// The `gc` module.
pub fn module() -> Value {
    let callbacks = Value::list(vec![]);
    crate::vm::gc::set_callbacks_list(callbacks.clone());
    let garbage = Value::list(vec![]);
    crate::vm::gc::set_garbage_list(garbage.clone());
    let doc = "This module provides access to the garbage collector for reference cycles.\n";
    super::make_module(
        "gc",
        FUNCTIONS,
        vec![
            ("__doc__", Value::str(doc)),
            ("garbage", garbage),
            ("callbacks", callbacks),
            ("DEBUG_STATS", Value::Int(DEBUG_STATS)),
            ("DEBUG_COLLECTABLE", Value::Int(DEBUG_COLLECTABLE)),
            ("DEBUG_UNCOLLECTABLE", Value::Int(DEBUG_UNCOLLECTABLE)),
            ("DEBUG_SAVEALL", Value::Int(DEBUG_SAVEALL)),
            ("DEBUG_LEAK", Value::Int(DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL)),
        ],
    )
}

/// A generation number argument: 0, 1 or 2.
fn generation(interp: &mut Interp, v: &Value) -> PyResult<usize> {
    let g = interp.index_value(v)?;
    match g {
        0..=2 => Ok(g as usize),
        _ => Err(interp.value_error("invalid generation")),
    }
}

fn collect(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_args(interp, "collect", args, 0, 1)?;
    let g = match args.first().or_else(|| kwarg(kwargs, "generation")) {
        Some(v) => generation(interp, v)?,
        None => 2,
    };
    let found = crate::vm::gc::collect(interp, g);
    // What the collection freed may have weak-reference callbacks or `__del__` due.
    crate::vm::safepoint::run(interp);
    Ok(Value::Int(found as i64))
}

fn enable(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "enable", args, 0, 0)?;
    crate::vm::gc::set_enabled(true);
    Ok(Value::None)
}

fn disable(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "disable", args, 0, 0)?;
    crate::vm::gc::set_enabled(false);
    Ok(Value::None)
}

fn isenabled(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "isenabled", args, 0, 0)?;
    Ok(Value::Bool(crate::vm::gc::is_enabled()))
}

fn get_threshold(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "get_threshold", args, 0, 0)?;
    let (a, b, c) = crate::vm::gc::thresholds();
    Ok(Value::tuple(vec![Value::Int(a as i64), Value::Int(b as i64), Value::Int(c as i64)]))
}

fn set_threshold(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "set_threshold", kwargs)?;
    if args.is_empty() || args.len() > 3 {
        let (how, k) = if args.is_empty() { ("at least", 1) } else { ("at most", 3) };
        let s = if k == 1 { "" } else { "s" };
        return Err(interp.type_error(format!("set_threshold() takes {how} {k} argument{s} ({} given)", args.len())));
    }
    let (a, b, c) = crate::vm::gc::thresholds();
    let mut t = [a, b, c];
    for (i, v) in args.iter().enumerate() {
        let n = interp.index_value(v)?;
        t[i] = n.max(0) as usize;
    }
    crate::vm::gc::set_thresholds(t);
    Ok(Value::None)
}

fn get_count(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "get_count", args, 0, 0)?;
    let (a, b, c) = crate::vm::gc::counts();
    Ok(Value::tuple(vec![Value::Int(a as i64), Value::Int(b as i64), Value::Int(c as i64)]))
}

fn get_stats(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "get_stats", args, 0, 0)?;
    let mut out = Vec::new();
    for s in crate::vm::gc::stats() {
        let mut d = crate::vm::dict::Dict::new();
        d.set_str("collections", Value::Int(s.collections as i64));
        d.set_str("collected", Value::Int(s.collected as i64));
        d.set_str("uncollectable", Value::Int(s.uncollectable as i64));
        out.push(Value::dict(d));
    }
    Ok(Value::list(out))
}

fn get_objects(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_args(interp, "get_objects", args, 0, 1)?;
    let g = match args.first().or_else(|| kwarg(kwargs, "generation")) {
        None | Some(Value::None) => None,
        Some(v) => {
            let g = interp.index_value(v)?;
            if g < 0 {
                return Err(interp.value_error("generation parameter must be greater than -1"));
            }
            if g > 2 {
                return Err(interp
                    .value_error("generation parameter must be less than the number of available generations (3)"));
            }
            Some(g as usize)
        }
    };
    Ok(Value::list(crate::vm::gc::objects(g)))
}

fn get_referents(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "get_referents", kwargs)?;
    Ok(Value::list(args.iter().flat_map(crate::vm::gc::referents_of).collect()))
}

fn get_referrers(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "get_referrers", kwargs)?;
    Ok(Value::list(crate::vm::gc::referrers_of(args)))
}

fn is_tracked(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "is_tracked", args, 1, 1)?;
    Ok(Value::Bool(crate::vm::gc::is_tracked(&args[0])))
}

fn is_finalized(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "is_finalized", args, 1, 1)?;
    Ok(Value::Bool(matches!(&args[0], Value::Instance(i) if i.finalized.get())))
}

fn freeze(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "freeze", args, 0, 0)?;
    crate::vm::gc::freeze();
    Ok(Value::None)
}

fn unfreeze(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "unfreeze", args, 0, 0)?;
    crate::vm::gc::unfreeze();
    Ok(Value::None)
}

fn get_freeze_count(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "get_freeze_count", args, 0, 0)?;
    Ok(Value::Int(crate::vm::gc::freeze_count() as i64))
}

fn set_debug(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "set_debug", args, 1, 1)?;
    let flags = interp.index_value(&args[0])?;
    crate::vm::gc::set_debug_flags(flags);
    Ok(Value::None)
}

fn get_debug(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "get_debug", args, 0, 0)?;
    Ok(Value::Int(crate::vm::gc::debug_flags()))
}

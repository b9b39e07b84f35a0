//! `except*` support: splitting exception groups by type and re-raising what no
//! clause handled, with CPython's rules. The compiler calls these hidden builtins;
//! the state of one `try` is a list `[original, rest, matched, raised]`.

use crate::vm::types::Exc;
use super::{add_builtin, check_args};
use crate::vm::exceptions::{exc_data, is_subclass};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

pub fn register(interp: &mut Interp) {
    add_builtin(interp, "__eg_begin__", begin);
    add_builtin(interp, "__eg_match__", match_clause);
    add_builtin(interp, "__eg_raised__", raised);
    add_builtin(interp, "__eg_finish__", finish);
}

fn is_group(interp: &Interp, v: &Value) -> bool {
    interp.is_exc(v, Exc::BaseExceptionGroup)
}

/// The sub-exceptions of a group.
fn members(v: &Value) -> Vec<Value> {
    let arg = exc_data(v).and_then(|d| d.borrow().args.get(1).cloned());
    match arg {
        Some(Value::List(l)) => l.borrow().clone(),
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => vec![],
    }
}

/// A new group like `eg` (same message, cause, context) holding `excs`.
fn derive(interp: &mut Interp, eg: &Value, excs: Vec<Value>) -> Value {
    let message = exc_data(eg).and_then(|d| d.borrow().args.first().cloned()).unwrap_or(Value::str(""));
    let all_exceptions = excs.iter().all(|e| interp.is_exc(e, Exc::Exception));
    let class = interp.types.exc(if all_exceptions { Exc::ExceptionGroup } else { Exc::BaseExceptionGroup });
    let group = interp.new_exception(class, vec![message, Value::list(excs)]);
    if let (Some(src), Some(dst)) = (exc_data(eg), exc_data(&group)) {
        let src = src.borrow();
        let mut dst = dst.borrow_mut();
        dst.cause = src.cause.clone();
        dst.context = src.context.clone();
        dst.suppress_context = src.suppress_context;
        dst.traceback = src.traceback.clone();
        dst.tb_objects = src.tb_objects.clone();
    }
    group
}

/// Splits `exc` into the part whose leaves satisfy `pred` and the rest, keeping the nesting.
fn split(interp: &mut Interp, exc: &Value, pred: &dyn Fn(&Interp, &Value) -> bool) -> (Option<Value>, Option<Value>) {
    if !is_group(interp, exc) {
        return if pred(interp, exc) { (Some(exc.clone()), None) } else { (None, Some(exc.clone())) };
    }
    let excs = members(exc);
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for e in &excs {
        let (m, r) = split(interp, e, pred);
        matched.extend(m);
        rest.extend(r);
    }
    let part = |interp: &mut Interp, items: Vec<Value>| -> Option<Value> {
        if items.is_empty() {
            None
        } else if items.len() == excs.len() && items.iter().zip(&excs).all(|(a, b)| a.is(b)) {
            Some(exc.clone())
        } else {
            Some(derive(interp, exc, items))
        }
    };
    (part(interp, matched), part(interp, rest))
}

/// The leaf exceptions of an exception or group.
fn leaves(interp: &Interp, exc: &Value, out: &mut Vec<Value>) {
    if is_group(interp, exc) {
        for e in members(exc) {
            leaves(interp, &e, out);
        }
    } else {
        out.push(exc.clone());
    }
}

fn state(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<ListObj>> {
    match args.first() {
        Some(Value::List(l)) if l.borrow().len() == 4 => Ok(l.clone()),
        _ => Err(interp.type_error("except* state expected")),
    }
}

/// `[exc] -> S`: a naked exception is handled as a group of one.
fn begin(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__eg_begin__", args, 1, 1)?;
    let orig = args[0].clone();
    let rest = if is_group(interp, &orig) {
        orig.clone()
    } else {
        let class =
            interp.types.exc(if interp.is_exc(&orig, Exc::Exception) { Exc::ExceptionGroup } else { Exc::BaseExceptionGroup });
        interp.new_exception(class, vec![Value::str(""), Value::tuple(vec![orig.clone()])])
    };
    Ok(Value::list(vec![orig, rest, Value::list(vec![]), Value::list(vec![])]))
}

/// The part of the remaining group matching the clause's types (None when nothing matches).
fn match_clause(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__eg_match__", args, 2, 2)?;
    let s = state(interp, args)?;
    let classes: Vec<Rc<Class>> = match &args[1] {
        Value::Class(c) => vec![c.clone()],
        Value::Tuple(t) => {
            t.iter().filter_map(|c| if let Value::Class(c) = c { Some(c.clone()) } else { None }).collect()
        }
        _ => vec![],
    };
    if classes.is_empty() || classes.iter().any(|c| c.kind != ClassKind::Exception) {
        return Err(interp.type_error("catching classes that do not inherit from BaseException is not allowed"));
    }
    let group_base = interp.types.exc(Exc::BaseExceptionGroup);
    if classes.iter().any(|c| is_subclass(c, &group_base)) {
        return Err(interp.type_error("catching ExceptionGroup with except* is not allowed. Use except instead."));
    }
    let rest = s.borrow()[1].clone();
    if rest.is_none() {
        return Ok(Value::None);
    }
    let pred = |_: &Interp, e: &Value| match e {
        Value::Instance(i) => classes.iter().any(|c| is_subclass(&i.class, c)),
        _ => false,
    };
    let (matched, remaining) = split(interp, &rest, &pred);
    s.borrow_mut()[1] = remaining.unwrap_or(Value::None);
    let matched = matched.unwrap_or(Value::None);
    if !matched.is_none() {
        if let Value::List(m) = &s.borrow()[2] {
            m.borrow_mut().push(matched.clone());
        }
    }
    Ok(matched)
}

/// Records an exception raised by a clause body.
fn raised(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__eg_raised__", args, 2, 2)?;
    let s = state(interp, args)?;
    if let Value::List(r) = &s.borrow()[3] {
        r.borrow_mut().push(args[1].clone());
    }
    Ok(Value::None)
}

/// Raises what is left: unhandled parts and re-raised ones in the original structure,
/// together with new exceptions raised by clause bodies.
fn finish(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__eg_finish__", args, 1, 1)?;
    let s = state(interp, args)?;
    let (orig, rest, matched, raised) = {
        let s = s.borrow();
        let list = |v: &Value| if let Value::List(l) = v { l.borrow().clone() } else { vec![] };
        (s[0].clone(), s[1].clone(), list(&s[2]), list(&s[3]))
    };
    let mut keep = Vec::new();
    if !rest.is_none() {
        leaves(interp, &rest, &mut keep);
    }
    let mut new = Vec::new();
    for e in raised {
        if e.is(&orig) {
            for m in &matched {
                leaves(interp, m, &mut keep);
            }
        } else if matched.iter().any(|m| m.is(&e)) {
            leaves(interp, &e, &mut keep);
        } else {
            new.push(e);
        }
    }
    let leftover = if keep.is_empty() {
        None
    } else if is_group(interp, &orig) {
        split(interp, &orig, &|_: &Interp, e: &Value| keep.iter().any(|k| k.is(e))).0
    } else {
        Some(orig.clone())
    };
    match (leftover, new.len()) {
        (None, 0) => Ok(Value::None),
        (Some(l), 0) => Err(l),
        (None, 1) => Err(new.remove(0)),
        (leftover, _) => {
            new.extend(leftover);
            let all_exceptions = new.iter().all(|e| interp.is_exc(e, Exc::Exception));
            let class = interp.types.exc(if all_exceptions { Exc::ExceptionGroup } else { Exc::BaseExceptionGroup });
            Err(interp.new_exception(class, vec![Value::str(""), Value::list(new)]))
        }
    }
}

//! The builtins behind the methods of `asyncio.Queue` (stdlib/asyncio/queues.py):
//! each takes the queue instance first and works on the [`QueueCore`] stored in
//! its `_core` attribute.

use crate::vm::types::Exc;
use crate::modules::asyncio::queue::{OpKind, Order, QueueCore, QueueOp};
use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

/// The builtins, as `(name, function)` for the `_asyncio` module.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_queue_init", init),
    ("_queue_put", put),
    ("_queue_get", get),
    ("_queue_join", join),
    ("_queue_put_nowait", put_nowait),
    ("_queue_get_nowait", get_nowait),
    ("_queue_task_done", task_done),
    ("_queue_qsize", qsize),
    ("_queue_empty", empty),
    ("_queue_full", full),
    ("_queue_maxsize", maxsize),
    ("_queue_format", format),
];

/// Makes `QueueEmpty` and `QueueFull` (module `asyncio.queues`) for the runtime.
pub fn make_exceptions(interp: &mut Interp) -> Vec<(&'static str, Value)> {
    let exc = interp.types.exc(Exc::Exception);
    let mk = |name: &str| {
        crate::vm::types::new_class(name, vec![exc.clone()], Dict::new(), ClassKind::Exception, "asyncio.queues")
    };
    interp.runtime().queue_empty = mk("QueueEmpty");
    interp.runtime().queue_full = mk("QueueFull");
    let mut out = Vec::new();
    if let Some(c) = &interp.runtime().queue_empty {
        out.push(("QueueEmpty", Value::Class(c.clone())));
    }
    if let Some(c) = &interp.runtime().queue_full {
        out.push(("QueueFull", Value::Class(c.clone())));
    }
    out
}

/// Checks the positional arguments of `Queue.<name>(self, *params)`.
fn check_args(interp: &mut Interp, name: &str, args: &[Value], kwargs: KwArgs, params: &[&str]) -> PyResult<()> {
    if let Some((k, _)) = kwargs.iter().find(|(k, _)| !params.contains(&k.as_ref())) {
        return Err(interp.type_error(format!("Queue.{name}() got an unexpected keyword argument '{k}'")));
    }
    let given = args.len().saturating_sub(1);
    if given > params.len() {
        let n = params.len() + 1;
        let s = if n == 1 { "" } else { "s" };
        return Err(
            interp.type_error(format!("Queue.{name}() takes {n} positional argument{s} but {} were given", args.len()))
        );
    }
    Ok(())
}

/// Argument `i` (after self) by position or keyword.
fn param(interp: &mut Interp, name: &str, args: &[Value], kwargs: KwArgs, i: usize, pname: &str) -> PyResult<Value> {
    if let Some(v) = args.get(i + 1) {
        return Ok(v.clone());
    }
    match crate::objects::kwarg(kwargs, pname) {
        Some(v) => Ok(v.clone()),
        None => Err(interp.type_error(format!("Queue.{name}() missing 1 required positional argument: '{pname}'"))),
    }
}

/// The core of the queue that is `args[0]`.
fn core(interp: &mut Interp, args: &[Value]) -> PyResult<Rc<QueueCore>> {
    super::instance_core::<QueueCore>(interp, args)
}

/// `_queue_init(self, maxsize, order)`: order 0 = FIFO, 1 = LIFO, 2 = priority.
fn init(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let (Some(Value::Instance(inst)), Some(maxsize), Some(order)) = (args.first(), args.get(1), args.get(2)) else {
        return Err(interp.type_error("_queue_init(self, maxsize, order)"));
    };
    let order = match order {
        Value::Int(1) => Order::Lifo,
        Value::Int(2) => Order::Priority,
        _ => Order::Fifo,
    };
    let core = QueueCore::new(interp, maxsize.clone(), order)?;
    inst.dict.borrow_mut().set_str("_core", Value::native(Rc::new(core)));
    Ok(Value::None)
}

fn op(interp: &mut Interp, args: &[Value], kind: OpKind, item: Value) -> PyResult<Value> {
    let core = core(interp, args)?;
    let Some(Value::Instance(owner)) = args.first() else {
        return Err(interp.type_error("queue operation needs a queue"));
    };
    Ok(Value::native(Rc::new(QueueOp::new(core, owner.clone(), kind, item))))
}

fn put(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_args(interp, "put", args, kwargs, &["item"])?;
    let item = param(interp, "put", args, kwargs, 0, "item")?;
    op(interp, args, OpKind::Put, item)
}

fn get(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_args(interp, "get", args, kwargs, &[])?;
    op(interp, args, OpKind::Get, Value::None)
}

fn join(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_args(interp, "join", args, kwargs, &[])?;
    op(interp, args, OpKind::Join, Value::None)
}

fn put_nowait(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_args(interp, "put_nowait", args, kwargs, &["item"])?;
    let item = param(interp, "put_nowait", args, kwargs, 0, "item")?;
    core(interp, args)?.put_nowait(interp, item)?;
    Ok(Value::None)
}

fn get_nowait(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_args(interp, "get_nowait", args, kwargs, &[])?;
    core(interp, args)?.get_nowait(interp)
}

fn task_done(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_args(interp, "task_done", args, kwargs, &[])?;
    core(interp, args)?.task_done(interp)?;
    Ok(Value::None)
}

fn qsize(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_args(interp, "qsize", args, kwargs, &[])?;
    Ok(Value::Int(core(interp, args)?.qsize() as i64))
}

fn empty(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_args(interp, "empty", args, kwargs, &[])?;
    Ok(Value::Bool(core(interp, args)?.is_empty()))
}

fn full(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    check_args(interp, "full", args, kwargs, &[])?;
    Ok(Value::Bool(core(interp, args)?.is_full()))
}

fn maxsize(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(core(interp, args)?.maxsize.clone())
}

/// The text after the class name in the queue's repr, as CPython's `Queue._format`.
fn format(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let core = core(interp, args)?;
    let mut out = format!("maxsize={}", interp.repr(&core.maxsize)?);
    let items = core.items();
    if !items.is_empty() {
        let r = interp.repr(&Value::list(items))?;
        out.push_str(&format!(" _queue={r}"));
    }
    let (getters, putters) = core.waiter_counts();
    if getters > 0 {
        out.push_str(&format!(" _getters[{getters}]"));
    }
    if putters > 0 {
        out.push_str(&format!(" _putters[{putters}]"));
    }
    if core.unfinished.get() > 0 {
        out.push_str(&format!(" tasks={}", core.unfinished.get()));
    }
    Ok(Value::string(out))
}

//! Methods of Future and Task, of the native awaitables (future iterator,
//! `sleep` coroutine, async-generator operations), of async generators
//! themselves (`__anext__`, `asend`, `athrow`, `aclose`) and of handles.

use super::{add_methods, arg, event_loop_for, recv_future};
use crate::vm::types::native_class;
use crate::objects::kwarg;
use crate::objects::coroutines::add_coroutine_methods;
use crate::modules::asyncio::future::{self, DoneCallback, Future, FutureIter};
use crate::modules::asyncio::task;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::cell::Cell;
use std::rc::Rc;

pub fn register(interp: &mut Interp, future_class: &Rc<Class>, task_class: &Rc<Class>) {
    add_methods(
        future_class,
        &[
            ("__new__", future_new),
            ("result", result),
            ("exception", exception),
            ("done", done),
            ("cancelled", cancelled),
            ("cancel", cancel),
            ("add_done_callback", add_done_callback),
            ("remove_done_callback", remove_done_callback),
            ("set_result", set_result),
            ("set_exception", set_exception),
            ("get_loop", get_loop),
            ("__await__", await_),
            ("__iter__", await_),
            ("__repr__", repr),
        ],
    );
    add_methods(
        task_class,
        &[
            ("__new__", task_new),
            ("get_name", get_name),
            ("set_name", set_name),
            ("get_coro", get_coro),
            ("cancelling", cancelling),
            ("uncancel", uncancel),
            ("set_result", task_set_result),
            ("set_exception", task_set_result),
        ],
    );
    let object = interp.types.object.clone();
    for name in ["FutureIter", "coroutine"] {
        let cls = native_class(interp, name, &object, "builtins");
        add_coroutine_methods(&cls);
        if name == "coroutine" {
            add_methods(&cls, &[("__repr__", sleep_repr)]);
        }
    }
    crate::modules::asyncio::handle_methods::register(interp);
}

fn future_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let lp = match kwarg(kwargs, "loop") {
        Some(v) if !v.is_none() => super::as_loop(v).ok_or_else(|| interp.type_error("loop must be an event loop"))?,
        _ => event_loop_for(interp),
    };
    let _ = args;
    let fut = Rc::new(Future::new(lp, None));
    crate::modules::asyncio::future::track(&fut);
    Ok(fut.value())
}

fn task_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let coro = arg(args, 0, kwargs, "coro");
    let lp = match kwarg(kwargs, "loop") {
        Some(v) if !v.is_none() => super::as_loop(v).ok_or_else(|| interp.type_error("loop must be an event loop"))?,
        _ => event_loop_for(interp),
    };
    let name = kwarg(kwargs, "name").cloned().unwrap_or(Value::None);
    let context = kwarg(kwargs, "context").cloned().unwrap_or(Value::None);
    Ok(task::create_task_in(interp, &lp, coro, name, context)?.value())
}

fn result(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = recv_future(interp, args)?;
    future::result(interp, &f)
}

fn exception(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = recv_future(interp, args)?;
    future::exception(interp, &f)
}

fn done(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(recv_future(interp, args)?.is_done()))
}

fn cancelled(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(recv_future(interp, args)?.is_cancelled()))
}

fn cancel(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let f = recv_future(interp, args)?;
    Ok(Value::Bool(task::cancel(&f, arg(args, 1, kwargs, "msg"))))
}

fn add_done_callback(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let f = recv_future(interp, args)?;
    let cb = arg(args, 1, kwargs, "fn");
    future::add_done_callback(&f, DoneCallback::Py(cb));
    Ok(Value::None)
}

fn remove_done_callback(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let f = recv_future(interp, args)?;
    let cb = arg(args, 1, kwargs, "fn");
    let mut removed = 0;
    let mut kept = future::CallbackList::Empty;
    let cbs = f.take_callbacks();
    for c in cbs {
        let same = match &c {
            DoneCallback::Py(v) => v.is(&cb) || interp.eq(v, &cb).unwrap_or(false),
            _ => false,
        };
        if same {
            removed += 1;
        } else {
            kept.push(c);
        }
    }
    // Callbacks added meanwhile (by `__eq__`) go after the kept ones.
    let added = f.take_callbacks();
    for c in added {
        kept.push(c);
    }
    f.set_callbacks(kept);
    Ok(Value::Int(removed))
}

fn set_result(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let f = recv_future(interp, args)?;
    future::set_result(interp, &f, arg(args, 1, kwargs, "result"))?;
    Ok(Value::None)
}

fn set_exception(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let f = recv_future(interp, args)?;
    future::set_exception(interp, &f, arg(args, 1, kwargs, "exception"))?;
    Ok(Value::None)
}

fn task_set_result(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    Err(interp.runtime_error("Task does not support set_result operation"))
}

fn get_loop(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::native(recv_future(interp, args)?.loop_.clone()))
}

fn await_(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = recv_future(interp, args)?;
    Ok(Value::native(Rc::new(FutureIter { fut: f, yielded: Cell::new(false) })))
}

fn repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = recv_future(interp, args)?;
    Ok(Value::string(task::repr(interp, &f)))
}

fn get_name(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = recv_future(interp, args)?;
    Ok(Value::string(task::name(&f)))
}

fn set_name(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let f = recv_future(interp, args)?;
    let v = arg(args, 1, kwargs, "value");
    let s = interp.to_str(&v)?;
    if let Some(ts) = f.task() {
        ts.set_name(Value::string(s));
    }
    Ok(Value::None)
}

fn get_coro(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = recv_future(interp, args)?;
    Ok(f.task().map(|t| t.coro.clone()).unwrap_or(Value::None))
}

fn cancelling(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = recv_future(interp, args)?;
    Ok(Value::Int(f.task().map_or(0, |t| t.num_cancels()) as i64))
}

fn uncancel(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let f = recv_future(interp, args)?;
    let n = match f.task() {
        Some(t) => {
            let n = t.num_cancels().saturating_sub(1);
            t.set_num_cancels(n);
            n
        }
        None => 0,
    };
    Ok(Value::Int(n as i64))
}






fn sleep_repr(_: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let p = args.first().and_then(|v| v.ptr()).unwrap_or(0);
    let name = match args.first() {
        Some(Value::Native(n)) => super::native_coro_name(n),
        _ => "sleep",
    };
    Ok(Value::string(format!("<coroutine object {name} at {p:#x}>")))
}








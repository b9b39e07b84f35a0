//! `asyncio.gather`: an outer future that completes when every child does,
//! with CPython 3.11's rules for `return_exceptions` and for cancellation in
//! both directions (cancelling the outer cancels the children; a cancelled
//! child fails the outer unless exceptions are returned).

use crate::runtime::event_loop::EventLoop;
use crate::runtime::future::{self, DoneCallback, Future, NativeDone};
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

/// The bookkeeping of one gather.
pub struct GatherState {
    pub children: RefCell<Vec<Rc<Future>>>,
    pub nfuts: Cell<usize>,
    pub nfinished: Cell<usize>,
    pub return_exceptions: bool,
    pub cancel_requested: Cell<bool>,
    pub outer: RefCell<Weak<Future>>,
}

/// Turns an awaitable argument of `gather` into a future on the given loop.
pub type EnsureFuture = dyn Fn(&mut Interp, &Rc<EventLoop>, Value) -> PyResult<Rc<Future>>;

/// `gather(*aws, return_exceptions=...)` on `lp` with the children already made futures
/// by `ensure` (which turns each argument into a future).
pub fn gather(
    interp: &mut Interp,
    lp: &Rc<EventLoop>,
    args: &[Value],
    return_exceptions: bool,
    ensure: &EnsureFuture,
) -> PyResult<Rc<Future>> {
    let state = Rc::new(GatherState {
        children: RefCell::new(Vec::with_capacity(args.len())),
        nfuts: Cell::new(0),
        nfinished: Cell::new(0),
        return_exceptions,
        cancel_requested: Cell::new(false),
        outer: RefCell::new(Weak::new()),
    });
    if args.is_empty() {
        let outer = Rc::new(Future::new(lp.clone(), None));
        future::set_result(interp, &outer, Value::list(vec![]))?;
        return Ok(outer);
    }
    let mut seen: HashMap<usize, Rc<Future>> = HashMap::with_capacity(args.len());
    let mut lp = lp.clone();
    let weak = Rc::downgrade(&state);
    let cb: NativeDone = Rc::new(move |interp: &mut Interp, fut: &Rc<Future>| match weak.upgrade() {
        Some(st) => child_done(interp, &st, fut),
        None => Ok(()),
    });
    for (i, a) in args.iter().enumerate() {
        let key = a.ptr().unwrap_or(usize::MAX - i);
        let fut = match seen.get(&key) {
            Some(f) => f.clone(),
            None => {
                let f = ensure(interp, &lp, a.clone())?;
                if i == 0 {
                    lp = f.loop_.clone();
                }
                state.nfuts.set(state.nfuts.get() + 1);
                seen.insert(key, f.clone());
                future::add_done_callback(&f, DoneCallback::Native(cb.clone()));
                f
            }
        };
        state.children.borrow_mut().push(fut);
    }
    let mut outer = Future::new(lp, None);
    outer.gather = Some(state.clone());
    let outer = Rc::new(outer);
    *state.outer.borrow_mut() = Rc::downgrade(&outer);
    // Children that finished before the outer existed were counted by their callbacks,
    // which run later from the ready queue, so nothing is lost here.
    Ok(outer)
}

/// The done callback of each child.
fn child_done(interp: &mut Interp, st: &Rc<GatherState>, fut: &Rc<Future>) -> PyResult<()> {
    st.nfinished.set(st.nfinished.get() + 1);
    let outer = st.outer.borrow().upgrade();
    let Some(outer) = outer.filter(|o| !o.is_done()) else {
        if !fut.is_cancelled() {
            fut.log_traceback.set(false);
        }
        return Ok(());
    };
    if !st.return_exceptions {
        if fut.is_cancelled() {
            let exc = future::make_cancelled_error(interp, fut);
            return future::set_exception(interp, &outer, exc);
        }
        if fut.has_exception.get() {
            fut.log_traceback.set(false);
            let exc = fut.result.borrow().clone();
            return future::set_exception(interp, &outer, exc);
        }
    }
    if st.nfinished.get() == st.nfuts.get() {
        let children = st.children.borrow().clone();
        let mut results = Vec::with_capacity(children.len());
        for c in &children {
            if c.is_cancelled() {
                let msg = c.cancel_msg.borrow().clone();
                let msg = if msg.is_none() { Value::str("") } else { msg };
                results.push(interp.cancelled_error(&msg));
            } else {
                c.log_traceback.set(false);
                results.push(c.result.borrow().clone());
            }
        }
        drop(children);
        st.children.borrow_mut().clear();
        if st.cancel_requested.get() {
            let exc = future::make_cancelled_error(interp, fut);
            future::set_exception(interp, &outer, exc)?;
        } else {
            future::set_result(interp, &outer, Value::list(results))?;
        }
    }
    Ok(())
}

/// `_GatheringFuture.cancel(msg)`: cancels the children.
pub fn cancel(outer: &Rc<Future>, st: &Rc<GatherState>, msg: Value) -> bool {
    if outer.is_done() {
        return false;
    }
    let children = st.children.borrow().clone();
    let mut ret = false;
    for c in &children {
        if crate::runtime::task::cancel(c, msg.clone()) {
            ret = true;
        }
    }
    if ret {
        st.cancel_requested.set(true);
    }
    ret
}

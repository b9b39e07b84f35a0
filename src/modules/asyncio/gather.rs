//! `asyncio.gather`: an outer future that completes when every child does,
//! with CPython 3.11's rules for `return_exceptions` and for cancellation in
//! both directions (cancelling the outer cancels the children; a cancelled
//! child fails the outer unless exceptions are returned).

use crate::modules::asyncio::event_loop::EventLoop;
use crate::modules::asyncio::future::{self, DoneCallback, FutKind, Future, NativeDone};
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
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
    let mut lp = lp.clone();
    let weak = Rc::downgrade(&state);
    let cb: NativeDone = future::native_done(move |interp: &mut Interp, fut: &Rc<Future>| match weak.upgrade() {
        Some(st) => child_done(interp, &st, fut),
        None => Ok(()),
    });
    let r = add_children(interp, &state, &mut lp, args, ensure, &cb);
    // Future arguments were marked to find repeats (`arg in arg_to_fut`); unmark them.
    for c in state.children.borrow().iter() {
        c.set_marked(false);
    }
    r?;
    let outer = Rc::new(Future::with_kind(lp, Some(Box::new(FutKind::Gather(state.clone())))));
    *state.outer.borrow_mut() = Rc::downgrade(&outer);
    // Children that finished before the outer existed were counted by their callbacks,
    // which run later from the ready queue, so nothing is lost here.
    Ok(outer)
}

/// Makes each argument a child future, once per distinct argument (by identity).
fn add_children(
    interp: &mut Interp,
    state: &GatherState,
    lp: &mut Rc<EventLoop>,
    args: &[Value],
    ensure: &EnsureFuture,
    cb: &NativeDone,
) -> PyResult<()> {
    // Repeated futures are found by their mark; other awaitables by pointer, here.
    let mut seen: HashMap<usize, Rc<Future>, BuildHasherDefault<PtrHasher>> = HashMap::default();
    for (i, a) in args.iter().enumerate() {
        let arg_fut = future::as_future(a);
        let key = a.ptr().unwrap_or(usize::MAX - i);
        let repeat = match &arg_fut {
            Some(f) if f.marked() => Some(f.clone()),
            Some(_) => None,
            None => seen.get(&key).cloned(),
        };
        let fut = match repeat {
            Some(f) => f,
            None => {
                let f = ensure(interp, lp, a.clone())?;
                if i == 0 {
                    *lp = f.loop_.clone();
                }
                state.nfuts.set(state.nfuts.get() + 1);
                if arg_fut.is_some() {
                    f.set_marked(true);
                } else {
                    if seen.capacity() == 0 {
                        seen.reserve(args.len() - i);
                    }
                    seen.insert(key, f.clone());
                }
                future::add_done_callback(&f, DoneCallback::Native(cb.clone()));
                f
            }
        };
        state.children.borrow_mut().push(fut);
    }
    Ok(())
}

/// Hashes the addresses `gather` uses as keys: they are distinct, so one multiply
/// spreads them well enough (and much faster than SipHash).
#[derive(Default)]
struct PtrHasher(u64);

impl Hasher for PtrHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The done callback of each child.
fn child_done(interp: &mut Interp, st: &Rc<GatherState>, fut: &Rc<Future>) -> PyResult<()> {
    st.nfinished.set(st.nfinished.get() + 1);
    let outer = st.outer.borrow().upgrade();
    let Some(outer) = outer.filter(|o| !o.is_done()) else {
        if !fut.is_cancelled() {
            fut.set_log_traceback(false);
        }
        return Ok(());
    };
    if !st.return_exceptions {
        if fut.is_cancelled() {
            let exc = future::make_cancelled_error(interp, fut);
            return future::set_exception(interp, &outer, exc);
        }
        if fut.has_exception() {
            fut.set_log_traceback(false);
            let exc = fut.result_value();
            return future::set_exception(interp, &outer, exc);
        }
    }
    if st.nfinished.get() == st.nfuts.get() {
        let children = std::mem::take(&mut *st.children.borrow_mut());
        let mut results = Vec::with_capacity(children.len());
        for c in &children {
            if c.is_cancelled() {
                let msg = c.cancel_msg();
                let msg = if msg.is_none() { Value::str("") } else { msg };
                results.push(interp.cancelled_error(&msg));
            } else {
                c.set_log_traceback(false);
                results.push(c.result_value());
            }
        }
        drop(children);
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
        if crate::modules::asyncio::task::cancel(c, msg.clone()) {
            ret = true;
        }
    }
    if ret {
        st.cancel_requested.set(true);
    }
    ret
}

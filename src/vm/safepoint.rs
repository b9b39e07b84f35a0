//! Safe points: where the dispatch loop may run language code on behalf of the
//! runtime (DESIGN rule 7: `Drop` never runs language code). Destructors and
//! allocators only raise one thread-local flag; the loop tests it at calls,
//! backward jumps and `del`, and `run` then does the work that is due: a cycle
//! collection (`vm::gc`), `__del__` methods of objects that died, the work
//! library destructors deferred (`defer`), and weak reference callbacks
//! (`vm::weakref`).

use crate::vm::interp::Interp;
use std::cell::{Cell, RefCell};

/// Work a destructor of a library object hands to the next safe point.
pub type Deferred = Box<dyn FnOnce(&mut Interp)>;

thread_local! {
    /// Work deferred by destructors (`defer`), in order.
    static DEFERRED: RefCell<Vec<Deferred>> = const { RefCell::new(Vec::new()) };
    /// Whether some work waits for the next safe point.
    static PENDING: Cell<bool> = const { Cell::new(false) };
    /// Whether `run` is already running further up the stack.
    static RUNNING: Cell<bool> = const { Cell::new(false) };
}

/// Whether work waits for a safe point (one thread-local load).
#[inline(always)]
pub fn pending() -> bool {
    PENDING.with(|p| p.get())
}

/// Asks for `run` at the next safe point.
pub fn request() {
    PENDING.with(|p| p.set(true));
}

/// Runs `work` at the next safe point: how a destructor of a library object
/// (a future whose exception nobody retrieved) reports its death.
pub fn defer(work: Deferred) {
    let queued = DEFERRED.with(|d| match d.try_borrow_mut() {
        Ok(mut d) => {
            d.push(work);
            true
        }
        Err(_) => false,
    });
    if queued {
        request();
    }
}

fn run_deferred(interp: &mut Interp) -> bool {
    let due = DEFERRED.with(|d| std::mem::take(&mut *d.borrow_mut()));
    if due.is_empty() {
        return false;
    }
    for work in due {
        work(interp);
    }
    true
}

/// Does the work that is due: a collection when the allocation count asks for
/// one, then the queued `__del__` calls and weak-reference callbacks, until no
/// more work is queued. Not reentrant: a safe point inside a finalizer leaves
/// the work to the outer call.
#[cold]
#[inline(never)]
pub fn run(interp: &mut Interp) {
    if RUNNING.with(|r| r.replace(true)) {
        return;
    }
    loop {
        PENDING.with(|p| p.set(false));
        crate::vm::gc::collect_if_due(interp);
        let ran_del = crate::vm::gc::run_del_queue(interp);
        let ran_deferred = run_deferred(interp);
        let ran_callbacks = crate::vm::weakref::run_callbacks(interp);
        if !ran_del && !ran_deferred && !ran_callbacks {
            break;
        }
    }
    RUNNING.with(|r| r.set(false));
}

//! Callback handles and the timer heap: `Handle` / `TimerHandle` objects that
//! `call_soon` / `call_later` return, and a min-heap of deadlines whose
//! cancelled entries are skipped lazily.

use crate::modules::asyncio::future::Future;
use crate::vm::interp::Interp;
use crate::vm::object::{NativeObject, PyResult};
use crate::vm::value::Value;
use std::any::Any;
use std::cell::Cell;
use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::rc::{Rc, Weak};
use crate::modules::asyncio::event_loop::EventLoop;

/// A scheduled call of a language callable: `callback(*args)`, cancellable.
pub struct Handle {
    pub callback: Value,
    pub args: Vec<Value>,
    pub cancelled: Cell<bool>,
    /// The deadline of a `TimerHandle` (loop time); `None` for a plain `Handle`.
    pub when: Option<f64>,
    /// The `contextvars.Context` the callback runs in (captured when it was
    /// scheduled), or None when `contextvars` was never imported.
    pub context: Value,
    /// The loop the handle belongs to (`_loop`).
    pub loop_: HandleLoop,
    /// Where it was made (`FILE:LINE`), recorded in debug mode only.
    pub created: Option<Rc<str>>,
}

impl Handle {
    /// A handle for `callback(*args)` with no context, not yet tied to a loop.
    pub fn new(callback: Value, args: Vec<Value>, when: Option<f64>) -> Handle {
        Handle { callback, args, cancelled: Cell::new(false), when, context: Value::None, loop_: HandleLoop::Unknown, created: None }
    }

    /// `_loop`: the loop, or None.
    pub fn loop_value(&self) -> Value {
        match &self.loop_ {
            HandleLoop::Unknown => Value::None,
            HandleLoop::Native(w) => w.upgrade().map(|lp| Value::native(lp) as Value).unwrap_or(Value::None),
            HandleLoop::Other(v) => v.clone(),
        }
    }

    /// The native loop the handle belongs to, if it is one and still exists.
    pub fn native_loop(&self) -> Option<Rc<EventLoop>> {
        match &self.loop_ {
            HandleLoop::Native(w) => w.upgrade(),
            _ => None,
        }
    }

    /// Calls the callback, inside its context when it has one.
    pub fn call(&self, interp: &mut Interp) -> PyResult<Value> {
        let saved = crate::modules::asyncio::task::enter_context(interp, &self.context);
        let r = interp.call_value(self.callback.clone(), self.args.clone(), vec![]);
        crate::modules::asyncio::task::leave_context(saved);
        r
    }
}

impl NativeObject for Handle {
    fn type_name(&self) -> &str {
        if self.when.is_some() {
            "TimerHandle"
        } else {
            "Handle"
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn operators_by_methods(&self) -> bool {
        // TimerHandles compare and hash by their deadline.
        self.when.is_some()
    }
}

/// The loop of a handle: a native loop is held weakly (the loop holds its
/// handles, so a strong reference would keep an unclosed loop alive forever).
pub enum HandleLoop {
    Unknown,
    Native(Weak<EventLoop>),
    /// Another object given as the loop (a test's mock, say).
    Other(Value),
}

impl HandleLoop {
    /// The reference kept for `v`.
    pub fn of(v: &Value) -> HandleLoop {
        match crate::modules::asyncio::as_loop(v) {
            Some(lp) => HandleLoop::Native(Rc::downgrade(&lp)),
            None if v.is_none() => HandleLoop::Unknown,
            None => HandleLoop::Other(v.clone()),
        }
    }
}

/// What a timer does when its deadline passes.
pub enum TimerAction {
    /// Run a handle's callback (`call_later` / `call_at`).
    Call(Rc<Handle>),
    /// Set a future's result unless it is already done (`asyncio.sleep`).
    Wake(Rc<Future>, Value),
}

impl TimerAction {
    /// Whether the entry no longer needs to run.
    fn is_dead(&self) -> bool {
        match self {
            TimerAction::Call(h) => h.cancelled.get(),
            TimerAction::Wake(f, _) => f.is_done(),
        }
    }
}

/// One heap entry; ordered so that the earliest deadline (then the earliest push) is on top.
struct Timer {
    when: f64,
    seq: u64,
    action: TimerAction,
}

impl PartialEq for Timer {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Timer {}
impl PartialOrd for Timer {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Timer {
    fn cmp(&self, other: &Self) -> Ordering {
        other.when.total_cmp(&self.when).then_with(|| other.seq.cmp(&self.seq))
    }
}

/// Deadlines in loop time, earliest first.
#[derive(Default)]
pub struct TimerHeap {
    heap: BinaryHeap<Timer>,
    seq: u64,
}

impl TimerHeap {
    /// Schedules `action` at loop time `when`.
    pub fn push(&mut self, when: f64, action: TimerAction) {
        self.seq += 1;
        self.heap.push(Timer { when, seq: self.seq, action });
    }

    /// The earliest live deadline, dropping dead entries on top.
    pub fn next_deadline(&mut self) -> Option<f64> {
        while let Some(top) = self.heap.peek() {
            if top.action.is_dead() {
                self.heap.pop();
            } else {
                return Some(top.when);
            }
        }
        None
    }

    /// Removes and returns the next live entry due at or before `now`.
    pub fn pop_due(&mut self, now: f64) -> Option<TimerAction> {
        loop {
            let top = self.heap.peek()?;
            if top.action.is_dead() {
                self.heap.pop();
                continue;
            }
            if top.when > now {
                return None;
            }
            return self.heap.pop().map(|t| t.action);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.heap.is_empty()
    }

    /// Drops every entry (when the loop closes).
    pub fn clear(&mut self) {
        self.heap.clear();
    }
}

#[cfg(test)]
#[path = "timers_tests.rs"]
mod proptests;

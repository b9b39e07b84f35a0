//! `asyncio.Queue`, `LifoQueue` and `PriorityQueue` in Rust: the items, the
//! getter / putter / join waiters (plain futures, as in CPython's queues.py),
//! and [`QueueOp`], the coroutine-like awaitable of `put`, `get` and `join`.
//!
//! The language-level classes live in stdlib/asyncio/queues.py; each instance
//! holds a [`QueueCore`] and the methods are the builtins of
//! src/modules/asyncio/queue_methods.rs.

use crate::vm::types::Exc;
use crate::modules::asyncio::event_loop::EventLoop;
use crate::modules::asyncio::future::{self, Future};
use crate::vm::interp::Interp;
use crate::vm::object::NativeCoroutine;
use crate::vm::object::{Instance, NativeObject, PyResult};
use crate::vm::run::Outcome;
use crate::vm::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

/// The retrieval order of a queue.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// First in, first out (`Queue`).
    Fifo,
    /// Last in, first out (`LifoQueue`).
    Lifo,
    /// Lowest first, a binary heap ordered by `<` (`PriorityQueue`).
    Priority,
}

/// The state of one queue.
pub struct QueueCore {
    pub order: Order,
    /// The `maxsize` argument as given.
    pub maxsize: Value,
    /// Capacity; `None` when unbounded (`maxsize <= 0`).
    limit: Option<usize>,
    /// FIFO / LIFO items, or the heap of a priority queue (front = index 0).
    items: RefCell<VecDeque<Value>>,
    getters: RefCell<VecDeque<Rc<Future>>>,
    putters: RefCell<VecDeque<Rc<Future>>>,
    /// `join()` waiters, resolved when `unfinished` drops to zero.
    joiners: RefCell<Vec<Rc<Future>>>,
    pub unfinished: Cell<u64>,
    /// The loop the queue is bound to (by its first waiter).
    bound: RefCell<Option<Rc<EventLoop>>>,
}

impl NativeObject for QueueCore {
    fn type_name(&self) -> &str {
        "_QueueCore"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl QueueCore {
    /// A queue with the given `maxsize` (an int; `<= 0` means unbounded).
    pub fn new(interp: &mut Interp, maxsize: Value, order: Order) -> PyResult<QueueCore> {
        let limit = match &maxsize {
            Value::Int(n) if *n > 0 => Some(*n as usize),
            Value::Bool(true) => Some(1),
            Value::Int(_) | Value::Bool(false) | Value::BigInt(_) => None,
            Value::Float(f) if *f > 0.0 => Some(f.ceil().min(usize::MAX as f64) as usize),
            Value::Float(_) => None,
            other => {
                let t = interp.type_name(other);
                return Err(interp.type_error(format!("'<=' not supported between instances of '{t}' and 'int'")));
            }
        };
        let limit = match &maxsize {
            Value::BigInt(b) if b.sign() == num_bigint::Sign::Plus => Some(usize::MAX),
            _ => limit,
        };
        Ok(QueueCore {
            order,
            maxsize,
            limit,
            items: RefCell::new(VecDeque::new()),
            getters: RefCell::new(VecDeque::new()),
            putters: RefCell::new(VecDeque::new()),
            joiners: RefCell::new(Vec::new()),
            unfinished: Cell::new(0),
            bound: RefCell::new(None),
        })
    }

    pub fn qsize(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }

    pub fn is_full(&self) -> bool {
        self.limit.is_some_and(|n| self.qsize() >= n)
    }

    /// The items in storage order (the heap order for a priority queue).
    pub fn items(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }

    /// Numbers of pending getters and putters.
    pub fn waiter_counts(&self) -> (usize, usize) {
        (self.getters.borrow().len(), self.putters.borrow().len())
    }

    /// `put_nowait(item)`; `owner` is the language-level queue (for error messages).
    pub fn put_nowait(&self, interp: &mut Interp, item: Value) -> PyResult<()> {
        if self.is_full() {
            return Err(queue_error(interp, "QueueFull"));
        }
        match self.order {
            Order::Fifo | Order::Lifo => self.items.borrow_mut().push_back(item),
            Order::Priority => self.heap_push(interp, item)?,
        }
        self.unfinished.set(self.unfinished.get() + 1);
        wakeup_next(interp, &self.getters);
        Ok(())
    }

    /// `get_nowait()`.
    pub fn get_nowait(&self, interp: &mut Interp) -> PyResult<Value> {
        if self.is_empty() {
            return Err(queue_error(interp, "QueueEmpty"));
        }
        let item = match self.order {
            Order::Fifo => self.items.borrow_mut().pop_front(),
            Order::Lifo => self.items.borrow_mut().pop_back(),
            Order::Priority => Some(self.heap_pop(interp)?),
        };
        wakeup_next(interp, &self.putters);
        Ok(item.unwrap_or(Value::None))
    }

    /// `task_done()`.
    pub fn task_done(&self, interp: &mut Interp) -> PyResult<()> {
        let n = self.unfinished.get();
        if n == 0 {
            return Err(interp.value_error("task_done() called too many times"));
        }
        self.unfinished.set(n - 1);
        if n == 1 {
            let joiners = std::mem::take(&mut *self.joiners.borrow_mut());
            for j in joiners {
                if !j.is_done() {
                    future::set_result(interp, &j, Value::Bool(true))?;
                }
            }
        }
        Ok(())
    }

    /// A new waiter future on the running loop, binding the queue to that loop.
    fn new_waiter(&self, interp: &mut Interp, owner: &Rc<Instance>) -> PyResult<Rc<Future>> {
        let lp = crate::modules::asyncio::awaitable::running_loop(interp)?;
        let bound = self.bound.borrow().clone();
        match bound {
            None => *self.bound.borrow_mut() = Some(lp.clone()),
            Some(b) if !Rc::ptr_eq(&b, &lp) => {
                let r = interp.repr(&Value::Instance(owner.clone()))?;
                return Err(interp.runtime_error(format!("{r} is bound to a different event loop")));
            }
            Some(_) => {}
        }
        Ok(Rc::new(Future::new(lp, None)))
    }

    /// heapq.heappush, comparing as CPython's C implementation does.
    fn heap_push(&self, interp: &mut Interp, item: Value) -> PyResult<()> {
        // The items leave the cell while `<` runs language code that may touch the queue.
        let mut heap = std::mem::take(&mut *self.items.borrow_mut());
        heap.push_back(item);
        let pos = heap.len() - 1;
        let r = sift_down(interp, &mut heap, 0, pos);
        self.restore(heap);
        r
    }

    /// heapq.heappop.
    fn heap_pop(&self, interp: &mut Interp) -> PyResult<Value> {
        let mut heap = std::mem::take(&mut *self.items.borrow_mut());
        let Some(last) = heap.pop_back() else {
            self.restore(heap);
            return Err(queue_error(interp, "QueueEmpty"));
        };
        if heap.is_empty() {
            self.restore(heap);
            return Ok(last);
        }
        let top = std::mem::replace(&mut heap[0], last);
        let r = sift_up(interp, &mut heap, 0);
        self.restore(heap);
        r.map(|_| top)
    }

    /// Puts the heap back, keeping anything added meanwhile.
    fn restore(&self, mut heap: VecDeque<Value>) {
        let mut items = self.items.borrow_mut();
        heap.extend(items.drain(..));
        *items = heap;
    }
}

/// `_siftdown(heap, start, pos)` with swaps, as `Modules/_heapqmodule.c`.
fn sift_down(interp: &mut Interp, heap: &mut VecDeque<Value>, start: usize, mut pos: usize) -> PyResult<()> {
    while pos > start {
        let parent = (pos - 1) >> 1;
        if !interp.less_than(&heap[pos], &heap[parent])? {
            break;
        }
        heap.swap(pos, parent);
        pos = parent;
    }
    Ok(())
}

/// `_siftup(heap, pos)`: moves the smaller child up to the leaves, then sifts down.
fn sift_up(interp: &mut Interp, heap: &mut VecDeque<Value>, mut pos: usize) -> PyResult<()> {
    let end = heap.len();
    let start = pos;
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end && !interp.less_than(&heap[child], &heap[child + 1])? {
            child += 1;
        }
        heap.swap(pos, child);
        pos = child;
    }
    sift_down(interp, heap, start, pos)
}

/// Wakes the first waiter that is still pending.
fn wakeup_next(interp: &mut Interp, waiters: &RefCell<VecDeque<Rc<Future>>>) {
    loop {
        let w = waiters.borrow_mut().pop_front();
        let Some(w) = w else { return };
        if !w.is_done() {
            let _ = future::set_result(interp, &w, Value::None);
            return;
        }
    }
}

/// Removes `w` from a waiter list (identity).
fn remove_waiter(waiters: &RefCell<VecDeque<Rc<Future>>>, w: &Rc<Future>) {
    let mut ws = waiters.borrow_mut();
    if let Some(i) = ws.iter().position(|x| Rc::ptr_eq(x, w)) {
        ws.remove(i);
    }
}

/// A new `asyncio.QueueEmpty` / `asyncio.QueueFull` (no arguments).
fn queue_error(interp: &mut Interp, which: &str) -> Value {
    let class = match which {
        "QueueFull" => interp.runtime().queue_full.clone(),
        _ => interp.runtime().queue_empty.clone(),
    };
    let class = class.unwrap_or_else(|| interp.types.exc(Exc::Exception));
    interp.new_exception(class, vec![])
}

/// What a [`QueueOp`] does.
pub enum OpKind {
    Put,
    Get,
    Join,
}

/// The awaitable returned by `put(item)`, `get()` and `join()`: it runs only when
/// stepped (like the coroutine it stands for) and waits on waiter futures.
pub struct QueueOp {
    pub core: Rc<QueueCore>,
    /// The language-level queue, for the "bound to a different event loop" message.
    pub owner: Rc<Instance>,
    /// The item of a `put` (taken when it is stored).
    item: Cell<Value>,
    waiter: Cell<Option<Rc<Future>>>,
    pub kind: OpKind,
    /// 0 = not started, 1 = waiting on `waiter`, 2 = finished.
    pub state: Cell<u8>,
}

impl NativeObject for QueueOp {
    fn type_name(&self) -> &str {
        "coroutine"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn as_coroutine(&self) -> Option<&dyn NativeCoroutine> {
        Some(self)
    }
}

impl NativeCoroutine for QueueOp {
    fn step(&self, interp: &mut Interp, _: &Rc<dyn NativeObject>, _: Value, throw: Option<Value>) -> PyResult<Outcome> {
        QueueOp::step(self, interp, throw)
    }
    fn close(&self, interp: &mut Interp) {
        QueueOp::close(self, interp);
    }
}

impl Drop for QueueOp {
    fn drop(&mut self) {
        if self.state.get() == 0 {
            crate::vm::finalize::never_awaited_later(self.qualname(), self as *const Self as usize);
        }
    }
}

impl QueueOp {
    /// A not-yet-started operation.
    pub fn new(core: Rc<QueueCore>, owner: Rc<Instance>, kind: OpKind, item: Value) -> QueueOp {
        QueueOp { core, owner, item: Cell::new(item), waiter: Cell::new(None), kind, state: Cell::new(0) }
    }

    /// `Queue.put` / `Queue.get` / `Queue.join`, for the coroutine's repr.
    pub fn qualname(&self) -> &'static str {
        match self.kind {
            OpKind::Put => "Queue.put",
            OpKind::Get => "Queue.get",
            OpKind::Join => "Queue.join",
        }
    }

    /// One step: the first call runs the operation; later calls follow a woken waiter.
    pub fn step(&self, interp: &mut Interp, throw: Option<Value>) -> PyResult<Outcome> {
        match self.state.get() {
            0 => {
                if let Some(e) = throw {
                    self.state.set(2);
                    return Err(e);
                }
                self.run(interp)
            }
            1 => {
                let w = self.waiter.take();
                let Some(w) = w else {
                    self.state.set(2);
                    return Err(interp.runtime_error("cannot reuse already awaited coroutine"));
                };
                let r = match throw {
                    Some(e) => Err(e),
                    None if w.is_done() => future::result(interp, &w),
                    None => Err(interp.runtime_error("await wasn't used with future")),
                };
                match r {
                    Ok(_) => match self.kind {
                        OpKind::Join => self.done(Ok(Value::None)),
                        _ => self.run(interp),
                    },
                    Err(e) => {
                        self.abandon(interp, &w);
                        self.done(Err(e))
                    }
                }
            }
            _ => Err(interp.runtime_error("cannot reuse already awaited coroutine")),
        }
    }

    /// The operation's loop: wait while it cannot proceed, then do it.
    fn run(&self, interp: &mut Interp) -> PyResult<Outcome> {
        let core = &self.core;
        match self.kind {
            OpKind::Put if !core.is_full() => {
                let item = self.item.take();
                let r = core.put_nowait(interp, item).map(|_| Value::None);
                return self.done(r);
            }
            OpKind::Get if !core.is_empty() => {
                let r = core.get_nowait(interp);
                return self.done(r);
            }
            OpKind::Join if core.unfinished.get() == 0 => return self.done(Ok(Value::None)),
            _ => {}
        }
        let w = match core.new_waiter(interp, &self.owner) {
            Ok(w) => w,
            Err(e) => return self.done(Err(e)),
        };
        match self.kind {
            OpKind::Put => core.putters.borrow_mut().push_back(w.clone()),
            OpKind::Get => core.getters.borrow_mut().push_back(w.clone()),
            OpKind::Join => core.joiners.borrow_mut().push(w.clone()),
        }
        self.waiter.set(Some(w.clone()));
        self.state.set(1);
        Ok(Outcome::Yield(w.value()))
    }

    fn done(&self, r: PyResult<Value>) -> PyResult<Outcome> {
        self.state.set(2);
        r.map(Outcome::Return)
    }

    /// CPython's `except BaseException:` cleanup of put/get (and Event.wait's `finally` for join).
    fn abandon(&self, interp: &mut Interp, w: &Rc<Future>) {
        future::future_cancel(w, Value::None);
        let core = &self.core;
        match self.kind {
            OpKind::Put => {
                remove_waiter(&core.putters, w);
                if !core.is_full() && !w.is_cancelled() {
                    wakeup_next(interp, &core.putters);
                }
            }
            OpKind::Get => {
                remove_waiter(&core.getters, w);
                if !core.is_empty() && !w.is_cancelled() {
                    wakeup_next(interp, &core.getters);
                }
            }
            OpKind::Join => core.joiners.borrow_mut().retain(|j| !Rc::ptr_eq(j, w)),
        }
    }

    /// `close()`: a waiting operation leaves its waiter list as on GeneratorExit.
    pub fn close(&self, interp: &mut Interp) {
        if self.state.replace(2) == 1 {
            if let Some(w) = self.waiter.take() {
                self.abandon(interp, &w);
            }
        }
    }
}

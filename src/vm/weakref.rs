//! Weak references (`_weakref`): objects are reference counted, so a weak
//! reference is an `rc::Weak` to the referent's allocation.
//!
//! Callbacks follow DESIGN rule 7 (`Drop` never runs language code): every weak
//! reference is recorded in a per-thread table keyed by the referent's address.
//! When one with a callback is made to an instance (or a class), the class gets
//! the `WEAKREF_WATCH` flag (the class itself `WEAKREF_SELF`); the destructor of
//! such an object only moves the callbacks to a pending queue and asks for a
//! safe point (`vm::safepoint`), where they run, as in
//! `finalize::drain_finalizers`. Other referents (functions, sets, ...) have no
//! destructor hook: their callbacks are found by `poll` at the same places.

use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::{Rc, Weak};

/// Instances of a class with this flag may have weak references with callbacks.
pub const WEAKREF_WATCH: u32 = 1 << 20;
/// The class itself has weak references with callbacks.
pub const WEAKREF_SELF: u32 = 1 << 21;
/// Flags that survive the recomputation of a class's flags.
pub const STICKY_FLAGS: u32 = WEAKREF_WATCH | WEAKREF_SELF;

/// What a weak reference points to.
pub enum Target {
    Instance(Weak<Instance>),
    Class(Weak<Class>),
    Function(Weak<Function>),
    Builtin(Weak<BuiltinFunction>),
    BoundMethod(Weak<BoundMethod>),
    Set(Weak<RefCell<SetData>>),
    FrozenSet(Weak<SetData>),
    Module(Weak<Module>),
    Code(Weak<crate::compile::bytecode::Code>),
    Generator(Weak<Generator>),
    Native(Weak<Rc<dyn NativeObject>>),
}

impl Target {
    /// A weak pointer to `v`, or `None` when `v` cannot be weakly referenced.
    pub fn of(v: &Value, object_class: &Rc<Class>) -> Option<Target> {
        Some(match v {
            Value::Instance(i) => {
                if Rc::ptr_eq(&i.class, object_class) {
                    return None;
                }
                // `__slots__` without `__weakref__` leaves no room for weak references.
                let slotted = i.class.flags.get() & crate::vm::types::HAS_SLOTS != 0;
                if slotted && !crate::vm::types::slots_include(&i.class, "__weakref__") {
                    return None;
                }
                if let Some(b) = &i.base {
                    // Subclasses of the variable-sized builtins cannot be referenced.
                    if matches!(b, Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Str(_) | Value::Bytes(_) | Value::Tuple(_)) {
                        return None;
                    }
                }
                Target::Instance(Rc::downgrade(i))
            }
            Value::Class(c) => Target::Class(Rc::downgrade(c)),
            Value::Function(f) => Target::Function(Rc::downgrade(f)),
            Value::Builtin(b) => Target::Builtin(Rc::downgrade(b)),
            Value::BoundMethod(m) => Target::BoundMethod(Rc::downgrade(m)),
            Value::Set(s) => Target::Set(Rc::downgrade(s)),
            Value::FrozenSet(s) => Target::FrozenSet(Rc::downgrade(s)),
            Value::Module(m) => Target::Module(Rc::downgrade(m)),
            Value::Code(c) => Target::Code(Rc::downgrade(c)),
            Value::Generator(g) => Target::Generator(Rc::downgrade(g)),
            Value::Native(n) if as_weakref(v).is_none() => Target::Native(Rc::downgrade(n)),
            _ => return None,
        })
    }

    /// The referent, while it is alive.
    pub fn get(&self) -> Option<Value> {
        Some(match self {
            Target::Instance(w) => Value::Instance(w.upgrade()?),
            Target::Class(w) => Value::Class(w.upgrade()?),
            Target::Function(w) => Value::Function(w.upgrade()?),
            Target::Builtin(w) => Value::Builtin(w.upgrade()?),
            Target::BoundMethod(w) => Value::BoundMethod(w.upgrade()?),
            Target::Set(w) => Value::Set(w.upgrade()?),
            Target::FrozenSet(w) => Value::FrozenSet(w.upgrade()?),
            Target::Module(w) => Value::Module(w.upgrade()?),
            Target::Code(w) => Value::Code(w.upgrade()?),
            Target::Generator(w) => Value::Generator(w.upgrade()?),
            Target::Native(w) => Value::Native(w.upgrade()?),
        })
    }

    /// Whether the referent is still alive.
    pub fn alive(&self) -> bool {
        match self {
            Target::Instance(w) => w.strong_count() > 0,
            Target::Class(w) => w.strong_count() > 0,
            Target::Function(w) => w.strong_count() > 0,
            Target::Builtin(w) => w.strong_count() > 0,
            Target::BoundMethod(w) => w.strong_count() > 0,
            Target::Set(w) => w.strong_count() > 0,
            Target::FrozenSet(w) => w.strong_count() > 0,
            Target::Module(w) => w.strong_count() > 0,
            Target::Code(w) => w.strong_count() > 0,
            Target::Generator(w) => w.strong_count() > 0,
            Target::Native(w) => w.strong_count() > 0,
        }
    }

    /// The referent's address (its `id`); the weak pointer keeps the allocation,
    /// so no other object can take the address while the reference exists.
    pub fn addr(&self) -> usize {
        match self {
            Target::Instance(w) => w.as_ptr() as *const u8 as usize,
            Target::Class(w) => w.as_ptr() as *const u8 as usize,
            Target::Function(w) => w.as_ptr() as *const u8 as usize,
            Target::Builtin(w) => w.as_ptr() as *const u8 as usize,
            Target::BoundMethod(w) => w.as_ptr() as *const u8 as usize,
            Target::Set(w) => w.as_ptr() as *const u8 as usize,
            Target::FrozenSet(w) => w.as_ptr() as *const u8 as usize,
            Target::Module(w) => w.as_ptr() as *const u8 as usize,
            Target::Code(w) => w.as_ptr() as *const u8 as usize,
            Target::Generator(w) => w.as_ptr() as *const u8 as usize,
            Target::Native(w) => w.as_ptr() as *const u8 as usize,
        }
    }
}

/// A weak reference (`weakref.ref`) or proxy (`weakref.proxy`).
pub struct WeakRef {
    pub target: Target,
    pub callback: RefCell<Value>,
    /// The referent's hash, once computed.
    pub hash: Cell<Option<i64>>,
    pub proxy: bool,
    /// The instance of a subclass of `ref` that carries this reference.
    pub owner: RefCell<Option<Weak<Instance>>>,
}

impl NativeObject for WeakRef {
    fn type_name(&self) -> &str {
        if self.proxy {
            "weakproxy"
        } else {
            "weakref"
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The weak reference inside `v` (also in an instance of a subclass of `ref`).
pub fn as_weakref(v: &Value) -> Option<&WeakRef> {
    match v.builtin_value() {
        Value::Native(n) => n.as_any().downcast_ref::<WeakRef>(),
        _ => None,
    }
}

/// A table entry: a weak pointer to a weak reference object.
type Entry = Weak<Rc<dyn NativeObject>>;

thread_local! {
    /// Weak references by referent address.
    static TABLE: RefCell<HashMap<usize, Vec<Entry>>> = RefCell::new(HashMap::new());
    /// Weak references with callbacks to referents without a destructor hook.
    static POLLED: RefCell<Vec<Entry>> = const { RefCell::new(Vec::new()) };
    /// Callbacks due: (callback, the weak reference).
    static QUEUE: RefCell<Vec<(Value, Value)>> = const { RefCell::new(Vec::new()) };
    /// Size of `TABLE` at which its dead entries are swept next.
    static SWEEP_AT: Cell<usize> = const { Cell::new(1024) };
}


fn weakref_of(w: &Weak<Rc<dyn NativeObject>>) -> Option<Rc<Rc<dyn NativeObject>>> {
    let rc = w.upgrade()?;
    if rc.as_any().is::<WeakRef>() {
        Some(rc)
    } else {
        None
    }
}

fn inner(rc: &Rc<Rc<dyn NativeObject>>) -> &WeakRef {
    rc.as_any().downcast_ref::<WeakRef>().expect("weakref table holds weak references")
}

/// The live weak references to the object at `addr`, oldest first.
pub fn refs_to(addr: usize) -> Vec<Rc<Rc<dyn NativeObject>>> {
    let weaks: Vec<Entry> =
        TABLE.with(|t| t.borrow().get(&addr).map(|v| v.to_vec()).unwrap_or_default());
    let live: Vec<_> =
        weaks.iter().filter_map(weakref_of).filter(|r| inner(r).target.alive() && inner(r).target.addr() == addr).collect();
    // CPython's order: the shared plain reference first, then the others, newest first.
    let plain = |r: &Rc<Rc<dyn NativeObject>>| {
        let w = inner(r);
        w.callback.borrow().is_none() && w.owner.borrow().is_none() && !w.proxy
    };
    let mut ordered: Vec<_> = live.iter().filter(|r| plain(r)).take(1).cloned().collect();
    let first = ordered.first().cloned();
    ordered.extend(live.iter().rev().filter(|r| !first.as_ref().is_some_and(|f| Rc::ptr_eq(f, r))).cloned());
    ordered
}

/// The value a weak reference is seen as: the subclass instance carrying it, or itself.
pub fn visible(rc: &Rc<Rc<dyn NativeObject>>) -> Value {
    if let Some(owner) = inner(rc).owner.borrow().as_ref().and_then(Weak::upgrade) {
        return Value::Instance(owner);
    }
    Value::Native(rc.clone())
}

/// Records a new weak reference (and arranges for its callback to be run).
pub fn register(wr: &Value) {
    let Value::Native(rc) = wr else { return };
    let r = inner(rc);
    let addr = r.target.addr();
    let has_callback = !r.callback.borrow().is_none();
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let list = t.entry(addr).or_default();
        if list.len() >= 8 && list.len().is_power_of_two() {
            list.retain(|w| w.strong_count() > 0);
        }
        list.push(Rc::downgrade(rc));
    });
    if has_callback {
        match &r.target {
            Target::Instance(w) => {
                if let Some(i) = w.upgrade() {
                    i.class.flags.set(i.class.flags.get() | WEAKREF_WATCH);
                }
            }
            Target::Class(w) => {
                if let Some(c) = w.upgrade() {
                    c.flags.set(c.flags.get() | WEAKREF_SELF);
                }
            }
            _ => POLLED.with(|p| p.borrow_mut().push(Rc::downgrade(rc))),
        }
    }
    maybe_sweep();
}

/// Drops table entries of dead references and dead referents once the table has grown.
fn maybe_sweep() {
    let len = TABLE.with(|t| t.borrow().len());
    if len < SWEEP_AT.with(|s| s.get()) {
        return;
    }
    let dead: Vec<Vec<Entry>> = TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let mut out = Vec::new();
        t.retain(|_, list| {
            list.retain(|w| w.strong_count() > 0);
            let keep = list.iter().filter_map(weakref_of).any(|r| inner(&r).target.alive());
            if !keep {
                out.push(std::mem::take(list));
            }
            keep
        });
        SWEEP_AT.with(|s| s.set((t.len() * 2).max(1024)));
        out
    });
    for list in dead {
        queue_callbacks(list);
    }
}

/// Moves the callbacks of the dead referents' references to the queue.
fn queue_callbacks(list: Vec<Entry>) {
    let mut due = Vec::new();
    for w in list.iter().rev() {
        if let Some(rc) = weakref_of(w) {
            let r = inner(&rc);
            if r.target.alive() {
                continue;
            }
            let cb = std::mem::take(&mut *r.callback.borrow_mut());
            if !cb.is_none() {
                due.push((cb, visible(&rc)));
            }
        }
    }
    if due.is_empty() {
        return;
    }
    let queued = QUEUE.with(|q| match q.try_borrow_mut() {
        Ok(mut q) => {
            q.extend(due.drain(..));
            true
        }
        Err(_) => false,
    });
    if queued {
        crate::vm::safepoint::request();
    }
    drop(due);
}

/// Called by the destructor of an instance or class whose flags say it may be
/// weakly referenced with a callback: queues the callbacks (plain data only).
#[cold]
#[inline(never)]
pub fn on_death(addr: usize) {
    let list = TABLE.with(|t| t.try_borrow_mut().ok().and_then(|mut t| t.remove(&addr)));
    if let Some(list) = list {
        queue_callbacks(list);
    }
}

/// Finds the references with callbacks whose referents (without destructor hook) died.
pub fn poll() {
    let has = POLLED.with(|p| !p.borrow().is_empty());
    if !has {
        return;
    }
    let dead: Vec<usize> = POLLED.with(|p| {
        let mut p = p.borrow_mut();
        let mut out = Vec::new();
        p.retain(|w| match weakref_of(w) {
            Some(rc) => {
                let r = inner(&rc);
                if r.callback.borrow().is_none() {
                    return false;
                }
                if r.target.alive() {
                    true
                } else {
                    out.push(r.target.addr());
                    false
                }
            }
            None => false,
        });
        out
    });
    for addr in dead {
        on_death(addr);
    }
}

/// Runs the callbacks that are due (from `vm::safepoint::run`); whether any ran.
/// An exception in one is printed as "Exception ignored" and the others still run.
pub fn run_callbacks(interp: &mut Interp) -> bool {
    poll();
    let due = QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()));
    if due.is_empty() {
        return false;
    }
    for (cb, wr) in due {
        if let Err(e) = interp.call_value(cb.clone(), vec![wr], vec![]) {
            interp.write_unraisable(&e, None, crate::vm::hooks::Culprit::Object(cb));
        }
    }
    true
}

/// `hash(r)`: the referent's hash, remembered; TypeError once the referent is
/// gone if it was never computed.
pub fn py_hash(interp: &mut Interp, r: &WeakRef) -> crate::vm::object::PyResult<i64> {
    if let Some(h) = r.hash.get() {
        return Ok(h);
    }
    match r.target.get() {
        Some(v) => {
            let h = crate::objects::hash::py_hash(interp, &v)?;
            r.hash.set(Some(h));
            Ok(h)
        }
        None => Err(interp.type_error("weak object has gone away")),
    }
}

/// `a == b` for two weak references: their referents' equality while both are
/// alive, identity otherwise. `None` when either is not a weak reference.
pub fn eq(interp: &mut Interp, a: &Value, b: &Value) -> Option<crate::vm::object::PyResult<bool>> {
    let (x, y) = (as_weakref(a)?, as_weakref(b)?);
    match (x.target.get(), y.target.get()) {
        (Some(p), Some(q)) => Some(interp.eq(&p, &q)),
        _ => Some(Ok(std::ptr::eq(x, y))),
    }
}


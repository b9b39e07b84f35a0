//! The cycle collector. Objects are freed by reference counting; this finds the
//! groups that only keep each other alive, in the manner of CPython's `gc`.
//!
//! Containers (instances, lists, dicts, sets, tuples, functions, cells, bound
//! methods, generators, classes and native objects that ask for it) are
//! registered when made, as weak pointers in three generations. A collection of
//! generation N looks at the objects of generations 0..=N: each starts with its
//! strong count, loses one for every reference another object of the set holds
//! (`gc_traverse`), and what still has references left is reachable from
//! outside (the VM's stacks, Rust code, older objects), as is everything it
//! reaches. The rest is garbage: `__del__` runs once on its instances (PEP 442),
//! objects a finalizer made reachable again survive, and the others are
//! cleared, which lets reference counting free them.
//!
//! Counting only references the traversals report is what keeps this safe: a
//! reference the collector does not know about makes its target look reachable,
//! never the other way round. Collections run at safe points only
//! (`vm::safepoint`): allocation just counts and raises the flag.

use crate::vm::dict::Dict;
pub use crate::vm::gc_nodes::{Node, NodeList, Strong};
use crate::vm::hooks::Culprit;
use crate::vm::gc_traverse::{clear, traverse};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

/// Statistics of one generation, as `gc.get_stats()` reports them.
#[derive(Clone, Copy, Default)]
pub struct GenStats {
    pub collections: usize,
    pub collected: usize,
    pub uncollectable: usize,
}

/// The collector's state (one per thread, like the objects it tracks).
struct Registry {
    gens: [NodeList; 3],
    /// Objects moved out of the collector's sight by `gc.freeze()`.
    frozen: NodeList,
    thresholds: [usize; 3],
    /// Allocations since the last collection; collections of generation 0 since the
    /// last of generation 1; those of generation 1 since the last of generation 2.
    counts: [usize; 3],
    enabled: bool,
    /// Objects that reached the oldest generation since the last full collection,
    /// and how many a full collection left: a full collection waits until the
    /// first is half the second.
    long_lived_pending: usize,
    long_lived_total: usize,
    stats: [GenStats; 3],
    /// Where the next sweep of dead entries in the old generations starts.
    sweep_cursor: [usize; 3],
    /// The young generation's size when its dead entries were last dropped.
    young_mark: usize,
}

impl Registry {
    const fn new() -> Registry {
        Registry {
            gens: [NodeList::new(), NodeList::new(), NodeList::new()],
            frozen: NodeList::new(),
            thresholds: [700, 10, 10],
            counts: [0; 3],
            enabled: true,
            long_lived_pending: 0,
            long_lived_total: 0,
            stats: [GenStats { collections: 0, collected: 0, uncollectable: 0 }; 3],
            sweep_cursor: [0; 3],
            young_mark: 0,
        }
    }
}

thread_local! {
    static REGISTRY: RefCell<Registry> = const { RefCell::new(Registry::new()) };
    /// Whether a collection is running (allocations during it are still registered).
    static COLLECTING: Cell<bool> = const { Cell::new(false) };
    /// Instances whose `__del__` is due: resurrected by their destructor.
    static DEL_QUEUE: RefCell<Vec<Rc<Instance>>> = const { RefCell::new(Vec::new()) };
}

/// Registers a new container in the youngest generation.
#[inline]
pub fn track(node: Node) {
    REGISTRY.with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            r.gens[0].push(node);
            r.counts[0] += 1;
            if r.counts[0] > r.young_mark + r.thresholds[0] {
                settle_young(&mut r);
            }
        }
    });
}

/// Every `threshold` registrations: drops the entries of young objects that
/// already died (freeing their memory), so that, as in CPython, the count is
/// allocations minus deallocations and a program that frees what it makes never
/// pays for a collection; asks for one when the live young objects exceed the
/// threshold.
#[cold]
fn settle_young(r: &mut Registry) {
    r.gens[0].retain(|n| n.strong_count() > 0);
    r.counts[0] = r.gens[0].len();
    r.young_mark = r.counts[0];
    if r.counts[0] > r.thresholds[0] && r.enabled && r.thresholds[0] > 0 {
        crate::vm::safepoint::request();
    }
}

/// A new instance, registered.
#[inline]
pub fn track_instance(i: &Rc<Instance>) {
    track(Node::Instance(Rc::downgrade(i)));
}

/// A new list, registered.
#[inline]
pub fn track_list(l: &Rc<ListObj>) {
    track(Node::List(Rc::downgrade(l)));
}

/// A new dict, registered. Never for the dict of an instance or class, whose
/// contents count as their owner's (`vm::gc_traverse`).
#[inline]
pub fn track_dict(d: &Rc<RefCell<Dict>>) {
    track(Node::Dict(Rc::downgrade(d)));
}

/// A new native object whose type asks to be tracked (`NativeObject::gc_tracked`),
/// registered; call once, where the object is made.
pub fn track_native(obj: &Rc<dyn NativeObject>) {
    if obj.gc_tracked() {
        track(Node::Native(Rc::downgrade(obj)));
    }
}

/// A new tuple, registered unless it holds only atoms (it can never be part of a
/// cycle then: tuples are immutable).
#[inline]
pub fn track_tuple(t: &Rc<TupleObj>) {
    if t.iter().any(may_hold_references) {
        track(Node::Tuple(Rc::downgrade(t)));
    }
}

/// Whether a value can lead back to a container (strs, numbers and the like cannot).
#[inline]
pub fn may_hold_references(v: &Value) -> bool {
    !matches!(
        v,
        Value::Undefined
            | Value::None
            | Value::NotImplemented
            | Value::Ellipsis
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Complex(_)
            | Value::BigInt(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Range(_)
            | Value::Code(_)
            | Value::Builtin(_)
    )
}

/// The objects `v` refers to (`gc.get_referents`).
pub fn referents_of(v: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    if let Some(s) = Strong::of(v) {
        crate::vm::gc_traverse::traverse(&s, &mut |r| out.push(r.clone()));
    }
    out
}

/// The tracked objects that refer to any of `targets` (`gc.get_referrers`).
pub fn referrers_of(targets: &[Value]) -> Vec<Value> {
    let wanted: std::collections::HashSet<usize> = targets.iter().filter_map(|t| t.ptr()).collect();
    let all: Vec<Strong> = REGISTRY.with(|r| {
        let r = r.borrow();
        r.gens.iter().flat_map(|g| g.iter().filter_map(Node::upgrade)).collect()
    });
    let mut out = Vec::new();
    for s in &all {
        let mut hit = false;
        crate::vm::gc_traverse::traverse(s, &mut |r| hit |= r.ptr().is_some_and(|p| wanted.contains(&p)));
        if hit {
            out.push(s.to_value());
        }
    }
    out
}

/// Whether the collector tracks this value (`gc.is_tracked`).
pub fn is_tracked(v: &Value) -> bool {
    // CPython leaves a dict of atoms untracked until it holds a container.
    if let Value::Dict(d) = v {
        if !d.borrow().iter().any(|(k, v)| may_hold_references(k) || may_hold_references(v)) {
            return false;
        }
    }
    let Some(addr) = address(v) else { return false };
    REGISTRY.with(|r| {
        let r = r.borrow();
        r.gens.iter().chain(std::iter::once(&r.frozen)).any(|g| g.iter().any(|n| n.addr() == addr))
    })
}

/// The address a traversal reports for a reference to `v`, for the kinds of
/// object that can be registered. A native object counts only when this value is
/// its one wrapper (the wrapper itself is not registered).
#[inline]
pub fn address(v: &Value) -> Option<usize> {
    Some(match v {
        Value::Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::List(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::Set(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::Function(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::Class(r) => Rc::as_ptr(r) as *const u8 as usize,
        Value::Native(outer) if Rc::strong_count(outer) == 1 => Rc::as_ptr(&**outer) as *const u8 as usize,
        _ => return None,
    })
}

/// The thresholds (`gc.get_threshold`).
pub fn thresholds() -> (usize, usize, usize) {
    REGISTRY.with(|r| {
        let t = r.borrow().thresholds;
        (t[0], t[1], t[2])
    })
}

/// Sets the thresholds (`gc.set_threshold`); 0 for the first disables collection.
pub fn set_thresholds(t: [usize; 3]) {
    REGISTRY.with(|r| r.borrow_mut().thresholds = t);
}

/// The counts (`gc.get_count`).
pub fn counts() -> (usize, usize, usize) {
    REGISTRY.with(|r| {
        let c = r.borrow().counts;
        (c[0], c[1], c[2])
    })
}

/// Turns automatic collection on or off (`gc.enable` / `gc.disable`).
pub fn set_enabled(on: bool) {
    REGISTRY.with(|r| r.borrow_mut().enabled = on);
}

pub fn is_enabled() -> bool {
    REGISTRY.with(|r| r.borrow().enabled)
}

/// Per-generation statistics (`gc.get_stats`).
pub fn stats() -> [GenStats; 3] {
    REGISTRY.with(|r| r.borrow().stats)
}

/// The live tracked objects of one generation, or of all (`gc.get_objects`).
pub fn objects(generation: Option<usize>) -> Vec<Value> {
    REGISTRY.with(|r| {
        let r = r.borrow();
        let gens: Vec<&NodeList> = match generation {
            Some(g) => vec![&r.gens[g]],
            None => r.gens.iter().collect(),
        };
        gens.into_iter().flat_map(|g| g.iter().filter_map(Node::upgrade).map(|s| s.to_value())).collect()
    })
}

/// Moves every tracked object to the permanent generation (`gc.freeze`).
pub fn freeze() {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        for g in 0..3 {
            let mut nodes = std::mem::take(&mut r.gens[g]);
            r.frozen.append(&mut nodes);
        }
        r.counts = [0; 3];
    });
}

/// Returns the frozen objects to the oldest generation (`gc.unfreeze`).
pub fn unfreeze() {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let mut nodes = std::mem::take(&mut r.frozen);
        r.gens[2].append(&mut nodes);
    });
}

/// How many objects are frozen (`gc.get_freeze_count`).
pub fn freeze_count() -> usize {
    REGISTRY.with(|r| r.borrow().frozen.iter().filter(|n| n.strong_count() > 0).count())
}

/// Runs the collection the allocation counts ask for, if any (at a safe point).
pub fn collect_if_due(interp: &mut Interp) {
    let generation = REGISTRY.with(|r| {
        let r = r.borrow();
        if !r.enabled || r.thresholds[0] == 0 || r.counts[0] <= r.thresholds[0] {
            return None;
        }
        let mut generation = 0;
        for g in (1..3).rev() {
            if r.counts[g] > r.thresholds[g] {
                // A full collection waits until enough objects have survived into the
                // oldest generation since the last one: half as many as it holds
                // (CPython waits for a quarter; our traversals cost more per object).
                if g == 2 && r.long_lived_pending < r.long_lived_total / 2 {
                    continue;
                }
                generation = g;
                break;
            }
        }
        Some(generation)
    });
    if let Some(g) = generation {
        collect(interp, g);
    }
}

/// Collects generations `0..=generation`; returns how many unreachable objects
/// were found (`gc.collect()`).
pub fn collect(interp: &mut Interp, generation: usize) -> usize {
    if COLLECTING.with(|c| c.replace(true)) {
        return 0;
    }
    run_callbacks(interp, "start", generation, 0, 0);
    if generation == 2 {
        // Pooled frames keep the globals and code they last ran with, which would
        // keep, say, an exec'd namespace and its functions alive: let them go.
        interp.frame_pool.clear();
    }
    let found = collect_generations(interp, generation.min(2));
    run_callbacks(interp, "stop", generation, found, 0);
    COLLECTING.with(|c| c.set(false));
    found
}

fn collect_generations(interp: &mut Interp, generation: usize) -> usize {
    // Take the generations being collected (dropping the entries of dead objects,
    // which frees their memory) and reset the counts.
    let nodes: NodeList = REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        // The oldest generation collected is the largest: extend it in place.
        let mut nodes = std::mem::take(&mut r.gens[generation]);
        r.young_mark = 0;
        for g in 0..=generation {
            if g < generation {
                let mut younger = std::mem::take(&mut r.gens[g]);
                nodes.append(&mut younger);
            }
            r.counts[g] = 0;
        }
        if generation < 2 {
            r.counts[generation + 1] += 1;
        }
        r.stats[generation].collections += 1;
        nodes
    });
    let mut live = nodes;
    live.retain(|n| n.strong_count() > 0);
    let unreachable = find_unreachable(&live, None);
    let mut survivors_count = live.len();
    let mut collected = 0;
    if !unreachable.is_empty() {
        // Hold the garbage strongly while finalizers run and it is cleared.
        let mut garbage: Vec<(usize, Strong)> =
            unreachable.iter().filter_map(|&i| live.get(i).upgrade().map(|s| (i, s))).collect();
        if finalize(interp, &garbage) {
            // A finalizer may have stored a reference to some of the garbage
            // somewhere reachable: keep those, and what they reach.
            let group: Vec<&Node> = garbage.iter().map(|(i, _)| live.get(*i)).collect();
            let still = unreachable_within(&group);
            garbage = garbage.into_iter().enumerate().filter(|(k, _)| still[*k]).map(|(_, g)| g).collect();
        }
        collected = garbage.len();
        if debug_flags() & DEBUG_SAVEALL != 0 {
            // gc.set_debug(gc.DEBUG_SAVEALL): keep the garbage in gc.garbage instead.
            if let Some(Value::List(l)) = GARBAGE.with(|g| g.borrow().clone()) {
                l.borrow_mut().extend(garbage.iter().map(|(_, s)| s.to_value()));
            }
        } else {
            for (_, obj) in &garbage {
                clear(obj);
            }
        }
        let dead: std::collections::HashSet<usize> = garbage.iter().map(|(i, _)| *i).collect();
        drop(garbage);
        live.retain_indexed(|i, _| !dead.contains(&i));
        survivors_count = live.len();
    }
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let next = (generation + 1).min(2);
        if generation == 2 {
            r.long_lived_total = survivors_count;
            r.long_lived_pending = 0;
        } else if generation == 1 {
            r.long_lived_pending += survivors_count;
        }
        r.gens[next].append(&mut live);
        if generation == 0 && r.gens[0].is_empty() {
            // Reuse the young generation's buffer.
            r.gens[0] = live;
        }
        r.stats[generation].collected += collected;
        // Entries of objects that died in the oldest generation hold their memory
        // until its next collection: sweep a slice of them at every collection
        // (the middle generation is collected often enough).
        if generation < 2 {
            let budget = r.thresholds[0].max(100);
            sweep_dead(&mut r, 2, budget);
        }
    });
    collected
}

/// Removes up to `budget` entries' worth of dead objects from generation `g`,
/// continuing where the last sweep stopped.
fn sweep_dead(r: &mut Registry, g: usize, budget: usize) {
    let mut i = r.sweep_cursor[g];
    let mut seen = 0;
    while seen < budget && !r.gens[g].is_empty() {
        if i >= r.gens[g].len() {
            i = 0;
        }
        if r.gens[g].get(i).strong_count() == 0 {
            r.gens[g].swap_remove(i);
        } else {
            i += 1;
        }
        seen += 1;
    }
    r.sweep_cursor[g] = i;
}

/// Where a registered object keeps its place in the running collection: the
/// collection's epoch and the object's index in it, so that finding the entry
/// of a referent costs no hash lookup (cells, bound methods and native objects,
/// which have no slot, are found through a map).
#[derive(Default)]
pub struct GcSlot(Cell<u64>);

impl GcSlot {
    pub const fn new() -> GcSlot {
        GcSlot(Cell::new(0))
    }
    fn set(&self, epoch: u32, index: usize) {
        self.0.set((epoch as u64) << 32 | index as u64);
    }
    fn index(&self, epoch: u32) -> Option<usize> {
        let v = self.0.get();
        ((v >> 32) as u32 == epoch).then_some((v & 0xffff_ffff) as usize)
    }
}

/// Buffers of `find_unreachable`, kept between collections: a full collection of
/// a large heap would otherwise fault in fresh pages for them every time.
#[derive(Default)]
struct Scratch {
    epoch: u32,
    index: HashMap<usize, u32, BuildAddrHasher>,
    refs: Vec<isize>,
    reachable: Vec<bool>,
    work: Vec<u32>,
}

thread_local! {
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// Records object `i` of the running collection in its slot; false for the
/// kinds without one (the caller maps their address instead).
fn set_slot(s: &Strong, epoch: u32, i: usize) -> bool {
    match s {
        Strong::Instance(r) => r.gc_slot.set(epoch, i),
        Strong::List(r) => r.1.set(epoch, i),
        Strong::Tuple(r) => r.1.set(epoch, i),
        Strong::Function(r) => r.gc_slot.set(epoch, i),
        Strong::Generator(r) => r.gc_slot.set(epoch, i),
        Strong::Class(r) => r.gc_slot.set(epoch, i),
        Strong::Dict(r) => match r.try_borrow() {
            Ok(t) => t.gc_slot.set(epoch, i),
            Err(_) => return false,
        },
        Strong::Set(r) => match r.try_borrow() {
            Ok(t) => t.gc_slot.set(epoch, i),
            Err(_) => return false,
        },
        Strong::Native(n) => match n.gc_slot() {
            Some(slot) => slot.set(epoch, i),
            None => return false,
        },
        Strong::Cell(_) | Strong::BoundMethod(_) => return false,
    }
    true
}

/// The index in the running collection of the object `v` refers to, if it is
/// one of the objects being collected.
#[inline]
fn index_of(v: &Value, epoch: u32, index: &HashMap<usize, u32, BuildAddrHasher>) -> Option<usize> {
    let by_address = |v: &Value| address(v).and_then(|a| index.get(&a)).map(|&i| i as usize);
    match v {
        Value::Instance(r) => r.gc_slot.index(epoch),
        Value::List(r) => r.1.index(epoch),
        Value::Tuple(r) => r.1.index(epoch),
        Value::Function(r) => r.gc_slot.index(epoch),
        Value::Generator(r) => r.gc_slot.index(epoch),
        Value::Class(r) => r.gc_slot.index(epoch),
        Value::Dict(r) => match r.try_borrow() {
            Ok(t) => t.gc_slot.index(epoch),
            Err(_) => by_address(v),
        },
        Value::Set(r) => match r.try_borrow() {
            Ok(t) => t.gc_slot.index(epoch),
            Err(_) => by_address(v),
        },
        Value::Native(n) => match n.gc_slot() {
            // A slot counts only for the wrapper that is the object's one reference
            // from this holder (see `address`).
            Some(slot) if Rc::strong_count(n) == 1 => slot.index(epoch),
            Some(_) => None,
            None => by_address(v),
        },
        Value::Cell(_) | Value::BoundMethod(_) => by_address(v),
        _ => None,
    }
}

/// Indices of the objects of `nodes` that nothing outside the set keeps alive.
/// `held` is how many strong references the caller itself holds to each.
fn find_unreachable(nodes: &NodeList, held: Option<usize>) -> Vec<usize> {
    SCRATCH.with(|scratch| {
        let mut scratch = scratch.borrow_mut();
        let Scratch { epoch, index, refs, reachable, work } = &mut *scratch;
        *epoch = epoch.wrapping_add(1).max(1);
        let epoch = *epoch;
        index.clear();
        refs.clear();
        reachable.clear();
        work.clear();
        let own = held.unwrap_or(0) as isize;
        for (i, n) in nodes.iter().enumerate() {
            // The count is read before the temporary strong reference is taken.
            refs.push(n.strong_count() as isize - own);
            match n.upgrade() {
                Some(s) => {
                    if !set_slot(&s, epoch, i) {
                        index.insert(n.addr(), i as u32);
                    }
                }
                None => refs[i] = isize::MAX / 2,
            }
        }
        for n in nodes.iter() {
            if let Some(s) = n.upgrade() {
                traverse(&s, &mut |v| {
                    if let Some(j) = index_of(v, epoch, index) {
                        refs[j] -= 1;
                    }
                });
            }
        }
        reachable.resize(nodes.len(), false);
        for i in 0..nodes.len() {
            if refs[i] > 0 {
                reachable[i] = true;
                work.push(i as u32);
            }
        }
        while let Some(i) = work.pop() {
            if let Some(s) = nodes.get(i as usize).upgrade() {
                traverse(&s, &mut |v| {
                    if let Some(j) = index_of(v, epoch, index) {
                        if !reachable[j] {
                            reachable[j] = true;
                            work.push(j as u32);
                        }
                    }
                });
            }
        }
        let unreachable = (0..nodes.len()).filter(|&i| !reachable[i]).collect();
        // After a collection of a large heap, give the buffers back rather than
        // keep them for the program's lifetime.
        if refs.capacity() > 1 << 16 {
            *scratch = Scratch { epoch, ..Scratch::default() };
        }
        unreachable
    })
}

/// For garbage held by the caller (one strong reference each): which objects are
/// still unreachable after finalizers ran.
fn unreachable_within(group: &[&Node]) -> Vec<bool> {
    let mut nodes = NodeList::new();
    for s in group.iter().filter_map(|n| n.upgrade()) {
        nodes.push(weak_of(&s));
    }
    let mut still = vec![false; nodes.len()];
    for i in find_unreachable(&nodes, Some(1)) {
        still[i] = true;
    }
    still
}

fn weak_of(s: &Strong) -> Node {
    match s {
        Strong::Instance(r) => Node::Instance(Rc::downgrade(r)),
        Strong::Dict(r) => Node::Dict(Rc::downgrade(r)),
        Strong::List(r) => Node::List(Rc::downgrade(r)),
        Strong::Tuple(r) => Node::Tuple(Rc::downgrade(r)),
        Strong::Set(r) => Node::Set(Rc::downgrade(r)),
        Strong::Function(r) => Node::Function(Rc::downgrade(r)),
        Strong::Cell(r) => Node::Cell(Rc::downgrade(r)),
        Strong::BoundMethod(r) => Node::BoundMethod(Rc::downgrade(r)),
        Strong::Generator(r) => Node::Generator(Rc::downgrade(r)),
        Strong::Class(r) => Node::Class(Rc::downgrade(r)),
        Strong::Native(r) => Node::Native(Rc::downgrade(r)),
    }
}

/// Runs `__del__` once on the garbage instances that define it, and the
/// finalizers of native objects (PEP 442); whether any ran.
fn finalize(interp: &mut Interp, garbage: &[(usize, Strong)]) -> bool {
    let mut ran = false;
    for (_, obj) in garbage {
        match obj {
            Strong::Instance(inst)
                if inst.class.flags.get() & crate::vm::types::HAS_DEL != 0 && !inst.finalized.replace(true) =>
            {
                call_del(interp, inst);
                ran = true;
            }
            Strong::Native(n) => ran |= n.gc_finalize(interp, n),
            _ => {}
        }
    }
    ran
}

/// Calls `inst.__del__()`; an exception is printed as CPython prints it.
pub(crate) fn call_del(interp: &mut Interp, inst: &Rc<Instance>) {
    let Some(del) = interp.class_lookup(&inst.class, "__del__") else { return };
    if let Err(e) = interp.call_value(del.clone(), vec![Value::Instance(inst.clone())], vec![]) {
        interp.write_unraisable(&e, None, Culprit::Object(del));
    }
}

/// Called by an instance's destructor when its class defines `__del__` and it was
/// never finalized: moves its contents to a new instance that waits for the next
/// safe point, where `__del__` runs (and then it dies for good).
pub fn resurrect_for_del(inst: &mut Instance) {
    let revived = Rc::new(Instance {
        class: inst.class.clone(),
        dict: std::mem::replace(&mut inst.dict, Rc::new(RefCell::new(Dict::new()))),
        exc: inst.exc.take(),
        base: inst.base.take(),
        finalized: Cell::new(true),
        gc_slot: Default::default(),
    });
    let queued = DEL_QUEUE.with(|q| match q.try_borrow_mut() {
        Ok(mut q) => {
            q.push(revived.clone());
            true
        }
        Err(_) => false,
    });
    if queued {
        track_instance(&revived);
        crate::vm::safepoint::request();
    }
}

/// Runs the `__del__` methods that are due (from `vm::safepoint::run`); whether any ran.
pub fn run_del_queue(interp: &mut Interp) -> bool {
    let due = DEL_QUEUE.with(|q| std::mem::take(&mut *q.borrow_mut()));
    if due.is_empty() {
        return false;
    }
    for inst in due {
        call_del(interp, &inst);
    }
    true
}

/// Calls the functions in `gc.callbacks` with ("start" | "stop", info).
fn run_callbacks(interp: &mut Interp, phase: &str, generation: usize, collected: usize, uncollectable: usize) {
    let Some(list) = CALLBACKS.with(|c| c.borrow().clone()) else { return };
    let Value::List(l) = &list else { return };
    let funcs: Vec<Value> = l.borrow().clone();
    if funcs.is_empty() {
        return;
    }
    let mut info = Dict::new();
    for (k, v) in [
        ("generation", Value::Int(generation as i64)),
        ("collected", Value::Int(collected as i64)),
        ("uncollectable", Value::Int(uncollectable as i64)),
    ] {
        info.set_str(k, v);
    }
    let info = Value::dict(info);
    for f in funcs {
        if let Err(e) = interp.call_value(f.clone(), vec![Value::str(phase), info.clone()], vec![]) {
            interp.write_unraisable(&e, None, Culprit::Object(f));
        }
    }
}

thread_local! {
    /// The `gc.callbacks` list, once the `gc` module made it.
    static CALLBACKS: RefCell<Option<Value>> = const { RefCell::new(None) };
    /// The `gc.garbage` list, once the `gc` module made it.
    static GARBAGE: RefCell<Option<Value>> = const { RefCell::new(None) };
    /// `gc.set_debug` flags.
    static DEBUG: Cell<i64> = const { Cell::new(0) };
}

/// `gc.DEBUG_SAVEALL`: garbage goes to `gc.garbage` instead of being freed.
pub const DEBUG_SAVEALL: i64 = 32;

/// Records the list the `gc` module exposes as `gc.garbage`.
pub fn set_garbage_list(list: Value) {
    GARBAGE.with(|g| *g.borrow_mut() = Some(list));
}

/// The `gc.set_debug` flags.
pub fn debug_flags() -> i64 {
    DEBUG.with(|d| d.get())
}

pub fn set_debug_flags(flags: i64) {
    DEBUG.with(|d| d.set(flags));
}

/// Records the list the `gc` module exposes as `gc.callbacks`.
pub fn set_callbacks_list(list: Value) {
    CALLBACKS.with(|c| *c.borrow_mut() = Some(list));
}

/// Hashes addresses (already unique and spread) cheaply.
#[derive(Clone, Copy, Default)]
struct BuildAddrHasher;

#[derive(Default)]
struct AddrHasher(u64);

impl std::hash::BuildHasher for BuildAddrHasher {
    type Hasher = AddrHasher;
    fn build_hasher(&self) -> AddrHasher {
        AddrHasher(0)
    }
}

impl std::hash::Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8 | *b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = ((n as u64) >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

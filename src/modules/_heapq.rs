//! `_heapq`: binary heaps kept in lists, the accelerator stdlib/heapq.py
//! imports (its Python functions stay as the fallback). Behaves as CPython
//! 3.11's C module: the heap must be a list (or a subclass, used as a plain
//! list), items are ordered by `<` alone, and the comparisons make the same
//! calls in the same order, so the layout a script observes is CPython's.
//!
//! A comparison may run a script's `__lt__`, which may do anything to the
//! list. No borrow of the list is held across one; the items compared are
//! cloned out first, and a list whose size changed meanwhile stops the sift
//! with RuntimeError, as CPython does.

use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

/// The module's functions; their signatures are declared in `signatures.rs`.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("heappush", heappush),
    ("heappop", heappop),
    ("heapify", heapify),
    ("heapreplace", heapreplace),
    ("heappushpop", heappushpop),
    ("_heappop_max", heappop_max),
    ("_heapify_max", heapify_max),
    ("_heapreplace_max", heapreplace_max),
];

/// The `_heapq` module.
pub fn module() -> Value {
    super::make_module("_heapq", FUNCTIONS, vec![])
}

/// Which way a heap is ordered: the smallest item first, or the largest.
#[derive(Clone, Copy)]
enum Order {
    Min,
    Max,
}

impl Order {
    /// Whether `a` belongs above `b` (`a < b` for a min-heap, `b < a` for a max-heap).
    fn above(self, interp: &mut Interp, a: &Value, b: &Value) -> PyResult<bool> {
        match self {
            Order::Min => interp.less_than(a, b),
            Order::Max => interp.less_than(b, a),
        }
    }
}

/// The list a heap argument must be; `which` is " 1" for the first of two
/// arguments, as CPython's messages number it, and "" for the only one.
fn heap_list(interp: &mut Interp, fname: &str, which: &str, v: &Value) -> PyResult<Rc<ListObj>> {
    match v.builtin_value() {
        Value::List(l) => Ok(l.clone()),
        _ => {
            let t = interp.type_name(v);
            Err(interp.type_error(format!("{fname}() argument{which} must be list, not {t}")))
        }
    }
}

fn out_of_range(interp: &mut Interp) -> Value {
    interp.index_error("index out of range")
}

fn changed_size(interp: &mut Interp) -> Value {
    interp.runtime_error("list changed size during iteration")
}

/// Whether the item at `i` belongs above the one at `j`. Ints, floats and strs
/// are compared in place; other items are cloned out first, so no borrow of
/// the list is held while their `__lt__` runs.
fn above_at(interp: &mut Interp, heap: &ListObj, i: usize, j: usize, order: Order) -> PyResult<bool> {
    interp.charge_work(1)?;
    let (a, b) = {
        let items = heap.borrow();
        let (a, b) = (&items[i], &items[j]);
        let plain = match order {
            Order::Min => crate::vm::ops::plain_less(a, b),
            Order::Max => crate::vm::ops::plain_less(b, a),
        };
        if let Some(above) = plain {
            return Ok(above);
        }
        (a.clone(), b.clone())
    };
    order.above(interp, &a, &b)
}

/// Moves the item at `pos` toward `start` while it belongs above its parent.
fn sift_toward_root(interp: &mut Interp, heap: &ListObj, start: usize, mut pos: usize, order: Order) -> PyResult<()> {
    let size = heap.borrow().len();
    if pos >= size {
        return Err(out_of_range(interp));
    }
    while pos > start {
        let parent = (pos - 1) >> 1;
        let rises = above_at(interp, heap, pos, parent, order)?;
        if heap.borrow().len() != size {
            return Err(changed_size(interp));
        }
        if !rises {
            break;
        }
        heap.borrow_mut().swap(parent, pos);
        pos = parent;
    }
    Ok(())
}

/// Restores the heap below `pos` when only the item there may be out of place:
/// the hole is walked down to a leaf by always promoting the child that belongs
/// higher, then the item rises back from there (fewer comparisons on average,
/// as the item moved to `pos` is usually one from the bottom).
fn sift_from(interp: &mut Interp, heap: &ListObj, mut pos: usize, order: Order) -> PyResult<()> {
    let end = heap.borrow().len();
    let start = pos;
    if pos >= end {
        return Err(out_of_range(interp));
    }
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            if !above_at(interp, heap, child, child + 1, order)? {
                child += 1;
            }
            if heap.borrow().len() != end {
                return Err(changed_size(interp));
            }
        }
        heap.borrow_mut().swap(child, pos);
        pos = child;
    }
    sift_toward_root(interp, heap, start, pos, order)
}

/// Puts `items` in heap order, bottom-up. Past 2500 items the subtrees are
/// visited in CPython's cache-friendly order (the same comparisons, grouped by
/// subtree), so even a hostile `__lt__` sees what it sees under CPython.
fn make_heap(interp: &mut Interp, heap: &ListObj, order: Order) -> PyResult<()> {
    let n = heap.borrow().len();
    if n <= 2500 {
        for pos in (0..n / 2).rev() {
            sift_from(interp, heap, pos, order)?;
        }
        return Ok(());
    }
    let first_leaf = n >> 1;
    // The leftmost node on the row of `first_leaf`.
    let row_start = (1usize << (usize::BITS - 1 - (first_leaf + 1).leading_zeros())) - 1;
    let visit = |interp: &mut Interp, from: usize, down_to: usize| -> PyResult<()> {
        for i in (down_to..from).rev() {
            // A left child finishes its parent's second subtree: sift the parent too.
            let mut j = i;
            loop {
                sift_from(interp, heap, j, order)?;
                if j & 1 == 0 {
                    break;
                }
                j >>= 1;
            }
        }
        Ok(())
    };
    visit(interp, row_start, first_leaf >> 1)?;
    visit(interp, first_leaf, row_start)
}

/// Removes the last item and sifts it in at the root, returning the old root.
fn pop(interp: &mut Interp, heap: &ListObj, order: Order) -> PyResult<Value> {
    let last = match heap.borrow_mut().pop() {
        Some(v) => v,
        None => return Err(out_of_range(interp)),
    };
    let top = {
        let mut items = heap.borrow_mut();
        match items.first_mut() {
            Some(slot) => std::mem::replace(slot, last),
            None => return Ok(last),
        }
    };
    sift_from(interp, heap, 0, order)?;
    Ok(top)
}

/// Swaps `item` in at the root and sifts it down, returning the old root.
fn replace(interp: &mut Interp, heap: &ListObj, item: Value, order: Order) -> PyResult<Value> {
    let top = {
        let mut items = heap.borrow_mut();
        match items.first_mut() {
            Some(slot) => std::mem::replace(slot, item),
            None => {
                drop(items);
                return Err(out_of_range(interp));
            }
        }
    };
    sift_from(interp, heap, 0, order)?;
    Ok(top)
}

fn heappush(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let heap = heap_list(interp, "heappush", " 1", &args[0])?;
    let last = {
        let mut items = heap.borrow_mut();
        items.push(args[1].clone());
        items.len() - 1
    };
    sift_toward_root(interp, &heap, 0, last, Order::Min)?;
    Ok(Value::None)
}

fn heappop(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let heap = heap_list(interp, "heappop", "", &args[0])?;
    pop(interp, &heap, Order::Min)
}

fn heapify(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let heap = heap_list(interp, "heapify", "", &args[0])?;
    make_heap(interp, &heap, Order::Min)?;
    Ok(Value::None)
}

fn heapreplace(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let heap = heap_list(interp, "heapreplace", " 1", &args[0])?;
    replace(interp, &heap, args[1].clone(), Order::Min)
}

/// Pushes then pops in one step: `item` itself comes back when the heap is
/// empty or its root is not smaller.
fn heappushpop(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let heap = heap_list(interp, "heappushpop", " 1", &args[0])?;
    let item = &args[1];
    let Some(top) = heap.borrow().first().cloned() else {
        return Ok(item.clone());
    };
    if !Order::Min.above(interp, &top, item)? {
        return Ok(item.clone());
    }
    // The comparison may have emptied the list.
    replace(interp, &heap, item.clone(), Order::Min)
}

fn heappop_max(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let heap = heap_list(interp, "_heappop_max", "", &args[0])?;
    pop(interp, &heap, Order::Max)
}

fn heapify_max(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let heap = heap_list(interp, "_heapify_max", "", &args[0])?;
    make_heap(interp, &heap, Order::Max)?;
    Ok(Value::None)
}

fn heapreplace_max(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let heap = heap_list(interp, "_heapreplace_max", " 1", &args[0])?;
    replace(interp, &heap, args[1].clone(), Order::Max)
}

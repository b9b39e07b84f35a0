//! list and tuple: constructors and methods.

use super::{add_method, add_methods, check_args, set_constructor_sig};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;

pub fn register(interp: &mut Interp) {
    let list = interp.types.list.clone();
    super::builtin_subclass::set_constructor_filled_by_init(&list, list_new);
    add_methods(
        &list,
        &[
            ("append", append, "($self, object, /)"),
            ("extend", extend, "($self, iterable, /)"),
            ("insert", insert, "($self, index, object, /)"),
            ("pop", pop, "($self, index=-1, /)"),
            ("remove", remove, "($self, value, /)"),
            ("index", index, "($self, value, start=0, stop=sys.maxsize, /)"),
            ("count", count, "($self, value, /)"),
            ("sort", sort, "($self, /, *, key=None, reverse=False)"),
            ("reverse", reverse, "($self, /)"),
            ("clear", clear, "($self, /)"),
            ("copy", copy, "($self, /)"),
        ],
    );
    let methods: &[(&str, NativeFn)] = &[
        ("__init__", list_init),
        ("__len__", dunder_len),
        ("__getitem__", dunder_getitem),
        ("__setitem__", dunder_setitem),
        ("__delitem__", dunder_delitem),
        ("__contains__", dunder_contains),
        ("__iter__", dunder_iter),
    ];
    for (name, f) in methods {
        add_method(&list, name, *f);
    }
    set_constructor_sig(interp, &list, "pos:(iterable=(), /)");
    let tuple = interp.types.tuple.clone();
    super::builtin_subclass::set_constructor(&tuple, tuple_new);
    set_constructor_sig(interp, &tuple, "pos:(iterable=(), /)");
    add_methods(
        &tuple,
        &[("index", index, "($self, value, start=0, stop=sys.maxsize, /)"), ("count", count, "($self, value, /)")],
    );
    for (name, f) in [
        ("__len__", dunder_len as NativeFn),
        ("__getitem__", dunder_getitem),
        ("__contains__", dunder_contains),
        ("__iter__", dunder_iter),
    ] {
        add_method(&tuple, name, f);
    }
    let range = interp.types.range.clone();
    super::builtin_subclass::set_constructor(&range, range_new);
    set_constructor_sig(interp, &range, "pos:(start, stop=None, step=None, /)");
    add_methods(&range, &[("index", index, "private:($self, value, /)"), ("count", count, "private:($self, value, /)")]);
    let slice = interp.types.slice.clone();
    super::builtin_subclass::set_constructor(&slice, slice_new);
    add_method(&slice, "indices", slice_indices);
}

/// `slice.indices(length)`: (start, stop, step) clipped to a sequence of that length.
fn slice_indices(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "indices", args, 2, 2)?;
    let Value::Slice(sl) = &args[0] else {
        return Err(interp.type_error("descriptor 'indices' for 'slice' objects doesn't apply to this object"));
    };
    let len = interp.index_value(&args[1])?;
    if len < 0 {
        return Err(interp.value_error("length should not be negative"));
    }
    let (a, b, st) = interp.resolve_slice(sl, len as usize)?;
    Ok(Value::tuple(vec![Value::Int(a), Value::Int(b), Value::Int(st)]))
}

/// The list receiver of a method.
fn this(interp: &mut Interp, args: &[Value], name: &str) -> PyResult<Rc<ListObj>> {
    match args.first() {
        Some(Value::List(l)) => Ok(l.clone()),
        _ => Err(interp.type_error(format!("descriptor '{name}' for 'list' objects needs a list"))),
    }
}

fn list_new(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "list", args, 0, 1)?;
    match args.first() {
        Some(v) => Ok(Value::list(interp.collect_iterable(v)?)),
        None => Ok(Value::list(vec![])),
    }
}

/// `list.__init__(self, iterable=())`: the list becomes the iterable's items.
fn list_init(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(interp.type_error("list() takes no keyword arguments"));
    }
    check_args(interp, "list", &args[1.min(args.len())..], 0, 1)?;
    let l = this(interp, args, "__init__")?;
    let items = match args.get(1) {
        Some(v) => interp.collect_iterable(v)?,
        None => vec![],
    };
    *l.borrow_mut() = items;
    Ok(Value::None)
}

fn tuple_new(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "tuple", args, 0, 1)?;
    match args.first() {
        Some(Value::Tuple(t)) => Ok(Value::Tuple(t.clone())),
        Some(v) => Ok(Value::tuple(interp.collect_iterable(v)?)),
        None => Ok(Value::tuple(vec![])),
    }
}

fn range_new(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "range", args, 1, 3)?;
    crate::objects::range::new(interp, args)
}

fn slice_new(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "slice", args, 1, 3)?;
    let (start, stop, step) = match args.len() {
        1 => (Value::None, args[0].clone(), Value::None),
        2 => (args[0].clone(), args[1].clone(), Value::None),
        _ => (args[0].clone(), args[1].clone(), args[2].clone()),
    };
    Ok(Value::Slice(Rc::new(SliceObj { start, stop, step })))
}

fn append(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let l = this(interp, args, "append")?;
    l.borrow_mut().push(args[1].clone());
    Ok(Value::None)
}

fn extend(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let l = this(interp, args, "extend")?;
    let items = interp.collect_iterable(&args[1])?;
    extend_checked(interp, &l, items)?;
    Ok(Value::None)
}

/// Appends `items` to `l`, the growth charged to the host's memory ceiling
/// and MemoryError when it cannot be allocated (a list extended by itself
/// doubles at each step).
pub fn extend_checked(interp: &mut Interp, l: &ListObj, items: Vec<Value>) -> PyResult<()> {
    interp.charge_alloc(items.len().saturating_mul(std::mem::size_of::<Value>()))?;
    if l.borrow_mut().try_reserve(items.len()).is_err() {
        return Err(interp.memory_error());
    }
    l.borrow_mut().extend(items);
    Ok(())
}

fn insert(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let l = this(interp, args, "insert")?;
    let i = interp.index_value(&args[1])?;
    let len = l.borrow().len() as i64;
    let pos = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.borrow_mut().insert(pos as usize, args[2].clone());
    Ok(Value::None)
}

fn pop(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let l = this(interp, args, "pop")?;
    // The index first: `__index__` may change the list.
    let i = match args.get(1) {
        Some(v) => interp.index_value(v)?,
        None => -1,
    };
    let len = l.borrow().len() as i64;
    if len == 0 {
        return Err(interp.index_error("pop from empty list"));
    }
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(interp.index_error("pop index out of range"));
    }
    let v = l.borrow_mut().remove(j as usize);
    Ok(v)
}

fn remove(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let l = this(interp, args, "remove")?;
    let Some(i) = interp.list_find(&l, &args[1], 0, usize::MAX)? else {
        return Err(interp.value_error("list.remove(x): x not in list"));
    };
    // The `__eq__` that matched may have shortened the list: then nothing is removed, as in CPython.
    let removed = {
        let mut items = l.borrow_mut();
        (i < items.len()).then(|| items.remove(i))
    };
    drop(removed);
    Ok(Value::None)
}

fn index(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    if let Value::Range(r) = &args[0] {
        return crate::objects::range::find(interp, &r.clone(), &args[1]);
    }
    // The bounds first: `__index__` may change the list.
    let start = args.get(2).map(|v| interp.index_value(v)).transpose()?;
    let end = args.get(3).map(|v| interp.index_value(v)).transpose()?;
    let found = match &args[0] {
        Value::List(l) => {
            // Bounds against the length now; the search rereads it at each step.
            let len = l.borrow().len() as i64;
            let norm = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
            let (start, end) = (start.map_or(0, norm), end.map_or(usize::MAX, norm));
            interp.list_find(l, &args[1], start, end)?
        }
        other => {
            let items = match other {
                Value::Tuple(t) => t.to_vec(),
                other => interp.collect_iterable(other)?,
            };
            let len = items.len() as i64;
            let norm = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
            let (start, end) = (start.map_or(0, norm), end.map_or(len as usize, norm));
            let mut found = None;
            for (i, it) in items.iter().enumerate().take(end).skip(start) {
                if it.is(&args[1]) || interp.eq(it, &args[1])? {
                    found = Some(i);
                    break;
                }
            }
            found
        }
    };
    if let Some(i) = found {
        return Ok(Value::Int(i as i64));
    }
    let what = match &args[0] {
        Value::List(_) => {
            let r = interp.repr(&args[1])?;
            format!("{r} is not in list")
        }
        Value::Range(_) => {
            let r = interp.repr(&args[1])?;
            format!("{r} is not in range")
        }
        _ => "tuple.index(x): x not in tuple".to_string(),
    };
    Err(interp.value_error(what))
}

fn count(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    if let Value::Range(r) = &args[0] {
        return crate::objects::range::count(interp, &r.clone(), &args[1]);
    }
    let mut n = 0;
    if let Value::List(l) = &args[0] {
        // The list as it is at each step (an `__eq__` may change it).
        let mut i = 0;
        while let Some(p) = interp.list_find(l, &args[1], i, usize::MAX)? {
            n += 1;
            i = p + 1;
        }
        return Ok(Value::Int(n));
    }
    let items = match &args[0] {
        Value::Tuple(t) => t.to_vec(),
        other => interp.collect_iterable(other)?,
    };
    for it in items.iter() {
        if it.is(&args[1]) || interp.eq(it, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn sort(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let l = this(interp, args, "sort")?;
    // The list is empty while it is sorted; a key function or `__lt__` that adds to
    // it meanwhile gets ValueError, as in CPython (what it added is dropped).
    let mut items = std::mem::take(&mut *l.borrow_mut());
    let r = crate::objects::sort::sort_values(interp, &mut items, kwargs);
    let meddled = std::mem::replace(&mut *l.borrow_mut(), items);
    let modified = !meddled.is_empty();
    drop(meddled);
    r?;
    if modified {
        return Err(interp.value_error("list modified during sort"));
    }
    Ok(Value::None)
}

fn reverse(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let l = this(interp, args, "reverse")?;
    l.borrow_mut().reverse();
    Ok(Value::None)
}

fn clear(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let l = this(interp, args, "clear")?;
    l.borrow_mut().clear();
    Ok(Value::None)
}

fn copy(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let l = this(interp, args, "copy")?;
    let items = l.borrow().clone();
    Ok(Value::list(items))
}

fn dunder_len(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Int(interp.len_of(&args[0])? as i64))
}

fn dunder_getitem(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    interp.get_item(&args[0], &args[1])
}

fn dunder_setitem(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    interp.set_item(&args[0], args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

fn dunder_delitem(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    interp.del_item(&args[0], &args[1])?;
    Ok(Value::None)
}

fn dunder_contains(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(interp.contains(&args[0], &args[1])?))
}

fn dunder_iter(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    interp.get_iter(&args[0])
}

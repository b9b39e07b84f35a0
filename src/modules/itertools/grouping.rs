//! `groupby(iterable, key=None)` and its groups (`_grouper`): runs of
//! consecutive items with equal keys. A group reads from its groupby and
//! ends as soon as the groupby moves on (a newer group is current).

use super::args::{keywords, no_kwargs, positional};
use super::{constructors, native_iter, next_or_stop, reduction, this, wrap};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A groupby: the item read ahead with its key, the current group's key
/// and which group is current (by serial number, 0 for none).
pub struct GroupBy {
    /// Itself, for the groups it makes.
    me: std::rc::Weak<GroupBy>,
    source: Value,
    keyfunc: Value,
    value: RefCell<Option<Value>>,
    key: RefCell<Option<Value>>,
    target: RefCell<Option<Value>>,
    current: Cell<u64>,
    serial: Cell<u64>,
}

const GROUPBY: &str = "itertools.groupby";
const GROUPER: &str = "itertools._grouper";

/// Equality as the C tools test it: identical objects are equal.
fn same(interp: &mut Interp, a: &Value, b: &Value) -> PyResult<bool> {
    Ok(a.is(b) || interp.eq(a, b)?)
}

impl GroupBy {
    /// Reads the next item and its key; false at the end.
    fn step(&self, interp: &mut Interp) -> PyResult<bool> {
        let Some(value) = super::pull(interp, &self.source)? else { return Ok(false) };
        let key = if self.keyfunc.is_none() {
            value.clone()
        } else {
            interp.call_value(self.keyfunc.clone(), vec![value.clone()], vec![])?
        };
        *self.value.borrow_mut() = Some(value);
        *self.key.borrow_mut() = Some(key);
        Ok(true)
    }

    /// The next `(key, group)`; `parent` is the subclass instance carrying
    /// this groupby, if any.
    fn next(&self, interp: &mut Interp, parent: Option<Value>) -> PyResult<Option<Value>> {
        self.current.set(0);
        // Skip what is left of the current group.
        loop {
            let key = self.key.borrow().clone();
            if let Some(key) = key {
                let target = self.target.borrow().clone();
                match target {
                    None => break,
                    Some(t) => {
                        if !same(interp, &t, &key)? {
                            break;
                        }
                    }
                }
            }
            if !self.step(interp)? {
                return Ok(None);
            }
        }
        let key = self.key.borrow().clone().unwrap_or(Value::None);
        *self.target.borrow_mut() = Some(key.clone());
        let Some(group) = self.me.upgrade() else { return Ok(None) };
        let id = self.serial.get() + 1;
        self.serial.set(id);
        self.current.set(id);
        let grouper: Rc<dyn NativeObject> = Rc::new(Grouper { parent, group, target: key.clone(), id });
        crate::vm::gc::track_native(&grouper);
        Ok(Some(Value::tuple(vec![key, Value::native(grouper)])))
    }
}

impl NativeObject for GroupBy {
    fn type_name(&self) -> &str {
        GROUPBY
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn iter_next(&self, interp: &mut Interp) -> Option<PyResult<Option<Value>>> {
        Some(self.next(interp, None))
    }
    fn gc_tracked(&self) -> bool {
        true
    }
    fn gc_traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.source);
        visit(&self.keyfunc);
        for cell in [&self.value, &self.key, &self.target] {
            super::visit_cell(cell, visit);
        }
    }
    fn gc_clear(&self) {
        for cell in [&self.value, &self.key, &self.target] {
            super::clear_cell(cell);
        }
    }
}

fn build_groupby(interp: &mut Interp, cls: Option<&Rc<Class>>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let s = keywords(interp, "groupby", args, kwargs, &["iterable", "key"], 1, 2)?;
    let source = interp.get_iter(s[0].as_ref().unwrap_or(&Value::None))?;
    let obj = Rc::new_cyclic(|me| GroupBy {
        me: me.clone(),
        source,
        keyfunc: s[1].clone().unwrap_or(Value::None),
        value: RefCell::new(None),
        key: RefCell::new(None),
        target: RefCell::new(None),
        current: Cell::new(0),
        serial: Cell::new(0),
    });
    Ok(wrap(interp, cls, obj))
}
constructors!(groupby_new, GROUPBY, build_groupby);

fn groupby_next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let g = this::<GroupBy>(interp, args, GROUPBY)?;
    let parent = args.first().filter(|v| v.has_builtin_value()).cloned();
    let r = g.next(interp, parent);
    next_or_stop(interp, r)
}

fn groupby_reduce(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let g = this::<GroupBy>(interp, args, GROUPBY)?;
    let a = vec![g.source.clone(), g.keyfunc.clone()];
    let (k, v, t) = (g.key.borrow().clone(), g.value.borrow().clone(), g.target.borrow().clone());
    Ok(match (k, v, t) {
        (Some(k), Some(v), Some(t)) => reduction(interp, &args[0], a, Some(Value::tuple(vec![k, v, t]))),
        _ => reduction(interp, &args[0], a, None),
    })
}

fn groupby_setstate(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let g = this::<GroupBy>(interp, args, GROUPBY)?;
    let state = args.get(1).cloned().unwrap_or(Value::None);
    let Value::Tuple(t) = state.builtin_value() else {
        return Err(interp.type_error("state is not a tuple"));
    };
    if t.len() != 3 {
        return Err(interp.type_error(format!("function takes exactly 3 arguments ({} given)", t.len())));
    }
    *g.key.borrow_mut() = Some(t[0].clone());
    *g.value.borrow_mut() = Some(t[1].clone());
    *g.target.borrow_mut() = Some(t[2].clone());
    Ok(Value::None)
}

/// One group of a groupby.
pub struct Grouper {
    /// The subclass instance carrying the groupby, if any (for pickling).
    parent: Option<Value>,
    group: Rc<GroupBy>,
    target: Value,
    id: u64,
}

impl Grouper {
    fn next(&self, interp: &mut Interp) -> PyResult<Option<Value>> {
        let g = &self.group;
        if g.current.get() != self.id {
            return Ok(None);
        }
        if g.value.borrow().is_none() && !g.step(interp)? {
            return Ok(None);
        }
        let Some(key) = g.key.borrow().clone() else { return Ok(None) };
        if !same(interp, &self.target, &key)? {
            return Ok(None);
        }
        // The comparison may have read this group's item from inside.
        let Some(item) = g.value.borrow_mut().take() else { return Ok(None) };
        *g.key.borrow_mut() = None;
        Ok(Some(item))
    }
}
impl Grouper {
    fn visit(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some(p) = &self.parent {
            visit(p);
        }
        visit(&self.target);
    }
    fn clear(&self) {}
}
native_iter!(Grouper, GROUPER);

fn build_grouper(interp: &mut Interp, cls: Option<&Rc<Class>>, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    no_kwargs(interp, "_grouper", kwargs, cls.is_none_or(|c| c.kind == ClassKind::Builtin))?;
    positional(interp, "_grouper", args, 2, 2)?;
    let parent = match args[0].builtin_value() {
        Value::Native(n) => downcast_rc::<GroupBy>(n),
        _ => None,
    };
    let Some(parent) = parent else {
        let n = interp.type_name(&args[0]);
        return Err(interp.type_error(format!("_grouper() argument 1 must be itertools.groupby, not {n}")));
    };
    let id = parent.serial.get() + 1;
    parent.serial.set(id);
    parent.current.set(id);
    let carrier = Some(args[0].clone()).filter(|v| v.has_builtin_value());
    let obj = Grouper { parent: carrier, group: parent, target: args[1].clone(), id };
    Ok(wrap(interp, cls, Rc::new(obj)))
}
constructors!(grouper_new, GROUPER, build_grouper);

fn grouper_next(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let g = this::<Grouper>(interp, args, GROUPER)?;
    let r = g.next(interp);
    next_or_stop(interp, r)
}

fn grouper_reduce(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let g = this::<Grouper>(interp, args, GROUPER)?;
    if g.group.current.get() != g.id {
        let iter = interp.builtins.borrow().get_str("iter").cloned().unwrap_or(Value::None);
        return Ok(Value::tuple(vec![iter, Value::tuple(vec![Value::tuple(vec![])])]));
    }
    let parent = g.parent.clone().unwrap_or_else(|| Value::native(g.group.clone()));
    Ok(reduction(interp, &args[0], vec![parent, g.target.clone()], None))
}

/// Makes the classes of `groupby` and `_grouper`.
pub fn register(interp: &mut Interp) -> Vec<(&'static str, Rc<Class>)> {
    let groupby = super::make_class(
        interp,
        "groupby",
        groupby_new::ctor,
        groupby_new::dunder_new,
        &[("__next__", groupby_next), ("__reduce__", groupby_reduce), ("__setstate__", groupby_setstate)],
    );
    let grouper = super::make_class(
        interp,
        "_grouper",
        grouper_new::ctor,
        grouper_new::dunder_new,
        &[("__next__", grouper_next), ("__reduce__", grouper_reduce)],
    );
    vec![("groupby", groupby), ("_grouper", grouper)]
}

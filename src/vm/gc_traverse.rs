//! What the cycle collector (`vm::gc`) sees of each container: the references
//! it holds (`traverse`) and how to break a cycle through it (`clear`).
//!
//! A traversal must report each strong reference the object owns at most once,
//! and never one it does not own: an unreported reference only makes its target
//! look reachable, an invented one could make a live object look like garbage.
//! Contents that are borrowed right now (never at a safe point, in practice)
//! are not reported.

use crate::vm::dict::Dict;
use crate::vm::frame::{Block, Frame, ReturnTo};
use crate::vm::gc::Strong;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// Reports the values `obj` holds references to (atoms included).
pub fn traverse(obj: &Strong, value: &mut dyn FnMut(&Value)) {
    // Coroutines are not registered (one per task would cost memory): a coroutine
    // this object alone holds counts as part of it, its frame's references as the
    // object's own, following chains of awaited coroutines.
    let mut owned: Vec<Rc<Generator>> = Vec::new();
    let mut visit = |v: &Value, owned: &mut Vec<Rc<Generator>>| match v {
        Value::Generator(g) if g.kind == GenKind::Coroutine => {
            if Rc::strong_count(g) == 1 {
                owned.push(g.clone());
            }
        }
        _ => value(v),
    };
    {
        let mut first = |v: &Value| visit(v, &mut owned);
        direct(obj, &mut first);
    }
    while let Some(g) = owned.pop() {
        let mut pending = Vec::new();
        if let Ok(frame) = g.frame.try_borrow() {
            if let Some(f) = frame.as_deref() {
                frame_refs(f, &mut |v: &Value| visit(v, &mut pending));
            }
        }
        owned.extend(pending);
    }
}

/// Whether `v` is a coroutine only its holder refers to (its contents count as
/// the holder's: see `traverse`).
pub fn is_owned_coroutine(v: &Value) -> bool {
    matches!(v, Value::Generator(g) if g.kind == GenKind::Coroutine && Rc::strong_count(g) == 1)
}

/// The references `obj` holds itself.
fn direct(obj: &Strong, value: &mut dyn FnMut(&Value)) {
    let mut value = |v: &Value| value(v);
    match obj {
        Strong::Instance(i) => instance(i, &mut value),
        Strong::Dict(d) => {
            if let Ok(d) = d.try_borrow() {
                dict_entries(&d, &mut value);
            }
        }
        Strong::List(l) => {
            if let Ok(items) = l.try_borrow() {
                items.iter().for_each(&mut value);
            }
        }
        Strong::Tuple(t) => t.iter().for_each(&mut value),
        Strong::Set(s) => {
            if let Ok(s) = s.try_borrow() {
                s.iter().for_each(|k| value(&k.key));
            }
        }
        Strong::Function(f) => function(f, &mut value),
        Strong::Cell(c) => {
            if let Ok(v) = c.try_borrow() {
                value(&v);
            }
        }
        Strong::BoundMethod(m) => {
            value(&m.func);
            value(&m.receiver);
        }
        Strong::Generator(g) => {
            if let Ok(frame) = g.frame.try_borrow() {
                if let Some(f) = frame.as_deref() {
                    frame_refs(f, &mut value);
                }
            }
        }
        Strong::Class(c) => class(c, &mut value),
        Strong::Native(n) => n.gc_traverse(&mut value),
    }
}

fn dict_entries(d: &Dict, value: &mut dyn FnMut(&Value)) {
    for (k, v) in d.iter() {
        value(k);
        value(v);
    }
}

fn instance(i: &Instance, value: &mut dyn FnMut(&Value)) {
    owned_dict_values(&i.dict, value);
    if let Some(b) = &i.base {
        value(b);
    }
    if let Some(exc) = &i.exc {
        if let Ok(e) = exc.try_borrow() {
            e.args.iter().for_each(&mut *value);
            value(&e.cause);
            value(&e.context);
            if let Some((_, tb)) = &e.tb_objects {
                value(tb);
            }
        }
    }
}

/// The dict of an instance or a class: never registered itself (it is made
/// with its owner), so its contents count as the owner's while the owner is its
/// only holder (`vars(obj)` held elsewhere hides them: never counted twice).
fn owned_dict_values(d: &Rc<RefCell<Dict>>, value: &mut dyn FnMut(&Value)) {
    if Rc::strong_count(d) != 1 {
        return;
    }
    if let Ok(t) = d.try_borrow() {
        dict_entries(&t, value);
    }
}

fn function(f: &Function, value: &mut dyn FnMut(&Value)) {
    value(&Value::Dict(f.globals.clone()));
    if let Ok(d) = f.defaults.try_borrow() {
        if let Some(d) = d.as_ref() {
            if Rc::strong_count(d) == 1 {
                d.iter().for_each(&mut *value);
            }
        }
    }
    if let Ok(k) = f.kwdefaults.try_borrow() {
        if let Some(k) = k.as_ref() {
            value(&Value::Dict(k.clone()));
        }
    }
    if let Ok(a) = f.annotations.try_borrow() {
        if let Some(a) = a.as_ref() {
            value(a);
        }
    }
    for c in &f.closure {
        value(&Value::Cell(c.clone()));
    }
    if let Ok(d) = f.dict.try_borrow() {
        if let Some(d) = d.as_ref() {
            value(&Value::Dict(d.clone()));
        }
    }
    if let Ok(m) = f.module.try_borrow() {
        value(&m);
    }
    if let Ok(doc) = f.doc.try_borrow() {
        value(&doc);
    }
}

fn class(c: &Class, value: &mut dyn FnMut(&Value)) {
    for b in &c.bases {
        value(&Value::Class(b.clone()));
    }
    for b in &c.mro {
        value(&Value::Class(b.clone()));
    }
    if let Some(m) = &c.meta {
        value(&Value::Class(m.clone()));
    }
    owned_dict_values(&c.dict, value);
    if let Ok(cache) = c.init_cache.try_borrow() {
        if let Some((_, Some(init))) = cache.as_ref() {
            value(init);
        }
    }
}

fn frame_refs(f: &Frame, value: &mut dyn FnMut(&Value)) {
    f.slots.iter().for_each(&mut *value);
    for c in &f.cells {
        value(&Value::Cell(c.clone()));
    }
    value(&Value::Dict(f.globals.clone()));
    if let Some(ns) = &f.namespace {
        value(&Value::Dict(ns.clone()));
    }
    if let Some(m) = &f.mapping {
        value(m);
    }
    value(&f.handled);
    for b in &f.blocks {
        if let Block::InHandler { prev } = b {
            value(prev);
        }
    }
    if let ReturnTo::Init(v) = &f.return_to {
        value(v);
    }
}

/// Breaks the cycles through `obj` by dropping the references it can let go of
/// (tuples and bound methods are immutable: the other members of their cycle are
/// cleared instead). What is dropped is released after every borrow ends.
pub fn clear(obj: &Strong) {
    match obj {
        Strong::Instance(i) => {
            clear_owned_dict(&i.dict);
            if let Some(exc) = &i.exc {
                let taken = exc.try_borrow_mut().ok().map(|mut e| {
                    (
                        std::mem::take(&mut e.args),
                        std::mem::take(&mut e.cause),
                        std::mem::take(&mut e.context),
                        e.tb_objects.take(),
                    )
                });
                drop(taken);
            }
        }
        Strong::Dict(d) => clear_dict(d),
        Strong::List(l) => {
            let items = l.try_borrow_mut().map(|mut v| std::mem::take(&mut *v)).ok();
            drop(items);
        }
        Strong::Tuple(_) | Strong::BoundMethod(_) => {}
        Strong::Set(s) => {
            let taken = s.try_borrow_mut().map(|mut s| std::mem::take(&mut *s)).ok();
            drop(taken);
        }
        Strong::Function(f) => {
            let defaults = f.defaults.try_borrow_mut().ok().and_then(|mut d| d.take());
            let kwdefaults = f.kwdefaults.try_borrow_mut().ok().and_then(|mut d| d.take());
            let annotations = f.annotations.try_borrow_mut().ok().and_then(|mut a| a.take());
            let dict = f.dict.try_borrow_mut().ok().and_then(|mut d| d.take());
            drop((defaults, kwdefaults, annotations, dict));
        }
        Strong::Cell(c) => {
            let v = c.try_borrow_mut().map(|mut v| std::mem::replace(&mut *v, Value::Undefined)).ok();
            drop(v);
        }
        Strong::Generator(g) => clear_generator(g),
        Strong::Class(c) => {
            clear_owned_dict(&c.dict);
            let cache = c.init_cache.try_borrow_mut().ok().and_then(|mut c| c.take());
            drop(cache);
        }
        Strong::Native(n) => n.gc_clear(),
    }
}

/// Clears the dict of an instance or class, unless someone else holds it too
/// (then it is not the owner's to empty).
fn clear_owned_dict(d: &Rc<RefCell<Dict>>) {
    if Rc::strong_count(d) == 1 {
        clear_dict(d);
    }
}

fn clear_dict(d: &Rc<RefCell<Dict>>) {
    let taken = d.try_borrow_mut().map(|mut t| std::mem::take(&mut *t)).ok();
    drop(taken);
}

/// Drops a generator's suspended frame (and so what its locals hold).
pub fn clear_generator(g: &Generator) {
    let frame = g.frame.try_borrow_mut().ok().and_then(|mut f| f.take());
    g.finished.set(true);
    drop(frame);
}

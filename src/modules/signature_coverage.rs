//! Which natives reachable from scripts have no declared signature (see
//! `vm/signature.rs`): the builtins, every registered module's functions and
//! the methods of every builtin, native and exception class. The project's
//! tests use it to keep every native under the signature mechanism.

use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::collections::HashSet;
use std::rc::Rc;

/// The qualified names (`module.function`, `Class.method`) of the natives
/// without a signature, sorted.
pub fn unsigned_natives(interp: &mut Interp) -> Vec<String> {
    interp.build_all_natives();
    let mut walk = Walk { seen: HashSet::new(), out: Vec::new() };
    let builtins = interp.builtins.borrow().entries().map(|(k, v)| (k.key.as_str().unwrap_or("?").to_string(), v.clone())).collect::<Vec<_>>();
    walk.namespace("builtins", &builtins);
    let mut modules: Vec<_> = interp.modules.iter().collect();
    modules.sort_by(|a, b| a.0.cmp(b.0));
    for (name, m) in modules {
        if let Value::Module(m) = m {
            let entries = m.dict.borrow().entries().map(|(k, v)| (k.key.as_str().unwrap_or("?").to_string(), v.clone())).collect::<Vec<_>>();
            walk.namespace(name, &entries);
        }
    }
    let t = &interp.types;
    let mut classes: Vec<Rc<Class>> = vec![
        t.object.clone(), t.type_.clone(), t.none.clone(), t.not_implemented.clone(), t.ellipsis.clone(),
        t.bool_.clone(), t.int.clone(), t.float.clone(), t.complex.clone(), t.str_.clone(), t.bytes.clone(),
        t.bytearray.clone(), t.memoryview.clone(), t.tuple.clone(), t.list.clone(), t.dict.clone(),
        t.set.clone(), t.frozenset.clone(), t.range.clone(), t.slice.clone(), t.function.clone(),
        t.builtin_function.clone(), t.method.clone(), t.module.clone(), t.code.clone(), t.cell.clone(),
        t.generator.clone(), t.coroutine.clone(), t.async_generator.clone(), t.iterator.clone(),
        t.property.clone(), t.classmethod.clone(), t.staticmethod.clone(), t.super_.clone(),
        t.dict_keys.clone(), t.dict_values.clone(), t.dict_items.clone(),
    ];
    classes.extend(t.exceptions.iter().cloned());
    classes.extend(interp.native_classes.values().cloned());
    for cls in classes {
        walk.class(&cls);
    }
    walk.out.sort();
    walk.out.dedup();
    walk.out
}

struct Walk {
    seen: HashSet<usize>,
    out: Vec<String>,
}

impl Walk {
    fn namespace(&mut self, owner: &str, entries: &[(String, Value)]) {
        for (name, v) in entries {
            match v {
                Value::Class(c) => self.class(c),
                _ => self.native(owner, name, v),
            }
        }
    }

    fn class(&mut self, cls: &Rc<Class>) {
        if !self.seen.insert(Rc::as_ptr(cls) as usize) || cls.kind == ClassKind::Object {
            return;
        }
        let entries = cls.dict.borrow().entries().map(|(k, v)| (k.key.as_str().unwrap_or("?").to_string(), v.clone())).collect::<Vec<_>>();
        let owner = cls.name.to_string();
        for (name, v) in &entries {
            if let Value::Class(c) = v {
                self.class(c);
            } else {
                self.native(&owner, name, v);
            }
        }
    }

    fn native(&mut self, owner: &str, name: &str, v: &Value) {
        let b = match v {
            Value::Builtin(b) => b,
            Value::Descriptor(d) => match &**d {
                Descriptor::ClassMethod(Value::Builtin(b)) | Descriptor::StaticMethod(Value::Builtin(b)) => b,
                _ => return,
            },
            _ => return,
        };
        match &b.sig {
            // Declared signatures are parsed on first use: parse each one here, so
            // that a malformed declaration fails the coverage test, not a user's call.
            Some(sig) => {
                sig.text();
            }
            None => self.out.push(format!("{owner}.{name}")),
        }
    }
}

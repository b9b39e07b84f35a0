//! `_weakref`: the `ref` type (also `ReferenceType`), `getweakrefcount` and
//! `getweakrefs`. The references themselves, their table and the running of
//! callbacks are the core's (`vm/weakref.rs`); `stdlib/weakref.py` builds the
//! containers, `WeakMethod`, `finalize` and the proxies on top.

use crate::objects::check_args;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::weakref::{as_weakref, refs_to, visible, Target, WeakRef};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Makes a weak reference to `obj`; `share` returns the existing plain
/// reference (no callback, not a subclass's) when there is one, as CPython does.
fn make(interp: &mut Interp, obj: &Value, callback: Value, share: bool) -> PyResult<Rc<Rc<dyn NativeObject>>> {
    let object = interp.types.object.clone();
    let Some(target) = Target::of(obj, &object) else {
        let t = interp.type_name(obj);
        return Err(interp.type_error(format!("cannot create weak reference to '{t}' object")));
    };
    if share && callback.is_none() {
        for rc in refs_to(target.addr()) {
            if let Some(r) = rc.as_any().downcast_ref::<WeakRef>() {
                if r.callback.borrow().is_none() && !r.proxy && r.owner.borrow().is_none() {
                    return Ok(rc);
                }
            }
        }
    }
    let wr =
        WeakRef { target, callback: RefCell::new(callback), hash: Cell::new(None), proxy: false, owner: RefCell::new(None) };
    let value = Value::native(Rc::new(wr));
    crate::vm::weakref::register(&value);
    match value {
        Value::Native(rc) => Ok(rc),
        _ => unreachable!("made as a native"),
    }
}

fn ref_args(interp: &mut Interp, args: &[Value]) -> PyResult<(Value, Value)> {
    check_args(interp, "__new__", args, 1, 2)?;
    let cb = args.get(1).cloned().unwrap_or(Value::None);
    Ok((args[0].clone(), cb))
}

/// `ref(obj, callback=None)`.
fn ref_ctor(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "ref", kwargs)?;
    let (obj, cb) = ref_args(interp, args)?;
    Ok(Value::Native(make(interp, &obj, cb, true)?))
}

/// `ref.__new__(cls, obj, callback=None)`: for a subclass, an instance carrying
/// a reference of its own (never shared).
fn ref_new(interp: &mut Interp, args: &[Value], _kwargs: KwArgs) -> PyResult<Value> {
    let (Some(Value::Class(owner)), Some(Value::Class(cls))) = (args.first(), args.get(1)) else {
        return Err(interp.type_error("ref.__new__(X): X is not a type object"));
    };
    let (owner, cls) = (owner.clone(), cls.clone());
    let (obj, cb) = ref_args(interp, &args[2..])?;
    if Rc::ptr_eq(&owner, &cls) {
        return Ok(Value::Native(make(interp, &obj, cb, true)?));
    }
    let rc = make(interp, &obj, cb, false)?;
    let inst = interp.new_instance_with_base(&cls, Value::Native(rc.clone()));
    if let (Value::Instance(i), Some(r)) = (&inst, rc.as_any().downcast_ref::<WeakRef>()) {
        *r.owner.borrow_mut() = Some(Rc::downgrade(i));
    }
    Ok(inst)
}

fn this<'a>(interp: &mut Interp, args: &'a [Value]) -> PyResult<&'a WeakRef> {
    match args.first().and_then(as_weakref) {
        Some(r) => Ok(r),
        None => {
            let got = args.first().map(|v| interp.type_name(v)).unwrap_or_else(|| "nothing".into());
            Err(interp.type_error(format!("descriptor requires a 'weakref.ReferenceType' object but received a '{got}'")))
        }
    }
}

fn ref_call(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    crate::objects::no_kwargs(interp, "weakref", kwargs)?;
    let r = this(interp, args)?;
    if args.len() > 1 {
        let n = args.len() - 1;
        return Err(interp.type_error(format!("weakref() takes exactly 0 arguments ({n} given)")));
    }
    Ok(r.target.get().unwrap_or(Value::None))
}

fn ref_init(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__init__", &args[args.len().min(1)..], 1, 2)?;
    Ok(Value::None)
}

fn ref_repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let r = this(interp, args)?;
    let me = args[0].ptr().unwrap_or(0);
    let Some(obj) = r.target.get() else {
        return Ok(Value::string(format!("<weakref at {me:#x}; dead>")));
    };
    let t = interp.type_name(&obj);
    let name = match interp.get_attr(&obj, "__name__") {
        Ok(Value::Str(s)) => format!(" ({})", s.as_str()),
        _ => String::new(),
    };
    let at = obj.ptr().unwrap_or(0);
    Ok(Value::string(format!("<weakref at {me:#x}; to '{t}' at {at:#x}{name}>")))
}

fn ref_eq(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__eq__", args, 2, 2)?;
    match crate::vm::weakref::eq(interp, &args[0], &args[1]) {
        Some(r) => Ok(Value::Bool(r?)),
        None => Ok(Value::NotImplemented),
    }
}

fn ref_ne(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "__ne__", args, 2, 2)?;
    match crate::vm::weakref::eq(interp, &args[0], &args[1]) {
        Some(r) => Ok(Value::Bool(!r?)),
        None => Ok(Value::NotImplemented),
    }
}

fn ref_hash(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let r = this(interp, args)?;
    Ok(Value::Int(crate::vm::weakref::py_hash(interp, r)?))
}

fn ref_callback(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    let r = this(interp, args)?;
    let cb = r.callback.borrow().clone();
    Ok(cb)
}

/// The address `getweakrefcount` and `getweakrefs` look up (0: never referenced).
fn address(interp: &mut Interp, obj: &Value) -> usize {
    let object = interp.types.object.clone();
    Target::of(obj, &object).map(|t| t.addr()).unwrap_or(0)
}

fn getweakrefcount(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "getweakrefcount", args, 1, 1)?;
    let addr = address(interp, &args[0]);
    Ok(Value::Int(if addr == 0 { 0 } else { refs_to(addr).len() as i64 }))
}

fn getweakrefs(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    check_args(interp, "getweakrefs", args, 1, 1)?;
    let addr = address(interp, &args[0]);
    let refs = if addr == 0 { Vec::new() } else { refs_to(addr).iter().map(visible).collect() };
    Ok(Value::list(refs))
}

/// Runs the callbacks of references whose referents died (a safe point on demand).
fn collect(interp: &mut Interp, _: &[Value], _: KwArgs) -> PyResult<Value> {
    crate::vm::safepoint::run(interp);
    Ok(Value::Int(0))
}

/// The `_weakref` module.
pub fn module(interp: &mut Interp) -> Value {
    let object = interp.types.object.clone();
    let cls = crate::vm::types::native_class(interp, "weakref", &object, "weakref");
    crate::objects::builtin_subclass::set_constructor(&cls, ref_ctor);
    for (name, f) in [
        ("__call__", ref_call as NativeFn),
        ("__init__", ref_init),
        ("__repr__", ref_repr),
        ("__eq__", ref_eq),
        ("__ne__", ref_ne),
        ("__hash__", ref_hash),
    ] {
        crate::objects::add_method(&cls, name, f);
    }
    let new = BuiltinFunction {
        name: "__new__".into(),
        func: ref_new,
        bound: Some(Value::Class(cls.clone())),
        with_caller: None,
        on_builtin_value: false,
        sig: None,
    };
    cls.dict.borrow_mut().set_str("__new__", Value::Builtin(Rc::new(new)));
    let fget = Value::Builtin(Rc::new(BuiltinFunction {
        name: "__callback__".into(),
        func: ref_callback,
        bound: None,
        with_caller: None,
        on_builtin_value: true,
        sig: None,
    }));
    let prop = Descriptor::Property { fget, fset: Value::None, fdel: Value::None, doc: Value::None };
    cls.dict.borrow_mut().set_str("__callback__", Value::Descriptor(Rc::new(prop)));
    *cls.renamed.borrow_mut() = Some(("ReferenceType".into(), "ReferenceType".into()));
    let class = Value::Class(cls);
    super::make_module(
        "_weakref",
        &[("getweakrefcount", getweakrefcount), ("getweakrefs", getweakrefs), ("_collect", collect)],
        vec![("ref", class.clone()), ("ReferenceType", class)],
    )
}

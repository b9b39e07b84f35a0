//! Data attributes of builtin values (`f.__name__`, `m.__self__`, `s.start`, ...).

use crate::vm::types::Exc;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;

/// The attribute `name` of a builtin value, if it has one.
pub fn data_attr(interp: &mut Interp, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match (obj, name) {
        (_, "__class__") => Value::Class(interp.type_of(obj)),
        (Value::Function(_) | Value::Descriptor(_), "__get__") if !matches!(obj, Value::Descriptor(d) if matches!(**d, Descriptor::Super { .. })) => {
            descriptor_get_method(obj)
        }
        (Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_), "__call__") => bound_native(obj, "__call__", call_self),
        // Interned, so that `wrapper.__name__ = wrapped.__name__` keeps the identity.
        (Value::Function(f), "__name__") => interp.intern(&f.name.borrow()),
        (Value::Function(f), "__qualname__") => interp.intern(&f.qualname.borrow()),
        (Value::Function(f), _) => return Ok(super::functions::function_attr(f, name)),
        (Value::Native(_), _) if crate::objects::frames::as_frame(obj).is_some() => {
            let Some(f) = crate::objects::frames::as_frame(obj) else { return Ok(None) };
            return Ok(crate::objects::frames::attr(interp, f, name));
        }
        (Value::Native(_), _) if crate::objects::union_type::as_union(obj).is_some() => {
            let Some(u) = crate::objects::union_type::as_union(obj) else { return Ok(None) };
            return crate::objects::union_type::attr(interp, u, name);
        }
        (Value::Native(_), _) if crate::objects::generic_alias::as_alias(obj).is_some() => {
            let Some(alias) = crate::objects::generic_alias::as_alias(obj) else { return Ok(None) };
            return crate::objects::generic_alias::attr(interp, alias, name);
        }
        (Value::Builtin(b), "__name__" | "__qualname__") => Value::str(&b.name),
        (Value::Builtin(b), "__text_signature__") => match b.sig.as_ref().and_then(|s| s.text()) {
            Some(t) => Value::str(t),
            None => Value::None,
        },
        (Value::Builtin(b), "__self__") => b.bound.clone().unwrap_or(Value::None),
        (Value::Builtin(b), "__module__") => match builtin_module(interp, b) {
            Some(m) => m,
            None => return Ok(None),
        },
        (Value::Builtin(b), "__doc__") => super::builtin_docs::doc(interp, b).map_or(Value::None, Value::str),
        (Value::BoundMethod(m), "__self__") => m.receiver.clone(),
        (Value::BoundMethod(m), "__func__") => m.func.clone(),
        (Value::BoundMethod(m), _) => return data_attr(interp, &m.func.clone(), name),
        // Interned, so that each read gives the same string object.
        (Value::Generator(g), "__name__") => interp.intern(g.name()),
        (Value::Generator(g), "__qualname__") => interp.intern(g.qualname()),
        (Value::Generator(g), "gi_code" | "cr_code" | "ag_code") => Value::Code(g.code.clone()),
        (Value::Generator(g), "ag_running") => Value::Bool(g.running_async.get()),
        (Value::Generator(g), "gi_running" | "cr_running") => Value::Bool(g.running.get()),
        (Value::Generator(g), "gi_yieldfrom" | "cr_await" | "ag_await") => {
            crate::vm::generator::delegate_of(g).unwrap_or(Value::None)
        }
        (Value::Generator(g), "cr_origin") => match &g.origin {
            Some(frames) => Value::tuple(
                frames
                    .iter()
                    .map(|(code, line)| {
                        let (file, name) = (Value::str(&code.source.name), Value::str(&code.name));
                        Value::tuple(vec![file, Value::Int(*line as i64), name])
                    })
                    .collect(),
            ),
            None => Value::None,
        },
        (Value::Generator(g), "gi_frame" | "cr_frame" | "ag_frame") => {
            let g = g.clone();
            crate::objects::frames::generator_frame(interp, &g)
        }
        (Value::Code(c), _) => return Ok(super::functions::code_attr(c, name)),
        (Value::Cell(c), "cell_contents") => super::functions::cell_contents(interp, c)?,
        (Value::Slice(s), "start") => s.start.clone(),
        (Value::Slice(s), "stop") => s.stop.clone(),
        (Value::Slice(s), "step") => s.step.clone(),
        (Value::MemoryView(m), _) => {
            let m = m.clone();
            return crate::objects::memoryview::attribute(interp, &m, name).transpose();
        }
        (Value::Range(r), "start") => r.start.clone(),
        (Value::Range(r), "stop") => r.stop.clone(),
        (Value::Range(r), "step") => r.step.clone(),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "real" | "numerator") => {
            Value::bigint(crate::vm::ops::to_bigint(obj).unwrap_or_default())
        }
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Value::Int(0),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => Value::Int(1),
        (Value::Float(f), "real") => Value::Float(*f),
        (Value::Float(_), "imag") => Value::Float(0.0),
        (Value::Complex(z), "real") => Value::Float(z.re),
        (Value::Complex(z), "imag") => Value::Float(z.im),
        (Value::Descriptor(d), _) => match (&**d, name) {
            (Descriptor::Property { fget, .. }, "fget") => fget.clone(),
            (Descriptor::Property { fset, .. }, "fset") => fset.clone(),
            (Descriptor::Property { fdel, .. }, "fdel") => fdel.clone(),
            (Descriptor::Property { doc, .. }, "__doc__") => doc.clone(),
            (Descriptor::ClassMethod(f) | Descriptor::StaticMethod(f), "__func__" | "__wrapped__") => f.clone(),
            // Abstract when what they wrap is (abc reads this).
            (Descriptor::Property { fget, fset, fdel, .. }, "__isabstractmethod__") => {
                let parts = [fget.clone(), fset.clone(), fdel.clone()];
                Value::Bool(any_abstract(interp, &parts)?)
            }
            (Descriptor::ClassMethod(f) | Descriptor::StaticMethod(f), "__isabstractmethod__") => {
                Value::Bool(any_abstract(interp, std::slice::from_ref(f))?)
            }
            // Like CPython 3.10+, they present the wrapped function's metadata.
            (
                Descriptor::ClassMethod(f) | Descriptor::StaticMethod(f),
                "__name__" | "__qualname__" | "__doc__" | "__module__" | "__annotations__",
            ) => return data_attr(interp, &f.clone(), name),
            _ => return Ok(None),
        },
        _ => return Ok(None),
    }))
}

/// `__module__` of a native: None when bound to an object, the module a
/// module function's declared name starts with, `builtins` for the builtins;
/// natives standing for a type's methods have none (as method descriptors).
fn builtin_module(interp: &Interp, b: &BuiltinFunction) -> Option<Value> {
    if b.bound.is_some() {
        return Some(Value::None);
    }
    let qual = b.sig.as_ref()?.qual();
    match qual.rsplit_once('.') {
        None => Some(Value::str("builtins")),
        Some((module, _)) => interp.modules.contains_key(module).then(|| Value::str(module)),
    }
}

/// Whether any of `parts` has a true `__isabstractmethod__`.
fn any_abstract(interp: &mut Interp, parts: &[Value]) -> PyResult<bool> {
    for p in parts.iter().filter(|p| !p.is_none()) {
        match interp.get_attr(p, "__isabstractmethod__") {
            Ok(v) if interp.truthy(&v)? => return Ok(true),
            Ok(_) => {}
            Err(e) if interp.is_exc(&e, Exc::AttributeError) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(false)
}

/// The `__get__` method of a function, property, classmethod or staticmethod,
/// bound to it: `f.__get__(obj, type=None)` does what attribute access does.
fn descriptor_get_method(obj: &Value) -> Value {
    bound_native(obj, "__get__", descriptor_get)
}

/// A native method bound to `obj` (its first argument).
fn bound_native(obj: &Value, name: &str, func: NativeFn) -> Value {
    Value::Builtin(std::rc::Rc::new(BuiltinFunction {
        name: name.into(),
        func,
        bound: Some(obj.clone()),
        with_caller: None,
        on_builtin_value: false,
        sig: None,
    }))
}

fn descriptor_get(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    if args.len() < 2 || args.len() > 3 {
        return Err(interp.type_error(format!("expected 1 or 2 arguments, got {}", args.len().saturating_sub(1))));
    }
    let (desc, obj) = (&args[0], &args[1]);
    let owner = match args.get(2) {
        Some(t) if !t.is_none() => t.clone(),
        _ => Value::Class(interp.type_of(obj)),
    };
    let bind = |func: &Value, receiver: Value| BoundMethod::value(BoundMethod { func: func.clone(), receiver });
    Ok(match desc {
        Value::Function(_) if obj.is_none() => desc.clone(),
        Value::Function(_) => bind(desc, obj.clone()),
        Value::Descriptor(d) => match &**d {
            Descriptor::StaticMethod(f) => f.clone(),
            Descriptor::ClassMethod(f) => bind(f, owner),
            Descriptor::Property { .. } if obj.is_none() => desc.clone(),
            Descriptor::Property { fget, .. } => {
                if fget.is_none() {
                    return Err(interp.new_error(Exc::AttributeError, "unreadable attribute"));
                }
                interp.call_value(fget.clone(), vec![obj.clone()], vec![])?
            }
            Descriptor::Super { .. } => desc.clone(),
        },
        _ => desc.clone(),
    })
}

/// `f.__call__(*args, **kwargs)` of a function or builtin: calls it.
fn call_self(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    interp.call_value(args[0].clone(), args[1..].to_vec(), kwargs.to_vec())
}

//! Native functions made from Rust closures. The VM's builtin type holds a plain
//! `fn` pointer, so a closure becomes a [`NativeClosure`]: a native object whose
//! class has `__call__`. Typed closures (`|a: i64, b: i64| a + b`) convert their
//! arguments with [`FromValue`] and raise CPython-style TypeErrors on a mismatch.

use crate::vm::types::Exc;
use crate::embed::convert::{ConvError, FromValue, IntoValue};
use crate::embed::error::Exception;
use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::object::{Class, ClassKind, KwArgs, NativeObject, PyResult};
use crate::vm::value::Value;
use std::any::Any;
use std::rc::Rc;

/// The signature every native closure is reduced to.
pub type RawFn = dyn Fn(&mut Interp, &[Value], KwArgs) -> PyResult<Value>;

/// Type name (and class name) of closure-backed functions.
const CLOSURE_TYPE: &str = "builtin_function_or_method";

/// A function implemented by a Rust closure.
pub struct NativeClosure {
    pub name: Rc<str>,
    pub func: Rc<RawFn>,
}

impl NativeObject for NativeClosure {
    fn type_name(&self) -> &str {
        CLOSURE_TYPE
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A callable value running `func`.
pub fn closure_value(interp: &mut Interp, name: &str, func: Rc<RawFn>) -> Value {
    ensure_closure_class(interp);
    Value::native(Rc::new(NativeClosure { name: name.into(), func }))
}

/// Registers the class of closure functions (with `__call__`) once.
fn ensure_closure_class(interp: &mut Interp) {
    if interp.native_classes.contains_key(CLOSURE_TYPE) {
        return;
    }
    let class = native_class(interp, CLOSURE_TYPE);
    crate::objects::add_method(&class, "__call__", closure_call);
    crate::objects::add_method(&class, "__repr__", closure_repr);
    interp.native_classes.insert(CLOSURE_TYPE.into(), class);
}

/// A new class for native objects named `name`.
pub(crate) fn native_class(interp: &mut Interp, name: &str) -> Rc<Class> {
    let object = interp.types.object.clone();
    crate::vm::types::new_class(name, vec![object.clone()], Dict::new(), ClassKind::Builtin, "builtins")
        .unwrap_or(object)
}

fn receiver(args: &[Value]) -> Option<&NativeClosure> {
    args.first()?.as_native()?.as_any().downcast_ref::<NativeClosure>()
}

fn closure_call(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let Some(c) = receiver(args) else {
        return Err(interp.type_error("descriptor '__call__' requires a native function"));
    };
    let (func, name) = (c.func.clone(), c.name.clone());
    // A panic in host code must not unwind through the VM: it becomes a SystemError.
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| func(interp, &args[1..], kwargs))) {
        Ok(r) => r,
        Err(payload) => {
            let what = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown panic".into());
            let class = interp.types.exc(Exc::SystemError);
            Err(interp.new_exception(class, vec![Value::string(format!("native function {name}() panicked: {what}"))]))
        }
    }
}

fn closure_repr(interp: &mut Interp, args: &[Value], _: KwArgs) -> PyResult<Value> {
    match receiver(args) {
        Some(c) => Ok(Value::string(format!("<built-in function {}>", c.name))),
        None => Err(interp.type_error("descriptor '__repr__' requires a native function")),
    }
}

/// What a typed native closure may return: any [`IntoValue`], or
/// `Result<T, Exception>` to raise.
pub trait IntoNativeResult {
    fn into_native_result(self, interp: &mut Interp) -> PyResult<Value>;
}

impl<T: IntoValue> IntoNativeResult for T {
    fn into_native_result(self, interp: &mut Interp) -> PyResult<Value> {
        self.into_value(interp)
    }
}

impl<T: IntoValue> IntoNativeResult for Result<T, Exception> {
    fn into_native_result(self, interp: &mut Interp) -> PyResult<Value> {
        match self {
            Ok(v) => v.into_value(interp),
            Err(e) => Err(e.to_value(interp)),
        }
    }
}

/// A Rust closure usable as a native function: `Fn(A1, .., An) -> R` with
/// `Ai: FromValue` (n ≤ 6) and `R: IntoNativeResult`. `Marker` only tells the
/// arities apart.
pub trait NativeFunction<Marker>: 'static {
    /// The closure as a raw native function named `name` (for messages).
    fn into_raw(self, name: &str) -> Rc<RawFn>;
}

/// Checks the argument count of a typed function; `min` counts required arguments.
fn check_arity(interp: &mut Interp, name: &str, given: usize, min: usize, max: usize, kwargs: KwArgs) -> PyResult<()> {
    if !kwargs.is_empty() {
        return Err(interp.type_error(format!("{name}() takes no keyword arguments")));
    }
    if given >= min && given <= max {
        return Ok(());
    }
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let msg = if min == max && max == 0 {
        format!("{name}() takes no arguments ({given} given)")
    } else if min == max {
        format!("{name}() takes exactly {max} argument{} ({given} given)", plural(max))
    } else if given < min {
        format!("{name}() takes at least {min} argument{} ({given} given)", plural(min))
    } else {
        format!("{name}() takes at most {max} argument{} ({given} given)", plural(max))
    };
    Err(interp.type_error(msg))
}

/// Converts argument `i` (0-based) or raises `name() argument i+1 must be T, not U`.
fn arg<T: FromValue>(interp: &mut Interp, name: &str, args: &[Value], i: usize) -> PyResult<T> {
    let Some(v) = args.get(i) else {
        return match T::from_missing() {
            Some(x) => Ok(x),
            None => Err(interp.type_error(format!("{name}() missing required argument {}", i + 1))),
        };
    };
    match T::from_value(interp, v) {
        Ok(x) => Ok(x),
        Err(ConvError::Raised(e)) => Err(e),
        Err(ConvError::Mismatch) => {
            let got = interp.type_name(v);
            Err(interp.type_error(format!("{name}() argument {} must be {}, not {got}", i + 1, T::type_hint())))
        }
    }
}

/// Charges one unit of the instruction budget per native call, so that loops
/// calling host functions also meet the limits.
fn charge(interp: &mut Interp) -> PyResult<()> {
    interp.limits.fuel -= 1;
    if interp.limits.fuel < 0 {
        if let Some(e) = interp.check_limits() {
            return Err(e);
        }
    }
    Ok(())
}

macro_rules! typed_function {
    ($($a:ident $i:tt),*) => {
        impl<Func, R, $($a),*> NativeFunction<fn($($a),*) -> R> for Func
        where
            Func: Fn($($a),*) -> R + 'static,
            R: IntoNativeResult,
            $($a: FromValue,)*
        {
            #[allow(unused_variables)]
            fn into_raw(self, name: &str) -> Rc<RawFn> {
                let name: Rc<str> = name.into();
                Rc::new(move |interp: &mut Interp, args: &[Value], kwargs: KwArgs| {
                    charge(interp)?;
                    let max: usize = 0 $(+ { let _ = $i; 1 })*;
                    let optional: &[bool] = &[$($a::from_missing().is_some()),*];
                    let min = optional.iter().rposition(|o| !o).map_or(0, |p| p + 1);
                    check_arity(interp, &name, args.len(), min, max, kwargs)?;
                    let r = (self)($(arg::<$a>(interp, &name, args, $i)?),*);
                    r.into_native_result(interp)
                })
            }
        }
    };
}

typed_function!();
typed_function!(A 0);
typed_function!(A 0, B 1);
typed_function!(A 0, B 1, C 2);
typed_function!(A 0, B 1, C 2, D 3);
typed_function!(A 0, B 1, C 2, D 3, E 4);
typed_function!(A 0, B 1, C 2, D 3, E 4, F 5);

/// Raw closures (`Fn(&mut Context, &[Value], KwArgs) -> Result<Value, Value>`,
/// the error an exception made with `Context::type_error` and friends) wrapped
/// for registration: the arguments as they are, keywords, any number of them.
pub struct Raw<F>(pub F);

impl<F> NativeFunction<Raw<()>> for Raw<F>
where
    F: Fn(&mut Interp, &[Value], KwArgs) -> PyResult<Value> + 'static,
{
    fn into_raw(self, _name: &str) -> Rc<RawFn> {
        let f = self.0;
        Rc::new(move |interp: &mut Interp, args: &[Value], kwargs: KwArgs| {
            charge(interp)?;
            f(interp, args, kwargs)
        })
    }
}

//! Attributes of functions, code objects and cells, as CPython exposes them:
//! `f.__defaults__`, `f.__kwdefaults__`, `f.__annotations__`, `f.__closure__`,
//! `f.__code__.co_*`, `cell.cell_contents`, with CPython's checks when set.

use crate::compile::bytecode::{flags, Code};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// CPython's code flag values (`inspect.CO_*`).
mod co {
    pub const OPTIMIZED: i64 = 0x1;
    pub const NEWLOCALS: i64 = 0x2;
    pub const VARARGS: i64 = 0x4;
    pub const VARKEYWORDS: i64 = 0x8;
    pub const NESTED: i64 = 0x10;
    pub const GENERATOR: i64 = 0x20;
    pub const COROUTINE: i64 = 0x80;
    pub const ASYNC_GENERATOR: i64 = 0x200;
    pub const FUTURE_ANNOTATIONS: i64 = 0x100_0000;
}

/// The attribute `name` of a function, if it has one.
pub fn function_attr(f: &Function, name: &str) -> Option<Value> {
    Some(match name {
        "__name__" => Value::str(&f.name.borrow()),
        "__qualname__" => Value::str(&f.qualname.borrow()),
        "__code__" => Value::Code(f.code.clone()),
        "__globals__" => Value::Dict(f.globals.clone()),
        "__builtins__" => match f.globals.borrow().get_str("__builtins__") {
            Some(Value::Module(m)) => Value::Dict(m.dict.clone()),
            Some(d @ Value::Dict(_)) => d.clone(),
            _ => return None,
        },
        "__defaults__" => f.defaults.borrow().as_ref().map_or(Value::None, |d| Value::tuple(d.to_vec())),
        "__kwdefaults__" => f.kwdefaults.borrow().clone().map_or(Value::None, Value::Dict),
        "__annotations__" => f.annotations.borrow_mut().get_or_insert_with(|| Value::dict(Default::default())).clone(),
        "__closure__" => {
            if f.closure.is_empty() {
                Value::None
            } else {
                Value::tuple(f.closure.iter().map(|c| Value::Cell(c.clone())).collect())
            }
        }
        "__dict__" => {
            let mut d = f.dict.borrow_mut();
            Value::Dict(d.get_or_insert_with(Default::default).clone())
        }
        "__module__" => f.module.borrow().clone(),
        "__doc__" => f.doc.borrow().clone(),
        _ => return f.dict.borrow().as_ref().and_then(|d| d.borrow().get_str(name).cloned()),
    })
}

/// `f.name = v`, with CPython's type checks for the special attributes.
pub fn set_function_attr(interp: &mut Interp, f: &Function, name: &str, v: Value) -> PyResult<()> {
    match (name, &v) {
        ("__name__" | "__qualname__", _) => {
            let Some(s) = v.as_str() else {
                return Err(interp.type_error(format!("{name} must be set to a string object")));
            };
            let slot = if name == "__name__" { &f.name } else { &f.qualname };
            *slot.borrow_mut() = s.into();
        }
        ("__defaults__", Value::Tuple(t)) => *f.defaults.borrow_mut() = Some(t.to_vec().into()),
        ("__defaults__", Value::None) => *f.defaults.borrow_mut() = None,
        ("__defaults__", _) => return Err(interp.type_error("__defaults__ must be set to a tuple object")),
        ("__kwdefaults__", Value::Dict(d)) => *f.kwdefaults.borrow_mut() = Some(d.clone()),
        ("__kwdefaults__", Value::None) => *f.kwdefaults.borrow_mut() = None,
        ("__kwdefaults__", _) => return Err(interp.type_error("__kwdefaults__ must be set to a dict object")),
        ("__annotations__", Value::Dict(_)) => *f.annotations.borrow_mut() = Some(v),
        ("__annotations__", Value::None) => *f.annotations.borrow_mut() = None,
        ("__annotations__", _) => return Err(interp.type_error("__annotations__ must be set to a dict object")),
        ("__code__", Value::Code(_)) => {
            return Err(interp.type_error("replacing a function's __code__ is not supported"));
        }
        ("__code__", _) => return Err(interp.type_error("__code__ must be set to a code object")),
        ("__closure__" | "__globals__" | "__builtins__", _) => {
            return Err(interp.attribute_error("readonly attribute"));
        }
        ("__module__", _) => *f.module.borrow_mut() = v,
        ("__doc__", _) => *f.doc.borrow_mut() = v,
        ("__dict__", Value::Dict(d)) => *f.dict.borrow_mut() = Some(d.clone()),
        ("__dict__", _) => {
            let t = interp.type_name(&v);
            return Err(interp.type_error(format!("__dict__ must be set to a dictionary, not a '{t}'")));
        }
        _ => {
            let key = interp.intern(name);
            let mut d = f.dict.borrow_mut();
            d.get_or_insert_with(Default::default).borrow_mut().set_str_value(&key, v);
        }
    }
    Ok(())
}

/// `del f.name`: the special attributes go back to their empty state.
pub fn del_function_attr(interp: &mut Interp, f: &Function, name: &str) -> PyResult<()> {
    match name {
        "__name__" | "__qualname__" => {
            return Err(interp.type_error(format!("{name} must be set to a string object")));
        }
        "__defaults__" => *f.defaults.borrow_mut() = None,
        "__kwdefaults__" => *f.kwdefaults.borrow_mut() = None,
        "__annotations__" => *f.annotations.borrow_mut() = None,
        "__module__" => *f.module.borrow_mut() = Value::None,
        "__doc__" => *f.doc.borrow_mut() = Value::None,
        "__dict__" => return Err(interp.type_error("cannot delete __dict__")),
        "__code__" => return Err(interp.type_error("__code__ must be set to a code object")),
        "__closure__" | "__globals__" | "__builtins__" => return Err(interp.attribute_error("readonly attribute")),
        _ => {
            let removed = f.dict.borrow().as_ref().and_then(|d| d.borrow_mut().remove_str(name)).is_some();
            if !removed {
                return Err(interp.attribute_error(format!("'function' object has no attribute '{name}'")));
            }
        }
    }
    Ok(())
}

/// The attribute `name` of a code object, if it has one.
pub fn code_attr(c: &Code, name: &str) -> Option<Value> {
    let strs = |v: &[Rc<str>]| Value::tuple(v.iter().map(|n| Value::str(n)).collect());
    Some(match name {
        "co_name" => Value::str(&c.name),
        "co_qualname" => Value::str(&c.qualname),
        "co_filename" => Value::str(&c.source.name),
        "co_firstlineno" => Value::Int(c.source.line_of(c.first_offset) as i64),
        "co_argcount" => Value::Int(c.argcount as i64),
        "co_posonlyargcount" => Value::Int(c.posonlyargcount as i64),
        "co_kwonlyargcount" => Value::Int(c.kwonlyargcount as i64),
        "co_nlocals" => Value::Int(c.varnames.len() as i64),
        "co_varnames" => strs(&c.varnames),
        "co_cellvars" => strs(&c.cellvars),
        "co_freevars" => strs(&c.freevars),
        "co_names" => strs(&c.names),
        "co_consts" => Value::tuple(c.consts.clone()),
        "co_flags" => Value::Int(cpython_flags(c.flags)),
        _ => return None,
    })
}

/// A code object's flags in CPython's numbering.
fn cpython_flags(f: u32) -> i64 {
    let mut out = 0;
    if f & flags::NAMESPACE == 0 {
        out |= co::OPTIMIZED | co::NEWLOCALS;
        for (ours, theirs) in [
            (flags::VARARGS, co::VARARGS),
            (flags::VARKEYWORDS, co::VARKEYWORDS),
            (flags::NESTED, co::NESTED),
            (flags::GENERATOR, co::GENERATOR),
            (flags::COROUTINE, co::COROUTINE),
            (flags::ASYNC_GENERATOR, co::ASYNC_GENERATOR),
        ] {
            if f & ours != 0 {
                out |= theirs;
            }
        }
    }
    if f & flags::FUTURE_ANNOTATIONS != 0 {
        out |= co::FUTURE_ANNOTATIONS;
    }
    out
}

/// `cell.cell_contents`: the value, or ValueError for an empty cell.
pub fn cell_contents(interp: &mut Interp, cell: &RefCell<Value>) -> PyResult<Value> {
    match &*cell.borrow() {
        Value::Undefined => Err(interp.value_error("Cell is empty")),
        v => Ok(v.clone()),
    }
}

/// `cell.cell_contents = v` (`del` empties the cell: `v` is `Undefined`).
pub fn set_cell_attr(interp: &mut Interp, cell: &RefCell<Value>, name: &str, v: Value) -> PyResult<()> {
    if name != "cell_contents" {
        return Err(interp.attribute_error(format!("'cell' object has no attribute '{name}'")));
    }
    *cell.borrow_mut() = v;
    Ok(())
}

/// `repr(cell)`: `<cell at 0x...: int object at 0x...>` or `<cell at 0x...: empty>`.
pub fn cell_repr(interp: &mut Interp, cell: &Rc<RefCell<Value>>) -> String {
    let at = Rc::as_ptr(cell) as *const u8 as usize;
    let v = cell.borrow().clone();
    match v {
        Value::Undefined => format!("<cell at {at:#x}: empty>"),
        v => {
            let t = interp.type_name(&v);
            let addr = v.ptr().unwrap_or(at + 16);
            format!("<cell at {at:#x}: {t} object at {addr:#x}>")
        }
    }
}

/// `types.MethodType(func, obj)`: `func` bound to `obj`.
fn method_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(interp.type_error("method() takes no keyword arguments"));
    }
    super::check_args(interp, "method", args, 2, 2)?;
    if !interp.is_callable(&args[0]) {
        return Err(interp.type_error("first argument must be callable"));
    }
    if args[1].is_none() {
        return Err(interp.type_error("instance must not be None"));
    }
    Ok(BoundMethod::value(BoundMethod { func: args[0].clone(), receiver: args[1].clone() }))
}

/// Makes the `method` and `module` types callable (`types.MethodType`, `types.ModuleType`).
pub fn register(interp: &mut Interp) {
    let method = interp.types.method.clone();
    super::builtin_subclass::set_constructor(&method, method_new);
    let module = interp.types.module.clone();
    super::builtin_subclass::set_constructor(&module, module_new);
}

/// `types.ModuleType(name, doc=None)`: an empty module.
fn module_new(interp: &mut Interp, args: &[Value], kwargs: KwArgs) -> PyResult<Value> {
    let name = args.first().or_else(|| super::kwarg(kwargs, "name"));
    let doc = args.get(1).or_else(|| super::kwarg(kwargs, "doc")).cloned().unwrap_or(Value::None);
    let Some(name) = name else {
        return Err(interp.type_error("module.__init__() missing required argument 'name' (pos 1)"));
    };
    let Some(text) = name.builtin_value().as_str() else {
        let t = interp.type_name(name);
        return Err(interp.type_error(format!("module() argument 'name' must be str, not {t}")));
    };
    let mut d = crate::vm::dict::Dict::new();
    for (key, value) in
        [("__name__", name.clone()), ("__doc__", doc), ("__package__", Value::None), ("__loader__", Value::None), ("__spec__", Value::None)]
    {
        d.set_str(key, value);
    }
    Ok(Value::Module(Rc::new(Module { name: text.into(), dict: Rc::new(RefCell::new(d)) })))
}

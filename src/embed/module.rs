//! Native modules built by the host and importable by scripts.

use crate::embed::convert::IntoValue;
use crate::embed::native::{self, NativeFunction};
use crate::embed::{Error, Interpreter};
use crate::vm::dict::Dict;
use crate::vm::object::Module;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// Builds a native module: functions from Rust closures and constant values.
///
/// ```
/// let mut interp = coil::Interpreter::new();
/// interp
///     .module("geometry")
///     .function("area", |w: f64, h: f64| w * h)
///     .value("UNIT", "cm")
///     .register()
///     .unwrap();
/// interp.run("import geometry\nx = geometry.area(2, 3.5)\n", "<host>").unwrap();
/// assert_eq!(interp.get_global::<f64>("x").unwrap(), 7.0);
/// ```
pub struct ModuleBuilder<'a> {
    owner: &'a mut Interpreter,
    name: String,
    dict: Dict,
    error: Option<Error>,
}

impl Interpreter {
    /// Starts building the native module `name` (dotted names make submodules of
    /// an already registered parent).
    pub fn module(&mut self, name: &str) -> ModuleBuilder<'_> {
        let mut dict = Dict::new();
        dict.set_str("__name__", Value::str(name));
        ModuleBuilder { owner: self, name: name.to_string(), dict, error: None }
    }
}

impl<'a> ModuleBuilder<'a> {
    /// Adds a function made from a Rust closure (typed, or [`native::Raw`]).
    pub fn function<M>(mut self, name: &str, f: impl NativeFunction<M>) -> Self {
        let v = native::closure_value(&mut self.owner.interp, name, f.into_raw(name));
        self.dict.set_str(name, v);
        self
    }

    /// Adds a value.
    pub fn value(mut self, name: &str, v: impl IntoValue) -> Self {
        match self.owner.to_value(v) {
            Ok(v) => self.dict.set_str(name, v),
            Err(e) => self.error = self.error.take().or(Some(e)),
        }
        self
    }

    /// Makes the module importable (replacing one of the same name) and returns it.
    pub fn register(self) -> Result<Value, Error> {
        if let Some(e) = self.error {
            return Err(e);
        }
        let module =
            Value::Module(Rc::new(Module { name: self.name.as_str().into(), dict: Rc::new(RefCell::new(self.dict)) }));
        let interp = &mut self.owner.interp;
        if let Some(i) = self.name.rfind('.') {
            if let Some(Value::Module(parent)) = interp.modules.get(&self.name[..i]) {
                parent.dict.borrow_mut().set_str(&self.name[i + 1..], module.clone());
            }
        }
        interp.modules.insert(self.name, module.clone());
        crate::vm::import::sync_modules(interp);
        Ok(module)
    }
}

//! Opaque host objects: any Rust type implementing [`NativeObject`] can be
//! handed to scripts as `Rc<T>`, held and passed back, and downcast again.
//! Its `type_name` becomes the name of its class (`type(x).__name__`).

use crate::embed::convert::{ConvError, FromValue, IntoValue};
use crate::vm::interp::Interp;
use crate::vm::object::{NativeObject, PyResult};
use crate::vm::value::Value;
use std::rc::Rc;

impl<T: NativeObject> IntoValue for Rc<T> {
    fn into_value(self, interp: &mut Interp) -> PyResult<Value> {
        let name = self.type_name().to_string();
        if !interp.native_classes.contains_key(&name) {
            let class = crate::embed::native::native_class(interp, &name);
            interp.native_classes.insert(name, class);
        }
        Ok(Value::native(self))
    }
}

impl<T: NativeObject> FromValue for Rc<T> {
    fn from_value(_: &mut Interp, v: &Value) -> Result<Self, ConvError> {
        v.as_native().and_then(crate::vm::object::downcast_rc::<T>).ok_or(ConvError::Mismatch)
    }
    fn type_hint() -> String {
        let full = std::any::type_name::<T>();
        full.rsplit("::").next().unwrap_or(full).to_string()
    }
}

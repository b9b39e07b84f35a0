//! The `array` module: `array.array`, a sequence of numbers or characters
//! held packed as C values in one byte buffer ([`storage`] reads and writes
//! them), with its methods ([`methods`]), its sequence protocol and slicing
//! ([`sequence`]), its iterator ([`iter`]) and pickling ([`pickle`]). The
//! buffer is a `ByteArrayObj`, so memoryviews share it and count as exports
//! that forbid resizing, as in CPython.

pub mod iter;
pub mod methods;
pub mod pickle;
pub mod sequence;
pub mod storage;

use crate::vm::types::Exc;
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::rc::Rc;
use storage::Code;

/// An `array.array`: its typecode and its packed items.
pub struct ArrayObj {
    pub code: Code,
    pub store: Rc<ByteArrayObj>,
}

impl ArrayObj {
    /// A new array value holding `data` (whose length is a multiple of the item size).
    pub fn value(code: Code, data: Vec<u8>) -> Value {
        Value::native(Rc::new(ArrayObj { code, store: Rc::new(ByteArrayObj::new(data)) }))
    }
    /// Number of items.
    pub fn len(&self) -> usize {
        self.store.data.borrow().len() / self.code.itemsize()
    }
    /// Whether there are no items.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// BufferError unless the array may change size (no memoryview exports it).
    pub fn check_resizable(&self, interp: &mut Interp) -> PyResult<()> {
        if self.store.exports.get() > 0 {
            return Err(interp.new_error(Exc::BufferError, "cannot resize an array that is exporting buffers"));
        }
        Ok(())
    }
    /// Item `i` (in range) as a value.
    pub fn get(&self, interp: &mut Interp, i: usize) -> PyResult<Value> {
        let data = self.store.data.borrow();
        storage::load(interp, self.code, &data, i)
    }
    /// Every item as a value.
    pub fn items(&self, interp: &mut Interp) -> PyResult<Vec<Value>> {
        let data = self.store.data.borrow();
        (0..data.len() / self.code.itemsize()).map(|i| storage::load(interp, self.code, &data, i)).collect()
    }
}

impl NativeObject for ArrayObj {
    fn type_name(&self) -> &str {
        "array.array"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
    fn get_item(&self, interp: &mut Interp, key: &Value) -> Option<PyResult<Value>> {
        Some(sequence::getitem(interp, self, key))
    }
    fn set_item(&self, interp: &mut Interp, key: &Value, value: &Value) -> Option<PyResult<()>> {
        Some(sequence::setitem(interp, self, key, value))
    }
    fn del_item(&self, interp: &mut Interp, key: &Value) -> Option<PyResult<()>> {
        Some(sequence::delitem(interp, self, key))
    }
    fn operators_by_methods(&self) -> bool {
        true
    }
    fn buffer_export(&self) -> Option<(Rc<ByteArrayObj>, Rc<str>, usize)> {
        Some((self.store.clone(), Rc::from(self.code.format()), self.code.itemsize()))
    }
}

/// The array behind a value: an array, or an instance of a subclass of it.
pub fn as_array(v: &Value) -> Option<Rc<ArrayObj>> {
    match v.builtin_value() {
        Value::Native(n) => downcast_rc::<ArrayObj>(n),
        _ => None,
    }
}

/// The array a method was called on (its first argument).
pub fn receiver(interp: &mut Interp, args: &[Value], method: &str) -> PyResult<Rc<ArrayObj>> {
    if let Some(a) = args.first().and_then(as_array) {
        return Ok(a);
    }
    let got = args.first().map(|v| interp.type_name(v)).unwrap_or_else(|| "nothing".into());
    Err(interp.type_error(format!("descriptor '{method}' for 'array.array' objects doesn't apply to a '{got}' object")))
}

/// The class `array.array`, as registered.
pub fn array_class(interp: &Interp) -> Option<Rc<Class>> {
    interp.native_classes.get("array").cloned()
}

/// Adds a method whose receiver arrives as passed (an instance of a subclass
/// stays itself, so results can name its type or be it).
pub fn add_method(cls: &Rc<Class>, name: &str, func: NativeFn) {
    let method = BuiltinFunction { name: name.into(), func, bound: None, with_caller: None, on_builtin_value: false, sig: None };
    cls.dict.borrow_mut().set_str(name, Value::Builtin(Rc::new(method)));
}

/// Registers the `array` module and its types.
pub fn register(interp: &mut Interp) {
    let object = interp.types.object.clone();
    let cls = crate::vm::types::native_class(interp, "array", &object, "array");
    let it = crate::vm::types::native_class(interp, "arrayiterator", &object, "array");
    // Objects find their class by the type name messages use (CPython's tp_name).
    interp.native_classes.insert("array.array".into(), cls.clone());
    interp.native_classes.insert("array.arrayiterator".into(), it.clone());
    methods::register(&cls);
    sequence::register(&cls);
    pickle::register(&cls);
    iter::register(&it);
    let reconstructor = crate::objects::native("_array_reconstructor", pickle::array_reconstructor);
    let module = super::make_module(
        "array",
        &[],
        vec![
            ("array", Value::Class(cls.clone())),
            ("ArrayType", Value::Class(cls)),
            ("typecodes", Value::str(storage::TYPECODES)),
            ("_array_reconstructor", reconstructor),
        ],
    );
    interp.modules.insert("array".into(), module);
}

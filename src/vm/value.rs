//! `Value`, the 16-byte tagged value every part of the VM passes around:
//! immediates (None, bool, small int, float) inline, everything else behind an `Rc`.

use crate::compile::bytecode::Code;
use crate::vm::dict::Dict;
use crate::vm::object::*;
use crate::vm::set::SetData;
use num_bigint::BigInt;
use std::cell::RefCell;
use std::rc::Rc;

/// A language value. Hosts build and match the plain variants (`None`, `Bool`,
/// `Int`, `Float`) and use the constructors (`Value::str`, `Value::list`, ...);
/// the payloads of the other variants are the VM's own types.
#[derive(Clone, Default)]
pub enum Value {
    /// Internal marker: an unbound local slot, or "no self" after LoadMethod. Never visible to scripts.
    #[doc(hidden)]
    Undefined,
    #[default]
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// A complex number (two floats: kept behind an `Rc` so `Value` stays 16 bytes).
    Complex(Rc<Complex>),
    /// An integer outside the i64 range (always normalized: never fits in i64).
    BigInt(Rc<BigInt>),
    Str(Rc<PyStr>),
    Bytes(Rc<Vec<u8>>),
    ByteArray(Rc<ByteArrayObj>),
    MemoryView(Rc<MemoryViewObj>),
    Tuple(Rc<TupleObj>),
    List(Rc<ListObj>),
    Dict(Rc<RefCell<Dict>>),
    Set(Rc<RefCell<SetData>>),
    FrozenSet(Rc<SetData>),
    Range(Rc<RangeObj>),
    Slice(Rc<SliceObj>),
    Function(Rc<Function>),
    Builtin(Rc<BuiltinFunction>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Code(Rc<Code>),
    Cell(Rc<RefCell<Value>>),
    /// Generators, coroutines and async generators.
    Generator(Rc<Generator>),
    /// Iterators implemented in Rust (list_iterator, range_iterator, zip, map, ...).
    Iterator(Rc<RefCell<NativeIter>>),
    /// property / classmethod / staticmethod / super and other small descriptor objects.
    Descriptor(Rc<Descriptor>),
    /// Host and runtime objects (futures, tasks, loops, ...). The double `Rc` keeps
    /// `Value` at 16 bytes (a `dyn` pointer is two words); build with `Value::native`.
    Native(Rc<Rc<dyn NativeObject>>),
}

impl Value {
    /// A str value.
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s.to_string())))
    }
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    /// A string known to be ASCII, without scanning it again.
    pub fn ascii_string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::ascii(s)))
    }
    /// An int from a big integer, normalized to `Int` when it fits.
    pub fn bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }
    /// A complex value.
    pub fn complex(re: f64, im: f64) -> Value {
        Value::Complex(Rc::new(Complex { re, im }))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        let t = Rc::new(TupleObj(items, Default::default()));
        crate::vm::gc::track_tuple(&t);
        Value::Tuple(t)
    }
    pub fn list(items: Vec<Value>) -> Value {
        let l = Rc::new(ListObj(RefCell::new(items), Default::default()));
        crate::vm::gc::track_list(&l);
        Value::List(l)
    }
    /// A set value.
    pub(crate) fn set(data: SetData) -> Value {
        let s = Rc::new(RefCell::new(data));
        crate::vm::gc::track(crate::vm::gc::Node::Set(Rc::downgrade(&s)));
        Value::Set(s)
    }
    /// A runtime or host object.
    pub fn native(obj: Rc<dyn NativeObject>) -> Value {
        Value::Native(Rc::new(obj))
    }
    /// The runtime object inside a `Native` value.
    pub fn as_native(&self) -> Option<&Rc<dyn NativeObject>> {
        match self {
            Value::Native(n) => Some(n),
            _ => None,
        }
    }
    pub fn bytes(b: Vec<u8>) -> Value {
        Value::Bytes(Rc::new(b))
    }
    pub fn bytearray(b: Vec<u8>) -> Value {
        Value::ByteArray(Rc::new(ByteArrayObj::new(b)))
    }
    pub(crate) fn dict(d: Dict) -> Value {
        let d = Rc::new(RefCell::new(d));
        crate::vm::gc::track_dict(&d);
        Value::Dict(d)
    }
    pub(crate) fn code(c: Rc<Code>) -> Value {
        Value::Code(c)
    }
    #[doc(hidden)]
    pub fn as_code(&self) -> Option<&Rc<Code>> {
        match self {
            Value::Code(c) => Some(c),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }
    /// The builtin value an instance of a builtin type's subclass carries (the int
    /// of `class I(int)`), or the value itself.
    #[inline]
    pub(crate) fn builtin_value(&self) -> &Value {
        match self {
            Value::Instance(i) => i.base.as_ref().unwrap_or(self),
            _ => self,
        }
    }
    /// The builtin value of an instance of a builtin type's subclass.
    #[inline]
    pub(crate) fn builtin_value_of_instance(&self) -> Option<&Value> {
        match self {
            Value::Instance(i) => i.base.as_ref(),
            _ => None,
        }
    }
    /// Whether this is an instance of a builtin type's subclass.
    #[inline]
    pub(crate) fn has_builtin_value(&self) -> bool {
        matches!(self, Value::Instance(i) if i.base.is_some())
    }
    /// `clone` with the immediates handled inline (the general clone is out of line).
    #[inline(always)]
    pub(crate) fn fast_clone(&self) -> Value {
        if self.is_immediate() {
            // SAFETY: an immediate owns no heap object, so a bitwise copy is a full clone
            // (and dropping either copy is a no-op).
            unsafe { std::ptr::read(self) }
        } else {
            self.clone()
        }
    }
    /// Whether the value owns no heap object (dropping it is a no-op).
    #[inline(always)]
    pub(crate) fn is_immediate(&self) -> bool {
        matches!(
            self,
            Value::Undefined
                | Value::None
                | Value::NotImplemented
                | Value::Ellipsis
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
        )
    }
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    /// True when both are the same object (or equal immediates), as `is`.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Undefined, Undefined) | (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.ptr(), other.ptr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }
    /// The address of the heap object, if any (for `is` and `id`).
    pub(crate) fn ptr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Complex(r) => Rc::as_ptr(r) as *const u8 as usize,
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            ByteArray(r) => Rc::as_ptr(r) as *const u8 as usize,
            MemoryView(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) => Rc::as_ptr(r) as *const u8 as usize,
            FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Builtin(r) => Rc::as_ptr(r) as *const u8 as usize,
            BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Iterator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Descriptor(r) => Rc::as_ptr(r) as *const u8 as usize,
            Native(r) => Rc::as_ptr(&**r) as *const u8 as usize,
            _ => return Option::None,
        })
    }
    /// A short description for disassembly listings (not Python's repr).
    #[doc(hidden)]
    pub fn debug_repr(&self) -> String {
        match self {
            Value::None => "None".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => b.to_string(),
            Value::Float(f) => crate::objects::format::float_repr(*f),
            Value::Complex(c) => crate::objects::format::complex_repr(c.re, c.im),
            Value::Str(s) => format!("{:?}", s.as_str()),
            Value::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
            Value::Tuple(t) => format!("({})", t.iter().map(|v| v.debug_repr()).collect::<Vec<_>>().join(", ")),
            Value::Code(c) => format!("<code {}>", c.qualname),
            Value::Ellipsis => "Ellipsis".into(),
            _ => "<object>".into(),
        }
    }
}

/// Drops `v`, running drop glue only when it owns a heap object (the common
/// immediates cost nothing).
#[inline(always)]
pub fn discard(v: Value) {
    if v.is_immediate() {
        std::mem::forget(v);
    } else {
        drop(v);
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.debug_repr())
    }
}

#[cfg(test)]
mod tests {
    /// Values stay two words: a tag and a payload.
    #[test]
    fn value_is_16_bytes() {
        assert_eq!(std::mem::size_of::<super::Value>(), 16);
        assert_eq!(std::mem::size_of::<crate::compile::bytecode::Instr>(), 8);
    }
}

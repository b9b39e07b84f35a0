//! The heap object types behind `Value`: strings, containers, functions,
//! classes, instances, modules, generators and native iterators.

use crate::compile::bytecode::Code;
use crate::vm::dict::Dict;
use crate::vm::frame::Frame;
use crate::vm::interp::Interp;
use crate::vm::run::Outcome;
use crate::vm::value::Value;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub use crate::vm::buffers::{ByteArrayObj, MemoryViewObj};
pub use crate::vm::set::SetData;

/// The storage of a list; dropping it releases items without recursion.
pub struct ListObj(pub RefCell<Vec<Value>>, pub crate::vm::gc::GcSlot);

impl std::ops::Deref for ListObj {
    type Target = RefCell<Vec<Value>>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl Drop for ListObj {
    fn drop(&mut self) {
        crate::vm::release::release(std::mem::take(self.0.get_mut()));
    }
}

/// The items of a tuple; dropping it releases items without recursion.
pub struct TupleObj(pub Vec<Value>, pub crate::vm::gc::GcSlot);

impl std::ops::Deref for TupleObj {
    type Target = Vec<Value>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl Drop for TupleObj {
    fn drop(&mut self) {
        crate::vm::release::release(std::mem::take(&mut self.0));
    }
}

/// A result whose error is a raised exception instance.
pub type PyResult<T> = Result<T, Value>;

/// An immutable Unicode string with a cached hash and character count.
pub struct PyStr {
    s: String,
    /// Number of chars; equals the byte length when the string is ASCII.
    chars: usize,
    hash: Cell<u64>,
}

impl PyStr {
    pub fn new(s: String) -> PyStr {
        let chars = if s.is_ascii() { s.len() } else { s.chars().count() };
        PyStr { s, chars, hash: Cell::new(0) }
    }
    /// A string known to be ASCII (its character count is its length).
    pub fn ascii(s: String) -> PyStr {
        debug_assert!(s.is_ascii());
        let chars = s.len();
        PyStr { s, chars, hash: Cell::new(0) }
    }
    pub fn as_str(&self) -> &str {
        &self.s
    }
    pub fn char_len(&self) -> usize {
        self.chars
    }
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }
    /// Python's order of strings: by code point, lone surrogates (held as
    /// stand-ins, see `crate::codepoint`) where their code points put them.
    pub fn cmp_text(&self, other: &PyStr) -> std::cmp::Ordering {
        let order = self.s.cmp(&other.s);
        if order.is_eq() || (self.is_ascii() && other.is_ascii()) {
            return order;
        }
        if !crate::codepoint::has_surrogates(&self.s) && !crate::codepoint::has_surrogates(&other.s) {
            return order;
        }
        self.s.chars().map(crate::codepoint::code_point).cmp(other.s.chars().map(crate::codepoint::code_point))
    }
    /// The hash, computed once.
    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = crate::vm::dict::str_hash(&self.s);
        self.hash.set(h);
        h
    }
}

/// `range(start, stop, step)`.
/// A `range`: bounds are int values (`Int`, or `BigInt` past i64); the
/// arithmetic lives in `objects::range`.
#[derive(Debug, Clone)]
pub struct RangeObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A `complex` value: real and imaginary parts.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Complex {
    pub re: f64,
    pub im: f64,
}

impl Complex {
    pub fn new(re: f64, im: f64) -> Complex {
        Complex { re, im }
    }
}

/// `slice(start, stop, step)`.
pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A function defined in the language.
pub struct Function {
    pub code: Rc<Code>,
    pub globals: Rc<RefCell<Dict>>,
    /// Defaults of the last positional parameters (`__defaults__`, settable).
    pub defaults: RefCell<Option<Rc<[Value]>>>,
    /// Defaults of keyword-only parameters, by name (`__kwdefaults__`, settable).
    pub kwdefaults: RefCell<Option<Rc<RefCell<Dict>>>>,
    /// `__annotations__`: a dict, made empty on first read when the function has none.
    pub annotations: RefCell<Option<Value>>,
    pub closure: Vec<Rc<RefCell<Value>>>,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    /// Attributes set on the function (`__doc__`, `__wrapped__`, ...).
    pub dict: RefCell<Option<Rc<RefCell<Dict>>>>,
    /// `__module__`: the defining module's `__name__` (settable).
    pub module: RefCell<Value>,
    /// `__doc__` (settable; the docstring is stored into it when the function is made).
    pub doc: RefCell<Value>,
    pub gc_slot: crate::vm::gc::GcSlot,
}

/// Keyword arguments passed to a native function.
pub type KwArgs<'a> = &'a [(Rc<str>, Value)];

/// The Rust signature of a builtin: positional arguments (including `self` for
/// methods) and keyword arguments.
pub type NativeFn = fn(&mut crate::vm::interp::Interp, &[Value], KwArgs) -> PyResult<Value>;

/// A function implemented in Rust.
pub struct BuiltinFunction {
    pub name: Rc<str>,
    pub func: NativeFn,
    /// For a method of a builtin type, the bound receiver.
    pub bound: Option<Value>,
    /// For builtins that need the calling frame (`eval`, `exec`, `compile`,
    /// `sys._getframe`): the entry point the dispatch loop calls with the running
    /// frame. `func` stays the entry point for calls from Rust, without a frame.
    pub with_caller: Option<CallerFn>,
    /// A method of a builtin type (int, str, list...): called with an instance of a
    /// subclass as its first argument, it receives the instance's builtin value.
    pub on_builtin_value: bool,
    /// The declared parameters, checked before `func` runs (`vm/signature.rs`).
    pub sig: Option<Rc<crate::vm::signature::Signature>>,
}

/// A builtin's entry point that also receives the frame calling it.
pub type CallerFn = fn(&mut crate::vm::interp::Interp, &Frame, &[Value], KwArgs) -> PyResult<Value>;

/// A function bound to its first argument.
pub struct BoundMethod {
    pub func: Value,
    pub receiver: Value,
}

impl BoundMethod {
    /// The method as a value (registered with the cycle collector).
    pub fn value(m: BoundMethod) -> Value {
        let m = Rc::new(m);
        crate::vm::gc::track(crate::vm::gc::Node::BoundMethod(Rc::downgrade(&m)));
        Value::BoundMethod(m)
    }
}

/// Which builtin layout the instances of a class have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClassKind {
    /// An ordinary class; instances are `Value::Instance`.
    Object,
    /// BaseException and its subclasses; instances carry `ExcData`.
    Exception,
    /// A builtin type whose values are not instances (int, str, list, ...).
    Builtin,
}

/// A class (also a builtin type).
pub struct Class {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub bases: Vec<Rc<Class>>,
    /// Method resolution order, excluding the class itself.
    pub mro: Vec<Rc<Class>>,
    pub dict: Rc<RefCell<Dict>>,
    pub kind: ClassKind,
    /// The module name, for repr.
    pub module: Rc<str>,
    /// Set when the class (or a base) defines `__getattr__`, `__eq__`, ... : cached lookups.
    pub flags: Cell<u32>,
    /// `__init__` as found through the MRO, valid while `Interp::class_epoch` is the
    /// recorded one (see `Interp::class_init`).
    pub init_cache: RefCell<Option<(u64, Option<Value>)>>,
    /// The metaclass when it is not `type` (a subclass of `type` given by `metaclass=`
    /// or inherited from a base).
    pub meta: Option<Rc<Class>>,
    /// The classes that name this one among their bases (`__subclasses__()`).
    pub subclasses: RefCell<Vec<std::rc::Weak<Class>>>,
    /// `__name__` and `__qualname__` as assigned after creation (shown by
    /// `cls.__name__`, `cls.__qualname__` and `repr(cls)`).
    pub renamed: RefCell<Option<(Rc<str>, Rc<str>)>>,
    /// For a builtin type whose instances a class statement may extend (int, str,
    /// list...): builds a value from the arguments of `T(...)`.
    pub ctor: Cell<Option<NativeFn>>,
    /// Whether a subclass's instance starts from the empty value (`T()`) and its
    /// `__init__` fills it (list, dict, set, the io classes), rather than being
    /// built from `__new__`'s arguments (int, str, tuple).
    pub init_fills: Cell<bool>,
    pub gc_slot: crate::vm::gc::GcSlot,
}

impl Drop for Class {
    fn drop(&mut self) {
        if self.flags.get() & crate::vm::weakref::WEAKREF_SELF != 0 {
            crate::vm::weakref::on_death(self as *const Class as usize);
        }
    }
}

impl Class {
    /// `__name__`, as last assigned.
    pub fn current_name(&self) -> Rc<str> {
        match &*self.renamed.borrow() {
            Some((n, _)) => n.clone(),
            None => self.name.clone(),
        }
    }
    /// `__qualname__`, as last assigned.
    pub fn current_qualname(&self) -> Rc<str> {
        match &*self.renamed.borrow() {
            Some((_, q)) => q.clone(),
            None => self.qualname.clone(),
        }
    }
}

/// One frame an exception passed through: its code, the instruction that was
/// running, the frame's identity and its globals.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<Code>,
    pub pc: u32,
    pub frame_id: u64,
    pub globals: Rc<RefCell<crate::vm::dict::Dict>>,
}

/// Per-instance exception state.
#[derive(Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    /// Frames the exception passed through, innermost first.
    pub traceback: Vec<TbEntry>,
    /// The `__traceback__` objects made so far for the first N entries and
    /// the head of their chain (see `objects::traceback`).
    pub tb_objects: Option<(usize, Value)>,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
}

/// An instance of a user class.
pub struct Instance {
    pub class: Rc<Class>,
    pub dict: Rc<RefCell<Dict>>,
    /// Boxed so that ordinary instances stay small.
    pub exc: Option<Box<RefCell<ExcData>>>,
    /// For an instance of a subclass of a builtin type (`class L(list)`), the builtin
    /// value the type's methods and operators work on (the list, int, str...).
    pub base: Option<Value>,
    /// Whether `__del__` already ran (it runs once, PEP 442).
    pub finalized: Cell<bool>,
    pub gc_slot: crate::vm::gc::GcSlot,
}

impl Drop for Instance {
    /// Reports the death of an instance that may have weak references with
    /// callbacks, and hands one whose class defines `__del__` to the collector,
    /// which runs it at the next safe point (one flag test otherwise).
    #[inline]
    fn drop(&mut self) {
        let flags = self.class.flags.get();
        if flags & (crate::vm::weakref::WEAKREF_WATCH | crate::vm::types::HAS_DEL) != 0 {
            self.on_death(flags);
        }
    }
}

impl Instance {
    /// An instance of `class` with `dict` as its `__dict__`.
    pub fn new(class: Rc<Class>, dict: Rc<RefCell<crate::vm::dict::Dict>>, exc: Option<Box<RefCell<ExcData>>>, base: Option<Value>) -> Rc<Instance> {
        let inst = Rc::new(Instance { class, dict, exc, base, finalized: Cell::new(false), gc_slot: Default::default() });
        crate::vm::gc::track_instance(&inst);
        inst
    }

    #[cold]
    #[inline(never)]
    fn on_death(&mut self, flags: u32) {
        if flags & crate::vm::weakref::WEAKREF_WATCH != 0 {
            crate::vm::weakref::on_death(self as *const Instance as usize);
        }
        if flags & crate::vm::types::HAS_DEL != 0 && !self.finalized.get() {
            crate::vm::gc::resurrect_for_del(self);
        }
    }
}

impl Instance {
    /// The builtin value of an instance of a builtin type's subclass.
    #[inline]
    pub fn builtin_base(&self) -> Option<&Value> {
        self.base.as_ref()
    }
}

/// A module object.
pub struct Module {
    pub name: Rc<str>,
    pub dict: Rc<RefCell<Dict>>,
}

/// What kind of suspendable frame a `Generator` wraps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

/// Where a coroutine was created: the code and line of each calling frame, innermost first.
pub type Origin = Vec<(Rc<Code>, u32)>;

/// A generator, coroutine or async generator: a suspended frame.
pub struct Generator {
    pub kind: GenKind,
    /// The frame while suspended; `None` while running or after it finished.
    pub frame: RefCell<Option<Box<Frame>>>,
    pub running: Cell<bool>,
    /// An async generator with an `asend`/`athrow` in progress (it may be
    /// suspended at an inner await meanwhile); CPython's `ag_running_async`.
    pub running_async: Cell<bool>,
    pub finished: Cell<bool>,
    /// Whether it was ever started (for "never awaited" warnings).
    pub started: Cell<bool>,
    /// The code it runs (whose names are its `__name__` and `__qualname__`).
    pub code: Rc<Code>,
    /// Where a coroutine or async generator reports its death (never awaited, abandoned).
    pub finalizer: Option<Rc<crate::vm::finalize::FinalizeQueue>>,
    /// Where a coroutine was created (code and line of each calling frame,
    /// innermost first), when origin tracking was on: its `cr_origin`.
    pub origin: Option<Box<Origin>>,
    pub gc_slot: crate::vm::gc::GcSlot,
}

impl Generator {
    pub fn name(&self) -> &Rc<str> {
        &self.code.name
    }
    pub fn qualname(&self) -> &Rc<str> {
        &self.code.qualname
    }
}

impl Drop for Generator {
    /// Only queues plain data; the interpreter handles it at a safe point.
    fn drop(&mut self) {
        if let Some(q) = self.finalizer.take() {
            q.on_drop(self);
        }
    }
}

/// Descriptors and small helper objects.
pub enum Descriptor {
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
    },
    ClassMethod(Value),
    StaticMethod(Value),
    /// `super(cls, obj)`: lookups start after `cls` in type(obj)'s MRO.
    Super {
        cls: Rc<Class>,
        obj: Value,
    },
}

/// What a dict view (`keys()`, `values()`, `items()`) or its iterator gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    /// `(key, value)` tuples.
    Items,
}

/// State of an iterator implemented in Rust.
pub enum NativeIter {
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Iterates the keys, values or items of a dict, which must keep its size.
    DictIter {
        dict: Rc<RefCell<Dict>>,
        index: usize,
        kind: DictViewKind,
        len: usize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    Reversed {
        seq: Value,
        index: usize,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// An iterator over precomputed values.
    Values {
        items: Vec<Value>,
        index: usize,
    },
    /// A finished iterator, keeping the type name it had (`list_iterator`...).
    Exhausted(&'static str),
}

/// Objects implemented in Rust by a library layer or a host (futures, tasks,
/// loops, ...). The provided methods are how the VM drives the awaitable ones
/// without knowing the library that made them.
pub trait NativeObject: Any {
    /// The type name used in error messages and reprs.
    fn type_name(&self) -> &str;
    fn as_any(&self) -> &dyn Any;
    /// A native awaitable stepped like a coroutine (`sleep()`, a future's iterator,
    /// an async generator's `__anext__`); `None` for every other object.
    fn as_coroutine(&self) -> Option<&dyn NativeCoroutine> {
        None
    }
    /// For an object `await` accepts without it being a coroutine itself (a
    /// Future): the iterator that `await` drives. `this` is the object itself.
    fn await_iter(&self, this: &Rc<dyn NativeObject>) -> Option<Value> {
        let _ = this;
        None
    }
    /// The value that code other than a Task receives when this object is yielded
    /// (an unclaimed `Event.wait()` becomes the Future CPython would yield); `None`
    /// passes the object on unchanged.
    fn materialize(&self) -> Option<Value> {
        None
    }
    /// `next()` done natively, for iterators a loop steps often (a file's
    /// lines): `Some(Ok(None))` at the end; `None` means "call `__next__`".
    fn iter_next(&self, interp: &mut Interp) -> Option<PyResult<Option<Value>>> {
        let _ = interp;
        None
    }
    /// `self[key]` done natively (a sequence's subscript without a method
    /// lookup); `None` means the type does not support it.
    fn get_item(&self, interp: &mut Interp, key: &Value) -> Option<PyResult<Value>> {
        let _ = (interp, key);
        None
    }
    /// `self[key] = value` done natively; `None` when unsupported.
    fn set_item(&self, interp: &mut Interp, key: &Value, value: &Value) -> Option<PyResult<()>> {
        let _ = (interp, key, value);
        None
    }
    /// `del self[key]` done natively; `None` when unsupported.
    fn del_item(&self, interp: &mut Interp, key: &Value) -> Option<PyResult<()>> {
        let _ = (interp, key);
        None
    }
    /// For an object that exports a buffer (`array.array`): the bytes it
    /// shares with memoryviews, their format and item size.
    fn buffer_export(&self) -> Option<(Rc<ByteArrayObj>, Rc<str>, usize)> {
        None
    }
    /// Whether operators (`+`, `==`, `<`, ...) go through the dunder methods
    /// of the object's class, as for instances of user classes.
    fn operators_by_methods(&self) -> bool {
        false
    }
    /// Whether the cycle collector should track objects of this type (then
    /// `gc_traverse` and `gc_clear` must be implemented; see `vm::gc_traverse`).
    fn gc_tracked(&self) -> bool {
        false
    }
    /// Reports each value this object holds a strong reference to, once.
    fn gc_traverse(&self, visit: &mut dyn FnMut(&Value)) {
        let _ = visit;
    }
    /// Drops the references this object can let go of, to break a cycle of garbage.
    fn gc_clear(&self) {}
    /// Where the collector keeps the object's place during a collection (objects
    /// without one are found through a map, which costs more).
    fn gc_slot(&self) -> Option<&crate::vm::gc::GcSlot> {
        None
    }
    /// Finalization of an object the collector found unreachable, before any of
    /// the garbage is cleared (PEP 442); `this` is the object. Whether language
    /// code ran (the collector then checks for resurrection).
    fn gc_finalize(&self, interp: &mut Interp, this: &Rc<dyn NativeObject>) -> bool {
        let _ = (interp, this);
        false
    }
    /// The slot of the object's `__dict__` (None until an attribute is set, then a
    /// dict), for a native type whose objects take attributes of their own (which
    /// then shadow the class's, methods included); None for the others.
    fn attr_slot(&self) -> Option<&RefCell<Value>> {
        None
    }
}

/// An attribute set on a native object itself (see `NativeObject::attr_slot`).
#[inline]
pub fn native_own_attr(n: &dyn NativeObject, name: &str) -> Option<Value> {
    match &*n.attr_slot()?.borrow() {
        Value::Dict(d) => d.borrow().get_str(name).cloned(),
        _ => None,
    }
}

/// The coroutine protocol of a native awaitable, as the VM and Tasks step it.
pub trait NativeCoroutine {
    /// One step: a sent value or a thrown exception in, a yield or a return out.
    /// `this` is the object itself, for implementations that need their `Rc`.
    fn step(
        &self,
        interp: &mut Interp,
        this: &Rc<dyn NativeObject>,
        sent: Value,
        throw: Option<Value>,
    ) -> PyResult<Outcome>;
    /// `close()`: a waiting awaitable leaves what it waits on.
    fn close(&self, interp: &mut Interp);
    /// Whether a Task accepts it as its coroutine (a future's iterator can be
    /// stepped but is not a coroutine).
    fn is_coroutine(&self) -> bool {
        true
    }
}

/// The concrete `Rc<T>` behind a native object, when it is a `T`.
pub fn downcast_rc<T: NativeObject>(n: &Rc<dyn NativeObject>) -> Option<Rc<T>> {
    let any = n.as_any();
    // `as_any` must return the object itself for the pointer cast below to be sound.
    if !any.is::<T>() || any as *const dyn Any as *const u8 != Rc::as_ptr(n) as *const u8 {
        return None;
    }
    let raw = Rc::into_raw(n.clone()) as *const T;
    // SAFETY: the checks above prove the trait object's data pointer is a `T` living in an
    // allocation made as `Rc<T>` (then unsized to `Rc<dyn NativeObject>`), so rebuilding the
    // typed `Rc` from the same pointer restores the original, with the count taken by `clone`.
    Some(unsafe { Rc::from_raw(raw) })
}

//! Calling: binding arguments to parameters, making functions, instantiating
//! classes, and the two ways in: from the dispatch loop (pushing a frame) and
//! from Rust (`call_value`, which runs a nested loop).

use crate::compile::bytecode::{flags, Code};
use crate::vm::dict::Dict;
use crate::vm::frame::{Frame, ReturnTo};
use crate::vm::interp::Interp;
use crate::vm::object::*;
use crate::vm::value::Value;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Keyword arguments as (name, value) pairs.
pub type Kwargs = Vec<(Rc<str>, Value)>;

/// Moves the top `nargs` values of `f`'s stack after the locals already in `g`
/// (none, or `self`), then marks `g`'s remaining locals unset.
#[inline(always)]
fn move_args(f: &mut Frame, g: &mut Frame, nargs: usize) {
    let start = f.slots.len() - nargs;
    g.slots.reserve(g.nlocals + 6);
    // SAFETY: the values are moved bitwise (a loop: short runs are slower through
    // memcpy) and the caller's stack then forgets them, so none is dropped twice.
    unsafe {
        for i in 0..nargs {
            crate::vm::frame::push_fast(&mut g.slots, std::ptr::read(f.slots.as_ptr().add(start + i)));
        }
        f.slots.set_len(start);
    }
    for _ in g.slots.len()..g.nlocals {
        crate::vm::frame::push_fast(&mut g.slots, Value::Undefined);
    }
}

/// Whether a call with `nargs` positional arguments fills exactly the parameters
/// (no defaults needed, no `*args`, `**kwargs` or keyword-only parameters) and runs
/// the body at once (not a generator or coroutine).
#[inline(always)]
fn takes_exactly(code: &Code, nargs: usize) -> bool {
    let special = flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR;
    code.argcount as usize == nargs && code.flags & special == 0 && code.kwonlyargcount == 0
}

/// The defaults that complete a call of `func` with `nargs` positional arguments
/// and no keywords, when binding needs nothing else (fewer arguments than
/// parameters, enough defaults, no `*args`, `**kwargs` or keyword-only
/// parameters, not a generator or coroutine); None when the general binding must decide.
#[inline(never)]
fn trailing_defaults(func: &Function, nargs: usize) -> Option<Rc<[Value]>> {
    let code = &func.code;
    let special = flags::VARARGS | flags::VARKEYWORDS | flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR;
    if code.flags & special != 0 || code.kwonlyargcount != 0 {
        return None;
    }
    let missing = (code.argcount as usize).checked_sub(nargs).filter(|m| *m > 0)?;
    let defaults = func.defaults.borrow().clone()?;
    (missing <= defaults.len()).then_some(defaults)
}

/// Puts the last defaults into the parameters after the `nargs` arguments `move_args` moved.
#[inline(never)]
fn fill_defaults(g: &mut Frame, nargs: usize, argc: usize, defaults: &[Value]) {
    let used = &defaults[defaults.len() - (argc - nargs)..];
    for (slot, v) in g.slots[nargs..argc].iter_mut().zip(used) {
        *slot = v.clone();
    }
}

impl Interp {
    /// Calls any callable from Rust and returns its result (runs language code to completion).
    pub fn call_value(&mut self, callee: Value, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        match &callee {
            Value::Builtin(b) => {
                if b.on_builtin_value && matches!(args.first(), Some(Value::Instance(i)) if i.base.is_some()) {
                    if let Some(sig) = &b.sig {
                        sig.check(self, &args, &kwargs)?;
                    }
                    return self.call_on_builtin_value(b.func, args, kwargs);
                }
                let func = b.func;
                match &b.bound {
                    Some(recv) => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(recv.clone());
                        full.extend(args);
                        if let Some(sig) = &b.sig {
                            sig.check(self, &full, &kwargs)?;
                        }
                        self.nested_native(|i| func(i, &full, &kwargs))
                    }
                    None => {
                        if let Some(sig) = &b.sig {
                            sig.check(self, &args, &kwargs)?;
                        }
                        self.nested_native(|i| func(i, &args, &kwargs))
                    }
                }
            }
            Value::Function(func) => {
                let func = func.clone();
                let frame = self.function_frame(&func, args, kwargs, ReturnTo::Native)?;
                if func.code.is_generator_like() {
                    return Ok(self.make_generator(&func.code, frame));
                }
                self.run_frame(frame)
            }
            Value::BoundMethod(m) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(m.receiver.clone());
                full.extend(args);
                self.call_value(m.func.clone(), full, kwargs)
            }
            Value::Class(cls) => {
                let cls = cls.clone();
                if cls.meta.is_some() || cls.flags.get() & crate::vm::types::IS_TYPE != 0 {
                    return self.call_class_with_meta(&cls, args, kwargs, None);
                }
                let (obj, init) = self.instantiate(&cls, &args, &kwargs)?;
                if let Some(init) = init {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(obj.clone());
                    full.extend(args);
                    let r = self.call_value(init, full, kwargs)?;
                    if !r.is_none() {
                        let t = self.type_name(&r);
                        return Err(self.type_error(format!("__init__() should return None, not '{t}'")));
                    }
                }
                Ok(obj)
            }
            _ => {
                if let Some(call) = self.lookup_special(&callee, "__call__") {
                    // `__call__` may itself be an object with a `__call__` (`A.__call__ = A()`):
                    // each level is a native recursion, bounded as RecursionError.
                    return self.nested_native(|i| i.call_value(call, args, kwargs));
                }
                let t = self.type_name(&callee);
                Err(self.type_error(format!("'{t}' object is not callable")))
            }
        }
    }

    /// A builtin type's constructor called with keywords: the keywords its
    /// declared signature does not accept are an error.
    #[cold]
    fn check_ctor_kwargs(&mut self, cls: &Rc<Class>, args: &[Value], kwargs: &Kwargs) -> PyResult<()> {
        match self.ctor_sigs.get(&(Rc::as_ptr(cls) as usize)).cloned() {
            Some(sig) => sig.check(self, args, kwargs),
            None => Ok(()),
        }
    }

    /// `callable(v)`: whether calling `v` can succeed.
    pub(crate) fn is_callable(&mut self, v: &Value) -> bool {
        match v {
            Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Class(_) => true,
            Value::Instance(_) | Value::Native(_) => self.lookup_special(v, "__call__").is_some(),
            _ => false,
        }
    }

    /// Runs `call`, a native call made from Rust, one level deeper on the Rust stack:
    /// natives calling natives (a builtin method reached through a subclass's lookup,
    /// a `__repr__` that is another type's `__str__`) recurse there, so they are
    /// bounded like language frames, as RecursionError.
    fn nested_native(&mut self, call: impl FnOnce(&mut Self) -> PyResult<Value>) -> PyResult<Value> {
        if self.native_depth >= crate::vm::run::MAX_NATIVE_DEPTH || crate::vm::stack_guard::exhausted() {
            return Err(self.recursion_error());
        }
        self.native_depth += 1;
        let r = call(self);
        self.native_depth -= 1;
        r
    }

    /// A builtin type's method called on an instance of a subclass: the method works
    /// on the instance's builtin value, and a method that returns its receiver
    /// (`list.__iadd__`, `dict.__ior__`) returns the instance.
    fn call_on_builtin_value(&mut self, func: NativeFn, mut args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        let Value::Instance(inst) = &args[0] else { unreachable!("checked by the caller") };
        let Some(base) = inst.base.clone() else { unreachable!("checked by the caller") };
        let instance = std::mem::replace(&mut args[0], base.clone());
        let r = self.nested_native(|i| func(i, &args, &kwargs))?;
        let mutable = matches!(base, Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::ByteArray(_));
        Ok(if mutable && r.is(&base) { instance } else { r })
    }

    /// The fast path of a call: when the value at `callee_at` is a plain function taking
    /// exactly the `nargs` values above it, they become the locals of its new running
    /// frame. None when the call needs the general path.
    #[inline(always)]
    pub(crate) fn try_push_function_frame(
        &mut self,
        f: &mut Box<Frame>,
        callee_at: usize,
        nargs: usize,
    ) -> Option<PyResult<()>> {
        let Value::Function(func) = &f.slots[callee_at] else { return None };
        let defaults = if takes_exactly(&func.code, nargs) { None } else { Some(trailing_defaults(func, nargs)?) };
        let argc = func.code.argcount as usize;
        let mut g = self.new_frame_for(&func.code, &func.globals, ReturnTo::Caller);
        move_args(f, &mut g, nargs);
        if let Some(d) = defaults {
            fill_defaults(&mut g, nargs, argc, &d);
        }
        let callee = f.pop();
        if let Value::Function(func) = &callee {
            if !func.code.cellvars.is_empty() || !func.code.freevars.is_empty() {
                self.setup_cells(func, &mut g);
            }
        }
        drop(callee);
        Some(self.push_frame(f, g))
    }

    /// Calls with the top `n` stack values as arguments (plus `self` after LoadMethod),
    /// the callee below them, leaving the result (or a new running frame) in place of
    /// callee and arguments.
    #[inline]
    pub(crate) fn call_from_stack(
        &mut self,
        f: &mut Box<Frame>,
        n: usize,
        names: Option<Value>,
        method: bool,
    ) -> PyResult<()> {
        if crate::vm::safepoint::pending() {
            crate::vm::safepoint::run(self);
        }
        let mut nargs = n;
        if method {
            if let Value::Undefined = f.peek(n) {
                // Plain attribute: drop the NULL marker.
                let len = f.slots.len();
                f.slots.remove(len - n - 1);
            } else {
                nargs += 1;
            }
        }
        let callee_at = f.slots.len() - nargs - 1;
        if names.is_none() {
            if let Some(r) = self.try_push_function_frame(f, callee_at, nargs) {
                return r;
            }
            // Fast path: instantiating a plain class whose `__init__` takes exactly these arguments.
            if let Value::Class(cls) = &f.slots[callee_at] {
                if cls.kind == ClassKind::Object
                    && cls.flags.get() & (crate::vm::types::HAS_NEW | crate::vm::types::IS_ABSTRACT) == 0
                    && cls.meta.is_none()
                {
                    let cls = cls.clone();
                    if let Some(Value::Function(init)) = self.class_init(&cls) {
                        let defaults = if takes_exactly(&init.code, nargs + 1) {
                            Some(None)
                        } else {
                            trailing_defaults(&init, nargs + 1).map(Some)
                        };
                        if let Some(defaults) = defaults {
                            let obj = self.new_instance(&cls);
                            let mut g = self.new_frame_for(&init.code, &init.globals, ReturnTo::Init(obj.clone()));
                            g.push(obj);
                            move_args(f, &mut g, nargs);
                            if let Some(d) = defaults {
                                fill_defaults(&mut g, nargs + 1, init.code.argcount as usize, &d);
                            }
                            f.pop_discard(); // the class
                            if !init.code.cellvars.is_empty() || !init.code.freevars.is_empty() {
                                self.setup_cells(&init, &mut g);
                            }
                            return self.push_frame(f, g);
                        }
                    }
                }
            }
        }
        // Fast path: a builtin called with positional arguments reads them from the stack
        // (the callee stays below them, so it needs no reference of its own).
        if names.is_none() && nargs > 0 {
            if let Value::Builtin(b) = &f.slots[callee_at] {
                let start = f.slots.len() - nargs;
                let on_subclass = b.on_builtin_value && matches!(&f.slots[start], Value::Instance(_));
                if b.bound.is_none() && b.with_caller.is_none() && !on_subclass {
                    let func = b.func;
                    if let Some(sig) = &b.sig {
                        sig.check(self, &f.slots[start..], &[])?;
                    }
                    let r = func(self, &f.slots[start..], &[]);
                    f.slots.truncate(start);
                    f.pop_discard(); // the callee
                    f.push(r?);
                    return Ok(());
                }
            }
        }
        let mut callee = f.slots[callee_at].clone();
        let kwnames: Vec<Rc<str>> = match &names {
            Some(Value::Tuple(t)) => t.iter().map(|n| Rc::from(n.as_str().unwrap_or(""))).collect(),
            _ => vec![],
        };
        let start = f.slots.len() - nargs;
        let mut args: Vec<Value> = f.slots.drain(start..).collect();
        f.pop_discard(); // the callee
        let kwargs: Kwargs = if kwnames.is_empty() {
            vec![]
        } else {
            let kwvals = args.split_off(args.len() - kwnames.len());
            kwnames.into_iter().zip(kwvals).collect()
        };
        if let Value::BoundMethod(m) = &callee {
            args.insert(0, m.receiver.clone());
            callee = m.func.clone();
        }
        self.call_in_loop(f, callee, args, kwargs)
    }

    /// Calls from the dispatch loop: a language function becomes the running frame;
    /// anything else is called and its result pushed.
    pub(crate) fn call_in_loop(
        &mut self,
        f: &mut Box<Frame>,
        callee: Value,
        args: Vec<Value>,
        kwargs: Kwargs,
    ) -> PyResult<()> {
        match &callee {
            Value::Function(func) => {
                let func = func.clone();
                let frame = self.function_frame(&func, args, kwargs, ReturnTo::Caller)?;
                if func.code.is_generator_like() {
                    let g = self.make_generator(&func.code, frame);
                    f.push(g);
                    return Ok(());
                }
                self.push_frame(f, frame)
            }
            Value::BoundMethod(m) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(m.receiver.clone());
                full.extend(args);
                self.call_in_loop(f, m.func.clone(), full, kwargs)
            }
            Value::Class(cls) => {
                let cls = cls.clone();
                if cls.meta.is_some() || cls.flags.get() & crate::vm::types::IS_TYPE != 0 {
                    let call = self.meta_call(&cls);
                    if let Some(call @ Value::Function(_)) = call {
                        // The metaclass's `__call__` runs as a frame of this loop.
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(Value::Class(cls));
                        full.extend(args);
                        return self.call_in_loop(f, call, full, kwargs);
                    }
                    if call.is_some() || cls.flags.get() & crate::vm::types::IS_TYPE != 0 {
                        let module = f.globals.borrow().get_str("__name__").cloned();
                        let r = self.call_class_with_meta(&cls, args, kwargs, module.as_ref())?;
                        f.push(r);
                        return Ok(());
                    }
                }
                let (obj, init) = self.instantiate(&cls, &args, &kwargs)?;
                match init {
                    Some(Value::Function(init)) if !init.code.is_generator_like() => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(obj.clone());
                        full.extend(args);
                        let frame = self.function_frame(&init, full, kwargs, ReturnTo::Init(obj))?;
                        self.push_frame(f, frame)
                    }
                    Some(init) => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(obj.clone());
                        full.extend(args);
                        self.call_value(init, full, kwargs)?;
                        f.push(obj);
                        Ok(())
                    }
                    None => {
                        f.push(obj);
                        Ok(())
                    }
                }
            }
            Value::Builtin(b) if b.with_caller.is_some() => {
                let Some(entry) = b.with_caller else { return Ok(()) };
                if let Some(sig) = &b.sig {
                    sig.check(self, &args, &kwargs)?;
                }
                let r = entry(self, f, &args, &kwargs)?;
                f.push(r);
                Ok(())
            }
            _ => {
                let r = self.call_value(callee, args, kwargs)?;
                f.push(r);
                Ok(())
            }
        }
    }

    /// A dict snapshot of a function frame's locals (for `locals()`).
    pub(crate) fn locals_dict(&mut self, f: &Frame) -> Rc<RefCell<Dict>> {
        let mut d = Dict::new();
        for (i, name) in f.code.varnames.iter().enumerate() {
            if !matches!(f.slots[i], Value::Undefined) {
                d.set_str(name, f.slots[i].clone());
            }
        }
        // Variables shared with inner functions (cells), then those taken from
        // enclosing ones (free variables), as CPython lists them.
        let shared = f.code.cellvars.iter().chain(f.code.freevars.iter());
        for (name, cell) in shared.zip(f.cells.iter()) {
            let v = cell.borrow().clone();
            if !matches!(v, Value::Undefined) {
                d.set_str(name, v);
            }
        }
        Rc::new(RefCell::new(d))
    }

    /// `super()` with no arguments: the `__class__` cell and first argument of the frame.
    pub(crate) fn zero_arg_super(&mut self, f: &Frame) -> PyResult<Value> {
        let code = &f.code;
        let idx = code.freevars.iter().position(|n| n.as_ref() == "__class__");
        let cls = idx.map(|i| f.cells[code.cellvars.len() + i].borrow().clone());
        let Some(Value::Class(cls)) = cls else {
            return Err(self.runtime_error("super(): __class__ cell not found"));
        };
        if code.argcount == 0 {
            return Err(self.runtime_error("super(): no arguments"));
        }
        let obj = match code.cell_params.iter().position(|p| *p == Some(0)) {
            Some(ci) => f.cells[ci].borrow().clone(),
            None => f.slots[0].clone(),
        };
        Ok(Value::Descriptor(Rc::new(Descriptor::Super { cls, obj })))
    }

    /// The `__call__` of a class's metaclass, when the metaclass overrides `type.__call__`.
    pub(crate) fn meta_call(&self, cls: &Rc<Class>) -> Option<Value> {
        let meta = cls.meta.as_ref()?;
        match self.class_lookup(meta, "__call__") {
            Some(f) if crate::objects::metaclass::is_type_call(&f) => None,
            other => other,
        }
    }

    /// Calls a class that has a metaclass other than `type`, or a metaclass itself:
    /// through the metaclass's `__call__`, else `type.__call__` (new, then init).
    /// `module` names the caller's module (see `type_call`).
    fn call_class_with_meta(
        &mut self,
        cls: &Rc<Class>,
        args: Vec<Value>,
        kwargs: Kwargs,
        module: Option<&Value>,
    ) -> PyResult<Value> {
        use crate::objects::metaclass::{guarded, type_call};
        if let Some(call) = self.meta_call(cls) {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(Value::Class(cls.clone()));
            full.extend(args);
            let call = match call {
                Value::Descriptor(d) => match &*d {
                    Descriptor::StaticMethod(f) => {
                        full.remove(0);
                        f.clone()
                    }
                    Descriptor::ClassMethod(f) => {
                        full[0] = Value::Class(cls.meta.clone().unwrap_or_else(|| cls.clone()));
                        f.clone()
                    }
                    _ => Value::Descriptor(d.clone()),
                },
                other => other,
            };
            return guarded(self, |interp| interp.call_value(call, full, kwargs));
        }
        if cls.flags.get() & crate::vm::types::IS_TYPE != 0 {
            return guarded(self, |interp| type_call(interp, cls, &args, &kwargs, module));
        }
        self.construct(cls, args, kwargs)
    }

    /// `type.__call__` for an ordinary class: `__new__`, then `__init__` (never the
    /// metaclass's `__call__`).
    pub(crate) fn construct(&mut self, cls: &Rc<Class>, args: Vec<Value>, kwargs: Kwargs) -> PyResult<Value> {
        let (obj, init) = self.instantiate(cls, &args, &kwargs)?;
        if let Some(init) = init {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(obj.clone());
            full.extend(args);
            let r = self.call_value(init, full, kwargs)?;
            if !r.is_none() {
                let t = self.type_name(&r);
                return Err(self.type_error(format!("__init__() should return None, not '{t}'")));
            }
        }
        Ok(obj)
    }

    /// A frame for calling `func` with the arguments bound to its parameters.
    pub(crate) fn function_frame(
        &mut self,
        func: &Rc<Function>,
        args: Vec<Value>,
        kwargs: Kwargs,
        return_to: ReturnTo,
    ) -> PyResult<Box<Frame>> {
        let code = &func.code;
        let simple = flags::VARARGS | flags::VARKEYWORDS;
        if kwargs.is_empty()
            && args.len() == code.argcount as usize
            && code.kwonlyargcount == 0
            && code.flags & simple == 0
        {
            // Exactly the positional parameters: move them in.
            let mut g = self.new_frame_empty(code, func.globals.clone(), return_to);
            let nlocals = g.nlocals;
            g.slots.extend(args);
            for _ in g.slots.len()..nlocals {
                g.slots.push(Value::Undefined);
            }
            if !code.cellvars.is_empty() || !code.freevars.is_empty() {
                self.setup_cells(func, &mut g);
            }
            return Ok(g);
        }
        let mut g = self.new_frame(&func.code, func.globals.clone(), return_to);
        if let Err(e) = self.bind_args(func, &mut g, args, kwargs) {
            self.recycle_frame(g);
            return Err(e);
        }
        self.setup_cells(func, &mut g);
        Ok(g)
    }

    /// Creates the frame's cells: its own cell variables (copied from parameters where
    /// needed) and the function's closure.
    #[inline]
    fn setup_cells(&mut self, func: &Function, g: &mut Frame) {
        let code = &func.code;
        if code.cellvars.is_empty() && code.freevars.is_empty() {
            return;
        }
        for p in code.cell_params.iter() {
            let v = match p {
                Some(slot) => g.slots[*slot as usize].clone(),
                None => Value::Undefined,
            };
            let cell = Rc::new(RefCell::new(v));
            crate::vm::gc::track(crate::vm::gc::Node::Cell(Rc::downgrade(&cell)));
            g.cells.push(cell);
        }
        g.cells.extend(func.closure.iter().cloned());
    }

    /// Binds positional and keyword arguments into the frame's parameter slots.
    fn bind_args(&mut self, func: &Function, g: &mut Frame, args: Vec<Value>, kwargs: Kwargs) -> PyResult<()> {
        let code = func.code.clone();
        let argc = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let has_varargs = code.flags & flags::VARARGS != 0;
        let has_varkw = code.flags & flags::VARKEYWORDS != 0;
        let nargs = args.len();
        let qualname = func.qualname.borrow().clone();
        if nargs > argc && !has_varargs {
            let ndefs = func.defaults.borrow().as_ref().map_or(0, |d| d.len());
            return Err(self.too_many_positional(&qualname, &code, ndefs, nargs, &kwargs));
        }
        let mut extra = Vec::new();
        for (i, v) in args.into_iter().enumerate() {
            if i < argc {
                g.slots[i] = v;
            } else {
                extra.push(v);
            }
        }
        if has_varargs {
            g.slots[argc + kwonly] = Value::tuple(extra);
        }
        let mut kwdict = if has_varkw { Some(Dict::new()) } else { None };
        let posonly = code.posonlyargcount as usize;
        for (name, v) in kwargs {
            let found = code.varnames[posonly..argc + kwonly].iter().position(|n| **n == *name).map(|p| p + posonly);
            match found {
                Some(j) => {
                    if !matches!(g.slots[j], Value::Undefined) {
                        return Err(self.type_error(format!("{qualname}() got multiple values for argument '{name}'")));
                    }
                    g.slots[j] = v;
                }
                None => match &mut kwdict {
                    Some(d) => {
                        let key = self.intern(&name);
                        d.set_str_value(&key, v);
                    }
                    None => {
                        if code.varnames[..posonly].iter().any(|n| **n == *name) {
                            return Err(self.type_error(format!(
                                "{qualname}() got some positional-only arguments passed as keyword arguments: '{name}'"
                            )));
                        }
                        return Err(
                            self.type_error(format!("{qualname}() got an unexpected keyword argument '{name}'"))
                        );
                    }
                },
            }
        }
        if let Some(d) = kwdict {
            let idx = argc + kwonly + usize::from(has_varargs);
            g.slots[idx] = Value::dict(d);
        }
        // Defaults and missing arguments.
        let defaults = func.defaults.borrow().clone().unwrap_or_else(|| Rc::new([]));
        let ndefs = defaults.len();
        let mut missing = Vec::new();
        for i in nargs.min(argc)..argc {
            if matches!(g.slots[i], Value::Undefined) {
                if i + ndefs >= argc {
                    g.slots[i] = defaults[i + ndefs - argc].clone();
                } else {
                    missing.push(code.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(&qualname, "positional", &missing));
        }
        for i in argc..argc + kwonly {
            if matches!(g.slots[i], Value::Undefined) {
                let name = &code.varnames[i];
                let default = func.kwdefaults.borrow().as_ref().and_then(|d| d.borrow().get_str(name).cloned());
                match default {
                    Some(v) => g.slots[i] = v,
                    None => missing.push(name.to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(&qualname, "keyword-only", &missing));
        }
        Ok(())
    }

    fn missing_args(&mut self, qualname: &str, kind: &str, missing: &[String]) -> Value {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            _ => format!("{}, and {}", quoted[..quoted.len() - 1].join(", "), quoted[quoted.len() - 1]),
        };
        let s = if missing.len() == 1 { "" } else { "s" };
        self.type_error(format!("{qualname}() missing {} required {kind} argument{s}: {list}", missing.len()))
    }

    fn too_many_positional(
        &mut self,
        qualname: &str,
        code: &Code,
        ndefs: usize,
        given: usize,
        kwargs: &Kwargs,
    ) -> Value {
        let argc = code.argcount as usize;
        // Signed: `__defaults__` may be longer than the parameters (CPython then says "from -2 to 1").
        let takes = if ndefs > 0 { format!("from {} to {}", argc as i64 - ndefs as i64, argc) } else { argc.to_string() };
        let plural = if argc == 1 && ndefs == 0 { "" } else { "s" };
        let kwonly_given = kwargs
            .iter()
            .filter(|(k, _)| code.varnames[argc..argc + code.kwonlyargcount as usize].iter().any(|n| **n == **k))
            .count();
        let was = if given == 1 { "was" } else { "were" };
        if kwonly_given > 0 {
            let kw_plural = if kwonly_given == 1 { "" } else { "s" };
            return self.type_error(format!(
                "{qualname}() takes {takes} positional argument{plural} but {given} positional argument{} (and {kwonly_given} keyword-only argument{kw_plural}) were given",
                if given == 1 { "" } else { "s" }
            ));
        }
        self.type_error(format!("{qualname}() takes {takes} positional argument{plural} but {given} {was} given"))
    }

    /// Wraps a frame of generator-like code in a generator, coroutine or async generator.
    /// The frames a coroutine created now records as its origin (at most
    /// `coroutine_origin_depth`, innermost first).
    #[cold]
    fn coroutine_origin(&self) -> crate::vm::object::Origin {
        let chain = self.frame_chain(None);
        chain
            .iter()
            .take(self.coroutine_origin_depth)
            .map(|&f| {
                // SAFETY: `frame_chain` gives frames that are live while this runs.
                let f = unsafe { &*f };
                (f.code.clone(), f.line())
            })
            .collect()
    }

    pub(crate) fn make_generator(&mut self, code: &Rc<Code>, mut frame: Box<Frame>) -> Value {
        let kind = if code.flags & flags::COROUTINE != 0 {
            GenKind::Coroutine
        } else if code.flags & flags::ASYNC_GENERATOR != 0 {
            GenKind::AsyncGenerator
        } else {
            GenKind::Generator
        };
        let gen = Rc::new(Generator {
            kind,
            frame: RefCell::new(None),
            running: Cell::new(false),
            running_async: Cell::new(false),
            finished: Cell::new(false),
            started: Cell::new(false),
            code: code.clone(),
            finalizer: match kind {
                GenKind::Generator => None,
                _ => Some(self.finalize.clone()),
            },
            gc_slot: Default::default(),
            origin: match kind {
                GenKind::Coroutine if self.coroutine_origin_depth > 0 => Some(Box::new(self.coroutine_origin())),
                _ => None,
            },
        });
        frame.generator = Some(Rc::downgrade(&gen));
        *gen.frame.borrow_mut() = Some(frame);
        // Coroutines count as part of what holds them (see `vm::gc_traverse`).
        if kind != GenKind::Coroutine {
            crate::vm::gc::track(crate::vm::gc::Node::Generator(Rc::downgrade(&gen)));
        }
        Value::Generator(gen)
    }

    /// `MakeFunction`: a function object from a code object and its defaults and closure.
    pub(crate) fn make_function(
        &mut self,
        f: &Frame,
        code: Value,
        defaults: Value,
        kwdefaults: Value,
        annotations: Value,
        closure: Value,
    ) -> Value {
        let Value::Code(code) = code else { return Value::None };
        let defaults: Option<Rc<[Value]>> = match defaults {
            Value::Tuple(t) => Some(t.to_vec().into()),
            _ => None,
        };
        let kwdefaults = match kwdefaults {
            Value::Dict(d) => Some(d),
            _ => None,
        };
        let annotations = match annotations {
            Value::Dict(_) => Some(annotations),
            _ => None,
        };
        let closure = match closure {
            Value::Tuple(t) => t
                .iter()
                .filter_map(|c| match c {
                    Value::Cell(c) => Some(c.clone()),
                    _ => None,
                })
                .collect(),
            _ => vec![],
        };
        let module = f.globals.borrow().get_str("__name__").cloned().unwrap_or(Value::None);
        let func = Rc::new(Function {
            name: RefCell::new(code.name.clone()),
            qualname: RefCell::new(code.qualname.clone()),
            code,
            globals: f.globals.clone(),
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            annotations: RefCell::new(annotations),
            closure,
            dict: RefCell::new(None),
            module: RefCell::new(module),
            doc: RefCell::new(Value::None),
            gc_slot: Default::default(),
        });
        crate::vm::gc::track(crate::vm::gc::Node::Function(Rc::downgrade(&func)));
        Value::Function(func)
    }

    /// Creates the object for `cls(*args)`; returns it with the `__init__` to call, if any.
    pub(crate) fn instantiate(
        &mut self,
        cls: &Rc<Class>,
        args: &[Value],
        kwargs: &Kwargs,
    ) -> PyResult<(Value, Option<Value>)> {
        if Rc::ptr_eq(cls, &self.types.object) {
            if !args.is_empty() || !kwargs.is_empty() {
                return Err(self.type_error("object() takes no arguments"));
            }
            return Ok((self.new_instance(cls), None));
        }
        if cls.kind == ClassKind::Builtin {
            if let Some(ctor) = cls.ctor.get() {
                if !kwargs.is_empty() {
                    self.check_ctor_kwargs(cls, args, kwargs)?;
                }
                return Ok((ctor(self, args, kwargs)?, None));
            }
            let ctor = cls.dict.borrow().get_str("__new__").cloned();
            return match ctor {
                Some(Value::Builtin(b)) => {
                    if let Some(sig) = &b.sig {
                        sig.check(self, args, kwargs)?;
                    }
                    Ok(((b.func)(self, args, kwargs)?, None))
                }
                _ => {
                    let name = cls.name.clone();
                    Err(self.type_error(format!("cannot create '{name}' instances")))
                }
            };
        }
        // A user-defined __new__?
        let new =
            if cls.flags.get() & crate::vm::types::HAS_NEW != 0 { self.class_lookup(cls, "__new__") } else { None };
        let builtin_new = new.as_ref().is_some_and(crate::objects::builtin_subclass::is_builtin_type_new);
        let has_new = builtin_new || matches!(new, Some(Value::Function(_) | Value::Descriptor(_)));
        let obj = match new {
            Some(new) if builtin_new => {
                let mut full = vec![Value::Class(cls.clone())];
                full.extend(args.iter().cloned());
                let obj = self.call_value(new, full, kwargs.clone())?;
                if !matches!(&obj, Value::Instance(i) if crate::vm::exceptions::is_subclass(&i.class, cls)) {
                    return Ok((obj, None));
                }
                obj
            }
            Some(new @ (Value::Function(_) | Value::Descriptor(_))) => {
                let new = match new {
                    Value::Descriptor(d) => match &*d {
                        Descriptor::StaticMethod(f) => f.clone(),
                        _ => Value::Descriptor(d.clone()),
                    },
                    other => other,
                };
                let mut full = vec![Value::Class(cls.clone())];
                full.extend(args.iter().cloned());
                let obj = self.call_value(new, full, kwargs.clone())?;
                let is_inst = matches!(&obj, Value::Instance(i) if crate::vm::exceptions::is_subclass(&i.class, cls));
                if !is_inst {
                    return Ok((obj, None));
                }
                obj
            }
            _ if cls.flags.get() & crate::vm::types::IS_ABSTRACT != 0 => return Err(self.abstract_refusal(cls)),
            _ if cls.kind == ClassKind::Exception && crate::objects::os_error::is_os_error(self, cls) => {
                let made = crate::objects::os_error::class_to_make(self, cls, args);
                self.new_instance(&made)
            }
            _ => self.new_instance(cls),
        };
        if let (Value::Instance(inst), ClassKind::Exception) = (&obj, cls.kind) {
            if let Some(exc) = &inst.exc {
                exc.borrow_mut().args = args.to_vec();
            }
            if crate::objects::os_error::is_os_error(self, &inst.class) {
                crate::objects::os_error::init(self, &obj, args);
            }
        }
        let init = self.class_lookup(cls, "__init__");
        match init {
            Some(f) if crate::objects::classes::is_object_init(&f) => {
                if (!args.is_empty() || !kwargs.is_empty()) && !has_new {
                    let name = cls.name.clone();
                    return Err(self.type_error(format!("{name}() takes no arguments")));
                }
                Ok((obj, None))
            }
            Some(f) if crate::objects::exceptions::is_exception_init(&f) => Ok((obj, None)),
            Some(init) => Ok((obj, Some(init))),
            None => Ok((obj, None)),
        }
    }

    /// A bare instance of `cls` with an empty `__dict__`.
    pub(crate) fn new_instance(&mut self, cls: &Rc<Class>) -> Value {
        let exc = if cls.kind == ClassKind::Exception {
            Some(Box::new(RefCell::new(ExcData { cause: Value::None, context: Value::None, ..Default::default() })))
        } else {
            None
        };
        Value::Instance(Instance::new(cls.clone(), Rc::new(RefCell::new(Dict::with_capacity(4))), exc, None))
    }

    /// The TypeError for calling a class whose `__abstractmethods__` is not empty
    /// (the names sorted, as CPython lists them).
    pub(crate) fn abstract_refusal(&mut self, cls: &Rc<Class>) -> Value {
        let listed = cls.dict.borrow().get_str("__abstractmethods__").cloned().unwrap_or(Value::None);
        let mut names: Vec<String> = match self.collect_iterable(&listed) {
            Ok(items) => items.iter().map(|v| v.as_str().map(String::from).unwrap_or_else(|| format!("{v:?}"))).collect(),
            Err(e) => return e,
        };
        names.sort();
        let plural = if names.len() > 1 { "s" } else { "" };
        let n = cls.current_name();
        self.type_error(format!("Can't instantiate abstract class {n} with abstract method{plural} {}", names.join(", ")))
    }

    /// An instance of `cls`, a subclass of a builtin type, holding the builtin value `base`.
    pub(crate) fn new_instance_with_base(&mut self, cls: &Rc<Class>, base: Value) -> Value {
        Value::Instance(Instance::new(cls.clone(), Rc::new(RefCell::new(Dict::with_capacity(4))), None, Some(base)))
    }

    /// Converts a `**kwargs` dict into keyword pairs.
    pub(crate) fn kwargs_from_dict(&mut self, d: &Value) -> PyResult<Kwargs> {
        match d {
            Value::None => Ok(vec![]),
            Value::Dict(d) => {
                let mut out = Vec::new();
                for (k, v) in d.borrow().iter() {
                    match k {
                        Value::Str(s) => out.push((Rc::from(s.as_str()), v.clone())),
                        _ => return Err(self.type_error("keywords must be strings")),
                    }
                }
                Ok(out)
            }
            _ => {
                let t = self.type_name(d);
                Err(self.type_error(format!("argument after ** must be a mapping, not {t}")))
            }
        }
    }
}

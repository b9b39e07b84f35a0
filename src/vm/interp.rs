//! The `Interp` value that owns all interpreter state: builtin classes and
//! functions, loaded modules, the frame stack, limits and output writers.

use crate::vm::types::Exc;
use crate::compile::bytecode::{Code, SourceFile};
use crate::vm::dict::Dict;
use crate::vm::frame::{Frame, ReturnTo};
use crate::vm::object::*;
use crate::vm::types::Types;
use crate::vm::value::Value;
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

/// Default maximum depth of language frames.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

/// The highest recursion limit a script may set (bounded by the interpreter thread's stack).
pub const MAX_RECURSION_LIMIT: usize = 100_000;

/// All state of one interpreter.
///
/// A host meets it as [`coil::Context`](crate::Context): the interpreter as a
/// native function (`Raw`), a closure posted through a `Handle`, or
/// `Interpreter::raw` sees it. Its public methods are the few such code needs —
/// `call_value`, `get_attr`, `repr`, and `type_error` / `value_error` /
/// `runtime_error` to make an exception to return as the error; everything else
/// is internal.
pub struct Interp {
    pub(crate) types: Types,
    /// The declared signatures of builtin types' constructors, by class address
    /// (checked when keywords are passed; see `vm/signature.rs`).
    pub(crate) ctor_sigs: HashMap<usize, Rc<crate::vm::signature::Signature>>,
    pub(crate) builtins: Rc<RefCell<Dict>>,
    /// Loaded modules by dotted name.
    pub(crate) modules: HashMap<String, Value>,
    /// Native modules not built yet, by name (see `vm/native_modules.rs`).
    pub(crate) lazy_natives: HashMap<&'static str, &'static crate::vm::native_modules::NativeGroup>,
    /// Suspended callers of the running frame (the running frame is held by the dispatch loop).
    #[allow(clippy::vec_box)] // frames move between the stack, generators and the pool by pointer
    pub(crate) frames: Vec<Box<Frame>>,
    /// One entry per dispatch loop started from Rust, outermost first: where
    /// that loop holds its running frame, and the length of `frames` when it
    /// started (see `Interp::frame_chain`).
    pub(crate) loops: Vec<(*const Box<Frame>, usize)>,
    pub(crate) recursion_limit: usize,
    /// Depth of nested dispatch loops started from Rust (builtins calling back).
    pub(crate) native_depth: usize,
    pub(crate) stdout: Box<dyn Write>,
    pub(crate) stderr: Box<dyn Write>,
    #[cfg_attr(not(feature = "repl"), allow(dead_code))] // used by the coil command
    pub(crate) argv: Vec<String>,
    /// Folders searched for modules (the script's folder first).
    pub(crate) path: Vec<String>,
    /// Where imports cache their compiled code (None: always compile from source).
    pub(crate) code_cache: Option<crate::vm::code_cache::CodeCache>,
    /// Modules written in coil embedded in the binary: (dotted name, is package, source).
    pub(crate) stdlib: HashMap<&'static str, (bool, &'static str)>,
    /// Interned identifier strings.
    pub(crate) interned: HashMap<Rc<str>, Value, crate::vm::dict::FxBuild>,
    next_frame_id: u64,
    /// Frames kept for reuse, to avoid an allocation per call.
    #[allow(clippy::vec_box)] // pooled frames are handed out as boxes
    pub(crate) frame_pool: Vec<Box<Frame>>,
    /// Objects whose reprs are being computed (to print `[...]` for cycles).
    pub(crate) repr_stack: Vec<usize>,
    /// Classes of runtime objects (`Value::Native`), by type name.
    pub(crate) native_classes: HashMap<String, Rc<Class>>,
    /// State of the library layers (the asyncio runtime's loops and tasks), by type.
    pub(crate) extensions: crate::vm::extensions::Extensions,
    /// Work queued by destructors, handled at safe points (`vm::finalize`).
    pub(crate) finalize: Rc<crate::vm::finalize::FinalizeQueue>,
    /// The async-generator hooks an event loop installs.
    pub(crate) asyncgen_hooks: crate::vm::asyncgen::AsyncGenHooks,
    /// How many frames a new coroutine records as its `cr_origin`
    /// (`sys.set_coroutine_origin_tracking_depth`; 0 records none).
    pub(crate) coroutine_origin_depth: usize,
    /// Set from another thread (a Ctrl-C handler) to raise KeyboardInterrupt at the next check.
    pub(crate) interrupt: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// What a set `interrupt` flag means, when a library layer says (the `signal`
    /// module runs the handlers of the signals that arrived); without one it is
    /// Ctrl-C and raises KeyboardInterrupt.
    pub(crate) signal_hook: Option<SignalHook>,
    /// Resource limits set by an embedding host, and their accounting.
    pub(crate) limits: LimitState,
    /// State of the embedding API (`crate::embed`), reachable from native functions.
    pub(crate) embedder: Option<Rc<dyn std::any::Any>>,
    /// Run when the program ends, before `__main__` is dropped (the io layer
    /// flushes its files here).
    pub(crate) exit_hooks: Vec<fn(&mut Interp)>,
    /// Interned names the VM looks up on hot paths.
    pub(crate) keys: HotKeys,
    /// Bumped whenever a class attribute may have changed; lookups cached on
    /// classes are valid while it stays the same.
    pub(crate) class_epoch: u64,
    /// Lookups through class MROs, valid for one `class_epoch`.
    pub(crate) lookup_cache: crate::vm::lookup_cache::LookupCache,
}

/// Runs the handlers of signals that arrived (see `Interp::signal_hook`), given
/// the running language frame when there is one.
pub type SignalHook = fn(&mut Interp, Option<&Frame>) -> PyResult<()>;

/// Interned str values of names the VM looks up on hot paths, so dict lookups
/// can match them by pointer.
pub struct HotKeys {
    pub init: Value,
}

/// A resource limit a host can put on scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Limit {
    /// The instruction budget ran out.
    Instructions,
    /// The approximate memory ceiling was crossed.
    Memory,
    /// The maximum depth of language frames was crossed.
    RecursionDepth,
    /// The wall-clock deadline passed.
    Deadline,
}

/// Fuel handed out between two full limit checks when some limit is set.
const LIMIT_CHECK_INTERVAL: i64 = 10_000;

/// Host-set resource limits and their accounting. The dispatch loop subtracts a cost
/// from `fuel` at its check points (backward jumps, frame pushes) and calls
/// [`Interp::check_limits`] when it goes negative. Once a limit is crossed,
/// `tripped` is set and the unwinder skips every handler (`except`, `finally`,
/// `with`), so the error reaches the host; the host clears it with
/// [`Interp::clear_limit_trip`] and the interpreter stays usable.
pub struct LimitState {
    /// Cost units left before the next full check; may go negative.
    pub fuel: i64,
    /// Fuel at the last refill (what was used is `granted - fuel`).
    granted: i64,
    /// Instructions charged since the host last reset the count.
    pub used: u64,
    pub max_instructions: Option<u64>,
    pub deadline: Option<std::time::Instant>,
    /// Ceiling on `memory_probe()`, in bytes.
    pub max_memory: Option<usize>,
    /// Bytes in use now, as measured by the host (e.g. a counting allocator).
    pub memory_probe: Option<fn() -> usize>,
    /// Maximum number of language frames.
    pub max_depth: Option<usize>,
    /// The limit that was crossed; while set, exceptions are uncatchable.
    pub tripped: Option<Limit>,
    /// The `LimitExceeded` exception class (a BaseException), made on first use.
    class: Option<Rc<Class>>,
}

impl Default for LimitState {
    fn default() -> Self {
        LimitState {
            fuel: i64::MAX / 4,
            granted: i64::MAX / 4,
            used: 0,
            max_instructions: None,
            deadline: None,
            max_memory: None,
            memory_probe: None,
            max_depth: None,
            tripped: None,
            class: None,
        }
    }
}

impl LimitState {
    fn any(&self) -> bool {
        self.max_instructions.is_some()
            || self.deadline.is_some()
            || self.max_memory.is_some()
            || self.max_depth.is_some()
    }

    /// Counts the fuel burnt since the last refill into `used`.
    fn account(&mut self) {
        self.used = self.used.saturating_add(self.granted.saturating_sub(self.fuel).max(0) as u64);
        self.granted = self.fuel;
    }

    /// Gives out fuel until the next check: a short interval when limits are set.
    pub fn refill(&mut self) {
        self.account();
        let mut fuel = if self.any() { LIMIT_CHECK_INTERVAL } else { i64::MAX / 4 };
        if let Some(max) = self.max_instructions {
            let left = max.saturating_sub(self.used).min(i64::MAX as u64 / 4) as i64;
            fuel = fuel.min(left);
        }
        self.fuel = fuel;
        self.granted = fuel;
    }

    /// Starts a fresh instruction count (the host does this on each entry).
    pub fn reset_count(&mut self) {
        self.account();
        self.used = 0;
        self.refill();
    }
}

impl Interp {
    /// A fresh interpreter with the object core only: the builtin classes and their
    /// methods, no builtins namespace and no modules. `crate::new_interp` adds the
    /// library layers on top.
    pub(crate) fn with_core() -> Interp {
        let mut interp = Interp {
            types: Types::new(),
            ctor_sigs: HashMap::new(),
            builtins: Rc::new(RefCell::new(Dict::new())),
            modules: HashMap::new(),
            lazy_natives: HashMap::new(),
            frames: Vec::new(),
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            native_depth: 0,
            loops: Vec::new(),
            stdout: Box::new(std::io::stdout()),
            stderr: Box::new(std::io::stderr()),
            argv: Vec::new(),
            path: Vec::new(),
            code_cache: None,
            stdlib: HashMap::new(),
            interned: HashMap::default(),
            next_frame_id: 0,
            frame_pool: Vec::new(),
            repr_stack: Vec::new(),
            native_classes: HashMap::new(),
            extensions: Default::default(),
            exit_hooks: Vec::new(),
            finalize: Default::default(),
            asyncgen_hooks: Default::default(),
            coroutine_origin_depth: 0,
            interrupt: Default::default(),
            signal_hook: None,
            limits: LimitState::default(),
            embedder: None,
            keys: HotKeys { init: Value::None },
            class_epoch: 1,
            lookup_cache: Default::default(),
        };
        interp.keys.init = interp.intern("__init__");
        crate::objects::register(&mut interp);
        interp.intern_builtin_method_names();
        interp
    }

    /// Makes the method names of the builtin types the interned objects the compiler's
    /// name keys use, so method lookups on them match by pointer (see `get_key_hinted`).
    fn intern_builtin_method_names(&mut self) {
        let t = &self.types;
        let classes = [
            t.object.clone(),
            t.int.clone(),
            t.float.clone(),
            t.str_.clone(),
            t.bytes.clone(),
            t.tuple.clone(),
            t.list.clone(),
            t.dict.clone(),
            t.set.clone(),
            t.frozenset.clone(),
            t.range.clone(),
        ];
        for cls in classes {
            cls.dict.borrow_mut().canonicalize_str_keys(|s| self.intern(s));
        }
    }

    /// An interned str value (one shared object per identifier).
    pub(crate) fn intern(&mut self, s: &str) -> Value {
        if let Some(v) = self.interned.get(s) {
            return v.clone();
        }
        let v = Value::str(s);
        self.interned.insert(s.into(), v.clone());
        v
    }

    /// A new frame for `code` with the given globals; locals are unset.
    pub(crate) fn new_frame(&mut self, code: &Rc<Code>, globals: Rc<RefCell<Dict>>, return_to: ReturnTo) -> Box<Frame> {
        let mut f = self.new_frame_empty(code, globals, return_to);
        for _ in 0..f.nlocals {
            f.slots.push(Value::Undefined);
        }
        f
    }

    /// A frame whose slots are still empty: the caller pushes exactly `nlocals` values.
    #[inline]
    pub(crate) fn new_frame_empty(&mut self, code: &Rc<Code>, globals: Rc<RefCell<Dict>>, return_to: ReturnTo) -> Box<Frame> {
        self.new_frame_for(code, &globals, return_to)
    }

    /// `new_frame_empty` with borrowed code and globals: a pooled frame last used for the
    /// same code and globals (a loop or a recursion calling one function) keeps its
    /// references instead of trading them for equal ones.
    #[inline(always)]
    pub(crate) fn new_frame_for(&mut self, code: &Rc<Code>, globals: &Rc<RefCell<Dict>>, return_to: ReturnTo) -> Box<Frame> {
        self.next_frame_id += 1;
        if let Some(mut f) = self.frame_pool.pop() {
            // Pooled frames are clean (see `recycle_frame`): only set what differs.
            if !Rc::ptr_eq(&f.code, code) {
                f.code = code.clone();
                f.nlocals = code.varnames.len();
            }
            if !Rc::ptr_eq(&f.globals, globals) {
                f.globals = globals.clone();
            }
            f.pc = 0;
            std::mem::forget(std::mem::replace(&mut f.return_to, return_to));
            f.id = self.next_frame_id;
            return f;
        }
        let nlocals = code.varnames.len();
        // Suspended generator-like frames can be numerous (one per pending task): give
        // them less spare room (the stack grows when needed).
        let spare = if code.is_generator_like() { 4 } else { 6 };
        Box::new(Frame {
            code: code.clone(),
            pc: 0,
            slots: Vec::with_capacity(nlocals + spare),
            nlocals,
            cells: Vec::new(),
            blocks: Vec::new(),
            globals: globals.clone(),
            namespace: None,
            mapping: None,
            handled: Value::None,
            return_to,
            generator: None,
            id: self.next_frame_id,
        })
    }

    /// Returns a finished frame's allocation to the pool.
    #[inline(always)]
    pub(crate) fn recycle_frame(&mut self, mut f: Box<Frame>) {
        let plain = f.cells.is_empty()
            && f.blocks.is_empty()
            && f.namespace.is_none()
            && matches!(f.handled, Value::None)
            && f.generator.is_none()
            && matches!(f.return_to, ReturnTo::Caller);
        if plain && self.frame_pool.len() < 64 {
            release_slots(&mut f.slots);
            crate::vm::frame::push_fast(&mut self.frame_pool, f);
            return;
        }
        self.recycle_frame_slow(f);
    }

    /// `recycle_frame` for a frame with more state to reset.
    #[inline(never)]
    fn recycle_frame_slow(&mut self, mut f: Box<Frame>) {
        if self.frame_pool.len() < 64 {
            release_slots(&mut f.slots);
            f.cells.clear();
            f.blocks.clear();
            f.namespace = None;
            f.mapping = None;
            f.handled = Value::None;
            f.generator = None;
            f.return_to = ReturnTo::Caller;
            self.frame_pool.push(f);
        }
    }

    /// Runs a module's code in the given namespace; returns the module's result or the exception.
    pub(crate) fn run_code_in(&mut self, code: &Rc<Code>, namespace: Rc<RefCell<Dict>>) -> PyResult<Value> {
        let mut f = self.new_frame(code, namespace.clone(), ReturnTo::Native);
        f.namespace = Some(namespace);
        self.run_frame(f)
    }

    /// Creates a module object named `name` whose namespace has `__name__` set.
    pub(crate) fn new_module(&mut self, name: &str, file: Option<&str>) -> Rc<Module> {
        let mut d = Dict::new();
        d.set_str("__name__", Value::str(name));
        d.set_str("__doc__", Value::None);
        d.set_str("__builtins__", Value::Dict(self.builtins.clone()));
        if let Some(file) = file {
            d.set_str("__file__", Value::str(file));
        }
        Rc::new(Module { name: name.into(), dict: Rc::new(RefCell::new(d)) })
    }

    /// Parses and compiles a source text; a syntax error becomes a SyntaxError exception.
    pub(crate) fn compile_source(&mut self, text: &str, filename: &str) -> PyResult<Rc<Code>> {
        self.compile_source_inheriting(text, filename, false)
    }

    /// [`Interp::compile_source`] with `from __future__ import annotations` in effect
    /// when `future_annotations` (inherited by `exec` and `compile`).
    pub(crate) fn compile_source_inheriting(
        &mut self,
        text: &str,
        filename: &str,
        future_annotations: bool,
    ) -> PyResult<Rc<Code>> {
        let source = Rc::new(SourceFile::new(filename.to_string(), text.to_string()));
        let parsed = crate::syntax::parser::parse_module(text);
        let result =
            parsed.and_then(|m| crate::compile::compile_module_inheriting(&m, source.clone(), future_annotations));
        result.map_err(|e| self.syntax_error_value(&e, filename, text))
    }

    /// Parses and compiles source for `compile(..., 'single')`: expression
    /// statements show their values through `sys.displayhook`.
    pub(crate) fn compile_interactive_source(
        &mut self,
        text: &str,
        filename: &str,
        future_annotations: bool,
    ) -> PyResult<Rc<Code>> {
        let source = Rc::new(SourceFile::new(filename.to_string(), text.to_string()));
        let parsed = crate::syntax::parser::parse_module(text);
        let result = parsed.and_then(|m| crate::compile::compile_interactive(&m, source.clone(), future_annotations));
        result.map_err(|e| self.syntax_error_value(&e, filename, text))
    }

    /// Parses and compiles the source of `eval` (one expression).
    pub(crate) fn compile_eval_source(&mut self, text: &str, filename: &str) -> PyResult<Rc<Code>> {
        let source = Rc::new(SourceFile::new(filename.to_string(), text.to_string()));
        let parsed = crate::syntax::parser::parse_module(text);
        let result = parsed.and_then(|m| crate::compile::compile_eval(&m, source.clone()));
        result.map_err(|e| self.syntax_error_value(&e, filename, text))
    }

    #[cfg_attr(not(feature = "repl"), allow(dead_code))] // used by the coil command
    /// Runs a whole program as the `__main__` module.
    pub(crate) fn run_main(&mut self, text: &str, filename: &str) -> PyResult<Value> {
        let code = self.compile_source(text, filename)?;
        let module = self.new_module("__main__", Some(filename));
        self.modules.insert("__main__".into(), Value::Module(module.clone()));
        self.run_code_in(&code, module.dict.clone())
    }

    /// Runs a module found by `coil -m` as `__main__`, inside its package.
    #[cfg_attr(not(feature = "repl"), allow(dead_code))] // used by the coil command
    pub(crate) fn run_module_as_main(&mut self, text: &str, filename: &str, package: &str) -> PyResult<Value> {
        let code = self.compile_source(text, filename)?;
        let module = self.new_module("__main__", Some(filename));
        module.dict.borrow_mut().set_str("__package__", Value::str(package));
        self.modules.insert("__main__".into(), Value::Module(module.clone()));
        self.run_code_in(&code, module.dict.clone())
    }

    #[cfg_attr(not(feature = "repl"), allow(dead_code))] // used by the coil command
    /// End of the program: drops `__main__`'s globals (as CPython does at exit),
    /// collects the cycles left, and reports what their finalization queued
    /// (`__del__`, coroutines never awaited, ...).
    pub(crate) fn shutdown(&mut self) {
        for hook in self.exit_hooks.clone() {
            hook(self);
        }
        self.extensions.get_or_default::<crate::vm::hooks::SysHooks>().finalizing = true;
        if let Some(Value::Module(m)) = self.modules.get("__main__").cloned() {
            self.finalize_main_objects(&m);
            let items: Vec<Value> = {
                let mut d = m.dict.borrow_mut();
                let values = d.iter().map(|(_, v)| v.clone()).collect();
                d.clear();
                values
            };
            drop(items);
            crate::vm::safepoint::run(self);
        }
        // What only cycles kept alive is finalized too, as CPython's last collection does.
        crate::vm::gc::collect(self, 2);
        crate::vm::finalize::drain_finalizers(self);
        self.flush();
    }

    /// Runs `__del__` on the objects only `__main__`'s namespace holds, in the
    /// order they were bound, while that namespace is still whole: CPython's
    /// last collection finalizes them before anything is cleared.
    fn finalize_main_objects(&mut self, main: &Rc<Module>) {
        let values: Vec<Value> = main.dict.borrow().iter().map(|(_, v)| v.clone()).collect();
        for v in &values {
            if let Value::Instance(inst) = v {
                // Held by the namespace and by `values` alone.
                let doomed = Rc::strong_count(inst) == 2;
                if doomed && inst.class.flags.get() & crate::vm::types::HAS_DEL != 0 && !inst.finalized.replace(true) {
                    crate::vm::gc::call_del(self, inst);
                }
            }
        }
    }

    /// Writes text to the interpreter's stdout (the REPL's own messages).
    #[cfg_attr(not(feature = "repl"), allow(dead_code))]
    pub(crate) fn write_stdout(&mut self, s: &str) {
        let _ = self.stdout.write_all(s.as_bytes());
    }

    /// Writes text to the interpreter's stderr.
    pub(crate) fn write_stderr(&mut self, s: &str) {
        let _ = self.stdout.flush();
        let _ = self.stderr.write_all(s.as_bytes());
        let _ = self.stderr.flush();
    }

    /// Raises KeyboardInterrupt if Ctrl-C was pressed since the last check
    /// (for natives that wait, such as a read interrupted by a signal), and
    /// stops at the host's deadline, which passes while a native waits.
    pub(crate) fn check_interrupt(&mut self) -> PyResult<()> {
        if self.interrupt.swap(false, std::sync::atomic::Ordering::Relaxed) {
            return self.interrupted(None);
        }
        if self.limits.deadline.is_some_and(|d| std::time::Instant::now() >= d) {
            return Err(self.trip_limit(Limit::Deadline));
        }
        Ok(())
    }

    /// Charges `units` of work done inside a native (items iterated, comparisons
    /// of a sort, limbs of a big-number product) to the host's limits, and takes
    /// a pending Ctrl-C: long native work stops at the host's deadline,
    /// instruction budget or memory ceiling, and on SIGINT, as a loop of
    /// language code would.
    #[inline(always)]
    pub(crate) fn charge_work(&mut self, units: u64) -> PyResult<()> {
        self.limits.fuel = self.limits.fuel.saturating_sub(units.min(i64::MAX as u64 / 4) as i64);
        if self.limits.fuel < 0 || self.interrupt.load(std::sync::atomic::Ordering::Relaxed) {
            return self.work_checkpoint();
        }
        Ok(())
    }

    #[cold]
    #[inline(never)]
    fn work_checkpoint(&mut self) -> PyResult<()> {
        if self.limits.fuel < 0 {
            if let Some(e) = self.check_limits() {
                return Err(e);
            }
        }
        self.check_interrupt()
    }

    /// Checks, before allocating `bytes` whose size a script chose, that the
    /// host's memory ceiling leaves room for them: a large allocation trips the
    /// limit before it happens instead of after.
    #[inline]
    pub(crate) fn charge_alloc(&mut self, bytes: usize) -> PyResult<()> {
        if let (Some(max), Some(probe)) = (self.limits.max_memory, self.limits.memory_probe) {
            if probe().saturating_add(bytes) > max {
                return Err(self.trip_limit(Limit::Memory));
            }
        }
        Ok(())
    }

    /// Reserves room for `additional` more items in `v`, charged to the memory
    /// ceiling first; MemoryError when the allocation fails.
    pub(crate) fn reserve_exact<T>(&mut self, v: &mut Vec<T>, additional: usize) -> PyResult<()> {
        self.charge_alloc(additional.saturating_mul(std::mem::size_of::<T>()))?;
        if v.try_reserve_exact(additional).is_err() {
            return Err(self.memory_error());
        }
        Ok(())
    }

    /// Handles a set `interrupt` flag (already cleared): runs the signal
    /// handlers through `signal_hook`, or raises KeyboardInterrupt. `frame` is
    /// the running language frame when the dispatch loop checks.
    #[cold]
    #[inline(never)]
    pub(crate) fn interrupted(&mut self, frame: Option<&Frame>) -> PyResult<()> {
        if let Some(hook) = self.signal_hook {
            return hook(self, frame);
        }
        let class = self.types.exc(Exc::KeyboardInterrupt);
        Err(self.new_exception(class, vec![]))
    }

    pub(crate) fn flush(&mut self) {
        let _ = self.stdout.flush();
        let _ = self.stderr.flush();
    }
}

impl Interp {
    /// Called by the dispatch loop when `limits.fuel` runs out (and at frame pushes):
    /// refills the fuel, or returns the uncatchable error of the limit that was crossed.
    pub(crate) fn check_limits(&mut self) -> Option<Value> {
        if let Some(kind) = self.limits.tripped {
            self.limits.fuel = 0;
            self.limits.granted = 0;
            return Some(self.limit_error(kind));
        }
        self.limits.account();
        let l = &self.limits;
        let over_memory = match (l.max_memory, l.memory_probe) {
            (Some(max), Some(probe)) => probe() > max,
            _ => false,
        };
        let crossed = if l.max_instructions.is_some_and(|m| l.used >= m) {
            Some(Limit::Instructions)
        } else if over_memory {
            Some(Limit::Memory)
        } else if l.deadline.is_some_and(|d| std::time::Instant::now() >= d) {
            Some(Limit::Deadline)
        } else {
            None
        };
        let crossed = crossed.or_else(|| match l.max_depth {
            Some(max) if self.frames.len() + 1 >= max => Some(Limit::RecursionDepth),
            _ => None,
        });
        if let Some(max) = self.limits.max_depth {
            // A script may raise sys.setrecursionlimit; the host's depth still wins.
            self.recursion_limit = self.recursion_limit.min(max);
        }
        match crossed {
            Some(kind) => Some(self.trip_limit(kind)),
            None => {
                self.limits.refill();
                None
            }
        }
    }

    /// Marks `kind` as crossed (making exceptions uncatchable) and returns its error.
    pub(crate) fn trip_limit(&mut self, kind: Limit) -> Value {
        self.limits.tripped = Some(kind);
        self.limits.fuel = 0;
        self.limits.granted = 0;
        self.limit_error(kind)
    }

    /// Forgets a crossed limit once its error reached the host.
    pub(crate) fn clear_limit_trip(&mut self) {
        self.limits.tripped = None;
        self.limits.reset_count();
    }

    /// The error for a frame push beyond `recursion_limit`: the host's uncatchable
    /// depth limit when that is what was reached, else RecursionError.
    pub(crate) fn recursion_error(&mut self) -> Value {
        match self.limits.max_depth {
            Some(max) if self.frames.len() + 1 >= max => self.trip_limit(Limit::RecursionDepth),
            _ => self.new_error(Exc::RecursionError, "maximum recursion depth exceeded"),
        }
    }

    /// The `LimitExceeded` class (a direct subclass of BaseException).
    pub(crate) fn limit_exceeded_class(&mut self) -> Rc<Class> {
        if let Some(c) = &self.limits.class {
            return c.clone();
        }
        let base = self.types.exc(Exc::BaseException);
        let class =
            crate::vm::types::new_class("LimitExceeded", vec![base.clone()], Dict::new(), ClassKind::Exception, "coil")
                .unwrap_or(base);
        self.limits.class = Some(class.clone());
        class
    }

    /// A new `LimitExceeded` exception describing `kind`.
    pub(crate) fn limit_error(&mut self, kind: Limit) -> Value {
        let l = &self.limits;
        let msg = match kind {
            Limit::Instructions => format!("instruction budget of {} exhausted", l.max_instructions.unwrap_or(0)),
            Limit::Memory => "memory limit exceeded".to_string(),
            Limit::RecursionDepth => format!("maximum recursion depth of {} exceeded", l.max_depth.unwrap_or(0)),
            Limit::Deadline => "deadline exceeded".to_string(),
        };
        let class = self.limit_exceeded_class();
        self.new_exception(class, vec![Value::string(msg)])
    }
}

/// Empties a frame's slots, running drop glue only for values that own something.
#[inline]
fn release_slots(slots: &mut Vec<Value>) {
    let n = slots.len();
    let base = slots.as_mut_ptr();
    // SAFETY: the length is zeroed first, so each of the `n` initialized values is
    // dropped here exactly once (ints, floats and the like need no drop at all).
    unsafe {
        slots.set_len(0);
        for i in 0..n {
            let v = base.add(i);
            if !(*v).is_immediate() {
                std::ptr::drop_in_place(v);
            }
        }
    }
}

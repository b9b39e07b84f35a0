//! The `Interp` value that owns all interpreter state: builtin classes and
//! functions, loaded modules, the frame stack, limits and output writers.

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
pub struct Interp {
    pub types: Types,
    pub builtins: Rc<RefCell<Dict>>,
    /// Loaded modules by dotted name.
    pub modules: HashMap<String, Value>,
    /// Suspended callers of the running frame (the running frame is held by the dispatch loop).
    pub frames: Vec<Box<Frame>>,
    pub recursion_limit: usize,
    /// Depth of nested dispatch loops started from Rust (builtins calling back).
    pub native_depth: usize,
    pub stdout: Box<dyn Write>,
    pub stderr: Box<dyn Write>,
    pub argv: Vec<String>,
    /// Folders searched for modules (the script's folder first).
    pub path: Vec<String>,
    /// Modules written in coil embedded in the binary: (dotted name, is package, source).
    pub stdlib: HashMap<&'static str, (bool, &'static str)>,
    /// Interned identifier strings.
    pub interned: HashMap<Rc<str>, Value, crate::vm::dict::FxBuild>,
    next_frame_id: u64,
    /// Frames kept for reuse, to avoid an allocation per call.
    pub frame_pool: Vec<Box<Frame>>,
    /// Objects whose reprs are being computed (to print `[...]` for cycles).
    pub repr_stack: Vec<usize>,
    /// Classes of runtime objects (`Value::Native`), by type name.
    pub native_classes: HashMap<String, Rc<Class>>,
    /// State of the asyncio runtime (event loop, tasks).
    pub runtime: crate::runtime::Runtime,
    /// Set from another thread (a Ctrl-C handler) to raise KeyboardInterrupt at the next check.
    pub interrupt: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl Interp {
    /// A fresh interpreter writing to the process's stdout and stderr.
    pub fn new() -> Interp {
        let mut interp = Interp {
            types: Types::new(),
            builtins: Rc::new(RefCell::new(Dict::new())),
            modules: HashMap::new(),
            frames: Vec::new(),
            recursion_limit: DEFAULT_RECURSION_LIMIT,
            native_depth: 0,
            stdout: Box::new(std::io::stdout()),
            stderr: Box::new(std::io::stderr()),
            argv: Vec::new(),
            path: Vec::new(),
            stdlib: HashMap::new(),
            interned: HashMap::default(),
            next_frame_id: 0,
            frame_pool: Vec::new(),
            repr_stack: Vec::new(),
            native_classes: HashMap::new(),
            runtime: Default::default(),
            interrupt: Default::default(),
        };
        crate::builtins::register(&mut interp);
        crate::modules::register(&mut interp);
        interp
    }

    /// An interned str value (one shared object per identifier).
    pub fn intern(&mut self, s: &str) -> Value {
        if let Some(v) = self.interned.get(s) {
            return v.clone();
        }
        let v = Value::str(s);
        self.interned.insert(s.into(), v.clone());
        v
    }

    /// A new frame for `code` with the given globals; locals are unset.
    pub fn new_frame(&mut self, code: &Rc<Code>, globals: Rc<RefCell<Dict>>, return_to: ReturnTo) -> Box<Frame> {
        let mut f = self.new_frame_empty(code, globals, return_to);
        for _ in 0..f.nlocals {
            f.slots.push(Value::Undefined);
        }
        f
    }

    /// A frame whose slots are still empty: the caller pushes exactly `nlocals` values.
    #[inline]
    pub fn new_frame_empty(&mut self, code: &Rc<Code>, globals: Rc<RefCell<Dict>>, return_to: ReturnTo) -> Box<Frame> {
        self.next_frame_id += 1;
        let nlocals = code.varnames.len();
        if let Some(mut f) = self.frame_pool.pop() {
            // Pooled frames are clean (see `recycle_frame`): only set what differs.
            f.code = code.clone();
            f.pc = 0;
            f.nlocals = nlocals;
            f.globals = globals;
            std::mem::forget(std::mem::replace(&mut f.return_to, return_to));
            f.id = self.next_frame_id;
            return f;
        }
        let slots = Vec::with_capacity(nlocals + 8);
        Box::new(Frame {
            code: code.clone(),
            pc: 0,
            slots,
            nlocals,
            cells: Vec::new(),
            blocks: Vec::new(),
            globals,
            namespace: None,
            handled: Value::None,
            return_to,
            generator: None,
            id: self.next_frame_id,
        })
    }

    /// Returns a finished frame's allocation to the pool.
    pub fn recycle_frame(&mut self, mut f: Box<Frame>) {
        if self.frame_pool.len() < 64 {
            f.slots.clear();
            if !f.cells.is_empty() {
                f.cells.clear();
            }
            if !f.blocks.is_empty() {
                f.blocks.clear();
            }
            if f.namespace.is_some() {
                f.namespace = None;
            }
            if !matches!(f.handled, Value::None) {
                f.handled = Value::None;
            }
            if f.generator.is_some() {
                f.generator = None;
            }
            if !matches!(f.return_to, ReturnTo::Caller) {
                f.return_to = ReturnTo::Caller;
            }
            self.frame_pool.push(f);
        }
    }

    /// Runs a module's code in the given namespace; returns the module's result or the exception.
    pub fn run_code_in(&mut self, code: &Rc<Code>, namespace: Rc<RefCell<Dict>>) -> PyResult<Value> {
        let mut f = self.new_frame(code, namespace.clone(), ReturnTo::Native);
        f.namespace = Some(namespace);
        self.run_frame(f)
    }

    /// Creates a module object named `name` whose namespace has `__name__` set.
    pub fn new_module(&mut self, name: &str, file: Option<&str>) -> Rc<Module> {
        let mut d = Dict::new();
        d.set_str("__name__", Value::str(name));
        d.set_str("__builtins__", Value::Dict(self.builtins.clone()));
        if let Some(file) = file {
            d.set_str("__file__", Value::str(file));
        }
        Rc::new(Module { name: name.into(), dict: Rc::new(RefCell::new(d)) })
    }

    /// Parses and compiles a source text; a syntax error becomes a SyntaxError exception.
    pub fn compile_source(&mut self, text: &str, filename: &str) -> PyResult<Rc<Code>> {
        let source = Rc::new(SourceFile { name: filename.to_string(), text: text.to_string() });
        let parsed = crate::syntax::parser::parse_module(text);
        let result = parsed.and_then(|m| crate::compile::compile_module(&m, source.clone()));
        result.map_err(|e| self.syntax_error_value(&e, filename, text))
    }

    /// Runs a whole program as the `__main__` module.
    pub fn run_main(&mut self, text: &str, filename: &str) -> PyResult<Value> {
        let code = self.compile_source(text, filename)?;
        let module = self.new_module("__main__", Some(filename));
        self.modules.insert("__main__".into(), Value::Module(module.clone()));
        self.run_code_in(&code, module.dict.clone())
    }

    /// End of the program: drops `__main__`'s globals (as CPython does at exit) and
    /// reports what their finalization queued (coroutines never awaited, ...).
    pub fn shutdown(&mut self) {
        if let Some(Value::Module(m)) = self.modules.get("__main__").cloned() {
            let items: Vec<Value> = {
                let mut d = m.dict.borrow_mut();
                let values = d.iter().map(|(_, v)| v.clone()).collect();
                d.clear();
                values
            };
            drop(items);
        }
        crate::runtime::drain_finalizers(self, true);
        self.flush();
    }

    /// Writes text to the interpreter's stdout.
    pub fn write_stdout(&mut self, s: &str) {
        let _ = self.stdout.write_all(s.as_bytes());
    }

    /// Writes text to the interpreter's stderr.
    pub fn write_stderr(&mut self, s: &str) {
        let _ = self.stdout.flush();
        let _ = self.stderr.write_all(s.as_bytes());
        let _ = self.stderr.flush();
    }

    pub fn flush(&mut self) {
        let _ = self.stdout.flush();
        let _ = self.stderr.flush();
    }
}

impl Default for Interp {
    fn default() -> Self {
        Interp::new()
    }
}

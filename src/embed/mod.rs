//! The embedding API: an [`Interpreter`] a Rust host creates, feeds source to,
//! calls into and reads results and errors from.
//!
//! - [`convert`]: [`IntoValue`] / [`FromValue`] between Rust and coil values;
//! - [`native`]: Rust closures as script functions, and native modules;
//! - [`async_host`]: native async functions ([`HostFuture`], [`Completer`]);
//! - [`driver`]: running the event loop from the host; [`handle`]: a `Send`
//!   handle that posts work into a running interpreter;
//! - [`limits`]: instruction, memory, depth and time limits; [`sandbox`]:
//!   leaving out modules that touch the host.
//!
//! ```
//! let mut interp = coil::Interpreter::new();
//! interp.register_fn("add", |a: i64, b: i64| a + b);
//! interp.run("def twice(x):\n    return add(x, x)\n", "<host>").unwrap();
//! let v: i64 = interp.call("twice", (21,)).unwrap();
//! assert_eq!(v, 42);
//! assert_eq!(interp.eval::<String>("'co' + 'il'").unwrap(), "coil");
//! ```

pub mod async_host;
pub mod convert;
pub mod driver;
pub mod error;
pub mod handle;
pub mod host_object;
pub mod limits;
pub mod module;
pub mod native;
pub mod output;
pub mod sandbox;

use crate::vm::types::Exc;
use crate::syntax::ast::{Expr, ExprKind, Module as AstModule, Stmt, StmtKind};
use crate::vm::dict::Dict;
use crate::vm::interp::Interp;
use crate::vm::object::PyResult;
use crate::vm::value::Value;
use async_host::EmbedState;
use convert::{FromValue, IntoArgs, IntoKwargs, IntoValue};
use native::NativeFunction;
use std::cell::RefCell;
use std::rc::Rc;

pub use error::{Error, ErrorKind, Exception};
pub use limits::Limits;
pub use output::CapturedOutput;

/// The global that receives an `eval` result for a moment.
const EVAL_SLOT: &str = "__coil_eval_result__";

/// A coil interpreter owned by a host program. Not `Send`: use it on one thread,
/// and reach it from others through a [`handle::Handle`].
pub struct Interpreter {
    pub(crate) interp: Interp,
    pub(crate) state: Rc<EmbedState>,
    pub(crate) limits: Limits,
}

impl Default for Interpreter {
    fn default() -> Self {
        Interpreter::new()
    }
}

impl Drop for Interpreter {
    fn drop(&mut self) {
        self.state.inbox.close();
        self.interp.flush();
    }
}

/// What can be called: a global name of `__main__` (or a builtin), a dotted
/// path such as `"math.sqrt"`, or a callable value.
pub trait Callee {
    fn resolve(self, interp: &mut Interp) -> PyResult<Value>;
}

impl Callee for &str {
    fn resolve(self, interp: &mut Interp) -> PyResult<Value> {
        let mut parts = self.split('.');
        let first = parts.next().unwrap_or("");
        let globals = main_globals(interp);
        let found = globals.borrow().get_str(first).cloned();
        let found = found.or_else(|| interp.builtins.borrow().get_str(first).cloned());
        // A loaded module, or a native one (built on first use).
        let found = found.or_else(|| interp.native_module(first));
        let Some(mut v) = found else {
            return Err(interp.new_error(Exc::NameError, format!("name '{first}' is not defined")));
        };
        for part in parts {
            v = interp.get_attr(&v, part)?;
        }
        Ok(v)
    }
}

impl Callee for Value {
    fn resolve(self, _: &mut Interp) -> PyResult<Value> {
        Ok(self)
    }
}

impl Callee for &Value {
    fn resolve(self, _: &mut Interp) -> PyResult<Value> {
        Ok(self.clone())
    }
}

/// The namespace of `__main__`, made on first use.
pub(crate) fn main_globals(interp: &mut Interp) -> Rc<RefCell<Dict>> {
    if let Some(Value::Module(m)) = interp.modules.get("__main__") {
        return m.dict.clone();
    }
    let module = interp.new_module("__main__", None);
    interp.modules.insert("__main__".into(), Value::Module(module.clone()));
    module.dict.clone()
}

impl Interpreter {
    /// A fresh interpreter printing to the process's stdout and stderr.
    pub fn new() -> Interpreter {
        let mut interp = crate::new_interp();
        let state = Rc::new(EmbedState::default());
        interp.embedder = Some(state.clone());
        Interpreter { interp, state, limits: Limits::default() }
    }

    /// Runs source text in the `__main__` namespace (kept between runs, so later
    /// runs and calls see earlier definitions).
    pub fn run(&mut self, source: &str, filename: &str) -> Result<(), Error> {
        self.enter();
        let r = self.interp.compile_source(source, filename).and_then(|code| {
            let globals = main_globals(&mut self.interp);
            globals.borrow_mut().set_str("__file__", Value::str(filename));
            self.interp.run_code_in(&code, globals)
        });
        self.leave(r).map(|_| ())
    }

    /// Runs a file in `__main__`; its folder is searched first for imports.
    pub fn run_file(&mut self, path: impl AsRef<std::path::Path>) -> Result<(), Error> {
        let path = path.as_ref();
        let name = path.to_string_lossy().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::host(ErrorKind::Exception, "FileNotFoundError", format!("{name}: {e}")))?;
        let dir = path.parent().map(|p| p.to_string_lossy().to_string()).unwrap_or_default();
        let dir = if dir.is_empty() { ".".to_string() } else { dir };
        crate::modules::sys::add_path(&mut self.interp, &dir);
        self.run(&text, &name)
    }

    /// Evaluates an expression in `__main__` and converts its value.
    ///
    /// ```
    /// let mut interp = coil::Interpreter::new();
    /// let v: Vec<i64> = interp.eval("[x * x for x in range(4)]").unwrap();
    /// assert_eq!(v, vec![0, 1, 4, 9]);
    /// ```
    pub fn eval<T: FromValue>(&mut self, expr: &str) -> Result<T, Error> {
        self.enter();
        let r = self.eval_value(expr);
        let v = self.leave(r)?;
        self.convert(&v)
    }

    fn eval_value(&mut self, text: &str) -> PyResult<Value> {
        let interp = &mut self.interp;
        let filename = "<eval>";
        let expr =
            crate::syntax::parser::parse_expression(text).map_err(|e| interp.syntax_error_value(&e, filename, text))?;
        let span = expr.span;
        let target = Expr { kind: ExprKind::Name(EVAL_SLOT.into()), span };
        let stmt = Stmt { kind: StmtKind::Assign { targets: vec![target], value: expr }, span };
        let source = Rc::new(crate::compile::bytecode::SourceFile::new(filename, text));
        let code = crate::compile::compile_module(&AstModule { body: vec![stmt] }, source)
            .map_err(|e| interp.syntax_error_value(&e, filename, text))?;
        let globals = main_globals(interp);
        let r = interp.run_code_in(&code, globals.clone());
        let v = globals.borrow_mut().remove_str(EVAL_SLOT);
        r.map(|_| v.unwrap_or(Value::None))
    }

    /// Calls a function (by name or value) with positional arguments.
    ///
    /// ```
    /// let mut interp = coil::Interpreter::new();
    /// interp.run("def greet(name, punct='!'):\n    return 'hi ' + name + punct\n", "<host>").unwrap();
    /// let s: String = interp.call("greet", ("ann",)).unwrap();
    /// assert_eq!(s, "hi ann!");
    /// let s: String = interp.call_kw("greet", ("bob",), [("punct", "?")]).unwrap();
    /// assert_eq!(s, "hi bob?");
    /// ```
    pub fn call<T: FromValue>(&mut self, f: impl Callee, args: impl IntoArgs) -> Result<T, Error> {
        self.call_kw(f, args, Vec::<(&str, Value)>::new())
    }

    /// Calls a function with positional and keyword arguments.
    pub fn call_kw<T: FromValue>(
        &mut self,
        f: impl Callee,
        args: impl IntoArgs,
        kwargs: impl IntoKwargs,
    ) -> Result<T, Error> {
        self.enter();
        let interp = &mut self.interp;
        let r = (|| {
            let callee = f.resolve(interp)?;
            let args = args.into_args(interp)?;
            let kwargs = kwargs.into_kwargs(interp)?;
            interp.call_value(callee, args, kwargs)
        })();
        let v = self.leave(r)?;
        self.convert(&v)
    }

    /// Imports a module (as `import name`) and returns it.
    pub fn import(&mut self, name: &str) -> Result<Value, Error> {
        self.enter();
        let r = self.interp.import_module(name);
        self.leave(r)
    }

    /// A global of `__main__`, converted.
    pub fn get_global<T: FromValue>(&mut self, name: &str) -> Result<T, Error> {
        let globals = main_globals(&mut self.interp);
        let v = globals.borrow().get_str(name).cloned();
        match v {
            Some(v) => self.convert(&v),
            None => Err(Error::host(ErrorKind::Exception, "NameError", format!("name '{name}' is not defined"))),
        }
    }

    /// Sets a global of `__main__`.
    pub fn set_global(&mut self, name: &str, v: impl IntoValue) -> Result<(), Error> {
        let v = self.to_value(v)?;
        main_globals(&mut self.interp).borrow_mut().set_str(name, v);
        Ok(())
    }

    /// Converts a Rust value to a coil value.
    pub fn to_value(&mut self, v: impl IntoValue) -> Result<Value, Error> {
        let r = v.into_value(&mut self.interp);
        r.map_err(|e| Error::from_exception(&mut self.interp, &e))
    }

    /// Converts a coil value to a Rust value (`ErrorKind::Conversion` on a mismatch).
    pub fn convert<T: FromValue>(&mut self, v: &Value) -> Result<T, Error> {
        match convert::convert::<T>(&mut self.interp, v) {
            Ok(x) => Ok(x),
            Err(e) => {
                let mut err = Error::from_exception(&mut self.interp, &e);
                if err.type_name == "TypeError" {
                    err.kind = ErrorKind::Conversion;
                }
                Err(err)
            }
        }
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> String {
        self.interp.repr(v).unwrap_or_else(|_| "<unrepresentable>".into())
    }

    /// Makes a Rust closure callable from scripts as the builtin `name`.
    /// Arguments convert with [`FromValue`]; a mismatch raises
    /// `TypeError: name() argument N must be T, not U`. Wrap a
    /// `Fn(&mut Context, &[Value], KwArgs) -> Result<Value, Value>` in [`native::Raw`]
    /// for full control.
    pub fn register_fn<M>(&mut self, name: &str, f: impl NativeFunction<M>) {
        let v = self.function(name, f);
        self.interp.builtins.borrow_mut().set_str(name, v);
    }

    /// A function value made from a Rust closure (see [`register_fn`](Self::register_fn)).
    pub fn function<M>(&mut self, name: &str, f: impl NativeFunction<M>) -> Value {
        let raw = f.into_raw(name);
        native::closure_value(&mut self.interp, name, raw)
    }

    /// Sends the script's stdout to memory and returns the buffer.
    pub fn capture_output(&mut self) -> CapturedOutput {
        let out = CapturedOutput::default();
        self.interp.stdout = Box::new(out.clone());
        out
    }

    /// Sends the script's stderr (tracebacks, warnings) to memory and returns the buffer.
    pub fn capture_stderr(&mut self) -> CapturedOutput {
        let out = CapturedOutput::default();
        self.interp.stderr = Box::new(out.clone());
        out
    }

    /// Replaces the writers behind stdout and stderr.
    pub fn set_output(&mut self, stdout: Box<dyn std::io::Write>, stderr: Box<dyn std::io::Write>) {
        self.interp.stdout = stdout;
        self.interp.stderr = stderr;
    }

    /// Caches the compiled code of imported modules: the embedded library's in
    /// `dir`, a source file's in a `__pycache__` folder beside it (see
    /// `vm/code_cache.rs`); later imports of an unchanged module skip parsing
    /// and compiling. None (the default) compiles every import from source.
    pub fn set_code_cache(&mut self, dir: Option<std::path::PathBuf>) {
        self.interp.code_cache = dir.map(|d| crate::vm::code_cache::CodeCache::new(d, true));
        crate::modules::sys::sync_dont_write_bytecode(&mut self.interp);
    }

    /// Sets the limits applied to every later entry (see [`Limits`]). A memory
    /// limit needs [`limits::CountingAllocator`] as the global allocator.
    pub fn set_limits(&mut self, limits: Limits) -> Result<(), Error> {
        if limits.memory.is_some() && !limits::counting_allocator_installed() {
            let msg = "the memory limit needs coil::CountingAllocator as the global allocator";
            return Err(Error::host(ErrorKind::Exception, "RuntimeError", msg));
        }
        limits::apply(&mut self.interp, &limits, limits::thread_allocated_bytes());
        self.limits = limits;
        Ok(())
    }

    /// The limits in force.
    pub fn limits(&self) -> Limits {
        self.limits
    }

    /// The interpreter as native code sees it ([`Context`](crate::Context)), for
    /// calling values and reading attributes without conversions.
    pub fn raw(&mut self) -> &mut Interp {
        &mut self.interp
    }

    /// Starts an entry from the host: restarts the instruction count and the deadline.
    pub(crate) fn enter(&mut self) {
        limits::begin_entry(&mut self.interp, &self.limits);
    }

    /// Ends an entry: flushes output, and turns an escaped exception into an
    /// [`Error`]. After a crossed limit, stops the loop's tasks and clears the
    /// limit so the interpreter stays usable.
    pub(crate) fn leave(&mut self, r: PyResult<Value>) -> Result<Value, Error> {
        let tripped = self.interp.limits.tripped;
        if tripped.is_some() {
            // Still tripped: the tasks' handlers are skipped while they wind down.
            self.stop_tasks_after_limit();
        }
        let r = r.map_err(|e| {
            let mut err = Error::from_exception(&mut self.interp, &e);
            if let Some(l) = tripped {
                err.kind = ErrorKind::LimitExceeded(l);
            }
            err
        });
        if tripped.is_some() {
            self.interp.clear_limit_trip();
        }
        self.interp.flush();
        r
    }
}

//! coil: an embeddable scripting language with native coroutines, running a
//! subset of Python 3.11. The pipeline is lexer -> layout -> parser (lalrpop)
//! -> scopes -> codegen -> a stackless VM whose frames live on the heap.
//!
//! ```
//! let mut interp = coil::Interpreter::new();
//! let out = interp.capture_output();
//! interp.run("print(6 * 7)", "<example>").unwrap();
//! assert_eq!(out.take(), "42\n");
//! ```

pub mod allocator;
pub mod builtins;
pub mod objects;
pub mod compile;
pub mod modules;
pub mod stdlib;
pub mod syntax;
pub mod vm;

pub mod embed;

pub use embed::async_host::{Completer, HostFuture};
pub use embed::convert::{FromValue, IntoArgs, IntoKwargs, IntoValue};
pub use embed::driver::Task;
pub use embed::handle::{Handle, Reply};
pub use embed::limits::{CountingAllocator, Limits};
pub use embed::module::ModuleBuilder;
pub use embed::native::Raw;
pub use embed::{Callee, CapturedOutput, Error, ErrorKind, Exception, Interpreter};
pub use vm::interp::Limit;
pub use vm::object::NativeObject;
pub use vm::value::Value;

/// A complete interpreter: the object core (`vm`, `objects`), then the library
/// layers registered against it — the builtins namespace, the native modules and
/// the modules written in coil.
pub fn new_interp() -> vm::interp::Interp {
    let mut interp = vm::interp::Interp::with_core();
    builtins::register(&mut interp);
    modules::register(&mut interp);
    interp
}

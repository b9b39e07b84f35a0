//! coil: an embeddable scripting language with native coroutines, running a
//! subset of Python 3.11. The pipeline is lexer -> layout -> parser (lalrpop)
//! -> scopes -> codegen -> a stackless VM whose frames live on the heap.
//! ARCHITECTURE.md in the repository says which layer owns what and where new
//! code goes.
//!
//! The public API is the embedding API: [`Interpreter`] runs scripts, [`Value`]
//! is a script value, [`IntoValue`] / [`FromValue`] convert, [`Context`] is the
//! interpreter as native code sees it, [`Handle`] reaches it from other threads,
//! [`Limits`] bounds untrusted scripts.
//!
//! ```
//! let mut interp = coil::Interpreter::new();
//! let out = interp.capture_output();
//! interp.run("print(6 * 7)", "<example>").unwrap();
//! assert_eq!(out.take(), "42\n");
//! ```

/// Declares an internal module: crate-private, or public with the `internals`
/// feature (the project's own tests use it to reach the compiler and the VM).
macro_rules! internal {
    ($($name:ident),* $(,)?) => {$(
        #[cfg(feature = "internals")]
        pub mod $name;
        #[cfg(not(feature = "internals"))]
        pub(crate) mod $name;
    )*};
}

internal!(codepoint, syntax, compile, vm, objects, system, builtins, modules, stdlib, embed);

mod allocator;
#[cfg(feature = "repl")]
pub mod cli;
#[cfg(feature = "repl")]
mod repl;

pub use allocator::Mimalloc;
pub use embed::async_host::{Completer, HostFuture};
pub use embed::convert::{FromValue, IntoArgs, IntoKwargs, IntoValue};
pub use embed::driver::Task;
pub use embed::handle::{Handle, Reply};
pub use embed::limits::{CountingAllocator, Limits};
pub use embed::module::ModuleBuilder;
pub use embed::native::Raw;
pub use embed::{Callee, CapturedOutput, Error, ErrorKind, Exception, Interpreter};
pub use system::fs::{DirEntry, FileHandle, FileSystem, Metadata, OpenOptions};
pub use system::memory_fs::MemoryFs;
pub use system::policy::{FsAccess, Policy};
pub use system::real_fs::RealFs;
pub use vm::interp::Interp as Context;
pub use vm::interp::Limit;
pub use vm::object::{KwArgs, NativeObject};
pub use vm::value::Value;

/// A complete interpreter: the object core (`vm`, `objects`), then the library
/// layers registered against it — the builtins namespace, the native modules and
/// the modules written in coil.
pub(crate) fn new_interp() -> vm::interp::Interp {
    let mut interp = vm::interp::Interp::with_core();
    builtins::register(&mut interp);
    modules::register(&mut interp);
    interp
}

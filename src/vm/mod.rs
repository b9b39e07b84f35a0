//! The virtual machine and the object core it owns: values and objects, the
//! dict and set tables, frames, the dispatch loop, calls, attributes, operator
//! dispatch, exceptions, generators, async generators, finalization, imports.
//! The builtin types' methods are in `crate::objects`; nothing here names a
//! library layer (see ARCHITECTURE.md).

pub mod asyncgen;
pub mod attr;
pub mod buffers;
pub mod call;
pub mod code_cache;
pub mod dict;
pub mod eval;
pub mod exception_kinds;
pub mod exceptions;
pub mod extensions;
pub mod finalize;
pub mod frame;
pub mod gc;
pub mod hooks;
pub mod gc_nodes;
pub mod gc_traverse;
pub mod generator;
pub mod import;
pub mod interp;
pub mod lookup;
pub mod lookup_cache;
pub mod native_modules;
pub mod object;
pub mod ops;
pub mod protocol;
pub mod release;
pub mod run;
pub mod run_cold;
pub mod safepoint;
pub mod set;
pub mod signature;
pub mod source_text;
pub mod stack_guard;
pub mod types;
pub mod value;
pub mod weakref;

//! Limits for untrusted scripts: an instruction budget, a memory ceiling, a
//! maximum recursion depth and a wall-clock timeout, set with
//! [`Interpreter::set_limits`](crate::Interpreter::set_limits). The accounting
//! lives in [`crate::vm::interp::LimitState`]; a crossed limit raises an error
//! that no `except` or `finally` can swallow, and the host sees it as
//! [`ErrorKind::LimitExceeded`](crate::ErrorKind::LimitExceeded).
//!
//! The memory ceiling needs [`CountingAllocator`] installed as the global
//! allocator: it counts the bytes live on each thread.

use crate::vm::interp::{Interp, DEFAULT_RECURSION_LIMIT};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Limits applied to every entry into the interpreter (`run`, `eval`, `call`,
/// `run_until_complete`, ...). The instruction count and the timeout restart at
/// each entry; the memory ceiling counts bytes live on the interpreter's thread
/// above what was live when the limits were set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Limits {
    /// Approximate instructions per entry (loop iterations weigh their body length, calls one).
    pub instructions: Option<u64>,
    /// Bytes the scripts may hold (needs [`CountingAllocator`]).
    pub memory: Option<usize>,
    /// Maximum depth of language frames.
    pub recursion_depth: Option<usize>,
    /// Wall-clock time per entry.
    pub timeout: Option<Duration>,
}

impl Limits {
    /// No limits.
    pub fn new() -> Limits {
        Limits::default()
    }
    /// Sets the instruction budget.
    pub fn instructions(mut self, n: u64) -> Limits {
        self.instructions = Some(n);
        self
    }
    /// Sets the memory ceiling in bytes.
    pub fn memory(mut self, bytes: usize) -> Limits {
        self.memory = Some(bytes);
        self
    }
    /// Sets the maximum frame depth.
    pub fn recursion_depth(mut self, depth: usize) -> Limits {
        self.recursion_depth = Some(depth);
        self
    }
    /// Sets the wall-clock timeout.
    pub fn timeout(mut self, d: Duration) -> Limits {
        self.timeout = Some(d);
        self
    }
}

/// Applies `limits` to `interp`; `memory_base` is the live byte count they start from.
pub(crate) fn apply(interp: &mut Interp, limits: &Limits, memory_base: usize) {
    let l = &mut interp.limits;
    l.max_instructions = limits.instructions;
    l.max_memory = limits.memory.map(|m| memory_base.saturating_add(m));
    l.memory_probe = limits.memory.map(|_| thread_allocated_bytes as fn() -> usize);
    l.max_depth = limits.recursion_depth;
    interp.recursion_limit = match limits.recursion_depth {
        Some(d) => d.max(1),
        None => DEFAULT_RECURSION_LIMIT,
    };
    interp.limits.reset_count();
}

/// Restarts the per-entry accounting: instruction count and deadline.
pub(crate) fn begin_entry(interp: &mut Interp, limits: &Limits) {
    interp.limits.deadline = limits.timeout.map(|t| Instant::now() + t);
    interp.limits.reset_count();
}

thread_local! {
    /// Bytes allocated minus bytes freed on this thread (const: no allocation to set up).
    static LIVE: Cell<isize> = const { Cell::new(0) };
}

static INSTALLED: AtomicBool = AtomicBool::new(false);

/// A global allocator wrapping [`System`] that counts live bytes per thread,
/// for the memory limit. Install it in the host binary:
///
/// ```ignore
/// #[global_allocator]
/// static ALLOC: coil::CountingAllocator = coil::CountingAllocator;
/// ```
pub struct CountingAllocator;

fn count(delta: isize) {
    let _ = LIVE.try_with(|c| c.set(c.get().wrapping_add(delta)));
}

unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            count(layout.size() as isize);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        count(-(layout.size() as isize));
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if !p.is_null() {
            count(layout.size() as isize);
        }
        p
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            count(new_size as isize - layout.size() as isize);
        }
        p
    }
}

/// Origin of [`thread_allocated_bytes`]: a thread may free memory another thread
/// allocated, so its own count can dip below zero.
const ORIGIN: isize = 1 << 40;

/// Bytes live on this thread according to [`CountingAllocator`], from an
/// arbitrary origin: only differences between two readings are meaningful.
pub fn thread_allocated_bytes() -> usize {
    LIVE.try_with(|c| c.get().wrapping_add(ORIGIN).max(0) as usize).unwrap_or(0)
}

/// Whether [`CountingAllocator`] is the global allocator (probed by allocating).
pub fn counting_allocator_installed() -> bool {
    if INSTALLED.load(Ordering::Relaxed) {
        return true;
    }
    let before = thread_allocated_bytes();
    let probe = std::hint::black_box(vec![0u8; 4096]);
    let installed = thread_allocated_bytes() >= before + 4096;
    drop(probe);
    if installed {
        INSTALLED.store(true, Ordering::Relaxed);
    }
    installed
}

//! How much native stack the running thread has left. Recursion between
//! natives and language code is bounded by depth counters, but a host may run
//! the interpreter on a small thread stack (2 MiB is Rust's default) and the
//! `coil` command falls back to a smaller stack under a memory cap; the
//! re-entry points also ask here, so a nearly full stack becomes
//! RecursionError instead of a stack overflow.

use std::cell::Cell;

/// Stack kept free below every re-entry point: room for the deepest native
/// work done between two checks (a parse, a repr, a compare).
const RESERVE: usize = 256 * 1024;

thread_local! {
    /// Lowest usable address of this thread's stack plus `RESERVE`; 0 until
    /// asked, 1 when the bounds cannot be known (then nothing is checked).
    static FLOOR: Cell<usize> = const { Cell::new(0) };
}

/// The current stack pointer, near enough.
#[inline(always)]
fn stack_pointer() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// This thread's stack floor, from the thread's attributes.
#[cold]
fn find_floor() -> usize {
    // SAFETY: pthread_getattr_np fills `attr` for the calling thread, which is
    // destroyed after reading the bounds; the out-pointers are valid locals.
    let low = unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            return 1;
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let ok = libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
        libc::pthread_attr_destroy(&mut attr);
        if !ok {
            return 1;
        }
        addr as usize
    };
    // The main thread's reported size follows RLIMIT_STACK; keep the floor
    // within the range below the current frame.
    let sp = stack_pointer();
    if low == 0 || low >= sp {
        return 1;
    }
    low.saturating_add(RESERVE).min(sp)
}

/// Whether the stack is too full to go one native level deeper.
#[inline]
pub fn exhausted() -> bool {
    let floor = FLOOR.with(|f| {
        let v = f.get();
        if v != 0 {
            return v;
        }
        let v = find_floor();
        f.set(v);
        v
    });
    stack_pointer() < floor
}

//! `Mimalloc`, the allocator the `coil` binary runs on. The VM allocates and frees
//! many small objects (instances, strings, frames' temporaries); mimalloc serves them
//! in a fraction of glibc malloc's instructions. Embedders may install it too:
//! `#[global_allocator] static A: coil::allocator::Mimalloc = coil::allocator::Mimalloc;`.
//!
//! Blocks of `HUGE` bytes or more come from the system allocator instead: mimalloc
//! reserves address space it cannot back (so `bytes(10**12)` would start filling a
//! terabyte), while the system allocator refuses what the machine cannot hold, and
//! that refusal is what becomes a MemoryError.

use libmimalloc_sys as mi;
use std::alloc::{GlobalAlloc, Layout, System};
use std::ffi::c_void;

/// Alignment every mimalloc block has without asking (`MI_MAX_ALIGN_SIZE`).
const NATURAL_ALIGN: usize = 16;

/// Blocks at least this large are the system allocator's.
const HUGE: usize = 1 << 30;

/// A `GlobalAlloc` over mimalloc that takes the unaligned fast paths whenever the
/// layout allows it.
pub struct Mimalloc;

// SAFETY: every method forwards to the mimalloc function with the same contract (or,
// for huge blocks, to `System`; a block's size tells which one owns it, since Rust
// passes the same layout to dealloc and realloc); blocks from the plain functions
// are aligned to NATURAL_ALIGN, and larger alignments go through the aligned variants.
unsafe impl GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.size() >= HUGE {
            System.alloc(layout)
        } else if layout.align() <= NATURAL_ALIGN {
            mi::mi_malloc(layout.size()) as *mut u8
        } else {
            mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.size() >= HUGE {
            System.alloc_zeroed(layout)
        } else if layout.align() <= NATURAL_ALIGN {
            mi::mi_zalloc(layout.size()) as *mut u8
        } else {
            mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if layout.size() >= HUGE {
            System.dealloc(ptr, layout)
        } else {
            mi::mi_free(ptr as *mut c_void)
        }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.size() >= HUGE || new_size >= HUGE {
            return move_block(self, ptr, layout, new_size);
        }
        if layout.align() <= NATURAL_ALIGN {
            mi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
        } else {
            mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
        }
    }
}

/// `realloc` across the two allocators: a new block from whichever owns `new_size`,
/// the contents copied, the old block freed by its owner.
#[cold]
unsafe fn move_block(a: &Mimalloc, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
    let new_layout = Layout::from_size_align_unchecked(new_size, layout.align());
    let new = a.alloc(new_layout);
    if !new.is_null() {
        std::ptr::copy_nonoverlapping(ptr, new, layout.size().min(new_size));
        a.dealloc(ptr, layout);
    }
    new
}

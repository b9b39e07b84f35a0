//! The memory ceiling, measured by `coil::CountingAllocator` (installed here,
//! as a host would install it).

use coil::{ErrorKind, Interpreter, Limit, Limits};

#[global_allocator]
static ALLOC: coil::CountingAllocator = coil::CountingAllocator;

#[test]
fn memory_ceiling_stops_a_growing_script() {
    // needs the VM check
    let mut interp = Interpreter::new();
    interp.set_limits(Limits::new().memory(8 << 20)).unwrap();
    let src =
        "hoard = []\nwhile True:\n    try:\n        hoard.append('x' * 10000)\n    except MemoryError:\n        pass\n";
    let e = interp.run(src, "<hog>").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::LimitExceeded(Limit::Memory));
    // Freeing the data makes room again.
    interp.run("hoard = None\nsmall = [1] * 1000\n", "<after>").unwrap();
    assert_eq!(interp.eval::<i64>("len(small)").unwrap(), 1000);
}

#[test]
fn counting_allocator_counts_this_thread() {
    let before = coil::embed::limits::thread_allocated_bytes();
    let v = std::hint::black_box(vec![1u8; 1 << 20]);
    assert!(coil::embed::limits::thread_allocated_bytes() >= before + (1 << 20));
    drop(v);
    assert!(coil::embed::limits::thread_allocated_bytes() < before + (1 << 20));
}

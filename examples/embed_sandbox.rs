//! Running untrusted scripts: each limit (instructions, memory, recursion
//! depth, wall-clock deadline) is tripped — even by scripts that try to catch
//! it — and the interpreter keeps working afterwards. Host-touching modules are
//! left out with an allow-list.
//!
//! Run with `cargo run --example embed_sandbox`.

use coil::{Interpreter, Limits, Value};
use std::time::{Duration, Instant};

// The memory limit counts bytes with this allocator.
#[global_allocator]
static ALLOC: coil::CountingAllocator = coil::CountingAllocator;

const CASES: &[(&str, &str)] = &[
    ("instructions", "while True:\n    try:\n        pass\n    except BaseException:\n        pass\n"),
    ("memory", "hoard = []\nwhile True:\n    hoard.append('x' * 100_000)\n"),
    (
        "recursion",
        "def down(n):\n    try:\n        return down(n + 1)\n    except RecursionError:\n        return -1\ndown(0)\n",
    ),
    ("deadline (busy)", "x = 0\nwhile True:\n    try:\n        x += 1\n    finally:\n        pass\n"),
];

fn main() {
    let mut interp = Interpreter::new();
    interp.allow_modules(&["math", "asyncio"]);
    interp.remove_builtins(&["input"]);
    match interp.run("import time", "<sandbox>") {
        Err(e) => println!("allow-list: {e}"),
        Ok(()) => println!("allow-list: time was importable"),
    }

    // Busy loops are stopped by the dispatch loop's limit check point; probe for it
    // with a loop that ends anyway, so this example never hangs without it.
    interp.set_limits(Limits::new().instructions(10)).expect("limits");
    let vm_checks = interp.run("for i in range(1000):\n    pass\n", "<probe>").is_err();
    if !vm_checks {
        println!("the VM's limit check point is not built in: busy-loop cases skipped");
    }

    let limits =
        Limits::new().instructions(5_000_000).memory(64 << 20).recursion_depth(200).timeout(Duration::from_millis(200));
    for (name, src) in CASES.iter().filter(|_| vm_checks) {
        let mut l = limits;
        if name.starts_with("deadline") {
            l.instructions = None;
        }
        interp.set_limits(l).expect("limits");
        let t = Instant::now();
        match interp.run(src, "<untrusted>") {
            Err(e) => println!("{name:>16}: {:?} after {:?}: {e}", e.kind(), t.elapsed()),
            Ok(()) => println!("{name:>16}: finished (not stopped)"),
        }
        interp.run("hoard = None", "<cleanup>").expect("usable after the limit");
    }

    // A coroutine that waits too long is stopped by the deadline too.
    interp.set_limits(limits).expect("limits");
    interp.run("import asyncio\nasync def nap():\n    await asyncio.sleep(60)\n", "<nap>").expect("define");
    let coro: Value = interp.call("nap", ()).expect("coroutine");
    let t = Instant::now();
    match interp.run_until_complete(coro) {
        Err(e) => println!("{:>16}: {:?} after {:?}: {e}", "deadline (await)", e.kind(), t.elapsed()),
        Ok(_) => println!("deadline (await): finished"),
    }

    let v: i64 = interp.eval("sum(range(10))").expect("still usable");
    println!("after all limits the interpreter still works: sum(range(10)) = {v}");
}

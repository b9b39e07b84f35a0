//! Limits stop long work done inside natives, not only loops of language code:
//! a `sum` over a huge range, a sort, a big power, `time.sleep`, a regex that
//! backtracks, and allocations a script sizes. Each stops within twice its
//! setting (memory is charged before the allocation happens).

use coil::{Interpreter, Limit, Limits};
use std::time::{Duration, Instant};

#[global_allocator]
static ALLOC: coil::CountingAllocator = coil::CountingAllocator;

/// Runs `src` under `limits`; returns the limit that stopped it and how long it ran.
fn stopped(limits: Limits, src: &str) -> (Limit, Duration) {
    let mut interp = Interpreter::new();
    interp.set_limits(limits).unwrap();
    let start = Instant::now();
    let e = interp.run(src, "<work>").expect_err(src);
    let limit = e.limit().unwrap_or_else(|| panic!("{src}: not a limit error: {}", e.traceback));
    // The interpreter is still usable afterwards.
    interp.run("ok = sum(range(10))\n", "<after>").unwrap();
    (limit, start.elapsed())
}

const DEADLINE: Duration = Duration::from_millis(200);

#[test]
fn deadline_stops_long_native_work() {
    for src in [
        "sum(range(10**10))",
        "import time\ntime.sleep(5)",
        "sorted(range(3 * 10**7), reverse=True)",
        "x = list(range(3 * 10**6))\nx.sort(key=lambda v: -v)",
        "7 ** (10**7)",
        "import re\nre.match('(a*)*b', 'a' * 40)",
        "import math\nmath.lcm(*range(1, 10**6))",
        "any(x < 0 for x in range(10**10))",
        "''.join(str(i) for i in range(10**9))",
        "import math\nmath.comb(10**12, 10**6)",
        // Two tasks awaiting each other: the loop has nothing to wait for but the deadline.
        "import asyncio\nasync def main():\n    global ta, tb\n    async def a(): await tb\n    async def b(): await ta\n    ta = asyncio.ensure_future(a())\n    tb = asyncio.ensure_future(b())\n    await asyncio.gather(ta, tb)\nasyncio.run(main())",
        "import asyncio\nasyncio.run(asyncio.sleep(30))",
    ] {
        let (limit, took) = stopped(Limits::new().timeout(DEADLINE), src);
        assert_eq!(limit, Limit::Deadline, "{src}");
        assert!(took < 2 * DEADLINE, "{src}: stopped after {took:?}");
    }
}

#[test]
fn instruction_budget_counts_native_iteration() {
    for src in ["sum(range(10**10))", "max(range(10**10))", "list(map(abs, range(10**8)))", "sorted(range(10**7))"] {
        let (limit, _) = stopped(Limits::new().instructions(1000), src);
        assert_eq!(limit, Limit::Instructions, "{src}");
    }
}

#[test]
fn memory_is_charged_before_large_allocations() {
    for src in [
        "[0] * 10**8",
        "list(range(10**8))",
        "'x' * 10**9",
        "b'x' * 10**9",
        "bytearray(10**9)",
        "('x' * 10**6).replace('x', 'y' * 1000)",
        "'x'.ljust(10**9)",
        "import random\nrandom.choices([1], k=10**8)",
        "'x' * 2**32",
        "'hello'.center(2**32)",
        "bytearray(2**32)",
        // Growth by doubling is charged at each step, not only at the next check point.
        "victim = [1, 2, 3, 4]\nfor x in victim:\n    victim.extend(victim)",
        "x = 'x' * 10**6\nwhile True:\n    x += x",
        "x = [0] * 10**5\nwhile True:\n    x += x",
    ] {
        let start = Instant::now();
        let (limit, _) = stopped(Limits::new().memory(16 << 20), src);
        assert_eq!(limit, Limit::Memory, "{src}");
        assert!(start.elapsed() < Duration::from_secs(2), "{src}: took {:?}", start.elapsed());
    }
}

#[test]
fn long_exception_chains_fit_a_small_host_stack() {
    // Rust's default 2 MiB thread stack: printing a 10^4-long `raise ... from` chain.
    let src = "e = None\nfor i in range(10000):\n    try:\n        raise ValueError(i) from e\n    except ValueError as x:\n        e = x\nraise e\n";
    let h = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let mut interp = Interpreter::new();
            let e = interp.run(src, "<chain>").unwrap_err();
            (e.type_name, e.traceback.contains("The above exception was the direct cause"))
        })
        .unwrap();
    assert_eq!(h.join().unwrap(), ("ValueError".to_string(), true));
}

#[test]
fn native_recursion_on_a_small_host_stack_is_a_recursion_error() {
    // Each level goes through a native (`==` on lists) back into language code.
    let src = "class A:\n    def __eq__(self, other):\n        return [self] == [other]\ntry:\n    A() == A()\nexcept RecursionError:\n    caught = True\n";
    let h = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let mut interp = Interpreter::new();
            interp.run(src, "<deep>").unwrap();
            interp.get_global::<bool>("caught").unwrap()
        })
        .unwrap();
    assert!(h.join().unwrap());
}

//! Limits for untrusted scripts, and the module allow-list. Busy scripts are stopped
//! by the dispatch loop's limit check points (backward jumps and calls), and the
//! unwinder skips every handler once a limit has tripped.

use coil::{ErrorKind, Interpreter, Limit, Limits, Value};
use std::time::{Duration, Instant};

fn limited(limits: Limits) -> Interpreter {
    let mut interp = Interpreter::new();
    interp.set_limits(limits).unwrap();
    interp
}

/// Runs `src` and returns the limit that stopped it; panics if it ran to the end.
fn tripped(interp: &mut Interpreter, src: &str) -> Limit {
    match interp.run(src, "<untrusted>") {
        Ok(()) => panic!("the script finished"),
        Err(e) => e.limit().unwrap_or_else(|| panic!("not a limit error: {}", e.traceback)),
    }
}

/// The interpreter still runs code normally afterwards.
fn still_usable(interp: &mut Interpreter) {
    interp.run("total = 0\nfor i in range(100):\n    total += i\n", "<after>").unwrap();
    assert_eq!(interp.get_global::<i64>("total").unwrap(), 4950);
}

#[test]
fn instruction_budget_stops_a_loop() {
    // needs the VM check
    let mut interp = limited(Limits::new().instructions(100_000));
    assert_eq!(tripped(&mut interp, "while True:\n    pass\n"), Limit::Instructions);
    still_usable(&mut interp);
    let e = interp.run("while True:\n    pass\n", "<again>").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::LimitExceeded(Limit::Instructions));
    assert_eq!(e.type_name, "LimitExceeded");
    assert!(e.traceback.contains("File \"<again>\", line "), "{}", e.traceback);
}

#[test]
fn instruction_budget_counts_recursion_without_loops() {
    // needs the VM check
    let mut interp = limited(Limits::new().instructions(100_000));
    let src = "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nfib(60)\n";
    assert_eq!(tripped(&mut interp, src), Limit::Instructions);
    still_usable(&mut interp);
}

#[test]
fn instruction_budget_counts_native_calls() {
    let mut interp = limited(Limits::new().instructions(1_000));
    interp.register_fn("noop", || ());
    let src = "def spin():\n    while True:\n        noop()\nspin()\n";
    assert_eq!(tripped(&mut interp, src), Limit::Instructions);
    still_usable(&mut interp);
}

#[test]
fn except_blocks_cannot_swallow_a_limit() {
    // needs the VM check
    let mut interp = limited(Limits::new().instructions(50_000));
    let out = interp.capture_output();
    let src = "while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        print('swallowed')\n    except:\n        print('bare')\n";
    assert_eq!(tripped(&mut interp, src), Limit::Instructions);
    // Tripped while running inside a handler.
    let src = "try:\n    raise ValueError('x')\nexcept ValueError:\n    while True:\n        pass\n";
    assert_eq!(tripped(&mut interp, src), Limit::Instructions);
    // A context manager whose __exit__ suppresses everything.
    let src = "class Quiet:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        print('exit')\n        return True\nwith Quiet():\n    while True:\n        pass\n";
    assert_eq!(tripped(&mut interp, src), Limit::Instructions);
    assert_eq!(out.take(), "");
    still_usable(&mut interp);
}

#[test]
fn finally_blocks_cannot_swallow_a_limit() {
    // needs the VM check
    let mut interp = limited(Limits::new().instructions(50_000));
    let out = interp.capture_output();
    let src = "def f():\n    try:\n        while True:\n            pass\n    finally:\n        print('finally')\n        return 1\nwhile True:\n    f()\n";
    assert_eq!(tripped(&mut interp, src), Limit::Instructions);
    // Tripped inside the finally block itself.
    let src = "try:\n    pass\nfinally:\n    while True:\n        pass\n";
    assert_eq!(tripped(&mut interp, src), Limit::Instructions);
    assert_eq!(out.take(), "");
    still_usable(&mut interp);
}

#[test]
fn deadline_stops_a_busy_script() {
    // needs the VM check
    let mut interp = limited(Limits::new().timeout(Duration::from_millis(50)));
    let t = Instant::now();
    assert_eq!(
        tripped(&mut interp, "while True:\n    try:\n        pass\n    except:\n        pass\n"),
        Limit::Deadline
    );
    assert!(t.elapsed() < Duration::from_secs(2));
    still_usable(&mut interp);
}

#[test]
fn deadline_stops_a_waiting_coroutine() {
    let mut interp = limited(Limits::new().timeout(Duration::from_millis(50)));
    interp.run("import asyncio\nasync def main():\n    await asyncio.sleep(10)\n", "<sleepy>").unwrap();
    let coro: Value = interp.call("main", ()).unwrap();
    let t = Instant::now();
    let e = interp.run_until_complete(coro).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::LimitExceeded(Limit::Deadline));
    assert!(t.elapsed() < Duration::from_secs(2));
    still_usable(&mut interp);
    // The loop was cleaned up: a new coroutine runs on it.
    interp.run("async def quick():\n    await asyncio.sleep(0)\n    return 7\n", "<quick>").unwrap();
    let coro: Value = interp.call("quick", ()).unwrap();
    assert_eq!(interp.run_until_complete_as::<i64>(coro).unwrap(), 7);
}

#[test]
fn recursion_depth_limit_is_uncatchable() {
    // needs the VM check
    let mut interp = limited(Limits::new().recursion_depth(50));
    let src = "def down(n):\n    return down(n + 1)\ntry:\n    down(0)\nexcept RecursionError:\n    print('caught')\n";
    assert_eq!(tripped(&mut interp, src), Limit::RecursionDepth);
    // Raising the script's own limit does not lift the host's.
    let src = "import sys\nsys.setrecursionlimit(10000)\ndef down(n):\n    return down(n + 1)\ndown(0)\n";
    assert_eq!(tripped(&mut interp, src), Limit::RecursionDepth);
    interp.run("def ok(n):\n    return 0 if n == 0 else 1 + ok(n - 1)\nr = ok(40)\n", "<ok>").unwrap();
    assert_eq!(interp.get_global::<i64>("r").unwrap(), 40);
}

#[test]
fn limit_inside_a_running_task_stops_the_loop() {
    // needs the VM check
    let mut interp = limited(Limits::new().instructions(200_000));
    let src = "import asyncio\n\
async def spin():\n    while True:\n        try:\n            await asyncio.sleep(0)\n        except BaseException:\n            pass\n\
async def main():\n    t = asyncio.create_task(spin())\n    try:\n        await asyncio.sleep(5)\n    finally:\n        print('main finally')\n";
    interp.run(src, "<tasks>").unwrap();
    let out = interp.capture_output();
    let coro: Value = interp.call("main", ()).unwrap();
    let t = Instant::now();
    let e = interp.run_until_complete(coro).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::LimitExceeded(Limit::Instructions));
    assert!(t.elapsed() < Duration::from_secs(3));
    assert_eq!(out.take(), "");
    // Tripped under asyncio.run, inside the script.
    let e = interp.run("asyncio.run(main())\n", "<run>").unwrap_err();
    assert_eq!(e.kind(), ErrorKind::LimitExceeded(Limit::Instructions));
    still_usable(&mut interp);
}

#[test]
fn limits_can_be_lifted() {
    let mut interp = limited(Limits::new().instructions(10).recursion_depth(5));
    interp.set_limits(Limits::new()).unwrap();
    interp.run("def d(n):\n    return 0 if n == 0 else d(n - 1)\nd(200)\n", "<free>").unwrap();
    still_usable(&mut interp);
}

#[test]
fn memory_limit_needs_the_counting_allocator() {
    let mut interp = Interpreter::new();
    let e = interp.set_limits(Limits::new().memory(1 << 20)).unwrap_err();
    assert!(e.message.contains("CountingAllocator"));
}

#[test]
fn allow_list_hides_host_modules() {
    let mut interp = Interpreter::new();
    interp.allow_modules(&["math", "asyncio"]);
    interp.remove_builtins(&["input"]);
    for m in ["time", "sys"] {
        let e = interp.run(&format!("import {m}\n"), "<sandbox>").unwrap_err();
        assert_eq!(
            (e.type_name.as_str(), e.message.clone()),
            ("ModuleNotFoundError", format!("No module named '{m}'"))
        );
    }
    let e = interp.run("input()\n", "<sandbox>").unwrap_err();
    assert_eq!(e.type_name, "NameError");
    interp
        .run("import math, asyncio\nasync def f():\n    return math.floor(2.5)\nr = asyncio.run(f())\n", "<ok>")
        .unwrap();
    assert_eq!(interp.get_global::<i64>("r").unwrap(), 2);
    interp.module("host").value("X", 1).register().unwrap();
    interp.run("import host\n", "<host>").unwrap();
}

#[test]
fn json_work_counts_toward_the_limits() {
    // A small object graph whose JSON text is astronomically long (each level
    // refers twice to the one below): the encoder charges its steps, so a
    // deadline stops it; the scanner does the same for a long document.
    let mut interp = limited(Limits::new().timeout(Duration::from_millis(300)));
    let src = "import json\nx = []\nfor i in range(60):\n    x = [x, x]\njson.dumps(x)\n";
    let start = Instant::now();
    assert_eq!(tripped(&mut interp, src), Limit::Deadline);
    assert!(start.elapsed() < Duration::from_secs(10));
    still_usable(&mut interp);
    let mut interp = limited(Limits::new().instructions(50_000));
    let src = "import json\ndoc = '[' + '1, ' * 200000 + '1]'\njson.loads(doc)\n";
    assert_eq!(tripped(&mut interp, src), Limit::Instructions);
    still_usable(&mut interp);
}

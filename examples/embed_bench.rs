//! Cost of crossing the host boundary: a script calling a native Rust
//! function (typed closure and raw closure) versus a script function, and Rust
//! calling a script function. Run with
//! `cargo run --release --example embed_bench`.

use coil::Context as Interp;
use coil::KwArgs;
use coil::{Interpreter, Raw, Value};
use std::time::Instant;

const N: i64 = 1_000_000;

fn time_script(interp: &mut Interpreter, label: &str, body: &str) {
    let src = format!("def bench(n):\n    i = 0\n    while i < n:\n        {body}\n        i += 1\n");
    interp.run(&src, "<bench>").expect("define");
    let t = Instant::now();
    interp.call::<Value>("bench", (N,)).expect("run");
    let ns = t.elapsed().as_nanos() as f64 / N as f64;
    println!("{label:<44} {ns:>8.1} ns/iteration");
}

fn main() {
    let mut interp = Interpreter::new();
    interp.register_fn("typed_add", |a: i64, b: i64| a + b);
    interp.register_fn(
        "raw_add",
        Raw(|_: &mut Interp, args: &[Value], _: KwArgs| match (&args[0], &args[1]) {
            (Value::Int(a), Value::Int(b)) => Ok(Value::Int(a + b)),
            _ => Ok(Value::None),
        }),
    );
    interp.run("def py_add(a, b):\n    return a + b\n", "<bench>").expect("define");

    time_script(&mut interp, "empty loop (baseline)", "pass");
    time_script(&mut interp, "script -> builtin abs(i)", "abs(i)");
    time_script(&mut interp, "script -> script function py_add(i, 1)", "py_add(i, 1)");
    time_script(&mut interp, "script -> native typed closure typed_add(i, 1)", "typed_add(i, 1)");
    time_script(&mut interp, "script -> native raw closure raw_add(i, 1)", "raw_add(i, 1)");

    let f: Value = interp.get_global("py_add").expect("py_add");
    let t = Instant::now();
    let mut acc = 0i64;
    for i in 0..N {
        acc = interp.call(&f, (i, 1)).expect("call");
    }
    let ns = t.elapsed().as_nanos() as f64 / N as f64;
    println!("{:<44} {ns:>8.1} ns/call (last = {acc})", "Rust -> script function (call by value)");

    let t = Instant::now();
    for i in 0..N / 10 {
        acc = interp.call("py_add", (i, 1)).expect("call");
    }
    let ns = t.elapsed().as_nanos() as f64 / (N / 10) as f64;
    println!("{:<44} {ns:>8.1} ns/call (last = {acc})", "Rust -> script function (call by name)");

    let raw_f = f.clone();
    let raw = interp.raw();
    let t = Instant::now();
    for i in 0..N {
        let _ = raw.call_value(raw_f.clone(), vec![Value::Int(i), Value::Int(1)], vec![]);
    }
    let ns = t.elapsed().as_nanos() as f64 / N as f64;
    println!("{:<44} {ns:>8.1} ns/call", "Rust -> script function (raw call_value)");
}

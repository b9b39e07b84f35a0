//! Embedding coil in a Rust program: run source, evaluate expressions, call
//! script functions, register native functions and a native module, pass host
//! objects through scripts, and capture output.
//!
//! Run with `cargo run --example embed_basic`.

use coil::{Exception, Interpreter, NativeObject, Value};
use std::any::Any;
use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

/// A host object scripts can hold and hand back.
struct Counter {
    hits: Cell<u64>,
}

impl NativeObject for Counter {
    fn type_name(&self) -> &str {
        "Counter"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

const SCRIPT: &str = r#"
import pricing

def total(items, discount=0.0):
    s = sum(pricing.price(name) * qty for name, qty in items.items())
    return round(s * (1 - discount), 2)

def visit(counter, times):
    for _ in range(times):
        hit(counter)
    return counter

print("script loaded; currency is", pricing.CURRENCY)
"#;

fn main() -> Result<(), coil::Error> {
    let mut interp = Interpreter::new();
    let out = interp.capture_output();

    // A native module with a typed function and a constant.
    let prices: HashMap<&str, f64> = [("apple", 0.5), ("pear", 0.75)].into_iter().collect();
    interp
        .module("pricing")
        .function("price", move |name: String| -> Result<f64, Exception> {
            prices.get(name.as_str()).copied().ok_or_else(|| Exception::new("KeyError", name.clone()))
        })
        .value("CURRENCY", "EUR")
        .register()?;
    // A builtin that works on a host object.
    interp.register_fn("hit", |c: Rc<Counter>| c.hits.set(c.hits.get() + 1));

    interp.run(SCRIPT, "shop.py")?;
    print!("{}", out.take());

    // Call a script function with a Rust map and a keyword argument.
    let basket: HashMap<String, i64> = [("apple".to_string(), 4), ("pear".to_string(), 2)].into_iter().collect();
    let t: f64 = interp.call_kw("total", (basket,), [("discount", 0.1)])?;
    println!("total with 10% off: {t}");

    // Evaluate an expression.
    let squares: Vec<i64> = interp.eval("[n * n for n in range(5)]")?;
    println!("squares: {squares:?}");

    // A host object goes into the script and comes back.
    let counter = Rc::new(Counter { hits: Cell::new(0) });
    let back: Rc<Counter> = interp.call("visit", (counter.clone(), 3))?;
    println!("counter hits: {} (same object: {})", back.hits.get(), Rc::ptr_eq(&back, &counter));

    // Errors carry type, message and traceback; typed natives explain mismatches.
    let err = interp.call::<f64>("total", (HashMap::from([("kiwi".to_string(), 1)]),)).unwrap_err();
    println!("error kind {:?}:\n{}", err.kind(), err.traceback);
    let err = interp.eval::<Value>("hit(42)").unwrap_err();
    println!("{err}");
    Ok(())
}

//! A host async function completed by a host thread: the script awaits it
//! under `asyncio.gather` and `asyncio.wait_for`; when `wait_for` times out,
//! the cancellation reaches the host thread, which stops its work. A second
//! thread talks to the running interpreter through a `Send` handle.
//!
//! Run with `cargo run --example embed_async`.

use coil::{Exception, HostFuture, Interpreter, Value};
use std::thread;
use std::time::{Duration, Instant};

const SCRIPT: &str = r#"
import asyncio

async def main():
    # Three host requests run concurrently on host threads.
    pages = await asyncio.gather(fetch("a", 30), fetch("b", 10), fetch("c", 20))
    print("gathered:", pages)
    # A slow request is abandoned: the host sees the cancellation.
    try:
        await asyncio.wait_for(fetch("slow", 5000), timeout=0.05)
    except asyncio.TimeoutError:
        print("slow request timed out")
    # Host failures arrive as exceptions.
    try:
        await fetch("missing", 5)
    except LookupError as e:
        print("host said:", e)
    # Wait until another host thread posts three events.
    while len(events) < 3:
        await asyncio.sleep(0.005)
    return events

events = []

def on_event(name):
    events.append(name)
    return len(events)
"#;

fn main() -> Result<(), coil::Error> {
    let mut interp = Interpreter::new();
    let start = Instant::now();
    interp.register_fn("fetch", move |url: String, ms: u64| {
        let (fut, done) = HostFuture::new();
        let label = url.clone();
        done.on_cancel(move || println!("[host] cancel callback for {label:?}"));
        thread::spawn(move || {
            let end = Instant::now() + Duration::from_millis(ms);
            while Instant::now() < end {
                if done.is_cancelled() {
                    println!("[host] worker for {url:?} stopped early");
                    return;
                }
                thread::sleep(Duration::from_millis(1));
            }
            if url == "missing" {
                done.reject(Exception::new("LookupError", format!("no page {url:?}")));
            } else {
                done.resolve(format!("<page {url}>"));
            }
        });
        fut
    });
    interp.run(SCRIPT, "client.py")?;

    let handle = interp.handle();
    let poster = thread::spawn(move || {
        for name in ["start", "tick", "stop"] {
            thread::sleep(Duration::from_millis(20));
            let n: i64 = handle.call("on_event", (name,)).wait().expect("on_event");
            println!("[thread] posted {name:?}, script has {n} events");
        }
    });

    let coro: Value = interp.call("main", ())?;
    let events: Vec<String> = interp.run_until_complete_as(coro)?;
    poster.join().expect("poster thread");
    println!("main returned {events:?} after {:?}", start.elapsed());
    Ok(())
}

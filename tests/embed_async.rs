//! Embedding API, async side: host futures completed from other threads,
//! cancellation reaching the host, driving the loop, and `Send` handles.

use coil::{Exception, HostFuture, Interpreter, Value};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::thread;
use std::time::{Duration, Instant};

/// An interpreter with `fetch(x, ms)` (resolves to `x * 10` after `ms` on a
/// thread, polling for cancellation) and counters of cancellations seen by the host.
fn host_with_fetch() -> (Interpreter, Arc<AtomicUsize>, Arc<AtomicUsize>) {
    let mut interp = Interpreter::new();
    let cancel_callbacks = Arc::new(AtomicUsize::new(0));
    let stopped_threads = Arc::new(AtomicUsize::new(0));
    let (cb, st) = (cancel_callbacks.clone(), stopped_threads.clone());
    interp.register_fn("fetch", move |x: i64, ms: u64| {
        let (fut, done) = HostFuture::new();
        let cb = cb.clone();
        done.on_cancel(move || {
            cb.fetch_add(1, Ordering::SeqCst);
        });
        let st = st.clone();
        thread::spawn(move || {
            let end = Instant::now() + Duration::from_millis(ms);
            while Instant::now() < end {
                if done.is_cancelled() {
                    st.fetch_add(1, Ordering::SeqCst);
                    return;
                }
                thread::sleep(Duration::from_millis(1));
            }
            done.resolve(x * 10);
        });
        fut
    });
    (interp, cancel_callbacks, stopped_threads)
}

fn run_main<T: coil::FromValue>(interp: &mut Interpreter, src: &str) -> Result<T, coil::Error> {
    interp.run(src, "<async>")?;
    let coro: Value = interp.call("main", ())?;
    interp.run_until_complete_as(coro)
}

#[test]
fn host_future_completed_by_a_thread() {
    let (mut interp, _, _) = host_with_fetch();
    let v: i64 = run_main(&mut interp, "async def main():\n    return await fetch(4, 5) + 2\n").unwrap();
    assert_eq!(v, 42);
}

#[test]
fn host_futures_under_gather_and_wait_for() {
    let (mut interp, cancels, _) = host_with_fetch();
    let src = "import asyncio
async def main():
    a = await asyncio.gather(fetch(1, 20), fetch(2, 5), fetch(3, 10))
    b = await asyncio.wait_for(fetch(4, 5), timeout=2)
    return a + [b]\n";
    let t = Instant::now();
    let v: Vec<i64> = run_main(&mut interp, src).unwrap();
    assert_eq!(v, vec![10, 20, 30, 40]);
    assert!(t.elapsed() < Duration::from_millis(500), "gather runs the host work concurrently");
    assert_eq!(cancels.load(Ordering::SeqCst), 0);
}

#[test]
fn wait_for_timeout_cancels_the_host_work() {
    let (mut interp, cancels, stopped) = host_with_fetch();
    let src = "import asyncio
async def main():
    try:
        await asyncio.wait_for(fetch(1, 5000), timeout=0.02)
    except asyncio.TimeoutError:
        return 'timed out'\n";
    let v: String = run_main(&mut interp, src).unwrap();
    assert_eq!(v, "timed out");
    assert_eq!(cancels.load(Ordering::SeqCst), 1, "the cancel callback ran");
    let end = Instant::now() + Duration::from_secs(2);
    while stopped.load(Ordering::SeqCst) == 0 && Instant::now() < end {
        thread::sleep(Duration::from_millis(1));
    }
    assert_eq!(stopped.load(Ordering::SeqCst), 1, "the worker thread saw is_cancelled()");
}

#[test]
fn task_cancel_and_taskgroup_failure_reach_the_host() {
    let (mut interp, cancels, _) = host_with_fetch();
    let src = "import asyncio
async def get(x, ms):
    return await fetch(x, ms)
async def boom():
    await asyncio.sleep(0.01)
    raise ValueError('boom')
async def main():
    t = asyncio.create_task(get(1, 5000))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(get(2, 5000))
            tg.create_task(boom())
    except ExceptionGroup:
        pass
    return 'ok'\n";
    let v: String = run_main(&mut interp, src).unwrap();
    assert_eq!(v, "ok");
    assert_eq!(cancels.load(Ordering::SeqCst), 2);
}

#[test]
fn rejected_and_dropped_completers_raise_in_the_script() {
    let mut interp = Interpreter::new();
    interp.register_fn("fail", |msg: String| {
        let (fut, done) = HostFuture::new();
        thread::spawn(move || done.reject(Exception::new("ConnectionError", msg)));
        fut
    });
    interp.register_fn("forget", || {
        let (fut, done) = HostFuture::new();
        drop(done);
        fut
    });
    interp.register_fn("now", |x: i64| {
        let (fut, done) = HostFuture::new();
        done.resolve(x);
        fut
    });
    let src = "async def main():
    out = []
    try:
        await fail('refused')
    except ConnectionError as e:
        out.append(str(e))
    try:
        await forget()
    except RuntimeError as e:
        out.append(str(e))
    out.append(str(await now(7)))
    return out\n";
    let v: Vec<String> = run_main(&mut interp, src).unwrap();
    assert_eq!(v, vec!["refused", "the host dropped the completer without a result", "7"]);
}

#[test]
fn host_future_outside_a_loop_is_an_error() {
    let (mut interp, _, _) = host_with_fetch();
    let e = interp.eval::<Value>("fetch(1, 1)").unwrap_err();
    assert_eq!(e.to_string(), "RuntimeError: no running event loop");
}

#[test]
fn script_driven_asyncio_run_sees_host_completions() {
    let (mut interp, _, _) = host_with_fetch();
    let out = interp.capture_output();
    interp
        .run("import asyncio\nasync def main():\n    print(await fetch(5, 5))\nasyncio.run(main())\n", "<run>")
        .unwrap();
    assert_eq!(out.take(), "50\n");
}

#[test]
fn spawn_and_step_the_loop() {
    let mut interp = Interpreter::new();
    let out = interp.capture_output();
    interp
        .run(
            "import asyncio\nticks = []\nasync def ticker(n):\n    for i in range(n):\n        ticks.append(i)\n        await asyncio.sleep(0)\n    return n\n",
            "<tick>",
        )
        .unwrap();
    let coro: Value = interp.call("ticker", (5,)).unwrap();
    let task = interp.spawn(coro).unwrap();
    interp.run_iterations(2).unwrap();
    assert_eq!(interp.eval::<Vec<i64>>("ticks").unwrap(), vec![0, 1]);
    assert!(!task.is_done());
    interp.run_for(Duration::from_millis(20)).unwrap();
    assert!(task.is_done());
    assert_eq!(interp.task_result::<i64>(&task).unwrap(), 5);
    // A timed step sleeps while idle instead of spinning, and returns on time.
    let coro: Value = interp.eval("asyncio.sleep(10)").unwrap();
    let sleeper = interp.spawn(coro).unwrap();
    let t = Instant::now();
    interp.run_for(Duration::from_millis(30)).unwrap();
    assert!(t.elapsed() >= Duration::from_millis(30) && t.elapsed() < Duration::from_millis(500));
    assert!(!sleeper.is_done());
    sleeper.cancel();
    interp.run_iterations(2).unwrap();
    assert!(sleeper.is_done());
    assert_eq!(out.take(), "");
}

#[test]
fn handle_posts_calls_from_another_thread() {
    let mut interp = Interpreter::new();
    interp
        .run(
            "import asyncio
received = []
stop = asyncio.Event()
def push(x):
    received.append(x)
    if len(received) == 3:
        stop.set()
    return len(received)
async def slow_double(x):
    await asyncio.sleep(0.005)
    return 2 * x
async def main():
    await stop.wait()
    return sum(received)\n",
            "<handle>",
        )
        .unwrap();
    let handle = interp.handle();
    let (tx, rx) = mpsc::channel();
    let worker = thread::spawn(move || {
        let mut counts = Vec::new();
        for x in [10, 20] {
            counts.push(handle.call::<i64>("push", (x,)).wait().unwrap());
        }
        let doubled = handle.call::<i64>("slow_double", (21,)).wait().unwrap();
        handle
            .post(|interp| {
                let _ = interp.call_value(Value::None, vec![], vec![]);
            })
            .unwrap();
        counts.push(handle.call::<i64>("push", (12,)).wait().unwrap());
        tx.send((counts, doubled)).unwrap();
    });
    let coro: Value = interp.call("main", ()).unwrap();
    let total: i64 = interp.run_until_complete_as(coro).unwrap();
    worker.join().unwrap();
    let (counts, doubled) = rx.recv().unwrap();
    assert_eq!(total, 42);
    assert_eq!(counts, vec![1, 2, 3]);
    assert_eq!(doubled, 42);
}

#[test]
fn handle_outlives_the_interpreter_safely() {
    let interp = Interpreter::new();
    let handle = interp.handle();
    drop(interp);
    assert!(handle.is_closed());
    assert!(handle.post(|_| {}).is_err());
    let e = handle.call::<i64>("f", ()).wait().unwrap_err();
    assert!(e.message.contains("dropped"));
}

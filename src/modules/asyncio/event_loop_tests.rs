//! Property tests of the event loop's ready queue, through `run_once` with a real
//! interpreter: one iteration runs the callbacks that were ready, in FIFO order,
//! then the timers that are due, in deadline order (ties in scheduling order);
//! cancelled handles never run, and timers not yet due wait.

use super::*;
use proptest::prelude::*;
use proptest::test_runner::Config;

#[derive(Clone, Debug)]
enum Op {
    /// `call_soon`.
    Soon,
    /// `call_at` this many (few, so ties are common) seconds in the past: due.
    AtPast(u8),
    /// `call_at` an hour from now: not due in this test.
    AtFuture,
    /// Cancel the n-th handle created (modulo their number).
    Cancel(usize),
    RunOnce,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        5 => Just(Op::Soon),
        3 => (0u8..4).prop_map(Op::AtPast),
        1 => Just(Op::AtFuture),
        2 => any::<usize>().prop_map(Op::Cancel),
        2 => Just(Op::RunOnce),
    ]
}

fn config() -> Config {
    Config { cases: 48, failure_persistence: None, ..Config::default() }
}

/// A scheduled handle as the model sees it.
struct Entry {
    handle: Rc<Handle>,
    /// `None` for `call_soon`; the deadline of a timer.
    when: Option<f64>,
    ran: bool,
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn run_once_runs_ready_callbacks_fifo_then_due_timers(ops in proptest::collection::vec(op(), 1..60)) {
        let mut interp = crate::new_interp();
        let lp = Rc::new(EventLoop::new());
        // Never block in the poller: nothing here waits for a future deadline.
        lp.stopping.set(true);
        let log = Value::list(vec![]);
        let append = interp.get_attr(&log, "append").expect("list.append");
        let t0 = now();
        let mut model: Vec<Entry> = Vec::new();
        // Ids of the call_soon handles and of the timers moved to ready, in queue order.
        let mut ready: Vec<usize> = Vec::new();
        for op in ops.iter().chain([Op::RunOnce].iter()) {
            let id = model.len();
            let new_handle = |when| {
                Rc::new(Handle::new(append.clone(), vec![Value::Int(id as i64)], when))
            };
            match op {
                Op::Soon => {
                    let h = new_handle(None);
                    lp.call_soon(h.clone());
                    model.push(Entry { handle: h, when: None, ran: false });
                    ready.push(id);
                }
                Op::AtPast(s) => {
                    let when = t0 - 10.0 - f64::from(*s);
                    let h = new_handle(Some(when));
                    lp.call_at(when, TimerAction::Call(h.clone()));
                    model.push(Entry { handle: h, when: Some(when), ran: false });
                }
                Op::AtFuture => {
                    let when = t0 + 3600.0;
                    let h = new_handle(Some(when));
                    lp.call_at(when, TimerAction::Call(h.clone()));
                    model.push(Entry { handle: h, when: Some(when), ran: false });
                }
                Op::Cancel(n) => {
                    if !model.is_empty() {
                        let n = n % model.len();
                        model[n].handle.cancelled.set(true);
                    }
                }
                Op::RunOnce => {
                    // Due timers join the queue after what is already ready.
                    let mut due: Vec<usize> = (0..model.len())
                        .filter(|&i| {
                            let e = &model[i];
                            e.when.is_some_and(|w| w < t0) && !e.ran && !ready.contains(&i)
                        })
                        .collect();
                    due.sort_by(|&a, &b| model[a].when.unwrap().total_cmp(&model[b].when.unwrap()));
                    ready.extend(due);
                    let want: Vec<i64> =
                        ready.drain(..).filter(|&i| !model[i].handle.cancelled.get()).map(|i| i as i64).collect();
                    for e in model.iter_mut() {
                        if e.when.is_none_or(|w| w < t0) {
                            e.ran = true;
                        }
                    }
                    if let Value::List(l) = &log {
                        l.0.borrow_mut().clear();
                    }
                    prop_assert!(run_once(&mut interp, &lp).is_ok());
                    let got: Vec<i64> = match &log {
                        Value::List(l) => l.0.borrow().iter().map(|v| match v { Value::Int(i) => *i, _ => -1 }).collect(),
                        _ => unreachable!(),
                    };
                    prop_assert_eq!(got, want);
                    prop_assert!(lp.ready.borrow().is_empty());
                }
            }
        }
        lp.close();
    }
}

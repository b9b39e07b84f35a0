//! Property tests of the timer heap against a model: a list of (deadline,
//! scheduling order, id, dead). Timers fire in deadline order, ties in the order
//! they were scheduled; a cancelled handle or a done future never fires; an
//! entry is never returned before its deadline; `next_deadline` is the earliest
//! live deadline.

use super::*;
use crate::modules::asyncio::event_loop::EventLoop;
use crate::modules::asyncio::future::{self, Future};
use proptest::prelude::*;
use proptest::test_runner::Config;

#[derive(Clone, Debug)]
enum Op {
    /// Schedule at this deadline (few distinct values, so ties are common): a
    /// `call_later` handle, or an `asyncio.sleep` wake-up of a future.
    Push(u8, bool),
    /// Cancel the handle, or finish the future, of the n-th entry pushed (modulo their number).
    Kill(usize),
    /// Pop every entry due at this time.
    PopDue(u8),
    NextDeadline,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        6 => (0u8..8, any::<bool>()).prop_map(|(w, call)| Op::Push(w, call)),
        2 => any::<usize>().prop_map(Op::Kill),
        2 => (0u8..10).prop_map(Op::PopDue),
        1 => Just(Op::NextDeadline),
    ]
}

/// One scheduled entry as the heap should see it.
struct Entry {
    when: f64,
    id: i64,
    dead: bool,
    gone: bool,
    kill: Box<dyn Fn()>,
}

fn config() -> Config {
    Config { cases: 128, failure_persistence: None, ..Config::default() }
}

/// The id of a popped action.
fn id_of(action: &TimerAction) -> i64 {
    let v = match action {
        TimerAction::Call(h) => &h.callback,
        TimerAction::Wake(_, v) => v,
    };
    match v {
        Value::Int(i) => *i,
        _ => panic!("not an id"),
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn timers_fire_in_deadline_then_scheduling_order(ops in proptest::collection::vec(op(), 1..120)) {
        let lp = Rc::new(EventLoop::new());
        let mut heap = TimerHeap::default();
        // Entries in scheduling order, so the model's tie-break is the index.
        let mut model: Vec<Entry> = Vec::new();
        for op in &ops {
            match op {
                Op::Push(w, call) => {
                    let when = f64::from(*w) * 0.5;
                    let id = model.len() as i64;
                    let (action, kill): (TimerAction, Box<dyn Fn()>) = if *call {
                        let h = Rc::new(Handle::new(Value::Int(id), vec![], Some(when)));
                        let h2 = h.clone();
                        (TimerAction::Call(h), Box::new(move || h2.cancelled.set(true)))
                    } else {
                        let f = Rc::new(Future::new(lp.clone(), None));
                        let f2 = f.clone();
                        (TimerAction::Wake(f, Value::Int(id)), Box::new(move || future::set_result_quiet(&f2, Value::None)))
                    };
                    heap.push(when, action);
                    model.push(Entry { when, id, dead: false, gone: false, kill });
                }
                Op::Kill(n) => {
                    if !model.is_empty() {
                        let i = n % model.len();
                        let e = &mut model[i];
                        (e.kill)();
                        e.dead = true;
                    }
                }
                Op::PopDue(t) => {
                    let now = f64::from(*t) * 0.5;
                    let mut got = Vec::new();
                    while let Some(a) = heap.pop_due(now) {
                        got.push(id_of(&a));
                    }
                    let mut due: Vec<&mut Entry> = model.iter_mut().filter(|e| !e.dead && !e.gone && e.when <= now).collect();
                    // Stable sort: equal deadlines stay in scheduling order.
                    due.sort_by(|a, b| a.when.total_cmp(&b.when));
                    let want: Vec<i64> = due.iter().map(|e| e.id).collect();
                    for e in due {
                        e.gone = true;
                    }
                    prop_assert_eq!(got, want, "due at {}", now);
                }
                Op::NextDeadline => {
                    let want = model.iter().filter(|e| !e.dead && !e.gone).map(|e| e.when).min_by(f64::total_cmp);
                    prop_assert_eq!(heap.next_deadline(), want);
                }
            }
        }
        // Finally everything live fires, in order.
        let mut got = Vec::new();
        while let Some(a) = heap.pop_due(f64::INFINITY) {
            got.push(id_of(&a));
        }
        let mut rest: Vec<&Entry> = model.iter().filter(|e| !e.dead && !e.gone).collect();
        rest.sort_by(|a, b| a.when.total_cmp(&b.when));
        prop_assert_eq!(got, rest.iter().map(|e| e.id).collect::<Vec<_>>());
        prop_assert_eq!(heap.next_deadline(), None);
    }
}

//! Driving the event loop from the host: run an awaitable to completion, spawn
//! tasks, or step the loop for a bounded time or number of iterations. While
//! the host drives, jobs posted from other threads (host-future completions,
//! [`Handle`](crate::embed::handle::Handle) calls) are applied between
//! iterations, and an idle loop sleeps until the next timer or the next job.

use crate::embed::async_host::drain;
use crate::embed::convert::FromValue;
use crate::embed::{Error, Interpreter};
use crate::modules::asyncio::event_loop::{now, run_once, EventLoop};
use crate::modules::asyncio::future::{self, Future};
use crate::modules::asyncio::task;
use crate::vm::interp::Limit;
use crate::vm::object::PyResult;
use crate::vm::value::Value;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// Loop iterations granted to tasks to wind down after a crossed limit.
const WIND_DOWN_ITERATIONS: usize = 16;

/// A task spawned by the host on the interpreter's loop.
#[derive(Clone)]
pub struct Task {
    fut: Rc<Future>,
}

impl Task {
    /// Whether the task finished (returned, raised or was cancelled).
    pub fn is_done(&self) -> bool {
        self.fut.is_done()
    }
    /// Requests cancellation (CancelledError is thrown into it at its next step).
    pub fn cancel(&self) -> bool {
        task::cancel(&self.fut, Value::None)
    }
    /// The task as a script value (an asyncio Task).
    pub fn value(&self) -> Value {
        self.fut.value()
    }
}

/// When [`Interpreter::drive`] stops.
struct Until<'a> {
    done: Option<&'a Rc<Future>>,
    wall: Option<Instant>,
    iterations: Option<usize>,
}

impl Interpreter {
    /// The interpreter's event loop (made on first use and set as the current loop).
    pub fn event_loop(&mut self) -> Rc<EventLoop> {
        // Tasks and futures are `_asyncio`'s classes, built on first use.
        self.interp.native_module("_asyncio");
        match &self.interp.runtime().event_loop {
            Some(lp) if !lp.closed.get() => lp.clone(),
            _ => {
                let lp = Rc::new(EventLoop::new());
                self.interp.runtime().event_loop = Some(lp.clone());
                lp
            }
        }
    }

    /// Runs a coroutine (or awaits a future) on the interpreter's loop until it is
    /// done, and returns its result; other tasks advance meanwhile.
    ///
    /// ```
    /// let mut interp = coil::Interpreter::new();
    /// interp.run("import asyncio\nasync def f(x):\n    await asyncio.sleep(0.001)\n    return x + 1\n", "<host>").unwrap();
    /// let coro = interp.call::<coil::Value>("f", (41,)).unwrap();
    /// assert_eq!(interp.run_until_complete_as::<i64>(coro).unwrap(), 42);
    /// ```
    pub fn run_until_complete(&mut self, awaitable: Value) -> Result<Value, Error> {
        self.enter();
        let r = self.run_until_complete_inner(awaitable);
        self.leave(r)
    }

    /// [`run_until_complete`](Self::run_until_complete), converting the result.
    pub fn run_until_complete_as<T: FromValue>(&mut self, awaitable: Value) -> Result<T, Error> {
        let v = self.run_until_complete(awaitable)?;
        self.convert(&v)
    }

    fn run_until_complete_inner(&mut self, awaitable: Value) -> PyResult<Value> {
        let lp = self.event_loop();
        let fut = task::ensure_future(&mut self.interp, &lp, awaitable)?;
        self.drive(&Until { done: Some(&fut), wall: None, iterations: None })?;
        if !fut.is_done() {
            return Err(self.interp.runtime_error("Event loop stopped before Future completed."));
        }
        future::result(&mut self.interp, &fut)
    }

    /// Schedules a coroutine as a task on the interpreter's loop; it runs while
    /// the host drives the loop.
    pub fn spawn(&mut self, coro: Value) -> Result<Task, Error> {
        let lp = self.event_loop();
        match task::create_task(&mut self.interp, &lp, coro, Value::None) {
            Ok(fut) => Ok(Task { fut }),
            Err(e) => Err(Error::from_exception(&mut self.interp, &e)),
        }
    }

    /// The result of a finished task (an error if it raised or is not done).
    pub fn task_result<T: FromValue>(&mut self, t: &Task) -> Result<T, Error> {
        let r = future::result(&mut self.interp, &t.fut);
        let v = r.map_err(|e| Error::from_exception(&mut self.interp, &e))?;
        self.convert(&v)
    }

    /// Runs the loop for `d` of wall-clock time (sleeping while idle).
    pub fn run_for(&mut self, d: Duration) -> Result<(), Error> {
        self.enter();
        let r = self.drive(&Until { done: None, wall: Some(Instant::now() + d), iterations: None });
        self.leave(r.map(|_| Value::None)).map(|_| ())
    }

    /// Runs at most `n` iterations of the loop, each running the callbacks that
    /// were ready at its start; never sleeps.
    pub fn run_iterations(&mut self, n: usize) -> Result<(), Error> {
        self.enter();
        let r = self.drive(&Until { done: None, wall: Some(Instant::now()), iterations: Some(n) });
        self.leave(r.map(|_| Value::None)).map(|_| ())
    }

    /// Runs the jobs posted through handles, without running the loop.
    pub fn run_pending(&mut self) {
        drain(&mut self.interp);
    }

    /// Marks the loop running, steps it until `until`, and restores it.
    fn drive(&mut self, until: &Until) -> PyResult<()> {
        let lp = self.event_loop();
        if self.interp.runtime().running_loop.is_some() {
            return Err(self.interp.runtime_error("Cannot run the event loop while another loop is running"));
        }
        lp.running.set(true);
        self.interp.runtime().running_loop = Some(lp.clone());
        self.state.driving.set(true);
        let r = self.drive_loop(&lp, until);
        self.state.driving.set(false);
        lp.running.set(false);
        self.interp.runtime().running_loop = None;
        r
    }

    fn drive_loop(&mut self, lp: &Rc<EventLoop>, until: &Until) -> PyResult<()> {
        let mut iterations = 0;
        loop {
            drain(&mut self.interp);
            if until.done.is_some_and(|f| f.is_done()) || until.iterations.is_some_and(|n| iterations >= n) {
                return Ok(());
            }
            if let Some(e) = self.tripped_error() {
                return Err(e);
            }
            let idle = lp.ready.borrow().is_empty();
            if idle && until.iterations.is_none() && until.wall.is_some_and(|w| Instant::now() >= w) {
                return Ok(());
            }
            if idle && until.iterations.is_none() {
                self.wait_for_work(lp, until)?;
            }
            lp.stopping.set(true);
            let r = run_once(&mut self.interp, lp);
            lp.stopping.set(false);
            iterations += 1;
            r?;
        }
    }

    /// The error of a crossed limit: the deadline is also checked here, for
    /// scripts that wait rather than compute.
    fn tripped_error(&mut self) -> Option<Value> {
        if let Some(kind) = self.interp.limits.tripped {
            return Some(self.interp.limit_error(kind));
        }
        match self.interp.limits.deadline {
            Some(d) if Instant::now() >= d => Some(self.interp.trip_limit(Limit::Deadline)),
            _ => None,
        }
    }

    /// Sleeps until the next timer, the wall or limit deadline, or a posted job.
    fn wait_for_work(&mut self, lp: &Rc<EventLoop>, until: &Until) -> PyResult<()> {
        let timer = lp.timers.borrow_mut().next_deadline().map(|d| Duration::from_secs_f64((d - now()).max(0.0)));
        let instant = |i: Instant| i.saturating_duration_since(Instant::now());
        let wall = until.wall.map(instant);
        let limit = self.interp.limits.deadline.map(instant);
        let timeout = [timer, wall, limit].into_iter().flatten().min();
        if timeout.is_none() && !self.state.has_pending() && std::sync::Arc::strong_count(&self.state.inbox) == 1 {
            let msg = "the event loop has nothing left to run but the awaited coroutine is not done";
            return Err(self.interp.runtime_error(msg));
        }
        if timeout.is_some_and(|t| t.is_zero()) {
            return Ok(());
        }
        self.interp.flush();
        self.state.inbox.wait(timeout);
        Ok(())
    }

    /// After a crossed limit: cancels the pending tasks of the interpreter's loop
    /// and lets them wind down (their handlers are skipped while the limit is
    /// tripped; awaited host futures see the cancellation).
    pub(crate) fn stop_tasks_after_limit(&mut self) {
        let Some(lp) = self.interp.runtime().event_loop.clone() else { return };
        if lp.closed.get() || self.interp.runtime().running_loop.is_some() {
            return;
        }
        let tasks = lp.pending_tasks();
        if tasks.is_empty() {
            return;
        }
        for t in &tasks {
            task::cancel(t, Value::None);
        }
        lp.running.set(true);
        self.interp.runtime().running_loop = Some(lp.clone());
        for _ in 0..WIND_DOWN_ITERATIONS {
            lp.stopping.set(true);
            let _ = run_once(&mut self.interp, &lp);
            lp.stopping.set(false);
            if tasks.iter().all(|t| t.is_done()) && lp.ready.borrow().is_empty() {
                break;
            }
        }
        lp.running.set(false);
        self.interp.runtime().running_loop = None;
    }
}

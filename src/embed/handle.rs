//! A `Send` handle to an interpreter: other threads post closures or function
//! calls, which run on the interpreter's thread the next time it drives its
//! loop (or calls [`Interpreter::run_pending`]).

use crate::embed::async_host::{Inbox, Job};
use crate::embed::convert::{FromValue, IntoArgs};
use crate::embed::{Callee, Error, ErrorKind, Interpreter};
use crate::modules::asyncio::future::{self, DoneCallback, Future};
use crate::modules::asyncio::task;
use crate::vm::interp::Interp;
use crate::vm::value::Value;
use std::rc::Rc;
use std::sync::mpsc;
use std::sync::Arc;
use std::time::Duration;

/// A thread-safe handle that posts work into an interpreter.
///
/// ```
/// let mut interp = coil::Interpreter::new();
/// interp.run("def add(a, b):\n    return a + b\n", "<host>").unwrap();
/// let handle = interp.handle();
/// let reply = std::thread::spawn(move || handle.call::<i64>("add", (2, 3))).join().unwrap();
/// interp.run_pending();
/// assert_eq!(reply.wait().unwrap(), 5);
/// ```
#[derive(Clone)]
pub struct Handle {
    inbox: Arc<Inbox>,
}

/// The interpreter is gone: nothing posted will run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Closed;

impl std::fmt::Display for Closed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the interpreter was dropped")
    }
}

impl std::error::Error for Closed {}

/// The pending result of a call posted through a [`Handle`].
pub struct Reply<T> {
    rx: mpsc::Receiver<Result<T, Error>>,
}

fn dropped() -> Error {
    Error::host(ErrorKind::Exception, "RuntimeError", "the interpreter was dropped before answering")
}

impl<T> Reply<T> {
    /// Blocks until the answer comes.
    pub fn wait(self) -> Result<T, Error> {
        self.rx.recv().unwrap_or_else(|_| Err(dropped()))
    }
    /// Blocks at most `d`; `None` when no answer came in time.
    pub fn wait_timeout(&self, d: Duration) -> Option<Result<T, Error>> {
        match self.rx.recv_timeout(d) {
            Ok(r) => Some(r),
            Err(mpsc::RecvTimeoutError::Timeout) => None,
            Err(mpsc::RecvTimeoutError::Disconnected) => Some(Err(dropped())),
        }
    }
}

impl Interpreter {
    /// A `Send + Sync` handle for other threads.
    pub fn handle(&self) -> Handle {
        Handle { inbox: self.state.inbox.clone() }
    }
}

impl Handle {
    /// Runs `f` on the interpreter's thread.
    pub fn post(&self, f: impl FnOnce(&mut Interp) + Send + 'static) -> Result<(), Closed> {
        let job: Job = Box::new(f);
        if self.inbox.post(job) {
            Ok(())
        } else {
            Err(Closed)
        }
    }

    /// Whether the interpreter is gone.
    pub fn is_closed(&self) -> bool {
        self.inbox.is_closed()
    }

    /// Calls `name` (a global of `__main__`, or a dotted path) with `args` on the
    /// interpreter's thread. When it returns a coroutine, that runs as a task on
    /// the interpreter's loop and the reply carries the task's result.
    pub fn call<T>(&self, name: &str, args: impl IntoArgs + Send + 'static) -> Reply<T>
    where
        T: FromValue + Send + 'static,
    {
        let (tx, rx) = mpsc::channel();
        let name = name.to_string();
        let job = move |interp: &mut Interp| {
            let r = name.as_str().resolve(interp).and_then(|f| {
                let args = args.into_args(interp)?;
                interp.call_value(f, args, vec![])
            });
            match r {
                Ok(v) if task::is_coroutine(&v) => reply_from_task(interp, v, tx),
                Ok(v) => {
                    let _ = tx.send(convert_reply(interp, Ok(v)));
                }
                Err(e) => {
                    let _ = tx.send(convert_reply(interp, Err(e)));
                }
            }
        };
        if !self.inbox.post(Box::new(job)) {
            let (tx, rx) = mpsc::channel();
            let _ = tx.send(Err(dropped()));
            return Reply { rx };
        }
        Reply { rx }
    }
}

/// Converts a call's outcome into a reply.
fn convert_reply<T: FromValue>(interp: &mut Interp, r: Result<Value, Value>) -> Result<T, Error> {
    match r {
        Ok(v) => crate::embed::convert::convert::<T>(interp, &v).map_err(|e| Error::from_exception(interp, &e)),
        Err(e) => Err(Error::from_exception(interp, &e)),
    }
}

/// Runs a coroutine as a task and answers when it is done.
fn reply_from_task<T>(interp: &mut Interp, coro: Value, tx: mpsc::Sender<Result<T, Error>>)
where
    T: FromValue + Send + 'static,
{
    interp.native_module("_asyncio");
    let lp = match interp.runtime().running_loop.clone().or_else(|| interp.runtime().event_loop.clone()) {
        Some(lp) => lp,
        None => {
            let lp = Rc::new(crate::modules::asyncio::EventLoop::new());
            interp.runtime().event_loop = Some(lp.clone());
            lp
        }
    };
    let t = match task::create_task(interp, &lp, coro, Value::None) {
        Ok(t) => t,
        Err(e) => {
            let _ = tx.send(convert_reply(interp, Err(e)));
            return;
        }
    };
    let done: future::NativeDone = future::native_done(move |interp: &mut Interp, f: &Rc<Future>| {
        let r = future::result(interp, f);
        let _ = tx.send(convert_reply(interp, r));
        Ok(())
    });
    future::add_done_callback(&t, DoneCallback::Native(done));
}

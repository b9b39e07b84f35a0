//! Ctrl-C while code runs. The line editor reads keys in raw mode, so at the
//! prompt Ctrl-C is a key, not a signal; while an input runs, the terminal is in
//! its normal mode and Ctrl-C sends SIGINT. The handler (on the `ctrlc` crate's
//! thread) sets the interpreter's interrupt flag, which the VM checks on
//! backward jumps, and wakes the event-loop driver if it is waiting for a timer.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Receiver};
use std::sync::Arc;

/// Receives one message per Ctrl-C; lets a waiting driver wake at once.
pub struct Interrupts {
    pub wakeups: Receiver<()>,
}

impl Interrupts {
    /// Installs the process's SIGINT handler, setting `flag` on each Ctrl-C.
    /// `None` when a handler could not be installed (Ctrl-C then ends coil).
    pub fn install(flag: Arc<AtomicBool>) -> Option<Interrupts> {
        let (tx, rx) = channel();
        let handler = move || {
            flag.store(true, Ordering::SeqCst);
            let _ = tx.send(());
        };
        ctrlc::set_handler(handler).ok()?;
        Some(Interrupts { wakeups: rx })
    }

    /// Forgets Ctrl-Cs that arrived while nothing ran.
    pub fn clear(&self, flag: &AtomicBool) {
        while self.wakeups.try_recv().is_ok() {}
        flag.store(false, Ordering::SeqCst);
    }
}

//! The asyncio runtime: event loop on mio, futures, tasks and timers.

/// Per-interpreter state of the asyncio runtime.
#[derive(Default)]
pub struct Runtime {}

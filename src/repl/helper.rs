//! The rustyline helper, living on the editor thread: Tab completion (asked of
//! the interpreter thread, which answers while it waits for the line),
//! Tab-to-indent at the start of a line, and syntax highlighting.
//! Incomplete input is decided by the REPL loop, line by line, so validation
//! and hints are rustyline's defaults.

use super::input::Event;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};
use std::borrow::Cow;
use std::sync::mpsc::{channel, Sender};
use std::time::Duration;

/// How long a completion may take before the editor gives up on it.
const COMPLETION_TIMEOUT: Duration = Duration::from_secs(5);

/// Sends completion requests to the interpreter thread.
pub struct ReplHelper {
    events: Sender<Event>,
}

impl ReplHelper {
    /// A helper asking for completions through `events`.
    pub fn new(events: Sender<Event>) -> ReplHelper {
        ReplHelper { events }
    }
}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = line.get(..pos).unwrap_or(line);
        if before.trim().is_empty() {
            // Tab at the start of a line indents, as in CPython's REPL.
            let pair = Pair { display: String::new(), replacement: "    ".into() };
            return Ok((pos, vec![pair]));
        }
        let (reply, answer) = channel();
        if self.events.send(Event::Complete(before.to_string(), reply)).is_err() {
            return Ok((pos, Vec::new()));
        }
        let Ok((start, words)) = answer.recv_timeout(COMPLETION_TIMEOUT) else { return Ok((pos, Vec::new())) };
        let pairs = words.into_iter().map(|w| Pair { display: w.clone(), replacement: w }).collect();
        Ok((start, pairs))
    }
}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        Cow::Owned(super::colour::highlight(line))
    }

    /// Colours depend on the text only: redraw after edits, not cursor moves.
    fn highlight_char(&self, _line: &str, _pos: usize, kind: CmdKind) -> bool {
        kind != CmdKind::MoveCursor
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}

impl Validator for ReplHelper {}

impl Helper for ReplHelper {}

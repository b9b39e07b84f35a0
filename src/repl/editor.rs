//! The terminal line editor (rustyline) on a thread of its own, so the
//! interpreter thread keeps running the event loop while the prompt waits for
//! keys. What background tasks print meanwhile is shown above the prompt, which
//! is redrawn with the text typed so far. Keys typed while an input runs stay
//! in the terminal (and in the editor's read buffer between lines), so
//! typeahead and pastes lose nothing. The history, in `~/.coil_history`, holds
//! whole inputs: a block comes back as one entry after a restart.

use super::helper::ReplHelper;
use super::input::{Event, Host, Line, LineReader};
use super::keys::{AutoIndent, IndentState};
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::{Config, Editor, EventHandler, ExternalPrinter};
use std::io::Write;
use std::path::PathBuf;
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

/// How many inputs the history keeps.
const HISTORY_SIZE: usize = 1000;

/// What the interpreter thread asks of the editor thread.
enum Request {
    /// Read a line with this prompt and automatic indentation.
    Read(String, String),
    /// Add an entry to the history and save it.
    Remember(String),
}

/// The editor, driven from the interpreter thread.
pub struct EditorReader {
    requests: Option<Sender<Request>>,
    events: Receiver<Event>,
    printer: Box<dyn ExternalPrinter + Send>,
    thread: Option<JoinHandle<()>>,
}

impl EditorReader {
    /// Starts the editor thread, loading the history file if there is one.
    pub fn new() -> rustyline::Result<EditorReader> {
        let config = Config::builder()
            .auto_add_history(false)
            .max_history_size(HISTORY_SIZE)?
            .completion_type(rustyline::CompletionType::List)
            .tab_stop(4)
            .indent_size(4)
            .build();
        let (event_tx, events) = channel();
        let mut editor: Editor<ReplHelper, FileHistory> = Editor::with_config(config)?;
        editor.set_helper(Some(ReplHelper::new(event_tx.clone())));
        let state = Arc::new(Mutex::new(IndentState::default()));
        let handler = AutoIndent { state: state.clone() };
        editor.bind_sequence(rustyline::Event::Any, EventHandler::Conditional(Box::new(handler)));
        let printer: Box<dyn ExternalPrinter + Send> = Box::new(editor.create_external_printer()?);
        let history = history_path();
        if let Some(path) = &history {
            let _ = editor.load_history(path);
        }
        let (requests, request_rx) = channel();
        let thread = std::thread::Builder::new()
            .name("coil-editor".into())
            .spawn(move || serve(editor, state, history, request_rx, event_tx))?;
        Ok(EditorReader { requests: Some(requests), events, printer, thread: Some(thread) })
    }
}

/// The editor thread: reads lines and saves history as asked, until the
/// interpreter thread hangs up.
fn serve(
    mut editor: Editor<ReplHelper, FileHistory>,
    state: Arc<Mutex<IndentState>>,
    history: Option<PathBuf>,
    requests: Receiver<Request>,
    events: Sender<Event>,
) {
    for request in requests {
        match request {
            Request::Read(prompt, indent) => {
                if let Ok(mut s) = state.lock() {
                    *s = IndentState { indent, inserted: false };
                }
                let line = match editor.readline(&prompt) {
                    Ok(text) => Line::Text(dedent_entered(&state, &prompt, text)),
                    Err(ReadlineError::Interrupted) => Line::Interrupted,
                    Err(_) => Line::Eof,
                };
                if events.send(Event::Line(line)).is_err() {
                    break;
                }
            }
            Request::Remember(entry) => {
                let _ = editor.add_history_entry(entry);
                if let Some(path) = &history {
                    let _ = editor.save_history(path);
                }
            }
        }
    }
}

/// An entered `else:`-like header whose indentation was inserted moves out a
/// level; the line on the screen is redrawn to match.
fn dedent_entered(state: &Mutex<IndentState>, prompt: &str, text: String) -> String {
    let fixed = state.lock().ok().and_then(|s| super::keys::dedent_header(&s, &text));
    match fixed {
        Some(fixed) if !text.contains('\n') => {
            // Up to the line just entered, clear it, and write it again.
            let mut out = std::io::stdout();
            let _ = write!(out, "\x1b[1A\r\x1b[2K{prompt}{}\n", super::colour::highlight(&fixed));
            let _ = out.flush();
            fixed
        }
        _ => text,
    }
}

/// `~/.coil_history`, when the home folder is known.
fn history_path() -> Option<PathBuf> {
    std::env::var_os("HOME").filter(|h| !h.is_empty()).map(|h| PathBuf::from(h).join(".coil_history"))
}

impl LineReader for EditorReader {
    fn read(&mut self, prompt: &str, indent: &str, host: &mut dyn Host) -> Line {
        let Some(requests) = &self.requests else { return Line::Eof };
        if requests.send(Request::Read(prompt.to_string(), indent.to_string())).is_err() {
            return Line::Eof;
        }
        let mut wait = std::time::Duration::ZERO;
        loop {
            match self.events.recv_timeout(wait) {
                Ok(Event::Line(line)) => return line,
                Ok(Event::Complete(before, reply)) => {
                    let _ = reply.send(host.complete(&before));
                    continue;
                }
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return Line::Eof,
            }
            let (printed, next) = host.idle();
            if !printed.is_empty() {
                let _ = self.printer.print(printed);
            }
            wait = next;
        }
    }

    fn remember(&mut self, entry: &str) {
        if let Some(requests) = &self.requests {
            let _ = requests.send(Request::Remember(entry.to_string()));
        }
    }

    fn finish(&mut self) {
        // Hanging up ends the editor thread once it has saved what it was given.
        self.requests = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

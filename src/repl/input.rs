//! Where the REPL's lines come from: the terminal line editor (see
//! [`super::editor`]), or plain lines from standard input with the prompts
//! written to stderr. While a reader waits, it lets the session run its event
//! loop and answer completion requests through [`Host`].

use std::io::{BufRead, Write};
use std::sync::mpsc::Sender;
use std::time::Duration;

/// One result of reading a line.
pub enum Line {
    /// The text entered, possibly several lines (a paste, or a block from history).
    Text(String),
    /// Ctrl-C at the prompt.
    Interrupted,
    /// Ctrl-D on an empty line, or the end of the input.
    Eof,
}

/// What the editor thread tells the interpreter thread.
pub enum Event {
    /// The line the person entered.
    Line(Line),
    /// Tab was pressed after this text: reply with where the completed word
    /// starts and the candidates.
    Complete(String, Sender<(usize, Vec<String>)>),
}

/// What a reader asks of the session while it waits for a line.
pub trait Host {
    /// Runs the event loop's work that is due; returns what it printed and how
    /// long the loop has nothing to do.
    fn idle(&mut self) -> (String, Duration);
    /// Completions for the text before the cursor.
    fn complete(&mut self, before: &str) -> (usize, Vec<String>);
}

/// A source of input lines.
pub trait LineReader {
    /// Shows `prompt` and reads one line; `indent` is the indentation the line
    /// gets if the person starts it with a visible character.
    fn read(&mut self, prompt: &str, indent: &str, host: &mut dyn Host) -> Line;
    /// Remembers a complete input (one entry, however many lines) in the history.
    fn remember(&mut self, _entry: &str) {}
    /// Called once when the session ends.
    fn finish(&mut self) {}
}

/// Lines read from standard input, as `python -i` does when it is not a terminal.
pub struct PlainReader {
    prompts: bool,
}

impl PlainReader {
    /// A reader that writes its prompts to stderr when `prompts` is set.
    pub fn new(prompts: bool) -> PlainReader {
        PlainReader { prompts }
    }
}

impl LineReader for PlainReader {
    fn read(&mut self, prompt: &str, _indent: &str, _host: &mut dyn Host) -> Line {
        if self.prompts {
            let _ = std::io::stdout().flush();
            let mut err = std::io::stderr();
            let _ = err.write_all(prompt.as_bytes());
            let _ = err.flush();
        }
        let mut text = String::new();
        match std::io::stdin().lock().read_line(&mut text) {
            Ok(0) | Err(_) => Line::Eof,
            Ok(_) => {
                while text.ends_with('\n') || text.ends_with('\r') {
                    text.pop();
                }
                Line::Text(text)
            }
        }
    }
}

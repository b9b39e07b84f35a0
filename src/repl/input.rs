//! Where the REPL's lines come from: rustyline on a terminal (history in
//! `~/.coil_history`, completion, bracket highlighting, pre-filled indentation),
//! or plain lines from standard input with the prompts written to stderr.

use super::helper::ReplHelper;
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::{Config, Editor};
use std::io::{BufRead, Write};
use std::path::PathBuf;

/// One result of reading a line.
pub enum Line {
    Text(String),
    /// Ctrl-C at the prompt.
    Interrupted,
    /// Ctrl-D on an empty line, or the end of the input.
    Eof,
}

/// A source of input lines.
pub trait LineReader {
    /// Shows `prompt` and reads one line, with `indent` already typed.
    fn read(&mut self, prompt: &str, indent: &str) -> Line;
    /// Called once when the session ends (saves the history).
    fn finish(&mut self) {}
}

/// The terminal line editor.
pub struct EditorReader {
    editor: Editor<ReplHelper, FileHistory>,
    history: Option<PathBuf>,
}

impl EditorReader {
    /// An editor with the REPL's helper; loads the history file if there is one.
    pub fn new(helper: ReplHelper) -> rustyline::Result<EditorReader> {
        let config = Config::builder()
            .auto_add_history(false)
            .completion_type(rustyline::CompletionType::List)
            .tab_stop(4)
            .indent_size(4)
            .build();
        let mut editor = Editor::with_config(config)?;
        editor.set_helper(Some(helper));
        let history = history_path();
        if let Some(path) = &history {
            let _ = editor.load_history(path);
        }
        Ok(EditorReader { editor, history })
    }
}

/// `~/.coil_history`, when the home folder is known.
fn history_path() -> Option<PathBuf> {
    std::env::var_os("HOME").filter(|h| !h.is_empty()).map(|h| PathBuf::from(h).join(".coil_history"))
}

impl LineReader for EditorReader {
    fn read(&mut self, prompt: &str, indent: &str) -> Line {
        match self.editor.readline_with_initial(prompt, (indent, "")) {
            Ok(text) => {
                if !text.trim().is_empty() {
                    let _ = self.editor.add_history_entry(text.as_str());
                }
                Line::Text(text)
            }
            Err(ReadlineError::Interrupted) => Line::Interrupted,
            Err(_) => Line::Eof,
        }
    }

    fn finish(&mut self) {
        if let Some(path) = &self.history {
            let _ = self.editor.save_history(path);
        }
    }
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
    fn read(&mut self, prompt: &str, _indent: &str) -> Line {
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

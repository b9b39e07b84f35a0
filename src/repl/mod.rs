//! The interactive REPL: `>>> ` / `... ` prompts over rustyline (or plain
//! lines when standard input is not a terminal), incomplete input detected by
//! the parser, each input compiled as interactive code and run in `__main__`,
//! and top-level `await` run on one event loop that lives as long as the session.
//!
//! The pieces: [`input`] reads lines, [`editor`] runs the line editor on its
//! own thread (so the event loop runs while the prompt waits), [`keys`]
//! indents as keys arrive, [`helper`] is rustyline's helper (completion,
//! highlighting through [`colour`]), [`complete`] finds completions,
//! [`session`] compiles and runs inputs, [`driver`] steps the event loop, and
//! [`signal`] turns Ctrl-C into an interrupt of the running code.

mod colour;
mod complete;
mod driver;
mod editor;
mod helper;
mod input;
mod keys;
mod session;
mod signal;
mod site;

use crate::syntax::parser::is_incomplete;
use crate::vm::interp::Interp;
use crate::vm::value::Value;
use input::{Line, LineReader};
use session::Session;
use std::collections::VecDeque;

/// What the REPL prints first. Like `python -m asyncio`, the session starts
/// with `asyncio` imported, shown as if typed.
pub fn banner() -> String {
    format!(
        "coil {} (a Python 3.11 subset) asyncio REPL\n\
         Use \"await\" directly instead of \"asyncio.run()\".\n\
         Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n\
         >>> import asyncio\n",
        env!("CARGO_PKG_VERSION")
    )
}

/// Runs the REPL on `interp` until the user leaves and returns the exit status.
/// The `__main__` module is reused when it exists (`coil -i FILE`), created
/// otherwise. With `terminal` the line editor is used and the banner shown;
/// without, lines come from standard input and the prompts go to stderr.
pub fn run(interp: Interp, terminal: bool) -> u8 {
    let mut session = Session::new(interp);
    let reader: Box<dyn LineReader> = match terminal {
        true => match editor::EditorReader::new() {
            Ok(r) => Box::new(r),
            Err(_) => Box::new(input::PlainReader::new(true)),
        },
        false => Box::new(input::PlainReader::new(true)),
    };
    let mut inputs = Inputs { reader, pending: VecDeque::new() };
    if terminal {
        session.write_stderr(&banner());
    }
    if let Some(exc) = session.execute("import asyncio\n") {
        return session.exit_status(&exc);
    }
    let status = loop {
        let input = inputs.next(&mut session);
        if let Some(exc) = session.take_exit() {
            break session.exit_status(&exc);
        }
        match input {
            Input::Source(source) => {
                if let Some(exc) = session.execute(&source) {
                    break session.exit_status(&exc);
                }
            }
            Input::Discarded => {}
            Input::End => {
                if terminal {
                    session.write_stdout("\n");
                }
                break 0;
            }
        }
    };
    inputs.reader.finish();
    session.finish();
    status
}

/// One complete input, or why there is none.
enum Input {
    Source(String),
    /// Ctrl-C threw the input away.
    Discarded,
    /// End of input (Ctrl-D or end of file).
    End,
}

/// Lines from a reader, split into inputs the way CPython's REPL splits what
/// is typed: line by line, each input ending when the parser says it is complete.
struct Inputs {
    reader: Box<dyn LineReader>,
    /// Lines already entered but not yet used: the rest of a multi-line paste
    /// or history entry.
    pending: VecDeque<String>,
}

impl Inputs {
    /// Reads lines until they form a complete input; remembers it in the history.
    fn next(&mut self, session: &mut Session) -> Input {
        let mut lines: Vec<String> = Vec::new();
        loop {
            let (text, ends_chunk) = match self.pending.pop_front() {
                Some(text) => (text, self.pending.is_empty()),
                None => {
                    let prompt = if lines.is_empty() { ">>> " } else { "... " };
                    let indent = lines.last().map(|l| next_indent(l)).unwrap_or_default();
                    match self.reader.read(prompt, &indent, session) {
                        Line::Text(text) if text.contains('\n') => {
                            self.pending.extend(text.split('\n').map(str::to_string));
                            continue;
                        }
                        Line::Text(text) => (text, false),
                        Line::Interrupted => {
                            session.write_stderr("KeyboardInterrupt\n");
                            self.pending.clear();
                            return Input::Discarded;
                        }
                        Line::Eof => return Input::End,
                    }
                }
            };
            // A line of blanks is an empty line: it ends a block.
            let text = if text.trim().is_empty() { String::new() } else { text };
            lines.push(text);
            let source = lines.join("\n") + "\n";
            if lines.len() == 1 && source.trim().is_empty() {
                return Input::Discarded;
            }
            // A pasted or recalled block ends with its last line, as if an
            // empty line followed.
            let complete = !is_incomplete(&source) || (ends_chunk && !is_incomplete(&(source.clone() + "\n")));
            if complete {
                self.reader.remember(source.trim_end());
                return Input::Source(source);
            }
        }
    }
}

/// The indentation to pre-fill after `line`: one level deeper after a block
/// header, the same as `line` otherwise.
fn next_indent(line: &str) -> String {
    let indent: String = line.chars().take_while(|c| *c == ' ' || *c == '\t').collect();
    if line.trim_end().ends_with(':') && !line.trim_start().starts_with('#') {
        indent + "    "
    } else {
        indent
    }
}

/// The exit status a `SystemExit` exception asks for; prints its message when it is not a number.
pub fn system_exit_status(interp: &mut Interp, exc: &Value) -> u8 {
    // As CPython: the exception's `code` attribute; an int is converted to a C
    // long (-1 when it does not fit) and truncated to the status byte.
    let code = match interp.get_attr(exc, "code") {
        Ok(v) => v,
        Err(_) => {
            crate::vm::exceptions::exc_data(exc).and_then(|d| d.borrow().args.first().cloned()).unwrap_or(Value::None)
        }
    };
    let as_int = match &code {
        Value::Instance(inst) => {
            inst.builtin_base().filter(|b| matches!(b, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))).cloned()
        }
        other => Some(other.clone()),
    };
    match as_int {
        Some(Value::None) => 0,
        Some(Value::Int(i)) => (i as i32) as u8,
        Some(Value::Bool(b)) => b as u8,
        Some(Value::BigInt(_)) => 255,
        _ => {
            let s = interp.to_str(&code).unwrap_or_default();
            interp.write_stderr(&format!("{s}\n"));
            1
        }
    }
}

#[cfg(test)]
mod tests {
    use super::next_indent;

    #[test]
    fn indent_after_block_header() {
        assert_eq!(next_indent("def f():"), "    ");
        assert_eq!(next_indent("    if x:  "), "        ");
        assert_eq!(next_indent("    return 1"), "    ");
        assert_eq!(next_indent("x = (1,"), "");
    }
}

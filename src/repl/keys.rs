//! Automatic indentation as keys arrive. The indentation a line would get
//! (one level deeper after a block header) is not pre-filled: it is inserted
//! only when the first key typed on the empty line is a visible character, so
//! indentation the person types or pastes wins and is never added to. Backspace
//! in leading spaces removes one level (of the indentation still to come, on
//! an empty line), and `else:` / `elif …:` / `except …:` / `finally:` entered
//! on an automatically indented line move one level out.

use rustyline::{
    Cmd, ConditionalEventHandler, Event, EventContext, KeyCode, KeyEvent, Modifiers, Movement, RepeatCount,
};
use std::sync::{Arc, Mutex};

/// Spaces per indentation level.
pub const LEVEL: usize = 4;

/// The indentation state of the line being edited, shared with the editor thread.
#[derive(Default)]
pub struct IndentState {
    /// What to insert before the first visible character of an empty line.
    pub indent: String,
    /// Whether this line's indentation was inserted automatically.
    pub inserted: bool,
}

/// The key handler, bound to every key; returns `None` to let the editor act as usual.
pub struct AutoIndent {
    pub state: Arc<Mutex<IndentState>>,
}

impl ConditionalEventHandler for AutoIndent {
    fn handle(&self, evt: &Event, _n: RepeatCount, _positive: bool, ctx: &EventContext) -> Option<Cmd> {
        let key = evt.get(0)?;
        let mut state = self.state.lock().ok()?;
        match *key {
            KeyEvent(KeyCode::Char(c), Modifiers::NONE) if !c.is_whitespace() && !c.is_control() => {
                on_char(&mut state, c, ctx.line())
            }
            KeyEvent(KeyCode::Backspace, Modifiers::NONE) if ctx.line().is_empty() => {
                // The indentation is not inserted yet: take a level off what will be.
                let len = state.indent.len();
                state.indent.truncate(len - level_width(len));
                Some(Cmd::Noop)
            }
            KeyEvent(KeyCode::Backspace, Modifiers::NONE) => backspace(ctx.line(), ctx.pos()),

            _ => None,
        }
    }
}

/// A visible character on an empty line: inserts the indentation before it.
fn on_char(state: &mut IndentState, c: char, line: &str) -> Option<Cmd> {
    if line.is_empty() && !state.indent.is_empty() {
        state.inserted = true;
        return Some(Cmd::Insert(1, format!("{}{c}", state.indent)));
    }
    None
}

/// The line moved out one level when it is an `else:`-like header whose
/// indentation was inserted automatically (the editor cannot move it while
/// it is typed without losing the cursor, so this runs once it is entered).
pub fn dedent_header(state: &IndentState, line: &str) -> Option<String> {
    let header = line.trim_end().strip_suffix(':')?;
    if !state.inserted || state.indent.is_empty() || !line.starts_with(&state.indent) {
        return None;
    }
    let word = header.trim_start();
    if !is_dedent_header(word) {
        return None;
    }
    let outer = state.indent.len().saturating_sub(LEVEL);
    Some(format!("{}{}", " ".repeat(outer), line.trim_start()))
}

/// Whether `text` (a line without indentation, before its final colon) starts a
/// clause that belongs one level out: `else`, `finally`, `elif …`, `except …`.
fn is_dedent_header(text: &str) -> bool {
    let first = text.split(|c: char| !(c.is_alphanumeric() || c == '_')).next().unwrap_or("");
    match first {
        "else" | "finally" => text == first,
        "elif" => text.len() > first.len(),
        "except" => true,
        _ => false,
    }
}

/// Backspace in leading spaces removes one level (up to [`LEVEL`] spaces) from
/// the start of the line. (A count-free command: the editor would replace a
/// deletion's count with its own.)
fn backspace(line: &str, pos: usize) -> Option<Cmd> {
    let before = line.get(..pos)?;
    if pos == 0 || !before.bytes().all(|b| b == b' ') {
        return None;
    }
    Some(Cmd::Dedent(Movement::WholeLine))
}

/// How many of `width` leading spaces make up the innermost level (a partial
/// level counts as one).
fn level_width(width: usize) -> usize {
    match width {
        0 => 0,
        w => (w - 1) % LEVEL + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(indent: &str) -> IndentState {
        IndentState { indent: indent.into(), inserted: false }
    }

    #[test]
    fn first_visible_key_inserts_the_indent() {
        let mut s = state("    ");
        assert_eq!(on_char(&mut s, 'x', ""), Some(Cmd::Insert(1, "    x".into())));
        assert!(s.inserted);
        // Typed indentation wins: a space first means no insertion later.
        let mut s = state("    ");
        assert_eq!(on_char(&mut s, 'x', " "), None);
        assert!(!s.inserted);
    }

    #[test]
    fn else_moves_out_one_level() {
        let mut s = state("        ");
        s.inserted = true;
        assert_eq!(dedent_header(&s, "        else:").as_deref(), Some("    else:"));
        assert_eq!(
            dedent_header(&s, "        except ValueError as e:").as_deref(),
            Some("    except ValueError as e:")
        );
        assert_eq!(dedent_header(&s, "        elif x > 1:").as_deref(), Some("    elif x > 1:"));
        assert_eq!(dedent_header(&s, "        x = elsewhere"), None);
        assert_eq!(dedent_header(&s, "        elsewhere:"), None);
        // Typed (not inserted) indentation is left alone.
        let s = state("    ");
        assert_eq!(dedent_header(&s, "    else:"), None);
    }

    #[test]
    fn backspace_removes_a_level() {
        assert_eq!(backspace("        ", 8), Some(Cmd::Dedent(Movement::WholeLine)));
        assert_eq!(backspace("    x", 5), None);
        assert_eq!(backspace("", 0), None);
        assert_eq!((level_width(8), level_width(6), level_width(0)), (4, 2, 0));
    }
}
